//! Storing conversations imported from another app's export, idempotently: every
//! imported conversation and message carries the key of its source (e.g.
//! `chatgpt:<conversation id>` and `chatgpt:<node id>`), so importing the same file
//! twice adds nothing, and importing a newer export of a conversation adds only the
//! messages (or branches) that are new.
//!
//! Invariants: a message's parent is stored before it (callers order messages parents
//! first); a parent key the store does not know makes the message a first message;
//! imported rows keep their own timestamps; nothing here touches the usage ledger.

use rusqlite::{params, OptionalExtension};
use sb_core::{ConversationId, ErrorInfo, MessageId, MessageStatus, Role, StopReason, Usage};
use std::collections::HashMap;

use crate::{NewAttachment, Store, StoreError};

/// One conversation from an export.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedConversation {
    /// Unique across every import: `format:conversation-id`.
    pub source: String,
    pub title: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Parents before children.
    pub messages: Vec<ImportedMessage>,
    /// The `source` of the message the export showed last (its current branch).
    pub active: Option<String>,
    /// How the conversation was kept, applied when it is first imported (a person's
    /// later pin or archive of an imported conversation is not undone by importing
    /// again). Only Switchboard's own exports carry it.
    pub state: ConversationState,
}

/// What a conversation carries besides its messages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConversationState {
    pub pinned: bool,
    pub archived: bool,
    pub system_prompt: Option<String>,
}

/// What an answer carries besides its text: who answered, what it cost, why it
/// stopped or failed. Only Switchboard's own exports carry it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerDetails {
    pub provider: Option<String>,
    pub usage: Option<Usage>,
    pub stop: Option<StopReason>,
    pub error: Option<ErrorInfo>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedMessage {
    /// Unique within its conversation.
    pub source: String,
    /// The `source` of its parent message; `None` for a first message.
    pub parent: Option<String>,
    pub role: Role,
    pub content: String,
    pub reasoning: Option<String>,
    pub model: Option<String>,
    pub status: MessageStatus,
    pub created_at: i64,
    pub attachments: Vec<NewAttachment>,
    pub details: AnswerDetails,
}

/// What importing one conversation did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOutcome {
    pub conversation_id: ConversationId,
    /// The conversation was new (not imported before).
    pub created: bool,
    /// Messages added now.
    pub added: usize,
    /// Messages already stored by an earlier import.
    pub existing: usize,
}

impl Store {
    /// Stores `c` (or what of it is new), as one unit.
    pub fn import_conversation(
        &self,
        c: &ImportedConversation,
    ) -> Result<ImportOutcome, StoreError> {
        self.write(|s| {
            let found: Option<(ConversationId, i64)> = s
                .conn
                .query_row(
                    "SELECT id, updated_at FROM conversations WHERE source = ?1",
                    [&c.source],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            let (conversation_id, created) = match found {
                Some((id, updated)) => {
                    s.conn.execute(
                        "UPDATE conversations SET updated_at = ?2 WHERE id = ?1",
                        params![id, updated.max(c.updated_at)],
                    )?;
                    (id, false)
                }
                None => {
                    let id = s.conn.query_row(
                        "INSERT INTO conversations (title, created_at, updated_at, source,
                                                    pinned, archived, system_prompt)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
                        params![
                            c.title,
                            c.created_at,
                            c.updated_at,
                            c.source,
                            c.state.pinned,
                            c.state.archived,
                            // As Settings stores one: a blank prompt is none (the default).
                            c.state
                                .system_prompt
                                .as_deref()
                                .map(str::trim)
                                .filter(|p| !p.is_empty()),
                        ],
                        |row| row.get(0),
                    )?;
                    (id, true)
                }
            };
            let mut ids: HashMap<&str, MessageId> = HashMap::new();
            let mut lookup = s.conn.prepare_cached(
                "SELECT id FROM messages WHERE conversation_id = ?1 AND source = ?2",
            )?;
            let mut insert = s.conn.prepare_cached(
                "INSERT INTO messages (conversation_id, role, content, status, model, created_at,
                                       updated_at, parent_id, source, reasoning, provider,
                                       input_tokens, output_tokens, stop_kind, stop_reason,
                                       error_code, error_message, depth)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                         ?16, coalesce((SELECT depth + 1 FROM messages WHERE id = ?7), 0))
                 RETURNING id",
            )?;
            let (mut added, mut existing) = (0, 0);
            let mut last = None;
            for m in &c.messages {
                let known: Option<MessageId> = lookup
                    .query_row(params![conversation_id, m.source], |row| row.get(0))
                    .optional()?;
                let id = match known {
                    Some(id) => {
                        existing += 1;
                        id
                    }
                    None => {
                        let parent = m.parent.as_deref().and_then(|p| ids.get(p)).copied();
                        let d = &m.details;
                        let id: MessageId = insert.query_row(
                            params![
                                conversation_id,
                                m.role.as_str(),
                                m.content,
                                m.status.as_str(),
                                m.model,
                                m.created_at,
                                parent,
                                m.source,
                                m.reasoning.as_deref().filter(|r| !r.is_empty()),
                                d.provider,
                                d.usage.map(|u| u.input_tokens),
                                d.usage.map(|u| u.output_tokens),
                                d.stop.as_ref().map(|s| s.kind.as_str()),
                                d.stop.as_ref().map(|s| &s.raw),
                                d.error.as_ref().map(|e| &e.code),
                                d.error.as_ref().map(|e| &e.message),
                            ],
                            |row| row.get(0),
                        )?;
                        for file in &m.attachments {
                            s.insert_attachment(id, file, m.created_at)?;
                        }
                        added += 1;
                        id
                    }
                };
                ids.insert(&m.source, id);
                last = Some(id);
            }
            let active = c.active.as_deref().and_then(|a| ids.get(a)).copied();
            if created || added > 0 {
                if let Some(leaf) = active.or(last) {
                    s.conn.execute(
                        "UPDATE conversations SET active_leaf = ?2 WHERE id = ?1",
                        params![conversation_id, leaf],
                    )?;
                }
            }
            Ok(ImportOutcome {
                conversation_id,
                created,
                added,
                existing,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(source: &str, parent: Option<&str>, role: Role, text: &str) -> ImportedMessage {
        ImportedMessage {
            source: source.into(),
            parent: parent.map(str::to_owned),
            role,
            content: text.into(),
            reasoning: None,
            model: None,
            status: MessageStatus::Complete,
            created_at: 5,
            attachments: Vec::new(),
            details: AnswerDetails::default(),
        }
    }

    fn conversation(messages: Vec<ImportedMessage>, active: &str) -> ImportedConversation {
        ImportedConversation {
            source: "test:c1".into(),
            title: "Imported".into(),
            created_at: 1,
            updated_at: 9,
            messages,
            active: Some(active.into()),
            state: ConversationState::default(),
        }
    }

    #[test]
    fn importing_twice_adds_nothing_and_a_newer_export_adds_only_what_is_new() {
        let s = Store::open_in_memory().unwrap();
        let first = conversation(
            vec![
                message("u1", None, Role::User, "hi"),
                message("a1", Some("u1"), Role::Assistant, "hello"),
                message("a1b", Some("u1"), Role::Assistant, "hello again"),
            ],
            "a1",
        );
        let one = s.import_conversation(&first).unwrap();
        assert!(one.created);
        assert_eq!((one.added, one.existing), (3, 0));
        let path: Vec<String> = s
            .active_path(one.conversation_id)
            .unwrap()
            .into_iter()
            .map(|m| m.content)
            .collect();
        assert_eq!(
            path,
            ["hi", "hello"],
            "the export's current branch is shown"
        );

        let again = s.import_conversation(&first).unwrap();
        assert!(!again.created);
        assert_eq!((again.added, again.existing), (0, 3), "nothing new");

        let mut newer = first.clone();
        newer
            .messages
            .push(message("u2", Some("a1b"), Role::User, "more?"));
        newer.active = Some("u2".into());
        let three = s.import_conversation(&newer).unwrap();
        assert_eq!((three.added, three.existing), (1, 3));
        let path: Vec<String> = s
            .active_path(one.conversation_id)
            .unwrap()
            .into_iter()
            .map(|m| m.content)
            .collect();
        assert_eq!(path, ["hi", "hello again", "more?"]);
        assert_eq!(s.list_conversations().unwrap().len(), 1);
        assert_eq!(
            s.search("again", 5).unwrap().len(),
            1,
            "imported text is searchable"
        );
    }

    #[test]
    fn an_imported_state_applies_once_and_a_blank_prompt_is_none() {
        let s = Store::open_in_memory().unwrap();
        let mut c = conversation(vec![message("u1", None, Role::User, "hi")], "u1");
        c.state = ConversationState {
            pinned: true,
            archived: true,
            system_prompt: Some("   ".into()),
        };
        let id = s.import_conversation(&c).unwrap().conversation_id;
        let stored = s.get_conversation(id).unwrap();
        assert!(stored.pinned && stored.archived);
        assert_eq!(
            s.conversation_routing(id).unwrap().system_prompt,
            None,
            "a blank prompt is none, so the default in Settings applies"
        );
        s.set_pinned(id, false).unwrap();
        s.import_conversation(&c).unwrap();
        assert!(
            !s.get_conversation(id).unwrap().pinned,
            "importing again does not undo a change made since"
        );
    }
}
