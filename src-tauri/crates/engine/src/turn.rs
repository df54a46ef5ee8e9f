//! One chat turn, from the user's text to the stored answer.
//!
//! Life cycle: the user message is stored `complete` and an empty assistant message
//! `streaming`; a task then streams the provider's answer, writing the text to the
//! database at least every flush interval, and ends the message as `complete`,
//! `stopped` (user asked) or `error` (partial text kept). Events go out on an unbounded
//! channel so a slow or vanished consumer never stalls or aborts the turn: the answer
//! is stored either way.

use futures::StreamExt;
use sb_core::{
    ConversationId, ErrorInfo, Message, MessageId, MessageStatus, ProviderId, ProviderKind, Role,
    Usage,
};
use sb_keys::Secret;
use sb_providers::{openai, ChatEvent, ChatMessage, ChatRequest, ProviderError};
use sb_store::NewMessage;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use ts_rs::TS;

use crate::{
    flush_interval, http, normalise_base_url, register_turn, unregister_turn, Engine, EngineError,
};

/// A turn as the UI asks for it: a saved provider, optionally another model.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SendTurn {
    #[ts(type = "number | null")]
    pub conversation_id: Option<ConversationId>,
    pub text: String,
    #[ts(type = "number")]
    pub provider_id: ProviderId,
    pub model: Option<String>,
}

/// Who answers a turn.
#[derive(Debug)]
pub enum TurnTarget {
    /// A saved provider with its keyring key; `model` overrides its default model.
    Saved {
        provider_id: ProviderId,
        model: Option<String>,
    },
    /// A provider given on the spot (the CLI's `--base-url`), key supplied by the caller.
    AdHoc {
        kind: ProviderKind,
        base_url: String,
        model: String,
        api_key: Secret,
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
    Usage {
        usage: Usage,
    },
    Finished {
        status: MessageStatus,
        stop_reason: Option<String>,
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

pub(crate) struct Resolved {
    pub(crate) kind: ProviderKind,
    pub(crate) base_url: String,
    pub(crate) model: String,
    pub(crate) provider_label: String,
    pub(crate) key: Secret,
}

/// Longest conversation title derived from the first prompt, in characters.
const TITLE_CHARS: usize = 60;

pub(crate) fn title_from(text: &str) -> String {
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("New chat");
    let mut title: String = first_line.chars().take(TITLE_CHARS).collect();
    if first_line.chars().count() > TITLE_CHARS {
        title.push('…');
    }
    title
}

impl Engine {
    /// Starts a turn with a saved provider (what the UI calls).
    pub async fn send_turn(
        &self,
        req: SendTurn,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        let target = TurnTarget::Saved {
            provider_id: req.provider_id,
            model: req.model,
        };
        self.start_turn(req.conversation_id, req.text, target).await
    }

    /// Starts a turn: stores the user message and an empty streaming answer, then
    /// streams the answer in a background task. Errors returned here happened before
    /// anything was stored about the turn (bad input, unknown provider, missing key).
    pub async fn start_turn(
        &self,
        conversation_id: Option<ConversationId>,
        text: String,
        target: TurnTarget,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        if text.trim().is_empty() {
            return Err(EngineError::InvalidInput {
                message: "The message is empty.".into(),
            });
        }
        let resolved = self.resolve(target).await?;
        let now = self.now();
        let title = title_from(&text);
        let model = resolved.model.clone();
        let label = resolved.provider_label.clone();
        let (conversation_id, user_id, assistant_id, history) = self
            .db(move |s| {
                let conversation_id = match conversation_id {
                    Some(id) => s.get_conversation(id)?.id,
                    None => s.create_conversation(&title, now)?.id,
                };
                let (user_id, assistant_id, history) =
                    open_turn(s, conversation_id, text, model, label, now)?;
                Ok((conversation_id, user_id, assistant_id, history))
            })
            .await?;

        let started = TurnStarted {
            conversation_id,
            user_message_id: user_id,
            assistant_message_id: assistant_id,
            model: resolved.model.clone(),
            provider: resolved.provider_label.clone(),
        };
        let (tx, rx) = mpsc::unbounded_channel();
        // The receiver is still in hand, so this send cannot fail.
        let _ = tx.send(TurnEvent::Started {
            conversation_id,
            user_message_id: user_id,
            assistant_message_id: assistant_id,
            model: started.model.clone(),
            provider: started.provider.clone(),
        });
        let request = ChatRequest {
            model: resolved.model.clone(),
            messages: context_for(&history, assistant_id),
            max_output_tokens: None,
        };
        let token = register_turn(self, assistant_id);
        let engine = self.clone();
        tokio::spawn(async move {
            let outcome = engine
                .stream_answer(&resolved, request, assistant_id, &token, &tx)
                .await;
            let final_event = engine.finish_turn(assistant_id, outcome).await;
            unregister_turn(&engine, assistant_id);
            let _ = tx.send(final_event);
        });
        Ok((started, rx))
    }

    async fn resolve(&self, target: TurnTarget) -> Result<Resolved, EngineError> {
        match target {
            TurnTarget::Saved { provider_id, model } => {
                let provider = self.db(move |s| s.get_provider(provider_id)).await?;
                let key = self.load_key(&provider).await?;
                let model = model
                    .map(|m| m.trim().to_owned())
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| provider.default_model.clone());
                Ok(Resolved {
                    kind: provider.kind,
                    base_url: provider.base_url,
                    model,
                    provider_label: provider.name,
                    key,
                })
            }
            TurnTarget::AdHoc {
                kind,
                base_url,
                model,
                api_key,
            } => {
                let model = model.trim().to_owned();
                if model.is_empty() {
                    return Err(EngineError::InvalidInput {
                        message: "A model is required.".into(),
                    });
                }
                Ok(Resolved {
                    kind,
                    base_url: normalise_base_url(&base_url)?,
                    model,
                    provider_label: kind.as_str().to_owned(),
                    key: api_key,
                })
            }
        }
    }

    pub(crate) async fn stream_answer(
        &self,
        target: &Resolved,
        request: ChatRequest,
        message_id: MessageId,
        token: &CancellationToken,
        tx: &mpsc::UnboundedSender<TurnEvent>,
    ) -> Outcome {
        let mut acc = Accumulated::default();
        let http_request = match target.kind {
            ProviderKind::Openai => openai::build_request(&target.base_url, &target.key, &request),
        };
        tracing::info!(message_id, model = %request.model, url = %http_request.url, "turn started");
        let connect = sb_providers::stream_chat(http(self), target.kind, http_request);
        let mut stream = tokio::select! {
            _ = token.cancelled() => return Outcome::Stopped(acc),
            r = connect => match r {
                Ok(s) => s,
                Err(e) => return Outcome::Failed(acc, e),
            },
        };
        let interval = flush_interval(self);
        let mut last_flush = tokio::time::Instant::now();
        let mut flushed_len = 0usize;
        loop {
            let next = tokio::select! {
                biased;
                _ = token.cancelled() => return Outcome::Stopped(acc),
                item = stream.next() => item,
                // Wakes a quiet stream so text already received reaches the disk on time.
                _ = tokio::time::sleep_until(last_flush + interval), if acc.text.len() > flushed_len => {
                    self.flush(message_id, &acc.text).await;
                    flushed_len = acc.text.len();
                    last_flush = tokio::time::Instant::now();
                    continue;
                }
            };
            match next {
                Some(Ok(ChatEvent::TextDelta(text))) => {
                    acc.text.push_str(&text);
                    let _ = tx.send(TurnEvent::Delta { text });
                    if last_flush.elapsed() >= interval {
                        self.flush(message_id, &acc.text).await;
                        flushed_len = acc.text.len();
                        last_flush = tokio::time::Instant::now();
                    }
                }
                Some(Ok(ChatEvent::Usage(usage))) => {
                    acc.usage = Some(usage);
                    let _ = tx.send(TurnEvent::Usage { usage });
                }
                Some(Ok(ChatEvent::Model(model))) => acc.model = Some(model),
                Some(Ok(ChatEvent::Finished { stop_reason })) => {
                    acc.stop_reason = stop_reason;
                    return Outcome::Complete(acc);
                }
                Some(Err(e)) => return Outcome::Failed(acc, e),
                None => {
                    return Outcome::Failed(
                        acc,
                        ProviderError::Network {
                            message: "the answer stream ended without a finish".into(),
                        },
                    )
                }
            }
        }
    }

    /// Best-effort progress write: a failure is logged and the final write retries it.
    async fn flush(&self, message_id: MessageId, text: &str) {
        let now = self.now();
        let text = text.to_owned();
        if let Err(e) = self
            .db(move |s| s.update_message_content(message_id, &text, now))
            .await
        {
            tracing::error!(message_id, error = %e, "could not save streamed text");
        }
    }

    pub(crate) async fn finish_turn(&self, message_id: MessageId, outcome: Outcome) -> TurnEvent {
        let (status, acc, error) = match outcome {
            Outcome::Complete(acc) => (MessageStatus::Complete, acc, None),
            Outcome::Stopped(acc) => (MessageStatus::Stopped, acc, None),
            Outcome::Failed(acc, e) => {
                tracing::warn!(message_id, code = e.code(), error = %e, "turn failed");
                let info = ErrorInfo {
                    code: e.code().to_owned(),
                    message: e.to_string(),
                };
                (MessageStatus::Error, acc, Some(info))
            }
        };
        let now = self.now();
        let content = acc.text.clone();
        let usage = acc.usage;
        let model = acc.model.clone();
        let err = error.clone();
        let stored = self
            .db(move |s| {
                if let Some(model) = model {
                    s.set_message_model(message_id, &model)?;
                }
                s.finish_message(message_id, status, &content, usage, err.as_ref(), now)
            })
            .await;
        if let Err(e) = stored {
            tracing::error!(message_id, error = %e, "could not save the end of a turn");
            return TurnEvent::Error {
                code: e.code().to_owned(),
                message: format!("The answer could not be saved: {e}"),
            };
        }
        tracing::info!(message_id, status = status.as_str(), "turn ended");
        match error {
            Some(info) => TurnEvent::Error {
                code: info.code,
                message: info.message,
            },
            None => TurnEvent::Finished {
                status,
                stop_reason: acc.stop_reason,
                usage: acc.usage,
            },
        }
    }
}

#[derive(Default)]
pub(crate) struct Accumulated {
    pub(crate) text: String,
    pub(crate) usage: Option<Usage>,
    pub(crate) model: Option<String>,
    pub(crate) stop_reason: Option<String>,
}

pub(crate) enum Outcome {
    Complete(Accumulated),
    Stopped(Accumulated),
    Failed(Accumulated, ProviderError),
}

impl Outcome {
    pub(crate) fn accumulated(&self) -> &Accumulated {
        match self {
            Outcome::Complete(a) | Outcome::Stopped(a) | Outcome::Failed(a, _) => a,
        }
    }
}

/// The messages sent as context: everything before the new answer that has text.
/// Failed or empty answers are left out so the model does not see blank turns.
/// Stores a turn's user message and its empty, streaming answer; returns their ids and
/// the conversation's messages (the history the call carries).
pub(crate) fn open_turn(
    s: &sb_store::Store,
    conversation_id: ConversationId,
    text: String,
    model: String,
    provider: String,
    now: i64,
) -> Result<(MessageId, MessageId, Vec<Message>), sb_store::StoreError> {
    let user = s.insert_message(
        NewMessage {
            conversation_id,
            role: Role::User,
            content: text,
            status: MessageStatus::Complete,
            model: None,
            provider: None,
        },
        now,
    )?;
    let assistant = s.insert_message(
        NewMessage {
            conversation_id,
            role: Role::Assistant,
            content: String::new(),
            status: MessageStatus::Streaming,
            model: Some(model),
            provider: Some(provider),
        },
        now,
    )?;
    Ok((user.id, assistant.id, s.list_messages(conversation_id)?))
}

pub(crate) fn context_for(history: &[Message], assistant_id: MessageId) -> Vec<ChatMessage> {
    history
        .iter()
        .filter(|m| m.id != assistant_id && !m.content.trim().is_empty())
        .map(|m| ChatMessage {
            role: m.role,
            content: m.content.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_the_first_non_empty_line() {
        assert_eq!(
            title_from("\n  Hello there \nmore"),
            "Hello there",
            "first non-empty line, trimmed"
        );
        let long = "é".repeat(80);
        let t = title_from(&long);
        assert_eq!(
            t.chars().count(),
            TITLE_CHARS + 1,
            "cut at 60 chars plus an ellipsis"
        );
        assert!(t.ends_with('…'), "a cut title says so");
    }
}
