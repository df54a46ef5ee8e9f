//! Budgets in the database: each conversation's routing settings, reservations for
//! turns in flight, the append-only usage ledger and per-turn route records.
//!
//! Invariants:
//! - [`Store::reserve`] reads spend and reservations and inserts the new reservation
//!   inside one `BEGIN IMMEDIATE` transaction. SQLite admits one writer at a time
//!   across every connection and process, so two turns (or the app and `sb`) can
//!   never both pass the check on the same money.
//! - [`Store::settle`] deletes the reservation and appends the ledger row in one
//!   transaction: money is never counted twice nor dropped in between.
//! - The ledger has no foreign keys and triggers refuse updates and deletes.
//! - Token calibrations are updated by one upsert each, never read-modify-write.

use rusqlite::{params, OptionalExtension};
use sb_core::budget::{Cap, Ledger};
use sb_core::tokens::{Calibration, DECAY};
use sb_core::{BudgetMode, ConversationId, MessageId, QualityPreference, Usd};
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
}

/// One settled call, as the ledger records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageEntry {
    pub at: i64,
    pub conversation_id: Option<ConversationId>,
    pub message_id: Option<MessageId>,
    pub provider: Option<String>,
    pub model: String,
    pub task: Option<String>,
    pub input_tokens: u64,
    pub output_tokens: u64,
    pub reasoning_tokens: u64,
    pub cache_read_tokens: u64,
    pub cache_write_tokens: u64,
    pub cost: Usd,
    /// From the provider's reported usage (`true`) or estimated by us.
    pub exact: bool,
    /// The model had a price (or was free because local). `false`: a model missing from
    /// the catalogue, whose tokens are recorded at no cost until a price is added.
    pub priced: bool,
}

/// A reservation whose process died: its turn will never settle it itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrphanedReservation {
    pub id: ReservationId,
    pub conversation_id: ConversationId,
    /// The answer it held money for; `None` when the process died before storing one
    /// (between reserving and sending: nothing was sent).
    pub message_id: Option<MessageId>,
    pub amount: Usd,
    /// The answer text that reached the database before the process died.
    pub content: String,
}

/// The caps a reservation is checked against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Caps {
    pub conversation: Option<Cap>,
    pub month: Option<Cap>,
    /// Start of the current month (Unix ms); the month's spend counts from here.
    pub month_start: i64,
}

/// Why a reservation was refused, with both scopes' state for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub conversation: Ledger,
    pub month: Ledger,
}

pub type ReservationId = i64;

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

fn i64_of(n: u64) -> i64 {
    // Token counts far below 2^63; saturate rather than wrap if one ever is not.
    i64::try_from(n).unwrap_or(i64::MAX)
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
                        system_prompt
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
                 chosen_provider_id = ?6, chosen_model = ?7, system_prompt = ?8
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
            ],
        )?;
        require_row((changed > 0).then_some(()), "conversation", id)
    }

    /// Spend and reservations of one conversation and of the month, with their caps.
    pub fn ledgers(
        &self,
        conversation: ConversationId,
        caps: &Caps,
    ) -> Result<(Ledger, Ledger), StoreError> {
        ledgers(&self.conn, conversation, caps)
    }

    /// Atomically reserves `amount` for a turn in `conversation`, or refuses if a hard
    /// cap (the conversation's or the month's) would be exceeded.
    pub fn reserve(
        &self,
        conversation: ConversationId,
        amount: Usd,
        caps: &Caps,
        now_ms: i64,
    ) -> Result<Result<ReservationId, Refused>, StoreError> {
        self.write(|s| {
            let (conv, month) = ledgers(&s.conn, conversation, caps)?;
            if !conv.admits(amount) || !month.admits(amount) {
                return Ok(Err(Refused {
                    conversation: conv,
                    month,
                }));
            }
            let id = s.conn.query_row(
                "INSERT INTO reservations (conversation_id, amount, created_at, owner)
                 VALUES (?1, ?2, ?3, ?4) RETURNING id",
                params![conversation, amount.0.max(0), now_ms, s.session],
                |row| row.get(0),
            )?;
            Ok(Ok(id))
        })
    }

    /// Ends a reservation with the call's settled usage, in one transaction.
    pub fn settle(&self, reservation: ReservationId, entry: &UsageEntry) -> Result<(), StoreError> {
        self.write(|s| {
            s.conn
                .execute("DELETE FROM reservations WHERE id = ?1", [reservation])?;
            insert_usage(&s.conn, entry)?;
            Ok(())
        })
    }

    /// Names the answer a reservation holds money for (see [`Store::orphaned_reservations`]).
    pub fn attach_reservation(
        &self,
        reservation: ReservationId,
        message_id: MessageId,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE reservations SET message_id = ?2 WHERE id = ?1",
            params![reservation, message_id],
        )?;
        Ok(())
    }

    /// Reservations held by sessions that died (or by no session: written before
    /// sessions existed), for recovery to settle now rather than hold their money.
    pub fn orphaned_reservations(
        &self,
        dead_sessions: &[String],
    ) -> Result<Vec<OrphanedReservation>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.conversation_id, r.message_id, r.amount, coalesce(m.content, '')
             FROM reservations r LEFT JOIN messages m ON m.id = r.message_id
             WHERE r.owner IS ?1 ORDER BY r.id",
        )?;
        let mut out = Vec::new();
        for owner in std::iter::once(None).chain(dead_sessions.iter().map(Some)) {
            let rows = stmt.query_map([owner], |row| {
                Ok(OrphanedReservation {
                    id: row.get(0)?,
                    conversation_id: row.get(1)?,
                    message_id: row.get(2)?,
                    amount: Usd(row.get(3)?),
                    content: row.get(4)?,
                })
            })?;
            for row in rows {
                out.push(row?);
            }
        }
        Ok(out)
    }

    /// Ends a reservation whose call cost nothing (refused before it started).
    pub fn release(&self, reservation: ReservationId) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM reservations WHERE id = ?1", [reservation])?;
        Ok(())
    }

    /// Appends a ledger row outside any reservation (e.g. an import).
    pub fn record_usage(&self, entry: &UsageEntry) -> Result<(), StoreError> {
        insert_usage(&self.conn, entry)
    }

    /// Ledger rows in time order, from `since_ms`.
    pub fn usage_since(&self, since_ms: i64) -> Result<Vec<UsageEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, conversation_id, message_id, provider, model, task, input_tokens,
                    output_tokens, reasoning_tokens, cache_read_tokens, cache_write_tokens, cost, exact,
                    priced
             FROM usage_ledger WHERE at >= ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([since_ms], |row| {
            let u = |i: usize| row.get::<_, i64>(i).map(|v| u64::try_from(v).unwrap_or(0));
            Ok(UsageEntry {
                at: row.get(0)?,
                conversation_id: row.get(1)?,
                message_id: row.get(2)?,
                provider: row.get(3)?,
                model: row.get(4)?,
                task: row.get(5)?,
                input_tokens: u(6)?,
                output_tokens: u(7)?,
                reasoning_tokens: u(8)?,
                cache_read_tokens: u(9)?,
                cache_write_tokens: u(10)?,
                cost: Usd(row.get(11)?),
                exact: row.get(12)?,
                priced: row.get(13)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn save_route_record(
        &self,
        message_id: MessageId,
        task: &str,
        record_json: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO route_records (message_id, task, record) VALUES (?1, ?2, ?3)
             ON CONFLICT(message_id) DO UPDATE SET task = excluded.task, record = excluded.record",
            params![message_id, task, record_json],
        )?;
        Ok(())
    }

    /// Task and record JSON of the conversation's latest answer with a route record
    /// (for follow-ups and stickiness).
    pub fn last_route(
        &self,
        conversation: ConversationId,
    ) -> Result<Option<(String, String)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT r.task, r.record FROM route_records r JOIN messages m ON m.id = r.message_id
                 WHERE m.conversation_id = ?1
                 ORDER BY m.id DESC LIMIT 1",
                [conversation],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?)
    }

    /// `(message id, record JSON)` for every routed answer of a conversation.
    pub fn route_records(
        &self,
        conversation: ConversationId,
    ) -> Result<Vec<(MessageId, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.message_id, r.record FROM route_records r JOIN messages m ON m.id = r.message_id
             WHERE m.conversation_id = ?1 ORDER BY r.message_id",
        )?;
        let rows = stmt.query_map([conversation], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every vendor's token calibration.
    pub fn calibrations(&self) -> Result<Vec<(String, Calibration)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT vendor, chars, tokens, samples FROM token_calibration")?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get(0)?,
                Calibration {
                    chars: row.get(1)?,
                    tokens: row.get(2)?,
                    samples: row.get::<_, i64>(3)?.max(0).unsigned_abs(),
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds one call's (characters sent, prompt tokens billed) to a vendor's
    /// calibration, in one statement so concurrent settlements never lose a sample.
    /// Same arithmetic as [`Calibration::add`].
    pub fn add_calibration_sample(
        &self,
        vendor: &str,
        chars: u64,
        tokens: u64,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO token_calibration (vendor, chars, tokens, samples) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT(vendor) DO UPDATE SET
                 chars = chars * ?4 + excluded.chars,
                 tokens = tokens * ?4 + excluded.tokens,
                 samples = samples + 1",
            params![vendor, chars as f64, tokens as f64, DECAY],
        )?;
        Ok(())
    }

    pub fn route_record(&self, message_id: MessageId) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT record FROM route_records WHERE message_id = ?1",
                [message_id],
                |row| row.get(0),
            )
            .optional()?)
    }
}

fn insert_usage(conn: &rusqlite::Connection, e: &UsageEntry) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO usage_ledger (at, conversation_id, message_id, provider, model, task,
             input_tokens, output_tokens, reasoning_tokens, cache_read_tokens, cache_write_tokens,
             cost, exact, priced)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            e.at,
            e.conversation_id,
            e.message_id,
            e.provider,
            e.model,
            e.task,
            i64_of(e.input_tokens),
            i64_of(e.output_tokens),
            i64_of(e.reasoning_tokens),
            i64_of(e.cache_read_tokens),
            i64_of(e.cache_write_tokens),
            e.cost.0.max(0),
            e.exact,
            e.priced,
        ],
    )?;
    Ok(())
}

fn ledgers(
    conn: &rusqlite::Connection,
    conversation: ConversationId,
    caps: &Caps,
) -> Result<(Ledger, Ledger), StoreError> {
    let sum = |sql: &str, p: i64| -> Result<Usd, StoreError> {
        Ok(Usd(conn.query_row(sql, [p], |row| row.get::<_, i64>(0))?))
    };
    let count = |sql: &str, p: i64| -> Result<u64, StoreError> {
        Ok(conn
            .query_row(sql, [p], |row| row.get::<_, i64>(0))?
            .max(0)
            .unsigned_abs())
    };
    let conv = Ledger {
        cap: caps.conversation,
        spent: sum(
            "SELECT COALESCE(SUM(cost), 0) FROM usage_ledger WHERE conversation_id = ?1",
            conversation,
        )?,
        reserved: sum(
            "SELECT COALESCE(SUM(amount), 0) FROM reservations WHERE conversation_id = ?1",
            conversation,
        )?,
        unpriced_calls: count(
            "SELECT count(*) FROM usage_ledger WHERE conversation_id = ?1 AND priced = 0",
            conversation,
        )?,
    };
    let month = Ledger {
        cap: caps.month,
        spent: sum(
            "SELECT COALESCE(SUM(cost), 0) FROM usage_ledger WHERE at >= ?1",
            caps.month_start,
        )?,
        // Every reservation is for a call happening now, so all count this month.
        reserved: Usd(conn.query_row(
            "SELECT COALESCE(SUM(amount), 0) FROM reservations",
            [],
            |row| row.get::<_, i64>(0),
        )?),
        unpriced_calls: count(
            "SELECT count(*) FROM usage_ledger WHERE at >= ?1 AND priced = 0",
            caps.month_start,
        )?,
    };
    Ok((conv, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hard(nano: i64) -> Option<Cap> {
        Some(Cap {
            amount: Usd(nano),
            mode: BudgetMode::Hard,
        })
    }

    fn entry(conversation: ConversationId, cost: i64) -> UsageEntry {
        UsageEntry {
            at: 1_000,
            conversation_id: Some(conversation),
            message_id: None,
            provider: Some("p".into()),
            model: "m".into(),
            task: Some("chat".into()),
            input_tokens: 10,
            output_tokens: 20,
            reasoning_tokens: 0,
            cache_read_tokens: 0,
            cache_write_tokens: 0,
            cost: Usd(cost),
            exact: true,
            priced: true,
        }
    }

    #[test]
    fn reservations_respect_both_hard_caps_and_settle_into_the_ledger() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 0).unwrap().id;
        let caps = Caps {
            conversation: hard(100),
            month: hard(150),
            month_start: 0,
        };
        let a = store.reserve(conv, Usd(60), &caps, 1).unwrap().unwrap();
        assert!(
            store.reserve(conv, Usd(41), &caps, 1).unwrap().is_err(),
            "60 + 41 > 100"
        );
        let b = store.reserve(conv, Usd(40), &caps, 1).unwrap().unwrap();
        store.settle(a, &entry(conv, 55)).unwrap();
        let (c, m) = store.ledgers(conv, &caps).unwrap();
        assert_eq!(
            (c.spent, c.reserved),
            (Usd(55), Usd(40)),
            "settled 55, 40 still held"
        );
        assert_eq!(m.spent, Usd(55), "the month sees the same spend");
        store.release(b).unwrap();
        let other = store.create_conversation("d", 0).unwrap().id;
        assert!(
            store.reserve(other, Usd(96), &caps, 1).unwrap().is_err(),
            "the month cap (150 − 55 = 95) binds another conversation"
        );
        assert!(
            store.reserve(other, Usd(95), &caps, 1).unwrap().is_ok(),
            "exactly what is left fits"
        );
    }

    #[test]
    fn the_ledger_is_append_only_and_outlives_conversations() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 0).unwrap().id;
        store.record_usage(&entry(conv, 7)).unwrap();
        store.delete_conversation(conv).unwrap();
        let rows = store.usage_since(0).unwrap();
        assert_eq!(
            rows.len(),
            1,
            "spend history survives deleting the conversation"
        );
        assert_eq!(rows[0].cost, Usd(7), "with its cost");
        assert!(
            store.conn.execute("DELETE FROM usage_ledger", []).is_err(),
            "deletes are refused"
        );
        assert!(
            store
                .conn
                .execute("UPDATE usage_ledger SET cost = 0", [])
                .is_err(),
            "updates are refused"
        );
    }

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

    #[test]
    fn calibration_samples_accumulate_like_the_pure_rule() {
        let store = Store::open_in_memory().unwrap();
        assert!(store.calibrations().unwrap().is_empty(), "none at first");
        let mut expected = Calibration::default();
        for (chars, tokens) in [(1_000, 200), (4_000, 1_000), (30, 9)] {
            store
                .add_calibration_sample("mistral", chars, tokens)
                .unwrap();
            expected = expected.add(chars, tokens);
        }
        store.add_calibration_sample("groq", 10, 3).unwrap();
        let all = store.calibrations().unwrap();
        let (_, mistral) = all.iter().find(|(v, _)| v == "mistral").unwrap();
        assert_eq!(mistral.samples, 3, "one sample per call");
        assert!(
            (mistral.chars - expected.chars).abs() < 1e-6,
            "SQL decays as core does"
        );
        assert!(
            (mistral.tokens - expected.tokens).abs() < 1e-6,
            "tokens too"
        );
        assert_eq!(all.len(), 2, "one row per vendor");
    }
}
