//! Every provider kind through the one turn pipeline, against the fake server speaking
//! that kind's wire format: text, reasoning (streamed, stored apart), usage and the typed
//! stop reason arrive; a stop keeps the partial answer and reasoning; errors keep their
//! type; a server that echoes the credentials never gets them into the answer or the
//! database, whatever the kind (Bedrock's AWS keys included).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::{finish, fixture, start_on, KEY};
use sb_core::{MessageStatus, ProviderInput, ProviderKind, ProviderSettings, StopKind};
use sb_engine::{Credentials, Engine, TurnEvent};
use sb_keys::Secret;
use sb_testsupport::protocols::SCRIPT_REASONING;
use sb_testsupport::scenario::{MARKDOWN_TEXT, MARKDOWN_USAGE};

const AWS_KEY_ID: &str = "AKIDFAKESERVER0123";
const AWS_SECRET: &str = "fake-aws-secret-0123456789abcdef";

/// Adds a provider of `kind` on the fake server with its credentials; returns its id.
async fn add(engine: &Engine, server_url: &str, kind: ProviderKind, aws: bool) -> i64 {
    let base_url = match kind {
        ProviderKind::Openai => format!("{server_url}/v1"),
        _ => server_url.to_owned(),
    };
    let name = format!("{}{}", kind.as_str(), if aws { "-aws" } else { "" });
    let input = ProviderInput {
        name,
        kind,
        base_url,
        default_model: "sb-markdown".into(),
        vendor: None,
        local: kind == ProviderKind::Ollama,
        settings: ProviderSettings {
            region: (kind == ProviderKind::Bedrock).then(|| "us-east-1".into()),
            api_version: (kind == ProviderKind::Azure).then(|| "2024-10-21".into()),
            ..ProviderSettings::default()
        },
    };
    let p = engine.add_provider(input, None).await.unwrap();
    let creds = match (kind, aws) {
        (ProviderKind::Ollama, _) => return p.id,
        (_, true) => Credentials::aws(AWS_KEY_ID.into(), AWS_SECRET.into(), None).unwrap(),
        _ => Credentials::ApiKey(Secret::new(KEY.into()).unwrap()),
    };
    engine.set_credentials(p.id, creds).await.unwrap();
    p.id
}

const KINDS: [(ProviderKind, bool); 7] = [
    (ProviderKind::Anthropic, false),
    (ProviderKind::Gemini, false),
    (ProviderKind::Ollama, false),
    (ProviderKind::Bedrock, true),
    (ProviderKind::Bedrock, false),
    (ProviderKind::Azure, false),
    (ProviderKind::Openai, false),
];

#[tokio::test]
async fn every_kind_streams_text_reasoning_usage_and_stop_and_stores_them() {
    let f = fixture().await;
    for (kind, aws) in KINDS {
        let id = add(&f.engine, &f.server.url(), kind, aws).await;
        let (started, mut rx) = start_on(&f.engine, id, "sb-markdown").await;
        let (mut text, mut reasoning, mut last) = (String::new(), String::new(), None);
        while let Some(ev) = tokio::time::timeout(Duration::from_secs(30), rx.recv())
            .await
            .unwrap()
        {
            match &ev {
                TurnEvent::Delta { text: t } => text.push_str(t),
                TurnEvent::Reasoning { text: t } => {
                    assert!(
                        text.is_empty(),
                        "{kind:?}: reasoning comes before the answer here"
                    );
                    reasoning.push_str(t);
                }
                _ => {}
            }
            last = Some(ev);
        }
        let scripted_reasoning = if matches!(kind, ProviderKind::Openai | ProviderKind::Azure) {
            String::new()
        } else {
            SCRIPT_REASONING.concat()
        };
        assert_eq!(text, MARKDOWN_TEXT, "{kind:?} (aws: {aws})");
        assert_eq!(reasoning, scripted_reasoning, "{kind:?}");
        match last {
            Some(TurnEvent::Finished {
                status,
                stop_kind,
                usage,
                ..
            }) => {
                assert_eq!(status, MessageStatus::Complete, "{kind:?}");
                assert_eq!(stop_kind, Some(StopKind::End), "{kind:?}");
                let u = usage.unwrap();
                assert_eq!(
                    (u.input_tokens, u.output_tokens),
                    MARKDOWN_USAGE,
                    "{kind:?}"
                );
            }
            other => panic!("{kind:?}: {other:?}"),
        }
        let stored = f
            .engine
            .message(started.assistant_message_id)
            .await
            .unwrap();
        assert_eq!(stored.content, MARKDOWN_TEXT, "{kind:?}");
        assert_eq!(
            stored.reasoning.unwrap_or_default(),
            scripted_reasoning,
            "{kind:?}: reasoning is stored apart from the answer"
        );
        assert_eq!(stored.stop.map(|s| s.kind), Some(StopKind::End), "{kind:?}");
    }
}

#[tokio::test]
async fn stopping_any_kind_keeps_the_partial_answer_and_its_reasoning() {
    let f = fixture().await;
    for (kind, aws) in [
        (ProviderKind::Anthropic, false),
        (ProviderKind::Bedrock, true),
        (ProviderKind::Ollama, false),
    ] {
        let id = add(&f.engine, &f.server.url(), kind, aws).await;
        let (started, mut rx) = start_on(&f.engine, id, "sb-slow").await;
        let mut deltas = 0;
        while let Some(ev) = rx.recv().await {
            if let TurnEvent::Delta { .. } = ev {
                deltas += 1;
                if deltas == 2 {
                    assert!(f.engine.stop_turn(started.assistant_message_id));
                    break;
                }
            }
        }
        match finish(rx).await {
            TurnEvent::Finished { status, .. } => {
                assert_eq!(status, MessageStatus::Stopped, "{kind:?}")
            }
            other => panic!("{kind:?}: {other:?}"),
        }
        let stored = f
            .engine
            .message(started.assistant_message_id)
            .await
            .unwrap();
        assert_eq!(stored.status, MessageStatus::Stopped, "{kind:?}");
        assert!(
            stored.content.starts_with("Slow delta 1 of 400."),
            "{kind:?}: {}",
            stored.content
        );
        assert_eq!(
            stored.reasoning.unwrap_or_default(),
            SCRIPT_REASONING.concat(),
            "{kind:?}"
        );
    }
}

#[tokio::test]
async fn errors_keep_their_type_in_every_kind() {
    let f = fixture().await;
    for (kind, aws) in KINDS {
        let id = add(&f.engine, &f.server.url(), kind, aws).await;
        for (model, code) in [
            ("sb-ratelimit", "rate_limited"),
            ("sb-server-error", "server"),
            ("sb-context", "context_too_long"),
        ] {
            let (_, rx) = start_on(&f.engine, id, model).await;
            match finish(rx).await {
                TurnEvent::Error { code: got, message } => {
                    assert_eq!(got, code, "{kind:?} {model}: {message}");
                }
                other => panic!("{kind:?} {model}: {other:?}"),
            }
        }
    }
}

#[tokio::test]
async fn an_echoing_server_never_gets_credentials_into_answers_or_errors_of_any_kind() {
    let f = fixture().await;
    for (kind, aws) in KINDS {
        if kind == ProviderKind::Ollama {
            continue; // keyless: nothing to leak
        }
        let id = add(&f.engine, &f.server.url(), kind, aws).await;
        let (started, rx) = start_on(&f.engine, id, "sb-echo-key-answer").await;
        let end = finish(rx).await;
        let stored = f
            .engine
            .message(started.assistant_message_id)
            .await
            .unwrap();
        let dump = format!("{end:?} {stored:?}");
        for secret in [KEY, AWS_KEY_ID, AWS_SECRET] {
            assert!(
                !dump.contains(secret),
                "{kind:?} (aws: {aws}) leaked {secret}: {dump}"
            );
        }
        assert!(
            stored.content.contains("[redacted]"),
            "{kind:?} (aws: {aws}): {}",
            stored.content
        );
        let (started, rx) = start_on(&f.engine, id, "sb-echo-key").await;
        let end = finish(rx).await;
        let stored = f
            .engine
            .message(started.assistant_message_id)
            .await
            .unwrap();
        let dump = format!("{end:?} {stored:?}");
        for secret in [KEY, AWS_KEY_ID, AWS_SECRET] {
            assert!(
                !dump.contains(secret),
                "{kind:?} (aws: {aws}) error leaked {secret}: {dump}"
            );
        }
    }
}

#[tokio::test]
async fn settings_list_models_and_test_connections_without_spending() {
    let f = fixture().await;
    for (kind, aws) in KINDS {
        let id = add(&f.engine, &f.server.url(), kind, aws).await;
        let test = f.engine.test_connection(id).await.unwrap();
        assert!(test.ok, "{kind:?} (aws: {aws}): {}", test.message);
        let listing = f.engine.list_models(id).await.unwrap();
        let listable = !matches!(kind, ProviderKind::Azure | ProviderKind::Bedrock);
        assert_eq!(listing.from_api, listable, "{kind:?}");
        if listable {
            assert!(
                listing.models.iter().any(|m| m.id == "sb-markdown"),
                "{kind:?}: {listing:?}"
            );
        }
    }
    let before = f
        .server
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .count();
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        usage.total,
        sb_core::Usd::ZERO,
        "testing connections spends nothing ({before} probes)"
    );
}

/// Sends `text` as the next turn of a conversation on `provider_id` (`sb-markdown`),
/// lets it finish, and returns the request body the server received.
async fn follow_up(
    f: &common::Fixture,
    conversation_id: i64,
    provider_id: i64,
    text: &str,
) -> serde_json::Value {
    let (_, rx) = f
        .engine
        .start_turn(
            Some(conversation_id),
            text.into(),
            sb_engine::TurnTarget::Saved {
                provider_id,
                model: Some("sb-markdown".into()),
            },
        )
        .await
        .unwrap();
    finish(rx).await;
    f.server.requests().last().unwrap().json().unwrap()
}

/// Where each API takes the system prompt, in a recorded request body.
fn system_of(kind: ProviderKind, body: &serde_json::Value) -> Option<String> {
    let s = match kind {
        ProviderKind::Anthropic => body["system"].as_str(),
        ProviderKind::Gemini => body["systemInstruction"]["parts"][0]["text"].as_str(),
        ProviderKind::Bedrock => body["system"][0]["text"].as_str(),
        ProviderKind::Openai | ProviderKind::Azure | ProviderKind::Ollama => {
            let first = &body["messages"][0];
            (first["role"] == "system")
                .then(|| first["content"].as_str())
                .flatten()
        }
    };
    s.map(str::to_owned)
}

#[tokio::test]
async fn the_system_prompt_is_sent_the_way_each_api_expects() {
    let f = fixture().await;
    let mut settings = f.engine.budget_settings().await.unwrap();
    settings.system_prompt = Some("Default: answer briefly.".into());
    f.engine.set_budget_settings(settings).await.unwrap();
    for (kind, aws) in KINDS {
        let id = add(&f.engine, &f.server.url(), kind, aws).await;
        let (started, rx) = start_on(&f.engine, id, "sb-markdown").await;
        finish(rx).await;
        let last = f.server.requests().last().unwrap().json().unwrap();
        assert_eq!(
            system_of(kind, &last).as_deref(),
            Some("Default: answer briefly."),
            "{kind:?}: the default applies: {last}"
        );
        // The conversation's own prompt replaces the default.
        let mut routing = f
            .engine
            .conversation_routing(started.conversation_id)
            .await
            .unwrap();
        routing.system_prompt = Some("You are a pirate.".into());
        f.engine
            .set_conversation_routing(started.conversation_id, routing)
            .await
            .unwrap();
        let last = follow_up(&f, started.conversation_id, id, "again").await;
        assert_eq!(
            system_of(kind, &last).as_deref(),
            Some("You are a pirate."),
            "{kind:?}: {last}"
        );
        let text = last.to_string();
        assert!(
            !text.contains("Default: answer briefly."),
            "{kind:?}: only one system prompt"
        );
        assert!(
            text.contains("again") && text.contains("hello"),
            "{kind:?}: the history is sent"
        );
    }
}

#[tokio::test]
async fn a_running_ollama_is_detected_with_its_models() {
    let dir = tempfile::TempDir::new().unwrap();
    let server =
        sb_testsupport::FakeServer::start(sb_testsupport::scenario::scenario_responder(KEY.into()))
            .await
            .unwrap();
    let mut config = sb_engine::EngineConfig::new(
        dir.path().to_path_buf(),
        std::sync::Arc::new(sb_engine::SystemClock),
        std::sync::Arc::new(sb_keys::MemoryKeyStore::new()),
    );
    config.ollama_url = server.url();
    let engine = sb_engine::Engine::open(config).await.unwrap();
    let found = engine
        .detect_ollama()
        .await
        .expect("the fake Ollama answers /api/tags");
    assert!(found.models.iter().any(|m| m == "sb-markdown"), "{found:?}");
    assert!(!found.added);
    add(&engine, &server.url(), ProviderKind::Ollama, false).await;
    assert!(
        engine.detect_ollama().await.unwrap().added,
        "now it is a saved provider"
    );

    // Nothing listening: no Ollama, quickly.
    let other = tempfile::TempDir::new().unwrap();
    let mut config = sb_engine::EngineConfig::new(
        other.path().to_path_buf(),
        std::sync::Arc::new(sb_engine::SystemClock),
        std::sync::Arc::new(sb_keys::MemoryKeyStore::new()),
    );
    config.ollama_url = "http://127.0.0.1:9".into();
    let engine = sb_engine::Engine::open(config).await.unwrap();
    assert!(engine.detect_ollama().await.is_none());
}

/// A 1×1 PNG.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82";

fn b64(data: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// Where each API carries an inline image, in a recorded request body.
fn image_of(kind: ProviderKind, body: &serde_json::Value) -> Option<String> {
    let last = |v: &serde_json::Value, key: &str| v[key].as_array().and_then(|a| a.last()).cloned();
    let s = match kind {
        ProviderKind::Openai | ProviderKind::Azure => last(body, "messages").and_then(|m| {
            m["content"][1]["image_url"]["url"]
                .as_str()
                .map(str::to_owned)
        }),
        ProviderKind::Anthropic => last(body, "messages").and_then(|m| {
            let src = &m["content"][0]["source"];
            (src["media_type"] == "image/png")
                .then(|| src["data"].as_str().map(str::to_owned))
                .flatten()
        }),
        ProviderKind::Gemini => last(body, "contents").and_then(|m| {
            m["parts"][0]["inlineData"]["data"]
                .as_str()
                .map(str::to_owned)
        }),
        ProviderKind::Bedrock => last(body, "messages").and_then(|m| {
            (m["content"][0]["image"]["format"] == "png")
                .then(|| {
                    m["content"][0]["image"]["source"]["bytes"]
                        .as_str()
                        .map(str::to_owned)
                })
                .flatten()
        }),
        ProviderKind::Ollama => {
            last(body, "messages").and_then(|m| m["images"][0].as_str().map(str::to_owned))
        }
    };
    s
}

#[tokio::test]
async fn images_and_text_files_are_sent_the_way_each_api_takes_them_and_kept() {
    let f = fixture().await;
    for (kind, aws) in KINDS {
        let id = add(&f.engine, &f.server.url(), kind, aws).await;
        let files = vec![
            sb_core::AttachmentInput {
                name: "dot.png".into(),
                mime: "image/png".into(),
                data_base64: b64(PNG),
            },
            sb_core::AttachmentInput {
                name: "notes.md".into(),
                mime: "text/markdown".into(),
                data_base64: b64(b"# Notes\nsecret sauce"),
            },
        ];
        let (started, rx) = f
            .engine
            .start_turn_with_files(
                None,
                "What is in these?".into(),
                files,
                sb_engine::TurnTarget::Saved {
                    provider_id: id,
                    model: Some("sb-markdown".into()),
                },
            )
            .await
            .unwrap();
        finish(rx).await;
        let body = f.server.requests().last().unwrap().json().unwrap();
        let sent = image_of(kind, &body).unwrap_or_default();
        let expected = b64(PNG);
        assert!(
            sent == expected || sent == format!("data:image/png;base64,{expected}"),
            "{kind:?}: {body}"
        );
        let text = body.to_string();
        assert!(
            text.contains("<file name=\\\"notes.md\\\">") && text.contains("secret sauce"),
            "{kind:?}: the text file goes as text: {text}"
        );
        let view = f
            .engine
            .open_conversation(started.conversation_id)
            .await
            .unwrap();
        let user = &view.messages[0];
        assert_eq!(
            user.content, "What is in these?",
            "what was typed is stored as typed"
        );
        let names: Vec<_> = user.attachments.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["dot.png", "notes.md"], "{kind:?}");
        let data = f.engine.attachment(user.attachments[0].id).await.unwrap();
        assert_eq!(data.data_base64, expected);
        // The next turn sends the image again, with the history.
        let again = follow_up(&f, started.conversation_id, id, "and now?")
            .await
            .to_string();
        assert!(
            again.contains(&expected),
            "{kind:?}: the history keeps its image"
        );
    }
}

#[tokio::test]
async fn a_model_that_cannot_read_images_is_refused_before_any_request() {
    let f = fixture().await;
    let alpha = f
        .engine
        .list_providers()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.name == "alpha")
        .unwrap();
    let before = f.server.requests().len();
    let err = f
        .engine
        .start_turn_with_files(
            None,
            "look".into(),
            vec![sb_core::AttachmentInput {
                name: "dot.png".into(),
                mime: "image/png".into(),
                data_base64: b64(PNG),
            }],
            sb_engine::TurnTarget::Saved {
                provider_id: alpha.id,
                model: Some("sb-markdown".into()),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(err.to_string().contains("does not read images"), "{err}");
    assert_eq!(f.server.requests().len(), before, "nothing was sent");
    let err = f
        .engine
        .start_turn_with_files(
            None,
            "look".into(),
            vec![sb_core::AttachmentInput {
                name: "doc.pdf".into(),
                mime: "application/pdf".into(),
                data_base64: b64(b"%PDF-1.7\0\x01"),
            }],
            sb_engine::TurnTarget::Saved {
                provider_id: alpha.id,
                model: None,
            },
        )
        .await
        .unwrap_err();
    assert!(err.to_string().contains("neither an image"), "{err}");
}
