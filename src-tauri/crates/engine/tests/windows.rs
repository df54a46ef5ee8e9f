//! A conversation longer than its models' context windows, end to end below the UI: each
//! entry point (a routed turn, its fallback, a model chosen by hand, a preview) offers a
//! model the newest part of the conversation that its window holds, books that part and
//! sends exactly that part to the fake provider on 127.0.0.1.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use sb_core::catalogue::{Catalogue, ModelRef};
use sb_core::route::{Candidate, Verdict};
use sb_core::{MessageStatus, Role};
use sb_engine::{Engine, RouteOptions, SendTurn, SystemClock, TurnEvent};
use sb_keys::MemoryKeyStore;
use sb_store::ConversationRouting;
use sb_testsupport::{scenario, FakeServer};
use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::*;

const SYSTEM: &str = "Answer in one paragraph.";
/// Windows small enough that a few dozen turns outgrow both, answers of 200 tokens.
const SMALL_WINDOW: u64 = 3_000;
const LARGE_WINDOW: u64 = 6_000;
const MAX_OUTPUT: u64 = 200;

/// `sb-ratelimit` (small window) is the route's first choice and always answers 429, so
/// a routed turn falls back to `sb-markdown` (larger window).
fn catalogue(host: &str) -> Catalogue {
    let route = r#"["fake/sb-ratelimit", "fake/sb-markdown"]"#;
    Catalogue::from_json(&format!(
        r#"{{
  "source": {{"name": "test", "version": "1", "licence": "MIT", "url": "-", "retrieved": "2026-12-04"}},
  "vendors": [{{"id": "fake", "name": "Fake", "base_url": "http://{host}/v1", "hosts": ["fake.invalid"], "needs_key": true, "tokenizer": "openai"}}],
  "models": [
    {{"vendor": "fake", "id": "sb-markdown", "name": "Markdown", "context_window": {LARGE_WINDOW}, "max_output": {MAX_OUTPUT},
      "price": {{"input": 10, "output": 40, "cache_read": null, "cache_write": null, "reasoning": null}},
      "capabilities": {{"vision": false, "tools": false, "reasoning": false}},
      "quality": {{"code": 3, "reasoning": 3, "planning": 3, "writing": 3, "summarize": 3, "translate": 3, "chat": 3}}}},
    {{"vendor": "fake", "id": "sb-ratelimit", "name": "Rate limited", "context_window": {SMALL_WINDOW}, "max_output": {MAX_OUTPUT},
      "price": {{"input": 1, "output": 4, "cache_read": null, "cache_write": null, "reasoning": null}},
      "capabilities": {{"vision": false, "tools": false, "reasoning": false}},
      "quality": {{"code": 5, "reasoning": 5, "planning": 5, "writing": 5, "summarize": 5, "translate": 5, "chat": 5}}}}
  ],
  "routes": {{"code": {route}, "reasoning": {route}, "planning": {route}, "writing": {route}, "summarize": {route}, "translate": {route}, "chat": {route}}}
}}"#
    ))
    .unwrap()
}

async fn setup() -> (TempDir, FakeServer, Engine, sb_core::ProviderId) {
    let dir = TempDir::new().unwrap();
    let server = FakeServer::start(scenario::scenario_responder(KEY.into()))
        .await
        .unwrap();
    let engine = open_engine_with(
        &dir,
        catalogue(&server.addr().to_string()),
        Arc::new(MemoryKeyStore::new()),
        Arc::new(SystemClock),
    )
    .await;
    let provider = provider(&engine, "fake", &server.base_url(), Some("fake"), false).await;
    (dir, server, engine, provider)
}

/// Sends `text` with `sb-markdown` chosen by hand (no rate limit slows it). The first
/// turn makes the conversation, which then gets the system prompt and `context` limit.
async fn send_chosen(
    engine: &Engine,
    conversation: &mut Option<sb_core::ConversationId>,
    provider_id: sb_core::ProviderId,
    text: &str,
    context: Option<u32>,
) -> (
    sb_engine::TurnStarted,
    tokio::sync::mpsc::UnboundedReceiver<TurnEvent>,
) {
    let (started, rx) = engine
        .send_turn(SendTurn {
            conversation_id: *conversation,
            text: text.to_owned(),
            provider_id,
            model: Some("sb-markdown".into()),
            attachments: Vec::new(),
            placement: Default::default(),
        })
        .await
        .unwrap();
    if conversation.is_none() {
        *conversation = Some(started.conversation_id);
        engine
            .set_conversation_routing(
                started.conversation_id,
                ConversationRouting {
                    system_prompt: Some(SYSTEM.into()),
                    context_messages: context,
                    ..ConversationRouting::default()
                },
            )
            .await
            .unwrap();
    }
    (started, rx)
}

fn complete(end: &TurnEvent) -> bool {
    matches!(
        end,
        TurnEvent::Finished {
            status: MessageStatus::Complete,
            ..
        }
    )
}

/// A prompt of about 150 tokens that says which turn it is.
fn prompt(turn: usize) -> String {
    format!(
        "Turn {turn}: {}",
        "tell me more about the river and the hills. ".repeat(15)
    )
}

fn candidate<'a>(record: &'a sb_engine::RouteRecord, model: &str) -> &'a Candidate {
    record
        .decision
        .candidates
        .iter()
        .find(|c| c.model == ModelRef(model.into()))
        .unwrap()
}

/// Checks one request against the conversation so far (`history`, oldest first, without
/// the system prompt) and the candidate it was sent for.
fn check_request(
    body: &Value,
    history: &[(String, String)],
    last_prompt: &str,
    c: &Candidate,
    window: u64,
) {
    let messages = chat_texts(body);
    let name = &c.name;
    assert_eq!(
        messages[0],
        ("system".into(), SYSTEM.into()),
        "{name}: the system prompt goes first"
    );
    assert_eq!(
        messages.last().unwrap(),
        &("user".to_owned(), last_prompt.to_owned()),
        "{name}: the new prompt goes last"
    );
    assert_eq!(
        messages[1].0, "user",
        "{name}: what is kept opens with a question"
    );
    let kept = &messages[1..messages.len() - 1];
    let left_out = usize::try_from(c.left_out).unwrap();
    assert!(left_out > 0, "{name}: the conversation outgrew its window");
    assert_eq!(
        kept.len(),
        history.len() - left_out,
        "{name}: as many messages are sent as were booked"
    );
    assert_eq!(
        kept,
        &history[left_out..],
        "{name}: the newest part is sent, whole messages, in order"
    );
    assert!(
        c.input_tokens + c.max_output <= window,
        "{name}: {} input + {} output within {window}",
        c.input_tokens,
        c.max_output
    );
    assert_eq!(
        c.max_output, MAX_OUTPUT,
        "{name}: the answer keeps its room"
    );
    assert!(
        c.input_tokens + c.max_output + 600 > window,
        "{name}: no more left out than needed ({} in {window})",
        c.input_tokens
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_longer_than_every_window_still_goes_on() {
    let (_dir, server, engine, provider_id) = setup().await;
    // The conversation grows with a model chosen by hand, so no rate limit slows it; it
    // outgrows the larger window after about twenty turns, and goes on.
    let mut conversation = None;
    let mut history: Vec<(String, String)> = Vec::new();
    // The stored id of each message of `history`.
    let mut ids: Vec<i64> = Vec::new();
    for turn in 0..40 {
        let text = prompt(turn);
        let (started, rx) = send_chosen(&engine, &mut conversation, provider_id, &text, None).await;
        assert!(complete(&finish(rx).await), "turn {turn} answered");
        let answer = engine.message(started.assistant_message_id).await.unwrap();
        let record = engine
            .route_record(started.assistant_message_id)
            .await
            .unwrap()
            .unwrap();
        let picked = record.decision.picked().unwrap().clone();
        let body = server.requests().last().unwrap().json().unwrap();
        if picked.left_out > 0 {
            check_request(&body, &history, &text, &picked, LARGE_WINDOW);
        } else if turn > 0 {
            assert_eq!(
                chat_texts(&body).len(),
                history.len() + 2,
                "turn {turn}: all of it fits"
            );
        }
        let left_out = usize::try_from(picked.left_out).unwrap();
        assert_eq!(
            record.first_sent,
            Some(*ids.get(left_out).unwrap_or(&started.user_message_id)),
            "turn {turn}: the record says which message the call sent first"
        );
        history.push(("user".into(), text));
        history.push(("assistant".into(), answer.content));
        ids.extend([started.user_message_id, started.assistant_message_id]);
    }
    assert!(
        ids.len() > 40,
        "the conversation grew: its last turns left messages out"
    );
    let conversation = conversation.unwrap();

    // A preview says what a routed turn would leave out. (A code question: the chat
    // turns' model is not kept for it, so the route's own order applies.)
    let last = "Write a Rust function that parses a river's length in km from a CSV line like `Rhine,1233`.".to_owned();
    let preview = engine
        .preview_route(
            last.clone(),
            RouteOptions {
                conversation_id: Some(conversation),
                ..RouteOptions::default()
            },
        )
        .await
        .unwrap();
    let previewed = preview.decision.picked().unwrap().clone();
    assert_eq!(previewed.model, ModelRef("fake/sb-ratelimit".into()));
    assert!(previewed.left_out > 0, "{previewed:?}");

    // A routed turn: the small window first (429), then the fallback with its own part.
    let before = server.requests().len();
    let (started, rx) = engine
        .start_routed_turn(Some(conversation), last.clone(), RouteOptions::default())
        .await
        .unwrap();
    assert!(complete(&finish(rx).await), "the fallback answered");
    let record = engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    let requests = server.requests();
    let bodies: Vec<Value> = requests[before..]
        .iter()
        .map(|r| r.json().unwrap())
        .collect();
    let models: Vec<&str> = bodies
        .iter()
        .map(|b| b["model"].as_str().unwrap())
        .collect();
    assert_eq!(models.first(), Some(&"sb-ratelimit"));
    assert_eq!(models.last(), Some(&"sb-markdown"));
    let small = candidate(&record, "fake/sb-ratelimit");
    let large = candidate(&record, "fake/sb-markdown");
    assert_eq!(small, &previewed, "the preview was the turn");
    assert_eq!(large.verdict, Verdict::Fallback { rank: 1 });
    check_request(&bodies[0], &history, &last, small, SMALL_WINDOW);
    check_request(bodies.last().unwrap(), &history, &last, large, LARGE_WINDOW);
    assert!(
        small.left_out > large.left_out,
        "the larger window holds more: {} / {}",
        small.left_out,
        large.left_out
    );
    assert_eq!(
        record.reserved, large.reserve,
        "the answer's booking is its own part's"
    );
    assert_eq!(
        record.first_sent,
        Some(ids[usize::try_from(large.left_out).unwrap()]),
        "the record marks where the answering model's part began, not the first try's"
    );
    assert!(
        record.decision.reason.contains(&format!(
            "The oldest {} messages of this conversation are not sent",
            small.left_out
        )),
        "the explanation says so: {}",
        record.decision.reason
    );
    let answered = engine.message(started.assistant_message_id).await.unwrap();
    assert_eq!(answered.role, Role::Assistant);
    assert!(
        !answered.content.is_empty(),
        "the answer is stored in the long conversation"
    );
}

/// A conversation set to send only its newest messages sends that many (from a
/// question), books only them, and a preview counts the same: fewer than its window
/// would hold, for a chosen model, a preview and a routed turn (every attempt).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_set_to_its_newest_messages_sends_only_those() {
    let (_dir, server, engine, provider_id) = setup().await;
    let mut conversation = None;
    let mut history: Vec<(String, String)> = Vec::new();
    for turn in 0..4 {
        let text = format!("Short turn {turn}");
        let (started, rx) =
            send_chosen(&engine, &mut conversation, provider_id, &text, Some(3)).await;
        assert!(complete(&finish(rx).await), "turn {turn} answered");
        let sent = chat_texts(&server.requests().last().unwrap().json().unwrap());
        // The newest three before the prompt, from a question: after turn 1 that is
        // one question and its answer (the third newest is an answer, left out).
        let newest: Vec<(String, String)> = match history.len() {
            0 => Vec::new(),
            n => history[n - 2..].to_vec(),
        };
        // The system prompt is set once the first turn made the conversation.
        let mut want = Vec::new();
        if turn > 0 {
            want.push(("system".to_owned(), SYSTEM.to_owned()));
            want.extend(newest);
        }
        want.push(("user".into(), text.clone()));
        assert_eq!(sent, want, "turn {turn}: only the newest messages are sent");
        let record = engine
            .route_record(started.assistant_message_id)
            .await
            .unwrap()
            .unwrap();
        let first = match turn {
            0 => started.user_message_id,
            // The previous turn's question.
            _ => started.user_message_id - 2,
        };
        assert_eq!(
            record.first_sent,
            Some(first),
            "turn {turn}: the record marks the first message sent"
        );
        let answer = engine.message(started.assistant_message_id).await.unwrap();
        history.push(("user".into(), text));
        history.push(("assistant".into(), answer.content));
    }

    let last = "And one more short question".to_owned();
    let options = RouteOptions {
        conversation_id: conversation,
        ..RouteOptions::default()
    };
    let preview = engine
        .preview_route(last.clone(), options.clone())
        .await
        .unwrap();
    let before = server.requests().len();
    let (started, rx) = engine
        .start_routed_turn(conversation, last.clone(), RouteOptions::default())
        .await
        .unwrap();
    assert!(complete(&finish(rx).await), "the routed turn was answered");
    let record = engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        record.decision.picked(),
        preview.decision.picked(),
        "the preview counted what the turn sent"
    );
    let requests = server.requests();
    assert!(requests.len() > before);
    let mut want = vec![("system".to_owned(), SYSTEM.to_owned())];
    want.extend(history[history.len() - 2..].iter().cloned());
    want.push(("user".into(), last));
    for request in &requests[before..] {
        assert_eq!(
            chat_texts(&request.json().unwrap()),
            want,
            "every attempt sends the newest messages only"
        );
    }
    assert!(
        record.decision.candidates.iter().all(|c| c.left_out == 0),
        "the window had room for more: nothing else is left out"
    );
}
