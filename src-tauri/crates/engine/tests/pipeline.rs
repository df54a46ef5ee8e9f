//! The one turn pipeline at the engine boundary: every kind of turn (routed, pinned,
//! chosen in the composer, ad hoc, re-run, many in flight) is booked against every cap,
//! settled into the ledger, and recorded; models without a price, local providers,
//! fallbacks across vendors, unreadable settings, killed turns and echoed keys each
//! behave as promised. A fake provider on 127.0.0.1 and real SQLite files throughout.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{sync::Arc, time::Duration};

use sb_core::catalogue::Catalogue;
use sb_core::{BudgetMode, Clock, FixedClock, MessageStatus, ProviderInput, ProviderKind, Usd};
use sb_engine::{
    BudgetSettings, Engine, EngineConfig, EngineError, RouteOptions, Selection, SendTurn,
    SystemClock, TurnEvent, TurnTarget,
};
use sb_keys::{KeyStore, MemoryKeyStore, Secret};
use sb_store::Store;
use sb_testsupport::{scenario, FakeServer};
use tempfile::TempDir;

const KEY: &str = "sk-test-pipeline-77aa41c0e9d3b5f2";

/// Two vendors on the one fake server, so fallbacks can cross vendors. `sb-markdown`
/// answers 24 in / 96 out: $0.00408 at $10/$40 per million; reservations are about
/// $0.0081 (input + its 200-token output limit).
fn catalogue(host: &str) -> Catalogue {
    let model = |vendor: &str, id: &str, input: f64, output: f64| {
        format!(
            r#"{{"vendor": "{vendor}", "id": "{id}", "name": "{vendor} {id}", "context_window": 100000, "max_output": 200,
      "price": {{"input": {input}, "output": {output}, "cache_read": null, "cache_write": null, "reasoning": null}},
      "capabilities": {{"vision": false, "tools": false, "reasoning": false}},
      "quality": {{"code": 3, "reasoning": 3, "planning": 3, "writing": 3, "summarize": 3, "translate": 3, "chat": 3}}}}"#
        )
    };
    let route = r#"["alpha/sb-ratelimit", "beta/sb-markdown"]"#;
    Catalogue::from_json(&format!(
        r#"{{
  "source": {{"name": "test", "version": "1", "licence": "MIT", "url": "-", "retrieved": "2026-12-01"}},
  "vendors": [
    {{"id": "alpha", "name": "Alpha", "base_url": "http://{host}/v1", "hosts": ["alpha.invalid"], "needs_key": true, "tokenizer": "openai"}},
    {{"id": "beta", "name": "Beta", "base_url": "http://{host}/v1", "hosts": ["beta.invalid"], "needs_key": true, "tokenizer": "estimate"}}
  ],
  "models": [{}, {}, {}, {}, {}],
  "routes": {{"code": {route}, "reasoning": {route}, "planning": {route}, "writing": {route}, "summarize": {route}, "translate": {route}, "chat": {route}}}
}}"#,
        model("alpha", "sb-ratelimit", 1.0, 4.0),
        model("alpha", "sb-markdown", 10.0, 40.0),
        model("beta", "sb-markdown", 10.0, 40.0),
        model("beta", "sb-overbill", 10.0, 40.0),
        model("beta", "sb-slow", 10.0, 40.0),
    ))
    .unwrap()
}

struct Fixture {
    dir: TempDir,
    server: FakeServer,
    engine: Engine,
    keys: Arc<MemoryKeyStore>,
}

async fn open_engine(
    dir: &TempDir,
    host: &str,
    keys: Arc<MemoryKeyStore>,
    clock: Arc<dyn Clock>,
) -> Engine {
    let mut config = EngineConfig::new(dir.path().to_path_buf(), clock, keys);
    config.read_timeout = Duration::from_secs(5);
    config.flush_interval = Duration::from_millis(20);
    config.catalogue = Some(catalogue(host));
    Engine::open(config).await.unwrap()
}

async fn provider(
    engine: &Engine,
    name: &str,
    base_url: &str,
    vendor: Option<&str>,
    local: bool,
) -> i64 {
    engine
        .add_provider(
            ProviderInput {
                name: name.into(),
                kind: ProviderKind::Openai,
                base_url: base_url.into(),
                default_model: "sb-markdown".into(),
                vendor: vendor.map(str::to_owned),
                local,
            },
            (!local).then(|| Secret::new(KEY.into()).unwrap()),
        )
        .await
        .unwrap()
        .id
}

async fn fixture() -> Fixture {
    let dir = TempDir::new().unwrap();
    let server = FakeServer::start(scenario::scenario_responder(KEY.into()))
        .await
        .unwrap();
    let keys = Arc::new(MemoryKeyStore::new());
    let engine = open_engine(
        &dir,
        &server.addr().to_string(),
        Arc::clone(&keys),
        Arc::new(SystemClock),
    )
    .await;
    provider(&engine, "alpha", &server.base_url(), Some("alpha"), false).await;
    provider(&engine, "beta", &server.base_url(), Some("beta"), false).await;
    Fixture {
        dir,
        server,
        engine,
        keys,
    }
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

async fn hard_monthly_cap(engine: &Engine, cap: Usd) {
    engine
        .set_budget_settings(BudgetSettings {
            monthly_cap: Some(cap),
            monthly_mode: BudgetMode::Hard,
            ..BudgetSettings::default()
        })
        .await
        .unwrap();
}

/// The kinds of turn a user can start, each on a model with a price.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Routed,
    Pinned,
    Chosen,
    ChosenOtherModel,
    ReRun,
}

const KINDS: [Kind; 5] = [
    Kind::Routed,
    Kind::Pinned,
    Kind::Chosen,
    Kind::ChosenOtherModel,
    Kind::ReRun,
];

async fn start(
    engine: &Engine,
    kind: Kind,
    beta: i64,
    alpha: i64,
    conversation: Option<i64>,
    i: usize,
) -> Result<
    (
        sb_engine::TurnStarted,
        tokio::sync::mpsc::UnboundedReceiver<TurnEvent>,
    ),
    EngineError,
> {
    let text = format!("Tell me fact number {i}");
    match kind {
        Kind::Routed => {
            engine
                .start_routed_turn(conversation, text, RouteOptions::default())
                .await
        }
        Kind::Pinned => {
            let options = RouteOptions {
                pinned: Some(sb_core::ModelRef("beta/sb-markdown".into())),
                ..RouteOptions::default()
            };
            engine.start_routed_turn(conversation, text, options).await
        }
        Kind::Chosen => {
            engine
                .send_turn(SendTurn {
                    conversation_id: conversation,
                    text,
                    provider_id: beta,
                    model: None,
                })
                .await
        }
        Kind::ChosenOtherModel => {
            engine
                .start_turn(
                    conversation,
                    text,
                    TurnTarget::Saved {
                        provider_id: alpha,
                        model: Some("sb-markdown".into()),
                    },
                )
                .await
        }
        Kind::ReRun => {
            let options = RouteOptions {
                conversation_id: conversation,
                pinned: Some(sb_core::ModelRef("alpha/sb-markdown".into())),
                ..RouteOptions::default()
            };
            engine.start_routed_turn(conversation, text, options).await
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_kind_of_turn_passes_a_hard_cap_and_the_ledger_sums_to_the_spend() {
    let f = fixture().await;
    let providers = f.engine.list_providers().await.unwrap();
    let id = |n: &str| providers.iter().find(|p| p.name == n).unwrap().id;
    let (alpha, beta) = (id("alpha"), id("beta"));
    let cap = cents(5.0);
    hard_monthly_cap(&f.engine, cap).await;

    // First, each kind alone: each is booked, settled and recorded.
    let mut conversation = None;
    for (i, kind) in KINDS.iter().enumerate() {
        let (started, rx) = start(&f.engine, *kind, beta, alpha, conversation, i)
            .await
            .unwrap();
        conversation = Some(started.conversation_id);
        let end = finish(rx).await;
        assert!(
            matches!(
                end,
                TurnEvent::Finished {
                    status: MessageStatus::Complete,
                    ..
                }
            ),
            "{kind:?}: {end:?}"
        );
        let record = f
            .engine
            .route_record(started.assistant_message_id)
            .await
            .unwrap()
            .expect("every turn has a record");
        assert!(
            record.settled.is_some_and(|c| c > Usd::ZERO),
            "{kind:?} settled a cost: {record:?}"
        );
        let expected = match kind {
            Kind::Routed => Selection::Routed,
            Kind::Pinned | Kind::ReRun => Selection::Pinned,
            Kind::Chosen | Kind::ChosenOtherModel => Selection::Chosen,
        };
        assert_eq!(
            record.selection, expected,
            "{kind:?} is recorded as {expected:?}"
        );
    }

    // Then sixteen in flight at once, of every kind mixed, in several conversations.
    let turns: Vec<_> = (0..16)
        .map(|i| {
            let engine = f.engine.clone();
            let kind = KINDS[i % KINDS.len()];
            let conversation = if i % 3 == 0 { None } else { conversation };
            tokio::spawn(async move {
                match start(&engine, kind, beta, alpha, conversation, i).await {
                    Ok((_, rx)) => Some(finish(rx).await),
                    Err(EngineError::BudgetExceeded { .. }) => None,
                    Err(e) => panic!("{kind:?}: unexpected error {e}"),
                }
            })
        })
        .collect();
    let mut blocked = 0;
    for t in turns {
        match t.await.unwrap() {
            Some(TurnEvent::Finished { status, .. }) => assert_eq!(status, MessageStatus::Complete),
            // A routed turn whose first choice is rate limited, when the budget then has
            // no room for the fallback: refused at the fallback instead of the start.
            Some(TurnEvent::Error { code, .. }) if code == "rate_limited" => blocked += 1,
            Some(other) => panic!("unexpected end: {other:?}"),
            None => blocked += 1,
        }
    }
    assert!(blocked > 0, "the cap was reached");
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert!(
        usage.total <= cap,
        "spend {} stays within the cap {}",
        usage.total,
        cap
    );
    let status = f.engine.budget_status(conversation.unwrap()).await.unwrap();
    assert_eq!(
        status.month.spent, usage.total,
        "the ledger sums to the month's spend"
    );
    assert_eq!(
        status.month.reserved,
        Usd::ZERO,
        "no reservation outlives its turn"
    );
    let answered = f
        .server
        .requests()
        .iter()
        .filter(|r| r.json().unwrap()["model"] == "sb-markdown")
        .count();
    assert_eq!(
        usage.calls as usize, answered,
        "one ledger row per answer; refused tries bill nothing"
    );
}

#[tokio::test]
async fn a_chosen_turn_under_a_spent_hard_cap_is_refused_before_any_request() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    hard_monthly_cap(&f.engine, Usd(100)).await;
    let err = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: beta,
            model: None,
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), "budget_exceeded", "{err}");
    assert!(f.server.requests().is_empty(), "nothing was sent");
    assert!(
        f.engine.list_conversations().await.unwrap().is_empty(),
        "nothing was stored"
    );
    let ad_hoc = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::AdHoc {
                kind: ProviderKind::Openai,
                base_url: f.server.base_url(),
                model: "sb-markdown".into(),
                api_key: Secret::new(KEY.into()).unwrap(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        ad_hoc.code(),
        "budget_exceeded",
        "an ad-hoc model with no price under a hard cap: {ad_hoc}"
    );
    assert!(
        ad_hoc.to_string().contains("Settings → Models"),
        "says how to add a price: {ad_hoc}"
    );
    assert!(f.server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn a_model_without_a_price_goes_out_under_a_soft_cap_and_is_counted_unpriced() {
    let f = fixture().await;
    // A custom endpoint: no vendor, so its model has no price in the catalogue.
    let custom = provider(&f.engine, "custom", &f.server.base_url(), None, false).await;
    f.engine
        .set_budget_settings(BudgetSettings {
            monthly_cap: Some(cents(1.0)),
            monthly_mode: BudgetMode::Soft,
            ..BudgetSettings::default()
        })
        .await
        .unwrap();
    let (started, rx) = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: custom,
            model: None,
        })
        .await
        .unwrap();
    finish(rx).await;
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert!(!record.priced, "the record says the price is unknown");
    assert_eq!(record.selection, Selection::Chosen);
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        (usage.calls, usage.unpriced_calls),
        (1, 1),
        "the call is counted, as unpriced"
    );
    assert_eq!(usage.total, Usd::ZERO, "at no cost");
    assert_eq!(usage.by_model[0].input_tokens, 24, "with its tokens");
    let body = f.server.requests()[0].json().unwrap();
    assert!(
        body.get("max_completion_tokens").is_none(),
        "no cap bounds it, so no limit is imposed: {body}"
    );

    // The same provider under a hard cap is refused, with the way out.
    hard_monthly_cap(&f.engine, cents(100.0)).await;
    let err = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: custom,
            model: None,
        })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("has no price"), "{err}");
}

#[tokio::test]
async fn a_local_provider_is_free_even_with_a_spent_hard_cap() {
    let f = fixture().await;
    // Local servers need no key; the fake one wants the bearer, so give it the key.
    let local = provider(&f.engine, "lan", &f.server.base_url(), None, true).await;
    f.engine
        .set_key(local, Secret::new(KEY.into()).unwrap())
        .await
        .unwrap();
    hard_monthly_cap(&f.engine, Usd::ZERO).await;
    let (started, rx) = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: local,
            model: None,
        })
        .await
        .unwrap();
    assert!(matches!(finish(rx).await, TurnEvent::Finished { .. }));
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.settled, Some(Usd::ZERO), "free");
    assert!(record.priced, "a local model's price is known: nothing");
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        (usage.calls, usage.unpriced_calls, usage.total),
        (1, 0, Usd::ZERO)
    );
}

#[tokio::test]
async fn a_fallback_across_vendors_stores_the_provider_that_answered() {
    let f = fixture().await;
    let (started, rx) = f
        .engine
        .start_routed_turn(None, "hello".into(), RouteOptions::default())
        .await
        .unwrap();
    assert_eq!(
        started.provider, "alpha",
        "the route's first vendor is tried first"
    );
    finish(rx).await;
    let message = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(
        message.provider.as_deref(),
        Some("beta"),
        "the provider that answered"
    );
    assert_eq!(message.model.as_deref(), Some("sb-markdown"));
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.provider.as_deref(), Some("beta"));
    assert_eq!(record.fallbacks.len(), 1);
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        usage.calls, 1,
        "a refused try bills nothing and leaves no ledger row"
    );
    assert_eq!(usage.by_provider[0].key, "beta");
}

#[tokio::test]
async fn unreadable_budget_settings_refuse_to_send_rather_than_drop_the_caps() {
    let f = fixture().await;
    hard_monthly_cap(&f.engine, cents(1.0)).await;
    {
        let store = Store::open(&f.dir.path().join(sb_engine::DB_FILE)).unwrap();
        store
            .set_setting("budget", "{\"monthly_cap\": \"lots\"")
            .unwrap();
    }
    let err = f
        .engine
        .start_routed_turn(None, "hello".into(), RouteOptions::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "settings_unreadable", "{err}");
    assert!(
        err.to_string().contains("Settings → Budget"),
        "says how to fix it: {err}"
    );
    assert!(f.server.requests().is_empty(), "nothing was sent");
    f.engine
        .set_budget_settings(BudgetSettings::default())
        .await
        .unwrap();
    let (_, rx) = f
        .engine
        .start_routed_turn(None, "hello".into(), RouteOptions::default())
        .await
        .unwrap();
    assert!(
        matches!(finish(rx).await, TurnEvent::Finished { .. }),
        "saving again repairs it"
    );
}

#[tokio::test]
async fn a_provider_billing_above_the_reservation_is_recorded_as_billed_and_then_blocks() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let cap = cents(1.0);
    hard_monthly_cap(&f.engine, cap).await;
    let (started, rx) = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id: beta,
                model: Some("sb-overbill".into()),
            },
        )
        .await
        .unwrap();
    finish(rx).await;
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    let settled = record.settled.unwrap();
    assert!(
        settled > record.reserved,
        "billed {settled} above the reservation {}",
        record.reserved
    );
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        usage.total, settled,
        "the ledger holds what was billed, not the reservation"
    );
    assert!(
        usage.total > cap,
        "so a provider that overbills can pass the cap by its excess"
    );
    let err = f
        .engine
        .send_turn(SendTurn {
            conversation_id: Some(started.conversation_id),
            text: "more".into(),
            provider_id: beta,
            model: None,
        })
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        "budget_exceeded",
        "after it, nothing more goes out: {err}"
    );
}

#[tokio::test]
async fn a_stopped_turn_is_settled_from_an_estimate_within_its_reservation() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, mut rx) = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id: beta,
                model: Some("sb-slow".into()),
            },
        )
        .await
        .unwrap_err_or_start();
    let mut deltas = 0;
    while let Some(ev) = rx.recv().await {
        if matches!(ev, TurnEvent::Delta { .. }) {
            deltas += 1;
            if deltas == 5 {
                f.engine.stop_turn(started.assistant_message_id);
            }
        }
        if ev.is_final() {
            break;
        }
    }
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert!(!record.exact, "no usage was reported: estimated");
    let cost = record.settled.unwrap();
    assert!(
        cost > Usd::ZERO && cost <= record.reserved,
        "0 < {cost} <= {}",
        record.reserved
    );
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(usage.estimated, cost, "the ledger marks it estimated");
}

/// Starting a turn the test needs running: a refusal fails loudly with its reason.
trait StartOrPanic<T> {
    fn unwrap_err_or_start(self) -> T;
}

impl<T> StartOrPanic<T> for Result<T, EngineError> {
    fn unwrap_err_or_start(self) -> T {
        match self {
            Ok(t) => t,
            Err(e) => panic!("the turn did not start: {e}"),
        }
    }
}

#[test]
fn a_turn_killed_mid_stream_is_settled_by_recovery_not_held_for_an_hour() {
    let dir = TempDir::new().unwrap();
    let keys = Arc::new(MemoryKeyStore::new());
    // The "app": its own runtime, killed mid-answer by dropping the runtime.
    let app = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let (server_addr, message_id, conversation) = {
        let keys = Arc::clone(&keys);
        let dir_path = dir.path().to_path_buf();
        app.block_on(async move {
            let server = FakeServer::start(scenario::scenario_responder(KEY.into()))
                .await
                .unwrap();
            let host = server.addr().to_string();
            let mut config = EngineConfig::new(dir_path, Arc::new(SystemClock), keys);
            config.flush_interval = Duration::from_millis(20);
            config.catalogue = Some(catalogue(&host));
            let engine = Engine::open(config).await.unwrap();
            let beta = provider(&engine, "beta", &server.base_url(), Some("beta"), false).await;
            hard_monthly_cap(&engine, cents(100.0)).await;
            let (started, mut rx) = engine
                .start_turn(
                    None,
                    "hello".into(),
                    TurnTarget::Saved {
                        provider_id: beta,
                        model: Some("sb-slow".into()),
                    },
                )
                .await
                .unwrap();
            // Wait for text to reach the database, then "kill" before the end.
            let mut deltas = 0;
            while let Some(ev) = rx.recv().await {
                if matches!(ev, TurnEvent::Delta { .. }) {
                    deltas += 1;
                }
                if deltas >= 3 {
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(60)).await;
            let status = engine.budget_status(started.conversation_id).await.unwrap();
            assert!(
                status.month.reserved > Usd::ZERO,
                "the turn holds its reservation while it runs"
            );
            std::mem::forget(server);
            (host, started.assistant_message_id, started.conversation_id)
        })
    };
    app.shutdown_timeout(Duration::from_millis(0));
    let _ = keys.probe();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let engine = open_engine(&dir, &server_addr, keys, Arc::new(SystemClock)).await;
        let message = engine.message(message_id).await.unwrap();
        assert_eq!(
            message.status,
            MessageStatus::Interrupted,
            "recovery took the answer over"
        );
        assert!(
            !message.content.is_empty(),
            "the text that reached the disk is kept"
        );
        let status = engine.budget_status(conversation).await.unwrap();
        assert_eq!(
            status.month.reserved,
            Usd::ZERO,
            "the reservation is released at once"
        );
        let usage = engine.usage_summary(None).await.unwrap();
        assert_eq!(usage.calls, 1, "the killed call is in the ledger");
        assert!(
            usage.estimated > Usd::ZERO,
            "settled from an estimate: {usage:?}"
        );
        let record = engine.route_record(message_id).await.unwrap().unwrap();
        assert!(
            record.settled.is_some_and(|c| c <= record.reserved),
            "within the reservation: {record:?}"
        );
    });
}

#[tokio::test]
async fn a_reservation_left_by_a_dead_process_before_its_answer_existed_is_released() {
    let dir = TempDir::new().unwrap();
    let t0 = 1_796_000_000_000;
    {
        let mut store = Store::open(&dir.path().join(sb_engine::DB_FILE)).unwrap();
        // A process that died between reserving and storing its answer: nothing was sent.
        store.set_session("999999-1".into());
        let conversation = store.create_conversation("c", t0).unwrap().id;
        store
            .reserve(conversation, Usd(5_000), &Default::default(), t0)
            .unwrap()
            .unwrap();
    }
    let engine = open_engine(
        &dir,
        "127.0.0.1:9",
        Arc::new(MemoryKeyStore::new()),
        Arc::new(FixedClock::new(t0 + 60_000)),
    )
    .await;
    let status = engine.budget_status(1).await.unwrap();
    assert_eq!(
        status.month.reserved,
        Usd::ZERO,
        "released at once, not after an hour"
    );
    assert_eq!(
        engine.usage_summary(None).await.unwrap().calls,
        0,
        "and billed nothing"
    );
}

/// Two processes on one database (the app while `sb` runs): opening the second must not
/// take over, settle or free the first one's running turn.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn opening_a_second_engine_leaves_a_running_turn_alone() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    hard_monthly_cap(&f.engine, cents(100.0)).await;
    let (started, mut rx) = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id: beta,
                model: Some("sb-slow".into()),
            },
        )
        .await
        .unwrap();
    let mut deltas = 0;
    while deltas < 3 {
        if let Some(TurnEvent::Delta { .. }) = rx.recv().await {
            deltas += 1;
        }
    }
    let second = open_engine(
        &f.dir,
        &f.server.addr().to_string(),
        Arc::clone(&f.keys),
        Arc::new(SystemClock),
    )
    .await;
    let message = second.message(started.assistant_message_id).await.unwrap();
    assert_eq!(
        message.status,
        MessageStatus::Streaming,
        "the running answer is not taken over"
    );
    let held = second
        .budget_status(started.conversation_id)
        .await
        .unwrap()
        .month;
    assert!(held.reserved > Usd::ZERO, "its money stays held");
    assert_eq!(
        second.usage_summary(None).await.unwrap().calls,
        0,
        "nothing was settled for it"
    );
    f.engine.stop_turn(started.assistant_message_id);
    while let Some(ev) = rx.recv().await {
        if ev.is_final() {
            break;
        }
    }
    let usage = second.usage_summary(None).await.unwrap();
    assert_eq!(
        usage.calls, 1,
        "the turn is in the ledger once, settled by its own process"
    );
    assert_eq!(
        second
            .budget_status(started.conversation_id)
            .await
            .unwrap()
            .month
            .reserved,
        Usd::ZERO
    );
}

#[tokio::test]
async fn a_key_echoed_by_the_server_reaches_no_error_text_and_no_database_byte() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, rx) = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id: beta,
                model: Some("sb-echo-key".into()),
            },
        )
        .await
        .unwrap();
    let TurnEvent::Error { message, .. } = finish(rx).await else {
        panic!("the echo is an error")
    };
    assert!(!message.contains(KEY), "the event's error text: {message}");
    assert!(
        message.contains("[redacted]"),
        "the echo shows as redacted: {message}"
    );
    let stored = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert!(!stored.error.unwrap().message.contains(KEY));

    // A wrong key, echoed by the 401.
    let wrong = "sk-test-wrong-0000aaaa1111bbbb";
    f.engine
        .set_key(beta, Secret::new(wrong.into()).unwrap())
        .await
        .unwrap();
    let (_, rx) = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: beta,
            model: None,
        })
        .await
        .unwrap();
    let TurnEvent::Error { code, message } = finish(rx).await else {
        panic!("a wrong key is an error")
    };
    assert_eq!(code, "auth");
    assert!(!message.contains(wrong), "{message}");

    drop(f.engine);
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(f.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            bytes.extend(std::fs::read(path).unwrap());
        }
    }
    let haystack = String::from_utf8_lossy(&bytes);
    assert!(
        !haystack.contains(KEY) && !haystack.contains(wrong),
        "a key reached the database files"
    );
    let _ = &f.keys;
}

#[tokio::test]
async fn a_key_echoed_inside_the_answer_is_redacted_before_the_ui_or_the_database() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, mut rx) = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id: beta,
                model: Some("sb-echo-key-answer".into()),
            },
        )
        .await
        .unwrap();
    let mut shown = String::new();
    while let Some(ev) = rx.recv().await {
        if let TurnEvent::Delta { text } = &ev {
            assert!(!text.contains(KEY), "a delta carried the key");
            shown.push_str(text);
        }
        if ev.is_final() {
            break;
        }
    }
    assert_eq!(
        shown, "You sent: Bearer [redacted]. Keep it safe.",
        "only the key is changed"
    );
    let stored = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(stored.content, shown, "the database holds what the UI saw");
}

/// Before an update installs: a streaming turn blocks it until the user agrees to stop it;
/// then the turn's partial answer is stored, the database is copied beside itself with
/// every row, and the next start reports whether the new version is running.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_update_waits_for_turns_backs_up_the_database_and_checks_the_result() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, mut rx) = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id: beta,
                model: Some("sb-slow".into()),
            },
        )
        .await
        .unwrap();
    while !matches!(rx.recv().await, Some(TurnEvent::Delta { .. })) {}
    let refused = f
        .engine
        .prepare_for_update("0.1.0", "0.2.0", false)
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("still streaming"), "{refused}");
    let backup = f
        .engine
        .prepare_for_update("0.1.0", "0.2.0", true)
        .await
        .unwrap();
    let answer = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(
        answer.status,
        MessageStatus::Stopped,
        "the turn was stopped and stored first"
    );
    assert!(
        backup.starts_with(f.dir.path().join(sb_engine::BACKUP_DIR)),
        "{}",
        backup.display()
    );
    let copy = Store::open(&backup).unwrap();
    assert_eq!(
        copy.get_message(started.assistant_message_id)
            .unwrap()
            .content,
        answer.content,
        "the backup holds the stopped answer"
    );
    assert_eq!(
        copy.list_providers().unwrap().len(),
        2,
        "and every provider"
    );

    let outcome = f.engine.check_install_outcome("0.2.0").await.unwrap();
    assert!(
        matches!(outcome, Some(sb_engine::InstallOutcome::Updated { .. })),
        "{outcome:?}"
    );
    f.engine.acknowledge_update_outcome().await.unwrap();
    assert_eq!(
        f.engine.check_install_outcome("0.2.0").await.unwrap(),
        None,
        "reported once"
    );
}
