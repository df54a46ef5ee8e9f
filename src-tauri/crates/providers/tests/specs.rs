//! Request bodies against the vendors' own specs: every OpenAI-family body (plain,
//! each preset, Azure) against OpenAI's OpenAPI schema for Chat Completions, and the
//! Bedrock body against the ConverseStream Smithy model. The validator refuses keys
//! the spec does not declare, so an invented field fails here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::SystemTime;

use sb_core::{ProviderKind, ProviderSettings, Role};
use sb_keys::Secret;
use sb_providers::{build_request, presets, ChatMessage, ChatRequest, Credentials, Target};
use sb_testsupport::spec;

fn request(max: Option<u32>) -> ChatRequest {
    ChatRequest {
        model: "some-model".into(),
        messages: vec![
            ChatMessage::text(Role::System, "Be brief."),
            ChatMessage::text(Role::User, "Hello"),
            ChatMessage::text(Role::Assistant, "Hi!"),
            ChatMessage {
                images: vec![sb_providers::Image {
                    mime: "image/png".into(),
                    data: std::sync::Arc::from(&b"\x89PNG\r\n\x1a\nfake"[..]),
                }],
                ..ChatMessage::text(Role::User, "What is this?")
            },
            ChatMessage::text(Role::Assistant, "A picture."),
            ChatMessage::text(Role::User, "Again"),
        ],
        max_output_tokens: max,
    }
}

fn body(
    kind: ProviderKind,
    settings: &ProviderSettings,
    credentials: &Credentials,
    max: Option<u32>,
) -> serde_json::Value {
    let target = Target {
        kind,
        base_url: "https://api.example.com/v1",
        settings,
        credentials,
    };
    let http = build_request(&target, &request(max), SystemTime::now()).unwrap();
    serde_json::from_slice(&http.body).unwrap()
}

#[test]
fn openai_family_bodies_follow_the_openapi_schema() {
    let schema = spec::openai_chat_request_schema();
    let key = Credentials::ApiKey(Secret::new("sk-spec-0123456789".into()).unwrap());
    let mut settings_list = vec![ProviderSettings::default()];
    for p in presets::PRESETS {
        settings_list.push(ProviderSettings {
            preset: Some(p.id.to_owned()),
            ..ProviderSettings::default()
        });
    }
    for settings in &settings_list {
        for max in [None, Some(512)] {
            let b = body(ProviderKind::Openai, settings, &key, max);
            spec::validate_openapi(&schema, "CreateChatCompletionRequest", &b)
                .unwrap_or_else(|e| panic!("preset {:?}: {e}\n{b}", settings.preset));
        }
    }
    // Azure names no model in the body (the deployment is in the path); the schema
    // requires one, so it is checked with the deployment put back.
    let mut azure = body(
        ProviderKind::Azure,
        &ProviderSettings::default(),
        &key,
        Some(5),
    );
    assert!(azure.get("model").is_none());
    azure["model"] = "deployment".into();
    spec::validate_openapi(&schema, "CreateChatCompletionRequest", &azure).unwrap();
}

#[test]
fn the_validator_refuses_what_the_schema_does_not_declare() {
    let schema = spec::openai_chat_request_schema();
    let bad = serde_json::json!({"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokenz": 5});
    assert!(spec::validate_openapi(&schema, "CreateChatCompletionRequest", &bad).is_err());
    let bad_role =
        serde_json::json!({"model": "m", "messages": [{"role": "wizard", "content": "x"}]});
    assert!(spec::validate_openapi(&schema, "CreateChatCompletionRequest", &bad_role).is_err());
    let model = spec::bedrock_converse_stream_model();
    let bad = serde_json::json!({"messages": [{"role": "user", "content": [{"txt": "x"}]}]});
    assert!(spec::validate_smithy(
        &model,
        "com.amazonaws.bedrockruntime#ConverseStreamRequest",
        &bad
    )
    .is_err());
}

#[test]
fn the_bedrock_body_follows_the_converse_stream_smithy_model() {
    let model = spec::bedrock_converse_stream_model();
    let creds = Credentials::ApiKey(Secret::new("bedrock-key-0123456789".into()).unwrap());
    let settings = ProviderSettings {
        region: Some("us-east-1".into()),
        ..ProviderSettings::default()
    };
    for max in [None, Some(256)] {
        let b = body(ProviderKind::Bedrock, &settings, &creds, max);
        spec::validate_smithy(
            &model,
            "com.amazonaws.bedrockruntime#ConverseStreamRequest",
            &b,
        )
        .unwrap_or_else(|e| panic!("{e}\n{b}"));
    }
}
