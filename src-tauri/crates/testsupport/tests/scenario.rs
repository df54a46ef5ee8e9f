#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The scenario router over real sockets: auth, model routing and the shape of each scenario.

mod common;

use std::time::{Duration, Instant};

use common::{call, request, RawResponse};
use sb_testsupport::fixtures::{self, decode_chat_sse, DecodeError};
use sb_testsupport::scenario::{self, SCENARIO_MODELS};
use sb_testsupport::{scenario_responder, FakeServer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const KEY: &str = "sk-fake-scenario";

async fn server() -> FakeServer {
    FakeServer::start(scenario_responder(KEY.to_owned()))
        .await
        .unwrap()
}

async fn chat(server: &FakeServer, model: &str) -> RawResponse {
    let body = format!(r#"{{"model":"{model}","stream":true,"messages":[]}}"#);
    call(
        server.addr(),
        "POST",
        "/v1/chat/completions",
        Some(KEY),
        &body,
    )
    .await
}

fn error_code(response: &RawResponse) -> serde_json::Value {
    let body: serde_json::Value = serde_json::from_slice(&response.raw_body).unwrap();
    body["error"]["code"].clone()
}

#[tokio::test]
async fn missing_or_wrong_key_is_401_invalid_api_key() {
    let server = server().await;
    let body = r#"{"model":"sb-text"}"#;
    for key in [None, Some("sk-wrong")] {
        let response = call(server.addr(), "POST", "/v1/chat/completions", key, body).await;
        assert_eq!(response.status, 401, "key {key:?} is rejected");
        assert_eq!(error_code(&response), "invalid_api_key", "OpenAI 401 code");
    }
    let models = call(server.addr(), "GET", "/v1/models", None, "").await;
    assert_eq!(models.status, 401, "the model list needs the key too");
}

#[tokio::test]
async fn text_and_unknown_models_replay_the_recording_unchanged() {
    let server = server().await;
    for model in ["sb-text", "gpt-4.1-nano"] {
        let response = chat(&server, model).await;
        assert_eq!(response.status, 200, "{model} streams");
        let (chunks, terminated) = response.chunks();
        assert!(terminated, "{model}: the stream ends cleanly");
        assert!(chunks.len() > 300, "{model}: one write per recorded event");
        let body = chunks.concat();
        assert_eq!(
            body,
            fixtures::openai_text_sse(),
            "{model}: bytes as recorded"
        );
        let decoded = decode_chat_sse(&body).unwrap();
        let expected = fixtures::openai_text_expected();
        assert_eq!(decoded.text, expected.text, "{model}: recorded text");
        assert_eq!(
            decoded.usage,
            Some((expected.input_tokens, expected.output_tokens)),
            "{model}: recorded usage"
        );
    }
}

#[tokio::test]
async fn markdown_streams_hostile_markdown_in_small_deltas() {
    let server = server().await;
    let response = chat(&server, "sb-markdown").await;
    let (chunks, terminated) = response.chunks();
    assert!(terminated, "well-formed stream ends cleanly");
    let decoded = decode_chat_sse(&response.dechunked()).unwrap();
    assert_eq!(
        decoded.text,
        scenario::MARKDOWN_TEXT,
        "the markdown text arrives whole"
    );
    assert_eq!(
        decoded.usage,
        Some(scenario::MARKDOWN_USAGE),
        "markdown usage"
    );
    assert!(decoded.saw_done, "ends with [DONE]");
    assert!(decoded.events > 50, "many small deltas: {}", decoded.events);
    let first: serde_json::Value =
        serde_json::from_slice(chunks[0].strip_prefix(b"data: ").unwrap().trim_ascii_end())
            .unwrap();
    assert_eq!(first["model"], "sb-markdown", "chunks name the model");
    assert_eq!(
        first["object"], "chat.completion.chunk",
        "recorded chunk shape"
    );
}

#[tokio::test]
async fn slow_streams_paced_deltas() {
    let server = server().await;
    let mut stream = TcpStream::connect(server.addr()).await.unwrap();
    let body = r#"{"model":"sb-slow","stream":true}"#;
    stream
        .write_all(&request("POST", "/v1/chat/completions", Some(KEY), body))
        .await
        .unwrap();
    let started = Instant::now();
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    let wanted = "Slow delta 4 of 400.";
    while !String::from_utf8_lossy(&received).contains(wanted) {
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("deltas keep coming")
            .unwrap();
        assert!(read > 0, "the stream is still open");
        received.extend_from_slice(&buf[..read]);
    }
    // Role chunk, then deltas 1..=4: four pauses before delta 4.
    assert!(
        started.elapsed() >= scenario::SLOW_DELTA_INTERVAL * 4,
        "deltas are paced: {:?}",
        started.elapsed()
    );
    assert!(
        !String::from_utf8_lossy(&received).contains("[DONE]"),
        "the stream is far from finished, so a stop can cancel it mid-way"
    );
}

#[tokio::test]
async fn drop_cuts_the_stream_after_a_few_deltas() {
    let server = server().await;
    let response = chat(&server, "sb-drop").await;
    let (chunks, terminated) = response.chunks();
    assert!(
        !terminated,
        "the connection drops without the chunked terminator"
    );
    let decoded = decode_chat_sse(&chunks.concat()).unwrap();
    assert_eq!(
        decoded.text,
        scenario::DROP_SENT_DELTAS.concat(),
        "the deltas before the drop arrive"
    );
    assert!(!decoded.saw_done, "no [DONE]");
    assert_eq!(decoded.finish_reason, None, "no finish chunk");
}

#[tokio::test]
async fn malformed_sends_a_broken_event_then_done() {
    let server = server().await;
    let response = chat(&server, "sb-malformed").await;
    let (chunks, terminated) = response.chunks();
    assert!(terminated, "the HTTP body itself ends cleanly");
    let body = chunks.concat();
    let err = decode_chat_sse(&body).unwrap_err();
    let good = scenario::MALFORMED_GOOD_DELTAS.len() + 1;
    assert!(
        matches!(err, DecodeError::Json { index, .. } if index == good),
        "the event after the role chunk and good deltas is malformed: {err}"
    );
    let good_part =
        &body[..body.len() - scenario::MALFORMED_EVENT.len() - "data: [DONE]\n\n".len()];
    let decoded = decode_chat_sse(good_part).unwrap();
    assert_eq!(
        decoded.text,
        scenario::MALFORMED_GOOD_DELTAS.concat(),
        "good deltas precede the malformed event"
    );
    assert!(
        body.ends_with(b"data: {not json\n\ndata: [DONE]\n\n"),
        "[DONE] follows it"
    );
}

#[tokio::test]
async fn error_models_return_openai_errors() {
    let server = server().await;
    let limited = chat(&server, "sb-ratelimit").await;
    assert_eq!(limited.status, 429, "rate limit status");
    assert_eq!(
        limited.header("retry-after"),
        Some("30"),
        "retry-after header"
    );
    assert_eq!(
        error_code(&limited),
        "rate_limit_exceeded",
        "rate limit code"
    );

    let context = chat(&server, "sb-context").await;
    assert_eq!(context.status, 400, "context status");
    assert_eq!(
        error_code(&context),
        "context_length_exceeded",
        "context code"
    );

    for (model, status) in [("sb-overloaded", 503), ("sb-server-error", 500)] {
        let response = chat(&server, model).await;
        assert_eq!(response.status, status, "{model} status");
        let body: serde_json::Value = serde_json::from_slice(&response.raw_body).unwrap();
        assert_eq!(body["error"]["type"], "server_error", "{model} error type");
    }
}

#[tokio::test]
async fn hang_never_answers() {
    let server = server().await;
    let mut stream = TcpStream::connect(server.addr()).await.unwrap();
    stream
        .write_all(&request(
            "POST",
            "/v1/chat/completions",
            Some(KEY),
            r#"{"model":"sb-hang"}"#,
        ))
        .await
        .unwrap();
    let mut buf = [0u8; 16];
    let read = tokio::time::timeout(Duration::from_millis(300), stream.read(&mut buf)).await;
    assert!(read.is_err(), "sb-hang sends nothing: {read:?}");
}

#[tokio::test]
async fn models_lists_every_scenario_and_unknown_paths_are_404() {
    let server = server().await;
    let models = call(server.addr(), "GET", "/v1/models", Some(KEY), "").await;
    assert_eq!(models.status, 200, "model list");
    let body: serde_json::Value = serde_json::from_slice(&models.raw_body).unwrap();
    let ids: Vec<&str> = body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|model| model["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, SCENARIO_MODELS, "every scenario model is listed");

    let missing = call(server.addr(), "POST", "/v1/embeddings", Some(KEY), "{}").await;
    assert_eq!(missing.status, 404, "unknown path");
    let invalid = call(
        server.addr(),
        "POST",
        "/v1/chat/completions",
        Some(KEY),
        "{oops",
    )
    .await;
    assert_eq!(invalid.status, 400, "non-JSON body");
}
