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

use futures::StreamExt;
use sb_core::{ErrorInfo, MessageId, MessageStatus, ProviderKind, Usage};
use sb_keys::Secret;
use sb_providers::scrub::{display_url, scrub};
use sb_providers::{openai, ChatEvent, ChatRequest, ProviderError};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::target::Endpoint;
use super::TurnEvent;
use crate::{flush_interval, http, stream_limits, Engine};

#[derive(Default)]
pub(crate) struct Accumulated {
    pub(crate) text: String,
    pub(crate) usage: Option<Usage>,
    pub(crate) model: Option<String>,
    pub(crate) stop_reason: Option<String>,
    /// The provider accepted the request (a success status arrived), so it may bill
    /// the prompt even if no text follows.
    pub(crate) accepted: bool,
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

/// Removes a key from streamed text whose pieces may split the key anywhere: each
/// push returns the text that is certainly clean, holding back only a tail shorter than
/// the key (which might be its start) until the next piece or the end.
pub(crate) struct KeyFilter {
    key: String,
    held: String,
}

const REDACTED: &str = "[redacted]";

impl KeyFilter {
    pub(crate) fn new(key: &str) -> KeyFilter {
        // Placeholder keys of keyless local servers are not secrets worth hiding.
        let key = if key.chars().count() >= sb_providers::scrub::MIN_SECRET_CHARS {
            key
        } else {
            ""
        };
        KeyFilter {
            key: key.to_owned(),
            held: String::new(),
        }
    }

    pub(crate) fn push(&mut self, piece: &str) -> String {
        if self.key.is_empty() {
            return piece.to_owned();
        }
        self.held.push_str(piece);
        if self.held.contains(&self.key) {
            self.held = self.held.replace(&self.key, REDACTED);
        }
        // Keep the longest tail that is a prefix of the key; release the rest.
        let keep = (1..self.key.len().min(self.held.len() + 1))
            .rev()
            .find(|&n| {
                self.held.is_char_boundary(self.held.len() - n)
                    && self
                        .key
                        .as_bytes()
                        .starts_with(&self.held.as_bytes()[self.held.len() - n..])
            })
            .unwrap_or(0);
        let cut = self.held.len() - keep;
        let out = self.held[..cut].to_owned();
        self.held.drain(..cut);
        out
    }

    /// The held tail, at the end of the stream (it was not the start of the key after all).
    pub(crate) fn finish(&mut self) -> String {
        std::mem::take(&mut self.held)
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
        let http_request = match endpoint.kind {
            ProviderKind::Openai => {
                openai::build_request(&endpoint.base_url, &endpoint.key, &request)
            }
        };
        tracing::info!(message_id, model = %request.model, url = %display_url(&http_request.url), "turn started");
        let connect =
            sb_providers::stream_chat(http(self), endpoint.kind, http_request, stream_limits(self));
        let mut stream = tokio::select! {
            _ = token.cancelled() => return Outcome::Stopped(acc),
            r = connect => match r {
                Ok(s) => s,
                Err(e) => return Outcome::Failed(acc, e),
            },
        };
        acc.accepted = true;
        let mut filter = KeyFilter::new(endpoint.key.expose());
        let interval = flush_interval(self);
        let mut last_flush = tokio::time::Instant::now();
        let mut flushed_len = 0usize;
        loop {
            let next = tokio::select! {
                biased;
                _ = token.cancelled() => {
                    acc.text.push_str(&filter.finish());
                    return Outcome::Stopped(acc);
                }
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
                    let text = filter.push(&text);
                    if text.is_empty() {
                        continue;
                    }
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
                    let rest = filter.finish();
                    if !rest.is_empty() {
                        acc.text.push_str(&rest);
                        let _ = tx.send(TurnEvent::Delta { text: rest });
                    }
                    acc.stop_reason = stop_reason;
                    return Outcome::Complete(acc);
                }
                Some(Err(e)) => {
                    acc.text.push_str(&filter.finish());
                    return Outcome::Failed(acc, e);
                }
                None => {
                    acc.text.push_str(&filter.finish());
                    return Outcome::Failed(
                        acc,
                        ProviderError::Network {
                            message: "the answer stream ended without a finish".into(),
                        },
                    );
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

    /// Stores the answer's final state and returns the event that reports it.
    pub(crate) async fn finish_turn(
        &self,
        message_id: MessageId,
        outcome: Outcome,
        key: &Secret,
    ) -> TurnEvent {
        let (status, acc, error) = match outcome {
            Outcome::Complete(acc) => (MessageStatus::Complete, acc, None),
            Outcome::Stopped(acc) => (MessageStatus::Stopped, acc, None),
            Outcome::Failed(acc, e) => {
                let info = ErrorInfo {
                    code: e.code().to_owned(),
                    message: scrub(&e.to_string(), &[key.expose()]),
                };
                tracing::warn!(message_id, code = %info.code, error = %info.message, "turn failed");
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
                let mut f = KeyFilter::new(key);
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
        let mut f = KeyFilter::new("local");
        assert_eq!(f.push("a local model"), "a local model");
    }
}
