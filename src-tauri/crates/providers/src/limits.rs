//! How much a provider may make us hold, and for how long: every buffer the stream layer
//! keeps on a peer's behalf has a documented ceiling, so memory and time stay bounded
//! whatever a server sends (an endless line, a giant event, a giant error page, or
//! keep-alives forever).
//!
//! Past a limit the turn ends with [`crate::ProviderError::TooLarge`] or
//! [`crate::ProviderError::Timeout`]; the caller keeps whatever answer text arrived.

use std::time::Duration;

/// Longest SSE/NDJSON line accepted: 1 MiB. Real providers send lines of a few hundred
/// bytes (one token delta); the largest seen in recordings is a usage chunk under 2 KiB.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;
/// Largest event (all `data:` lines of one event joined): 4 MiB.
pub const MAX_EVENT_BYTES: usize = 4 * 1024 * 1024;
/// Most of an HTTP error body read: 64 KiB. Only a 300-character excerpt is shown, but
/// the JSON error object has to be parsed first, and real ones are under 1 KiB.
pub const MAX_ERROR_BODY_BYTES: usize = 64 * 1024;
/// Longest answer text: 2 MiB, about 500,000 tokens, four times the largest output limit
/// of any model in the catalogue (128k tokens), so only a server ignoring `max_tokens`
/// reaches it. The answer is held several times over while it streams (the turn's text,
/// the database write, the UI's copy), so this bounds memory more than any other limit.
pub const MAX_ANSWER_BYTES: usize = 2 * 1024 * 1024;
/// Default longest wait for new content (answer text or the end marker); keep-alive
/// comments, empty chunks and repeated usage or model chunks do not reset it.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(120);

/// The limits one call runs under; tests shrink them to probe each edge cheaply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamLimits {
    pub max_line_bytes: usize,
    pub max_event_bytes: usize,
    pub max_error_body_bytes: usize,
    pub max_answer_bytes: usize,
    /// From sending the request: the longest wait for the response, for a whole error
    /// body, and then for each piece of answer text. A server that only sends
    /// keep-alives (or usage chunks) times out after this.
    pub idle_timeout: Duration,
}

impl Default for StreamLimits {
    fn default() -> Self {
        StreamLimits {
            max_line_bytes: MAX_LINE_BYTES,
            max_event_bytes: MAX_EVENT_BYTES,
            max_error_body_bytes: MAX_ERROR_BODY_BYTES,
            max_answer_bytes: MAX_ANSWER_BYTES,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
        }
    }
}
