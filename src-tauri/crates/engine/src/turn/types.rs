//! The turn's public shapes: what the UI and the CLI send to start a turn, and what a
//! running turn reports back.

use sb_core::{
    AttachmentInput, ConversationId, MessageId, MessageStatus, ProviderId, ProviderKind,
    ProviderSettings, StopKind, Usage,
};
use sb_providers::Credentials;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::route::RouteOptions;

/// A turn on a saved provider, as the composer sends it when the user picked a model.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SendTurn {
    #[ts(type = "number | null")]
    pub conversation_id: Option<ConversationId>,
    pub text: String,
    #[ts(type = "number")]
    pub provider_id: ProviderId,
    pub model: Option<String>,
    /// Files attached to the message (images, text files).
    #[serde(default)]
    pub attachments: Vec<AttachmentInput>,
    /// Where the turn goes in the conversation's tree (default: after the last message).
    #[serde(default)]
    #[ts(as = "Option<super::Placement>", optional)]
    pub placement: super::Placement,
}

/// A turn as the UI sends it when the router chooses the model.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SendRoutedTurn {
    #[ts(type = "number | null")]
    pub conversation_id: Option<ConversationId>,
    pub text: String,
    pub options: RouteOptions,
    /// Files attached to the message (images, text files).
    #[serde(default)]
    pub attachments: Vec<AttachmentInput>,
    /// Where the turn goes in the conversation's tree (default: after the last message).
    #[serde(default)]
    #[ts(as = "Option<super::Placement>", optional)]
    pub placement: super::Placement,
}

/// An attached file and its bytes, as the UI shows it in history.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AttachmentData {
    pub attachment: sb_core::Attachment,
    pub data_base64: String,
}

/// Who answers a turn the user aimed at a provider.
#[derive(Debug)]
pub enum TurnTarget {
    /// A saved provider with its keyring key; `model` overrides its default model.
    Saved {
        provider_id: ProviderId,
        model: Option<String>,
    },
    /// A provider given on the spot (the CLI's `--kind`/`--base-url`), credentials
    /// supplied by the caller. An empty base URL means the kind's default (Bedrock's
    /// regional endpoint).
    AdHoc {
        kind: ProviderKind,
        base_url: String,
        model: String,
        settings: ProviderSettings,
        credentials: Credentials,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TurnStarted {
    #[ts(type = "number")]
    pub conversation_id: ConversationId,
    #[ts(type = "number")]
    pub user_message_id: MessageId,
    #[ts(type = "number")]
    pub assistant_message_id: MessageId,
    pub model: String,
    pub provider: String,
}

/// What a running turn reports, in order: `Started`, any number of `Delta` and
/// `Usage`, then exactly one of `Finished` or `Error`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TurnEvent {
    Started {
        #[ts(type = "number")]
        conversation_id: ConversationId,
        #[ts(type = "number")]
        user_message_id: MessageId,
        #[ts(type = "number")]
        assistant_message_id: MessageId,
        model: String,
        provider: String,
    },
    Delta {
        text: String,
    },
    /// Visible reasoning (thinking), kept apart from the answer.
    Reasoning {
        text: String,
    },
    Usage {
        usage: Usage,
    },
    /// The call failed before its first token and is sent again after `wait_ms`
    /// (attempt 1 is the first retry); the error says why.
    Retrying {
        attempt: u32,
        #[ts(type = "number")]
        wait_ms: u64,
        code: String,
        message: String,
    },
    Finished {
        status: MessageStatus,
        /// The provider's own stop reason (`stopped` when the user stopped the turn).
        stop_reason: Option<String>,
        /// The same, in one vocabulary for every provider.
        stop_kind: Option<StopKind>,
        usage: Option<Usage>,
    },
    Error {
        code: String,
        message: String,
    },
}

impl TurnEvent {
    pub fn is_final(&self) -> bool {
        matches!(self, TurnEvent::Finished { .. } | TurnEvent::Error { .. })
    }
}
