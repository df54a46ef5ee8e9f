//! Raw HTTP/1.1 client used by the integration tests: it sees the exact bytes the server wrote,
//! including chunk boundaries, which a real HTTP client would hide.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A response as received; `raw_body` is everything after the head, still framed.
pub struct RawResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub raw_body: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// Decodes a chunked body into its chunks; the flag says whether the zero-size terminator
    /// arrived (a cleanly ended stream).
    pub fn chunks(&self) -> (Vec<Vec<u8>>, bool) {
        let mut rest = self.raw_body.as_slice();
        let mut chunks = Vec::new();
        loop {
            let Some(line_end) = rest.windows(2).position(|pair| pair == b"\r\n") else {
                return (chunks, false);
            };
            let size_text = std::str::from_utf8(&rest[..line_end]).unwrap();
            let size = usize::from_str_radix(size_text, 16).unwrap();
            rest = &rest[line_end + 2..];
            if size == 0 {
                assert_eq!(rest, b"\r\n", "terminator is the last thing sent");
                return (chunks, true);
            }
            if rest.len() < size + 2 {
                return (chunks, false);
            }
            chunks.push(rest[..size].to_vec());
            assert_eq!(&rest[size..size + 2], b"\r\n", "chunk data ends with CRLF");
            rest = &rest[size + 2..];
        }
    }

    /// The chunked body with framing removed.
    pub fn dechunked(&self) -> Vec<u8> {
        self.chunks().0.concat()
    }
}

/// Bytes of a request with an optional bearer key and a JSON body.
pub fn request(method: &str, path: &str, key: Option<&str>, body: &str) -> Vec<u8> {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
        body.len()
    );
    if let Some(key) = key {
        head.push_str(&format!("authorization: Bearer {key}\r\n"));
    }
    head.push_str("\r\n");
    head.push_str(body);
    head.into_bytes()
}

/// Sends `bytes` and reads until the server closes the connection.
pub async fn exchange(addr: SocketAddr, bytes: &[u8]) -> Vec<u8> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(bytes).await.unwrap();
    let mut received = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut received))
        .await
        .expect("server closes the connection within 10 s")
        .unwrap();
    received
}

/// Splits a raw response into status, headers and the still-framed body.
pub fn parse(raw: &[u8]) -> RawResponse {
    let mut slots = [httparse::EMPTY_HEADER; 32];
    let mut response = httparse::Response::new(&mut slots);
    let httparse::Status::Complete(head_len) = response.parse(raw).unwrap() else {
        panic!(
            "incomplete response head: {:?}",
            String::from_utf8_lossy(raw)
        );
    };
    RawResponse {
        status: response.code.unwrap(),
        headers: response
            .headers
            .iter()
            .map(|h| {
                (
                    h.name.to_owned(),
                    String::from_utf8_lossy(h.value).into_owned(),
                )
            })
            .collect(),
        raw_body: raw[head_len..].to_vec(),
    }
}

/// Sends a request and parses the response.
pub async fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    key: Option<&str>,
    body: &str,
) -> RawResponse {
    parse(&exchange(addr, &request(method, path, key, body)).await)
}
