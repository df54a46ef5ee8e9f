//! API keys: the [`Secret`] type that carries them and the [`KeyStore`] that keeps them
//! in the operating system's credential store.
//!
//! Invariants:
//! - A key only ever lives in a [`Secret`], which never prints, never serializes and is
//!   zeroed when dropped. Reading it takes an explicit [`Secret::expose`].
//! - The only store for a shipped build is [`OsKeyring`] (Secret Service on Linux,
//!   Keychain on macOS, Credential Manager on Windows). When that store is missing or
//!   locked, operations fail with [`KeyError::Unavailable`] explaining the fix; nothing
//!   ever falls back to a file, the database or memory.
//! - All calls block (they talk to another process over IPC); async callers run them on
//!   a blocking thread (`tokio::task::spawn_blocking`).

mod error;
#[cfg(any(test, feature = "test-support"))]
mod memory;
mod os;
mod secret;

use serde::Serialize;
use ts_rs::TS;

pub use error::KeyError;
#[cfg(any(test, feature = "test-support"))]
pub use memory::MemoryKeyStore;
pub use os::OsKeyring;
pub use secret::Secret;

/// A place to keep API keys, addressed by an account name chosen by the caller.
pub trait KeyStore: Send + Sync {
    /// The key stored for `account`, or `None` if there is none.
    fn get(&self, account: &str) -> Result<Option<Secret>, KeyError>;

    /// Stores `secret` for `account`, replacing any previous key.
    fn set(&self, account: &str, secret: &Secret) -> Result<(), KeyError>;

    /// Removes the key for `account`. Removing a key that does not exist succeeds.
    fn delete(&self, account: &str) -> Result<(), KeyError>;

    /// Whether the store can be used right now, with the reason and fix when it cannot.
    fn probe(&self) -> KeyringStatus;
}

/// Result of [`KeyStore::probe`], shown by the UI before the user enters a key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct KeyringStatus {
    pub available: bool,
    /// Why the keyring cannot be used and how to fix it; `None` when it can.
    pub message: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyring_status_has_the_typescript_shape_the_ui_expects() {
        let decl = KeyringStatus::decl(&ts_rs::Config::default());
        assert!(
            decl.contains("available: boolean") && decl.contains("message: string | null"),
            "the UI relies on these field types: {decl}"
        );
    }
}
