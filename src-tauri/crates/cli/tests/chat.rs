#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `sb chat` with an ad-hoc provider against the fake server: the `--json` contract, the
//! streamed text, what history shows afterwards, and the missing-key error.

mod common;

use std::collections::BTreeSet;

use common::{assert_key_absent, fake_provider, output, sb_command, test_key, Sb};
use sb_testsupport::{fixtures, scenario::MODEL_TEXT};
use serde_json::{json, Value};

const PROMPT: &str = "Invent a holiday and describe it";
/// Model the recorded `sb-text` stream reports (not the one asked for).
const RECORDED_MODEL: &str = "gpt-4.1-nano-2025-04-14";

#[tokio::test(flavor = "multi_thread")]
async fn json_chat_prints_one_object_and_sends_a_streaming_request() {
    let key = test_key("json_chat_prints_one_object_and_sends_a_streaming_request");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let expected = fixtures::openai_text_expected();

    let run = sb
        .chat(&server.base_url(), &key, MODEL_TEXT, true, PROMPT)
        .await;
    let stdout = run.ok();

    assert_eq!(
        stdout.lines().count(),
        1,
        "--json prints exactly one line: {stdout:?}"
    );
    let body: Value = serde_json::from_str(stdout).expect("--json prints one JSON value");
    let keys: BTreeSet<&str> = body
        .as_object()
        .expect("--json prints an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "text",
            "model",
            "provider",
            "usage",
            "stop_reason",
            "conversation_id",
            "message_id"
        ]),
        "the --json object has exactly the documented keys"
    );
    assert_eq!(
        body["text"], expected.text,
        "text is every recorded delta, in order"
    );
    assert_eq!(
        body["usage"],
        json!({"input_tokens": expected.input_tokens, "output_tokens": expected.output_tokens}),
        "usage is what the provider's usage chunk said"
    );
    assert_eq!(
        body["model"], RECORDED_MODEL,
        "model is the one the provider says answered"
    );
    assert_eq!(
        body["provider"], "openai",
        "an ad-hoc provider is labelled by its kind"
    );
    assert_eq!(
        body["stop_reason"], "stop",
        "the recording finishes with stop"
    );
    assert!(
        run.stderr.is_empty(),
        "a successful chat is quiet on stderr: {}",
        run.stderr
    );

    let requests = server.requests();
    assert_eq!(
        requests.len(),
        1,
        "one chat is one provider request: {requests:?}"
    );
    let request = &requests[0];
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("POST", "/v1/chat/completions"),
        "Chat Completions endpoint under the base URL"
    );
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {key}").as_str()),
        "the key from SB_API_KEY is sent as a bearer token"
    );
    let sent = request.json().expect("the request body is JSON");
    assert_eq!(sent["stream"], true, "the answer is streamed");
    assert_eq!(
        sent["stream_options"]["include_usage"], true,
        "usage is requested so it can be stored"
    );
    assert_eq!(sent["model"], MODEL_TEXT, "the --model given is asked for");
    let messages = sent["messages"].as_array().expect("messages is an array");
    assert_eq!(
        messages.last(),
        Some(&json!({"role": "user", "content": PROMPT})),
        "the prompt is the last user message: {messages:?}"
    );

    let answer = sb.only_answer().await;
    assert_eq!(
        answer["id"], body["message_id"],
        "message_id names the stored answer"
    );
    assert_eq!(
        answer["conversation_id"], body["conversation_id"],
        "conversation_id names the stored conversation"
    );
    assert_key_absent(sb.data_dir(), &key);
}

#[tokio::test(flavor = "multi_thread")]
async fn streamed_chat_lands_in_history() {
    let key = test_key("streamed_chat_lands_in_history");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let expected = fixtures::openai_text_expected();

    let run = sb
        .chat(&server.base_url(), &key, MODEL_TEXT, false, PROMPT)
        .await;
    assert_eq!(
        run.ok(),
        format!("{}\n", expected.text),
        "without --json the answer text is printed as is, ending in a newline"
    );

    let list = sb.run(&["history", "list"]).await;
    let conversations = sb.conversations().await;
    let id = conversations[0]["id"].as_i64().unwrap();
    assert_eq!(
        list.ok(),
        format!("{id}\t{PROMPT}\n"),
        "history list shows one line: the id and the title taken from the prompt"
    );
    let mut after = sb_command();
    after
        .args(["history", "list", "--data-dir"])
        .arg(sb.data_dir());
    assert_eq!(
        output(after).await.ok(),
        list.stdout,
        "--data-dir works after the subcommand as well as before it"
    );

    let view = sb.conversation(id).await;
    assert_eq!(
        view["conversation"]["title"], PROMPT,
        "the title comes from the prompt"
    );
    let messages = view["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2, "one turn is two messages: {messages:?}");
    assert_eq!(
        (
            &messages[0]["role"],
            &messages[0]["content"],
            &messages[0]["status"]
        ),
        (&json!("user"), &json!(PROMPT), &json!("complete")),
        "the prompt is stored as a complete user message"
    );
    let answer = &messages[1];
    assert_eq!(answer["role"], "assistant", "the answer follows the prompt");
    assert_eq!(
        answer["status"], "complete",
        "a finished stream is complete"
    );
    assert_eq!(
        answer["content"], expected.text,
        "the whole answer is stored"
    );
    assert_eq!(
        (
            &answer["usage"]["input_tokens"],
            &answer["usage"]["output_tokens"]
        ),
        (
            &json!(expected.input_tokens),
            &json!(expected.output_tokens)
        ),
        "usage is stored with the answer"
    );
    assert_eq!(
        answer["model"], RECORDED_MODEL,
        "the answering model is stored"
    );
    assert_eq!(
        answer["error"],
        Value::Null,
        "a complete answer carries no error"
    );
    assert_key_absent(sb.data_dir(), &key);
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_api_key_env_is_one_clear_line() {
    let key = test_key("missing_api_key_env_is_one_clear_line");
    let server = fake_provider(&key).await;
    let sb = Sb::default();

    let mut cmd = sb.chat_command(&server.base_url(), &key, MODEL_TEXT, true, PROMPT);
    cmd.env_remove("SB_API_KEY");
    let run = output(cmd).await;

    let line = run.error_line();
    assert!(
        line.contains("SB_API_KEY"),
        "the error names the variable to set: {line}"
    );
    assert!(
        run.stdout.is_empty(),
        "nothing is printed on stdout: {:?}",
        run.stdout
    );
    assert!(
        server.requests().is_empty(),
        "no request is sent without a key"
    );
}

/// `sb history search` finds a conversation by a word of its prompt and of its answer
/// (JSON keys as documented in docs/history.md), `sb history list --json` shows the
/// conversation with its pin and archive state, and a search with no match is empty.
#[tokio::test(flavor = "multi_thread")]
async fn history_search_and_list_speak_json() {
    let key = test_key("history_search_and_list_speak_json");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let expected = fixtures::openai_text_expected();
    sb.chat(&server.base_url(), &key, MODEL_TEXT, false, PROMPT)
        .await
        .ok();
    let id = sb.conversations().await[0]["id"].as_i64().unwrap();

    let list: Value =
        serde_json::from_str(sb.run(&["history", "list", "--json"]).await.ok()).unwrap();
    let first = &list[0];
    assert_eq!(first["id"], id);
    assert_eq!(first["title"], PROMPT);
    assert_eq!(
        (&first["pinned"], &first["archived"]),
        (&json!(false), &json!(false))
    );

    // A word from the middle of the recorded answer.
    let word = expected
        .text
        .split_whitespace()
        .find(|w| w.chars().count() >= 5 && w.chars().all(char::is_alphanumeric))
        .unwrap()
        .to_owned();
    let hits: Value =
        serde_json::from_str(sb.run(&["history", "search", &word, "--json"]).await.ok()).unwrap();
    let hits = hits.as_array().unwrap();
    let answer = hits
        .iter()
        .find(|h| h["role"] == "assistant")
        .unwrap_or_else(|| panic!("the answer matches {word:?}: {hits:?}"));
    assert_eq!(answer["conversation_id"], id);
    assert_eq!(answer["title"], PROMPT);
    assert!(answer["message_id"].as_i64().is_some());
    let snippet = answer["snippet"].as_str().unwrap();
    assert!(
        snippet.to_lowercase().contains(&word.to_lowercase()),
        "the snippet shows the match: {snippet:?}"
    );
    assert!(
        !snippet.contains(['\u{E000}', '\u{E001}']),
        "JSON snippets are plain text"
    );

    let human = sb.run(&["history", "search", &word]).await;
    assert!(
        human.ok().starts_with(&format!("{id}#")) && human.ok().contains("**"),
        "one line per hit, the match in **bold**: {}",
        human.ok()
    );
    let none = sb
        .run(&["history", "search", "zzqx-nothing-matches", "--json"])
        .await;
    assert_eq!(none.ok(), "[]\n");
}
