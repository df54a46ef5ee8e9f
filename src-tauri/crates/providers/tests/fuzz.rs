//! Decoders fuzzed with proptest at scale: every framer and protocol decoder is fed
//! random bytes and mutated real recordings, in random chunks. Nothing may panic, the
//! events out are never larger than the bytes in, and buffered memory never passes the
//! limits (an endless line, a giant frame, or a frame whose length field lies all end in
//! an error at the limit).
//!
//! Cases per property: `SB_FUZZ_CASES` (default 2,000; CI runs the default).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use sb_core::ProviderKind;
use sb_providers::framing::{Framer, Framing};
use sb_providers::{protocol, ChatEvent, StreamLimits};
use sb_testsupport::wire;

fn cases() -> u32 {
    std::env::var("SB_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

fn small_limits() -> StreamLimits {
    StreamLimits {
        max_line_bytes: 4096,
        max_event_bytes: 16 * 1024,
        ..StreamLimits::default()
    }
}

/// Feeds `body` in the given chunk sizes through a kind's framer and decoder, as the
/// stream layer does; returns the bytes of text and reasoning produced.
fn decode(kind: ProviderKind, body: &[u8], sizes: &[usize]) -> usize {
    let limits = small_limits();
    let mut framer = Framer::new(protocol::framing(kind), &limits);
    let mut decoder = protocol::decoder(kind);
    let mut produced = 0;
    let mut rest = body;
    let mut sizes = sizes.iter().cycle();
    loop {
        let n = (*sizes.next().unwrap_or(&1)).clamp(1, rest.len().max(1));
        let (chunk, tail) = rest.split_at(n.min(rest.len()));
        rest = tail;
        let mut frames = Vec::new();
        let framed = if chunk.is_empty() {
            framer.finish(&mut frames)
        } else {
            framer.feed_into(chunk, &mut frames)
        };
        for frame in frames {
            match decoder.on_frame(frame) {
                Ok(events) => {
                    for e in events {
                        if let ChatEvent::TextDelta(t) | ChatEvent::ReasoningDelta(t) = e {
                            produced += t.len();
                        }
                    }
                }
                Err(_) => return produced,
            }
        }
        if framed.is_err() || decoder.is_done() {
            return produced;
        }
        if chunk.is_empty() {
            let _ = decoder.finish();
            return produced;
        }
    }
}

const KINDS: [ProviderKind; 5] = [
    ProviderKind::Openai,
    ProviderKind::Anthropic,
    ProviderKind::Gemini,
    ProviderKind::Bedrock,
    ProviderKind::Ollama,
];

fn recordings() -> Vec<(ProviderKind, Vec<u8>)> {
    vec![
        (ProviderKind::Openai, wire::groq_reasoning()),
        (ProviderKind::Openai, wire::mistral_reasoning()),
        (ProviderKind::Anthropic, wire::anthropic_thinking()),
        (ProviderKind::Gemini, wire::gemini_thinking(true)),
        (ProviderKind::Bedrock, wire::bedrock_thinking_raw().to_vec()),
        (ProviderKind::Ollama, wire::ollama_chat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(kind in 0..KINDS.len(), body in proptest::collection::vec(any::<u8>(), 0..4096), sizes in proptest::collection::vec(1usize..300, 1..8)) {
        let produced = decode(KINDS[kind], &body, &sizes);
        prop_assert!(produced <= body.len());
    }

    #[test]
    fn mutated_recordings_never_panic(which in 0..6usize, edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..12), sizes in proptest::collection::vec(1usize..64, 1..6)) {
        let (kind, mut body) = recordings().swap_remove(which);
        for (at, byte, op) in edits {
            if body.is_empty() { break; }
            let i = at.index(body.len());
            match op {
                0 => body[i] = byte,
                1 => body.insert(i, byte),
                _ => { body.remove(i); }
            }
        }
        let produced = decode(kind, &body, &sizes);
        prop_assert!(produced <= body.len());
    }

    #[test]
    fn lying_event_stream_lengths_are_refused_within_the_limit(len in any::<u32>(), filler in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let limits = small_limits();
        let mut framer = Framer::new(Framing::EventStream, &limits);
        let mut body = len.to_be_bytes().to_vec();
        body.extend(filler);
        let mut frames = Vec::new();
        let r = framer.feed_into(&body, &mut frames);
        if (len as usize) > limits.max_event_bytes || len < 16 {
            prop_assert!(r.is_err(), "a length of {len} must be refused at once");
        }
    }
}

/// An endless line or event, a giant frame: each ends in an error before the framer
/// holds more than its limit.
#[test]
fn endless_input_stops_at_the_limit() {
    let limits = small_limits();
    for framing in [Framing::Sse, Framing::Ndjson] {
        let mut framer = Framer::new(framing, &limits);
        let mut fed = 0usize;
        let chunk = vec![b'x'; 1000];
        let mut refused = false;
        let mut prefix = b"data: ".to_vec();
        while fed < 100 * limits.max_line_bytes {
            let piece = if fed == 0 {
                std::mem::take(&mut prefix)
            } else {
                chunk.clone()
            };
            fed += piece.len();
            if framer.feed_into(&piece, &mut Vec::new()).is_err() {
                refused = true;
                break;
            }
        }
        assert!(refused, "{framing:?}: an endless line is refused");
        assert!(
            fed <= limits.max_line_bytes + 1000,
            "{framing:?}: refused at the limit, after {fed} bytes"
        );
    }
    // SSE events made of many short data lines, growing without end.
    let mut framer = Framer::new(Framing::Sse, &limits);
    let mut fed = 0usize;
    let mut refused = false;
    while fed < 100 * limits.max_event_bytes {
        let line = b"data: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n";
        fed += line.len();
        if framer.feed_into(line, &mut Vec::new()).is_err() {
            refused = true;
            break;
        }
    }
    // Fed bytes include each line's `data: ` and newline; the data itself stops at the limit.
    assert!(
        refused && fed <= limits.max_event_bytes * 2,
        "a giant event is refused at the limit ({fed} bytes)"
    );
    // A giant event-stream frame (its length within u32 but past the limit).
    let mut framer = Framer::new(Framing::EventStream, &limits);
    let giant = u32::try_from(limits.max_event_bytes + 1)
        .unwrap()
        .to_be_bytes();
    assert!(framer.feed_into(&giant, &mut Vec::new()).is_err());
}
