#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `sb chat` against hostile and broken servers on 127.0.0.1: each ends with one clear
//! line on stderr and a non-zero exit, keeps the partial answer, never waits forever and
//! never prints or stores the key; and a budget refusal of any kind of turn happens
//! before a request is sent.

mod common;

use std::time::{Duration, Instant};

use common::{assert_key_absent, fake_provider, output, test_key, Sb};
use sb_testsupport::{Hostile, HostileServer, HOSTILE_DELTAS};

async fn chat_against(behaviour: Hostile, extra: &[&str]) -> (Sb, common::Run, String) {
    let key = test_key(&format!("{behaviour:?}"));
    let server = HostileServer::start(behaviour).await.unwrap();
    let sb = Sb::default();
    let base = server.base_url();
    let mut args = vec![
        "chat",
        "--kind",
        "openai",
        "--base-url",
        &base,
        "--model",
        "m",
    ];
    args.extend_from_slice(extra);
    args.push("hello");
    let mut cmd = sb.command(&args);
    cmd.env("SB_API_KEY", &key);
    let run = output(cmd).await;
    (sb, run, key)
}

#[tokio::test(flavor = "multi_thread")]
async fn keep_alives_alone_end_at_the_idle_timeout_with_the_partial_kept() {
    let started = Instant::now();
    let (sb, run, _) = chat_against(
        Hostile::KeepAlivesOnly {
            every: Duration::from_millis(100),
        },
        &["--idle-timeout", "2"],
    )
    .await;
    let elapsed = started.elapsed();
    let line = run.error_line();
    assert!(line.contains("no new content for 2 s"), "{line}");
    assert!(
        elapsed >= Duration::from_secs(2) && elapsed < Duration::from_secs(15),
        "ends after the idle timeout: {elapsed:?}"
    );
    let answer = sb.only_answer().await;
    assert_eq!(answer["status"], "error");
    assert_eq!(answer["error"]["code"], "timeout");
    assert_eq!(
        answer["content"], HOSTILE_DELTAS[0],
        "the partial answer is kept"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_idle_timeout_of_zero_or_garbage_is_refused() {
    let sb = Sb::default();
    for bad in ["0", "soon", "-3"] {
        let run = sb
            .run(&["chat", "--provider", "p", "--idle-timeout", bad, "hi"])
            .await;
        assert!(
            !run.status.success(),
            "--idle-timeout {bad} must be refused"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_echoed_by_the_server_is_not_printed_or_stored() {
    for behaviour in [Hostile::EchoKey, Hostile::EchoKeyMidStream] {
        let (sb, run, key) = chat_against(behaviour, &[]).await;
        let line = run.error_line();
        assert!(
            !line.contains(&key),
            "{behaviour:?}: stderr has the key: {line}"
        );
        assert!(line.contains("[redacted]"), "{behaviour:?}: {line}");
        let shown = sb.run(&["history", "list", "--json"]).await;
        let ids: Vec<i64> = serde_json::from_str::<serde_json::Value>(shown.ok())
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect();
        for id in ids {
            let show = sb
                .run(&["history", "show", &id.to_string(), "--json"])
                .await;
            assert!(
                !show.ok().contains(&key),
                "{behaviour:?}: history show has the key"
            );
        }
        // Exports hold only what history holds: scanned with the rest below.
        let json = sb.data_dir().join("export.json");
        let md = sb.data_dir().join("export-md");
        sb.run(&["export", "--format", "json", json.to_str().unwrap()])
            .await
            .ok();
        sb.run(&["export", "--format", "md", md.to_str().unwrap()])
            .await
            .ok();
        assert!(json.exists() && md.read_dir().unwrap().count() > 0);
        assert_key_absent(sb.data_dir(), &key);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn each_broken_server_gets_its_own_clear_error_and_the_partial_kept() {
    let cases: [(Hostile, &str, &str); 5] = [
        (
            Hostile::EndlessLine { bytes: 32 << 20 },
            "too_large",
            "longer than",
        ),
        (
            Hostile::GiantEvent { bytes: 32 << 20 },
            "too_large",
            "larger than",
        ),
        (Hostile::LyingLength, "network", "dropped"),
        (Hostile::CutStream, "network", "closed before"),
        (
            Hostile::HtmlPage,
            "not_an_api",
            "does not look like the API",
        ),
    ];
    for (behaviour, code, words) in cases {
        let (sb, run, _) = chat_against(behaviour, &[]).await;
        let line = run.error_line();
        assert!(line.contains(words), "{behaviour:?}: {line}");
        assert!(!line.contains("[DONE]"), "{behaviour:?}: {line}");
        let answer = sb.only_answer().await;
        assert_eq!(answer["error"]["code"], code, "{behaviour:?}: {answer}");
        if behaviour != Hostile::HtmlPage {
            assert!(
                HOSTILE_DELTAS
                    .concat()
                    .starts_with(answer["content"].as_str().unwrap())
                    && !answer["content"].as_str().unwrap().is_empty(),
                "{behaviour:?}: the partial answer is kept: {answer}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_giant_error_body_is_cut_to_a_short_line() {
    let (_, run, _) = chat_against(Hostile::GiantErrorBody { bytes: 64 << 20 }, &[]).await;
    let line = run.error_line();
    assert!(line.len() < 700, "one short line: {} chars", line.len());
}

/// A tiny hard monthly cap refuses routed and ad-hoc chats before any request (the
/// named-provider path needs the keyring: see `keyring.rs`).
#[tokio::test(flavor = "multi_thread")]
async fn a_hard_cap_refuses_routed_and_ad_hoc_chats_before_any_request() {
    let key = test_key("hard-cap-every-kind");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let base = server.base_url();
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
        vec![
            "chat",
            "--kind",
            "openai",
            "--base-url",
            &base,
            "--model",
            "sb-text",
            "hello",
        ],
    ] {
        let mut cmd = sb.command(&args);
        cmd.env("SB_API_KEY", &key);
        let run = output(cmd).await;
        let line = run.error_line();
        assert!(
            line.contains("Not sent") || line.contains("No model"),
            "{args:?}: {line}"
        );
    }
    assert!(server.requests().is_empty(), "no request left");
    let usage = sb.run(&["usage", "--json"]).await;
    assert!(usage.ok().contains("\"calls\":0"), "{}", usage.stdout);
}

/// Budget settings that cannot be read: every chat is refused; `sb budget` replaces them
/// only when both caps are given again (anything less would quietly drop a cap).
#[tokio::test(flavor = "multi_thread")]
async fn unreadable_budget_settings_refuse_chats_until_both_caps_are_set_again() {
    let sb = Sb::default();
    sb.run(&["budget", "--monthly-cap", "1"]).await.ok();
    {
        let conn = rusqlite::Connection::open(sb.db_path()).unwrap();
        conn.execute(
            "UPDATE settings SET value = '{broken' WHERE key = 'budget'",
            [],
        )
        .unwrap();
    }
    let chat = sb.run(&["chat", "hello"]).await;
    assert!(
        chat.error_line().contains("cannot be read"),
        "{}",
        chat.stderr
    );
    let partial = sb.run(&["budget", "--quality", "best"]).await;
    assert!(
        partial.error_line().contains("set both caps again"),
        "{}",
        partial.stderr
    );
    let replaced = sb
        .run(&["budget", "--cap", "none", "--monthly-cap", "2"])
        .await;
    assert!(
        replaced.ok().contains("monthly cap: $2.00 (hard)"),
        "{}",
        replaced.stdout
    );
}
