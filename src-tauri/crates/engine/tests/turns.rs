//! The engine end to end, below the UI: real SQLite files in a temp dir, a fake
//! OpenAI-compatible server on 127.0.0.1, and an in-memory key store standing in for the
//! OS keyring (the real keyring is covered by sb-keys' and the e2e tests).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{sync::Arc, time::Duration};

use sb_core::{MessageStatus, ProviderInput, ProviderKind, Role};
use sb_engine::{Engine, EngineConfig, SendTurn, SystemClock, TurnEvent};
use sb_keys::{KeyStore, MemoryKeyStore, Secret};
use sb_testsupport::{fixtures, scenario, FakeServer};
use tempfile::TempDir;
use tokio::sync::mpsc::UnboundedReceiver;

const KEY: &str = "sk-test-engine-8d2f61c0a7b94e3f";

struct Setup {
    dir: TempDir,
    keys: Arc<MemoryKeyStore>,
    server: FakeServer,
    engine: Engine,
}

async fn open(dir: &TempDir, keys: Arc<MemoryKeyStore>) -> Engine {
    let mut config = EngineConfig::new(dir.path().to_path_buf(), Arc::new(SystemClock), keys);
    config.read_timeout = Duration::from_secs(5);
    Engine::open(config).await.unwrap()
}

async fn setup() -> Setup {
    let dir = TempDir::new().unwrap();
    let keys = Arc::new(MemoryKeyStore::new());
    let server = FakeServer::start(scenario::scenario_responder(KEY.into()))
        .await
        .unwrap();
    let engine = open(&dir, Arc::clone(&keys)).await;
    Setup {
        dir,
        keys,
        server,
        engine,
    }
}

fn input(name: &str, base_url: &str, model: &str) -> ProviderInput {
    ProviderInput {
        name: name.into(),
        kind: ProviderKind::Openai,
        base_url: base_url.into(),
        default_model: model.into(),
        vendor: None,
        local: false,
        settings: Default::default(),
    }
}

async fn provider(s: &Setup, model: &str) -> i64 {
    let p = s
        .engine
        .add_provider(
            input(model, &s.server.base_url(), model),
            Some(Secret::new(KEY.into()).unwrap()),
        )
        .await
        .unwrap();
    assert!(p.has_key, "a provider added with a key says so");
    p.id
}

fn turn(provider_id: i64, conversation_id: Option<i64>, text: &str) -> SendTurn {
    SendTurn {
        conversation_id,
        text: text.into(),
        provider_id,
        model: None,
        attachments: Vec::new(),
        placement: Default::default(),
    }
}

async fn drain(mut rx: UnboundedReceiver<TurnEvent>) -> Vec<TurnEvent> {
    let mut out = Vec::new();
    while let Some(ev) = tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .unwrap()
    {
        out.push(ev);
    }
    out
}

fn text_of(events: &[TurnEvent]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            TurnEvent::Delta { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// Waits until the turn has streamed at least `min` bytes; returns what it saw.
async fn wait_for_text(rx: &mut UnboundedReceiver<TurnEvent>, min: usize) -> String {
    let mut text = String::new();
    while text.len() < min {
        match tokio::time::timeout(Duration::from_secs(10), rx.recv())
            .await
            .unwrap()
        {
            Some(TurnEvent::Delta { text: t }) => text.push_str(&t),
            Some(TurnEvent::Started { .. } | TurnEvent::Usage { .. }) => {}
            other => panic!("the turn ended early: {other:?}"),
        }
    }
    text
}

#[tokio::test(flavor = "multi_thread")]
async fn a_turn_streams_and_is_stored_with_model_and_usage() {
    let s = setup().await;
    let pid = provider(&s, scenario::MODEL_TEXT).await;
    let (started, rx) = s
        .engine
        .send_turn(turn(pid, None, "Invent a holiday"))
        .await
        .unwrap();
    let events = drain(rx).await;
    let expected = fixtures::openai_text_expected();

    assert!(
        matches!(events.first(), Some(TurnEvent::Started { .. })),
        "Started comes first"
    );
    assert_eq!(
        text_of(&events),
        expected.text,
        "every delta arrives, in order"
    );
    match events.last() {
        Some(TurnEvent::Finished {
            status,
            usage,
            stop_reason,
            stop_kind,
        }) => {
            assert_eq!(*stop_kind, Some(sb_core::StopKind::End));
            assert_eq!(
                *status,
                MessageStatus::Complete,
                "a full answer is complete"
            );
            assert_eq!(
                stop_reason.as_deref(),
                Some("stop"),
                "finish reason is passed on"
            );
            let u = usage.expect("usage reported");
            assert_eq!(
                (u.input_tokens, u.output_tokens),
                (expected.input_tokens, expected.output_tokens)
            );
        }
        other => panic!("the turn must finish, got {other:?}"),
    }

    let view = s
        .engine
        .open_conversation(started.conversation_id)
        .await
        .unwrap();
    assert_eq!(
        view.conversation.title, "Invent a holiday",
        "title from the first prompt"
    );
    assert_eq!(view.messages.len(), 2, "user and assistant messages stored");
    let answer = &view.messages[1];
    assert_eq!(answer.role, Role::Assistant);
    assert_eq!(answer.status, MessageStatus::Complete);
    assert_eq!(
        answer.content, expected.text,
        "the stored answer is the streamed one"
    );
    assert_eq!(
        answer.model.as_deref(),
        Some("gpt-4.1-nano-2025-04-14"),
        "the model the provider reported"
    );
    assert_eq!(
        answer.provider.as_deref(),
        Some(scenario::MODEL_TEXT),
        "the provider's name"
    );
    assert_eq!(
        answer.usage.map(|u| u.output_tokens),
        Some(expected.output_tokens),
        "usage stored"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn follow_ups_send_the_conversation_so_far() {
    let s = setup().await;
    let pid = provider(&s, scenario::MODEL_MARKDOWN).await;
    let (first, rx) = s
        .engine
        .send_turn(turn(pid, None, "first question"))
        .await
        .unwrap();
    drain(rx).await;
    let (second, rx) = s
        .engine
        .send_turn(turn(pid, Some(first.conversation_id), "and a follow-up"))
        .await
        .unwrap();
    drain(rx).await;
    assert_eq!(
        second.conversation_id, first.conversation_id,
        "same conversation"
    );

    let reqs = s.server.requests();
    let body = reqs.last().unwrap().json().unwrap();
    let messages = body["messages"].as_array().unwrap();
    let roles: Vec<&str> = messages
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(
        roles,
        ["user", "assistant", "user"],
        "history goes with the follow-up"
    );
    assert_eq!(
        messages[1]["content"],
        scenario::MARKDOWN_TEXT,
        "the earlier answer verbatim"
    );
    assert_eq!(messages[2]["content"], "and a follow-up");
}

#[tokio::test(flavor = "multi_thread")]
async fn stop_keeps_the_partial_answer() {
    let s = setup().await;
    let pid = provider(&s, scenario::MODEL_SLOW).await;
    let (started, mut rx) = s
        .engine
        .send_turn(turn(pid, None, "count slowly"))
        .await
        .unwrap();
    let seen = wait_for_text(&mut rx, 20).await;
    assert!(
        s.engine.stop_turn(started.assistant_message_id),
        "the turn is running"
    );
    let rest = drain(rx).await;
    match rest.last() {
        Some(TurnEvent::Finished { status, .. }) => assert_eq!(*status, MessageStatus::Stopped),
        other => panic!("a stopped turn finishes as stopped, got {other:?}"),
    }
    let stored = s
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(stored.status, MessageStatus::Stopped, "stored as stopped");
    assert_eq!(
        stored.content,
        format!("{seen}{}", text_of(&rest)),
        "the partial text is kept exactly"
    );
    assert!(
        stored.content.len() < scenario::slow_deltas().concat().len(),
        "the answer really was cut short"
    );
    assert!(
        !s.engine.stop_turn(started.assistant_message_id),
        "a finished turn cannot be stopped again"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn streaming_text_reaches_the_database_before_the_turn_ends() {
    let s = setup().await;
    let pid = provider(&s, scenario::MODEL_SLOW).await;
    let (started, mut rx) = s
        .engine
        .send_turn(turn(pid, None, "count slowly"))
        .await
        .unwrap();
    wait_for_text(&mut rx, 10).await;
    // Two flush intervals (250 ms each) later, text must be on disk.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let mid = s
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(mid.status, MessageStatus::Streaming, "still streaming");
    assert!(
        !mid.content.is_empty(),
        "streamed text is persisted while the turn runs"
    );

    // What a restart does with it after a kill is in pipeline.rs (a second engine while
    // this one runs must leave it alone; one after this process died recovers it).
    s.engine.stop_turn(started.assistant_message_id);
}

#[tokio::test(flavor = "multi_thread")]
async fn failures_end_the_turn_with_an_error_and_keep_partial_text() {
    let s = setup().await;
    for (model, code, partial) in [
        (
            scenario::MODEL_DROP,
            "network",
            scenario::DROP_SENT_DELTAS.concat(),
        ),
        (
            scenario::MODEL_MALFORMED,
            "decode",
            scenario::MALFORMED_GOOD_DELTAS.concat(),
        ),
        (scenario::MODEL_RATE_LIMIT, "rate_limited", String::new()),
        (scenario::MODEL_CONTEXT, "context_too_long", String::new()),
    ] {
        let pid = provider(&s, model).await;
        let (started, rx) = s.engine.send_turn(turn(pid, None, "hello")).await.unwrap();
        let events = drain(rx).await;
        match events.last() {
            Some(TurnEvent::Error { code: c, message }) => {
                assert_eq!(c, code, "{model}: error code");
                assert!(!message.is_empty(), "{model}: a message for the user");
            }
            other => panic!("{model}: the turn must end in an error, got {other:?}"),
        }
        let stored = s
            .engine
            .message(started.assistant_message_id)
            .await
            .unwrap();
        assert_eq!(
            stored.status,
            MessageStatus::Error,
            "{model}: stored as error"
        );
        assert_eq!(stored.content, partial, "{model}: partial text kept");
        assert_eq!(
            stored.error.map(|e| e.code).as_deref(),
            Some(code),
            "{model}: error stored"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_key_is_refused_before_anything_is_stored() {
    let s = setup().await;
    let p = s
        .engine
        .add_provider(input("nokey", &s.server.base_url(), "sb-text"), None)
        .await
        .unwrap();
    let err = s
        .engine
        .send_turn(turn(p.id, None, "hi"))
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        "no_key",
        "a missing key has its own code: {err}"
    );
    assert!(
        err.to_string().contains("nokey"),
        "the message names the provider: {err}"
    );
    assert!(
        s.engine.list_conversations().await.unwrap().is_empty(),
        "no empty conversation is left behind"
    );
    assert!(s.server.requests().is_empty(), "nothing was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_are_bound_to_the_base_url() {
    let s = setup().await;
    let pid = provider(&s, scenario::MODEL_TEXT).await;
    let moved = s
        .engine
        .update_provider(pid, input("text", "http://127.0.0.1:9/v1", "sb-text"))
        .await
        .unwrap();
    assert!(
        !moved.has_key,
        "moving a provider to another host forgets its key"
    );
    let err = s.engine.send_turn(turn(pid, None, "hi")).await.unwrap_err();
    assert_eq!(
        err.code(),
        "no_key",
        "the old key is not sent to the new host"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unavailable_keyring_is_reported_not_worked_around() {
    let dir = TempDir::new().unwrap();
    let keys = Arc::new(MemoryKeyStore::unavailable(
        "No Secret Service keyring is running",
    ));
    let engine = open(&dir, keys).await;
    let status = engine.app_status().await;
    assert!(
        !status.keyring.available,
        "the status says the keyring is missing"
    );
    assert!(
        status
            .keyring
            .message
            .unwrap_or_default()
            .contains("Secret Service"),
        "and says what is missing"
    );
    let err = engine
        .add_provider(
            input("p", "https://api.example.com/v1", "m"),
            Some(Secret::new(KEY.into()).unwrap()),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        "keyring_unavailable",
        "saving a key fails loudly: {err}"
    );
    assert!(
        engine.list_providers().await.unwrap().is_empty(),
        "no half-added provider is kept"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_key_never_reaches_the_database_files() {
    let s = setup().await;
    let pid = provider(&s, scenario::MODEL_TEXT).await;
    let (_, rx) = s.engine.send_turn(turn(pid, None, "hello")).await.unwrap();
    drain(rx).await;
    assert_eq!(
        s.keys
            .get(&format!("provider-{pid}@{}", s.server.base_url()))
            .unwrap()
            .map(|k| k.expose().to_owned()),
        Some(KEY.to_owned()),
        "control: the key is in the key store"
    );
    let mut scanned = 0;
    for entry in std::fs::read_dir(s.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            scanned += 1;
            assert!(
                !bytes.windows(KEY.len()).any(|w| w == KEY.as_bytes()),
                "{} contains the API key",
                path.display()
            );
        }
    }
    assert!(scanned >= 1, "the database files were scanned");
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_is_rejected_with_clear_messages() {
    let s = setup().await;
    for (url, why) in [
        ("ftp://x/v1", "http"),
        ("not a url", "valid URL"),
        ("https://user:pw@h/v1", "credentials"),
    ] {
        let err = s
            .engine
            .add_provider(input("p", url, "m"), None)
            .await
            .unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{url} is rejected");
        assert!(
            err.to_string().contains(why),
            "{url}: message explains ({err})"
        );
    }
    let pid = provider(&s, scenario::MODEL_TEXT).await;
    let err = s
        .engine
        .send_turn(turn(pid, None, "   "))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "invalid_input", "an empty message is not sent");
    let err = s.engine.open_conversation(424242).await.unwrap_err();
    assert_eq!(err.code(), "not_found", "unknown conversation");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_corrupt_database_is_refused_untouched() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join(sb_engine::DB_FILE);
    let garbage = b"this is not a database, but it is someone's file".repeat(100);
    std::fs::write(&db, &garbage).unwrap();
    let config = EngineConfig::new(
        dir.path().to_path_buf(),
        Arc::new(SystemClock),
        Arc::new(MemoryKeyStore::new()),
    );
    let err = Engine::open(config)
        .await
        .err()
        .expect("a corrupt database is refused");
    assert_eq!(err.code(), "storage");
    assert!(
        err.to_string().contains("switchboard.db"),
        "the message names the file: {err}"
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        garbage,
        "the file is left as it was"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn deleting_a_conversation_stops_its_turn() {
    let s = setup().await;
    let pid = provider(&s, scenario::MODEL_SLOW).await;
    let (started, mut rx) = s.engine.send_turn(turn(pid, None, "count")).await.unwrap();
    wait_for_text(&mut rx, 5).await;
    s.engine
        .delete_conversation(started.conversation_id)
        .await
        .unwrap();
    let rest = drain(rx).await;
    assert!(
        rest.last().is_some_and(TurnEvent::is_final),
        "the turn ends: {rest:?}"
    );
    assert!(
        s.engine.list_conversations().await.unwrap().is_empty(),
        "the conversation is gone"
    );
}
