//! Streaming throughput and time to first token, end to end: a 100,000-token answer
//! replayed at full speed by the loopback fake server goes through the provider layer,
//! the engine (key filter, SQLite flushes, settlement) and the UI channel sink (the
//! coalescer, each event serialised to JSON as the Tauri channel does). In the same run
//! the same bytes are read with bare reqwest. Prints tokens/s for both, their ratio and
//! the time to first token each way (medians of 5 runs; the first run warms up).
//!
//! Run: `cargo bench -p sb-engine --bench stream`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use sb_core::{ProviderInput, ProviderKind};
use sb_engine::{Coalescer, Engine, EngineConfig, SystemClock, TurnEvent, TurnTarget};
use sb_keys::{MemoryKeyStore, Secret};
use sb_providers::{ChatEvent, Header, HttpRequest, StreamLimits};
use sb_testsupport::{scenario, FakeServer, Reply};

const TOKENS: usize = 100_000;
const KEY: &str = "sk-bench-0123456789abcdef";
const RUNS: usize = 5;

/// 100,000 one-token deltas, cut from a recorded answer's text repeated.
fn deltas() -> Vec<String> {
    let recorded = sb_testsupport::fixtures::openai_text_expected().text;
    let words: Vec<String> = recorded.split_inclusive(' ').map(str::to_owned).collect();
    (0..TOKENS)
        .map(|i| words[i % words.len()].clone())
        .collect()
}

struct Run {
    total: Duration,
    first: Duration,
}

async fn bare(url: &str, body: &[u8]) -> Run {
    let client = reqwest::Client::new();
    let start = Instant::now();
    let response = client
        .post(url)
        .header("authorization", format!("Bearer {KEY}"))
        .body(r#"{"model":"bench"}"#)
        .send()
        .await
        .unwrap();
    let mut stream = response.bytes_stream();
    let mut first = None;
    let mut n = 0usize;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        if first.is_none() && !chunk.is_empty() {
            first = Some(start.elapsed());
        }
        n += chunk.len();
    }
    assert_eq!(n, body.len(), "bare read every byte");
    Run {
        total: start.elapsed(),
        first: first.unwrap(),
    }
}

/// The least any client must do per token: parse each event's JSON (into nothing, with
/// serde_json), from memory. A floor on the provider layer, for reading the figures.
fn json_floor(body: &[u8]) -> Duration {
    let text = std::str::from_utf8(body).unwrap();
    let start = Instant::now();
    let mut parsed = 0usize;
    for event in text.split("\n\n") {
        if let Some(data) = event.strip_prefix("data: ") {
            if data != "[DONE]" {
                let _: serde::de::IgnoredAny = serde_json::from_str(data).unwrap();
                parsed += 1;
            }
        }
    }
    assert!(parsed > TOKENS, "every event parsed");
    start.elapsed()
}

/// The provider layer alone (HTTP, SSE framing, JSON decoding, scrubbing of labels),
/// consumed directly: the part of the engine run that is not the engine.
async fn provider_only(url: &str) -> Run {
    let client = reqwest::Client::new();
    let start = Instant::now();
    let request = HttpRequest::post(
        url.to_owned(),
        vec![Header::sensitive("authorization", format!("Bearer {KEY}"))],
        br#"{"model":"bench"}"#.to_vec(),
    );
    let mut stream = sb_providers::stream_chat(
        &client,
        ProviderKind::Openai,
        request,
        StreamLimits::default(),
    )
    .await
    .unwrap();
    let mut first = None;
    let mut bytes = 0usize;
    while let Some(ev) = stream.next().await {
        if let ChatEvent::TextDelta(text) = ev.unwrap() {
            first.get_or_insert_with(|| start.elapsed());
            bytes += text.len();
        }
    }
    assert!(bytes > TOKENS, "the whole answer arrived");
    Run {
        total: start.elapsed(),
        first: first.unwrap(),
    }
}

async fn through_engine(engine: &Engine, provider_id: i64) -> Run {
    let start = Instant::now();
    let (_, rx) = engine
        .start_turn(
            None,
            "bench".into(),
            TurnTarget::Saved {
                provider_id,
                model: Some("bench".into()),
            },
        )
        .await
        .unwrap();
    let mut sink = Coalescer::new(rx, Duration::from_millis(30), 4096);
    let mut first = None;
    let mut bytes = 0usize;
    let mut sent = Vec::new();
    while let Some(ev) = sink.next().await {
        if let TurnEvent::Delta { text } = &ev {
            first.get_or_insert_with(|| start.elapsed());
            bytes += text.len();
        }
        // What the Tauri channel does with every event.
        sent.push(serde_json::to_string(&ev).unwrap());
        if ev.is_final() {
            assert!(matches!(ev, TurnEvent::Finished { .. }), "{ev:?}");
        }
    }
    assert!(bytes > TOKENS, "the whole answer arrived");
    Run {
        total: start.elapsed(),
        first: first.unwrap(),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let deltas = deltas();
        let body = scenario::synth_stream("bench", &deltas, (20, TOKENS as u32));
        let server = FakeServer::replay(Reply::sse(body.clone())).await.unwrap();
        let url = format!("{}/chat/completions", server.base_url());

        let dir = tempfile::TempDir::new().unwrap();
        let keys = Arc::new(MemoryKeyStore::new());
        let config = EngineConfig::new(dir.path().to_path_buf(), Arc::new(SystemClock), keys);
        let engine = Engine::open(config).await.unwrap();
        let provider = engine
            .add_provider(
                ProviderInput {
                    name: "bench".into(),
                    kind: ProviderKind::Openai,
                    base_url: server.base_url(),
                    default_model: "bench".into(),
                    vendor: None,
                    local: true,
                    settings: Default::default(),
                },
                Some(Secret::new(KEY.into()).unwrap()),
            )
            .await
            .unwrap();

        let _warm = (bare(&url, &body).await, through_engine(&engine, provider.id).await);
        let mut bare_runs = Vec::new();
        let mut engine_runs = Vec::new();
        let mut provider_runs = Vec::new();
        let mut floor_runs = Vec::new();
        for _ in 0..RUNS {
            floor_runs.push(json_floor(&body));
            bare_runs.push(bare(&url, &body).await);
            provider_runs.push(provider_only(&url).await);
            engine_runs.push(through_engine(&engine, provider.id).await);
        }
        let bare_total = median(bare_runs.iter().map(|r| r.total).collect());
        let bare_first = median(bare_runs.iter().map(|r| r.first).collect());
        let eng_total = median(engine_runs.iter().map(|r| r.total).collect());
        let eng_first = median(engine_runs.iter().map(|r| r.first).collect());
        let prov_total = median(provider_runs.iter().map(|r| r.total).collect());
        let prov_first = median(provider_runs.iter().map(|r| r.first).collect());
        let floor = median(floor_runs);
        let tps = |d: Duration| TOKENS as f64 / d.as_secs_f64();
        println!(
            "stream of {TOKENS} tokens ({:.1} MiB of SSE), median of {RUNS} runs",
            body.len() as f64 / (1024.0 * 1024.0)
        );
        println!(
            "  bare reqwest:          {:>12.0} tokens/s  ({:>7.1} ms total, first byte after {:.3} ms)",
            tps(bare_total),
            bare_total.as_secs_f64() * 1e3,
            bare_first.as_secs_f64() * 1e3
        );
        println!(
            "  JSON parse alone:      {:>12.0} tokens/s  ({:>7.1} ms, in memory: the floor for any client)",
            tps(floor),
            floor.as_secs_f64() * 1e3
        );
        println!(
            "  provider layer alone:  {:>12.0} tokens/s  ({:>7.1} ms total, first token after {:.3} ms)",
            tps(prov_total),
            prov_total.as_secs_f64() * 1e3,
            prov_first.as_secs_f64() * 1e3
        );
        println!(
            "  provider→engine→sink:  {:>12.0} tokens/s  ({:>7.1} ms total, first token after {:.3} ms)",
            tps(eng_total),
            eng_total.as_secs_f64() * 1e3,
            eng_first.as_secs_f64() * 1e3
        );
        println!(
            "  ratio {:.3}; time to first token added {:.3} ms (includes storing the turn)",
            tps(eng_total) / tps(bare_total),
            (eng_first.as_secs_f64() - bare_first.as_secs_f64()) * 1e3
        );
    });
}
