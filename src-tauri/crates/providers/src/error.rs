//! The one typed error set every provider maps into, built from HTTP status, headers
//! and the provider's error body, so callers decide on retries and fallbacks without
//! matching on strings.

use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    #[error("The provider rejected the API key (HTTP {status}): {message}")]
    Auth { status: u16, message: String },

    #[error("Rate limited by the provider (HTTP 429){}: {message}", retry_hint(*retry_after))]
    RateLimited {
        retry_after: Option<Duration>,
        message: String,
    },

    #[error("The provider is overloaded (HTTP {status}); try again shortly: {message}")]
    Overloaded { status: u16, message: String },

    #[error("The provider had a server error (HTTP {status}): {message}")]
    Server { status: u16, message: String },

    #[error("The conversation is too long for this model's context window: {message}")]
    ContextTooLong { message: String },

    #[error("The provider rejected the request (HTTP {status}): {message}")]
    BadRequest { status: u16, message: String },

    #[error("Network error talking to the provider: {message}")]
    Network { message: String },

    #[error("The provider did not answer in time: {message}")]
    Timeout { message: String },

    #[error("The provider sent a malformed response: {message}")]
    Decode { message: String },
}

fn retry_hint(retry_after: Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!("; retry after {} s", d.as_secs_f64().ceil()),
        None => String::new(),
    }
}

impl ProviderError {
    /// Stable machine-readable code, shared with the IPC `{code, message}` error.
    pub fn code(&self) -> &'static str {
        match self {
            ProviderError::Auth { .. } => "auth",
            ProviderError::RateLimited { .. } => "rate_limited",
            ProviderError::Overloaded { .. } => "overloaded",
            ProviderError::Server { .. } => "server",
            ProviderError::ContextTooLong { .. } => "context_too_long",
            ProviderError::BadRequest { .. } => "bad_request",
            ProviderError::Network { .. } => "network",
            ProviderError::Timeout { .. } => "timeout",
            ProviderError::Decode { .. } => "decode",
        }
    }

    /// Whether trying again (or another provider) could succeed without user action.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ProviderError::RateLimited { .. }
                | ProviderError::Overloaded { .. }
                | ProviderError::Server { .. }
                | ProviderError::Network { .. }
                | ProviderError::Timeout { .. }
        )
    }

    /// Classifies an HTTP error response. `message` is the human text already pulled
    /// out of the provider's body; `error_code` its machine code, when the body had one.
    pub fn from_http(
        status: u16,
        retry_after: Option<Duration>,
        message: String,
        error_code: Option<&str>,
    ) -> Self {
        if is_context_overflow(error_code, &message) {
            return ProviderError::ContextTooLong { message };
        }
        match status {
            401 | 403 => ProviderError::Auth { status, message },
            429 => ProviderError::RateLimited {
                retry_after,
                message,
            },
            503 | 529 => ProviderError::Overloaded { status, message },
            500..=599 => ProviderError::Server { status, message },
            _ => ProviderError::BadRequest { status, message },
        }
    }
}

/// Providers signal an over-long prompt with a 400 whose code or text says so; the
/// phrases below are the ones OpenAI-compatible servers use.
fn is_context_overflow(code: Option<&str>, message: &str) -> bool {
    if code == Some("context_length_exceeded") {
        return true;
    }
    let lower = message.to_ascii_lowercase();
    lower.contains("maximum context length")
        || lower.contains("context length exceeded")
        || lower.contains("context_length_exceeded")
        || lower.contains("prompt is too long")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_typed_errors() {
        let cases = [
            (401, "auth"),
            (403, "auth"),
            (429, "rate_limited"),
            (503, "overloaded"),
            (529, "overloaded"),
            (500, "server"),
            (502, "server"),
            (400, "bad_request"),
            (404, "bad_request"),
        ];
        for (status, code) in cases {
            let err = ProviderError::from_http(status, None, "x".into(), None);
            assert_eq!(err.code(), code, "HTTP {status} must map to {code}");
        }
    }

    #[test]
    fn context_overflow_is_recognised_by_code_or_text() {
        let by_code = ProviderError::from_http(
            400,
            None,
            "whatever".into(),
            Some("context_length_exceeded"),
        );
        assert_eq!(
            by_code.code(),
            "context_too_long",
            "the code alone must be enough"
        );
        let by_text = ProviderError::from_http(
            400,
            None,
            "This model's maximum context length is 8192 tokens".into(),
            None,
        );
        assert_eq!(
            by_text.code(),
            "context_too_long",
            "OpenAI's phrasing must be enough"
        );
    }

    #[test]
    fn rate_limit_message_states_the_wait() {
        let err =
            ProviderError::from_http(429, Some(Duration::from_secs(7)), "slow down".into(), None);
        let text = err.to_string();
        assert!(
            text.contains("retry after 7 s"),
            "the user must see how long to wait: {text}"
        );
        assert!(err.is_transient(), "rate limits pass with time");
    }
}
