//! Recorded real streams of every protocol, framed exactly as each API sends them, for
//! conformance tests and the fake servers (see `fixtures/PROVENANCE.md`).
//!
//! Byte-exact recordings are returned as they are; line-per-event recordings are framed
//! here: Anthropic as `event: <type>` + `data:` SSE, Gemini as `data:` SSE with LF or
//! CRLF line ends, Ollama as NDJSON, Bedrock as AWS event-stream messages built by the
//! real encoder (`aws-smithy-eventstream`) from the decoded frames.

use aws_smithy_types::event_stream::{Header, HeaderValue, Message};

/// Content types the APIs stream with.
pub const SSE: &str = "text/event-stream";
pub const NDJSON: &str = "application/x-ndjson";
pub const EVENT_STREAM: &str = "application/vnd.amazon.eventstream";

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Anthropic event lines framed as its SSE (`event:` names the JSON's `type`).
pub fn anthropic_sse(chunks: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines(chunks) {
        let kind = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("type").and_then(|t| t.as_str()).map(str::to_owned))
            .unwrap_or_default();
        out.extend_from_slice(format!("event: {kind}\ndata: {line}\n\n").as_bytes());
    }
    out
}

/// claude-sonnet-4-5: thinking (75 chars) then "925 ÷ 5 = 185"; 69 in, 53 out; end_turn.
pub fn anthropic_thinking() -> Vec<u8> {
    anthropic_sse(include_str!(
        "../fixtures/anthropic/anthropic-clear-thinking.1.chunks.txt"
    ))
}

/// claude-sonnet-4-5: 108 chars of text; 12 in, 30 out; end_turn.
pub fn anthropic_text() -> Vec<u8> {
    anthropic_sse(include_str!(
        "../fixtures/anthropic/anthropic-text.chunks.txt"
    ))
}

/// No text, `stop_reason: refusal`; 18 in, 5 out.
pub fn anthropic_refusal() -> Vec<u8> {
    anthropic_sse(include_str!(
        "../fixtures/anthropic/anthropic-refusal.chunks.txt"
    ))
}

/// A repeated `message_start`; "Hello, World!"; 17 in, 227 out.
pub fn anthropic_duplicate_start() -> Vec<u8> {
    anthropic_sse(include_str!(
        "../fixtures/anthropic/duplicate-message-start.chunks.txt"
    ))
}

/// Byte-exact body (claude-sonnet-4): 202 chars of thinking, 1,021 of text; 43 in,
/// 282 out; end_turn.
pub fn anthropic_thinking_raw() -> &'static [u8] {
    include_bytes!("../fixtures/anthropic/test_anthropic_model_thinking_part_stream.sse")
}

pub fn anthropic_error_404() -> &'static str {
    include_str!("../fixtures/anthropic/test_model_name_suggestion[anthropic].http404.json")
}

/// Gemini response lines framed as its SSE, with CRLF line ends when `crlf`.
pub fn gemini_sse(chunks: &str, crlf: bool) -> Vec<u8> {
    let end = if crlf { "\r\n" } else { "\n" };
    let mut out = Vec::new();
    for line in lines(chunks) {
        out.extend_from_slice(format!("data: {line}{end}{end}").as_bytes());
    }
    out
}

/// gemini-2.5-flash: 86 chars of thought, 46 of text; 14 in, 13 + 151 thinking out; STOP.
pub fn gemini_thinking(crlf: bool) -> Vec<u8> {
    gemini_sse(
        include_str!("../fixtures/google/google-reasoning.thought-parts.chunks.txt"),
        crlf,
    )
}

/// Byte-exact body (gemini-2.5-pro): 1,575 chars of thought, 1,938 of text; 34 in,
/// 469 + 787 thinking out; STOP.
pub fn gemini_thinking_raw() -> &'static [u8] {
    include_bytes!("../fixtures/google/test_google_model_thinking_part_iter.sse")
}

pub fn gemini_error_429() -> &'static str {
    include_str!("../fixtures/google/google-429-retry-info.json")
}

pub fn gemini_error_404() -> &'static str {
    include_str!("../fixtures/google/test_model_name_suggestion[google].http404.json")
}

/// Byte-exact ConverseStream body: 375 chars of text; 13 in, 82 out; end_turn.
pub fn bedrock_text_raw() -> &'static [u8] {
    include_bytes!("../fixtures/bedrock/test_bedrock_model_stream.bin")
}

/// Byte-exact ConverseStream body: 193 chars of reasoning, 55 of text; 36 in, 73 out.
pub fn bedrock_thinking_raw() -> &'static [u8] {
    include_bytes!("../fixtures/bedrock/test_bedrock_model_thinking_part_stream.bin")
}

/// The reasoning recording's decoded frames, encoded again by the real encoder.
pub fn bedrock_thinking_reencoded() -> Vec<u8> {
    bedrock_encode(include_str!(
        "../fixtures/bedrock/test_bedrock_model_thinking_part_stream.events.jsonl"
    ))
}

pub fn bedrock_error_400() -> &'static str {
    include_str!("../fixtures/bedrock/test_model_name_suggestion[bedrock].http400.json")
}

/// One event-stream message with these string headers and JSON payload.
pub fn bedrock_message(headers: &[(&str, &str)], payload: &[u8]) -> Vec<u8> {
    let mut message = Message::new(payload.to_vec());
    for (name, value) in headers {
        message = message.add_header(Header::new(
            (*name).to_owned(),
            HeaderValue::String((*value).to_owned().into()),
        ));
    }
    let mut out = Vec::new();
    // Writing string headers and a payload into a Vec only fails past the format's
    // limits (16 MiB payload), far beyond any test frame.
    if let Err(e) = aws_smithy_eventstream::frame::write_message_to(&message, &mut out) {
        panic!("a test frame could not be encoded: {e}");
    }
    out
}

/// A Bedrock exception frame (`:message-type: exception`).
pub fn bedrock_exception(exception_type: &str, message: &str) -> Vec<u8> {
    let payload = serde_json::json!({ "message": message }).to_string();
    bedrock_message(
        &[
            (":message-type", "exception"),
            (":exception-type", exception_type),
            (":content-type", "application/json"),
        ],
        payload.as_bytes(),
    )
}

/// Encodes decoded frames (`{"headers": {...}, "payload": {...}}` per line).
pub fn bedrock_encode(events: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines(events) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let headers: Vec<(String, String)> = v["headers"]
            .as_object()
            .map(|h| {
                h.iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                    .collect()
            })
            .unwrap_or_default();
        let refs: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        out.extend(bedrock_message(&refs, v["payload"].to_string().as_bytes()));
    }
    out
}

/// An Ollama `/api/chat` stream: the documented generate stream's pieces as chat lines,
/// then the documented final chat line (26 in, 282 out). Text: "That's a fantastic
/// question!".
pub fn ollama_chat() -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines(include_str!("../fixtures/ollama/generate-stream.ndjson")) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let chat = serde_json::json!({
            "model": v["model"],
            "created_at": v["created_at"],
            "message": { "role": "assistant", "content": v["response"] },
            "done": false,
        });
        out.extend_from_slice(format!("{chat}\n").as_bytes());
    }
    let last: serde_json::Value = serde_json::from_str(include_str!(
        "../fixtures/ollama/chat-request-streaming.response.final.json"
    ))
    .unwrap_or_default();
    out.extend_from_slice(format!("{last}\n").as_bytes());
    out
}

/// The documented stream that ends with an error line.
pub fn ollama_midstream_error() -> &'static str {
    include_str!("../fixtures/ollama/midstream-error.ndjson")
}

pub fn ollama_error_body() -> &'static str {
    include_str!("../fixtures/ollama/error-body.json")
}

/// Chat Completions lines framed as SSE with the closing `[DONE]`.
pub fn chat_sse(chunks: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for line in lines(chunks) {
        out.extend_from_slice(format!("data: {line}\n\n").as_bytes());
    }
    out.extend_from_slice(b"data: [DONE]\n\n");
    out
}

/// Groq qwen3-32b: `delta.reasoning` (2,952 chars), 347 of text; 17 in, 1,107 out
/// (963 reasoning).
pub fn groq_reasoning() -> Vec<u8> {
    chat_sse(include_str!(
        "../fixtures/compatible/groq-reasoning.chunks.txt"
    ))
}

/// Mistral magistral-medium: thinking content parts (60 chars), "2 + 2 = 4"; 10 in, 46 out.
pub fn mistral_reasoning() -> Vec<u8> {
    chat_sse(include_str!(
        "../fixtures/compatible/mistral-reasoning.chunks.txt"
    ))
}

/// Byte-exact OpenRouter body: `delta.reasoning` (51 chars), "2 + 2 = 4"; 43 in, 36 out
/// (13 reasoning).
pub fn openrouter_reasoning_raw() -> &'static [u8] {
    include_bytes!("../fixtures/compatible/test_openrouter_streaming_reasoning.sse")
}
