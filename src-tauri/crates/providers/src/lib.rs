//! Provider wire protocols, each turned into one neutral stream of [`ChatEvent`]s.
//!
//! Shape (one module per protocol): a *pure* request builder from [`ChatRequest`] to an
//! [`HttpRequest`] (so tests assert on requests without a server), a stream decoder from
//! the provider's bytes to [`ChatEvent`]s, and the error mapping into [`ProviderError`].
//! [`stream_chat`] is the only function here that performs I/O.
//!
//! Invariants:
//! - A stream ends with `Ok(ChatEvent::Finished)` only when the provider sent its end
//!   marker; a stream cut short yields an error instead of a silent success.
//! - Dropping the returned stream drops the HTTP response, which cancels the request.
//! - API keys only ever live inside [`HttpRequest`] headers marked sensitive, whose
//!   `Debug` output redacts them, and never appear in a [`ProviderError`]'s text: every
//!   error [`stream_chat`] returns is scrubbed (see [`scrub`]), even when the server
//!   echoes the key back.
//! - Memory and waiting are bounded whatever the server sends (see [`limits`]).

mod error;
mod http;
pub mod limits;
pub mod openai;
pub mod scrub;
pub mod sse;

pub use error::ProviderError;
pub use http::{stream_chat, ChatStream, Header, HttpRequest};
pub use limits::StreamLimits;

use sb_core::{Role, Usage};

/// A provider-neutral chat completion request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatRequest {
    pub model: String,
    pub messages: Vec<ChatMessage>,
    /// Upper bound on generated tokens; `None` leaves the provider's default.
    pub max_output_tokens: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatMessage {
    pub role: Role,
    pub content: String,
}

/// One step of a streamed answer, whatever the provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatEvent {
    /// The exact model the provider says is answering (may differ from the alias asked for).
    Model(String),
    TextDelta(String),
    Usage(Usage),
    /// The provider's end marker arrived; `stop_reason` is its finish reason, if any.
    Finished {
        stop_reason: Option<String>,
    },
}
