//! Routed turns end to end below the UI: a catalogue whose only vendor is the fake
//! provider on 127.0.0.1, real SQLite files, and the engine's reserve/settle cycle.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{sync::Arc, time::Duration};

use std::collections::BTreeMap;

use sb_core::catalogue::{Catalogue, CatalogueEdits, ModelRef, Tokenizer};
use sb_core::{BudgetMode, MessageStatus, ProviderInput, ProviderKind, Task, Usd};
use sb_engine::{
    BudgetSettings, Engine, EngineConfig, EngineError, RouteOptions, SystemClock, TurnEvent,
};
use sb_keys::{MemoryKeyStore, Secret};
use sb_store::ConversationRouting;
use sb_testsupport::{scenario, FakeServer};
use tempfile::TempDir;

const KEY: &str = "sk-test-routing-51f0c2aa9d";

/// `sb-markdown` reports 24 input and 96 output tokens: at $10/M in and $40/M out one
/// answer costs $0.00024 + $0.00384 = $0.00408. Its max output of 200 tokens makes a
/// reservation about $0.0081, so a $0.03 cap holds three turns in flight at most.
fn catalogue(host: &str, routes: &str) -> Catalogue {
    Catalogue::from_json(&format!(
        r#"{{
  "source": {{"name": "test", "version": "1", "licence": "MIT", "url": "-", "retrieved": "2026-11-22"}},
  "vendors": [{{"id": "fake", "name": "Fake", "base_url": "http://{host}/v1", "hosts": ["fake.invalid"], "needs_key": true, "tokenizer": "openai"}}],
  "models": [
    {{"vendor": "fake", "id": "sb-markdown", "name": "Markdown", "context_window": 100000, "max_output": 200,
      "price": {{"input": 10, "output": 40, "cache_read": null, "cache_write": null, "reasoning": null}},
      "capabilities": {{"vision": false, "tools": false, "reasoning": false}},
      "quality": {{"code": 3, "reasoning": 3, "planning": 3, "writing": 3, "summarize": 3, "translate": 3, "chat": 3}}}},
    {{"vendor": "fake", "id": "sb-ratelimit", "name": "Rate limited", "context_window": 100000, "max_output": 200,
      "price": {{"input": 1, "output": 4, "cache_read": null, "cache_write": null, "reasoning": null}},
      "capabilities": {{"vision": false, "tools": false, "reasoning": false}},
      "quality": {{"code": 5, "reasoning": 5, "planning": 5, "writing": 5, "summarize": 5, "translate": 5, "chat": 5}}}}
  ],
  "routes": {routes}
}}"#
    ))
    .unwrap()
}

const ALL_MARKDOWN: &str = r#"{"code": ["fake/sb-markdown"], "reasoning": ["fake/sb-markdown"], "planning": ["fake/sb-markdown"], "writing": ["fake/sb-markdown"], "summarize": ["fake/sb-markdown"], "translate": ["fake/sb-markdown"], "chat": ["fake/sb-markdown"]}"#;
const RATE_LIMITED_FIRST: &str = r#"{"code": ["fake/sb-ratelimit", "fake/sb-markdown"], "reasoning": ["fake/sb-ratelimit", "fake/sb-markdown"], "planning": ["fake/sb-ratelimit", "fake/sb-markdown"], "writing": ["fake/sb-ratelimit", "fake/sb-markdown"], "summarize": ["fake/sb-ratelimit", "fake/sb-markdown"], "translate": ["fake/sb-ratelimit", "fake/sb-markdown"], "chat": ["fake/sb-ratelimit", "fake/sb-markdown"]}"#;

async fn open(dir: &TempDir, catalogue: Catalogue) -> Engine {
    let mut config = EngineConfig::new(
        dir.path().to_path_buf(),
        Arc::new(SystemClock),
        Arc::new(MemoryKeyStore::new()),
    );
    config.read_timeout = Duration::from_secs(5);
    config.catalogue = Some(catalogue);
    Engine::open(config).await.unwrap()
}

async fn setup(routes: &str) -> (TempDir, FakeServer, Engine) {
    setup_with(|host| catalogue(host, routes)).await
}

async fn setup_with(catalogue: impl Fn(&str) -> Catalogue) -> (TempDir, FakeServer, Engine) {
    let dir = TempDir::new().unwrap();
    let server = FakeServer::start(scenario::scenario_responder(KEY.into()))
        .await
        .unwrap();
    let engine = open(&dir, catalogue(&server.addr().to_string())).await;
    engine
        .add_provider(
            ProviderInput {
                name: "fake".into(),
                kind: ProviderKind::Openai,
                base_url: server.base_url(),
                default_model: "sb-markdown".into(),
                // The catalogue does not know 127.0.0.1: the provider names its vendor.
                vendor: Some("fake".into()),
                local: false,
                settings: Default::default(),
            },
            Some(Secret::new(KEY.into()).unwrap()),
        )
        .await
        .unwrap();
    (dir, server, engine)
}

async fn finish(mut rx: tokio::sync::mpsc::UnboundedReceiver<TurnEvent>) -> TurnEvent {
    let mut last = None;
    while let Some(ev) = tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .unwrap()
    {
        last = Some(ev);
    }
    last.expect("a turn always ends with an event")
}

fn cents(c: f64) -> Usd {
    Usd::from_dollars(c / 100.0).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixteen_parallel_turns_never_pass_a_hard_cap() {
    let (_dir, _server, engine) = setup(ALL_MARKDOWN).await;
    let cap = cents(3.0);
    engine
        .set_budget_settings(BudgetSettings {
            conversation_cap: Some(cap),
            conversation_mode: BudgetMode::Hard,
            ..BudgetSettings::default()
        })
        .await
        .unwrap();
    // One conversation, so all sixteen share its cap.
    let (first, rx) = engine
        .start_routed_turn(None, "Hello there".into(), RouteOptions::default())
        .await
        .unwrap();
    finish(rx).await;
    let conversation = first.conversation_id;

    let turns: Vec<_> = (0..16)
        .map(|i| {
            let engine = engine.clone();
            tokio::spawn(async move {
                match engine
                    .start_routed_turn(
                        Some(conversation),
                        format!("Tell me fact number {i}"),
                        RouteOptions::default(),
                    )
                    .await
                {
                    Ok((_, rx)) => Some(finish(rx).await),
                    Err(EngineError::BudgetExceeded { .. }) => None,
                    Err(e) => panic!("unexpected error: {e}"),
                }
            })
        })
        .collect();
    let mut answered = 0;
    let mut blocked = 0;
    for t in turns {
        match t.await.unwrap() {
            Some(TurnEvent::Finished { status, .. }) => {
                assert_eq!(status, MessageStatus::Complete, "answered turns complete");
                answered += 1;
            }
            Some(other) => panic!("unexpected end: {other:?}"),
            None => blocked += 1,
        }
    }
    let view = engine.open_conversation(conversation).await.unwrap();
    let answers = view
        .messages
        .iter()
        .filter(|m| m.role == sb_core::Role::Assistant)
        .count();
    assert_eq!(answers, answered + 1, "blocked turns stored nothing");
    let record = engine
        .route_record(view.messages.last().unwrap().id)
        .await
        .unwrap()
        .expect("routed turns keep a record");
    assert!(
        record.budget_after.is_some(),
        "settled turns record the budget after"
    );
    let after = engine
        .budget_status(conversation)
        .await
        .unwrap()
        .conversation;
    assert!(
        after.spent <= cap,
        "spend {} stays within the cap {}",
        after.spent,
        cap
    );
    assert_eq!(
        after.reserved,
        Usd::ZERO,
        "no reservation outlives its turn"
    );
    // Every answer is exact: 24 × $10/M + 96 × $40/M.
    assert_eq!(
        after.spent,
        Usd(4_080_000 * i64::try_from(answered + 1).unwrap()),
        "the ledger sums the settled answers"
    );
    assert!(
        blocked > 0,
        "the cap was reached ({answered} answered, {blocked} blocked)"
    );
    assert!(
        answered >= 2,
        "turns ran while the budget allowed ({answered})"
    );
    assert!(record.exact, "costs from reported usage are exact");
}

#[tokio::test]
async fn a_budget_too_small_for_any_model_sends_nothing_and_says_why() {
    let (_dir, server, engine) = setup(ALL_MARKDOWN).await;
    engine
        .set_budget_settings(BudgetSettings {
            conversation_cap: Some(Usd(1_000)),
            conversation_mode: BudgetMode::Hard,
            ..BudgetSettings::default()
        })
        .await
        .unwrap();
    let err = engine
        .start_routed_turn(None, "Hi".into(), RouteOptions::default())
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        "budget_exceeded",
        "a blocked turn is a budget error: {err}"
    );
    assert!(
        err.to_string().contains("Raise the cap"),
        "the message offers a way out: {err}"
    );
    assert!(
        engine.list_conversations().await.unwrap().is_empty(),
        "nothing was stored"
    );
    assert!(server.requests().is_empty(), "no call was made");
}

#[tokio::test]
async fn rate_limits_before_the_first_token_fall_back_and_are_recorded() {
    let (_dir, server, engine) = setup(RATE_LIMITED_FIRST).await;
    let (started, rx) = engine
        .start_routed_turn(
            None,
            "Write a haiku about rain".into(),
            RouteOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(
        started.model, "sb-ratelimit",
        "the route's first choice is tried first"
    );
    let end = finish(rx).await;
    assert!(
        matches!(
            end,
            TurnEvent::Finished {
                status: MessageStatus::Complete,
                ..
            }
        ),
        "the fallback answered: {end:?}"
    );
    let record = engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.fallbacks.len(), 1, "one fallback was taken");
    assert_eq!(record.fallbacks[0].code, "rate_limited", "and why");
    assert_eq!(
        record.answered_by.as_ref().map(|m| m.0.as_str()),
        Some("fake/sb-markdown"),
        "who answered"
    );
    let models: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.json().unwrap()["model"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        models,
        ["sb-ratelimit", "sb-markdown"],
        "the vendor's model ids were sent, in order"
    );
    let message = engine.message(started.assistant_message_id).await.unwrap();
    assert_eq!(
        message.model.as_deref(),
        Some("sb-markdown"),
        "the message shows the model that answered"
    );
}

#[tokio::test]
async fn pinning_and_max_output_reach_the_request() {
    let (_dir, server, engine) = setup(RATE_LIMITED_FIRST).await;
    let (started, rx) = engine
        .start_routed_turn(None, "Hello".into(), RouteOptions::default())
        .await
        .unwrap();
    finish(rx).await;
    engine
        .set_conversation_routing(
            started.conversation_id,
            ConversationRouting {
                pinned_model: Some("fake/sb-markdown".into()),
                ..ConversationRouting::default()
            },
        )
        .await
        .unwrap();
    let before = server.requests().len();
    let (pinned, rx) = engine
        .start_routed_turn(
            Some(started.conversation_id),
            "Again".into(),
            RouteOptions::default(),
        )
        .await
        .unwrap();
    finish(rx).await;
    assert_eq!(
        pinned.model, "sb-markdown",
        "a pinned model bypasses the route"
    );
    let requests = server.requests();
    assert_eq!(requests.len(), before + 1, "no fallback was needed");
    let body = requests.last().unwrap().json().unwrap();
    assert_eq!(
        body["max_completion_tokens"], 200,
        "the output limit is sent: {body}"
    );
}

fn every_task(models: &[&str]) -> BTreeMap<Task, Vec<ModelRef>> {
    Task::ALL
        .iter()
        .map(|t| (*t, models.iter().map(|m| ModelRef((*m).into())).collect()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_and_route_edits_steer_turns_and_survive_a_restart() {
    let (dir, server, engine) = setup(RATE_LIMITED_FIRST).await;
    let host = server.addr().to_string();
    let state = engine.catalogue_state().await.unwrap();
    let mut markdown = state
        .catalogue
        .model(&ModelRef("fake/sb-markdown".into()))
        .unwrap()
        .clone();
    markdown.price.input = 20.0;
    let edits = CatalogueEdits {
        models: vec![markdown],
        removed: Vec::new(),
        routes: every_task(&["fake/sb-markdown"]),
    };
    let saved = engine.set_catalogue_edits(edits.clone()).await.unwrap();
    assert_eq!(saved.edits, edits, "the edits are returned as stored");
    assert_eq!(
        saved.shipped_routes[&Task::Chat][0].0,
        "fake/sb-ratelimit",
        "the defaults stay visible, for Reset"
    );

    let before = server.requests().len();
    let (started, rx) = engine
        .start_routed_turn(None, "Hello".into(), RouteOptions::default())
        .await
        .unwrap();
    finish(rx).await;
    assert_eq!(started.model, "sb-markdown", "the edited route is followed");
    assert_eq!(
        server.requests().len(),
        before + 1,
        "the rate-limited model is no longer tried first"
    );

    let refused = engine
        .set_catalogue_edits(CatalogueEdits {
            routes: every_task(&["fake/nope"]),
            ..edits.clone()
        })
        .await
        .unwrap_err();
    assert_eq!(refused.code(), "invalid_input", "{refused}");
    assert!(
        refused.to_string().contains("fake/nope"),
        "the message names the culprit: {refused}"
    );

    drop(engine);
    let reopened = open(&dir, catalogue(&host, RATE_LIMITED_FIRST)).await;
    let state = reopened.catalogue_state().await.unwrap();
    assert_eq!(
        state.edits, edits,
        "edits survive a restart; the refused ones were not stored"
    );
    assert_eq!(
        state
            .catalogue
            .model(&ModelRef("fake/sb-markdown".into()))
            .unwrap()
            .price
            .input,
        20.0,
        "the edited price is in effect after the restart"
    );
    assert_eq!(
        state.catalogue.route(Task::Chat),
        [ModelRef("fake/sb-markdown".into())],
        "so is the edited route"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reported_usage_calibrates_estimates_for_vendors_without_a_tokenizer() {
    let (_dir, _server, engine) = setup_with(|host| {
        let mut c = catalogue(host, ALL_MARKDOWN);
        c.vendors[0].tokenizer = Tokenizer::Estimate;
        c
    })
    .await;
    // 2,400 characters; sb-markdown reports 24 prompt tokens for anything, so this
    // vendor looks like it packs far more characters per token than the default.
    let prompt = "calibrate ".repeat(240);
    let estimate = |engine: Engine, prompt: String| async move {
        let preview = engine
            .preview_route(prompt, RouteOptions::default())
            .await
            .unwrap();
        preview.decision.picked().unwrap().input_tokens
    };
    let first = estimate(engine.clone(), prompt.clone()).await;
    assert_eq!(
        first,
        762 + 4,
        "no samples yet: 2,400 / 3.15 (3.5 chars/token less a 10% margin), plus framing"
    );
    for _ in 0..3 {
        let (_, rx) = engine
            .start_routed_turn(None, prompt.clone(), RouteOptions::default())
            .await
            .unwrap();
        finish(rx).await;
    }
    let learned = estimate(engine.clone(), prompt.clone()).await;
    assert!(
        learned < first,
        "reported usage lowers the estimate: {first} -> {learned}"
    );
    assert!(
        learned >= 2_400 / 6 + 4,
        "never past the 6 chars/token ceiling: {learned}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn previews_use_the_conversations_pin_and_caps_like_a_turn_would() {
    let (_dir, _server, engine) = setup(RATE_LIMITED_FIRST).await;
    let (started, rx) = engine
        .start_routed_turn(None, "Hello".into(), RouteOptions::default())
        .await
        .unwrap();
    finish(rx).await;
    let id = started.conversation_id;
    let options = RouteOptions {
        conversation_id: Some(id),
        ..RouteOptions::default()
    };
    engine
        .set_conversation_routing(
            id,
            ConversationRouting {
                pinned_model: Some("fake/sb-markdown".into()),
                ..ConversationRouting::default()
            },
        )
        .await
        .unwrap();
    let pinned = engine
        .preview_route("And another thing".into(), options.clone())
        .await
        .unwrap();
    assert!(
        pinned.decision.pinned,
        "the conversation's pin is previewed"
    );
    assert_eq!(
        pinned.decision.pick.as_ref().map(|m| m.0.as_str()),
        Some("fake/sb-markdown"),
        "{}",
        pinned.decision.reason
    );

    engine
        .set_conversation_routing(
            id,
            ConversationRouting {
                budget_cap: Some(Usd(1)),
                budget_mode: Some(BudgetMode::Hard),
                ..ConversationRouting::default()
            },
        )
        .await
        .unwrap();
    let blocked = engine
        .preview_route("And another thing".into(), options)
        .await
        .unwrap();
    assert!(
        blocked.decision.blocked.is_some(),
        "the spent hard cap shows in the preview, before sending: {}",
        blocked.decision.reason
    );
}

/// A catalogue where `task` and `runner_up` each have a specialist first in their route
/// (weak at the other task, and cheap) and `sb-markdown` is good at both.
fn doubt_catalogue(host: &str, task: Task, runner_up: Task) -> Catalogue {
    let tiers = |strong: Task, weak: Task| {
        let body: Vec<String> = Task::ALL
            .iter()
            .map(|t| {
                let tier = if *t == strong {
                    5
                } else if *t == weak {
                    1
                } else {
                    3
                };
                format!("\"{t}\": {tier}")
            })
            .collect();
        format!("{{{}}}", body.join(", "))
    };
    let model = |id: &str, price: &str, quality: String| {
        format!(
            r#"{{"vendor": "fake", "id": "{id}", "name": "{id}", "context_window": 100000, "max_output": 200,
      "price": {price}, "capabilities": {{"vision": false, "tools": false, "reasoning": false}}, "quality": {quality}}}"#
        )
    };
    let cheap = r#"{"input": 0.1, "output": 0.4, "cache_read": null, "cache_write": null, "reasoning": null}"#;
    let dear = r#"{"input": 10, "output": 40, "cache_read": null, "cache_write": null, "reasoning": null}"#;
    let routes: Vec<String> = Task::ALL
        .iter()
        .map(|t| {
            let first = if *t == task {
                "\"fake/spec-task\", "
            } else if *t == runner_up {
                "\"fake/spec-runner\", "
            } else {
                ""
            };
            format!("\"{t}\": [{first}\"fake/sb-markdown\"]")
        })
        .collect();
    Catalogue::from_json(&format!(
        r#"{{
  "source": {{"name": "test", "version": "1", "licence": "MIT", "url": "-", "retrieved": "2026-11-22"}},
  "vendors": [{{"id": "fake", "name": "Fake", "base_url": "http://{host}/v1", "hosts": ["fake.invalid"], "needs_key": true, "tokenizer": "openai"}}],
  "models": [{}, {}, {}],
  "routes": {{{}}}
}}"#,
        model("spec-task", cheap, tiers(task, runner_up)),
        model("spec-runner", cheap, tiers(runner_up, task)),
        model(
            "sb-markdown",
            dear,
            "{\"code\": 4, \"reasoning\": 4, \"planning\": 4, \"writing\": 4, \"summarize\": 4, \"translate\": 4, \"chat\": 4}".into()
        ),
        routes.join(", ")
    ))
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsure_turn_goes_to_a_model_strong_at_both_and_its_record_says_why() {
    // Prompts between two tasks; the first the shipped model is unsure about is used, so
    // a retrained model only has to stay unsure about one of them.
    let prompts = [
        "Work out how to split the moving costs fairly between three friends",
        "What were the quarterly revenue figures for Q3, and how do they compare with last year?",
        "Help me think about how to organise the numbers for the team budget",
    ];
    let (prompt, c) = prompts
        .iter()
        .map(|p| (*p, sb_core::Classifier::shipped().classify(p, None)))
        .find(|(_, c)| c.confidence < sb_core::route::UNSURE_BELOW)
        .expect("the classifier is unsure about at least one of these prompts");
    let runner_up = c
        .runner_up
        .expect("an unsure classification names its runner-up");
    let (_dir, _server, engine) =
        setup_with(|host| doubt_catalogue(host, c.task, runner_up.task)).await;

    let expected = format!("unsure between {} and {}", c.task, runner_up.task);
    let preview = engine
        .preview_route(prompt.into(), RouteOptions::default())
        .await
        .unwrap();
    assert_eq!(
        preview.decision.pick.as_ref().map(|m| m.0.as_str()),
        Some("fake/sb-markdown"),
        "the model strong at both tasks is previewed: {}",
        preview.decision.reason
    );
    assert!(
        preview.decision.reason.contains(&expected)
            && preview.decision.reason.contains("strong at both"),
        "the preview says why: {}",
        preview.decision.reason
    );

    let (started, rx) = engine
        .start_routed_turn(None, prompt.into(), RouteOptions::default())
        .await
        .unwrap();
    assert!(
        matches!(finish(rx).await, TurnEvent::Finished { .. }),
        "the turn is answered"
    );
    let record = engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .expect("a routed answer has a record");
    assert_eq!(
        record.answered_by.as_ref().map(|m| m.0.as_str()),
        Some("fake/sb-markdown"),
        "the model strong at both answered"
    );
    assert!(
        record.decision.reason.contains(&expected),
        "the answer's explanation carries the doubt: {}",
        record.decision.reason
    );
    assert_eq!(
        record.classification.runner_up.map(|r| r.task),
        Some(runner_up.task),
        "the record keeps the runner-up"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_catalogue_state_says_which_models_have_a_key() {
    use sb_core::route::Access;
    let dir = TempDir::new().unwrap();
    let engine = open(&dir, catalogue("127.0.0.1:9", ALL_MARKDOWN)).await;
    let markdown = ModelRef("fake/sb-markdown".into());
    let access = |state: &sb_engine::CatalogueState| state.access.get(&markdown).cloned();

    let state = engine.catalogue_state().await.unwrap();
    assert_eq!(
        access(&state),
        Some(Access::NoProvider),
        "no provider serves the vendor yet"
    );
    assert_eq!(
        state.access.len(),
        state.catalogue.models.len(),
        "every model in effect is marked"
    );

    let provider = engine
        .add_provider(
            ProviderInput {
                name: "fake".into(),
                kind: ProviderKind::Openai,
                base_url: "http://127.0.0.1:9/v1".into(),
                default_model: "sb-markdown".into(),
                vendor: Some("fake".into()),
                local: false,
                settings: Default::default(),
            },
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        access(&engine.catalogue_state().await.unwrap()),
        Some(Access::NoKey {
            provider: "fake".into()
        }),
        "a provider without a key is named"
    );

    engine
        .set_key(provider.id, Secret::new(KEY.into()).unwrap())
        .await
        .unwrap();
    assert_eq!(
        access(&engine.catalogue_state().await.unwrap()),
        Some(Access::Ready),
        "with a key the model is usable, as the router sees it"
    );
}
