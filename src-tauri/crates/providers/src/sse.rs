//! Server-Sent Events framing (the WHATWG `text/event-stream` format), fed arbitrary
//! byte chunks.
//!
//! Invariants: bytes are buffered until a full line is present, so a chunk boundary may
//! fall anywhere — inside a field name, inside a multi-byte UTF-8 sequence, or between
//! the `\r` and `\n` of a CRLF — without changing the events produced. Comment lines
//! (`:` keep-alives) are skipped. Line terminators are `\n`, `\r\n` or a lone `\r`.
//! Memory is bounded: a line longer than the decoder's line limit, or an event whose
//! data grows past its event limit, is an error (see [`crate::limits`]); nothing past
//! the limit is buffered.

/// One dispatched event: `event` is the `event:` field (empty when absent) and `data`
/// the `data:` lines joined with `\n`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SseEvent {
    pub event: String,
    pub data: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SseError {
    #[error("invalid UTF-8 in event stream line")]
    InvalidUtf8,
    #[error("an event stream line is longer than {limit} bytes")]
    LineTooLong { limit: usize },
    #[error("an event is larger than {limit} bytes")]
    EventTooLarge { limit: usize },
}

#[derive(Debug)]
pub struct SseDecoder {
    max_line: usize,
    max_event: usize,
    line: Vec<u8>,
    /// The previous chunk ended on `\r`; a `\n` opening the next chunk belongs to it.
    after_cr: bool,
    event: String,
    data: String,
    has_data: bool,
}

impl Default for SseDecoder {
    fn default() -> Self {
        Self::with_limits(
            crate::limits::MAX_LINE_BYTES,
            crate::limits::MAX_EVENT_BYTES,
        )
    }
}

impl SseDecoder {
    /// A decoder with the default limits of [`crate::limits`].
    pub fn new() -> Self {
        Self::default()
    }

    /// A decoder that refuses lines over `max_line` bytes and events over `max_event`.
    pub fn with_limits(max_line: usize, max_event: usize) -> Self {
        SseDecoder {
            max_line,
            max_event,
            line: Vec::new(),
            after_cr: false,
            event: String::new(),
            data: String::new(),
            has_data: false,
        }
    }

    fn push_line_bytes(&mut self, bytes: &[u8]) -> Result<(), SseError> {
        if self.line.len() + bytes.len() > self.max_line {
            return Err(SseError::LineTooLong {
                limit: self.max_line,
            });
        }
        self.line.extend_from_slice(bytes);
        Ok(())
    }

    /// Consumes a chunk and returns the events it completed.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Vec<SseEvent>, SseError> {
        let mut out = Vec::new();
        self.feed_into(chunk, &mut out)?;
        Ok(out)
    }

    /// Consumes a chunk, appending the events it completed to `out`; on an error the
    /// events completed before it are still in `out`, so no answer text is lost.
    pub fn feed_into(&mut self, chunk: &[u8], out: &mut Vec<SseEvent>) -> Result<(), SseError> {
        let mut rest = chunk;
        if self.after_cr {
            self.after_cr = false;
            if let Some(stripped) = rest.strip_prefix(b"\n") {
                rest = stripped;
            }
        }
        while let Some(pos) = memchr::memchr2(b'\n', b'\r', rest) {
            let terminator = rest[pos];
            let line_end = &rest[..pos];
            rest = &rest[pos + 1..];
            if terminator == b'\r' {
                match rest.first() {
                    Some(b'\n') => rest = &rest[1..],
                    Some(_) => {}
                    None => self.after_cr = true,
                }
            }
            let processed = if self.line.is_empty() {
                // The whole line is in this chunk: read it where it lies, uncopied.
                if line_end.len() > self.max_line {
                    return Err(SseError::LineTooLong {
                        limit: self.max_line,
                    });
                }
                self.process_line(line_end)
            } else {
                self.push_line_bytes(line_end)?;
                // The line buffer is lent out and given back, so its capacity is reused
                // instead of allocating one buffer per line.
                let mut line = std::mem::take(&mut self.line);
                let processed = self.process_line(&line);
                line.clear();
                self.line = line;
                processed
            };
            if let Some(event) = processed? {
                out.push(event);
            }
        }
        self.push_line_bytes(rest)
    }

    /// Called at end of input: a final event that lacked its blank line is still
    /// dispatched, because some servers close the stream right after the last `data:`.
    pub fn finish(&mut self) -> Result<Option<SseEvent>, SseError> {
        let line = std::mem::take(&mut self.line);
        let mut last = None;
        if !line.is_empty() {
            last = self.process_line(&line)?;
        }
        if last.is_none() && self.has_data {
            last = self.dispatch();
        }
        Ok(last)
    }

    fn process_line(&mut self, line: &[u8]) -> Result<Option<SseEvent>, SseError> {
        if line.is_empty() {
            return Ok(self.dispatch());
        }
        if line[0] == b':' {
            return Ok(None);
        }
        let line = std::str::from_utf8(line).map_err(|_| SseError::InvalidUtf8)?;
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "data" => {
                if self.data.len() + value.len() + 1 > self.max_event {
                    return Err(SseError::EventTooLarge {
                        limit: self.max_event,
                    });
                }
                if self.has_data {
                    self.data.push('\n');
                }
                self.data.push_str(value);
                self.has_data = true;
            }
            "event" => self.event = value.to_owned(),
            // `id` and `retry` matter only to browsers that reconnect; we never do.
            _ => {}
        }
        Ok(None)
    }

    fn dispatch(&mut self) -> Option<SseEvent> {
        let event = std::mem::take(&mut self.event);
        if !self.has_data {
            return None;
        }
        self.has_data = false;
        Some(SseEvent {
            event,
            data: std::mem::take(&mut self.data),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(chunks: &[&[u8]]) -> Vec<SseEvent> {
        let mut d = SseDecoder::new();
        let mut out = Vec::new();
        for c in chunks {
            out.extend(d.feed(c).unwrap());
        }
        out.extend(d.finish().unwrap());
        out
    }

    fn ev(data: &str) -> SseEvent {
        SseEvent {
            event: String::new(),
            data: data.into(),
        }
    }

    #[test]
    fn frames_events_and_skips_comments() {
        let got = decode_all(&[b": ping\n\ndata: a\n\nevent: x\ndata: b\ndata: c\n\n"]);
        assert_eq!(
            got,
            vec![
                ev("a"),
                SseEvent {
                    event: "x".into(),
                    data: "b\nc".into()
                }
            ],
            "comments are skipped and multi-line data joins with newlines"
        );
    }

    #[test]
    fn every_split_point_gives_the_same_events_including_utf8_and_crlf() {
        let input = "data: héllo → 世界 🎉\r\n\r\n: keep-alive\r\ndata:no-space\r\rdata: last\n\n"
            .as_bytes();
        let whole = decode_all(&[input]);
        assert_eq!(whole.len(), 3, "three events in the input: {whole:?}");
        assert_eq!(whole[0].data, "héllo → 世界 🎉", "UTF-8 survives");
        for i in 0..=input.len() {
            let split = decode_all(&[&input[..i], &input[i..]]);
            assert_eq!(split, whole, "split at byte {i} must not change the events");
        }
        let bytewise: Vec<&[u8]> = input.chunks(1).collect();
        assert_eq!(
            decode_all(&bytewise),
            whole,
            "byte-at-a-time feeding must not change the events"
        );
    }

    #[test]
    fn final_event_without_blank_line_is_dispatched_at_end() {
        assert_eq!(
            decode_all(&[b"data: [DONE]"]),
            vec![ev("[DONE]")],
            "lenient end of stream"
        );
    }

    #[test]
    fn lines_and_events_past_their_limits_are_errors_without_buffering_more() {
        let mut d = SseDecoder::with_limits(16, 40);
        assert_eq!(
            d.feed(&[b'x'; 17]).unwrap_err(),
            SseError::LineTooLong { limit: 16 },
            "a line with no newline cannot grow past the limit"
        );
        let mut d = SseDecoder::with_limits(16, 40);
        d.feed(b"data: 0123456789").unwrap();
        assert_eq!(
            d.feed(b"x").unwrap_err(),
            SseError::LineTooLong { limit: 16 },
            "the limit holds across chunks"
        );
        let mut d = SseDecoder::with_limits(16, 40);
        let mut result = Ok(Vec::new());
        for _ in 0..10 {
            result = d.feed(b"data: 0123456789\n");
            if result.is_err() {
                break;
            }
        }
        assert_eq!(
            result.unwrap_err(),
            SseError::EventTooLarge { limit: 40 },
            "many data lines of one event cannot grow past the event limit"
        );
        let mut d = SseDecoder::with_limits(16, 40);
        for _ in 0..100 {
            assert!(
                d.feed(b"data: 0123456789\n\n").is_ok(),
                "dispatched events do not add up against the limit"
            );
        }
    }

    #[test]
    fn invalid_utf8_is_an_error() {
        let mut d = SseDecoder::new();
        assert!(
            d.feed(b"data: \xff\xfe\n\n").is_err(),
            "bytes that are not UTF-8 must not be guessed at"
        );
    }
}
