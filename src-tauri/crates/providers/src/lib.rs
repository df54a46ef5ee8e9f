//! Provider wire protocols, each turned into one neutral stream of [`ChatEvent`]s.
//!
//! Shape: [`protocol`] is the one place that dispatches on [`sb_core::ProviderKind`]. Each
//! protocol module ([`openai`], [`azure`], [`anthropic`], [`gemini`], [`bedrock`],
//! [`ollama`]) has its wire types, a *pure* request builder from [`ChatRequest`] to an
//! [`HttpRequest`] (so tests assert on requests without a server), a stream decoder from
//! frames to [`ChatEvent`]s, and an error mapper from status and body to
//! [`ProviderError`]. The framers a protocol picks from are shared ([`sse`], [`ndjson`],
//! [`eventstream`], behind [`framing`]). [`stream_chat`] is the only function here that
//! performs I/O.
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

pub mod anthropic;
pub mod azure;
pub mod bedrock;
mod credentials;
mod error;
pub mod eventstream;
pub mod framing;
pub mod gemini;
mod http;
pub mod limits;
pub mod models;
pub mod ndjson;
pub mod ollama;
pub mod openai;
pub mod presets;
pub mod protocol;
pub mod scrub;
pub mod sse;

pub use credentials::{AwsCredentials, Credentials};
pub use error::ProviderError;
pub use http::{stream_chat, ChatStream, Header, HttpRequest};
pub use limits::StreamLimits;
pub use protocol::{build_request, Target};

use sb_core::{Role, StopReason, Usage};

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
    /// Images sent with the text (user messages; for models that read images).
    pub images: Vec<Image>,
}

/// An image as the APIs take it inline: its type and bytes (shared, not copied, when a
/// request is retried or sent to a fallback).
#[derive(Clone, PartialEq, Eq)]
pub struct Image {
    /// `image/png`, `image/jpeg`, `image/gif` or `image/webp`.
    pub mime: String,
    pub data: std::sync::Arc<[u8]>,
}

impl std::fmt::Debug for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Image({}, {} bytes)", self.mime, self.data.len())
    }
}

impl Image {
    /// The bytes in standard base64, as every API takes inline images.
    pub fn base64(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(&self.data)
    }

    /// `data:<mime>;base64,<data>`, OpenAI's form.
    pub fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.mime, self.base64())
    }
}

impl ChatMessage {
    pub fn text(role: Role, content: impl Into<String>) -> Self {
        ChatMessage {
            role,
            content: content.into(),
            images: Vec::new(),
        }
    }
}

/// The system prompt of a request: its system messages joined, for the protocols that
/// take it apart from the conversation (Anthropic, Gemini, Bedrock).
pub(crate) fn system_prompt(req: &ChatRequest) -> Option<String> {
    let parts: Vec<&str> = req
        .messages
        .iter()
        .filter(|m| m.role == Role::System && !m.content.trim().is_empty())
        .map(|m| m.content.as_str())
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// The conversation without its system messages and without empty turns (which the
/// APIs that take the system prompt apart also refuse).
pub(crate) fn dialogue(req: &ChatRequest) -> impl Iterator<Item = &ChatMessage> {
    req.messages
        .iter()
        .filter(|m| m.role != Role::System && (!m.content.is_empty() || !m.images.is_empty()))
}

/// One step of a streamed answer, whatever the provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatEvent {
    /// The exact model the provider says is answering (may differ from the alias asked for).
    Model(String),
    TextDelta(String),
    /// Visible reasoning (thinking) text, kept apart from the answer.
    ReasoningDelta(String),
    /// Token counts so far; a later one replaces an earlier one.
    Usage(Usage),
    /// The provider's end marker arrived; `stop` is why it stopped, if it said.
    Finished {
        stop: Option<StopReason>,
    },
}
