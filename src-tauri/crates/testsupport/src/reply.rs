//! What the fake server sends back, and exactly how it puts the bytes on the wire.
//!
//! Framing (documented choice):
//! - [`Reply::sse`] uses `transfer-encoding: chunked`, as OpenAI does over HTTP/1.1. Each write
//!   segment (see [`WritePlan::split_at`]) is sent as one HTTP chunk, so chunk boundaries equal
//!   the planned split points. A clean end sends the terminating zero-size chunk; an early stop
//!   never does, so a real client sees a truncated body (an error), not a clean end of stream.
//! - [`Reply::json`] / [`Reply::error`] use `content-length`; stopping early leaves the body
//!   shorter than the announced length.
//!
//! Every reply carries `connection: close`; the server never keeps connections alive.
//! `content-length`, `transfer-encoding` and `connection` are written by the server from
//! [`Reply::framing`]; do not add them with [`Reply::header`].

use std::time::Duration;

use bytes::Bytes;

/// How the body length is conveyed to the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// `content-length: <body.len()>`.
    ContentLength,
    /// `transfer-encoding: chunked`, one chunk per write segment.
    Chunked,
}

/// How a reply ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ending {
    /// All body bytes, then the clean end of the framing, then the socket is closed.
    #[default]
    Complete,
    /// After this many body bytes the socket is closed with no clean end of the framing.
    /// With [`Framing::ContentLength`] and a count at or past the body length this is a clean end.
    DropAfter(usize),
    /// After this many body bytes the server stops writing but keeps the socket open until the
    /// client closes it or the server is dropped (a stalled stream, for idle-timeout tests).
    HangAfter(usize),
    /// The request is read and recorded, then nothing is ever written (for timeout tests).
    NoResponse,
}

/// How the body bytes are written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WritePlan {
    /// Body offsets at which one write ends and the next begins. Out-of-range, zero and
    /// duplicate offsets are ignored; order does not matter.
    pub split_at: Vec<usize>,
    /// Pause before every body write except the first (the head is written immediately).
    pub delay: Duration,
    /// How the reply ends.
    pub ending: Ending,
}

/// A complete description of one response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// HTTP status code.
    pub status: u16,
    /// Headers written after the status line, before the framing headers.
    pub headers: Vec<(String, String)>,
    /// Full body; the plan may send only part of it. Shared, so serving a large body
    /// to many requests copies nothing.
    pub body: Bytes,
    /// Length framing of the body.
    pub framing: Framing,
    /// Write segmentation, pacing and ending.
    pub plan: WritePlan,
}

impl Reply {
    /// `200` Server-Sent Events body (`content-type: text/event-stream`, chunked framing).
    pub fn sse(body: impl Into<Vec<u8>>) -> Self {
        Self {
            status: 200,
            headers: vec![("content-type".to_owned(), "text/event-stream".to_owned())],
            body: Bytes::from(body.into()),
            framing: Framing::Chunked,
            plan: WritePlan::default(),
        }
    }

    /// `200` streamed body of any content type (NDJSON, AWS event stream), chunked like
    /// [`Reply::sse`].
    pub fn stream(content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status: 200,
            headers: vec![("content-type".to_owned(), content_type.to_owned())],
            body: Bytes::from(body.into()),
            framing: Framing::Chunked,
            plan: WritePlan::default(),
        }
    }

    /// JSON body with `content-type: application/json` and `content-length` framing.
    pub fn json(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status,
            headers: vec![("content-type".to_owned(), "application/json".to_owned())],
            body: Bytes::from(body.into()),
            framing: Framing::ContentLength,
            plan: WritePlan::default(),
        }
    }

    /// Error reply: OpenAI sends errors as JSON bodies, so this is [`Reply::json`] under a name
    /// that says what the test means.
    pub fn error(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self::json(status, body)
    }

    /// Adds a response header.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Adds write boundaries at these body offsets.
    pub fn split_at(mut self, offsets: impl IntoIterator<Item = usize>) -> Self {
        self.plan.split_at.extend(offsets);
        self
    }

    /// Adds a write boundary after every SSE event (every `\n\n`), so each event is its own write.
    pub fn split_at_events(mut self) -> Self {
        let ends = self
            .body
            .windows(2)
            .enumerate()
            .filter(|(_, pair)| *pair == b"\n\n")
            .map(|(index, _)| index + 2);
        self.plan.split_at.extend(ends);
        self
    }

    /// Pause between body writes.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.plan.delay = delay;
        self
    }

    /// Close the socket after `bytes` body bytes, without a clean end (see [`Ending::DropAfter`]).
    pub fn drop_after(mut self, bytes: usize) -> Self {
        self.plan.ending = Ending::DropAfter(bytes);
        self
    }

    /// Stop writing after `bytes` body bytes and keep the socket open (see [`Ending::HangAfter`]).
    pub fn hang_after(mut self, bytes: usize) -> Self {
        self.plan.ending = Ending::HangAfter(bytes);
        self
    }

    /// Never answer: not even the status line is sent (see [`Ending::NoResponse`]).
    pub fn hang(mut self) -> Self {
        self.plan.ending = Ending::NoResponse;
        self
    }

    /// Status line, headers and framing headers, ending with the blank line.
    pub(crate) fn head(&self) -> Vec<u8> {
        let reason = http::StatusCode::from_u16(self.status)
            .ok()
            .and_then(|code| code.canonical_reason())
            .unwrap_or("");
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        match self.framing {
            Framing::ContentLength => {
                head.push_str(&format!("content-length: {}\r\n", self.body.len()));
            }
            Framing::Chunked => head.push_str("transfer-encoding: chunked\r\n"),
        }
        head.push_str("connection: close\r\n\r\n");
        head.into_bytes()
    }

    /// Body byte ranges, one per write, up to where the plan stops sending.
    pub(crate) fn segments(&self) -> Vec<std::ops::Range<usize>> {
        let stop = match self.plan.ending {
            Ending::Complete | Ending::NoResponse => self.body.len(),
            Ending::DropAfter(bytes) | Ending::HangAfter(bytes) => bytes.min(self.body.len()),
        };
        let mut cuts: Vec<usize> = self
            .plan
            .split_at
            .iter()
            .copied()
            .filter(|&cut| cut > 0 && cut < stop)
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        cuts.push(stop);
        let mut start = 0;
        let mut ranges = Vec::with_capacity(cuts.len());
        for end in cuts {
            if end > start {
                ranges.push(start..end);
            }
            start = end;
        }
        ranges
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_follow_split_points_and_stop() {
        let reply = Reply::sse(vec![b'x'; 10]).split_at([7, 3, 3, 0, 10, 42]);
        assert_eq!(
            reply.segments(),
            vec![0..3, 3..7, 7..10],
            "zero, duplicate and out-of-range cuts are ignored; order does not matter"
        );
        let cut = reply.drop_after(5);
        assert_eq!(
            cut.segments(),
            vec![0..3, 3..5],
            "nothing is planned past the drop point"
        );
        assert!(
            Reply::sse(Vec::new()).segments().is_empty(),
            "an empty body has no writes (a zero-size chunk would end the stream)"
        );
    }

    #[test]
    fn split_at_events_cuts_after_each_event() {
        let reply = Reply::sse(b"data: a\n\ndata: b\n\n".to_vec()).split_at_events();
        assert_eq!(reply.segments(), vec![0..9, 9..18], "one write per event");
    }

    #[test]
    fn head_carries_framing_and_close() {
        let head =
            String::from_utf8(Reply::error(429, "{}").header("retry-after", "7").head()).unwrap();
        assert!(
            head.starts_with("HTTP/1.1 429 Too Many Requests\r\n"),
            "status line: {head}"
        );
        assert!(head.contains("retry-after: 7\r\n"), "custom header: {head}");
        assert!(
            head.contains("content-length: 2\r\n"),
            "json framing: {head}"
        );
        assert!(
            head.ends_with("connection: close\r\n\r\n"),
            "no keep-alive: {head}"
        );
        let sse = String::from_utf8(Reply::sse("x").head()).unwrap();
        assert!(
            sse.contains("transfer-encoding: chunked\r\n") && !sse.contains("content-length"),
            "SSE is chunked: {sse}"
        );
    }
}
