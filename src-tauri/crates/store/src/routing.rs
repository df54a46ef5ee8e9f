//! A conversation's routing settings: its budget cap and mode, quality, pinned or chosen
//! model and system prompt (`None` fields follow the app defaults).

use rusqlite::{params, OptionalExtension};
use sb_core::{BudgetMode, ConversationId, QualityPreference, Usd};
use serde::{Deserialize, Serialize};

use crate::{require_row, Store, StoreError};

/// A conversation's routing settings as stored; `None` fields follow the app defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ConversationRouting {
    pub budget_cap: Option<Usd>,
    pub budget_mode: Option<BudgetMode>,
    pub quality: Option<QualityPreference>,
    pub pinned_model: Option<String>,
    /// The provider chosen for this conversation's turns (the composer's model picker);
    /// `None` = Auto: the router picks (within `pinned_model`, when set).
    #[serde(default)]
    #[ts(type = "number | null")]
    pub chosen_provider_id: Option<sb_core::ProviderId>,
    /// The model at `chosen_provider_id`; `None` = that provider's default model.
    #[serde(default)]
    pub chosen_model: Option<String>,
    /// This conversation's system prompt; `None` = the default in Settings.
    #[serde(default)]
    pub system_prompt: Option<String>,
    /// Send at most this many of the newest messages (besides the system prompt and the
    /// new one); `None` = all that the model's window holds.
    #[serde(default)]
    pub context_messages: Option<u32>,
}

fn mode_str(m: BudgetMode) -> &'static str {
    match m {
        BudgetMode::Soft => "soft",
        BudgetMode::Hard => "hard",
    }
}

fn parse_mode(s: &str) -> Option<BudgetMode> {
    match s {
        "soft" => Some(BudgetMode::Soft),
        "hard" => Some(BudgetMode::Hard),
        _ => None,
    }
}

impl Store {
    pub fn conversation_routing(
        &self,
        id: ConversationId,
    ) -> Result<ConversationRouting, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT budget_cap, budget_mode, quality, pinned_model, chosen_provider_id, chosen_model,
                        system_prompt, context_messages
                 FROM conversations WHERE id = ?1",
                [id],
                |row| {
                    let mode: Option<String> = row.get(1)?;
                    let quality: Option<String> = row.get(2)?;
                    Ok(ConversationRouting {
                        budget_cap: row.get::<_, Option<i64>>(0)?.map(Usd),
                        budget_mode: mode.as_deref().and_then(parse_mode),
                        quality: quality.as_deref().and_then(QualityPreference::parse),
                        pinned_model: row.get(3)?,
                        chosen_provider_id: row.get(4)?,
                        chosen_model: row.get(5)?,
                        system_prompt: row.get(6)?,
                        // Out of range (a file changed by hand) reads as no limit.
                        context_messages: row
                            .get::<_, Option<i64>>(7)?
                            .and_then(|n| u32::try_from(n).ok()),
                    })
                },
            )
            .optional()?;
        require_row(row, "conversation", id)
    }

    pub fn set_conversation_routing(
        &self,
        id: ConversationId,
        routing: &ConversationRouting,
    ) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE conversations SET budget_cap = ?2, budget_mode = ?3, quality = ?4, pinned_model = ?5,
                 chosen_provider_id = ?6, chosen_model = ?7, system_prompt = ?8,
                 context_messages = ?9
             WHERE id = ?1",
            params![
                id,
                routing.budget_cap.map(|u| u.0),
                routing.budget_mode.map(mode_str),
                routing.quality.map(QualityPreference::as_str),
                routing.pinned_model,
                routing.chosen_provider_id,
                routing.chosen_model,
                routing
                    .system_prompt
                    .as_deref()
                    .map(str::trim)
                    .filter(|p| !p.is_empty()),
                routing.context_messages.filter(|n| *n > 0),
            ],
        )?;
        require_row((changed > 0).then_some(()), "conversation", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routing_settings_round_trip() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 0).unwrap().id;
        assert_eq!(
            store.conversation_routing(conv).unwrap(),
            ConversationRouting::default(),
            "new conversations follow defaults"
        );
        let set = ConversationRouting {
            budget_cap: Some(Usd(10_000_000)),
            budget_mode: Some(BudgetMode::Hard),
            quality: Some(QualityPreference::Best),
            pinned_model: Some("openai/gpt-4.1-mini".into()),
            chosen_provider_id: Some(3),
            chosen_model: Some("my-finetune".into()),
            system_prompt: Some("Answer in French.".into()),
            context_messages: Some(12),
        };
        store.set_conversation_routing(conv, &set).unwrap();
        assert_eq!(
            store.conversation_routing(conv).unwrap(),
            set,
            "settings are stored as given"
        );
        assert!(
            matches!(
                store.set_conversation_routing(9_999, &set),
                Err(StoreError::NotFound { .. })
            ),
            "unknown conversations are reported"
        );
    }
}
