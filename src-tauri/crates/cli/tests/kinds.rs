#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `sb chat --kind K` for every protocol against the fake server speaking it: the
//! `--json` contract with its additions (reasoning, usage details), Bedrock's region and
//! AWS environment credentials, Ollama without a key, Azure's api-version, and `sb
//! providers add --kind` with per-kind options.

mod common;

use std::collections::BTreeSet;

use common::{assert_key_absent, fake_provider, output, test_key, Sb};
use serde_json::Value;

fn keys_of(body: &Value) -> BTreeSet<String> {
    body.as_object().unwrap().keys().cloned().collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn every_kind_chats_with_the_json_contract() {
    let key = test_key("every_kind_chats_with_the_json_contract");
    let server = fake_provider(&key).await;
    let root = server.url();
    let openai_root = server.base_url();
    let cases: [(&str, &str, &[&str], bool); 6] = [
        ("anthropic", &root, &[], true),
        ("gemini", &root, &[], true),
        ("ollama", &root, &[], true),
        ("azure", &root, &["--api-version", "2024-10-21"], false),
        ("openai", &openai_root, &[], false),
        ("bedrock", &root, &["--region", "us-east-1"], true),
    ];
    for (kind, base, extra, reasons) in cases {
        let sb = Sb::default();
        let mut args = vec![
            "chat",
            "--kind",
            kind,
            "--base-url",
            base,
            "--model",
            "sb-markdown",
            "--json",
        ];
        args.extend_from_slice(extra);
        args.push("hello");
        let mut cmd = sb.command(&args);
        match kind {
            "ollama" => {}
            "bedrock" => {
                cmd.env("AWS_ACCESS_KEY_ID", "AKIDCLITEST0123")
                    .env("AWS_SECRET_ACCESS_KEY", &key);
            }
            _ => {
                cmd.env("SB_API_KEY", &key);
            }
        }
        let run = output(cmd).await;
        let body: Value = serde_json::from_str(run.ok())
            .unwrap_or_else(|e| panic!("{kind}: {e}: {}", run.stderr));
        let mut expected: BTreeSet<String> = [
            "text",
            "model",
            "provider",
            "usage",
            "stop_reason",
            "conversation_id",
            "message_id",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        if reasons {
            expected.insert("reasoning".into());
        }
        assert_eq!(keys_of(&body), expected, "{kind}: {body}");
        assert!(
            body["text"]
                .as_str()
                .unwrap()
                .starts_with("# Switchboard test reply"),
            "{kind}: {body}"
        );
        assert_eq!(body["usage"]["input_tokens"], 24, "{kind}");
        assert_eq!(body["usage"]["output_tokens"], 96, "{kind}");
        assert_eq!(body["provider"], kind, "{kind}");
        if reasons {
            assert_eq!(
                body["reasoning"], "Let me think about this carefully.",
                "{kind}"
            );
        }
        assert_key_absent(sb.data_dir(), &key);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn recorded_streams_report_usage_details_and_thinking() {
    let key = test_key("recorded_streams_report_usage_details_and_thinking");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    // `sb-text` on Gemini replays the recording: 151 thinking tokens.
    let mut cmd = sb.command(&[
        "chat",
        "--kind",
        "gemini",
        "--base-url",
        &server.url(),
        "--model",
        "sb-text",
        "--json",
        "hi",
    ]);
    cmd.env("SB_API_KEY", &key);
    let run = output(cmd).await;
    let body: Value = serde_json::from_str(run.ok()).unwrap();
    assert_eq!(body["usage"]["reasoning_tokens"], 151, "{body}");
    assert_eq!(body["usage"]["output_tokens"], 164, "{body}");
    assert_eq!(body["stop_reason"], "STOP", "the raw stop reason: {body}");
    assert!(body["reasoning"].as_str().unwrap().len() > 20, "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_credentials_and_options_are_clear_errors() {
    let key = test_key("missing_credentials_and_options_are_clear_errors");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let run = sb
        .run(&[
            "chat",
            "--kind",
            "bedrock",
            "--base-url",
            &server.url(),
            "--model",
            "m",
            "hi",
        ])
        .await;
    assert!(
        run.error_line().contains("AWS_ACCESS_KEY_ID"),
        "{}",
        run.stderr
    );
    let run = sb
        .run(&["chat", "--kind", "anthropic", "--model", "m", "hi"])
        .await;
    assert!(run.error_line().contains("--base-url"), "{}", run.stderr);
    let run = sb
        .run(&[
            "chat",
            "--kind",
            "cohere",
            "--base-url",
            "http://x",
            "--model",
            "m",
            "hi",
        ])
        .await;
    assert!(!run.status.success());
    assert!(
        run.stderr.contains("anthropic"),
        "the valid kinds are listed: {}",
        run.stderr
    );
    // Bedrock without a region cannot sign.
    let mut cmd = sb.command(&[
        "chat",
        "--kind",
        "bedrock",
        "--base-url",
        "http://127.0.0.1:9/",
        "--model",
        "m",
        "hi",
    ]);
    cmd.env("AWS_ACCESS_KEY_ID", "AKIDX0123456")
        .env("AWS_SECRET_ACCESS_KEY", "secret-0123456789");
    let run = output(cmd).await;
    assert!(run.error_line().contains("region"), "{}", run.stderr);
}

#[tokio::test(flavor = "multi_thread")]
async fn providers_add_takes_the_kind_and_its_options() {
    let sb = Sb::default();
    let run = sb
        .run(&[
            "providers",
            "add",
            "claude",
            "--kind",
            "anthropic",
            "--base-url",
            "https://api.anthropic.com",
            "--model",
            "claude-sonnet-4-5",
        ])
        .await;
    run.ok();
    let run = sb
        .run(&[
            "providers",
            "add",
            "aws",
            "--kind",
            "bedrock",
            "--region",
            "eu-west-1",
            "--model",
            "anthropic.claude-3-5-sonnet-20240620-v1:0",
        ])
        .await;
    run.ok();
    let run = sb
        .run(&[
            "providers",
            "add",
            "groq",
            "--preset",
            "groq",
            "--model",
            "llama-3.3-70b-versatile",
            "--header",
            "x-team: blue",
        ])
        .await;
    run.ok();
    let run = sb
        .run(&[
            "providers",
            "add",
            "az",
            "--kind",
            "azure",
            "--base-url",
            "https://res.openai.azure.com",
            "--api-version",
            "2025-01-01-preview",
            "--model",
            "gpt4o-deploy",
        ])
        .await;
    run.ok();
    let run = sb
        .run(&[
            "providers",
            "add",
            "local",
            "--kind",
            "ollama",
            "--model",
            "llama3.2",
        ])
        .await;
    run.ok();
    let list: Value =
        serde_json::from_str(sb.run(&["providers", "list", "--json"]).await.ok()).unwrap();
    let by_name = |n: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(by_name("claude")["kind"], "anthropic");
    assert_eq!(
        by_name("aws")["base_url"],
        "https://bedrock-runtime.eu-west-1.amazonaws.com"
    );
    assert_eq!(by_name("aws")["settings"]["region"], "eu-west-1");
    assert_eq!(
        by_name("groq")["base_url"],
        "https://api.groq.com/openai/v1"
    );
    assert_eq!(by_name("groq")["settings"]["preset"], "groq");
    assert_eq!(by_name("groq")["settings"]["headers"][0]["name"], "x-team");
    assert_eq!(
        by_name("az")["settings"]["api_version"],
        "2025-01-01-preview"
    );
    assert_eq!(by_name("local")["base_url"], "http://localhost:11434");
    assert_eq!(by_name("local")["local"], true);
    let run = sb
        .run(&[
            "providers",
            "add",
            "bad",
            "--preset",
            "groq",
            "--model",
            "m",
            "--header",
            "authorization: Bearer x",
        ])
        .await;
    assert!(run.error_line().contains("credentials"), "{}", run.stderr);
    let run = sb
        .run(&[
            "providers",
            "add",
            "nob",
            "--kind",
            "bedrock",
            "--model",
            "m",
        ])
        .await;
    assert!(run.error_line().contains("region"), "{}", run.stderr);
}

#[tokio::test(flavor = "multi_thread")]
async fn chat_attaches_images_and_text_files() {
    let key = test_key("chat_attaches_images_and_text_files");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let dir = tempfile::TempDir::new().unwrap();
    let png = dir.path().join("dot.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\nfake-image-bytes").unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "remember the milk").unwrap();
    let mut cmd = sb.command(&[
        "chat",
        "--kind",
        "anthropic",
        "--base-url",
        &server.url(),
        "--model",
        "sb-markdown",
        "--attach",
        png.to_str().unwrap(),
        "--attach",
        notes.to_str().unwrap(),
        "--json",
        "What is this?",
    ]);
    cmd.env("SB_API_KEY", &key);
    let run = output(cmd).await;
    let body: Value = serde_json::from_str(run.ok()).unwrap();
    assert!(body["text"].as_str().unwrap().starts_with("# Switchboard"));
    let sent = server.requests().last().unwrap().json().unwrap();
    let content = &sent["messages"][0]["content"];
    assert_eq!(content[0]["type"], "image", "{sent}");
    assert_eq!(content[0]["source"]["media_type"], "image/png");
    assert!(
        content[1]["text"]
            .as_str()
            .unwrap()
            .contains("remember the milk"),
        "{sent}"
    );
    let bad = dir.path().join("doc.pdf");
    std::fs::write(&bad, b"%PDF-1.7\0\x01\x02").unwrap();
    let mut cmd = sb.command(&[
        "chat",
        "--kind",
        "anthropic",
        "--base-url",
        &server.url(),
        "--model",
        "sb-markdown",
        "--attach",
        bad.to_str().unwrap(),
        "hi",
    ]);
    cmd.env("SB_API_KEY", &key);
    let run = output(cmd).await;
    assert!(
        run.error_line().contains("neither an image"),
        "{}",
        run.stderr
    );
}
