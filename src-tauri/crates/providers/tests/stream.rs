//! The OpenAI stream decoder against recorded real streams, split every way, and
//! `stream_chat` against a fake server on 127.0.0.1 for every failure a user can meet.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use futures::StreamExt;
use sb_core::{ProviderKind, Role, Usage};
use sb_keys::Secret;
use sb_providers::framing::{Framer, Framing};
use sb_providers::{
    protocol, stream_chat, ChatEvent, ChatMessage, ChatRequest, ProviderError, StreamLimits,
};
use sb_testsupport::{fixtures, scenario, FakeServer, Reply};

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

/// Decodes `chunks` in order, as the network would deliver them.
fn decode(chunks: &[&[u8]]) -> Result<Vec<ChatEvent>, ProviderError> {
    let mut framer = Framer::new(Framing::Sse, &StreamLimits::default());
    let mut dec = protocol::decoder(ProviderKind::Openai);
    let mut out = Vec::new();
    let mut frames = Vec::new();
    for c in chunks {
        framer.feed_into(c, &mut frames).unwrap();
    }
    framer.finish(&mut frames).unwrap();
    for f in frames {
        out.extend(dec.on_frame(f)?);
    }
    out.extend(dec.finish()?);
    Ok(out)
}

fn text_of(events: &[ChatEvent]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            ChatEvent::TextDelta(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

fn usage_of(events: &[ChatEvent]) -> Option<Usage> {
    events.iter().find_map(|e| match e {
        ChatEvent::Usage(u) => Some(*u),
        _ => None,
    })
}

#[test]
fn recorded_stream_decodes_to_the_recorded_answer() {
    let body = fixtures::openai_text_sse();
    let expected = fixtures::openai_text_expected();
    let events = decode(&[&body]).unwrap();
    assert_eq!(
        text_of(&events),
        expected.text,
        "text is the concatenated deltas"
    );
    assert_eq!(
        usage_of(&events),
        Some(Usage {
            input_tokens: expected.input_tokens,
            output_tokens: expected.output_tokens,
            ..Usage::default()
        }),
        "usage comes from the include_usage chunk"
    );
    assert_eq!(
        events.first(),
        Some(&ChatEvent::Model("gpt-4.1-nano-2025-04-14".into())),
        "the provider's exact model is reported first"
    );
    assert_eq!(
        events.last(),
        Some(&ChatEvent::Finished {
            stop: Some(sb_core::StopReason::new(sb_core::StopKind::End, "stop"))
        }),
        "the stream finishes on [DONE] with the finish reason"
    );
}

#[test]
fn raw_recorded_stream_gives_the_same_events_at_every_split_point() {
    let body = fixtures::gpt4o_mini_text_sse();
    let whole = decode(&[body]).unwrap();
    assert_eq!(
        text_of(&whole),
        fixtures::gpt4o_mini_text_expected().text,
        "the raw recording decodes to its text"
    );
    for i in 0..=body.len() {
        let split = decode(&[&body[..i], &body[i..]]).unwrap();
        assert_eq!(
            split, whole,
            "splitting the recording at byte {i} changed the events"
        );
    }
}

#[test]
fn large_recorded_stream_survives_any_chunk_size() {
    let body = fixtures::openai_text_sse();
    let whole = decode(&[&body]).unwrap();
    for size in (1..=64).chain([97, 1000, 4096]) {
        let chunks: Vec<&[u8]> = body.chunks(size).collect();
        assert_eq!(
            decode(&chunks).unwrap(),
            whole,
            "{size}-byte chunks changed the events"
        );
    }
}

#[test]
fn multibyte_text_survives_every_split_point() {
    let deltas = ["Grüße ", "aus ", "Zürich — ", "日本語 ", "🎉🚀", " ok"];
    let body = scenario::synth_stream("m", &deltas, (3, 9));
    let whole = decode(&[&body]).unwrap();
    assert_eq!(
        text_of(&whole),
        deltas.concat(),
        "multi-byte text decodes intact"
    );
    for i in 0..=body.len() {
        for j in (i..=body.len()).step_by(97) {
            let parts = decode(&[&body[..i], &body[i..j], &body[j..]]).unwrap();
            assert_eq!(
                parts, whole,
                "splitting at bytes {i} and {j} changed the events"
            );
        }
    }
}

#[test]
fn a_stream_without_done_is_an_error_not_a_success() {
    let body = fixtures::openai_text_sse();
    let done = b"data: [DONE]\n\n";
    let cut = &body[..body.len() - done.len()];
    assert!(body.ends_with(done), "fixture ends with the marker");
    let err = decode(&[cut]).unwrap_err();
    assert_eq!(err.code(), "network", "a cut stream is reported: {err}");
}

// ---- over HTTP --------------------------------------------------------------------

const KEY: &str = "sk-test-providers-5f0c2a9e81d34b7a";

fn request(model: &str) -> ChatRequest {
    ChatRequest {
        model: model.into(),
        messages: vec![ChatMessage::text(Role::User, "Hello")],
        max_output_tokens: None,
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .read_timeout(Duration::from_millis(800))
        .build()
        .unwrap()
}

async fn run(base_url: &str, key: &str, model: &str) -> (Vec<ChatEvent>, Option<ProviderError>) {
    let secret = Secret::new(key.to_owned()).unwrap();
    let http = openai_request(base_url, &secret, &request(model));
    let mut stream = match stream_chat(
        &client(),
        ProviderKind::Openai,
        http,
        StreamLimits::default(),
    )
    .await
    {
        Ok(s) => s,
        Err(e) => return (Vec::new(), Some(e)),
    };
    let mut events = Vec::new();
    while let Some(item) = stream.next().await {
        match item {
            Ok(ev) => events.push(ev),
            Err(e) => return (events, Some(e)),
        }
    }
    (events, None)
}

#[tokio::test]
async fn streams_the_recording_over_http_split_at_awkward_offsets() {
    let body = fixtures::openai_text_sse();
    let splits: Vec<usize> = (1..body.len()).step_by(37).collect();
    let server = FakeServer::replay(Reply::sse(body).split_at(splits))
        .await
        .unwrap();
    let (events, err) = run(&server.base_url(), KEY, "gpt-4.1-nano").await;
    assert!(err.is_none(), "a complete stream succeeds: {err:?}");
    assert_eq!(
        text_of(&events),
        fixtures::openai_text_expected().text,
        "all text arrives"
    );
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1, "one call");
    assert_eq!(
        reqs[0].path, "/v1/chat/completions",
        "the Chat Completions path"
    );
    assert_eq!(
        reqs[0].bearer_token(),
        Some(KEY),
        "the key goes in the bearer header"
    );
    let body = reqs[0].json().unwrap();
    assert_eq!(
        body["stream_options"]["include_usage"], true,
        "usage requested"
    );
}

#[tokio::test]
async fn http_failures_map_to_typed_errors() {
    let server = FakeServer::start(scenario::scenario_responder(KEY.to_owned()))
        .await
        .unwrap();
    let url = server.base_url();

    let (_, err) = run(&url, "sk-test-wrong-key-000000000000", scenario::MODEL_TEXT).await;
    let err = err.expect("wrong key fails");
    assert_eq!(err.code(), "auth", "401 is auth: {err}");

    let (_, err) = run(&url, KEY, scenario::MODEL_RATE_LIMIT).await;
    match err {
        Some(ProviderError::RateLimited { retry_after, .. }) => assert_eq!(
            retry_after,
            Some(Duration::from_secs(30)),
            "retry-after header is honoured"
        ),
        other => panic!("429 must be RateLimited, got {other:?}"),
    }

    for (model, code) in [
        (scenario::MODEL_OVERLOADED, "overloaded"),
        (scenario::MODEL_SERVER_ERROR, "server"),
        (scenario::MODEL_CONTEXT, "context_too_long"),
    ] {
        let (_, err) = run(&url, KEY, model).await;
        assert_eq!(
            err.map(|e| e.code()),
            Some(code),
            "{model} must map to {code}"
        );
    }
}

#[tokio::test]
async fn broken_streams_keep_what_arrived_and_then_fail() {
    let server = FakeServer::start(scenario::scenario_responder(KEY.to_owned()))
        .await
        .unwrap();
    let url = server.base_url();

    let (events, err) = run(&url, KEY, scenario::MODEL_DROP).await;
    assert_eq!(
        text_of(&events),
        scenario::DROP_SENT_DELTAS.concat(),
        "text before the drop arrives"
    );
    let err = err.expect("a dropped connection is an error");
    assert_eq!(
        err.code(),
        "network",
        "drop mid-stream is a network error: {err}"
    );

    let (events, err) = run(&url, KEY, scenario::MODEL_MALFORMED).await;
    assert_eq!(
        text_of(&events),
        scenario::MALFORMED_GOOD_DELTAS.concat(),
        "good events before the bad one arrive"
    );
    assert_eq!(
        err.map(|e| e.code()),
        Some("decode"),
        "garbage JSON is a decode error"
    );
}

#[tokio::test]
async fn unreachable_and_silent_servers_fail_clearly() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let (_, err) = run(&format!("http://127.0.0.1:{port}/v1"), KEY, "m").await;
    let err = err.expect("nothing listens there");
    assert_eq!(err.code(), "network", "refused connection: {err}");
    assert!(
        err.to_string().contains("could not connect"),
        "the message says what happened: {err}"
    );

    let server = FakeServer::replay(Reply::sse(fixtures::openai_text_sse()).hang())
        .await
        .unwrap();
    let (_, err) = run(&server.base_url(), KEY, "m").await;
    assert_eq!(
        err.map(|e| e.code()),
        Some("timeout"),
        "a server that never answers times out"
    );

    let server = FakeServer::replay(Reply::sse(fixtures::openai_text_sse()).hang_after(500))
        .await
        .unwrap();
    let (_, err) = run(&server.base_url(), KEY, "m").await;
    assert_eq!(
        err.map(|e| e.code()),
        Some("timeout"),
        "a stream that stalls mid-answer times out"
    );
}

#[tokio::test]
async fn dropping_the_stream_closes_the_connection() {
    let server = FakeServer::start(scenario::scenario_responder(KEY.to_owned()))
        .await
        .unwrap();
    let secret = Secret::new(KEY.to_owned()).unwrap();
    let http = openai_request(&server.base_url(), &secret, &request(scenario::MODEL_SLOW));
    let started = std::time::Instant::now();
    let mut stream = stream_chat(
        &client(),
        ProviderKind::Openai,
        http,
        StreamLimits::default(),
    )
    .await
    .unwrap();
    let first = stream.next().await;
    assert!(matches!(first, Some(Ok(_))), "the slow stream starts");
    drop(stream);
    // The slow scenario needs ~24 s to finish; its writer notices the closed socket on
    // the next write, so the connection count returns to zero long before that.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while server.open_connections() > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the server still streams to a dropped client"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "cancellation is prompt"
    );
}

#[test]
fn reasoning_reported_beside_completion_tokens_counts_as_output() {
    // xAI: prompt 12 (11 cached), completion 1, reasoning 290, total 303.
    let events = decode(&[&fixtures::xai_reasoning_sse()]).unwrap();
    assert_eq!(
        usage_of(&events),
        Some(Usage {
            input_tokens: 12,
            output_tokens: 291,
            reasoning_tokens: 290,
            cache_read_tokens: 11,
            cache_write_tokens: 0,
        }),
        "total - prompt - completion are reasoning tokens billed as output"
    );
}

#[test]
fn reasoning_inside_completion_tokens_and_cache_hits_are_parts_of_the_totals() {
    // DeepSeek: prompt 339 (320 cache hits), completion 83 (39 reasoning), total 422.
    let events = decode(&[&fixtures::deepseek_cached_sse()]).unwrap();
    assert_eq!(
        usage_of(&events),
        Some(Usage {
            input_tokens: 339,
            output_tokens: 83,
            reasoning_tokens: 39,
            cache_read_tokens: 320,
            cache_write_tokens: 0,
        }),
        "totals as reported, details as parts of them"
    );
}
