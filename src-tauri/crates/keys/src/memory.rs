//! TEST-ONLY in-memory [`KeyStore`], compiled only with the `test-support` feature.
//!
//! It exists so other crates' tests can run without an OS keyring. The app must never
//! use it: falling back to memory would silently lose keys and hide a broken keyring.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use crate::{KeyError, KeyStore, KeyringStatus, Secret};

/// Test double for [`crate::OsKeyring`]; see the module docs.
#[derive(Debug, Default)]
pub struct MemoryKeyStore {
    entries: Mutex<HashMap<String, Secret>>,
    /// When set, every operation fails as an unavailable OS keyring would.
    unavailable: Option<String>,
}

impl MemoryKeyStore {
    /// An empty, working store.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that behaves like a missing keyring: every call fails with
    /// [`KeyError::Unavailable`] carrying `message`.
    pub fn unavailable(message: &str) -> Self {
        MemoryKeyStore {
            entries: Mutex::default(),
            unavailable: Some(message.to_owned()),
        }
    }

    fn check(&self) -> Result<(), KeyError> {
        match &self.unavailable {
            Some(message) => Err(KeyError::Unavailable {
                message: message.clone(),
            }),
            None => Ok(()),
        }
    }
}

impl KeyStore for MemoryKeyStore {
    fn get(&self, account: &str) -> Result<Option<Secret>, KeyError> {
        self.check()?;
        // A panic in another test thread cannot leave the map half-updated.
        let entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries
            .get(account)
            .map(|secret| Secret::new(secret.expose().to_owned()))
            .transpose()
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<(), KeyError> {
        self.check()?;
        let copy = Secret::new(secret.expose().to_owned())?;
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.insert(account.to_owned(), copy);
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<(), KeyError> {
        self.check()?;
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.remove(account);
        Ok(())
    }

    fn probe(&self) -> KeyringStatus {
        KeyringStatus {
            available: self.unavailable.is_none(),
            message: self.unavailable.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_delete_is_idempotent() {
        let store = MemoryKeyStore::new();
        assert!(store.probe().available, "a working store says so");
        assert!(store.get("a").unwrap().is_none(), "nothing stored yet");
        store.set("a", &Secret::new("k1".into()).unwrap()).unwrap();
        assert_eq!(
            store.get("a").unwrap().unwrap().expose(),
            "k1",
            "the key comes back"
        );
        store.delete("a").unwrap();
        assert!(store.get("a").unwrap().is_none(), "deleted keys are gone");
        assert!(store.delete("a").is_ok(), "deleting a missing key succeeds");
    }

    #[test]
    fn an_unavailable_store_fails_every_call() {
        let store = MemoryKeyStore::unavailable("no keyring");
        let status = store.probe();
        assert!(!status.available, "probe reports the outage");
        assert_eq!(
            status.message.as_deref(),
            Some("no keyring"),
            "with the reason"
        );
        let secret = Secret::new("k".into()).unwrap();
        for err in [
            store.get("a").unwrap_err(),
            store.set("a", &secret).unwrap_err(),
            store.delete("a").unwrap_err(),
        ] {
            assert_eq!(err.code(), "keyring_unavailable", "got {err:?}");
        }
    }
}
