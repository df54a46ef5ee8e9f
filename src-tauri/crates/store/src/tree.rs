//! The tree of a conversation's messages: each message has a parent (none for a first
//! message) and siblings are alternatives — an edited prompt, a regenerated answer. A
//! conversation shows one path, from a first message to its active leaf.
//!
//! Invariants: a parent is always in the same conversation (checked on insert);
//! deleting a message deletes its whole subtree and nothing else, in one statement, and
//! moves the active leaf off the deleted branch; the usage ledger is never touched.
//! Paths are walked by recursive queries, so a 10,000-message chain is one statement.
//! A parent always has a smaller id than its children (it was written first) and is in
//! their conversation, so every walk only follows a parent that is: in a file changed
//! by something else, a parent that is not (a cycle, another conversation's message)
//! counts as gone, and a walk ends instead of going round a cycle forever or showing
//! another conversation's messages.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use sb_core::{ConversationId, Message, MessageId};
use serde::{Deserialize, Serialize};

use crate::messages::{from_row, COLUMNS};
use crate::{require_row, Store, StoreError};

/// How many ids one `IN (…)` list carries. A fixed length keeps one cached statement
/// per query whatever the number of ids.
pub(crate) const ID_CHUNK: usize = 256;

/// `?1, ?2, …, ?ID_CHUNK`: the list [`id_chunks`] fills.
pub(crate) fn id_list() -> String {
    (1..=ID_CHUNK)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `ids` in chunks of [`ID_CHUNK`], the last one padded with NULL (which no id equals).
pub(crate) fn id_chunks(ids: &[MessageId]) -> impl Iterator<Item = Vec<Option<MessageId>>> + '_ {
    ids.chunks(ID_CHUNK).map(|chunk| {
        let mut padded: Vec<Option<MessageId>> = chunk.iter().copied().map(Some).collect();
        padded.resize(ID_CHUNK, None);
        padded
    })
}

/// A message on the shown path that has alternatives: every sibling, oldest first
/// (the UI's `‹ 2/3 ›`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Branch {
    #[ts(type = "number")]
    pub message_id: MessageId,
    #[ts(type = "number[]")]
    pub siblings: Vec<MessageId>,
}

/// How a walk up steps from `up` to its parent `m` (see the module docs). In this and
/// the other walks the checks that only guard against a changed file are written `+x`,
/// which keeps SQLite from choosing an index for them: a range of a conversation's
/// ids per step would make a walk of n messages cost n² (17 s at 20,000, not 19 ms).
macro_rules! parent_of_up {
    () => {
        "m.id = up.parent_id AND +m.id < up.id AND +m.conversation_id = up.conversation_id"
    };
}

/// Ids from the first message down to `leaf`, following parents.
const PATH_TO: &str = concat!(
    "
    WITH RECURSIVE up(id, parent_id, conversation_id, depth) AS (
        SELECT id, parent_id, conversation_id, 0 FROM messages WHERE id = ?1
        UNION ALL
        SELECT m.id, m.parent_id, m.conversation_id, up.depth + 1 FROM messages m JOIN up ON ",
    parent_of_up!(),
    "
    )
    SELECT id FROM up ORDER BY depth DESC"
);

/// Ids from depth ?2 down to ?1, first to last: the walk up stops at that depth, so the
/// newest page of a long conversation costs the page, not the conversation. Depths are
/// counted from ?1's own, so a walk never leaves the chain it started on.
const PATH_FROM: &str = concat!(
    "
    WITH RECURSIVE up(id, parent_id, conversation_id, depth) AS (
        SELECT id, parent_id, conversation_id, depth FROM messages WHERE id = ?1
        UNION ALL
        SELECT m.id, m.parent_id, m.conversation_id, up.depth - 1 FROM messages m JOIN up ON ",
    parent_of_up!(),
    "
        WHERE up.depth > ?2
    )
    SELECT id FROM up ORDER BY depth"
);

/// The deepest descendant of ?1 (a message of conversation ?2) along the newest child at
/// each step.
const NEWEST_LEAF: &str = "
    WITH RECURSIVE down(id, depth) AS (
        SELECT ?1, 0
        UNION ALL
        SELECT (SELECT max(m.id) FROM messages m
                WHERE m.parent_id = down.id AND +m.id > down.id AND +m.conversation_id = ?2),
               down.depth + 1
        FROM down
        WHERE EXISTS (SELECT 1 FROM messages m
                      WHERE m.parent_id = down.id AND +m.id > down.id AND +m.conversation_id = ?2)
    )
    SELECT id FROM down ORDER BY depth DESC LIMIT 1";

/// `sub`: ?1 and every message under it, following children as a walk up follows parents.
const SUBTREE: &str = "
    WITH RECURSIVE sub(id) AS (
        SELECT ?1
        UNION ALL
        SELECT m.id FROM messages m JOIN sub ON m.parent_id = sub.id AND +m.id > sub.id
        WHERE +m.conversation_id = (SELECT conversation_id FROM messages WHERE id = ?1)
    )";

impl Store {
    /// Message ids from the first message of the conversation down to `leaf`.
    pub fn path_ids_to(&self, leaf: MessageId) -> Result<Vec<MessageId>, StoreError> {
        let mut stmt = self.conn.prepare_cached(PATH_TO)?;
        let rows = stmt.query_map([leaf], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Message ids on the path down to `leaf` from the one at depth `from` (0: the first
    /// message), first to last.
    pub fn path_from(&self, leaf: MessageId, from: usize) -> Result<Vec<MessageId>, StoreError> {
        let mut stmt = self.conn.prepare_cached(PATH_FROM)?;
        // A depth past i64::MAX is no depth a file can hold: none is walked to.
        let from = i64::try_from(from).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![leaf, from], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many messages come before `message` on any path through it (0 for a first
    /// message), if it is in `conversation`.
    pub fn depth_in(
        &self,
        conversation: ConversationId,
        message: MessageId,
    ) -> Result<Option<usize>, StoreError> {
        let depth: Option<i64> = self
            .conn
            .prepare_cached("SELECT depth FROM messages WHERE id = ?1 AND conversation_id = ?2")?
            .query_row([message, conversation], |row| row.get(0))
            .optional()?;
        // A depth is a count of messages, never negative (0 is the least ever written).
        Ok(depth.map(|d| usize::try_from(d).unwrap_or(0)))
    }

    /// The depth of the message above `message`, if it has one that still exists.
    pub fn parent_depth(&self, message: MessageId) -> Result<Option<usize>, StoreError> {
        let depth: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT p.depth FROM messages m JOIN messages p
                     ON p.id = m.parent_id AND +p.id < m.id AND +p.conversation_id = m.conversation_id
                 WHERE m.id = ?1",
            )?
            .query_row([message], |row| row.get(0))
            .optional()?;
        // As in `depth_in`: never negative.
        Ok(depth.map(|d| usize::try_from(d).unwrap_or(0)))
    }

    /// The conversation's active leaf: the last message of the branch it shows (none if
    /// the one recorded is gone, or in a file changed by something else, not its own).
    pub fn active_leaf(&self, id: ConversationId) -> Result<Option<MessageId>, StoreError> {
        let leaf: Option<Option<MessageId>> = self
            .conn
            .query_row(
                "SELECT (SELECT m.id FROM messages m
                         WHERE m.id = c.active_leaf AND m.conversation_id = c.id)
                 FROM conversations c WHERE c.id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?;
        require_row(leaf, "conversation", id)
    }

    /// The messages the conversation shows (its active path), first to last, with their
    /// attachments.
    pub fn active_path(&self, id: ConversationId) -> Result<Vec<Message>, StoreError> {
        match self.active_leaf(id)? {
            Some(leaf) => self.messages_to(leaf),
            None => Ok(Vec::new()),
        }
    }

    /// The messages from the first one down to `leaf`, with their attachments.
    pub fn messages_to(&self, leaf: MessageId) -> Result<Vec<Message>, StoreError> {
        let ids = self.path_ids_to(leaf)?;
        self.messages_by_ids(&ids)
    }

    /// Full messages for `ids`, in the order given (an id not found is left out), with
    /// their attachments. Read a chunk of ids per statement: one statement per message
    /// was most of the time a turn in a 10,000-message conversation spent reading it.
    pub fn messages_by_ids(&self, ids: &[MessageId]) -> Result<Vec<Message>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM messages WHERE id IN ({})",
            id_list()
        ))?;
        let mut found: HashMap<MessageId, Message> = HashMap::with_capacity(ids.len());
        for chunk in id_chunks(ids) {
            for m in stmt.query_map(rusqlite::params_from_iter(chunk), from_row)? {
                let m = m?;
                found.insert(m.id, m);
            }
        }
        let mut files = self.attachments_for(ids)?;
        Ok(ids
            .iter()
            .filter_map(|id| found.remove(id))
            .map(|mut m| {
                m.attachments = files.remove(&m.id).unwrap_or_default();
                m
            })
            .collect())
    }

    /// For each message in `path` that has siblings, all of them, oldest first.
    pub fn branches_along(
        &self,
        conversation: ConversationId,
        path: &[MessageId],
    ) -> Result<Vec<Branch>, StoreError> {
        let mut children = self.conn.prepare_cached(
            "SELECT id FROM messages WHERE conversation_id = ?1 AND parent_id IS ?2 ORDER BY id",
        )?;
        let mut parents = self
            .conn
            .prepare_cached("SELECT parent_id FROM messages WHERE id = ?1")?;
        let mut out = Vec::new();
        for &id in path {
            let parent: Option<MessageId> = parents.query_row([id], |row| row.get(0))?;
            let siblings: Vec<MessageId> = children
                .query_map(params![conversation, parent], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
            if siblings.len() > 1 {
                out.push(Branch {
                    message_id: id,
                    siblings,
                });
            }
        }
        Ok(out)
    }

    /// Shows the branch through `message`: the active leaf becomes the newest leaf
    /// under it. Returns the new leaf.
    pub fn select_branch(&self, message: MessageId) -> Result<MessageId, StoreError> {
        let conversation = self.conversation_of(message)?;
        let leaf: MessageId = self
            .conn
            .query_row(NEWEST_LEAF, [message, conversation], |row| row.get(0))?;
        self.conn.execute(
            "UPDATE conversations SET active_leaf = ?2 WHERE id = ?1",
            params![conversation, leaf],
        )?;
        Ok(leaf)
    }

    /// The conversation a message belongs to.
    pub fn conversation_of(&self, message: MessageId) -> Result<ConversationId, StoreError> {
        let id = self
            .conn
            .query_row(
                "SELECT conversation_id FROM messages WHERE id = ?1",
                [message],
                |row| row.get(0),
            )
            .optional()?;
        require_row(id, "message", message)
    }

    /// `message` and every message under it.
    pub fn subtree_ids(&self, message: MessageId) -> Result<Vec<MessageId>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SUBTREE}
             SELECT id FROM sub"
        ))?;
        let rows = stmt.query_map([message], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes `message` and everything under it (its answers, their follow-ups, their
    /// own branches), in one unit. If the conversation was showing that branch, it
    /// moves to the newest sibling branch, or to the parent when none is left. Returns
    /// how many messages were deleted.
    pub fn delete_subtree(&self, message: MessageId) -> Result<usize, StoreError> {
        self.write(|s| {
            let conversation = s.conversation_of(message)?;
            let parent: Option<MessageId> = s.conn.query_row(
                "SELECT parent_id FROM messages WHERE id = ?1",
                [message],
                |row| row.get(0),
            )?;
            let leaf = s.active_leaf(conversation)?;
            let shown = match leaf {
                Some(leaf) => s.path_ids_to(leaf)?.contains(&message),
                None => false,
            };
            let deleted = s.conn.execute(
                &format!(
                    "{SUBTREE}
                     DELETE FROM messages WHERE id IN sub"
                ),
                [message],
            )?;
            if shown {
                let sibling: Option<MessageId> = s.conn.query_row(
                    "SELECT max(id) FROM messages WHERE conversation_id = ?1 AND parent_id IS ?2",
                    params![conversation, parent],
                    |row| row.get(0),
                )?;
                // The newest sibling's branch, or (none left) the parent itself.
                let new_leaf = match sibling {
                    Some(sibling) => Some(s.conn.query_row(
                        NEWEST_LEAF,
                        [sibling, conversation],
                        |row| row.get(0),
                    )?),
                    None => parent,
                };
                s.conn.execute(
                    "UPDATE conversations SET active_leaf = ?2 WHERE id = ?1",
                    params![conversation, new_leaf],
                )?;
            }
            Ok(deleted)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NewMessage, Parent, UsageEntry};
    use sb_core::{MessageStatus, Role, Usd};

    fn add(s: &Store, conv: ConversationId, role: Role, text: &str, parent: Parent) -> MessageId {
        s.insert_message(
            NewMessage {
                conversation_id: conv,
                role,
                content: text.into(),
                status: MessageStatus::Complete,
                model: None,
                provider: None,
                parent,
            },
            1,
        )
        .unwrap()
        .id
    }

    fn texts(s: &Store, conv: ConversationId) -> Vec<String> {
        s.active_path(conv)
            .unwrap()
            .into_iter()
            .map(|m| m.content)
            .collect()
    }

    /// q1 → a1 → q2 → a2, then a regenerated a1' and an edited q2' with its answer.
    fn tree() -> (Store, ConversationId, [MessageId; 7]) {
        let s = Store::open_in_memory().unwrap();
        let c = s.create_conversation("t", 0).unwrap().id;
        let q1 = add(&s, c, Role::User, "q1", Parent::Active);
        let a1 = add(&s, c, Role::Assistant, "a1", Parent::Active);
        let q2 = add(&s, c, Role::User, "q2", Parent::Active);
        let a2 = add(&s, c, Role::Assistant, "a2", Parent::Active);
        let q2e = add(&s, c, Role::User, "q2 edited", Parent::Message(a1));
        let a2e = add(&s, c, Role::Assistant, "a2 for the edit", Parent::Active);
        let a1r = add(
            &s,
            c,
            Role::Assistant,
            "a1 regenerated",
            Parent::Message(q1),
        );
        (s, c, [q1, a1, q2, a2, q2e, a2e, a1r])
    }

    #[test]
    fn the_shown_path_follows_the_newest_insert_and_siblings_are_listed() {
        let (s, c, [q1, a1, _q2, _a2, _q2e, _a2e, a1r]) = tree();
        assert_eq!(
            texts(&s, c),
            ["q1", "a1 regenerated"],
            "the newest insert is shown"
        );
        let path: Vec<MessageId> = s.path_ids_to(a1r).unwrap();
        assert_eq!(
            s.branches_along(c, &path).unwrap(),
            vec![Branch {
                message_id: a1r,
                siblings: vec![a1, a1r]
            }],
            "only the regenerated answer has alternatives on this path"
        );
        assert_eq!(path[0], q1);
    }

    #[test]
    fn selecting_a_branch_shows_its_newest_leaf() {
        let (s, c, [_q1, a1, q2, _a2, q2e, a2e, _a1r]) = tree();
        assert_eq!(s.select_branch(a1).unwrap(), a2e, "newest descendant of a1");
        assert_eq!(texts(&s, c), ["q1", "a1", "q2 edited", "a2 for the edit"]);
        let path = s.path_ids_to(a2e).unwrap();
        let branches = s.branches_along(c, &path).unwrap();
        assert_eq!(
            branches.len(),
            2,
            "a1 and q2' each have a sibling: {branches:?}"
        );
        assert_eq!(branches[1].siblings, vec![q2, q2e]);
        s.select_branch(q2).unwrap();
        assert_eq!(
            texts(&s, c),
            ["q1", "a1", "q2", "a2"],
            "back to the first version"
        );
    }

    #[test]
    fn deleting_a_branch_removes_only_its_subtree_and_moves_the_view() {
        let (s, c, [_q1, a1, q2, _a2, q2e, _a2e, _a1r]) = tree();
        s.record_usage(&UsageEntry {
            at: 1,
            conversation_id: Some(c),
            message_id: Some(q2e),
            provider: None,
            model: "m".into(),
            task: None,
            input_tokens: 1,
            output_tokens: 1,
            reasoning_tokens: 0,
            cache_read_tokens: 0,
            cache_write_tokens: 0,
            cost: Usd(5),
            exact: true,
            priced: true,
        })
        .unwrap();
        s.select_branch(q2e).unwrap();
        assert_eq!(s.delete_subtree(q2e).unwrap(), 2, "the edit and its answer");
        assert_eq!(
            texts(&s, c),
            ["q1", "a1", "q2", "a2"],
            "the view moves to the remaining sibling branch"
        );
        assert_eq!(s.delete_subtree(a1).unwrap(), 3, "a1, q2 and a2");
        assert_eq!(texts(&s, c), ["q1", "a1 regenerated"]);
        assert!(s.get_message(q2).is_err());
        let (conv, _) = s.ledgers(c, &Default::default()).unwrap();
        assert_eq!(conv.spent, Usd(5), "the ledger keeps what was spent");
        let only_answer = s.active_leaf(c).unwrap().unwrap();
        s.delete_subtree(only_answer).unwrap();
        assert_eq!(texts(&s, c), ["q1"], "no sibling left: the parent is shown");
    }

    #[test]
    fn a_parent_from_another_conversation_is_refused() {
        let (s, _c, [q1, ..]) = tree();
        let other = s.create_conversation("other", 0).unwrap().id;
        let err = s
            .insert_message(
                NewMessage {
                    conversation_id: other,
                    role: Role::User,
                    content: "x".into(),
                    status: MessageStatus::Complete,
                    model: None,
                    provider: None,
                    parent: Parent::Message(q1),
                },
                1,
            )
            .unwrap_err();
        assert!(matches!(err, StoreError::NotFound { .. }), "got {err:?}");
    }

    #[test]
    fn a_long_chain_is_walked_and_deleted_in_one_statement() {
        let s = Store::open_in_memory().unwrap();
        let c = s.create_conversation("long", 0).unwrap().id;
        let first = add(&s, c, Role::User, "m0", Parent::Active);
        for i in 1..5000 {
            add(&s, c, Role::User, &format!("m{i}"), Parent::Active);
        }
        assert_eq!(s.active_path(c).unwrap().len(), 5000);
        assert_eq!(
            s.delete_subtree(first).unwrap(),
            5000,
            "deeper than any trigger limit"
        );
        assert!(s.active_path(c).unwrap().is_empty());
    }

    /// States only a file changed by something else can be in (the store never writes
    /// them): the walks must still end, show each message once and stay in the
    /// conversation.
    mod corrupted {
        use super::*;
        use std::collections::HashSet;
        use std::time::Duration;

        /// Runs `f`, interrupting the store's statements after two seconds: a walk that
        /// would never end fails the test instead of hanging it.
        fn finishes<T>(s: &Store, what: &str, f: impl FnOnce() -> T) -> T {
            let handle = s.conn.get_interrupt_handle();
            let (done, wait) = std::sync::mpsc::channel::<()>();
            let watchdog = std::thread::spawn(move || {
                let fired = wait.recv_timeout(Duration::from_secs(2)).is_err();
                if fired {
                    handle.interrupt();
                }
                fired
            });
            let out = f();
            let _ = done.send(());
            assert!(!watchdog.join().unwrap(), "{what} never ended");
            out
        }

        fn set(s: &Store, sql: &str, params: impl rusqlite::Params) {
            s.conn.execute(sql, params).unwrap();
        }

        fn chain(s: &Store, conv: ConversationId, n: usize) -> Vec<MessageId> {
            (0..n)
                .map(|i| add(s, conv, Role::User, &format!("m{i}"), Parent::Active))
                .collect()
        }

        fn no_repeats(ids: &[MessageId]) -> bool {
            ids.iter().collect::<HashSet<_>>().len() == ids.len()
        }

        #[test]
        fn a_cycle_in_the_parents_ends_the_walk_up() {
            let s = Store::open_in_memory().unwrap();
            let c = s.create_conversation("c", 0).unwrap().id;
            let m = chain(&s, c, 6);
            // m0 → m3 → m2 → m1 → m0: the first message's parent is below it.
            set(
                &s,
                "UPDATE messages SET parent_id = ?2 WHERE id = ?1",
                [m[0], m[3]],
            );
            let path = finishes(&s, "the walk up from the leaf", || s.path_ids_to(m[5]));
            let path = path.unwrap();
            assert!(no_repeats(&path), "each message once: {path:?}");
            assert_eq!(
                path, m,
                "the chain as inserted, the cycle cut where it closes"
            );
            let shown = finishes(&s, "the active path", || s.active_path(c)).unwrap();
            assert_eq!(shown.len(), 6);
        }

        #[test]
        fn a_cycle_never_puts_a_message_on_a_page_twice() {
            let s = Store::open_in_memory().unwrap();
            let c = s.create_conversation("c", 0).unwrap().id;
            let m = chain(&s, c, 4);
            // m0 ↔ m1, and depths that agree with a walk that goes round it: the leaf at
            // 100 and m1 at 90, so a newest page of 10 (from depth 91) passes the checks
            // of a page (ten messages walked, the one above the first at 90).
            set(
                &s,
                "UPDATE messages SET parent_id = ?2 WHERE id = ?1",
                [m[0], m[1]],
            );
            set(&s, "UPDATE messages SET depth = 100 WHERE id = ?1", [m[3]]);
            set(&s, "UPDATE messages SET depth = 90 WHERE id = ?1", [m[1]]);
            let walked = finishes(&s, "the walk from depth 91", || s.path_from(m[3], 91));
            let walked = walked.unwrap();
            assert!(no_repeats(&walked), "each message once: {walked:?}");
        }

        #[test]
        fn a_cycle_under_a_message_ends_selecting_and_deleting_it() {
            let s = Store::open_in_memory().unwrap();
            let c = s.create_conversation("c", 0).unwrap().id;
            let m = chain(&s, c, 2);
            // m0 ↔ m1: each the other's only child.
            set(
                &s,
                "UPDATE messages SET parent_id = ?2 WHERE id = ?1",
                [m[0], m[1]],
            );
            let leaf = finishes(&s, "the walk down to the newest leaf", || {
                s.select_branch(m[0])
            });
            assert_eq!(leaf.unwrap(), m[1]);
            let under = finishes(&s, "the subtree", || s.subtree_ids(m[0])).unwrap();
            assert_eq!(under, m);
            let deleted = finishes(&s, "deleting the subtree", || s.delete_subtree(m[0]));
            assert_eq!(deleted.unwrap(), 2);
            assert!(s.active_path(c).unwrap().is_empty());
        }

        #[test]
        fn a_parent_in_another_conversation_is_not_walked_into() {
            let s = Store::open_in_memory().unwrap();
            let a = s.create_conversation("a", 0).unwrap().id;
            let theirs = chain(&s, a, 2);
            let b = s.create_conversation("b", 0).unwrap().id;
            let ours = chain(&s, b, 2);
            // b's first message hangs under a's last, with depths that agree.
            set(
                &s,
                "UPDATE messages SET parent_id = ?2 WHERE id = ?1",
                [ours[0], theirs[1]],
            );
            set(
                &s,
                "UPDATE messages SET depth = depth + 2 WHERE conversation_id = ?1",
                [b],
            );
            assert_eq!(s.path_ids_to(ours[1]).unwrap(), ours, "the whole branch");
            let walked = s.path_from(ours[1], 0).unwrap();
            let above = s.parent_depth(walked[0]).unwrap();
            // A page of b trusts the walk when it has as many messages as b's leaf's depth
            // says and nothing is above its first: either must tell the walk left b.
            assert!(
                walked == ours || (walked.len(), above) != (4, None),
                "a page of b would show a's messages: {walked:?}"
            );
            let shown: Vec<MessageId> = s.active_path(b).unwrap().iter().map(|m| m.id).collect();
            assert_eq!(shown, ours);
        }

        #[test]
        fn an_active_leaf_in_another_conversation_shows_nothing_of_it() {
            let s = Store::open_in_memory().unwrap();
            let a = s.create_conversation("a", 0).unwrap().id;
            let theirs = chain(&s, a, 2);
            let b = s.create_conversation("b", 0).unwrap().id;
            set(
                &s,
                "UPDATE conversations SET active_leaf = ?2 WHERE id = ?1",
                [b, theirs[1]],
            );
            assert!(
                s.active_path(b).unwrap().is_empty(),
                "a's messages shown in b"
            );
            assert_eq!(s.active_leaf(b).unwrap(), None);
            // A message added to b then starts b's tree, not one under a's.
            let first = add(&s, b, Role::User, "b0", Parent::Active);
            assert_eq!(s.path_ids_to(first).unwrap(), [first]);
            assert_eq!(s.depth_in(b, first).unwrap(), Some(0));
        }

        #[test]
        fn the_guards_never_turn_a_step_into_a_range_of_a_conversation() {
            let s = Store::open_in_memory().unwrap();
            let walks = [
                PATH_TO.to_owned(),
                PATH_FROM.to_owned(),
                NEWEST_LEAF.to_owned(),
                format!("{SUBTREE} SELECT id FROM sub"),
            ];
            for sql in walks {
                let mut plan = s
                    .conn
                    .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                    .unwrap();
                let ones = vec![1; plan.parameter_count()];
                let plan: Vec<String> = plan
                    .query_map(rusqlite::params_from_iter(ones), |row| row.get(3))
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                assert!(
                    !plan.iter().any(|p| p.contains("messages_by_conversation")),
                    "each step is one lookup by id or parent: {plan:?}\n{sql}"
                );
            }
        }

        #[test]
        fn stored_depths_out_of_range_are_walked_safely() {
            let s = Store::open_in_memory().unwrap();
            let c = s.create_conversation("c", 0).unwrap().id;
            let m = chain(&s, c, 5);
            for bad in [-7, i64::MAX, i64::MIN] {
                set(
                    &s,
                    "UPDATE messages SET depth = ?2 WHERE id = ?1",
                    params![m[4], bad],
                );
                let depth = s.depth_in(c, m[4]).unwrap().unwrap();
                let walked = s.path_from(m[4], depth.saturating_sub(3)).unwrap();
                assert!(
                    walked.len() <= 5 && no_repeats(&walked),
                    "{bad}: {walked:?}"
                );
                assert_eq!(walked.last(), Some(&m[4]));
                assert_eq!(s.path_ids_to(m[4]).unwrap(), m, "{bad}: the whole branch");
            }
            // A child at its parent's depth: the walk counts from the leaf, not the rows.
            set(&s, "UPDATE messages SET depth = 3 WHERE id = ?1", [m[4]]);
            assert_eq!(s.path_from(m[4], 1).unwrap(), m[2..]);
        }
    }
}
