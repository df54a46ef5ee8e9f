//! Newline-delimited JSON framing (Ollama's `application/x-ndjson`), fed arbitrary byte
//! chunks.
//!
//! Invariants: a chunk boundary may fall anywhere (inside a line, inside a UTF-8
//! sequence, between `\r` and `\n`) without changing the lines produced; blank lines are
//! skipped; a line longer than the limit is an error and nothing past the limit is held.

use crate::framing::FrameError;

#[derive(Debug)]
pub struct NdjsonDecoder {
    max_line: usize,
    line: Vec<u8>,
}

impl NdjsonDecoder {
    pub fn with_limit(max_line: usize) -> Self {
        NdjsonDecoder {
            max_line,
            line: Vec::new(),
        }
    }

    /// Consumes a chunk, appending each completed line to `out`; lines completed before
    /// an error stay in `out`.
    pub fn feed_into(&mut self, chunk: &[u8], out: &mut Vec<String>) -> Result<(), FrameError> {
        let mut rest = chunk;
        while let Some(pos) = memchr::memchr(b'\n', rest) {
            self.push(&rest[..pos])?;
            rest = &rest[pos + 1..];
            let line = std::mem::take(&mut self.line);
            if let Some(text) = Self::text(line)? {
                out.push(text);
            }
        }
        self.push(rest)
    }

    /// At end of input: a last line without its newline still counts.
    pub fn finish(&mut self) -> Result<Option<String>, FrameError> {
        Self::text(std::mem::take(&mut self.line))
    }

    fn push(&mut self, bytes: &[u8]) -> Result<(), FrameError> {
        if self.line.len() + bytes.len() > self.max_line {
            return Err(FrameError::TooLarge(format!(
                "a stream line is longer than {} bytes",
                self.max_line
            )));
        }
        self.line.extend_from_slice(bytes);
        Ok(())
    }

    fn text(mut line: Vec<u8>) -> Result<Option<String>, FrameError> {
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        String::from_utf8(line)
            .map(Some)
            .map_err(|_| FrameError::Corrupt("invalid UTF-8 in a stream line".to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_survive_any_split() {
        let input = "{\"a\":\"é\"}\r\n\n{\"b\":2}\n{\"c\":3}";
        for cut in 0..=input.len() {
            let mut d = NdjsonDecoder::with_limit(1024);
            let mut out = Vec::new();
            d.feed_into(&input.as_bytes()[..cut], &mut out).unwrap();
            d.feed_into(&input.as_bytes()[cut..], &mut out).unwrap();
            out.extend(d.finish().unwrap());
            assert_eq!(
                out,
                ["{\"a\":\"é\"}", "{\"b\":2}", "{\"c\":3}"],
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn an_endless_line_is_refused_at_the_limit() {
        let mut d = NdjsonDecoder::with_limit(64);
        let mut out = Vec::new();
        let mut failed = false;
        for _ in 0..100 {
            if d.feed_into(&[b'x'; 16], &mut out).is_err() {
                failed = true;
                break;
            }
        }
        assert!(failed, "a line past the limit is an error");
        assert!(d.line.len() <= 64, "nothing past the limit is held");
    }
}
