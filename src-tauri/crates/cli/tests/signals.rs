#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `sb chat` ended from outside mid-stream. Unix only: the tests send real signals
//! (SIGKILL, SIGINT), which Windows does not have.
#![cfg(unix)]

mod common;

use std::time::Duration;

use common::{fake_provider, output, test_key, Sb, Streaming};
use sb_testsupport::scenario::{slow_deltas, MODEL_SLOW};
use serde_json::Value;

const PROMPT: &str = "Count slowly";
/// Answer bytes to see on stdout before acting: about one `sb-slow` delta.
const SEEN_BYTES: usize = 20;
/// Longer than the engine's 250 ms flush interval, so some text is on disk.
const AFTER_FLUSH: Duration = Duration::from_millis(400);

/// The stored answer's text, checked to be a non-empty start of what `sb-slow` streams.
fn stored_prefix(answer: &Value) -> &str {
    let content = answer["content"].as_str().expect("content is a string");
    assert!(
        !content.is_empty(),
        "text streamed before the end must be on disk: {answer}"
    );
    assert!(
        slow_deltas().concat().starts_with(content),
        "the stored text is the start of the streamed answer: {content:?}"
    );
    content
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_chat_is_interrupted_with_its_text_kept() {
    let key = test_key("killed_chat_is_interrupted_with_its_text_kept");
    let server = fake_provider(&key).await;
    let sb = Sb::default();

    let mut chat =
        Streaming::spawn(sb.chat_command(&server.base_url(), &key, MODEL_SLOW, false, PROMPT));
    chat.read_at_least(SEEN_BYTES).await;
    tokio::time::sleep(AFTER_FLUSH).await;
    chat.kill().await;
    let run = chat.finish().await;
    assert!(
        run.status.code().is_none(),
        "SIGKILL ends the process without an exit code: {:?}",
        run.status
    );

    // The next start marks the answer that was still streaming as interrupted.
    let answer = sb.only_answer().await;
    assert_eq!(
        answer["status"], "interrupted",
        "an answer cut off by a crash is interrupted: {answer}"
    );
    let stored = stored_prefix(&answer);
    assert!(
        run.stdout.starts_with(stored) || stored.starts_with(&run.stdout),
        "disk and terminal saw the same stream, one possibly further along: \
         stored {stored:?}, printed {:?}",
        run.stdout
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_c_stops_the_chat_and_keeps_its_text() {
    let key = test_key("ctrl_c_stops_the_chat_and_keeps_its_text");
    let server = fake_provider(&key).await;
    let sb = Sb::default();

    let mut chat =
        Streaming::spawn(sb.chat_command(&server.base_url(), &key, MODEL_SLOW, false, PROMPT));
    chat.read_at_least(SEEN_BYTES).await;
    // `kill` rather than a libc binding: no extra dependency for one signal.
    let mut interrupt = tokio::process::Command::new("kill");
    interrupt.args(["-INT", &chat.pid().to_string()]);
    let sent = output(interrupt).await;
    assert!(
        sent.status.success(),
        "SIGINT must be delivered: {}",
        sent.stderr
    );
    let run = chat.finish().await;

    assert_eq!(
        run.status.code(),
        Some(130),
        "Ctrl-C exits with the shell's SIGINT code; stderr: {}",
        run.stderr
    );
    let answer = sb.only_answer().await;
    assert_eq!(
        answer["status"], "stopped",
        "an answer the user stopped is stopped: {answer}"
    );
    let stored = stored_prefix(&answer);
    assert_eq!(
        run.stdout,
        format!("{stored}\n"),
        "everything printed before the stop is what was stored"
    );
}

/// SIGTERM (a service manager, `kill`, `timeout`) and SIGHUP (the terminal closed) stop a
/// turn as Ctrl-C does: the partial answer stored as `stopped`, the JSON still printed,
/// and the shell's exit code for the signal.
#[tokio::test(flavor = "multi_thread")]
async fn sigterm_and_sighup_stop_the_chat_print_the_json_and_keep_the_text() {
    for (signal, code) in [("-TERM", 143), ("-HUP", 129)] {
        let key = test_key(&format!("signal{signal}"));
        let server = fake_provider(&key).await;
        let sb = Sb::default();
        let chat =
            Streaming::spawn(sb.chat_command(&server.base_url(), &key, MODEL_SLOW, true, PROMPT));
        // With --json nothing streams to stdout: wait for text to reach the database.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let conn = rusqlite_content(&sb.db_path());
            if conn.is_some_and(|c| !c.is_empty()) {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no text reached the database"
            );
        }
        let mut kill = tokio::process::Command::new("kill");
        kill.args([signal, &chat.pid().to_string()]);
        assert!(
            output(kill).await.status.success(),
            "{signal} must be delivered"
        );
        let run = chat.finish().await;
        assert_eq!(
            run.status.code(),
            Some(code),
            "{signal}: stderr {}",
            run.stderr
        );
        let json: Value = serde_json::from_str(run.stdout.trim())
            .unwrap_or_else(|e| panic!("{signal}: the JSON is printed ({e}): {:?}", run.stdout));
        assert_eq!(json["stop_reason"], "stopped", "{signal}: {json}");
        let answer = sb.only_answer().await;
        assert_eq!(answer["status"], "stopped", "{signal}: {answer}");
        let stored = stored_prefix(&answer);
        assert_eq!(
            json["text"].as_str(),
            Some(stored),
            "{signal}: printed what was stored"
        );
    }
}

/// The streaming answer's stored text, read straight from the database file (`None`
/// before the answer exists).
fn rusqlite_content(db: &std::path::Path) -> Option<String> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    conn.query_row(
        "SELECT content FROM messages WHERE role = 'assistant' ORDER BY id LIMIT 1",
        [],
        |row| row.get(0),
    )
    .ok()
}

/// The app while `sb` runs, or two `sb`s: opening the database from another process must
/// not take over, settle or free a turn that is still streaming.
#[tokio::test(flavor = "multi_thread")]
async fn another_sb_during_a_turn_leaves_it_alone_and_it_is_billed_once() {
    let key = test_key("another_sb_during_a_turn_leaves_it_alone");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let mut chat =
        Streaming::spawn(sb.chat_command(&server.base_url(), &key, MODEL_SLOW, false, PROMPT));
    chat.read_at_least(SEEN_BYTES).await;
    let usage: Value = serde_json::from_str(sb.run(&["usage", "--json"]).await.ok()).unwrap();
    assert_eq!(
        usage["calls"], 0,
        "the running turn is not settled by another process"
    );
    chat.read_at_least(SEEN_BYTES * 3).await;
    let mut interrupt = tokio::process::Command::new("kill");
    interrupt.args(["-INT", &chat.pid().to_string()]);
    assert!(output(interrupt).await.status.success());
    let run = chat.finish().await;
    assert_eq!(run.status.code(), Some(130), "stderr: {}", run.stderr);
    let answer = sb.only_answer().await;
    assert_eq!(
        answer["status"], "stopped",
        "still its own turn to end: {answer}"
    );
    let usage: Value = serde_json::from_str(sb.run(&["usage", "--json"]).await.ok()).unwrap();
    assert_eq!(usage["calls"], 1, "billed once: {usage}");
}

/// `sb chat … | head`: when stdout closes, the turn is stopped and settled before `sb`
/// exits, not left streaming with its money held.
#[tokio::test(flavor = "multi_thread")]
async fn a_closed_stdout_stops_the_turn_and_settles_it() {
    let key = test_key("a_closed_stdout_stops_the_turn");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let mut child = sb
        .chat_command(&server.base_url(), &key, MODEL_SLOW, false, PROMPT)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 8];
    tokio::io::AsyncReadExt::read_exact(&mut stdout, &mut first)
        .await
        .unwrap();
    drop(stdout);
    let status = tokio::time::timeout(Duration::from_secs(20), child.wait())
        .await
        .expect("sb ends once its output is gone")
        .unwrap();
    assert!(!status.success(), "a lost output is an error");
    let answer = sb.only_answer().await;
    assert_eq!(answer["status"], "stopped", "{answer}");
    let usage: Value = serde_json::from_str(sb.run(&["usage", "--json"]).await.ok()).unwrap();
    assert_eq!(usage["calls"], 1, "settled before exit: {usage}");
}
