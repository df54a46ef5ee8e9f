//! Conformance: every protocol's recorded real streams, served by the loopback fake
//! server in the API's own wire format, decode to the recorded text, reasoning, usage
//! and stop reason — whole, in 1-byte writes, split inside UTF-8 characters, and (for
//! Bedrock) inside event-stream frames. Expected values were read off the recordings
//! independently (see `sb_testsupport::wire`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, SystemTime};

use futures::StreamExt;
use sb_core::{ProviderKind, ProviderSettings, Role, StopKind, Usage};
use sb_keys::Secret;
use sb_providers::{
    build_request, stream_chat, ChatEvent, ChatMessage, ChatRequest, Credentials, ProviderError,
    StreamLimits, Target,
};
use sb_testsupport::{wire, FakeServer, Reply};

struct Expect {
    model: Option<&'static str>,
    text_chars: usize,
    text_start: &'static str,
    reasoning_chars: usize,
    usage: Usage,
    stop: Option<StopKind>,
}

struct Case {
    name: &'static str,
    kind: ProviderKind,
    content_type: &'static str,
    body: Vec<u8>,
    expect: Expect,
}

fn usage(input: u32, output: u32, reasoning: u32) -> Usage {
    Usage {
        input_tokens: input,
        output_tokens: output,
        reasoning_tokens: reasoning,
        ..Usage::default()
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "anthropic thinking",
            kind: ProviderKind::Anthropic,
            content_type: wire::SSE,
            body: wire::anthropic_thinking(),
            expect: Expect {
                model: Some("claude-sonnet-4-5-20250929"),
                text_chars: 13,
                text_start: "925 ÷ 5 = 185",
                reasoning_chars: 75,
                usage: usage(69, 53, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "anthropic thinking (byte-exact)",
            kind: ProviderKind::Anthropic,
            content_type: wire::SSE,
            body: wire::anthropic_thinking_raw().to_vec(),
            expect: Expect {
                model: Some("claude-sonnet-4-20250514"),
                text_chars: 1021,
                text_start: "",
                reasoning_chars: 202,
                usage: usage(43, 282, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "anthropic text",
            kind: ProviderKind::Anthropic,
            content_type: wire::SSE,
            body: wire::anthropic_text(),
            expect: Expect {
                model: Some("claude-sonnet-4-5-20250929"),
                text_chars: 108,
                text_start: "Hello! I'm doing well",
                reasoning_chars: 0,
                usage: usage(12, 30, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "anthropic refusal",
            kind: ProviderKind::Anthropic,
            content_type: wire::SSE,
            body: wire::anthropic_refusal(),
            expect: Expect {
                model: Some("claude-fable-5"),
                text_chars: 0,
                text_start: "",
                reasoning_chars: 0,
                usage: usage(18, 5, 0),
                stop: Some(StopKind::Refusal),
            },
        },
        Case {
            name: "anthropic repeated message_start",
            kind: ProviderKind::Anthropic,
            content_type: wire::SSE,
            body: wire::anthropic_duplicate_start(),
            expect: Expect {
                model: Some("claude-3-haiku-20240307"),
                text_chars: 13,
                text_start: "Hello, World!",
                reasoning_chars: 0,
                usage: usage(17, 227, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "gemini thinking (LF)",
            kind: ProviderKind::Gemini,
            content_type: wire::SSE,
            body: wire::gemini_thinking(false),
            expect: Expect {
                model: Some("gemini-2.5-flash"),
                text_chars: 46,
                text_start: "There are **3**",
                reasoning_chars: 86,
                usage: usage(14, 164, 151),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "gemini thinking (CRLF)",
            kind: ProviderKind::Gemini,
            content_type: wire::SSE,
            body: wire::gemini_thinking(true),
            expect: Expect {
                model: Some("gemini-2.5-flash"),
                text_chars: 46,
                text_start: "There are **3**",
                reasoning_chars: 86,
                usage: usage(14, 164, 151),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "gemini thinking (byte-exact)",
            kind: ProviderKind::Gemini,
            content_type: wire::SSE,
            body: wire::gemini_thinking_raw().to_vec(),
            expect: Expect {
                model: Some("gemini-2.5-pro"),
                text_chars: 1938,
                text_start: "This is a great question!",
                reasoning_chars: 1575,
                usage: usage(34, 1256, 787),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "bedrock text (byte-exact)",
            kind: ProviderKind::Bedrock,
            content_type: wire::EVENT_STREAM,
            body: wire::bedrock_text_raw().to_vec(),
            expect: Expect {
                model: None,
                text_chars: 375,
                text_start: "The capital of France is Paris.",
                reasoning_chars: 0,
                usage: usage(13, 82, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "bedrock reasoning (byte-exact)",
            kind: ProviderKind::Bedrock,
            content_type: wire::EVENT_STREAM,
            body: wire::bedrock_thinking_raw().to_vec(),
            expect: Expect {
                model: None,
                text_chars: 55,
                text_start: "Hello! It's nice to meet you.",
                reasoning_chars: 193,
                usage: usage(36, 73, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "bedrock reasoning (re-encoded)",
            kind: ProviderKind::Bedrock,
            content_type: wire::EVENT_STREAM,
            body: wire::bedrock_thinking_reencoded(),
            expect: Expect {
                model: None,
                text_chars: 55,
                text_start: "Hello! It's nice to meet you.",
                reasoning_chars: 193,
                usage: usage(36, 73, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "ollama chat",
            kind: ProviderKind::Ollama,
            content_type: wire::NDJSON,
            body: wire::ollama_chat(),
            expect: Expect {
                model: Some("gemma4"),
                text_chars: 28,
                text_start: "That's a fantastic question!",
                reasoning_chars: 0,
                usage: usage(26, 282, 0),
                stop: None,
            },
        },
        Case {
            name: "groq reasoning",
            kind: ProviderKind::Openai,
            content_type: wire::SSE,
            body: wire::groq_reasoning(),
            expect: Expect {
                model: Some("qwen/qwen3-32b"),
                text_chars: 347,
                text_start: "The word **\"strawberry\"**",
                reasoning_chars: 2952,
                usage: usage(17, 1107, 963),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "mistral thinking parts",
            kind: ProviderKind::Openai,
            content_type: wire::SSE,
            body: wire::mistral_reasoning(),
            expect: Expect {
                model: Some("magistral-medium-2507"),
                text_chars: 9,
                text_start: "2 + 2 = 4",
                reasoning_chars: 60,
                usage: usage(10, 46, 0),
                stop: Some(StopKind::End),
            },
        },
        Case {
            name: "openrouter reasoning (byte-exact)",
            kind: ProviderKind::Openai,
            content_type: wire::SSE,
            body: wire::openrouter_reasoning_raw().to_vec(),
            expect: Expect {
                model: None,
                text_chars: 9,
                text_start: "2 + 2 = 4",
                reasoning_chars: 51,
                usage: usage(43, 36, 13),
                stop: Some(StopKind::End),
            },
        },
    ]
}

const KEY: &str = "conformance-key-0123456789";

fn credentials(kind: ProviderKind) -> Credentials {
    match kind {
        ProviderKind::Ollama => Credentials::None,
        ProviderKind::Bedrock => Credentials::aws(
            "AKIDCONFORMANCE".into(),
            "conformance-secret-0123456789".into(),
            None,
        )
        .unwrap(),
        _ => Credentials::ApiKey(Secret::new(KEY.into()).unwrap()),
    }
}

fn settings(kind: ProviderKind) -> ProviderSettings {
    ProviderSettings {
        region: (kind == ProviderKind::Bedrock).then(|| "us-east-1".to_owned()),
        ..ProviderSettings::default()
    }
}

#[derive(Default, Debug)]
struct Collected {
    model: Option<String>,
    text: String,
    reasoning: String,
    usage: Option<Usage>,
    stop: Option<Option<StopKind>>,
}

async fn run_on(server: &FakeServer, kind: ProviderKind) -> Result<Collected, ProviderError> {
    let creds = credentials(kind);
    let settings = settings(kind);
    let base = match kind {
        // The fake server answers every path; Anthropic, Gemini, Bedrock and Ollama
        // take the host root.
        ProviderKind::Openai | ProviderKind::Azure => server.base_url(),
        _ => server.url(),
    };
    let target = Target {
        kind,
        base_url: &base,
        settings: &settings,
        credentials: &creds,
    };
    let req = ChatRequest {
        model: "m".into(),
        messages: vec![ChatMessage::text(Role::User, "Hi")],
        max_output_tokens: Some(1000),
    };
    let http = build_request(&target, &req, SystemTime::now()).unwrap();
    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let mut stream = stream_chat(&client, kind, http, StreamLimits::default()).await?;
    let mut out = Collected::default();
    while let Some(item) = stream.next().await {
        match item? {
            ChatEvent::Model(m) => out.model = Some(m),
            ChatEvent::TextDelta(t) => out.text.push_str(&t),
            ChatEvent::ReasoningDelta(t) => out.reasoning.push_str(&t),
            ChatEvent::Usage(u) => out.usage = Some(u),
            ChatEvent::Finished { stop } => out.stop = Some(stop.map(|s| s.kind)),
        }
    }
    Ok(out)
}

fn check(case: &Case, how: &str, got: &Collected) {
    let e = &case.expect;
    let at = format!("{} ({how})", case.name);
    assert_eq!(
        got.text.chars().count(),
        e.text_chars,
        "{at}: text {:?}",
        got.text
    );
    assert!(
        got.text.starts_with(e.text_start),
        "{at}: text {:?}",
        got.text
    );
    assert_eq!(
        got.reasoning.chars().count(),
        e.reasoning_chars,
        "{at}: reasoning"
    );
    assert_eq!(
        got.usage
            .map(|u| (u.input_tokens, u.output_tokens, u.reasoning_tokens)),
        Some((
            e.usage.input_tokens,
            e.usage.output_tokens,
            e.usage.reasoning_tokens
        )),
        "{at}: usage"
    );
    assert_eq!(
        got.stop,
        Some(e.stop),
        "{at}: finished with its stop reason"
    );
    if let Some(model) = e.model {
        assert_eq!(got.model.as_deref(), Some(model), "{at}: model");
    }
}

/// Offsets just inside multi-byte UTF-8 characters.
fn inside_utf8(body: &[u8]) -> Vec<usize> {
    (1..body.len())
        .filter(|&i| body[i] & 0xC0 == 0x80)
        .collect()
}

#[tokio::test]
async fn every_recording_decodes_whole_and_split_anywhere() {
    for case in cases() {
        let plans: Vec<(&str, Vec<usize>)> = vec![
            ("whole", Vec::new()),
            ("1-byte writes", (1..case.body.len()).collect()),
            ("split inside UTF-8", inside_utf8(&case.body)),
            ("7-byte writes", (7..case.body.len()).step_by(7).collect()),
        ];
        for (how, splits) in plans {
            let reply = Reply::stream(case.content_type, case.body.clone()).split_at(splits);
            let server = FakeServer::replay(reply).await.unwrap();
            let got = run_on(&server, case.kind)
                .await
                .unwrap_or_else(|e| panic!("{} ({how}): {e}", case.name));
            check(&case, how, &got);
        }
    }
}

#[tokio::test]
async fn a_stream_cut_before_its_end_is_an_error_for_every_protocol() {
    for case in cases() {
        // Cut a little before the end: inside the last event or frame.
        let cut = case.body.len() - 3;
        let reply = Reply::stream(case.content_type, case.body.clone()).drop_after(cut);
        let server = FakeServer::replay(reply).await.unwrap();
        let err = run_on(&server, case.kind).await.unwrap_err();
        assert_eq!(err.code(), "network", "{}: {err}", case.name);
    }
}

#[tokio::test]
async fn bedrock_exception_frames_mid_stream_are_typed() {
    for (exception, code) in [
        ("throttlingException", "rate_limited"),
        ("modelStreamErrorException", "server"),
        ("internalServerException", "server"),
        ("serviceUnavailableException", "overloaded"),
        ("validationException", "bad_request"),
        ("modelTimeoutException", "timeout"),
    ] {
        let mut body = wire::bedrock_text_raw().to_vec();
        // The first two frames of the recording, then the exception.
        let first = u32::from_be_bytes(body[..4].try_into().unwrap()) as usize;
        let second = u32::from_be_bytes(body[first..first + 4].try_into().unwrap()) as usize;
        body.truncate(first + second);
        body.extend(wire::bedrock_exception(
            exception,
            "Something went wrong upstream",
        ));
        let server = FakeServer::replay(Reply::stream(wire::EVENT_STREAM, body))
            .await
            .unwrap();
        let err = run_on(&server, ProviderKind::Bedrock).await.unwrap_err();
        assert_eq!(err.code(), code, "{exception}: {err}");
        assert!(
            err.to_string().contains("went wrong upstream"),
            "{exception}: {err}"
        );
    }
}

#[tokio::test]
async fn a_corrupt_event_stream_frame_is_refused() {
    let mut body = wire::bedrock_text_raw().to_vec();
    let n = body.len();
    body[n / 2] ^= 0x55;
    let server = FakeServer::replay(Reply::stream(wire::EVENT_STREAM, body))
        .await
        .unwrap();
    let err = run_on(&server, ProviderKind::Bedrock).await.unwrap_err();
    assert_eq!(err.code(), "decode", "{err}");
}

#[tokio::test]
async fn mid_stream_errors_of_anthropic_and_ollama_are_typed() {
    let mut body = wire::anthropic_text();
    body.truncate(body.len() / 2);
    let cut = body.iter().rposition(|&b| b == b'\n').unwrap() + 1;
    body.truncate(cut);
    body.extend_from_slice(
        b"\nevent: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n",
    );
    let server = FakeServer::replay(Reply::sse(body)).await.unwrap();
    let err = run_on(&server, ProviderKind::Anthropic).await.unwrap_err();
    assert_eq!(err.code(), "overloaded", "{err}");

    let server = FakeServer::replay(Reply::stream(
        wire::NDJSON,
        wire::ollama_midstream_error().as_bytes().to_vec(),
    ))
    .await
    .unwrap();
    let err = run_on(&server, ProviderKind::Ollama).await.unwrap_err();
    assert_eq!(err.code(), "server", "{err}");
    assert!(err.to_string().contains("running the model"), "{err}");
}

/// Each provider's real error shape, at every status a user meets.
fn error_body(kind: ProviderKind, status: u16) -> (Vec<u8>, Option<&'static str>) {
    let words = format!("words of the server for {status}");
    match kind {
        ProviderKind::Openai | ProviderKind::Azure => (
            serde_json::json!({"error": {"message": words, "type": "invalid_request_error", "code": null}})
                .to_string()
                .into_bytes(),
            None,
        ),
        ProviderKind::Anthropic => {
            let kind = match status {
                401 => "authentication_error",
                403 => "permission_error",
                404 => "not_found_error",
                413 => "request_too_large",
                429 => "rate_limit_error",
                500 => "api_error",
                529 | 503 => "overloaded_error",
                _ => "invalid_request_error",
            };
            (
                serde_json::json!({"type": "error", "error": {"type": kind, "message": words}})
                    .to_string()
                    .into_bytes(),
                None,
            )
        }
        ProviderKind::Gemini => {
            let status_name = match status {
                401 => "UNAUTHENTICATED",
                403 => "PERMISSION_DENIED",
                404 => "NOT_FOUND",
                429 => "RESOURCE_EXHAUSTED",
                500 => "INTERNAL",
                503 | 529 => "UNAVAILABLE",
                _ => "INVALID_ARGUMENT",
            };
            (
                serde_json::json!({"error": {"code": status, "message": words, "status": status_name}})
                    .to_string()
                    .into_bytes(),
                None,
            )
        }
        ProviderKind::Bedrock => {
            let exception = match status {
                401 => "UnrecognizedClientException",
                403 => "AccessDeniedException",
                404 => "ResourceNotFoundException",
                429 => "ThrottlingException",
                500 => "InternalServerException",
                503 | 529 => "ServiceUnavailableException",
                _ => "ValidationException",
            };
            (
                serde_json::json!({"message": words}).to_string().into_bytes(),
                Some(exception),
            )
        }
        ProviderKind::Ollama => (
            serde_json::json!({"error": words}).to_string().into_bytes(),
            None,
        ),
    }
}

#[tokio::test]
async fn every_error_status_in_every_shape_is_a_clear_typed_error() {
    let kinds = [
        ProviderKind::Openai,
        ProviderKind::Azure,
        ProviderKind::Anthropic,
        ProviderKind::Gemini,
        ProviderKind::Bedrock,
        ProviderKind::Ollama,
    ];
    for kind in kinds {
        for (status, code) in [
            (400, "bad_request"),
            (401, "auth"),
            (403, "auth"),
            (404, "bad_request"),
            (413, "bad_request"),
            (429, "rate_limited"),
            (500, "server"),
            (503, "overloaded"),
            (529, "overloaded"),
        ] {
            let (body, exception) = error_body(kind, status);
            let mut reply = Reply::error(status, body);
            if let Some(e) = exception {
                reply = reply.header(
                    "x-amzn-errortype",
                    format!("{e}:http://internal.amazon.com/coral/"),
                );
            }
            let server = FakeServer::replay(reply).await.unwrap();
            let err = run_on(&server, kind).await.unwrap_err();
            assert_eq!(err.code(), code, "{kind:?} {status}: {err}");
            assert!(
                err.to_string()
                    .contains(&format!("words of the server for {status}")),
                "{kind:?} {status}: the provider's own words are shown: {err}"
            );
        }
    }
}

#[tokio::test]
async fn recorded_error_bodies_read_clearly() {
    /// kind, status, body, x-amzn-errortype, code, words shown.
    type RecordedError = (
        ProviderKind,
        u16,
        &'static str,
        Option<&'static str>,
        &'static str,
        &'static str,
    );
    let cases: [RecordedError; 4] = [
        (
            ProviderKind::Anthropic,
            404,
            wire::anthropic_error_404(),
            None,
            "bad_request",
            "claude-sonet-4-5",
        ),
        (
            ProviderKind::Gemini,
            404,
            wire::gemini_error_404(),
            None,
            "bad_request",
            "is not found",
        ),
        (
            ProviderKind::Gemini,
            429,
            wire::gemini_error_429(),
            None,
            "rate_limited",
            "retry after 35 s",
        ),
        (
            ProviderKind::Bedrock,
            400,
            wire::bedrock_error_400(),
            Some("ValidationException"),
            "bad_request",
            "model identifier is invalid",
        ),
    ];
    for (kind, status, body, exception, code, words) in cases {
        let mut reply = Reply::error(status, body.as_bytes().to_vec());
        if let Some(e) = exception {
            reply = reply.header("x-amzn-errortype", e);
        }
        let server = FakeServer::replay(reply).await.unwrap();
        let err = run_on(&server, kind).await.unwrap_err();
        assert_eq!(err.code(), code, "{kind:?} {status}: {err}");
        assert!(err.to_string().contains(words), "{kind:?} {status}: {err}");
    }
}

#[tokio::test]
async fn requests_reach_each_api_as_it_expects() {
    for kind in [
        ProviderKind::Anthropic,
        ProviderKind::Gemini,
        ProviderKind::Bedrock,
        ProviderKind::Ollama,
        ProviderKind::Azure,
    ] {
        let server = FakeServer::replay(Reply::error(400, b"{}".to_vec()))
            .await
            .unwrap();
        let _ = run_on(&server, kind).await;
        let seen = server.requests();
        let req = seen.first().unwrap();
        let (path, auth_header) = match kind {
            ProviderKind::Anthropic => ("/v1/messages", "x-api-key"),
            ProviderKind::Gemini => (
                "/v1beta/models/m:streamGenerateContent?alt=sse",
                "x-goog-api-key",
            ),
            ProviderKind::Bedrock => ("/model/m/converse-stream", "authorization"),
            ProviderKind::Ollama => ("/api/chat", ""),
            ProviderKind::Azure => (
                "/v1/openai/deployments/m/chat/completions?api-version=2024-10-21",
                "api-key",
            ),
            ProviderKind::Openai => unreachable!(),
        };
        assert_eq!(req.path, path, "{kind:?}");
        if !auth_header.is_empty() {
            assert!(req.header(auth_header).is_some(), "{kind:?}: {auth_header}");
        }
        let body = req.json().unwrap();
        assert!(body.to_string().contains("Hi"), "{kind:?}: {body}");
    }
}
