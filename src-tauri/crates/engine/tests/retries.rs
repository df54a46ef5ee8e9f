//! Retries before the first token: a call that fails with a passing error (overload,
//! server error, no connection) is sent again to the same model with backoff when the
//! route has no other model left; each attempt is booked and the failed one released;
//! the user sees why it waits; a stop during the wait stops at once; a rate limit that
//! asks for a long wait is reported, not waited out.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::{fixture, start_on, KEY};
use sb_core::{MessageStatus, ProviderInput, ProviderKind};
use sb_engine::TurnEvent;
use sb_keys::Secret;
use sb_testsupport::scenario::MARKDOWN_TEXT;

async fn events(mut rx: tokio::sync::mpsc::UnboundedReceiver<TurnEvent>) -> Vec<TurnEvent> {
    let mut out = Vec::new();
    while let Some(ev) = tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .unwrap()
    {
        out.push(ev);
    }
    out
}

async fn saved(f: &common::Fixture) -> i64 {
    f.engine
        .add_provider(
            ProviderInput {
                name: "plain".into(),
                kind: ProviderKind::Openai,
                base_url: f.server.base_url(),
                default_model: "sb-flaky".into(),
                vendor: None,
                local: false,
                settings: Default::default(),
            },
            Some(Secret::new(KEY.into()).unwrap()),
        )
        .await
        .unwrap()
        .id
}

fn chat_posts(f: &common::Fixture) -> usize {
    f.server
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/chat/completions"))
        .count()
}

#[tokio::test]
async fn a_server_that_recovers_answers_after_one_retry() {
    let f = fixture().await;
    let id = saved(&f).await;
    let (started, rx) = start_on(&f.engine, id, "sb-flaky").await;
    let evs = events(rx).await;
    let retries: Vec<_> = evs
        .iter()
        .filter_map(|e| match e {
            TurnEvent::Retrying { attempt, code, .. } => Some((*attempt, code.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(retries, [(1, "overloaded".to_owned())], "{evs:?}");
    assert!(
        matches!(
            evs.last(),
            Some(TurnEvent::Finished {
                status: MessageStatus::Complete,
                ..
            })
        ),
        "{evs:?}"
    );
    let stored = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(stored.content, MARKDOWN_TEXT);
    assert_eq!(chat_posts(&f), 2, "one failed call, one retry");
    let records = f
        .engine
        .route_records(started.conversation_id)
        .await
        .unwrap();
    let record = records[0].record.as_ref().unwrap();
    assert_eq!(
        record.retries, 1,
        "the record says the model was asked twice"
    );
}

#[tokio::test]
async fn a_server_that_stays_down_is_retried_twice_then_reported() {
    let f = fixture().await;
    let id = saved(&f).await;
    let (started, rx) = start_on(&f.engine, id, "sb-overloaded").await;
    let evs = events(rx).await;
    let attempts: Vec<u32> = evs
        .iter()
        .filter_map(|e| match e {
            TurnEvent::Retrying { attempt, .. } => Some(*attempt),
            _ => None,
        })
        .collect();
    assert_eq!(attempts, [1, 2]);
    match evs.last() {
        Some(TurnEvent::Error { code, .. }) => assert_eq!(code, "overloaded"),
        other => panic!("{other:?}"),
    }
    assert_eq!(chat_posts(&f), 3);
    let stored = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(stored.status, MessageStatus::Error);
    let budget = f
        .engine
        .budget_status(started.conversation_id)
        .await
        .unwrap();
    assert_eq!(
        budget.conversation.reserved,
        sb_core::Usd::ZERO,
        "every attempt's hold was released"
    );
}

#[tokio::test]
async fn a_long_rate_limit_wait_is_reported_not_waited_out() {
    let f = fixture().await;
    let id = saved(&f).await;
    let t = Instant::now();
    let (_, rx) = start_on(&f.engine, id, "sb-ratelimit").await;
    let evs = events(rx).await;
    assert!(
        !evs.iter().any(|e| matches!(e, TurnEvent::Retrying { .. })),
        "{evs:?}"
    );
    assert!(matches!(evs.last(), Some(TurnEvent::Error { code, .. }) if code == "rate_limited"));
    assert!(t.elapsed() < Duration::from_secs(20), "not waited out");
}

#[tokio::test]
async fn a_stop_during_the_wait_stops_at_once() {
    let dir = tempfile::TempDir::new().unwrap();
    let server =
        sb_testsupport::FakeServer::start(sb_testsupport::scenario::scenario_responder(KEY.into()))
            .await
            .unwrap();
    let keys = std::sync::Arc::new(sb_keys::MemoryKeyStore::new());
    let mut config = sb_engine::EngineConfig::new(
        dir.path().to_path_buf(),
        std::sync::Arc::new(sb_engine::SystemClock),
        keys,
    );
    config.retry_backoff = Duration::from_secs(30);
    config.catalogue = Some(common::catalogue(&server.addr().to_string()));
    let engine = sb_engine::Engine::open(config).await.unwrap();
    let id = engine
        .add_provider(
            ProviderInput {
                name: "plain".into(),
                kind: ProviderKind::Openai,
                base_url: server.base_url(),
                default_model: "sb-overloaded".into(),
                vendor: None,
                local: false,
                settings: Default::default(),
            },
            Some(Secret::new(KEY.into()).unwrap()),
        )
        .await
        .unwrap()
        .id;
    let (started, mut rx) = start_on(&engine, id, "sb-overloaded").await;
    loop {
        if let Some(TurnEvent::Retrying { wait_ms, .. }) = rx.recv().await {
            assert_eq!(wait_ms, 30_000);
            break;
        }
    }
    let t = Instant::now();
    assert!(engine.stop_turn(started.assistant_message_id));
    let evs = events(rx).await;
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "stopped during the wait"
    );
    assert!(
        matches!(
            evs.last(),
            Some(TurnEvent::Finished {
                status: MessageStatus::Stopped,
                ..
            })
        ),
        "{evs:?}"
    );
}
