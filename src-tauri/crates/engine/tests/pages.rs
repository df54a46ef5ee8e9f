//! Pages of a conversation's shown branch at the engine boundary: a long conversation
//! opens at its newest page and reads back page by page; a page around a message far
//! back holds it; in a branched tree every page, whatever its anchor (on the shown
//! branch, on another branch, in another conversation), is exactly the slice of the
//! whole shown branch it asks for, even when a stored depth is wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_core::{MessageId, MessageStatus, Role};
use sb_store::{NewMessage, Parent};

mod common;
use common::*;

/// A 10,000-message conversation opens at its newest page and reads back page by page,
/// each page exactly the slice of the shown branch, with nothing skipped or repeated.
#[tokio::test(flavor = "multi_thread")]
async fn a_long_conversation_opens_at_its_end_and_pages_back() {
    let f = fixture().await;
    let db = f.dir.path().join(sb_engine::DB_FILE);
    let conversation = {
        let store = sb_store::Store::open(&db).unwrap();
        store
            .write(|s| {
                let c = s.create_conversation("long", 1)?;
                for i in 0..10_000 {
                    s.insert_message(message(c.id, i, Parent::Active), 2)?;
                }
                Ok(c.id)
            })
            .unwrap()
    };
    let newest = f
        .engine
        .conversation_page(conversation, None, 100)
        .await
        .unwrap();
    assert_eq!(
        (newest.total, newest.earlier, newest.messages.len()),
        (10_000, 9_900, 100)
    );
    assert_eq!(newest.messages.last().unwrap().content, "message 9999");
    let mut seen: Vec<String> = newest.messages.iter().map(|m| m.content.clone()).collect();
    let mut before = newest.messages.first().map(|m| m.id);
    loop {
        let page = f
            .engine
            .conversation_page(conversation, before, 450)
            .await
            .unwrap();
        let mut texts: Vec<String> = page.messages.iter().map(|m| m.content.clone()).collect();
        texts.append(&mut seen);
        seen = texts;
        if page.earlier == 0 {
            break;
        }
        before = page.messages.first().map(|m| m.id);
    }
    let expected: Vec<String> = (0..10_000).map(|i| format!("message {i}")).collect();
    assert_eq!(seen, expected, "every message once, in order");
}

/// A search hit far back in a long conversation opens on a page around it.
#[tokio::test(flavor = "multi_thread")]
async fn a_page_around_a_message_far_back_holds_it() {
    let f = fixture().await;
    let db = f.dir.path().join(sb_engine::DB_FILE);
    let (conversation, target) = {
        let store = sb_store::Store::open(&db).unwrap();
        store
            .write(|s| {
                let c = s.create_conversation("long", 1)?;
                let mut target = 0;
                for i in 0..3_000 {
                    let m = s.insert_message(message(c.id, i, Parent::Active), 2)?;
                    if i == 42 {
                        target = m.id;
                    }
                }
                Ok((c.id, target))
            })
            .unwrap()
    };
    let page = f
        .engine
        .conversation_page_around(conversation, target, 100)
        .await
        .unwrap();
    assert_eq!(page.messages.len(), 100);
    assert!(page.messages.iter().any(|m| m.id == target));
    assert_eq!(
        page.earlier, 0,
        "near the start, the page starts at the first message"
    );
    let last = f
        .engine
        // The 2,993rd message: fewer than half a page after it.
        .conversation_page_around(conversation, target + 2_950, 100)
        .await
        .unwrap();
    assert_eq!(
        last.earlier + last.messages.len(),
        3_000,
        "clamped to the end"
    );
}

fn message(conversation: i64, i: usize, parent: Parent) -> NewMessage {
    NewMessage {
        conversation_id: conversation,
        role: if i.is_multiple_of(2) {
            Role::User
        } else {
            Role::Assistant
        },
        content: format!("message {i}"),
        status: MessageStatus::Complete,
        model: None,
        provider: None,
        parent,
    }
}

/// The page the engine must return, worked out from the whole shown branch: `(ids,
/// earlier, total)`. An anchor not on the branch gets the newest page.
fn expected(
    branch: &[MessageId],
    before: Option<Option<MessageId>>,
    around: Option<MessageId>,
    limit: usize,
) -> (Vec<MessageId>, usize, usize) {
    let len = branch.len();
    let at = |m: MessageId| branch.iter().position(|id| *id == m);
    let (start, end) = match (before, around) {
        (Some(Some(b)), _) if at(b).is_some() => {
            let end = at(b).unwrap();
            (end.saturating_sub(limit), end)
        }
        (_, Some(m)) if at(m).is_some() => {
            let end = (at(m).unwrap().saturating_sub(limit / 2) + limit).min(len);
            (end.saturating_sub(limit), end)
        }
        _ => (len.saturating_sub(limit), len),
    };
    (branch[start..end].to_vec(), start, len)
}

/// The ids of the whole shown branch, first to last.
async fn shown_branch(engine: &sb_engine::Engine, conversation: i64) -> Vec<MessageId> {
    let view = engine.open_conversation(conversation).await.unwrap();
    view.messages.iter().map(|m| m.id).collect()
}

/// A deterministic stream of numbers below `n` (a linear congruential generator).
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize % n
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_page_of_a_branched_tree_is_its_slice_of_the_shown_branch() {
    let f = fixture().await;
    let db = f.dir.path().join(sb_engine::DB_FILE);
    let mut draw = Draw(12);
    let store = sb_store::Store::open(&db).unwrap();
    // 700 messages: mostly one chain, about one in six a sibling of an earlier message
    // (an edit, a regeneration), a few new first messages.
    let (conversation, all, elsewhere) = store
        .write(|s| {
            let c = s.create_conversation("tree", 1)?;
            let mut all: Vec<MessageId> = Vec::new();
            for i in 0..700 {
                let parent = match (all.is_empty(), draw.below(6), draw.below(60)) {
                    (true, _, _) => Parent::Active,
                    (false, _, 0) => Parent::Root,
                    (false, 0, _) => Parent::Message(all[draw.below(all.len())]),
                    _ => Parent::Active,
                };
                all.push(s.insert_message(message(c.id, i, parent), 2)?.id);
            }
            let other = s.create_conversation("other", 1)?;
            let elsewhere = s.insert_message(message(other.id, 0, Parent::Active), 2)?;
            Ok((c.id, all, elsewhere.id))
        })
        .unwrap();

    let check = |branch: Vec<MessageId>, round: usize| {
        let engine = &f.engine;
        let off: Vec<MessageId> = all
            .iter()
            .filter(|m| !branch.contains(m))
            .copied()
            .collect();
        let mut draw = Draw(round as u64);
        async move {
            let mut anchors: Vec<(Option<Option<MessageId>>, Option<MessageId>)> = vec![
                (Some(None), None),
                (Some(Some(elsewhere)), None),
                (None, Some(elsewhere)),
            ];
            for _ in 0..6 {
                let on = branch[draw.below(branch.len())];
                anchors.push((Some(Some(on)), None));
                anchors.push((None, Some(on)));
                if !off.is_empty() {
                    let o = off[draw.below(off.len())];
                    anchors.push((Some(Some(o)), None));
                    anchors.push((None, Some(o)));
                }
            }
            anchors.push((Some(Some(branch[0])), None));
            anchors.push((None, Some(*branch.last().unwrap())));
            for (before, around) in anchors {
                for limit in [1, 2, 7, 100, 500] {
                    let page = match (before, around) {
                        (Some(b), _) => engine.conversation_page(conversation, b, limit).await,
                        (_, Some(m)) => {
                            engine
                                .conversation_page_around(conversation, m, limit)
                                .await
                        }
                        _ => unreachable!(),
                    }
                    .unwrap();
                    let ids: Vec<MessageId> = page.messages.iter().map(|m| m.id).collect();
                    assert_eq!(
                        (ids, page.earlier, page.total),
                        expected(&branch, before, around, limit),
                        "round {round}: before {before:?}, around {around:?}, limit {limit}"
                    );
                }
            }
        }
    };

    for round in 0..6 {
        let shown = all[draw.below(all.len())];
        f.engine.select_branch(shown, 100).await.unwrap();
        let branch = shown_branch(&f.engine, conversation).await;
        assert!(branch.contains(&shown));
        check(branch, round).await;
    }

    // A file changed by something else: the leaf's stored depth too large, then too small.
    let branch = shown_branch(&f.engine, conversation).await;
    let leaf = *branch.last().unwrap();
    let raw = rusqlite::Connection::open(&db).unwrap();
    for shift in [5, -3] {
        raw.execute(
            "UPDATE messages SET depth = depth + ?2 WHERE id = ?1",
            rusqlite::params![leaf, shift],
        )
        .unwrap();
        check(branch.clone(), 100).await;
        raw.execute(
            "UPDATE messages SET depth = depth - ?2 WHERE id = ?1",
            rusqlite::params![leaf, shift],
        )
        .unwrap();
    }
}
