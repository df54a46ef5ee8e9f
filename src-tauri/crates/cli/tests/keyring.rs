#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `sb` and the OS keyring: commands that need no stored key work with no keyring at all,
//! and (with `SB_KEYRING_TESTS=1`) a key set with `sb keys set` is used and removed.

mod common;

use std::time::{Duration, Instant};

use common::{assert_key_absent, fake_provider, output, output_with_stdin, test_key, Sb};
use sb_keys::{KeyStore, OsKeyring};
use sb_testsupport::scenario::MODEL_TEXT;
use serde_json::Value;

const NAME: &str = "fake";
/// A session bus address nobody listens on: any Secret Service call fails at once.
const NO_BUS: &str = "unix:path=/nonexistent";
/// A keyring error must come back fast; the suite-wide timeout only catches hangs.
const KEYRING_FAILURE_BUDGET: Duration = Duration::from_secs(10);

/// `sb --data-dir DIR ARGS...` with no reachable keyring.
async fn run_without_keyring(sb: &Sb, args: &[&str], api_key: Option<&str>) -> common::Run {
    let mut cmd = sb.command(args);
    cmd.env("DBUS_SESSION_BUS_ADDRESS", NO_BUS);
    if let Some(key) = api_key {
        cmd.env("SB_API_KEY", key);
    }
    output(cmd).await
}

#[tokio::test(flavor = "multi_thread")]
async fn keyless_commands_work_without_a_keyring() {
    let key = test_key("keyless_commands_work_without_a_keyring");
    let server = fake_provider(&key).await;
    let base_url = server.base_url();
    let sb = Sb::default();

    let added = run_without_keyring(
        &sb,
        &[
            "providers",
            "add",
            NAME,
            "--base-url",
            &base_url,
            "--model",
            MODEL_TEXT,
        ],
        None,
    )
    .await;
    assert!(
        added.ok().contains(NAME),
        "adding a provider names it: {}",
        added.stdout
    );
    let listed = run_without_keyring(&sb, &["providers", "list"], None).await;
    assert_eq!(
        listed.ok(),
        format!("{NAME}\topenai\t{base_url}\t{MODEL_TEXT}\tno key\n"),
        "providers list shows name, kind, URL, model and key state"
    );
    let listed = run_without_keyring(&sb, &["providers", "list", "--json"], None).await;
    let providers: Value = serde_json::from_str(listed.ok()).expect("--json is JSON");
    assert_eq!(
        providers.as_array().map(Vec::len),
        Some(1),
        "one provider: {providers}"
    );
    assert_eq!(
        (
            &providers[0]["name"],
            &providers[0]["base_url"],
            &providers[0]["has_key"]
        ),
        (
            &Value::from(NAME),
            &Value::from(base_url.as_str()),
            &Value::from(false)
        ),
        "the JSON list carries the provider and that it has no key"
    );
    run_without_keyring(&sb, &["history", "list"], None)
        .await
        .ok();
    let chat = run_without_keyring(
        &sb,
        &[
            "chat",
            "--kind",
            "openai",
            "--base-url",
            &base_url,
            "--model",
            MODEL_TEXT,
            "--json",
            "Hello",
        ],
        Some(&key),
    )
    .await;
    chat.ok();

    let started = Instant::now();
    let saved = run_without_keyring(&sb, &["chat", "--provider", NAME, "Hello"], None).await;
    let line = saved.error_line().to_lowercase();
    assert!(
        started.elapsed() < KEYRING_FAILURE_BUDGET,
        "an unreachable keyring must fail fast, took {:?}",
        started.elapsed()
    );
    // On Linux the missing bus makes the keyring unavailable; elsewhere the variable means
    // nothing and the real store simply has no key for this provider.
    assert!(
        line.contains("keyring") || line.contains("no api key"),
        "the error says the key could not be read: {line}"
    );

    let removed = run_without_keyring(&sb, &["providers", "remove", NAME], None).await;
    removed.ok();
    let listed = run_without_keyring(&sb, &["providers", "list", "--json"], None).await;
    assert_eq!(listed.ok().trim(), "[]", "the removed provider is gone");
    assert_key_absent(sb.data_dir(), &key);
}

/// Keyring account of a saved provider: bound to its id and base URL (sb-engine's naming).
fn account(provider: &Value) -> String {
    format!(
        "provider-{}@{}",
        provider["id"],
        provider["base_url"].as_str().unwrap()
    )
}

async fn keyring_get(account: String) -> Option<String> {
    tokio::task::spawn_blocking(move || {
        OsKeyring::new("Switchboard")
            .get(&account)
            .expect("the test keyring is reachable")
            .map(|secret| secret.expose().to_owned())
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_set_with_sb_keys_is_used_and_removed_with_its_provider() {
    if std::env::var("SB_KEYRING_TESTS").as_deref() != Ok("1") {
        eprintln!(
            "SKIPPED: set SB_KEYRING_TESTS=1 to test against the real OS keyring \
             (e.g. scripts/with-keyring.sh env SB_KEYRING_TESTS=1 cargo test -p sb-cli)"
        );
        return;
    }
    let key = test_key("a_key_set_with_sb_keys_is_used_and_removed_with_its_provider");
    let server = fake_provider(&key).await;
    let sb = Sb::default();

    sb.run(&[
        "providers",
        "add",
        NAME,
        "--base-url",
        &server.base_url(),
        "--model",
        MODEL_TEXT,
    ])
    .await
    .ok();
    output_with_stdin(sb.command(&["keys", "set", NAME]), key.as_bytes())
        .await
        .ok();

    let chat = sb
        .run(&["chat", "--provider", NAME, "--json", "Hello"])
        .await;
    let body: Value = serde_json::from_str(chat.ok()).expect("--json is JSON");
    assert_eq!(body["provider"], NAME, "the saved provider answered");
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "one chat, one request");
    assert_eq!(
        requests[0].bearer_token(),
        Some(key.as_str()),
        "the key from the keyring is sent"
    );

    let listed = sb.run(&["providers", "list"]).await;
    assert!(
        listed.ok().contains("key in OS keyring"),
        "the list says where the key is: {}",
        listed.stdout
    );
    let providers: Value =
        serde_json::from_str(sb.run(&["providers", "list", "--json"]).await.ok()).unwrap();
    let account = account(&providers[0]);
    assert_eq!(
        keyring_get(account.clone()).await.as_deref(),
        Some(key.as_str()),
        "the key is in the OS keyring under the provider's account"
    );

    sb.run(&["providers", "remove", NAME]).await.ok();
    assert_eq!(
        keyring_get(account).await,
        None,
        "removing a provider removes its key from the OS keyring"
    );
    assert_key_absent(sb.data_dir(), &key);
}

/// A provider NAME serving OpenAI's catalogue models (default gpt-6-luna) from `base_url`,
/// its key stored with `sb keys set` in the real keyring.
async fn add_openai_provider_with_key(sb: &Sb, base_url: &str, key: &str) {
    sb.run(&[
        "providers",
        "add",
        NAME,
        "--base-url",
        base_url,
        "--model",
        "gpt-6-luna",
        "--vendor",
        "openai",
    ])
    .await
    .ok();
    output_with_stdin(sb.command(&["keys", "set", NAME]), key.as_bytes())
        .await
        .ok();
}

#[tokio::test(flavor = "multi_thread")]
async fn routed_chat_books_spend_and_a_hard_cap_blocks_the_next_turn() {
    if std::env::var("SB_KEYRING_TESTS").as_deref() != Ok("1") {
        eprintln!("SKIPPED: set SB_KEYRING_TESTS=1 to test against the real OS keyring");
        return;
    }
    let key = test_key("routed_chat_books_spend_and_a_hard_cap_blocks_the_next_turn");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    // The fake server stands in for OpenAI: it answers any model with the recorded
    // stream (16 input, 300 output tokens).
    add_openai_provider_with_key(&sb, &server.base_url(), &key).await;

    let chat = sb.run(&["chat", "--json", "Hi there, how are you?"]).await;
    let body: Value = serde_json::from_str(chat.ok()).expect("--json is JSON");
    let sent = server.requests()[0].json().unwrap();
    assert_eq!(
        sent["model"], "gpt-6-luna",
        "no --provider: the router picked the chat route's first model"
    );
    let conversation = body["conversation_id"].as_i64().unwrap().to_string();

    let usage = sb.run(&["usage", "--json"]).await;
    let summary: Value = serde_json::from_str(usage.ok()).unwrap();
    // 16 × $0.10/M + 300 × $0.50/M = $0.0001516, in nano-dollars.
    assert_eq!(
        summary["total"], 151_600,
        "the ledger holds the exact cost: {summary}"
    );
    assert_eq!(
        summary["by_model"][0]["key"], "openai/gpt-6-luna",
        "spend is grouped by model"
    );

    // A soft cap already passed warns, and does not stop the turn.
    sb.run(&[
        "budget",
        "--conversation",
        &conversation,
        "--cap",
        "0.0001",
        "--mode",
        "soft",
    ])
    .await
    .ok();
    let warned = sb
        .run(&["chat", "--conversation", &conversation, "Go on"])
        .await;
    warned.ok();
    assert!(
        warned
            .stderr
            .contains("warning: This conversation has passed its $0.00010 soft cap"),
        "the soft cap is reported on stderr: {}",
        warned.stderr
    );

    sb.run(&[
        "budget",
        "--conversation",
        &conversation,
        "--cap",
        "0.0002",
        "--mode",
        "hard",
    ])
    .await
    .ok();
    let blocked = sb
        .run(&["chat", "--conversation", &conversation, "Tell me more"])
        .await;
    assert!(
        !blocked.status.success(),
        "the hard cap blocks the second turn"
    );
    assert!(
        blocked.error_line().contains("Raise the cap"),
        "with a way out: {}",
        blocked.stderr
    );
    assert_eq!(
        server.requests().len(),
        2,
        "the blocked turn made no request"
    );

    let shown = sb.run(&["budget", "--conversation", &conversation]).await;
    assert!(
        shown.ok().contains("cap $0.00020 (hard)"),
        "the cap is shown: {}",
        shown.stdout
    );
    assert!(
        shown.stdout.contains(
            "warning: This conversation has spent $0.00030, all of its $0.00020 hard cap"
        ),
        "and how close spend is to it: {}",
        shown.stdout
    );
}

/// Tried as a new user would: with a hard monthly cap of $0.0000001, `sb chat` on a named
/// provider (any model, priced or not) is refused before any request, exits non-zero
/// with one line, and usage shows nothing spent; a chosen turn within the cap is booked
/// and shows up in `sb usage` like a routed one.
#[tokio::test(flavor = "multi_thread")]
async fn a_named_provider_cannot_walk_around_a_hard_cap() {
    if std::env::var("SB_KEYRING_TESTS").as_deref() != Ok("1") {
        eprintln!("SKIPPED: set SB_KEYRING_TESTS=1 to test against the real OS keyring");
        return;
    }
    let key = test_key("a_named_provider_cannot_walk_around_a_hard_cap");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    add_openai_provider_with_key(&sb, &server.base_url(), &key).await;
    sb.run(&[
        "budget",
        "--monthly-cap",
        "0.0000001",
        "--monthly-mode",
        "hard",
    ])
    .await
    .ok();
    for args in [
        vec!["chat", "hello"],
        vec!["chat", "--provider", NAME, "hello"],
        vec![
            "chat",
            "--provider",
            NAME,
            "--model",
            "gpt-6.1-sol",
            "hello",
        ],
        vec![
            "chat",
            "--provider",
            NAME,
            "--model",
            "my-own-finetune",
            "hello",
        ],
    ] {
        let run = sb.run(&args).await;
        let line = run.error_line();
        assert!(line.contains("Not sent"), "{args:?}: {line}");
    }
    assert!(server.requests().is_empty(), "no request left");
    let usage: Value = serde_json::from_str(sb.run(&["usage", "--json"]).await.ok()).unwrap();
    assert_eq!(usage["calls"], 0, "{usage}");

    // Within a cap, a chosen turn is booked and counted like any other.
    sb.run(&["budget", "--monthly-cap", "1", "--monthly-mode", "hard"])
        .await
        .ok();
    let chat = sb
        .run(&["chat", "--provider", NAME, "--json", "hello"])
        .await;
    chat.ok();
    let usage: Value = serde_json::from_str(sb.run(&["usage", "--json"]).await.ok()).unwrap();
    assert_eq!(usage["calls"], 1, "{usage}");
    assert_eq!(usage["total"], 151_600, "priced as gpt-6-luna: {usage}");
    let listed = sb.run(&["usage"]).await;
    assert!(listed.ok().contains("in 1 call "), "{}", listed.stdout);
}
