//! Route records: for every answer, how its model was chosen (routed by task, pinned for
//! the conversation, or chosen by the user), what was considered, which fallbacks were
//! taken, and what the turn reserved and cost. Stored as JSON per assistant message and
//! shown by the answer's route badge.
//!
//! Invariant: a record that cannot be read is reported as unreadable (with why), never
//! dropped, so an answer's explanation does not silently disappear.

use sb_core::budget::Ledger;
use sb_core::catalogue::ModelRef;
use sb_core::{Classification, ConversationId, MessageId, RouteDecision, Usd};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Engine, EngineError};

/// How the answering model was chosen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Selection {
    /// The router picked by task, quality and budget.
    #[default]
    Routed,
    /// The conversation (or this turn) pinned a catalogue model.
    Pinned,
    /// The user chose a provider and model directly (the composer's picker, `sb chat
    /// --provider`, an ad-hoc `sb chat --base-url`).
    Chosen,
}

/// A candidate abandoned before its first token, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FallbackTaken {
    pub model: ModelRef,
    pub code: String,
    pub message: String,
}

/// Everything about how one turn was routed and what it cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RouteRecord {
    pub classification: Classification,
    pub decision: RouteDecision,
    /// Records written before chosen turns had records were all routed.
    #[serde(default)]
    pub selection: Selection,
    pub fallbacks: Vec<FallbackTaken>,
    /// Calls sent again to the same model after failing before the first token.
    #[serde(default)]
    pub retries: u32,
    pub answered_by: Option<ModelRef>,
    /// The provider (as the user named it) that served the answer.
    #[serde(default)]
    pub provider: Option<String>,
    /// False when the model has no price in the catalogue: its tokens are recorded, its
    /// cost is unknown (shown as "price unknown", never as $0.00).
    #[serde(default = "priced_default")]
    pub priced: bool,
    /// The reservation (worst case) of the model that answered.
    pub reserved: Usd,
    pub settled: Option<Usd>,
    /// Settled from the provider's reported usage, not estimated.
    pub exact: bool,
    pub budget_before: Ledger,
    pub budget_after: Option<Ledger>,
    /// The oldest message of the conversation the answering call sent (its prompt when
    /// it sent nothing before it): the messages above it on the path were not sent, for
    /// the model's window or the conversation's Context setting. None in records written
    /// before it was kept.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub first_sent: Option<MessageId>,
}

fn priced_default() -> bool {
    true
}

/// One answer's stored record, or why it cannot be read.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoredRecord {
    #[ts(type = "number")]
    pub message_id: MessageId,
    pub record: Option<RouteRecord>,
    /// Set when the stored record cannot be read (damaged, or from a newer build).
    pub error: Option<String>,
}

fn decode(message_id: MessageId, json: &str) -> StoredRecord {
    match serde_json::from_str(json) {
        Ok(record) => StoredRecord {
            message_id,
            record: Some(record),
            error: None,
        },
        Err(e) => {
            tracing::warn!(message_id, error = %e, "a route record cannot be read");
            StoredRecord {
                message_id,
                record: None,
                error: Some(format!(
                    "The route record of this answer cannot be read ({e})."
                )),
            }
        }
    }
}

impl Engine {
    /// The record of every answer in a conversation that has one, in message order.
    pub async fn route_records(
        &self,
        conversation_id: ConversationId,
    ) -> Result<Vec<StoredRecord>, EngineError> {
        let raw = self.read(move |s| s.route_records(conversation_id)).await?;
        Ok(raw
            .into_iter()
            .map(|(id, json)| decode(id, &json))
            .collect())
    }

    /// The record of one answer, `None` if it has none; an unreadable one is an error.
    pub async fn route_record(
        &self,
        message_id: MessageId,
    ) -> Result<Option<RouteRecord>, EngineError> {
        let Some(raw) = self.db(move |s| s.route_record(message_id)).await? else {
            return Ok(None);
        };
        let stored = decode(message_id, &raw);
        match (stored.record, stored.error) {
            (Some(r), _) => Ok(Some(r)),
            (None, error) => Err(EngineError::Internal {
                message: error.unwrap_or_default(),
            }),
        }
    }

    /// Stores (or replaces) an answer's record; a failure is logged, never fatal to the
    /// turn, since the answer itself is what must be kept.
    pub(crate) async fn save_record(&self, message_id: MessageId, record: &RouteRecord) {
        let Some((task, json)) = encode(record) else {
            return;
        };
        let _ = self
            .db(move |s| {
                store_logged(s, message_id, task, &json);
                Ok(())
            })
            .await;
    }
}

/// A record as stored: its task and its JSON; `None` (logged) if it cannot be encoded.
pub(crate) fn encode(record: &RouteRecord) -> Option<(&'static str, String)> {
    match serde_json::to_string(record) {
        Ok(json) => Some((record.classification.task.as_str(), json)),
        Err(e) => {
            tracing::error!(error = %e, "could not encode a route record");
            None
        }
    }
}

/// Stores a record; a failure is logged, never fatal: the record explains a turn, it
/// does not carry it.
pub(crate) fn store_logged(store: &sb_store::Store, message_id: MessageId, task: &str, json: &str) {
    if let Err(e) = store.save_route_record(message_id, task, json) {
        tracing::error!(message_id, error = %e, "could not save a route record");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_record_is_reported_not_dropped() {
        let stored = decode(7, "{\"classification\": 3}");
        assert_eq!(stored.message_id, 7);
        assert!(stored.record.is_none());
        assert!(
            stored
                .error
                .as_deref()
                .is_some_and(|e| e.contains("cannot be read")),
            "{stored:?}"
        );
    }
}
