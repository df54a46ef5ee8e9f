//! Streaming one attempt of a turn into its stored answer, and ending the answer.
//!
//! The text is written to the database at least every flush interval, so a kill loses
//! at most that much; the final status (`complete`, `stopped`, `error` with the partial
//! text kept) is written before the final event is sent. Events go out on an unbounded
//! channel so a slow or vanished consumer never stalls or aborts the turn.
//!
//! Invariants: error text is scrubbed of the turn's key before it is stored, logged or
//! sent (the provider layer scrubs too; this is the engine's own guarantee); so is the
//! answer text, since a hostile server can put the key it received in the answer itself
//! ([`KeyFilter`] holds back the few characters that could be the start of a key split
//! across deltas).

use std::time::{Duration, SystemTime};

use futures::StreamExt;
use sb_core::{ErrorInfo, MessageId, MessageStatus, StopReason, Usage};
use sb_providers::scrub::{display_url, scrub};
use sb_providers::{ChatEvent, ChatRequest, Credentials, ProviderError, Target};
use sb_store::FinishedMessage;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::target::Endpoint;
use super::TurnEvent;
use crate::{flush_interval, http, stream_limits, Engine};

#[derive(Default)]
pub(crate) struct Accumulated {
    pub(crate) text: String,
    /// Visible reasoning, kept apart from the answer text.
    pub(crate) reasoning: String,
    pub(crate) usage: Option<Usage>,
    pub(crate) model: Option<String>,
    pub(crate) stop: Option<StopReason>,
    /// The provider accepted the request (a success status arrived), so it may bill
    /// the prompt even if no text follows.
    pub(crate) accepted: bool,
}

pub(crate) enum Outcome {
    Complete(Accumulated),
    Stopped(Accumulated),
    Failed(Accumulated, ProviderError),
}

impl Accumulated {
    /// Whether anything of the answer (text or reasoning) has reached the user.
    pub(crate) fn shown(&self) -> bool {
        !self.text.is_empty() || !self.reasoning.is_empty()
    }
}

impl Outcome {
    pub(crate) fn accumulated(&self) -> &Accumulated {
        match self {
            Outcome::Complete(a) | Outcome::Stopped(a) | Outcome::Failed(a, _) => a,
        }
    }
}

/// Removes keys from streamed text whose pieces may split a key anywhere: each push
/// returns the text that is certainly clean, holding back only a tail shorter than the
/// longest key (which might be a key's start) until the next piece or the end.
pub(crate) struct KeyFilter {
    keys: Vec<String>,
    held: String,
}

const REDACTED: &str = "[redacted]";

impl KeyFilter {
    pub(crate) fn new(keys: &[&str]) -> KeyFilter {
        // Placeholder keys of keyless local servers are not secrets worth hiding.
        let keys = keys
            .iter()
            .filter(|k| k.chars().count() >= sb_providers::scrub::MIN_SECRET_CHARS)
            .map(|k| (*k).to_owned())
            .collect();
        KeyFilter {
            keys,
            held: String::new(),
        }
    }

    pub(crate) fn push(&mut self, piece: &str) -> String {
        if self.keys.is_empty() {
            return piece.to_owned();
        }
        self.held.push_str(piece);
        for key in &self.keys {
            if self.held.contains(key.as_str()) {
                self.held = self.held.replace(key.as_str(), REDACTED);
            }
        }
        // Keep the longest tail that is a prefix of some key; release the rest.
        let held = &self.held;
        let keep = self
            .keys
            .iter()
            .filter_map(|key| {
                (1..key.len().min(held.len() + 1)).rev().find(|&n| {
                    held.is_char_boundary(held.len() - n)
                        && key
                            .as_bytes()
                            .starts_with(&held.as_bytes()[held.len() - n..])
                })
            })
            .max()
            .unwrap_or(0);
        let cut = self.held.len() - keep;
        let out = self.held[..cut].to_owned();
        self.held.drain(..cut);
        out
    }

    /// The held tail, at the end of the stream (it was not the start of a key after all).
    pub(crate) fn finish(&mut self) -> String {
        std::mem::take(&mut self.held)
    }
}

/// Most provider events handled in one pass of the streaming loop.
const READY_BATCH: usize = 1024;

/// The events of one pass, merged: consecutive pieces of the same kind become one
/// message, and a change of kind sends what came before, so order is kept exactly.
#[derive(Default)]
struct Batch {
    text: String,
    reasoning: String,
    usage: Option<Usage>,
}

impl Batch {
    fn text(&mut self, piece: String, tx: &mpsc::UnboundedSender<TurnEvent>) {
        if !self.reasoning.is_empty() {
            let text = std::mem::take(&mut self.reasoning);
            let _ = tx.send(TurnEvent::Reasoning { text });
        }
        if self.text.is_empty() {
            self.text = piece;
        } else {
            self.text.push_str(&piece);
        }
    }

    fn reasoning(&mut self, piece: String, tx: &mpsc::UnboundedSender<TurnEvent>) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            let _ = tx.send(TurnEvent::Delta { text });
        }
        if self.reasoning.is_empty() {
            self.reasoning = piece;
        } else {
            self.reasoning.push_str(&piece);
        }
    }

    /// Sends what is pending: reasoning or text (only one can be), then usage.
    fn send(&mut self, tx: &mpsc::UnboundedSender<TurnEvent>) {
        if !self.reasoning.is_empty() {
            let text = std::mem::take(&mut self.reasoning);
            let _ = tx.send(TurnEvent::Reasoning { text });
        }
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            let _ = tx.send(TurnEvent::Delta { text });
        }
        if let Some(usage) = self.usage.take() {
            let _ = tx.send(TurnEvent::Usage { usage });
        }
    }
}

impl Engine {
    pub(crate) async fn stream_answer(
        &self,
        endpoint: &Endpoint,
        request: ChatRequest,
        message_id: MessageId,
        token: &CancellationToken,
        tx: &mpsc::UnboundedSender<TurnEvent>,
    ) -> Outcome {
        let mut acc = Accumulated::default();
        let target = Target {
            kind: endpoint.kind,
            base_url: &endpoint.base_url,
            settings: &endpoint.settings,
            credentials: &endpoint.credentials,
        };
        let signed_at = SystemTime::UNIX_EPOCH
            + Duration::from_millis(u64::try_from(self.now()).unwrap_or_default());
        let http_request = match sb_providers::build_request(&target, &request, signed_at) {
            Ok(r) => r,
            Err(e) => return Outcome::Failed(acc, e),
        };
        tracing::info!(message_id, model = %request.model, url = %display_url(&http_request.url), "turn started");
        let connect =
            sb_providers::stream_chat(http(self), endpoint.kind, http_request, stream_limits(self));
        let stream = tokio::select! {
            _ = token.cancelled() => return Outcome::Stopped(acc),
            r = connect => match r {
                Ok(s) => s,
                Err(e) => return Outcome::Failed(acc, e),
            },
        };
        acc.accepted = true;
        let secrets = endpoint.credentials.secrets();
        let mut filter = KeyFilter::new(&secrets);
        let mut thinking = KeyFilter::new(&secrets);
        let interval = flush_interval(self);
        let mut last_flush = tokio::time::Instant::now();
        let mut flushed_len = 0usize;
        // Everything the provider layer has ready is taken at once: one pass, one
        // message to the UI per kind of text, instead of one wake-up per token.
        let mut stream = stream.ready_chunks(READY_BATCH);
        // One timer, moved on at each flush, wakes a quiet stream so text already
        // received reaches the disk on time.
        let flush_timer = tokio::time::sleep_until(last_flush + interval);
        tokio::pin!(flush_timer);
        loop {
            let batch = tokio::select! {
                biased;
                _ = token.cancelled() => {
                    acc.text.push_str(&filter.finish());
                    acc.reasoning.push_str(&thinking.finish());
                    return Outcome::Stopped(acc);
                }
                batch = stream.next() => batch,
                _ = &mut flush_timer, if acc.text.len() + acc.reasoning.len() > flushed_len => {
                    self.flush(message_id, &acc).await;
                    flushed_len = acc.text.len() + acc.reasoning.len();
                    last_flush = tokio::time::Instant::now();
                    flush_timer.as_mut().reset(last_flush + interval);
                    continue;
                }
            };
            let Some(batch) = batch else {
                acc.text.push_str(&filter.finish());
                acc.reasoning.push_str(&thinking.finish());
                return Outcome::Failed(
                    acc,
                    ProviderError::Network {
                        message: "the answer stream ended without a finish".into(),
                    },
                );
            };
            let mut out = Batch::default();
            for item in batch {
                match item {
                    Ok(ChatEvent::TextDelta(text)) => {
                        let text = filter.push(&text);
                        if !text.is_empty() {
                            acc.text.push_str(&text);
                            out.text(text, tx);
                        }
                    }
                    Ok(ChatEvent::ReasoningDelta(text)) => {
                        let text = thinking.push(&text);
                        if !text.is_empty() {
                            acc.reasoning.push_str(&text);
                            out.reasoning(text, tx);
                        }
                    }
                    Ok(ChatEvent::Usage(usage)) => {
                        acc.usage = Some(usage);
                        out.usage = Some(usage);
                    }
                    Ok(ChatEvent::Model(model)) => acc.model = Some(model),
                    Ok(ChatEvent::Finished { stop }) => {
                        let rest = thinking.finish();
                        if !rest.is_empty() {
                            acc.reasoning.push_str(&rest);
                            out.reasoning(rest, tx);
                        }
                        let rest = filter.finish();
                        if !rest.is_empty() {
                            acc.text.push_str(&rest);
                            out.text(rest, tx);
                        }
                        out.send(tx);
                        acc.stop = stop;
                        return Outcome::Complete(acc);
                    }
                    Err(e) => {
                        out.send(tx);
                        acc.text.push_str(&filter.finish());
                        acc.reasoning.push_str(&thinking.finish());
                        return Outcome::Failed(acc, e);
                    }
                }
            }
            out.send(tx);
            if last_flush.elapsed() >= interval
                && acc.text.len() + acc.reasoning.len() > flushed_len
            {
                self.flush(message_id, &acc).await;
                flushed_len = acc.text.len() + acc.reasoning.len();
                last_flush = tokio::time::Instant::now();
                flush_timer.as_mut().reset(last_flush + interval);
            }
        }
    }

    /// Best-effort progress write: a failure is logged and the final write retries it.
    async fn flush(&self, message_id: MessageId, acc: &Accumulated) {
        let now = self.now();
        let text = acc.text.clone();
        let reasoning = (!acc.reasoning.is_empty()).then(|| acc.reasoning.clone());
        if let Err(e) = self
            .db(move |s| s.update_message_content(message_id, &text, reasoning.as_deref(), now))
            .await
        {
            tracing::error!(message_id, error = %e, "could not save streamed text");
        }
    }

    /// Stores the answer's final state and returns the event that reports it.
    pub(crate) async fn finish_turn(
        &self,
        message_id: MessageId,
        outcome: Outcome,
        credentials: &Credentials,
    ) -> TurnEvent {
        let (status, acc, error) = match outcome {
            Outcome::Complete(acc) => (MessageStatus::Complete, acc, None),
            Outcome::Stopped(acc) => (MessageStatus::Stopped, acc, None),
            Outcome::Failed(acc, e) => {
                let info = ErrorInfo {
                    code: e.code().to_owned(),
                    message: scrub(&e.to_string(), &credentials.secrets()),
                };
                tracing::warn!(message_id, code = %info.code, error = %info.message, "turn failed");
                (MessageStatus::Error, acc, Some(info))
            }
        };
        let now = self.now();
        let content = acc.text.clone();
        let reasoning = acc.reasoning.clone();
        let usage = acc.usage;
        let model = acc.model.clone();
        let stop = acc.stop.clone();
        let err = error.clone();
        let stored = self
            .db(move |s| {
                if let Some(model) = model {
                    s.set_message_model(message_id, &model)?;
                }
                s.finish_message(
                    message_id,
                    &FinishedMessage {
                        status,
                        content: &content,
                        reasoning: Some(&reasoning),
                        usage,
                        stop: stop.as_ref(),
                        error: err.as_ref(),
                    },
                    now,
                )
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
                stop_kind: acc.stop.as_ref().map(|s| s.kind),
                stop_reason: acc.stop.map(|s| s.raw),
                usage: acc.usage,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_split_anywhere_across_deltas_never_comes_out() {
        let key = "sk-live-0123456789abcdef";
        let text = format!("Your key is {key}, and {key}é again. sk-live-0 is not it.");
        for a in 0..text.len() {
            for b in a..text.len() {
                if !(text.is_char_boundary(a) && text.is_char_boundary(b)) {
                    continue;
                }
                let mut f = KeyFilter::new(&[key]);
                let mut out = String::new();
                for piece in [&text[..a], &text[a..b], &text[b..]] {
                    let clean = f.push(piece);
                    assert!(!clean.contains(key), "split at {a},{b}: {clean}");
                    out.push_str(&clean);
                }
                out.push_str(&f.finish());
                assert_eq!(
                    out,
                    text.replace(key, REDACTED),
                    "split at {a},{b}: only the key is changed"
                );
            }
        }
    }

    #[test]
    fn short_placeholder_keys_are_not_filtered() {
        let mut f = KeyFilter::new(&["local"]);
        assert_eq!(f.push("a local model"), "a local model");
    }
}
