//! The one error type of `sb-keys`. Messages are full sentences shown to the user as-is
//! and never contain a key.

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum KeyError {
    /// The OS credential store is missing, not running, locked or refused access. The
    /// message says what is missing and how to fix it on this platform.
    #[error("{message}")]
    Unavailable { message: String },

    /// The store works but this operation failed (e.g. an ambiguous or unreadable entry).
    #[error("{message}")]
    Failed { message: String },

    #[error("the API key is empty; paste the whole key and try again")]
    Empty,
}

impl KeyError {
    /// Stable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            KeyError::Unavailable { .. } => "keyring_unavailable",
            KeyError::Failed { .. } => "keyring",
            KeyError::Empty => "invalid_input",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable() {
        let unavailable = KeyError::Unavailable {
            message: "x".into(),
        };
        assert_eq!(
            unavailable.code(),
            "keyring_unavailable",
            "UI shows setup help"
        );
        let failed = KeyError::Failed {
            message: "x".into(),
        };
        assert_eq!(failed.code(), "keyring", "a single operation failed");
        assert_eq!(
            KeyError::Empty.code(),
            "invalid_input",
            "the user must fix the input"
        );
    }
}
