//! Conversation rows. `updated_at` is the time of the latest activity and orders the
//! sidebar; inserting a message moves its conversation to the top.

use rusqlite::{params, OptionalExtension, Row};
use sb_core::{Conversation, ConversationId};

use crate::{require_row, Store, StoreError};

const COLUMNS: &str = "id, title, created_at, updated_at, pinned, archived";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Conversation> {
    Ok(Conversation {
        id: row.get(0)?,
        title: row.get(1)?,
        pinned: row.get(4)?,
        archived: row.get(5)?,
        created_at: row.get(2)?,
        updated_at: row.get(3)?,
    })
}

/// The sidebar's order: pinned first, then most recently active, ties (same millisecond)
/// newest id first. The index `conversations_by_order` (schema v7) holds it, so reading
/// the list never sorts it.
const LIST_ORDER: &str = "ORDER BY pinned DESC, updated_at DESC, id DESC";

impl Store {
    pub fn create_conversation(
        &self,
        title: &str,
        now_ms: i64,
    ) -> Result<Conversation, StoreError> {
        Ok(self.conn.query_row(
            &format!(
                "INSERT INTO conversations (title, created_at, updated_at) VALUES (?1, ?2, ?2)
                 RETURNING {COLUMNS}"
            ),
            params![title, now_ms],
            from_row,
        )?)
    }

    /// Pinned first, then most recently active; ties (same millisecond) newest id
    /// first. Archived conversations are included (the caller decides where to show them).
    pub fn list_conversations(&self) -> Result<Vec<Conversation>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM conversations {LIST_ORDER}"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The first `limit` conversations in the order of [`Store::list_conversations`]: what a
    /// window shows first, read before the whole list of a long history.
    pub fn first_conversations(&self, limit: u32) -> Result<Vec<Conversation>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM conversations {LIST_ORDER} LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn get_conversation(&self, id: ConversationId) -> Result<Conversation, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM conversations WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?;
        require_row(row, "conversation", id)
    }

    pub fn rename_conversation(
        &self,
        id: ConversationId,
        title: &str,
        now_ms: i64,
    ) -> Result<Conversation, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!(
                    "UPDATE conversations SET title = ?2, updated_at = ?3, titled = 1 WHERE id = ?1
                     RETURNING {COLUMNS}"
                ),
                params![id, title, now_ms],
                from_row,
            )
            .optional()?;
        require_row(row, "conversation", id)
    }

    /// Sets a title chosen by the app (from the first prompt, or a model's summary)
    /// unless a person has named the conversation. Returns whether it changed.
    pub fn set_auto_title(&self, id: ConversationId, title: &str) -> Result<bool, StoreError> {
        let changed = self.conn.execute(
            "UPDATE conversations SET title = ?2 WHERE id = ?1 AND titled = 0 AND title != ?2",
            params![id, title],
        )?;
        Ok(changed > 0)
    }

    /// Pins (keeps at the top) or unpins a conversation.
    pub fn set_pinned(&self, id: ConversationId, pinned: bool) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE conversations SET pinned = ?2 WHERE id = ?1",
            params![id, pinned],
        )?;
        require_row((changed > 0).then_some(()), "conversation", id)
    }

    /// Archives (hides from the main list) or restores a conversation.
    pub fn set_archived(&self, id: ConversationId, archived: bool) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE conversations SET archived = ?2 WHERE id = ?1",
            params![id, archived],
        )?;
        require_row((changed > 0).then_some(()), "conversation", id)
    }

    /// Deletes the conversation and, through the foreign key, all its messages.
    pub fn delete_conversation(&self, id: ConversationId) -> Result<(), StoreError> {
        let deleted = self
            .conn
            .execute("DELETE FROM conversations WHERE id = ?1", [id])?;
        require_row((deleted > 0).then_some(()), "conversation", id)
    }

    /// Marks activity in the conversation without changing anything else.
    pub fn touch_conversation(&self, id: ConversationId, now_ms: i64) -> Result<(), StoreError> {
        let touched = self.conn.execute(
            "UPDATE conversations SET updated_at = ?2 WHERE id = ?1",
            params![id, now_ms],
        )?;
        require_row((touched > 0).then_some(()), "conversation", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversations_list_most_recent_first() {
        let store = Store::open_in_memory().unwrap();
        let a = store.create_conversation("A", 100).unwrap();
        let b = store.create_conversation("B", 200).unwrap();
        let c = store.create_conversation("C", 200).unwrap();
        assert_eq!(a.created_at, 100, "created_at is the passed-in time");
        assert_eq!(
            a.updated_at, 100,
            "a new conversation was last active at creation"
        );
        let ids: Vec<_> = store
            .list_conversations()
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids, [c.id, b.id, a.id], "newest first, ties broken by id");
        store.touch_conversation(a.id, 300).unwrap();
        let ids: Vec<_> = store
            .list_conversations()
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(
            ids,
            [a.id, c.id, b.id],
            "touching moves a conversation to the top"
        );
    }

    #[test]
    fn the_first_conversations_are_the_head_of_the_list() {
        let store = Store::open_in_memory().unwrap();
        for t in 1..=6 {
            store.create_conversation(&format!("c{t}"), t).unwrap();
        }
        // The oldest, pinned, comes first in both.
        store.set_pinned(1, true).unwrap();
        let all = store.list_conversations().unwrap();
        let ids = |list: Vec<Conversation>| list.iter().map(|c| c.id).collect::<Vec<_>>();
        assert_eq!(ids(all.clone()), [1, 6, 5, 4, 3, 2], "pinned, then newest");
        assert_eq!(
            ids(store.first_conversations(3).unwrap()),
            ids(all[..3].to_vec()),
            "the same order, cut"
        );
        assert_eq!(
            store.first_conversations(99).unwrap(),
            all,
            "all of a short list"
        );
        assert!(store.first_conversations(0).unwrap().is_empty());
    }

    #[test]
    fn the_list_is_read_in_the_order_of_its_index_without_sorting() {
        let store = Store::open_in_memory().unwrap();
        for sql in [
            format!("SELECT {COLUMNS} FROM conversations {LIST_ORDER}"),
            format!("SELECT {COLUMNS} FROM conversations {LIST_ORDER} LIMIT 200"),
        ] {
            let plan: Vec<String> = store
                .conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap()
                .query_map([], |row| row.get::<_, String>(3))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let plan = plan.join("; ");
            assert!(plan.contains("conversations_by_order"), "{plan}");
            assert!(!plan.contains("TEMP B-TREE"), "no sort: {plan}");
        }
    }

    #[test]
    fn rename_changes_title_and_activity_time() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("Old", 1).unwrap();
        let renamed = store.rename_conversation(conv.id, "New", 9).unwrap();
        assert_eq!(renamed.title, "New", "title is replaced");
        assert_eq!(renamed.created_at, 1, "creation time is kept");
        assert_eq!(renamed.updated_at, 9, "renaming counts as activity");
        assert_eq!(
            store.get_conversation(conv.id).unwrap(),
            renamed,
            "the rename is stored"
        );
    }

    #[test]
    fn missing_conversations_are_not_found() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("Gone", 1).unwrap();
        store.delete_conversation(conv.id).unwrap();
        for err in [
            store.get_conversation(conv.id).unwrap_err(),
            store.rename_conversation(conv.id, "x", 2).unwrap_err(),
            store.touch_conversation(conv.id, 2).unwrap_err(),
            store.delete_conversation(conv.id).unwrap_err(),
        ] {
            assert!(
                matches!(err, StoreError::NotFound { what: "conversation", id } if id == conv.id),
                "a deleted conversation is gone: {err:?}"
            );
        }
    }
}
