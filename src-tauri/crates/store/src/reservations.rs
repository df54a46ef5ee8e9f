//! Reservations: money held for turns in flight, checked against the caps.
//!
//! Invariants:
//! - [`Store::reserve`] reads spend and reservations and inserts the new reservation
//!   inside one `BEGIN IMMEDIATE` unit ([`Store::write`]). SQLite admits one writer at a
//!   time across every connection and process, so two turns (or the app and `sb`) can
//!   never both pass the check on the same money.
//! - [`Store::settle`] deletes the reservation and appends the ledger row in one unit:
//!   money is never counted twice nor dropped in between.

use rusqlite::params;
use sb_core::budget::{Cap, Ledger};
use sb_core::{ConversationId, MessageId, Usd};

use crate::ledger::{insert_usage, UsageEntry};
use crate::{Store, StoreError};

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

impl Store {
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
}

pub(crate) fn ledgers(
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
    use sb_core::BudgetMode;

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
}
