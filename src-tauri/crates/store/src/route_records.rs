//! Route records: why each routed answer went where it did (JSON), kept with the answer.

use rusqlite::{params, OptionalExtension};
use sb_core::{ConversationId, MessageId};

use crate::{Store, StoreError};

impl Store {
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
