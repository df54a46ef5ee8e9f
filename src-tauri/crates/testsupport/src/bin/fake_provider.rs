//! `sb-fake-provider`: the scenario fake OpenAI endpoint as a separate process, for the WebDriver
//! e2e test and manual runs.
//!
//! Prints exactly one line, `listening on http://127.0.0.1:PORT/v1`, once the port is bound, then
//! serves until Ctrl-C (SIGTERM's default action ends the process too). With `--record FILE`,
//! each request is appended to FILE as one JSON line
//! `{"method","path","headers":{name:value},"body","auth_ok"}`; credential header values
//! (`authorization`, `x-api-key`, `x-goog-api-key`, `api-key`) are written as `[redacted]`
//! (`auth_ok` says whether one carried the expected key), so keys never
//! reach disk. With `--hostile MODE` it misbehaves instead, for every request (see
//! `sb_testsupport::hostile`; MODE is endless-line, giant-event, giant-error, lying-length,
//! keepalive, echo-key, echo-key-stream, html, cut or endless-answer): the memory bench
//! (`scripts/bench-hostile.py`) runs `sb chat` against each.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use anyhow::Context;
use clap::Parser;
use sb_testsupport::{scenario_responder, FakeServer, Hostile, HostileServer, RecordedRequest};

/// Fake OpenAI-compatible provider replaying recorded and scripted streams.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one; the chosen port is printed).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The only API key accepted as `Authorization: Bearer <KEY>`.
    #[arg(
        long,
        env = "SB_FAKE_KEY",
        hide_env_values = true,
        required_unless_present = "hostile"
    )]
    key: Option<String>,
    /// Misbehave this way for every request instead of serving the scenarios.
    #[arg(long, value_name = "MODE", value_parser = parse_hostile)]
    hostile: Option<Hostile>,
    /// Append every request to this file as one JSON line.
    #[arg(long)]
    record: Option<PathBuf>,
}

fn parse_hostile(name: &str) -> Result<Hostile, String> {
    Hostile::parse(name).ok_or_else(|| format!("unknown hostile mode {name:?}"))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if let Some(behaviour) = args.hostile {
        let server = HostileServer::start_on_port(args.port, behaviour)
            .await
            .with_context(|| format!("binding 127.0.0.1:{}", args.port))?;
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "listening on {}", server.base_url())?;
        stdout.flush()?;
        drop(stdout);
        tokio::signal::ctrl_c()
            .await
            .context("waiting for Ctrl-C")?;
        return Ok(());
    }
    let key = args.key.clone().unwrap_or_default();
    let recorder = match &args.record {
        Some(path) => Some(Mutex::new(
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .with_context(|| format!("opening record file {}", path.display()))?,
        )),
        None => None,
    };
    let expected_key = key.clone();
    let route = scenario_responder(key);
    let server = FakeServer::start_on_port(args.port, move |request: &RecordedRequest| {
        if let Some(file) = &recorder {
            let auth_ok = [
                request.bearer_token(),
                request.header("x-api-key"),
                request.header("x-goog-api-key"),
                request.header("api-key"),
            ]
            .contains(&Some(expected_key.as_str()));
            let mut file = file.lock().unwrap_or_else(PoisonError::into_inner);
            // Recording is a side channel: a failed write must not change the reply under test.
            if let Err(err) = record(&mut file, request, auth_ok) {
                eprintln!("sb-fake-provider: recording failed: {err}");
            }
        }
        route(request)
    })
    .await
    .with_context(|| format!("binding 127.0.0.1:{}", args.port))?;

    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "listening on {}", server.base_url())?;
    // The e2e harness waits for this line on a pipe, where stdout is block-buffered.
    stdout.flush()?;
    drop(stdout);

    tokio::signal::ctrl_c()
        .await
        .context("waiting for Ctrl-C")?;
    Ok(())
}

/// Appends `request` as one JSON line, with every credential header's value redacted.
fn record(file: &mut File, request: &RecordedRequest, auth_ok: bool) -> std::io::Result<()> {
    let mut headers = serde_json::Map::new();
    for (name, value) in &request.headers {
        // Every header a provider kind sends its key in.
        let credential = matches!(
            name.as_str(),
            "authorization" | "x-api-key" | "x-goog-api-key" | "api-key"
        );
        let value = if credential {
            "[redacted]".to_owned()
        } else {
            value.clone()
        };
        headers.insert(name.clone(), serde_json::Value::String(value));
    }
    let line = serde_json::json!({
        "method": request.method,
        "path": request.path,
        "headers": headers,
        "body": String::from_utf8_lossy(&request.body),
        "auth_ok": auth_ok,
    });
    // One write per line so concurrent appenders never interleave within a line.
    file.write_all(format!("{line}\n").as_bytes())
}
