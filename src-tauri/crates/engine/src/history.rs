//! History as a person browses it: a conversation's shown branch and its alternatives,
//! switching and deleting branches, pinning, archiving and full-text search.
//!
//! Invariants: reads go through the read connection (a long history or a search never
//! holds up a streaming turn's writes); deleting a branch first stops any answer still
//! streaming in it, and never touches the usage ledger.

use sb_core::{Conversation, ConversationId, Message, MessageId};
use sb_store::{Branch, SearchHit};
use serde::Serialize;
use ts_rs::TS;

use crate::{Engine, EngineError};

/// A conversation as shown: its messages along the active branch, first to last, and
/// for each of them that has alternatives, all the siblings (for `‹ 2/3 ›`).
#[derive(Debug, Clone, Serialize, TS)]
pub struct ConversationView {
    pub conversation: Conversation,
    pub messages: Vec<Message>,
    pub branches: Vec<Branch>,
}

/// Most results a search returns.
pub const SEARCH_LIMIT: usize = 50;

impl Engine {
    pub async fn open_conversation(
        &self,
        id: ConversationId,
    ) -> Result<ConversationView, EngineError> {
        self.read(move |s| {
            let conversation = s.get_conversation(id)?;
            let messages = s.active_path(id)?;
            let ids: Vec<MessageId> = messages.iter().map(|m| m.id).collect();
            let branches = s.branches_along(id, &ids)?;
            Ok(ConversationView {
                conversation,
                messages,
                branches,
            })
        })
        .await
    }

    /// Shows the branch through `message` (the newest answers under it) and returns the
    /// conversation as now shown.
    pub async fn select_branch(&self, message: MessageId) -> Result<ConversationView, EngineError> {
        let conversation = self
            .db(move |s| {
                s.select_branch(message)?;
                s.conversation_of(message)
            })
            .await?;
        self.open_conversation(conversation).await
    }

    /// Deletes `message` and everything under it (its answers, their follow-ups and their
    /// own branches), stopping any of them still streaming first. Returns the
    /// conversation as now shown.
    pub async fn delete_message(
        &self,
        message: MessageId,
    ) -> Result<ConversationView, EngineError> {
        let (conversation, subtree) = self
            .read(move |s| Ok((s.conversation_of(message)?, s.subtree_ids(message)?)))
            .await?;
        for id in subtree {
            self.stop_turn(id);
        }
        self.db(move |s| s.delete_subtree(message)).await?;
        self.open_conversation(conversation).await
    }

    pub async fn set_pinned(&self, id: ConversationId, pinned: bool) -> Result<(), EngineError> {
        self.db(move |s| s.set_pinned(id, pinned)).await
    }

    pub async fn set_archived(
        &self,
        id: ConversationId,
        archived: bool,
    ) -> Result<(), EngineError> {
        self.db(move |s| s.set_archived(id, archived)).await
    }

    /// Messages and titles matching `query`, best first (at most [`SEARCH_LIMIT`]).
    pub async fn search(&self, query: String) -> Result<Vec<SearchHit>, EngineError> {
        if query.trim().is_empty() {
            return Ok(Vec::new());
        }
        self.read(move |s| s.search(&query, SEARCH_LIMIT)).await
    }
}
