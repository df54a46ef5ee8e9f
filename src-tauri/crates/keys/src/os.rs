//! [`OsKeyring`]: the operating system's credential store.
//!
//! The platform store is picked explicitly per OS at construction (Secret Service on
//! Linux, Keychain on macOS, Credential Manager on Windows) instead of relying on the
//! `keyring` crate's process-wide default, which silently becomes an in-memory mock when
//! a platform feature is missing. On any other OS there is no store and every call
//! reports [`KeyError::Unavailable`].
//!
//! Every call blocks on IPC with the platform service; run it on a blocking thread.

use keyring::credential::CredentialBuilder;
use keyring::Entry;

use crate::{KeyError, KeyStore, KeyringStatus, Secret};

/// Account looked up by [`KeyStore::probe`]; it is never written.
const PROBE_ACCOUNT: &str = "switchboard-keyring-probe";

#[cfg(target_os = "linux")]
mod platform {
    pub(super) const NOT_RUNNING: &str = "No Secret Service keyring is running on the D-Bus \
        session bus. Install and start gnome-keyring (or KeePassXC with Secret Service \
        enabled) and unlock it, then restart Switchboard.";
    pub(super) const NO_ACCESS: &str = "The Secret Service keyring is locked, has no \
        default keyring, or refused access. Create or unlock your login keyring (for example \
        in GNOME Passwords and Keys, or in KeePassXC), then try again.";

    pub(super) fn builder() -> Option<Box<keyring::credential::CredentialBuilder>> {
        Some(keyring::secret_service::default_credential_builder())
    }
}

#[cfg(target_os = "macos")]
mod platform {
    pub(super) const NOT_RUNNING: &str = "The macOS Keychain could not be used. Open \
        Keychain Access, make sure your login keychain exists and is unlocked, then restart \
        Switchboard.";
    pub(super) const NO_ACCESS: &str = "The macOS Keychain refused access. Unlock your login \
        keychain and allow Switchboard when macOS asks, then try again.";

    pub(super) fn builder() -> Option<Box<keyring::credential::CredentialBuilder>> {
        Some(keyring::macos::default_credential_builder())
    }
}

#[cfg(target_os = "windows")]
mod platform {
    pub(super) const NOT_RUNNING: &str = "Windows Credential Manager could not be used. Make \
        sure the \"Credential Manager\" service is running (services.msc), then restart \
        Switchboard.";
    pub(super) const NO_ACCESS: &str = "Windows Credential Manager refused access. Sign in \
        with your normal Windows account (not a temporary or restricted profile), then try \
        again.";

    pub(super) fn builder() -> Option<Box<keyring::credential::CredentialBuilder>> {
        Some(keyring::windows::default_credential_builder())
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
mod platform {
    const UNSUPPORTED: &str = "Switchboard cannot store API keys on this operating system: \
        it supports the Secret Service (Linux), the macOS Keychain and Windows Credential \
        Manager.";
    pub(super) const NOT_RUNNING: &str = UNSUPPORTED;
    pub(super) const NO_ACCESS: &str = UNSUPPORTED;

    /// No supported store: keyring's fallback here is an in-memory mock, which must
    /// never hold real keys.
    pub(super) fn builder() -> Option<Box<keyring::credential::CredentialBuilder>> {
        None
    }
}

/// The OS credential store, with entries named `service` / account.
#[derive(Debug)]
pub struct OsKeyring {
    service: String,
    /// `None` on an OS without a supported store.
    builder: Option<Box<CredentialBuilder>>,
}

impl OsKeyring {
    /// A handle on this platform's store for `service` (the app uses "Switchboard").
    /// Cheap and infallible: nothing is contacted until the first call.
    pub fn new(service: &str) -> OsKeyring {
        OsKeyring {
            service: service.to_owned(),
            builder: platform::builder(),
        }
    }

    fn entry(&self, account: &str, action: &str) -> Result<Entry, KeyError> {
        let builder = self.builder.as_ref().ok_or_else(|| KeyError::Unavailable {
            message: platform::NOT_RUNNING.to_owned(),
        })?;
        let credential = builder
            .build(None, &self.service, account)
            .map_err(|e| map_error(e, action, account))?;
        Ok(Entry::new_with_credential(credential))
    }
}

/// Sorts platform errors into "the store itself is unusable" (with the fix) and "this one
/// operation failed". The platform's own text is kept for diagnosis; it never contains
/// the key.
fn map_error(err: keyring::Error, action: &str, account: &str) -> KeyError {
    match err {
        keyring::Error::PlatformFailure(e) => KeyError::Unavailable {
            message: format!("{} (Details: {e})", platform::NOT_RUNNING),
        },
        keyring::Error::NoStorageAccess(e) => KeyError::Unavailable {
            message: format!("{} (Details: {e})", platform::NO_ACCESS),
        },
        other => KeyError::Failed {
            message: format!("could not {action} the key \"{account}\" in the OS keyring: {other}"),
        },
    }
}

impl KeyStore for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<Secret>, KeyError> {
        match self.entry(account, "read")?.get_password() {
            Ok(raw) => Secret::new(raw).map(Some).map_err(|_| KeyError::Failed {
                message: format!(
                    "the OS keyring entry \"{account}\" is empty; enter the API key again"
                ),
            }),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map_error(e, "read", account)),
        }
    }

    fn set(&self, account: &str, secret: &Secret) -> Result<(), KeyError> {
        self.entry(account, "store")?
            .set_password(secret.expose())
            .map_err(|e| map_error(e, "store", account))
    }

    fn delete(&self, account: &str) -> Result<(), KeyError> {
        match self.entry(account, "delete")?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_error(e, "delete", account)),
        }
    }

    fn probe(&self) -> KeyringStatus {
        match self.get(PROBE_ACCOUNT) {
            Err(KeyError::Unavailable { message }) => KeyringStatus {
                available: false,
                message: Some(message),
            },
            // The service answered; any per-entry trouble is not about availability.
            Ok(_) | Err(KeyError::Failed { .. } | KeyError::Empty) => KeyringStatus {
                available: true,
                message: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn platform_failures_mean_unavailable_with_the_fix() {
        let err = map_error(
            keyring::Error::PlatformFailure("bus gone".into()),
            "read",
            "provider-1",
        );
        assert_eq!(
            err.code(),
            "keyring_unavailable",
            "no service is a setup problem"
        );
        let text = err.to_string();
        assert!(
            text.starts_with(platform::NOT_RUNNING) && text.contains("bus gone"),
            "the message explains the fix and keeps the platform's reason: {text}"
        );
        let err = map_error(
            keyring::Error::NoStorageAccess("locked".into()),
            "store",
            "provider-1",
        );
        assert_eq!(
            err.code(),
            "keyring_unavailable",
            "a locked store is a setup problem"
        );
        assert!(
            err.to_string().starts_with(platform::NO_ACCESS),
            "locked gets the unlock advice: {err}"
        );
    }

    #[test]
    fn other_failures_name_the_operation_and_account() {
        let err = map_error(
            keyring::Error::Invalid("user".into(), "too odd".into()),
            "store",
            "provider-1",
        );
        assert_eq!(err.code(), "keyring", "the store works; this call failed");
        let text = err.to_string();
        assert!(
            text.contains("could not store") && text.contains("provider-1"),
            "the message says what failed for which account: {text}"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn linux_message_says_what_is_missing_and_how_to_fix_it() {
        assert!(
            platform::NOT_RUNNING
                .contains("No Secret Service keyring is running on the D-Bus session bus")
                && platform::NOT_RUNNING.contains("gnome-keyring")
                && platform::NOT_RUNNING.contains("restart Switchboard"),
            "users need to know what to install and start"
        );
    }
}
