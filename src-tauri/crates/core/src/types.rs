//! Records the app stores and shows: providers, conversations, messages, usage.
//!
//! Ids are SQLite rowids (`i64`); timestamps are Unix milliseconds. Token counts are
//! `u32` so they stay plain `number`s in TypeScript.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub type ProviderId = i64;
pub type ConversationId = i64;
pub type MessageId = i64;

/// The wire protocol a provider speaks. Its storage, CLI and IPC name is the
/// snake-case variant name (`openai`, `anthropic`, …).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    TS,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ProviderKind {
    /// OpenAI Chat Completions, or any endpoint compatible with it.
    Openai,
    /// Anthropic Messages.
    Anthropic,
    /// Google Gemini (Generative Language API).
    Gemini,
    /// AWS Bedrock ConverseStream.
    Bedrock,
    /// Azure OpenAI (a deployment's Chat Completions).
    Azure,
    /// Ollama's native `/api/chat`.
    Ollama,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Self> {
        s.parse().ok()
    }

    /// The protocol's name as people know it.
    pub fn label(self) -> &'static str {
        match self {
            ProviderKind::Openai => "OpenAI",
            ProviderKind::Anthropic => "Anthropic",
            ProviderKind::Gemini => "Google Gemini",
            ProviderKind::Bedrock => "AWS Bedrock",
            ProviderKind::Azure => "Azure OpenAI",
            ProviderKind::Ollama => "Ollama",
        }
    }

    /// Whether calls need a credential at all (a local Ollama does not).
    pub fn needs_key(self) -> bool {
        !matches!(self, ProviderKind::Ollama)
    }
}

/// Settings only some kinds use. Empty for most providers; serialised as JSON in the
/// store so a new kind's setting needs no migration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProviderSettings {
    /// Azure: the `api-version` query parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Bedrock: the AWS region signed for (and the default endpoint's region).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The OpenAI-compatible preset this provider was made from (`groq`, `openrouter`,
    /// …), which decides its request quirks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// Extra request headers (no credentials: those live in the keyring).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<ExtraHeader>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExtraHeader {
    pub name: String,
    pub value: String,
}

/// Why a model stopped, in one vocabulary whatever the wire said.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum StopKind {
    /// The model finished its answer (or hit a stop sequence).
    End,
    /// The output token limit cut the answer.
    Length,
    /// A safety or content filter stopped or blocked the answer.
    ContentFilter,
    /// The model declined to answer.
    Refusal,
    /// The model asked to call a tool.
    ToolUse,
    /// Anything else; the raw reason says what.
    Other,
}

impl StopKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A provider's stop reason: the typed meaning and the raw string it sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StopReason {
    pub kind: StopKind,
    pub raw: String,
}

impl StopReason {
    pub fn new(kind: StopKind, raw: impl Into<String>) -> Self {
        StopReason {
            kind,
            raw: raw.into(),
        }
    }
}

/// A configured provider. Holds no secret: the API key lives in the OS keyring and
/// `has_key` only records that one was stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Provider {
    #[ts(type = "number")]
    pub id: ProviderId,
    pub name: String,
    pub kind: ProviderKind,
    pub base_url: String,
    pub default_model: String,
    /// The catalogue vendor whose models this provider serves; `None` = recognise it
    /// from the base URL's host (a gateway or local server needs it set).
    pub vendor: Option<String>,
    /// A server on the user's own machine or network (Ollama, LM Studio, …): its calls
    /// cost nothing, so no budget limits them and unpriced models are fine.
    pub local: bool,
    /// Per-kind settings (Azure api-version, Bedrock region, preset, extra headers).
    pub settings: ProviderSettings,
    pub has_key: bool,
    #[ts(type = "number")]
    pub created_at: i64,
}

/// What the user enters to add or edit a provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProviderInput {
    pub name: String,
    pub kind: ProviderKind,
    pub base_url: String,
    pub default_model: String,
    /// See [`Provider::vendor`]; absent means "recognise from the URL".
    #[serde(default)]
    pub vendor: Option<String>,
    /// See [`Provider::local`].
    #[serde(default)]
    pub local: bool,
    /// See [`Provider::settings`].
    #[serde(default)]
    pub settings: ProviderSettings,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Self> {
        s.parse().ok()
    }
}

/// Life cycle of a message. `Streaming` is the only non-final state; a `Streaming`
/// message found at start-up was cut off by a crash and becomes `Interrupted`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum MessageStatus {
    Streaming,
    Complete,
    Stopped,
    Interrupted,
    Error,
}

impl MessageStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Self> {
        s.parse().ok()
    }
}

/// Tokens a provider reported for one call, in one meaning whatever the wire said:
/// `input_tokens` counts every prompt token (cache reads and writes included) and
/// `output_tokens` every generated token (reasoning included). The detail fields are
/// parts of those totals, each billed at its own price.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Usage {
    pub input_tokens: u32,
    pub output_tokens: u32,
    /// Of `output_tokens`, spent on hidden reasoning.
    #[serde(default)]
    pub reasoning_tokens: u32,
    /// Of `input_tokens`, read from the provider's prompt cache.
    #[serde(default)]
    pub cache_read_tokens: u32,
    /// Of `input_tokens`, written to the provider's prompt cache.
    #[serde(default)]
    pub cache_write_tokens: u32,
}

/// What a file attached to a message is: an image (sent as an image to models that
/// read them) or a text file (sent as text).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AttachmentKind {
    Image,
    Text,
}

impl AttachmentKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A file attached to a message, as history shows it (the bytes are fetched apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attachment {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub mime: String,
    pub kind: AttachmentKind,
    pub size: u32,
}

/// A file the user attaches to a message: name, type and the bytes in base64.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AttachmentInput {
    pub name: String,
    pub mime: String,
    pub data_base64: String,
}

/// A failure recorded on a message, in the same `{code, message}` shape the UI gets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorInfo {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Conversation {
    #[ts(type = "number")]
    pub id: ConversationId,
    pub title: String,
    /// Kept at the top of the list.
    #[serde(default)]
    pub pinned: bool,
    /// Hidden from the main list (still searchable).
    #[serde(default)]
    pub archived: bool,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number")]
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Message {
    #[ts(type = "number")]
    pub id: MessageId,
    #[ts(type = "number")]
    pub conversation_id: ConversationId,
    pub role: Role,
    pub content: String,
    /// The model's visible reasoning (thinking), kept apart from the answer.
    pub reasoning: Option<String>,
    pub status: MessageStatus,
    /// Why the model stopped, when it said (assistant messages only).
    pub stop: Option<StopReason>,
    /// Model that answered (assistant messages only).
    pub model: Option<String>,
    /// Name of the provider that answered (assistant messages only).
    pub provider: Option<String>,
    pub usage: Option<Usage>,
    pub error: Option<ErrorInfo>,
    /// Files attached to this message (user messages).
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// The message this one follows in the conversation's tree; `None` for a first
    /// message. Siblings (same parent) are alternatives: edits and regenerations.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub parent_id: Option<MessageId>,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number")]
    pub updated_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_through_their_storage_names() {
        for &s in <MessageStatus as strum::VariantArray>::VARIANTS {
            assert_eq!(
                MessageStatus::parse(s.as_str()),
                Some(s),
                "status {s:?} must survive storage"
            );
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(
                json,
                format!("\"{}\"", s.as_str()),
                "serde and storage names must agree"
            );
        }
        for &r in <Role as strum::VariantArray>::VARIANTS {
            assert_eq!(
                Role::parse(r.as_str()),
                Some(r),
                "role {r:?} must survive storage"
            );
        }
        for k in <ProviderKind as strum::VariantArray>::VARIANTS {
            assert_eq!(ProviderKind::parse(k.as_str()), Some(*k));
            let json = serde_json::to_string(k).unwrap();
            assert_eq!(
                json,
                format!("\"{}\"", k.as_str()),
                "serde and storage agree"
            );
        }
        assert_eq!(ProviderKind::parse("openai"), Some(ProviderKind::Openai));
        assert_eq!(
            ProviderKind::parse("nope"),
            None,
            "unknown kinds are rejected, not defaulted"
        );
    }
}
