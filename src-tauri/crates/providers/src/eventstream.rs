//! AWS event stream framing (`application/vnd.amazon.eventstream`, Bedrock's streaming
//! responses): binary messages, each a prelude (total length, headers length, prelude
//! CRC), headers, payload and a message CRC.
//!
//! Decoding and both CRC checks are `aws-smithy-eventstream`'s; this module only
//! buffers bytes until a whole message is present. Invariants: a chunk boundary may
//! fall anywhere, even inside the prelude; a message whose length field claims more
//! than the limit is refused as soon as its first four bytes arrive, so a lying length
//! never makes us buffer more than the limit; a corrupt message (bad CRC, bad headers)
//! is an error, not skipped.

use aws_smithy_types::event_stream::Message;

use crate::framing::FrameError;

/// The smallest valid message: 12-byte prelude and 4-byte message CRC.
const MIN_MESSAGE_BYTES: usize = 16;

#[derive(Debug)]
pub struct EventStreamDecoder {
    max_message: usize,
    buf: Vec<u8>,
}

impl EventStreamDecoder {
    pub fn with_limit(max_message: usize) -> Self {
        EventStreamDecoder {
            max_message,
            buf: Vec::new(),
        }
    }

    /// Consumes a chunk, appending each completed message to `out`.
    pub fn feed_into(&mut self, chunk: &[u8], out: &mut Vec<Message>) -> Result<(), FrameError> {
        let mut rest = chunk;
        loop {
            let wanted = self.declared_len()?.unwrap_or(4);
            let take = wanted.saturating_sub(self.buf.len()).min(rest.len());
            self.buf.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.buf.len() < wanted {
                return Ok(());
            }
            if let Some(len) = self.declared_len()? {
                if self.buf.len() == len {
                    let frame = std::mem::take(&mut self.buf);
                    let message = aws_smithy_eventstream::frame::read_message_from(&frame[..])
                        .map_err(|e| {
                            FrameError::Corrupt(format!("a corrupt event stream message ({e})"))
                        })?;
                    out.push(message);
                }
            }
            if rest.is_empty() && self.buf.len() < 4 {
                return Ok(());
            }
        }
    }

    /// At end of input: bytes of an unfinished message mean the stream was cut.
    pub fn finish(&mut self) -> Result<(), FrameError> {
        if self.buf.is_empty() {
            Ok(())
        } else {
            Err(FrameError::Cut)
        }
    }

    /// The total length the buffered prelude declares, checked against the limit.
    fn declared_len(&self) -> Result<Option<usize>, FrameError> {
        let Some(prefix) = self.buf.first_chunk::<4>() else {
            return Ok(None);
        };
        let len = u32::from_be_bytes(*prefix) as usize;
        if len < MIN_MESSAGE_BYTES {
            return Err(FrameError::Corrupt(format!(
                "an event stream message declares {len} bytes, less than any message"
            )));
        }
        if len > self.max_message {
            return Err(FrameError::TooLarge(format!(
                "an event stream message declares {len} bytes, more than the {} allowed",
                self.max_message
            )));
        }
        Ok(Some(len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_smithy_types::event_stream::{Header, HeaderValue};

    fn encode(event_type: &str, payload: &str) -> Vec<u8> {
        let message = Message::new(payload.as_bytes().to_vec())
            .add_header(Header::new(
                ":event-type",
                HeaderValue::String(event_type.to_owned().into()),
            ))
            .add_header(Header::new(
                ":message-type",
                HeaderValue::String("event".into()),
            ));
        let mut out = Vec::new();
        aws_smithy_eventstream::frame::write_message_to(&message, &mut out).unwrap();
        out
    }

    #[test]
    fn messages_survive_any_split() {
        let mut bytes = encode("messageStart", r#"{"role":"assistant"}"#);
        bytes.extend(encode("contentBlockDelta", r#"{"delta":{"text":"Hi"}}"#));
        for cut in 0..=bytes.len() {
            let mut d = EventStreamDecoder::with_limit(1 << 20);
            let mut out = Vec::new();
            d.feed_into(&bytes[..cut], &mut out).unwrap();
            d.feed_into(&bytes[cut..], &mut out).unwrap();
            d.finish().unwrap();
            assert_eq!(out.len(), 2, "cut at {cut}");
            assert_eq!(out[1].payload().as_ref(), br#"{"delta":{"text":"Hi"}}"#);
        }
    }

    #[test]
    fn a_lying_length_is_refused_before_buffering() {
        let mut d = EventStreamDecoder::with_limit(1024);
        let mut out = Vec::new();
        let err = d.feed_into(&u32::MAX.to_be_bytes(), &mut out).unwrap_err();
        assert!(matches!(err, FrameError::TooLarge(_)), "{err:?}");
        assert!(d.buf.len() <= 4);
    }

    #[test]
    fn a_flipped_bit_fails_the_crc() {
        let mut bytes = encode("messageStart", r#"{"role":"assistant"}"#);
        let last = bytes.len() - 6;
        bytes[last] ^= 1;
        let mut d = EventStreamDecoder::with_limit(1 << 20);
        let err = d.feed_into(&bytes, &mut Vec::new()).unwrap_err();
        assert!(matches!(err, FrameError::Corrupt(_)), "{err:?}");
    }

    #[test]
    fn a_cut_message_is_reported_at_the_end() {
        let bytes = encode("messageStart", "{}");
        let mut d = EventStreamDecoder::with_limit(1 << 20);
        d.feed_into(&bytes[..bytes.len() - 1], &mut Vec::new())
            .unwrap();
        assert!(matches!(d.finish(), Err(FrameError::Cut)));
    }
}
