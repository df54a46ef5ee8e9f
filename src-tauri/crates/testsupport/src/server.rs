//! [`FakeServer`]: an OpenAI-compatible HTTP/1.1 server on `127.0.0.1` for tests.
//!
//! The response side is hand-written on purpose: tests need byte-level control (where writes
//! split, pauses between them, sockets closed mid-body, replies that never come), which a real
//! HTTP server library deliberately hides. Request heads are parsed with `httparse`
//! (see [`crate::request`]).
//!
//! Invariants:
//! - one request per connection, every reply says `connection: close`;
//! - every request is recorded (in arrival order of complete requests) before the responder
//!   runs, so even requests that are never answered show up in [`FakeServer::requests`];
//! - connections are served concurrently, each on its own task;
//! - dropping the server stops accepting and aborts every connection task, closing their sockets.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

use crate::reply::{Ending, Framing, Reply};
use crate::request::{read_request, ReadError, RecordedRequest};

/// Decides the reply to each request. Runs on the server's tasks, so it must be `Send + Sync`.
pub type Responder = Arc<dyn Fn(&RecordedRequest) -> Reply + Send + Sync>;

type RequestLog = Arc<Mutex<Vec<RecordedRequest>>>;

/// Connections currently being served; lets tests see a client hang up.
type OpenCount = Arc<AtomicUsize>;

/// Counts one connection for as long as it lives, however its task ends.
struct Open(OpenCount);

impl Open {
    fn new(count: &OpenCount) -> Self {
        count.fetch_add(1, Ordering::SeqCst);
        Self(Arc::clone(count))
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A running fake provider; stops when dropped.
#[derive(Debug)]
pub struct FakeServer {
    addr: SocketAddr,
    requests: RequestLog,
    open: OpenCount,
    accept_task: JoinHandle<()>,
}

impl FakeServer {
    /// Starts a server on an ephemeral port of `127.0.0.1`.
    pub async fn start<F>(responder: F) -> io::Result<Self>
    where
        F: Fn(&RecordedRequest) -> Reply + Send + Sync + 'static,
    {
        Self::start_on_port(0, responder).await
    }

    /// Starts a server on `127.0.0.1:port` (`0` picks an ephemeral port).
    pub async fn start_on_port<F>(port: u16, responder: F) -> io::Result<Self>
    where
        F: Fn(&RecordedRequest) -> Reply + Send + Sync + 'static,
    {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port)).await?;
        let addr = listener.local_addr()?;
        let requests = RequestLog::default();
        let responder: Responder = Arc::new(responder);
        let open = OpenCount::default();
        let accept_task = tokio::spawn(accept_loop(
            listener,
            responder,
            Arc::clone(&requests),
            Arc::clone(&open),
        ));
        Ok(Self {
            addr,
            requests,
            open,
            accept_task,
        })
    }

    /// Starts a server that answers every request with a clone of `reply`.
    pub async fn replay(reply: Reply) -> io::Result<Self> {
        Self::start(move |_| reply.clone()).await
    }

    /// Bound address (always `127.0.0.1`).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `http://127.0.0.1:PORT/v1`, the base URL an OpenAI client is configured with.
    pub fn base_url(&self) -> String {
        format!("{}/v1", self.url())
    }

    /// Every request received so far, in the order they were fully read.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        // A poisoned lock only means a connection task panicked while pushing; the log itself is
        // still a valid Vec, so keep serving it.
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl FakeServer {
    /// Connections still open: a reply being written, or a hanging one the client has
    /// not closed yet. Drops to zero once every client has gone.
    pub fn open_connections(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        // Aborting the accept task drops its listener and its JoinSet, which aborts every
        // connection task and so closes their sockets.
        self.accept_task.abort();
    }
}

async fn accept_loop(
    listener: TcpListener,
    responder: Responder,
    requests: RequestLog,
    open: OpenCount,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                // Accept errors (e.g. the peer reset before accept, fd exhaustion) concern one
                // connection attempt; the listener stays usable, so keep accepting.
                if let Ok((stream, _)) = accepted {
                    let guard = Open::new(&open);
                    connections.spawn(serve(stream, Arc::clone(&responder), Arc::clone(&requests), guard));
                }
            }
            // Reap finished connections so the set does not grow with every request.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve(mut stream: TcpStream, responder: Responder, requests: RequestLog, _open: Open) {
    // Without NODELAY, Nagle's algorithm could merge planned writes; failing to set it only
    // weakens pacing, so the error is ignored.
    let _ = stream.set_nodelay(true);
    let request = match read_request(&mut stream).await {
        Ok(request) => request,
        Err(ReadError::Closed) => return,
        Err(err) => {
            let reply = Reply::json(400, bad_request_body(&err));
            // The client sent garbage; if it is gone too there is nobody to tell.
            let _ = write_reply(&mut stream, &reply).await;
            return;
        }
    };
    requests
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(request.clone());
    let reply = responder(&request);
    // A write error means the client closed the connection (e.g. a test stopped a stream);
    // that is an expected outcome, not a server failure.
    let _ = write_reply(&mut stream, &reply).await;
}

fn bad_request_body(err: &ReadError) -> String {
    serde_json::json!({
        "error": {
            "message": format!("fake provider could not read the request: {err}"),
            "type": "invalid_request_error",
            "param": null,
            "code": null,
        }
    })
    .to_string()
}

/// Writes `reply` following its plan. Returns when the reply is fully sent, dropped, or (for the
/// hanging endings) when the client closes the connection.
async fn write_reply<S>(stream: &mut S, reply: &Reply) -> io::Result<()>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    if reply.plan.ending == Ending::NoResponse {
        return wait_for_client_close(stream).await;
    }
    stream.write_all(&reply.head()).await?;
    for (index, range) in reply.segments().into_iter().enumerate() {
        if index > 0 && !reply.plan.delay.is_zero() {
            tokio::time::sleep(reply.plan.delay).await;
        }
        let bytes = &reply.body[range];
        match reply.framing {
            Framing::ContentLength => stream.write_all(bytes).await?,
            // A small segment goes out as one write, so a test's write boundaries are
            // the client's read boundaries; a large one is written in three parts rather
            // than copied (the benchmark serves 22 MiB).
            Framing::Chunked if bytes.len() > 64 * 1024 => {
                stream
                    .write_all(format!("{:x}\r\n", bytes.len()).as_bytes())
                    .await?;
                stream.write_all(bytes).await?;
                stream.write_all(b"\r\n").await?;
            }
            Framing::Chunked => {
                let mut frame = format!("{:x}\r\n", bytes.len()).into_bytes();
                frame.extend_from_slice(bytes);
                frame.extend_from_slice(b"\r\n");
                stream.write_all(&frame).await?;
            }
        }
    }
    match reply.plan.ending {
        Ending::Complete => {
            if reply.framing == Framing::Chunked {
                stream.write_all(b"0\r\n\r\n").await?;
            }
            stream.shutdown().await
        }
        // Returning drops the socket: the client sees the connection end mid-body.
        Ending::DropAfter(_) => Ok(()),
        Ending::HangAfter(_) | Ending::NoResponse => wait_for_client_close(stream).await,
    }
}

/// Keeps the connection open, discarding input, until the client closes it.
async fn wait_for_client_close<S>(stream: &mut S) -> io::Result<()>
where
    S: AsyncRead + Unpin,
{
    let mut sink = [0u8; 1024];
    while stream.read(&mut sink).await? > 0 {}
    Ok(())
}
