//! `stream_chat` against servers that misbehave on purpose: each must end in a clear,
//! typed error, keep the text that arrived, hold bounded memory and leak no key.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use futures::StreamExt;
use sb_core::{ProviderKind, Role};
use sb_keys::Secret;
use sb_providers::{stream_chat, ChatEvent, ChatMessage, ChatRequest, ProviderError, StreamLimits};
use sb_testsupport::{Hostile, HostileServer, HOSTILE_DELTAS};

/// The OpenAI request for `req` to `base` with `key`, as the engine would build it.
fn openai_request(base: &str, key: &Secret, req: &ChatRequest) -> sb_providers::HttpRequest {
    let credentials =
        sb_providers::Credentials::ApiKey(Secret::new(key.expose().to_owned()).unwrap());
    let settings = sb_core::ProviderSettings::default();
    let target = sb_providers::Target {
        kind: ProviderKind::Openai,
        base_url: base,
        settings: &settings,
        credentials: &credentials,
    };
    sb_providers::build_request(&target, req, std::time::SystemTime::now()).unwrap()
}

const KEY: &str = "sk-test-hostile-9f8e7d6c5b4a39281706";
const MIB: usize = 1024 * 1024;

struct Outcome {
    text: String,
    error: Option<ProviderError>,
    elapsed: Duration,
}

async fn run(behaviour: Hostile, limits: StreamLimits, base_suffix: &str) -> Outcome {
    let server = HostileServer::start(behaviour).await.unwrap();
    let secret = Secret::new(KEY.to_owned()).unwrap();
    let request = ChatRequest {
        model: "m".into(),
        messages: vec![ChatMessage::text(Role::User, "Hello")],
        max_output_tokens: None,
    };
    let base = format!("{}{base_suffix}", server.base_url());
    let http = openai_request(&base, &secret, &request);
    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .read_timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let started = Instant::now();
    let mut text = String::new();
    let error = match stream_chat(&client, ProviderKind::Openai, http, limits).await {
        Err(e) => Some(e),
        Ok(mut stream) => loop {
            match stream.next().await {
                Some(Ok(ChatEvent::TextDelta(t))) => text.push_str(&t),
                Some(Ok(_)) => {}
                Some(Err(e)) => break Some(e),
                None => break None,
            }
        },
    };
    Outcome {
        text,
        error,
        elapsed: started.elapsed(),
    }
}

fn limits() -> StreamLimits {
    StreamLimits {
        idle_timeout: Duration::from_secs(10),
        ..StreamLimits::default()
    }
}

fn assert_no_key(e: &ProviderError) {
    let text = format!("{e} {e:?}");
    assert!(!text.contains(KEY), "the key leaked into the error: {text}");
    assert!(
        !text.contains("9f8e7d6c5b4a"),
        "part of the key leaked: {text}"
    );
}

#[tokio::test]
async fn an_endless_line_is_cut_at_the_line_limit_and_the_partial_kept() {
    let out = run(Hostile::EndlessLine { bytes: 64 * MIB }, limits(), "").await;
    let err = out.error.expect("an endless line is an error");
    assert_eq!(err.code(), "too_large", "{err}");
    assert!(err.to_string().contains("longer than"), "{err}");
    assert_eq!(out.text, HOSTILE_DELTAS[0], "the text before it is kept");
}

#[tokio::test]
async fn a_giant_event_is_cut_at_the_event_limit() {
    let out = run(Hostile::GiantEvent { bytes: 64 * MIB }, limits(), "").await;
    let err = out.error.expect("a giant event is an error");
    assert_eq!(err.code(), "too_large", "{err}");
    assert!(err.to_string().contains("event is larger"), "{err}");
    assert_eq!(out.text, HOSTILE_DELTAS[0], "the text before it is kept");
}

#[tokio::test]
async fn a_giant_error_body_is_read_only_up_to_its_limit() {
    let out = run(Hostile::GiantErrorBody { bytes: 64 * MIB }, limits(), "").await;
    let err = out.error.expect("a 500 is an error");
    assert_eq!(err.code(), "server", "{err}");
    assert!(
        err.to_string().len() < 600,
        "only an excerpt is shown: {} chars",
        err.to_string().len()
    );
    assert!(
        out.elapsed < Duration::from_secs(10),
        "the rest of the body is not read: {:?}",
        out.elapsed
    );
}

#[tokio::test]
async fn an_endless_answer_is_cut_at_the_answer_limit() {
    let small = StreamLimits {
        max_answer_bytes: MIB,
        ..limits()
    };
    let out = run(Hostile::EndlessAnswer { bytes: 64 * MIB }, small, "").await;
    let err = out.error.expect("an endless answer is an error");
    assert_eq!(err.code(), "too_large", "{err}");
    assert!(
        out.text.len() <= MIB && out.text.len() > MIB / 2,
        "the answer up to the limit is kept: {} bytes",
        out.text.len()
    );
}

#[tokio::test]
async fn a_lying_chunk_length_is_a_dropped_connection_with_the_text_kept() {
    let out = run(Hostile::LyingLength, limits(), "").await;
    let err = out
        .error
        .expect("a body shorter than announced is an error");
    assert_eq!(err.code(), "network", "{err}");
    assert_eq!(out.text, HOSTILE_DELTAS.concat(), "both deltas arrived");
}

#[tokio::test]
async fn keep_alives_alone_time_out_after_the_idle_limit() {
    let short = StreamLimits {
        idle_timeout: Duration::from_secs(1),
        ..limits()
    };
    let out = run(
        Hostile::KeepAlivesOnly {
            every: Duration::from_millis(100),
        },
        short,
        "",
    )
    .await;
    let err = out.error.expect("keep-alives forever must end");
    assert_eq!(err.code(), "timeout", "{err}");
    assert!(err.to_string().contains("keep-alives"), "{err}");
    assert_eq!(out.text, HOSTILE_DELTAS[0], "the text before is kept");
    assert!(
        out.elapsed >= Duration::from_secs(1) && out.elapsed < Duration::from_secs(5),
        "ends after the idle limit, not before and not much after: {:?}",
        out.elapsed
    );
}

#[tokio::test]
async fn a_key_echoed_in_an_error_body_never_reaches_the_error_text() {
    let out = run(Hostile::EchoKey, limits(), "").await;
    let err = out.error.expect("401");
    assert_eq!(err.code(), "auth", "{err}");
    assert!(
        err.to_string().contains("[redacted]"),
        "the echo is visible as redacted: {err}"
    );
    assert_no_key(&err);

    let out = run(Hostile::EchoKeyMidStream, limits(), "").await;
    let err = out.error.expect("in-band error");
    assert_no_key(&err);
    assert_eq!(out.text, HOSTILE_DELTAS[0]);
}

#[tokio::test]
async fn a_key_in_the_base_url_query_is_not_shown() {
    let out = run(
        Hostile::HtmlPage,
        limits(),
        &format!("/x?key={KEY}&api_key={KEY}"),
    )
    .await;
    let err = out.error.expect("a web page is not the API");
    assert_no_key(&err);
}

#[tokio::test]
async fn a_web_page_says_the_url_does_not_look_like_the_api() {
    let out = run(Hostile::HtmlPage, limits(), "").await;
    let err = out.error.expect("a web page is not the API");
    assert_eq!(err.code(), "not_an_api", "{err}");
    assert!(err.to_string().contains("base URL"), "{err}");
    assert!(!err.to_string().contains("[DONE]"), "{err}");
}

#[tokio::test]
async fn a_cut_stream_is_a_dropped_connection_not_a_decode_error() {
    let out = run(Hostile::CutStream, limits(), "").await;
    let err = out.error.expect("a cut stream is an error");
    assert_eq!(err.code(), "network", "{err}");
    assert!(err.to_string().contains("closed before"), "{err}");
    assert_eq!(
        out.text,
        HOSTILE_DELTAS.concat(),
        "the text before the cut is kept"
    );
}

#[tokio::test]
async fn usage_chunks_alone_do_not_keep_a_turn_waiting() {
    let short = StreamLimits {
        idle_timeout: Duration::from_secs(1),
        ..limits()
    };
    let out = run(
        Hostile::UsageOnly {
            every: Duration::from_millis(100),
        },
        short,
        "",
    )
    .await;
    assert_eq!(out.error.map(|e| e.code()), Some("timeout"));
    assert!(out.elapsed < Duration::from_secs(5), "{:?}", out.elapsed);
}

#[tokio::test]
async fn an_error_body_sent_a_byte_at_a_time_is_cut_at_the_idle_limit() {
    let short = StreamLimits {
        idle_timeout: Duration::from_secs(2),
        ..limits()
    };
    let out = run(
        Hostile::SlowErrorBody {
            every: Duration::from_millis(300),
        },
        short,
        "",
    )
    .await;
    assert_eq!(out.error.map(|e| e.code()), Some("server"));
    assert!(
        out.elapsed < Duration::from_secs(5),
        "the whole body read is bounded, not each byte: {:?}",
        out.elapsed
    );
}

#[tokio::test]
async fn a_success_status_without_an_event_stream_is_named_for_what_it_is() {
    let out = run(Hostile::JsonError200, limits(), "").await;
    let err = out.error.expect("an error object is an error");
    assert_eq!(err.code(), "bad_request", "{err}");
    assert!(
        err.to_string().contains("does not exist"),
        "the server's words: {err}"
    );
    assert!(
        !err.tries_another_model(),
        "the same request would fail again"
    );

    let out = run(Hostile::PlainText200, limits(), "").await;
    let err = out.error.expect("plain text is not the API");
    assert_eq!(err.code(), "not_an_api", "{err}");
    assert!(
        err.to_string().contains("text/plain, not an event stream"),
        "{err}"
    );
}

#[tokio::test]
async fn a_key_echoed_in_the_model_name_or_stop_reason_is_scrubbed() {
    let server = HostileServer::start(Hostile::EchoKeyInLabels)
        .await
        .unwrap();
    let secret = Secret::new(KEY.to_owned()).unwrap();
    let request = ChatRequest {
        model: "m".into(),
        messages: Vec::new(),
        max_output_tokens: None,
    };
    let http = openai_request(&server.base_url(), &secret, &request);
    let client = reqwest::Client::new();
    let mut stream = stream_chat(&client, ProviderKind::Openai, http, limits())
        .await
        .unwrap();
    let mut seen = Vec::new();
    while let Some(item) = stream.next().await {
        seen.push(format!("{:?}", item.unwrap()));
    }
    let all = seen.join(" ");
    assert!(!all.contains(KEY), "{all}");
    assert!(
        all.contains("Finished"),
        "the stream still ends normally: {all}"
    );
}

#[tokio::test]
async fn an_infinite_retry_after_is_ignored_not_a_crash() {
    let out = run(Hostile::RetryAfterInfinite, limits(), "").await;
    match out.error {
        Some(ProviderError::RateLimited { retry_after, .. }) => {
            assert_eq!(retry_after, None, "an impossible wait is not trusted")
        }
        other => panic!("a 429 stays a rate limit: {other:?}"),
    }
}
