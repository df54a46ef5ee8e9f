//! Message rows and crash recovery.
//!
//! An assistant reply is inserted as `streaming`, its content is rewritten in place as
//! text arrives ([`Store::update_message_content`]) and it ends in exactly one
//! [`Store::finish_message`]. A `streaming` row found at start-up was cut off by a crash
//! and is turned into `interrupted` by [`Store::mark_streaming_interrupted`].

use rusqlite::{params, OptionalExtension, Row};
use sb_core::{
    ConversationId, ErrorInfo, Message, MessageId, MessageStatus, Role, StopKind, StopReason, Usage,
};

use crate::{require_row, unknown_value, Store, StoreError};

pub(crate) const COLUMNS: &str = "id, conversation_id, role, content, status, model, \
                       provider, input_tokens, output_tokens, error_code, error_message, \
                       created_at, updated_at, reasoning, stop_kind, stop_reason, parent_id";

/// What the engine supplies for a new message; the store adds id and timestamps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    pub conversation_id: ConversationId,
    pub role: Role,
    pub content: String,
    pub status: MessageStatus,
    pub model: Option<String>,
    pub provider: Option<String>,
    /// Where the message goes in the conversation's tree.
    pub parent: Parent,
}

/// Where a new message goes in its conversation's tree of messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Parent {
    /// After the message the conversation shows last (its active leaf): a new turn.
    #[default]
    Active,
    /// Under this message: a sibling of its other children (an edit, a regeneration).
    Message(MessageId),
    /// First in the conversation: a sibling of its other first messages.
    Root,
}

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Message> {
    let role: String = row.get(2)?;
    let status: String = row.get(4)?;
    let usage = match (row.get(7)?, row.get(8)?) {
        // Reasoning and cache details live in the usage ledger, not on messages.
        (Some(input_tokens), Some(output_tokens)) => Some(Usage {
            input_tokens,
            output_tokens,
            ..Usage::default()
        }),
        // A table CHECK keeps the two columns NULL together.
        _ => None,
    };
    let error = match (row.get(9)?, row.get(10)?) {
        (Some(code), Some(message)) => Some(ErrorInfo { code, message }),
        _ => None,
    };
    let stop = match (
        row.get::<_, Option<String>>(14)?,
        row.get::<_, Option<String>>(15)?,
    ) {
        (Some(kind), raw) => Some(StopReason {
            kind: kind
                .parse::<StopKind>()
                .map_err(|_| unknown_value(14, kind))?,
            raw: raw.unwrap_or_default(),
        }),
        _ => None,
    };
    Ok(Message {
        id: row.get(0)?,
        conversation_id: row.get(1)?,
        role: Role::parse(&role).ok_or_else(|| unknown_value(2, role))?,
        content: row.get(3)?,
        reasoning: row.get(13)?,
        status: MessageStatus::parse(&status).ok_or_else(|| unknown_value(4, status))?,
        stop,
        model: row.get(5)?,
        provider: row.get(6)?,
        usage,
        error,
        attachments: Vec::new(),
        parent_id: row.get(16)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
    })
}

/// The final state of an answer, as [`Store::finish_message`] records it.
#[derive(Debug, Clone, Copy)]
pub struct FinishedMessage<'a> {
    pub status: MessageStatus,
    pub content: &'a str,
    pub reasoning: Option<&'a str>,
    pub usage: Option<Usage>,
    pub stop: Option<&'a StopReason>,
    pub error: Option<&'a ErrorInfo>,
}

impl<'a> FinishedMessage<'a> {
    /// An answer that ends with this status and text and nothing else to say.
    pub fn plain(status: MessageStatus, content: &'a str) -> Self {
        FinishedMessage {
            status,
            content,
            reasoning: None,
            usage: None,
            stop: None,
            error: None,
        }
    }
}

impl Store {
    /// Appends a message where `new.parent` says, makes it the conversation's active
    /// leaf (the branch shown ends there) and marks the conversation active at
    /// `now_ms`, atomically.
    pub fn insert_message(&self, new: NewMessage, now_ms: i64) -> Result<Message, StoreError> {
        self.write(|s| {
            // Only a leaf still in the conversation: a message never hangs under another
            // conversation's.
            let active = s.active_leaf(new.conversation_id)?;
            let parent = match new.parent {
                Parent::Active => active,
                Parent::Root => None,
                Parent::Message(id) => {
                    let owner: Option<ConversationId> = s
                        .conn
                        .query_row(
                            "SELECT conversation_id FROM messages WHERE id = ?1",
                            [id],
                            |row| row.get(0),
                        )
                        .optional()?;
                    if owner != Some(new.conversation_id) {
                        return Err(StoreError::NotFound {
                            what: "message",
                            id,
                        });
                    }
                    Some(id)
                }
            };
            let message = s.conn.query_row(
                &format!(
                    "INSERT INTO messages (conversation_id, role, content, status, model, provider,
                                           created_at, updated_at, owner, parent_id, depth)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9,
                             coalesce((SELECT depth + 1 FROM messages WHERE id = ?9), 0))
                     RETURNING {COLUMNS}"
                ),
                params![
                    new.conversation_id,
                    new.role.as_str(),
                    new.content,
                    new.status.as_str(),
                    new.model,
                    new.provider,
                    now_ms,
                    // Only a streaming answer has a process that may still be writing it.
                    (new.status == MessageStatus::Streaming)
                        .then_some(s.session.as_deref())
                        .flatten(),
                    parent,
                ],
                from_row,
            )?;
            s.conn.execute(
                "UPDATE conversations SET updated_at = ?2, active_leaf = ?3 WHERE id = ?1",
                params![new.conversation_id, now_ms, message.id],
            )?;
            Ok(message)
        })
    }

    /// Replaces a message's content (and reasoning, once there is some) while it
    /// streams. Called several times a second, so it is one cached UPDATE by primary key
    /// and returns nothing.
    pub fn update_message_content(
        &self,
        id: MessageId,
        content: &str,
        reasoning: Option<&str>,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let updated = self
            .conn
            .prepare_cached(
                "UPDATE messages SET content = ?2, reasoning = COALESCE(?3, reasoning),
                     updated_at = ?4 WHERE id = ?1",
            )?
            .execute(params![id, content, reasoning, now_ms])?;
        require_row((updated > 0).then_some(()), "message", id)
    }

    /// Records the model that actually answered, which a provider may report as a more
    /// specific name than the one requested (e.g. a dated snapshot of an alias).
    pub fn set_message_model(&self, id: MessageId, model: &str) -> Result<(), StoreError> {
        let updated = self.conn.execute(
            "UPDATE messages SET model = ?2 WHERE id = ?1",
            params![id, model],
        )?;
        require_row((updated > 0).then_some(()), "message", id)
    }

    /// Records who answers after a fallback: the model and the provider serving it.
    pub fn set_message_answerer(
        &self,
        id: MessageId,
        model: &str,
        provider: &str,
    ) -> Result<(), StoreError> {
        let updated = self.conn.execute(
            "UPDATE messages SET model = ?2, provider = ?3 WHERE id = ?1",
            params![id, model, provider],
        )?;
        require_row((updated > 0).then_some(()), "message", id)
    }

    /// Records the final state of a message: status, full content and reasoning, usage
    /// (if the provider reported it), why it stopped, and error (if it failed).
    pub fn finish_message(
        &self,
        id: MessageId,
        end: &FinishedMessage<'_>,
        now_ms: i64,
    ) -> Result<Message, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!(
                    "UPDATE messages SET status = ?2, content = ?3, input_tokens = ?4,
                         output_tokens = ?5, error_code = ?6, error_message = ?7, updated_at = ?8,
                         reasoning = ?9, stop_kind = ?10, stop_reason = ?11
                     WHERE id = ?1 RETURNING {COLUMNS}"
                ),
                params![
                    id,
                    end.status.as_str(),
                    end.content,
                    end.usage.map(|u| u.input_tokens),
                    end.usage.map(|u| u.output_tokens),
                    end.error.map(|e| &e.code),
                    end.error.map(|e| &e.message),
                    now_ms,
                    end.reasoning.filter(|r| !r.is_empty()),
                    end.stop.map(|s| s.kind.as_str()),
                    end.stop.map(|s| &s.raw),
                ],
                from_row,
            )
            .optional()?;
        require_row(row, "message", id)
    }

    pub fn get_message(&self, id: MessageId) -> Result<Message, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM messages WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?;
        require_row(row, "message", id)
    }

    /// Every message of a conversation, all branches, in the order they were written.
    /// An unknown conversation simply has none. (What a conversation shows is its
    /// active path: [`Store::active_path`].)
    pub fn list_messages(
        &self,
        conversation_id: ConversationId,
    ) -> Result<Vec<Message>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM messages WHERE conversation_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([conversation_id], from_row)?;
        let mut messages: Vec<Message> = rows.collect::<Result<_, _>>()?;
        let mut attached = self.attachments_of(conversation_id)?;
        for m in &mut messages {
            if let Some(files) = attached.remove(&m.id) {
                m.attachments = files;
            }
        }
        Ok(messages)
    }

    /// Start-up recovery: every message still `streaming` belongs to a run that no longer
    /// exists, so it becomes `interrupted`. Returns how many were changed.
    pub fn mark_streaming_interrupted(
        &self,
        now_ms: i64,
        dead_sessions: &[String],
    ) -> Result<usize, StoreError> {
        // Answers with no owner were written before sessions existed, or by a handle that
        // never named one: nobody can be streaming them after this process started.
        let mut changed = self.conn.execute(
            "UPDATE messages SET status = 'interrupted', updated_at = ?1
             WHERE status = 'streaming' AND owner IS NULL",
            [now_ms],
        )?;
        for session in dead_sessions {
            changed += self.conn.execute(
                "UPDATE messages SET status = 'interrupted', updated_at = ?1
                 WHERE status = 'streaming' AND owner = ?2",
                params![now_ms, session],
            )?;
        }
        Ok(changed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(conversation_id: ConversationId, content: &str) -> NewMessage {
        NewMessage {
            conversation_id,
            role: Role::User,
            content: content.into(),
            status: MessageStatus::Complete,
            model: None,
            provider: None,
            parent: Default::default(),
        }
    }

    fn assistant(conversation_id: ConversationId) -> NewMessage {
        NewMessage {
            conversation_id,
            role: Role::Assistant,
            content: String::new(),
            status: MessageStatus::Streaming,
            model: Some("gpt-test".into()),
            provider: Some("Work".into()),
            parent: Default::default(),
        }
    }

    #[test]
    fn inserting_a_message_stores_it_and_touches_the_conversation() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let msg = store.insert_message(user(conv.id, "hello"), 50).unwrap();
        assert_eq!(msg.content, "hello", "content is stored");
        assert_eq!(msg.role, Role::User, "role is stored");
        assert_eq!(msg.status, MessageStatus::Complete, "status is stored");
        assert_eq!(
            (msg.created_at, msg.updated_at),
            (50, 50),
            "timestamps are now_ms"
        );
        assert_eq!(msg.usage, None, "no usage until a provider reports one");
        assert_eq!(msg.error, None, "no error on a fresh message");
        assert_eq!(
            store.get_message(msg.id).unwrap(),
            msg,
            "get returns the row"
        );
        assert_eq!(
            store.get_conversation(conv.id).unwrap().updated_at,
            50,
            "a new message is activity in its conversation"
        );
    }

    #[test]
    fn messages_need_an_existing_conversation() {
        let store = Store::open_in_memory().unwrap();
        let err = store.insert_message(user(42, "orphan"), 1).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::NotFound {
                    what: "conversation",
                    id: 42
                }
            ),
            "got {err:?}"
        );
    }

    #[test]
    fn streaming_then_finishing_records_content_usage_and_status() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let msg = store.insert_message(assistant(conv.id), 2).unwrap();
        store
            .update_message_content(msg.id, "Hel", Some("Thinking"), 3)
            .unwrap();
        let partial = store.get_message(msg.id).unwrap();
        assert_eq!(partial.reasoning.as_deref(), Some("Thinking"));
        assert_eq!(
            partial.content, "Hel",
            "partial content is visible while streaming"
        );
        assert_eq!(partial.updated_at, 3, "each flush records its time");
        assert_eq!(partial.status, MessageStatus::Streaming, "still streaming");

        let usage = Usage {
            input_tokens: 12,
            output_tokens: 3,
            ..Usage::default()
        };
        let stop = StopReason::new(StopKind::Length, "max_tokens");
        let done = store
            .finish_message(
                msg.id,
                &FinishedMessage {
                    reasoning: Some("Thinking hard"),
                    usage: Some(usage),
                    stop: Some(&stop),
                    ..FinishedMessage::plain(MessageStatus::Complete, "Hello")
                },
                4,
            )
            .unwrap();
        assert_eq!(done.reasoning.as_deref(), Some("Thinking hard"));
        assert_eq!(
            done.stop,
            Some(stop),
            "the typed and raw stop reason are kept"
        );
        assert_eq!(
            done.status,
            MessageStatus::Complete,
            "final status is stored"
        );
        assert_eq!(
            done.content, "Hello",
            "final content replaces the partial one"
        );
        assert_eq!(done.usage, Some(usage), "usage is stored");
        assert_eq!(done.model.as_deref(), Some("gpt-test"), "model is kept");
        assert_eq!(done.provider.as_deref(), Some("Work"), "provider is kept");
        assert_eq!(
            (done.created_at, done.updated_at),
            (2, 4),
            "finish time is recorded"
        );
    }

    #[test]
    fn the_reported_model_replaces_the_requested_one() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let msg = store.insert_message(assistant(conv.id), 2).unwrap();
        store
            .set_message_model(msg.id, "gpt-test-2024-01-01")
            .unwrap();
        let stored = store.get_message(msg.id).unwrap();
        assert_eq!(
            stored.model.as_deref(),
            Some("gpt-test-2024-01-01"),
            "the provider's own model name is what the user sees"
        );
        assert_eq!(
            stored.updated_at, 2,
            "only content changes count as an update"
        );
        let err = store.set_message_model(999, "x").unwrap_err();
        assert_eq!(err.code(), "not_found", "got {err:?}");
    }

    #[test]
    fn a_failed_message_keeps_its_error() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let msg = store.insert_message(assistant(conv.id), 2).unwrap();
        let error = ErrorInfo {
            code: "auth".into(),
            message: "The provider rejected the API key.".into(),
        };
        let failed = store
            .finish_message(
                msg.id,
                &FinishedMessage {
                    error: Some(&error),
                    ..FinishedMessage::plain(MessageStatus::Error, "")
                },
                3,
            )
            .unwrap();
        assert_eq!(
            failed.status,
            MessageStatus::Error,
            "error status is stored"
        );
        assert_eq!(
            failed.error,
            Some(error),
            "the error is shown again after restart"
        );
        assert_eq!(failed.usage, None, "no usage was reported");
    }

    #[test]
    fn updating_a_missing_message_is_not_found() {
        let store = Store::open_in_memory().unwrap();
        let err = store.update_message_content(9, "x", None, 1).unwrap_err();
        assert_eq!(err.code(), "not_found", "got {err:?}");
        let err = store
            .finish_message(9, &FinishedMessage::plain(MessageStatus::Stopped, "x"), 1)
            .unwrap_err();
        assert_eq!(err.code(), "not_found", "got {err:?}");
        assert_eq!(
            store.get_message(9).unwrap_err().code(),
            "not_found",
            "no row 9"
        );
    }

    #[test]
    fn messages_are_listed_per_conversation_in_order() {
        let store = Store::open_in_memory().unwrap();
        let a = store.create_conversation("a", 1).unwrap();
        let b = store.create_conversation("b", 1).unwrap();
        let first = store.insert_message(user(a.id, "1"), 5).unwrap();
        store.insert_message(user(b.id, "other"), 4).unwrap();
        let second = store.insert_message(assistant(a.id), 3).unwrap();
        let ids: Vec<_> = store
            .list_messages(a.id)
            .unwrap()
            .iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(
            ids,
            [first.id, second.id],
            "write order, not timestamp order"
        );
        assert!(
            store.list_messages(999).unwrap().is_empty(),
            "unknown conversation is empty"
        );
    }

    #[test]
    fn deleting_a_conversation_deletes_its_messages() {
        let store = Store::open_in_memory().unwrap();
        let gone = store.create_conversation("gone", 1).unwrap();
        let kept = store.create_conversation("kept", 1).unwrap();
        let doomed = store.insert_message(user(gone.id, "bye"), 2).unwrap();
        let survivor = store.insert_message(user(kept.id, "hi"), 2).unwrap();
        store.delete_conversation(gone.id).unwrap();
        assert_eq!(
            store.get_message(doomed.id).unwrap_err().code(),
            "not_found",
            "messages go with their conversation"
        );
        assert_eq!(
            store.get_message(survivor.id).unwrap(),
            survivor,
            "other conversations are untouched"
        );
    }

    #[test]
    fn start_up_recovery_interrupts_only_streaming_messages_of_dead_sessions() {
        let mut store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let done = store.insert_message(user(conv.id, "q"), 2).unwrap();
        store.set_session("7-1".into());
        let cut = store.insert_message(assistant(conv.id), 3).unwrap();
        store.set_session("8-1".into());
        let live = store.insert_message(assistant(conv.id), 3).unwrap();
        store
            .update_message_content(cut.id, "partial", None, 4)
            .unwrap();
        assert_eq!(
            store.sessions_with_open_turns().unwrap(),
            ["7-1", "8-1"],
            "both sessions have an answer streaming"
        );
        assert_eq!(
            store
                .mark_streaming_interrupted(10, &["7-1".into()])
                .unwrap(),
            1,
            "one was streaming in a dead session"
        );
        assert_eq!(
            store.get_message(live.id).unwrap().status,
            MessageStatus::Streaming,
            "a live session's answer is left alone"
        );
        let recovered = store.get_message(cut.id).unwrap();
        assert_eq!(
            recovered.status,
            MessageStatus::Interrupted,
            "cut-off reply is marked"
        );
        assert_eq!(
            recovered.content, "partial",
            "what arrived before the crash is kept"
        );
        assert_eq!(recovered.updated_at, 10, "recovery time is recorded");
        assert_eq!(
            store.get_message(done.id).unwrap(),
            done,
            "finished messages are untouched"
        );
        assert_eq!(
            store
                .mark_streaming_interrupted(11, &["7-1".into()])
                .unwrap(),
            0,
            "recovery is idempotent"
        );
    }

    #[test]
    fn unknown_stored_status_is_an_error_not_a_default() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let msg = store.insert_message(user(conv.id, "q"), 2).unwrap();
        // The CHECK constraint blocks bad statuses, so bypass it the way a corrupted or
        // foreign-written row could.
        store
            .conn
            .execute_batch("PRAGMA ignore_check_constraints = ON")
            .unwrap();
        store
            .conn
            .execute(
                "UPDATE messages SET status = 'paused' WHERE id = ?1",
                [msg.id],
            )
            .unwrap();
        let err = store.get_message(msg.id).unwrap_err();
        assert!(
            err.to_string().contains("paused"),
            "the error names the value: {err}"
        );
    }

    #[test]
    fn the_schema_rejects_statuses_outside_the_five() {
        let store = Store::open_in_memory().unwrap();
        let conv = store.create_conversation("c", 1).unwrap();
        let msg = store.insert_message(user(conv.id, "q"), 2).unwrap();
        let result = store.conn.execute(
            "UPDATE messages SET status = 'paused' WHERE id = ?1",
            [msg.id],
        );
        assert!(
            result.is_err(),
            "the CHECK constraint must hold the status set"
        );
    }
}
