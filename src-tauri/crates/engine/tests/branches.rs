//! Branches at the engine boundary: an edited prompt and a regenerated answer become
//! siblings, each sent with exactly the path above it (never another branch's messages,
//! never a duplicated prompt), through both entry points a person uses (a chosen model
//! and the router); switching and deleting branches; the ledger keeps every cent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_core::{MessageStatus, ModelRef, Role};
use sb_engine::{
    Engine, EngineError, Placement, RouteOptions, SendRoutedTurn, SendTurn, TurnEvent,
};

mod common;
use common::*;

/// The texts of the chat messages in the last request the provider received.
fn last_request_texts(f: &Fixture) -> Vec<(String, String)> {
    let req = f.server.requests().pop().expect("a request was sent");
    chat_texts(&serde_json::from_slice(&req.body).unwrap())
}

/// Starts a turn through the composer's chosen-model entry point or the router's, and
/// waits for it to end. Returns the new answer's id.
async fn turn(
    engine: &Engine,
    routed: bool,
    conversation: Option<i64>,
    text: &str,
    placement: Placement,
) -> Result<(i64, i64), EngineError> {
    let provider_id = engine.list_providers().await.unwrap()[0].id;
    let (started, rx) = if routed {
        engine
            .send_routed_turn(SendRoutedTurn {
                conversation_id: conversation,
                text: text.into(),
                options: RouteOptions {
                    pinned: Some(ModelRef("alpha/sb-markdown".into())),
                    ..RouteOptions::default()
                },
                attachments: Vec::new(),
                placement,
            })
            .await?
    } else {
        engine
            .send_turn(SendTurn {
                conversation_id: conversation,
                text: text.into(),
                provider_id,
                model: Some("sb-markdown".into()),
                attachments: Vec::new(),
                placement,
            })
            .await?
    };
    let end = finish(rx).await;
    assert!(matches!(end, TurnEvent::Finished { .. }), "{end:?}");
    Ok((started.conversation_id, started.assistant_message_id))
}

async fn shown(engine: &Engine, conversation: i64) -> Vec<(Role, String)> {
    engine
        .open_conversation(conversation)
        .await
        .unwrap()
        .messages
        .into_iter()
        .map(|m| (m.role, m.content))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn edits_and_regenerations_are_siblings_sent_with_exactly_their_path() {
    for routed in [false, true] {
        let f = fixture().await;
        let e = &f.engine;
        let (c, a1) = turn(e, routed, None, "first question", Placement::Continue)
            .await
            .unwrap();
        let (_, a2) = turn(e, routed, Some(c), "second question", Placement::Continue)
            .await
            .unwrap();
        let view = e.open_conversation(c).await.unwrap();
        let q1 = view.messages[0].id;
        let q2 = view.messages[2].id;
        assert_eq!(view.messages.len(), 4);
        assert!(view.branches.is_empty(), "no alternatives yet");

        // Regenerate the first answer: the prompt is sent again, alone, and not stored
        // twice.
        let (_, a1b) = turn(
            e,
            routed,
            Some(c),
            "",
            Placement::Regenerate { message_id: a1 },
        )
        .await
        .unwrap();
        assert_eq!(
            last_request_texts(&f),
            vec![("user".to_owned(), "first question".to_owned())],
            "routed={routed}: only the path above the answer goes out"
        );
        let view = e.open_conversation(c).await.unwrap();
        assert_eq!(view.messages.len(), 2, "the new answer's branch is shown");
        assert_eq!(view.messages[0].id, q1, "the prompt was not duplicated");
        assert_eq!(view.messages[1].id, a1b);
        assert_eq!(view.branches.len(), 1);
        assert_eq!(view.branches[0].siblings, vec![a1, a1b]);

        // Back to the first answer's branch, then edit the second question.
        e.select_branch(a1, sb_engine::MAX_PAGE).await.unwrap();
        assert_eq!(shown(e, c).await.len(), 4, "the old branch is intact");
        let (_, a2b) = turn(
            e,
            routed,
            Some(c),
            "second question, edited",
            Placement::Edit { message_id: q2 },
        )
        .await
        .unwrap();
        let sent = last_request_texts(&f);
        assert_eq!(sent.len(), 3, "q1, a1 and the edit: {sent:?}");
        assert_eq!(sent[0].1, "first question");
        assert_eq!(sent[2].1, "second question, edited");
        assert!(
            !sent.iter().any(|(_, t)| t == "second question"),
            "the replaced prompt is not sent"
        );
        let view = e.open_conversation(c).await.unwrap();
        assert_eq!(view.messages.last().unwrap().id, a2b);
        let edited = &view.messages[2];
        assert_eq!(edited.content, "second question, edited");
        assert_eq!(edited.parent_id, Some(a1));
        assert_eq!(
            view.branches
                .iter()
                .find(|b| b.message_id == edited.id)
                .unwrap()
                .siblings,
            vec![q2, edited.id]
        );

        // Deleting the edited branch shows the original one again; money stays booked.
        let spent = e.usage_summary(None).await.unwrap().total;
        let view = e
            .delete_message(edited.id, sb_engine::MAX_PAGE)
            .await
            .unwrap();
        assert_eq!(
            view.messages.last().unwrap().id,
            a2,
            "back on the first version"
        );
        assert!(e.message(a2b).await.is_err(), "its answer went with it");
        assert_eq!(
            e.usage_summary(None).await.unwrap().total,
            spent,
            "the ledger is untouched"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_placement_that_makes_no_sense_is_refused_before_anything_is_sent() {
    let f = fixture().await;
    let e = &f.engine;
    let (c, a1) = turn(e, false, None, "question", Placement::Continue)
        .await
        .unwrap();
    let q1 = e.open_conversation(c).await.unwrap().messages[0].id;
    for (placement, why) in [
        (
            Placement::Regenerate { message_id: q1 },
            "a prompt is not an answer",
        ),
        (
            Placement::Edit { message_id: a1 },
            "an answer is not the user's to edit",
        ),
        (
            Placement::Edit {
                message_id: 999_999,
            },
            "no such message",
        ),
    ] {
        let before = f.server.requests().len();
        let err = turn(e, false, Some(c), "x", placement).await.unwrap_err();
        assert_eq!(f.server.requests().len(), before, "{why}: nothing was sent");
        assert!(
            matches!(
                err,
                EngineError::InvalidInput { .. }
                    | EngineError::Store(sb_store::StoreError::NotFound { .. })
            ),
            "{why}: {err:?}"
        );
    }
    let (other, _) = turn(e, false, None, "elsewhere", Placement::Continue)
        .await
        .unwrap();
    let sent = f.server.requests().len();
    let err = turn(
        e,
        false,
        Some(other),
        "x",
        Placement::Edit { message_id: q1 },
    )
    .await
    .unwrap_err();
    assert!(matches!(err, EngineError::InvalidInput { .. }), "{err:?}");
    assert_eq!(f.server.requests().len(), sent, "nothing was sent");
    let view = e.open_conversation(c).await.unwrap();
    assert_eq!(view.messages.len(), 2);
    assert!(view
        .messages
        .iter()
        .all(|m| m.status == MessageStatus::Complete));
}
