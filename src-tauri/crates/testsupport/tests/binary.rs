#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The `sb-fake-provider` binary: announcement line, scenario routing, request recording.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const KEY: &str = "sk-fake-binary";

/// Kills the child even when an assertion fails first.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        // The process may already have exited; either way it must not outlive the test.
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(args: &[&str]) -> (Running, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sb-fake-provider"))
        .args(args)
        .env("SB_FAKE_KEY", KEY)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        tx.send(line).unwrap();
    });
    let line = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the binary announces its address");
    (Running(child), line)
}

fn post(base_url: &str, key: &str, body: &str) -> String {
    let authority = base_url
        .strip_prefix("http://")
        .unwrap()
        .strip_suffix("/v1")
        .unwrap();
    let mut stream = TcpStream::connect(authority).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "POST /v1/chat/completions HTTP/1.1\r\nhost: {authority}\r\nauthorization: Bearer {key}\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn binary_announces_serves_and_records_without_keys() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("requests.jsonl");
    let (_child, line) = spawn(&["--record", record.to_str().unwrap()]);
    let base_url = line
        .strip_prefix("listening on ")
        .expect("announcement format")
        .trim_end();
    assert!(
        base_url.starts_with("http://127.0.0.1:") && base_url.ends_with("/v1"),
        "announces a loopback /v1 base url: {line:?}"
    );

    let ok = post(base_url, KEY, r#"{"model":"sb-ratelimit"}"#);
    assert!(
        ok.starts_with("HTTP/1.1 429 "),
        "env key is accepted and routed: {ok}"
    );
    let denied = post(base_url, "sk-wrong", r#"{"model":"sb-text"}"#);
    assert!(denied.starts_with("HTTP/1.1 401 "), "wrong key is refused");

    let recorded = std::fs::read_to_string(&record).unwrap();
    let lines: Vec<serde_json::Value> = recorded
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "one line per request: {recorded}");
    assert_eq!(lines[0]["method"], "POST", "method recorded");
    assert_eq!(lines[0]["path"], "/v1/chat/completions", "path recorded");
    assert_eq!(
        lines[0]["body"], r#"{"model":"sb-ratelimit"}"#,
        "body recorded as text"
    );
    assert_eq!(
        (lines[0]["auth_ok"].as_bool(), lines[1]["auth_ok"].as_bool()),
        (Some(true), Some(false)),
        "auth outcome recorded"
    );
    assert_eq!(
        lines[0]["headers"]["authorization"], "[redacted]",
        "authorization is redacted"
    );
    assert!(
        !recorded.contains(KEY) && !recorded.contains("sk-wrong"),
        "no key reaches the record file"
    );
}

#[test]
fn explicit_port_and_key_flags_win() {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = probe.local_addr().unwrap().port();
    drop(probe);
    let (_child, line) = spawn(&["--port", &port.to_string(), "--key", "sk-flag"]);
    assert_eq!(
        line,
        format!("listening on http://127.0.0.1:{port}/v1\n"),
        "binds the requested port and prints exactly the announcement"
    );
    let base_url = format!("http://127.0.0.1:{port}/v1");
    assert!(
        post(&base_url, "sk-flag", r#"{"model":"sb-context"}"#).starts_with("HTTP/1.1 400 "),
        "--key overrides SB_FAKE_KEY"
    );
}
