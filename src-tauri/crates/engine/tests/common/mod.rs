//! Shared by the engine's pipeline, recovery and secrets tests: a catalogue with two
//! vendors on one fake provider, an engine on a private data folder, and the steps every
//! test repeats.
// Each test file is its own crate and uses a different subset of these helpers.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::{sync::Arc, time::Duration};

use sb_core::catalogue::Catalogue;
use sb_core::{BudgetMode, Clock, ProviderInput, ProviderKind, Usd};
use sb_engine::{
    BudgetSettings, Engine, EngineConfig, SystemClock, TurnEvent, TurnStarted, TurnTarget,
};
use sb_keys::{MemoryKeyStore, Secret};
use sb_testsupport::{scenario, FakeServer};
use tempfile::TempDir;

pub const KEY: &str = "sk-test-pipeline-77aa41c0e9d3b5f2";

/// Two vendors on the one fake server, so fallbacks can cross vendors. `sb-markdown`
/// answers 24 in / 96 out: $0.00408 at $10/$40 per million; reservations are about
/// $0.0081 (input + its 200-token output limit).
pub fn catalogue(host: &str) -> Catalogue {
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

pub struct Fixture {
    pub dir: TempDir,
    pub server: FakeServer,
    pub engine: Engine,
    pub keys: Arc<MemoryKeyStore>,
}

pub async fn open_engine(
    dir: &TempDir,
    host: &str,
    keys: Arc<MemoryKeyStore>,
    clock: Arc<dyn Clock>,
) -> Engine {
    open_engine_with(dir, catalogue(host), keys, clock).await
}

/// An engine on `dir` with short test timeouts and this catalogue.
pub async fn open_engine_with(
    dir: &TempDir,
    catalogue: Catalogue,
    keys: Arc<MemoryKeyStore>,
    clock: Arc<dyn Clock>,
) -> Engine {
    let mut config = EngineConfig::new(dir.path().to_path_buf(), clock, keys);
    config.read_timeout = Duration::from_secs(5);
    config.flush_interval = Duration::from_millis(20);
    config.retry_backoff = Duration::from_millis(20);
    config.catalogue = Some(catalogue);
    Engine::open(config).await.unwrap()
}

pub async fn provider(
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
                settings: Default::default(),
            },
            (!local).then(|| Secret::new(KEY.into()).unwrap()),
        )
        .await
        .unwrap()
        .id
}

pub async fn fixture() -> Fixture {
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

pub async fn finish(mut rx: tokio::sync::mpsc::UnboundedReceiver<TurnEvent>) -> TurnEvent {
    let mut last = None;
    while let Some(ev) = tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .unwrap()
    {
        last = Some(ev);
    }
    last.expect("a turn always ends with an event")
}

/// (role, text) of each chat message in a request body the provider received.
pub fn chat_texts(body: &serde_json::Value) -> Vec<(String, String)> {
    body["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["role"].as_str().unwrap().to_owned(),
                m["content"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

pub fn cents(c: f64) -> Usd {
    Usd::from_dollars(c / 100.0).unwrap()
}

pub async fn hard_monthly_cap(engine: &Engine, cap: Usd) {
    engine
        .set_budget_settings(BudgetSettings {
            monthly_cap: Some(cap),
            monthly_mode: BudgetMode::Hard,
            ..BudgetSettings::default()
        })
        .await
        .unwrap();
}

/// Starts a turn on a saved provider with `model`, for a test that needs it running.
pub async fn start_on(
    engine: &Engine,
    provider_id: i64,
    model: &str,
) -> (TurnStarted, tokio::sync::mpsc::UnboundedReceiver<TurnEvent>) {
    engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id,
                model: Some(model.into()),
            },
        )
        .await
        .unwrap_or_else(|e| panic!("the turn on {model} did not start: {e}"))
}
