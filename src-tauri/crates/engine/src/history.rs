//! History as a person browses it: a conversation's shown branch and its alternatives,
//! switching and deleting branches, pinning, archiving and full-text search.
//!
//! Invariants: reads go through the read connection (a long history or a search never
//! holds up a streaming turn's writes); deleting a branch first stops any answer still
//! streaming in it, and never touches the usage ledger.

use sb_core::{Conversation, ConversationId, Message, MessageId};
use sb_store::{Branch, SearchHit, Store, StoreError};
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

/// Which part of the shown branch a page holds.
#[derive(Debug, Clone, Copy)]
enum Anchor {
    /// The messages just before this one (the newest ones for `None`).
    Before(Option<MessageId>),
    /// The messages around this one.
    Around(MessageId),
}

/// Most messages one page of a conversation holds.
pub const MAX_PAGE: usize = 500;

/// Part of a conversation's shown branch: the `messages` just before `before` (or the
/// newest ones), oldest first, for a long conversation opened at its end and read back
/// by scrolling.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ConversationPage {
    pub conversation: Conversation,
    pub messages: Vec<Message>,
    /// Alternatives of the messages on this page.
    pub branches: Vec<Branch>,
    /// Messages on the shown branch before this page (0: the page starts at the first).
    #[ts(type = "number")]
    pub earlier: usize,
    /// Messages on the whole shown branch.
    #[ts(type = "number")]
    pub total: usize,
}

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

    /// One page of the shown branch: up to `limit` messages before `before` (a message
    /// id on the branch), or the newest `limit` when `before` is `None`. Only the page's
    /// messages are read in full, so opening a 10,000-message conversation costs one
    /// page.
    pub async fn conversation_page(
        &self,
        id: ConversationId,
        before: Option<MessageId>,
        limit: usize,
    ) -> Result<ConversationPage, EngineError> {
        self.page(id, Anchor::Before(before), limit).await
    }

    /// The page of the shown branch with `message` in its middle (a search hit far back
    /// in a long conversation); the branch through `message` should be shown first
    /// ([`Engine::select_branch`]).
    pub async fn conversation_page_around(
        &self,
        id: ConversationId,
        message: MessageId,
        limit: usize,
    ) -> Result<ConversationPage, EngineError> {
        self.page(id, Anchor::Around(message), limit).await
    }

    async fn page(
        &self,
        id: ConversationId,
        anchor: Anchor,
        limit: usize,
    ) -> Result<ConversationPage, EngineError> {
        let limit = limit.clamp(1, MAX_PAGE);
        self.read(move |s| {
            let conversation = s.get_conversation(id)?;
            let page = match s.active_leaf(id)? {
                Some(leaf) => page_ids(s, id, leaf, anchor, limit)?,
                None => PageIds::default(),
            };
            Ok(ConversationPage {
                conversation,
                messages: s.messages_by_ids(&page.ids)?,
                branches: s.branches_along(id, &page.ids)?,
                earlier: page.earlier,
                total: page.total,
            })
        })
        .await
    }

    /// Shows the branch through `message` (the newest answers under it) and returns the
    /// page of it around `message` (at most `limit` messages: switching a branch deep in
    /// a long conversation never reads the whole of it).
    pub async fn select_branch(
        &self,
        message: MessageId,
        limit: usize,
    ) -> Result<ConversationPage, EngineError> {
        let conversation = self
            .db(move |s| {
                s.select_branch(message)?;
                s.conversation_of(message)
            })
            .await?;
        self.page(conversation, Anchor::Around(message), limit)
            .await
    }

    /// Deletes `message` and everything under it (its answers, their follow-ups and their
    /// own branches), stopping any of them still streaming first. Returns the newest page
    /// (at most `limit` messages) of the conversation as now shown.
    pub async fn delete_message(
        &self,
        message: MessageId,
        limit: usize,
    ) -> Result<ConversationPage, EngineError> {
        let (conversation, subtree) = self
            .read(move |s| Ok((s.conversation_of(message)?, s.subtree_ids(message)?)))
            .await?;
        for id in subtree {
            self.stop_turn(id);
        }
        self.db(move |s| s.delete_subtree(message)).await?;
        self.page(conversation, Anchor::Before(None), limit).await
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

/// Which messages of the shown branch a page holds.
#[derive(Debug, Default, PartialEq)]
struct PageIds {
    ids: Vec<MessageId>,
    /// Messages on the branch before the page.
    earlier: usize,
    /// Messages on the whole branch.
    total: usize,
}

/// The page of the shown branch (ending at `leaf`) that `anchor` asks for. Only the branch
/// from the page down to the leaf is walked (the messages' depths say where the page
/// starts), so the newest page of a 10,000-message conversation costs a page. An anchor
/// not on the shown branch (a view gone stale) gets the newest page, as if none was given.
/// The depths are checked against the parents where the walk stops and at the anchor.
fn page_ids(
    s: &Store,
    conversation: ConversationId,
    leaf: MessageId,
    anchor: Anchor,
    limit: usize,
) -> Result<PageIds, StoreError> {
    let total = s.depth_in(conversation, leaf)?.unwrap_or(0) + 1;
    let whole = || Ok(page_of_branch(s.path_ids_to(leaf)?, anchor, limit));
    let (message, wanted) = match anchor {
        Anchor::Before(Some(m)) | Anchor::Around(m) => (m, s.depth_in(conversation, m)?),
        Anchor::Before(None) => (leaf, None),
    };
    let (start, end) = match (anchor, wanted) {
        // Deeper than the leaf: on another branch (a view gone stale, which gets the
        // newest page), or a depth is wrong; the whole branch tells which.
        (_, Some(d)) if d >= total => return whole(),
        (Anchor::Before(_), Some(d)) => (d.saturating_sub(limit), d),
        (Anchor::Around(_), Some(d)) => {
            let end = (d.saturating_sub(limit / 2) + limit).min(total);
            (end.saturating_sub(limit), end)
        }
        // No anchor, or one in another conversation: the newest page.
        (_, None) => (total.saturating_sub(limit), total),
    };
    let walked = s.path_from(leaf, start)?;
    // The walk counts depths down from the leaf's; the message above where it stopped
    // must agree (a file changed by something else may not), or the page would be
    // placed wrongly: then the whole branch is walked rather than the depths trusted.
    let above = match walked.first() {
        Some(&first) => s.parent_depth(first)?,
        None => None,
    };
    if walked.len() != total - start || above != start.checked_sub(1) {
        tracing::warn!(conversation, "message depths disagree with their parents");
        return whole();
    }
    match wanted {
        // The anchor is not where its depth puts it: as above.
        Some(d) if walked.get(d - start) != Some(&message) => whole(),
        _ => Ok(PageIds {
            ids: walked[..end - start].to_vec(),
            earlier: start,
            total,
        }),
    }
}

/// The page `anchor` asks for out of the whole branch, `ids` (first to last).
fn page_of_branch(ids: Vec<MessageId>, anchor: Anchor, limit: usize) -> PageIds {
    let position = |m: MessageId| ids.iter().position(|id| *id == m);
    let (start, end) = match anchor {
        Anchor::Before(before) => {
            let end = before.and_then(position).unwrap_or(ids.len());
            (end.saturating_sub(limit), end)
        }
        Anchor::Around(message) => {
            let at = position(message).unwrap_or(ids.len());
            let end = (at.saturating_sub(limit / 2) + limit).min(ids.len());
            (end.saturating_sub(limit), end)
        }
    };
    PageIds {
        ids: ids[start..end].to_vec(),
        earlier: start,
        total: ids.len(),
    }
}
