//! The framers a protocol picks from, behind one interface: SSE (OpenAI, Anthropic,
//! Gemini), NDJSON (Ollama) and the AWS event stream (Bedrock). A framer turns bytes
//! into [`Frame`]s; the protocol's decoder turns frames into [`crate::ChatEvent`]s.
//!
//! Invariant: every framer holds at most its limits' worth of bytes (see
//! [`crate::limits`]), whatever the peer sends.

use aws_smithy_types::event_stream::Message;

use crate::eventstream::EventStreamDecoder;
use crate::limits::StreamLimits;
use crate::ndjson::NdjsonDecoder;
use crate::sse::{SseDecoder, SseError, SseEvent};

/// One unit of a provider's stream, as its framing delimits it.
#[derive(Debug)]
pub enum Frame {
    Sse(SseEvent),
    Line(String),
    Event(Message),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// Past a limit of [`crate::limits`].
    #[error("{0}")]
    TooLarge(String),
    /// Bytes that cannot be framed (bad UTF-8, a failed checksum).
    #[error("{0}")]
    Corrupt(String),
    /// The input ended inside a frame.
    #[error("the stream ended inside a message")]
    Cut,
}

/// Which framing a protocol's stream uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    Sse,
    Ndjson,
    EventStream,
}

impl Framing {
    /// What a stream in this framing is called, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Framing::Sse => "an event stream",
            Framing::Ndjson => "an NDJSON stream",
            Framing::EventStream => "an AWS event stream",
        }
    }

    /// The content type a stream in this framing arrives with.
    pub fn content_type(self) -> &'static str {
        match self {
            Framing::Sse => "text/event-stream",
            Framing::Ndjson => "application/x-ndjson",
            Framing::EventStream => "application/vnd.amazon.eventstream",
        }
    }
}

#[derive(Debug)]
pub enum Framer {
    Sse(SseDecoder),
    Ndjson(NdjsonDecoder),
    EventStream(EventStreamDecoder),
}

impl Framer {
    pub fn new(framing: Framing, limits: &StreamLimits) -> Framer {
        match framing {
            Framing::Sse => Framer::Sse(SseDecoder::with_limits(
                limits.max_line_bytes,
                limits.max_event_bytes,
            )),
            Framing::Ndjson => Framer::Ndjson(NdjsonDecoder::with_limit(limits.max_line_bytes)),
            Framing::EventStream => {
                Framer::EventStream(EventStreamDecoder::with_limit(limits.max_event_bytes))
            }
        }
    }

    /// Consumes a chunk, appending completed frames to `out` (kept even on an error).
    pub fn feed_into(&mut self, chunk: &[u8], out: &mut Vec<Frame>) -> Result<(), FrameError> {
        match self {
            Framer::Sse(d) => {
                let mut events = Vec::new();
                let r = d.feed_into(chunk, &mut events);
                out.extend(events.into_iter().map(Frame::Sse));
                r.map_err(from_sse)
            }
            Framer::Ndjson(d) => {
                let mut lines = Vec::new();
                let r = d.feed_into(chunk, &mut lines);
                out.extend(lines.into_iter().map(Frame::Line));
                r
            }
            Framer::EventStream(d) => {
                let mut messages = Vec::new();
                let r = d.feed_into(chunk, &mut messages);
                out.extend(messages.into_iter().map(Frame::Event));
                r
            }
        }
    }

    /// At end of input: the last frame, if the framing allows an unterminated one.
    pub fn finish(&mut self, out: &mut Vec<Frame>) -> Result<(), FrameError> {
        match self {
            Framer::Sse(d) => {
                out.extend(d.finish().map_err(from_sse)?.map(Frame::Sse));
                Ok(())
            }
            Framer::Ndjson(d) => {
                out.extend(d.finish()?.map(Frame::Line));
                Ok(())
            }
            Framer::EventStream(d) => d.finish(),
        }
    }
}

/// A protocol decoder was handed a frame of another framing: a bug in the dispatch,
/// reported rather than panicking.
pub(crate) fn wrong_frame() -> crate::ProviderError {
    crate::ProviderError::Decode {
        message: "the stream arrived in a framing this protocol does not use".to_owned(),
    }
}

fn from_sse(e: SseError) -> FrameError {
    match e {
        SseError::InvalidUtf8 => FrameError::Corrupt(e.to_string()),
        SseError::LineTooLong { .. } | SseError::EventTooLarge { .. } => {
            FrameError::TooLarge(e.to_string())
        }
    }
}
