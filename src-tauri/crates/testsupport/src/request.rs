//! Requests as the fake server received them, and the reader that takes one off a socket.
//!
//! The head is parsed with `httparse`; the body is read by `Content-Length` only (the clients
//! under test send JSON with a length; chunked request bodies are rejected with a typed error).
//! One request per connection: the server always answers `connection: close`.
//!
//! Header names are stored lower-cased. `Debug` output redacts credential headers so a failing
//! assertion never prints an API key.

use std::fmt;

use tokio::io::{AsyncRead, AsyncReadExt};

/// Largest request head accepted; a real client's head is a few hundred bytes.
const MAX_HEAD_BYTES: usize = 64 * 1024;
/// Largest request body accepted; chat requests with long histories stay far below this.
const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
const MAX_HEADERS: usize = 64;
/// Headers whose values are secrets and must not appear in `Debug` output.
const SECRET_HEADERS: [&str; 3] = ["authorization", "api-key", "x-api-key"];

/// One HTTP request received by the fake server.
#[derive(Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// Method as sent, e.g. `POST`.
    pub method: String,
    /// Request target as sent, e.g. `/v1/chat/completions` (including any query string).
    pub path: String,
    /// Headers in arrival order; names lower-cased, values decoded lossily as UTF-8.
    pub headers: Vec<(String, String)>,
    /// Body bytes (exactly `Content-Length` of them; empty without that header).
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// Value of the first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Token of an `Authorization: Bearer <token>` header.
    pub fn bearer_token(&self) -> Option<&str> {
        self.header("authorization")?.strip_prefix("Bearer ")
    }

    /// Body parsed as JSON.
    pub fn json(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

impl fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(key, value)| {
                if SECRET_HEADERS.contains(&key.as_str()) {
                    (key.as_str(), "[redacted]")
                } else {
                    (key.as_str(), value.as_str())
                }
            })
            .collect();
        f.debug_struct("RecordedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("headers", &headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .finish()
    }
}

/// Why a request could not be read off a connection.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ReadError {
    #[error("reading the request failed: {0}")]
    Io(#[from] std::io::Error),
    /// The peer closed before sending a complete head (e.g. a port probe); nothing to answer.
    #[error("connection closed before a complete request head")]
    Closed,
    #[error("request head is larger than {MAX_HEAD_BYTES} bytes")]
    HeadTooLarge,
    #[error("malformed request head: {0}")]
    Malformed(#[from] httparse::Error),
    #[error("invalid content-length header")]
    BadContentLength,
    #[error("request bodies with transfer-encoding are not supported")]
    TransferEncoding,
    #[error("request body is larger than {MAX_BODY_BYTES} bytes")]
    BodyTooLarge,
}

/// A parsed head plus the body bytes that arrived with it.
struct Head {
    request: RecordedRequest,
    content_length: usize,
}

/// Reads one request (head and `Content-Length` body) from `stream`.
pub(crate) async fn read_request<S>(stream: &mut S) -> Result<RecordedRequest, ReadError>
where
    S: AsyncRead + Unpin,
{
    let mut buf = Vec::with_capacity(4096);
    let mut scratch = [0u8; 4096];
    let (head, head_len) = loop {
        let read = stream.read(&mut scratch).await?;
        if read == 0 {
            return Err(ReadError::Closed);
        }
        buf.extend_from_slice(&scratch[..read]);
        if let Some(parsed) = parse_head(&buf)? {
            break parsed;
        }
        if buf.len() > MAX_HEAD_BYTES {
            return Err(ReadError::HeadTooLarge);
        }
    };
    let Head {
        mut request,
        content_length,
    } = head;
    let mut body = buf.split_off(head_len);
    if body.len() < content_length {
        let already = body.len();
        body.resize(content_length, 0);
        stream.read_exact(&mut body[already..]).await?;
    }
    // Bytes beyond Content-Length would be a pipelined request; with `connection: close` the
    // server answers only the first, so they are dropped.
    body.truncate(content_length);
    request.body = body;
    Ok(request)
}

/// Parses the head if `buf` holds all of it; returns the head and its length in bytes.
fn parse_head(buf: &[u8]) -> Result<Option<(Head, usize)>, ReadError> {
    let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut slots);
    let head_len = match parsed.parse(buf)? {
        httparse::Status::Complete(len) => len,
        httparse::Status::Partial => return Ok(None),
    };
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|header| {
            (
                header.name.to_ascii_lowercase(),
                String::from_utf8_lossy(header.value).into_owned(),
            )
        })
        .collect();
    if headers.iter().any(|(key, _)| key == "transfer-encoding") {
        return Err(ReadError::TransferEncoding);
    }
    let content_length = match headers.iter().find(|(key, _)| key == "content-length") {
        None => 0,
        Some((_, value)) => value
            .trim()
            .parse::<usize>()
            .map_err(|_| ReadError::BadContentLength)?,
    };
    if content_length > MAX_BODY_BYTES {
        return Err(ReadError::BodyTooLarge);
    }
    let request = RecordedRequest {
        // httparse sets method and path on every Complete parse.
        method: parsed.method.unwrap_or_default().to_owned(),
        path: parsed.path.unwrap_or_default().to_owned(),
        headers,
        body: Vec::new(),
    };
    Ok(Some((
        Head {
            request,
            content_length,
        },
        head_len,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reads_head_and_body_split_across_reads() {
        let (mut client, mut server) = tokio::io::duplex(8);
        let writer = tokio::spawn(async move {
            use tokio::io::AsyncWriteExt;
            client
                .write_all(b"POST /v1/x HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nAuthorization: Bearer sk-1\r\n\r\nhello")
                .await
                .unwrap();
            client
        });
        let request = read_request(&mut server).await.unwrap();
        drop(writer.await.unwrap());
        assert_eq!(request.method, "POST", "method is parsed");
        assert_eq!(request.path, "/v1/x", "path is parsed");
        assert_eq!(request.body, b"hello", "body is read by content-length");
        assert_eq!(
            request.header("HOST"),
            Some("a"),
            "header lookup ignores case"
        );
        assert_eq!(
            request.bearer_token(),
            Some("sk-1"),
            "bearer token is extracted"
        );
        let debug = format!("{request:?}");
        assert!(
            !debug.contains("sk-1") && debug.contains("[redacted]"),
            "Debug output must not leak the key: {debug}"
        );
    }

    #[tokio::test]
    async fn rejects_chunked_request_bodies() {
        let mut input: &[u8] = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n";
        let err = read_request(&mut input).await.unwrap_err();
        assert!(
            matches!(err, ReadError::TransferEncoding),
            "chunked bodies are refused, not misread: {err}"
        );
    }

    #[tokio::test]
    async fn early_close_is_reported_as_closed() {
        let mut input: &[u8] = b"GET / HTTP/1.1\r\n";
        let err = read_request(&mut input).await.unwrap_err();
        assert!(
            matches!(err, ReadError::Closed),
            "a truncated head means the peer went away: {err}"
        );
    }
}
