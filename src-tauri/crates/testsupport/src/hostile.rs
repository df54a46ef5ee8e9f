//! Hostile and broken providers on `127.0.0.1`: servers that try to make a client hold
//! unbounded memory, wait forever, leak its key or misread the failure. Each body is
//! generated while it is written, so a 400 MiB line costs the server nothing; writing
//! stops as soon as the client closes the connection.
//!
//! Every behaviour answers any request the same way, in the OpenAI Chat Completions
//! wire format where it speaks it at all.

use std::{net::SocketAddr, time::Duration};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    task::JoinHandle,
};

/// One way of misbehaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hostile {
    /// A 200 event stream: one `data:` line that never ends (no newline), `bytes` long.
    EndlessLine { bytes: usize },
    /// A 200 event stream: one event of many `data:` lines and no blank line, `bytes` long.
    GiantEvent { bytes: usize },
    /// A 500 whose body (no JSON) is `bytes` long.
    GiantErrorBody { bytes: usize },
    /// A 200 event stream whose chunk header announces 256 MiB, then sends two deltas
    /// and closes the connection.
    LyingLength,
    /// A 200 event stream of keep-alive comments only, one every `every`, forever.
    KeepAlivesOnly { every: Duration },
    /// A 401 whose JSON error body quotes the request's `Authorization` header.
    EchoKey,
    /// A 200 event stream whose in-band error event quotes the `Authorization` header.
    EchoKeyMidStream,
    /// A 200 `text/html` page (a wrong base URL: a web site, not the API).
    HtmlPage,
    /// A 200 event stream (no length framing, `connection: close`) with two deltas, then
    /// half an event, then a clean close: a connection cut mid-answer.
    CutStream,
    /// A 200 event stream of well-formed deltas of 1 KiB each, `bytes` in all, with no end.
    EndlessAnswer { bytes: usize },
    /// A 200 event stream: one delta, then usage chunks (no text) every `every`, forever.
    UsageOnly { every: Duration },
    /// A 500 whose plain-text body arrives one byte every `every`.
    SlowErrorBody { every: Duration },
    /// A 200 `application/json` body that is the protocol's error object.
    JsonError200,
    /// A 200 `text/plain` "404 page not found".
    PlainText200,
    /// A 200 event stream whose `model` and `finish_reason` quote the Authorization header.
    EchoKeyInLabels,
    /// A 429 with `retry-after: inf` and `retry-after-ms: 1e300`.
    RetryAfterInfinite,
}

/// The two deltas the streaming behaviours send before misbehaving.
pub const HOSTILE_DELTAS: [&str; 2] = ["Partial ", "answer"];

impl Hostile {
    /// Parses the names the `sb-fake-provider --hostile` flag takes.
    pub fn parse(name: &str) -> Option<Hostile> {
        const MIB: usize = 1024 * 1024;
        Some(match name {
            "endless-line" => Hostile::EndlessLine { bytes: 400 * MIB },
            "giant-event" => Hostile::GiantEvent { bytes: 200 * MIB },
            "giant-error" => Hostile::GiantErrorBody { bytes: 200 * MIB },
            "lying-length" => Hostile::LyingLength,
            "keepalive" => Hostile::KeepAlivesOnly {
                every: Duration::from_millis(200),
            },
            "echo-key" => Hostile::EchoKey,
            "echo-key-stream" => Hostile::EchoKeyMidStream,
            "html" => Hostile::HtmlPage,
            "cut" => Hostile::CutStream,
            "endless-answer" => Hostile::EndlessAnswer { bytes: 200 * MIB },
            "usage-only" => Hostile::UsageOnly {
                every: Duration::from_millis(200),
            },
            "slow-error" => Hostile::SlowErrorBody {
                every: Duration::from_millis(500),
            },
            "json-error-200" => Hostile::JsonError200,
            "text-200" => Hostile::PlainText200,
            "echo-key-labels" => Hostile::EchoKeyInLabels,
            "retry-after-inf" => Hostile::RetryAfterInfinite,
            _ => return None,
        })
    }
}

/// A running hostile server; dropping it stops accepting and aborts open connections.
pub struct HostileServer {
    addr: SocketAddr,
    task: JoinHandle<()>,
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl HostileServer {
    /// Binds `127.0.0.1:port` (0 = any free port) and serves `behaviour` to every request.
    pub async fn start_on_port(port: u16, behaviour: Hostile) -> std::io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            let mut conns = tokio::task::JoinSet::new();
            while let Ok((socket, _)) = listener.accept().await {
                conns.spawn(async move {
                    // A write error means the client hung up: that is how every
                    // behaviour is meant to end.
                    let _ = serve(socket, behaviour).await;
                });
            }
        });
        Ok(HostileServer { addr, task })
    }

    pub async fn start(behaviour: Hostile) -> std::io::Result<Self> {
        Self::start_on_port(0, behaviour).await
    }

    /// `http://127.0.0.1:PORT/v1`, the base URL a client is configured with.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }
}

/// Reads the request head (and discards the body) and returns its `authorization` value.
async fn read_request(socket: &mut TcpStream) -> std::io::Result<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(String::new());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos + 4;
        }
        if buf.len() > 1024 * 1024 {
            return Ok(String::new());
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let header = |name: &str| {
        head.lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_owned())
    };
    let length: usize = header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut have = buf.len() - head_end;
    while have < length {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        have += n;
    }
    Ok(header("authorization").unwrap_or_default())
}

fn delta(text: &str) -> String {
    let chunk = serde_json::json!({
        "id": "chatcmpl-hostile", "object": "chat.completion.chunk", "model": "hostile",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": null}]
    });
    format!("data: {chunk}\n\n")
}

async fn write_chunk(socket: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    socket
        .write_all(format!("{:x}\r\n", bytes.len()).as_bytes())
        .await?;
    socket.write_all(bytes).await?;
    socket.write_all(b"\r\n").await
}

const SSE_HEAD: &str = "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n";

/// Writes `total` bytes produced by repeating `unit`, as HTTP chunks of about 64 KiB.
async fn write_repeated(socket: &mut TcpStream, unit: &[u8], total: usize) -> std::io::Result<()> {
    let per_chunk = (64 * 1024 / unit.len().max(1)).max(1);
    let block = unit.repeat(per_chunk);
    let mut sent = 0;
    while sent < total {
        let n = block.len().min(total - sent);
        write_chunk(socket, &block[..n]).await?;
        sent += n;
    }
    Ok(())
}

async fn serve(mut socket: TcpStream, behaviour: Hostile) -> std::io::Result<()> {
    let auth = read_request(&mut socket).await?;
    match behaviour {
        Hostile::EndlessLine { bytes } => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            write_chunk(&mut socket, delta(HOSTILE_DELTAS[0]).as_bytes()).await?;
            write_chunk(&mut socket, b"data: ").await?;
            write_repeated(&mut socket, b"x", bytes).await?;
        }
        Hostile::GiantEvent { bytes } => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            write_chunk(&mut socket, delta(HOSTILE_DELTAS[0]).as_bytes()).await?;
            let line = format!("data: {}\n", "y".repeat(1000));
            write_repeated(&mut socket, line.as_bytes(), bytes).await?;
        }
        Hostile::GiantErrorBody { bytes } => {
            let head = format!(
                "HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain\r\ncontent-length: {bytes}\r\nconnection: close\r\n\r\n"
            );
            socket.write_all(head.as_bytes()).await?;
            let block = vec![b'e'; 64 * 1024];
            let mut sent = 0;
            while sent < bytes {
                let n = block.len().min(bytes - sent);
                socket.write_all(&block[..n]).await?;
                sent += n;
            }
        }
        Hostile::LyingLength => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            // The chunk claims 256 MiB; only the deltas follow before the close.
            socket.write_all(b"10000000\r\n").await?;
            for d in HOSTILE_DELTAS {
                socket.write_all(delta(d).as_bytes()).await?;
            }
            socket.flush().await?;
            socket.shutdown().await?;
        }
        Hostile::KeepAlivesOnly { every } => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            write_chunk(&mut socket, delta(HOSTILE_DELTAS[0]).as_bytes()).await?;
            loop {
                write_chunk(&mut socket, b": keep-alive\n\n").await?;
                // Empty chunks some servers send while a model thinks: no content either.
                write_chunk(&mut socket, b"data: {\"choices\":[]}\n\n").await?;
                tokio::time::sleep(every).await;
            }
        }
        Hostile::EchoKey => {
            let body = serde_json::json!({"error": {
                "message": format!("Invalid credentials. You sent authorization: {auth} (header {auth})"),
                "type": "invalid_request_error", "code": "invalid_api_key"
            }})
            .to_string();
            let head = format!(
                "HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            socket.write_all(head.as_bytes()).await?;
            socket.write_all(body.as_bytes()).await?;
        }
        Hostile::EchoKeyMidStream => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            write_chunk(&mut socket, delta(HOSTILE_DELTAS[0]).as_bytes()).await?;
            let key = auth.trim_start_matches("Bearer ").to_owned();
            let event = serde_json::json!({"error": {
                "message": format!("upstream rejected key {key}"), "code": "server_error"
            }});
            write_chunk(&mut socket, format!("data: {event}\n\n").as_bytes()).await?;
            write_chunk(&mut socket, b"").await?;
        }
        Hostile::HtmlPage => {
            let body = "<!doctype html><html><head><title>Welcome</title></head><body><h1>Our product</h1></body></html>";
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            socket.write_all(head.as_bytes()).await?;
            socket.write_all(body.as_bytes()).await?;
        }
        Hostile::CutStream => {
            socket
                .write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n",
                )
                .await?;
            for d in HOSTILE_DELTAS {
                socket.write_all(delta(d).as_bytes()).await?;
            }
            socket
                .write_all(b"data: {\"choices\":[{\"delta\":{\"content\":\"cut he")
                .await?;
            socket.flush().await?;
            socket.shutdown().await?;
        }
        Hostile::EndlessAnswer { bytes } => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            let unit = delta(&"z".repeat(1024));
            write_repeated(&mut socket, unit.as_bytes(), bytes).await?;
        }
        Hostile::UsageOnly { every } => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            write_chunk(&mut socket, delta(HOSTILE_DELTAS[0]).as_bytes()).await?;
            let usage = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1}}\n\n";
            loop {
                write_chunk(&mut socket, usage.as_bytes()).await?;
                tokio::time::sleep(every).await;
            }
        }
        Hostile::SlowErrorBody { every } => {
            socket
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain\r\ncontent-length: 65536\r\nconnection: close\r\n\r\n")
                .await?;
            loop {
                socket.write_all(b"e").await?;
                socket.flush().await?;
                tokio::time::sleep(every).await;
            }
        }
        Hostile::JsonError200 => {
            let body = r#"{"error":{"message":"The model `m` does not exist","type":"invalid_request_error","code":"model_not_found"}}"#;
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            socket.write_all(head.as_bytes()).await?;
            socket.write_all(body.as_bytes()).await?;
        }
        Hostile::PlainText200 => {
            let body = "404 page not found";
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            socket.write_all(head.as_bytes()).await?;
            socket.write_all(body.as_bytes()).await?;
        }
        Hostile::EchoKeyInLabels => {
            socket.write_all(SSE_HEAD.as_bytes()).await?;
            let chunk = serde_json::json!({
                "model": format!("echo {auth}"),
                "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": format!("stop {auth}")}]
            });
            write_chunk(
                &mut socket,
                format!("data: {chunk}\n\ndata: [DONE]\n\n").as_bytes(),
            )
            .await?;
            write_chunk(&mut socket, b"").await?;
        }
        Hostile::RetryAfterInfinite => {
            let body = r#"{"error":{"message":"slow down","code":"rate_limit_exceeded"}}"#;
            let head = format!(
                "HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\nretry-after: inf\r\nretry-after-ms: 1e300\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            socket.write_all(head.as_bytes()).await?;
            socket.write_all(body.as_bytes()).await?;
        }
    }
    socket.flush().await?;
    // Hold the socket until the client goes, so an end is the client's doing.
    let mut sink = [0u8; 1024];
    while socket.read(&mut sink).await? > 0 {}
    Ok(())
}
