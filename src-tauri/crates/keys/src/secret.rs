//! [`Secret`]: an API key that cannot leak by accident.
//!
//! It has no `Serialize`, no `Clone`, and `Debug`/`Display` print `<redacted>`, so a
//! key cannot end up in a log line, an IPC payload or an error message without someone
//! writing `.expose()`. The buffer is zeroed on drop.

use std::fmt;

use zeroize::Zeroizing;

use crate::KeyError;

const REDACTED: &str = "<redacted>";

pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a key, trimming surrounding whitespace and newlines (keys are usually
    /// pasted or piped). A key that is empty after trimming is [`KeyError::Empty`].
    pub fn new(raw: String) -> Result<Secret, KeyError> {
        // Wrapped first so the untrimmed copy is zeroed too, whichever way we return.
        let raw = Zeroizing::new(raw);
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(KeyError::Empty);
        }
        if trimmed.len() == raw.len() {
            return Ok(Secret(raw));
        }
        Ok(Secret(Zeroizing::new(trimmed.to_owned())))
    }

    /// The key itself. The only way to read it: call it where the key is sent, nowhere
    /// else.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_key() {
        let secret = Secret::new("sk-very-secret".into()).unwrap();
        assert_eq!(format!("{secret:?}"), "<redacted>", "Debug must redact");
        assert_eq!(format!("{secret}"), "<redacted>", "Display must redact");
        assert_eq!(
            format!("{:?}", Some(&secret)),
            "Some(<redacted>)",
            "redaction holds inside other Debug output"
        );
        assert_eq!(
            secret.expose(),
            "sk-very-secret",
            "expose gives the key back"
        );
    }

    #[test]
    fn surrounding_whitespace_is_trimmed() {
        let secret = Secret::new("  sk-abc\r\n".into()).unwrap();
        assert_eq!(
            secret.expose(),
            "sk-abc",
            "pasted or piped keys carry newlines"
        );
    }

    #[test]
    fn empty_keys_are_rejected() {
        for raw in ["", "   ", "\n", "\t\r\n "] {
            assert_eq!(
                Secret::new(raw.into()).unwrap_err(),
                KeyError::Empty,
                "{raw:?} is not a key"
            );
        }
    }
}
