//! The usage ledger: one row per settled call, append-only (triggers refuse updates and
//! deletes) and without foreign keys, so spend history outlives the conversations and
//! branches it came from.

use rusqlite::params;
use sb_core::{ConversationId, MessageId, Usd};
use serde::{Deserialize, Serialize};

use crate::{Store, StoreError};

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

fn i64_of(n: u64) -> i64 {
    // Token counts far below 2^63; saturate rather than wrap if one ever is not.
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Store {
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
}

pub(crate) fn insert_usage(conn: &rusqlite::Connection, e: &UsageEntry) -> Result<(), StoreError> {
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
