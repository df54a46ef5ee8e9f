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

    /// The server sent more than a limit of [`crate::limits`] allows.
    #[error("The provider sent more than Switchboard accepts: {message}")]
    TooLarge { message: String },

    /// A success status with a body that is not the API's (a web page): the base URL is
    /// most likely wrong.
    #[error("{message}")]
    NotAnApi { message: String },

    /// The provider's settings or credentials cannot make a request (no region for
    /// Bedrock, an unreadable credential entry); nothing was sent.
    #[error("The provider's settings are incomplete: {message}")]
    Config { message: String },
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
            ProviderError::TooLarge { .. } => "too_large",
            ProviderError::NotAnApi { .. } => "not_an_api",
            ProviderError::Config { .. } => "config",
        }
    }

    /// The one retry policy: whether another model (the route's next candidate) could
    /// succeed where this call failed before its first token, with no action from the
    /// user. Rate limits, overload, server errors, an unreachable or silent server and
    /// a context window too small all pass with another model; a rejected key, a bad
    /// request, a malformed or oversized stream, or a wrong URL would fail the same way.
    pub fn tries_another_model(&self) -> bool {
        match self {
            ProviderError::RateLimited { .. }
            | ProviderError::Overloaded { .. }
            | ProviderError::Server { .. }
            | ProviderError::ContextTooLong { .. }
            | ProviderError::Network { .. }
            | ProviderError::Timeout { .. } => true,
            ProviderError::Auth { .. }
            | ProviderError::BadRequest { .. }
            | ProviderError::Decode { .. }
            | ProviderError::TooLarge { .. }
            | ProviderError::NotAnApi { .. }
            | ProviderError::Config { .. } => false,
        }
    }

    /// Whether the same call may pass if simply sent again after a short wait: a rate
    /// limit (when the server asks for no more than `max_wait`), overload, a server error,
    /// or a connection that failed. A timeout already waited long; a too-long prompt or
    /// a refused key fails again.
    pub fn retry_after_wait(&self, max_wait: Duration) -> Option<Option<Duration>> {
        match self {
            ProviderError::RateLimited { retry_after, .. } => match retry_after {
                Some(wait) if *wait > max_wait => None,
                wait => Some(*wait),
            },
            ProviderError::Overloaded { .. }
            | ProviderError::Server { .. }
            | ProviderError::Network { .. } => Some(None),
            _ => None,
        }
    }

    /// The same error with every credential removed from its text (see [`crate::scrub`]).
    pub fn scrubbed(self, secrets: &[&str]) -> Self {
        let s = |m: String| crate::scrub::scrub(&m, secrets);
        match self {
            ProviderError::Auth { status, message } => ProviderError::Auth {
                status,
                message: s(message),
            },
            ProviderError::RateLimited {
                retry_after,
                message,
            } => ProviderError::RateLimited {
                retry_after,
                message: s(message),
            },
            ProviderError::Overloaded { status, message } => ProviderError::Overloaded {
                status,
                message: s(message),
            },
            ProviderError::Server { status, message } => ProviderError::Server {
                status,
                message: s(message),
            },
            ProviderError::ContextTooLong { message } => ProviderError::ContextTooLong {
                message: s(message),
            },
            ProviderError::BadRequest { status, message } => ProviderError::BadRequest {
                status,
                message: s(message),
            },
            ProviderError::Network { message } => ProviderError::Network {
                message: s(message),
            },
            ProviderError::Timeout { message } => ProviderError::Timeout {
                message: s(message),
            },
            ProviderError::Decode { message } => ProviderError::Decode {
                message: s(message),
            },
            ProviderError::TooLarge { message } => ProviderError::TooLarge {
                message: s(message),
            },
            ProviderError::NotAnApi { message } => ProviderError::NotAnApi {
                message: s(message),
            },
            ProviderError::Config { message } => ProviderError::Config {
                message: s(message),
            },
        }
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

/// Providers signal an over-long prompt with a 400 whose code or text says so: the
/// phrases of OpenAI-compatible servers, Anthropic ("prompt is too long"), Gemini ("input
/// token count … exceeds the maximum") and Bedrock ("input is too long", "too many input
/// tokens").
fn is_context_overflow(code: Option<&str>, message: &str) -> bool {
    if code == Some("context_length_exceeded") {
        return true;
    }
    let lower = message.to_ascii_lowercase();
    lower.contains("maximum context length")
        || lower.contains("context length exceeded")
        || lower.contains("context_length_exceeded")
        || lower.contains("prompt is too long")
        || lower.contains("input is too long")
        || lower.contains("too many input tokens")
        || (lower.contains("input token count") && lower.contains("exceeds the maximum"))
}

/// A short, single-line excerpt of a provider's text or body, fit to show in one line
/// of an error message.
pub(crate) fn excerpt(body: &[u8]) -> String {
    const MAX: usize = 300;
    let raw = String::from_utf8_lossy(body);
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return "empty response body".to_owned();
    }
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// Parses one stream frame's JSON, or says (briefly) what was wrong with it.
pub(crate) fn parse_frame<'a, T: serde::Deserialize<'a>>(
    data: &'a str,
) -> Result<T, ProviderError> {
    serde_json::from_str(data).map_err(|e| ProviderError::Decode {
        message: format!(
            "a stream event is not valid JSON ({e}): {}",
            excerpt(data.as_bytes())
        ),
    })
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
        assert!(
            err.tries_another_model(),
            "rate limits pass with another model"
        );
    }

    #[test]
    fn one_policy_decides_fallbacks() {
        let falls = |e: ProviderError| e.tries_another_model();
        assert!(falls(ProviderError::from_http(503, None, "x".into(), None)));
        assert!(falls(ProviderError::from_http(500, None, "x".into(), None)));
        assert!(falls(ProviderError::ContextTooLong {
            message: "x".into()
        }));
        assert!(falls(ProviderError::Network {
            message: "x".into()
        }));
        assert!(!falls(ProviderError::from_http(
            401,
            None,
            "x".into(),
            None
        )));
        assert!(!falls(ProviderError::from_http(
            400,
            None,
            "x".into(),
            None
        )));
        assert!(!falls(ProviderError::NotAnApi {
            message: "x".into()
        }));
    }
}
