//! Recorded provider data embedded with `include_str!`/`include_bytes!`, so tests need no paths.
//!
//! Every file comes from `fixtures/` in this crate; `fixtures/PROVENANCE.md` says where each one
//! was recorded, under which licence, and which error bodies are hand-written (OpenAI 401, 429,
//! context-length, 500 and 503 bodies: no recording of them exists in the shared fixture set).
//!
//! [`decode_chat_sse`] is a deliberately small, independent decoder of Chat Completions SSE
//! bodies. It is a test oracle (what text and usage does this body carry?), not the app's parser,
//! and it only understands `\n`-delimited `data:` lines, which is what every fixture here uses.

use serde::Deserialize;

/// JSON payload lines of the vercel/ai `openai-text` recording (gpt-4.1-nano), one per event.
const OPENAI_TEXT_CHUNKS: &str = include_str!("../fixtures/openai/chat/openai-text.chunks.txt");
const OPENAI_TEXT_COMPLETION: &str = include_str!("../fixtures/openai/chat/openai-text.json");
const GPT4O_MINI_TEXT_SSE: &[u8] =
    include_bytes!("../fixtures/openai/raw/test_run_stream_sync_streams_real_model.2.sse");

/// Text, usage and finish reason a Chat Completions stream carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedReply {
    /// Concatenation of every `choices[0].delta.content`.
    pub text: String,
    /// `usage.prompt_tokens` of the final usage chunk.
    pub input_tokens: u32,
    /// `usage.completion_tokens` of the final usage chunk.
    pub output_tokens: u32,
}

/// What [`decode_chat_sse`] found in a body, including whether it was well terminated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedStream {
    /// Concatenation of every `choices[*].delta.content` before `[DONE]`.
    pub text: String,
    /// `(prompt_tokens, completion_tokens)` of the last chunk carrying usage, if any.
    pub usage: Option<(u32, u32)>,
    /// Last non-null `finish_reason`.
    pub finish_reason: Option<String>,
    /// Whether a `data: [DONE]` event was seen.
    pub saw_done: bool,
    /// Number of JSON `data:` events decoded (excluding `[DONE]`).
    pub events: usize,
}

/// Why [`decode_chat_sse`] could not decode a body.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("SSE body is not UTF-8: {0}")]
    Utf8(#[from] std::str::Utf8Error),
    #[error("data event {index} is not a Chat Completions chunk: {source}")]
    Json {
        index: usize,
        source: serde_json::Error,
    },
}

#[derive(Deserialize)]
struct Chunk {
    #[serde(default)]
    choices: Vec<Choice>,
    usage: Option<ChunkUsage>,
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    delta: Delta,
    finish_reason: Option<String>,
}

#[derive(Deserialize, Default)]
struct Delta {
    content: Option<String>,
}

#[derive(Deserialize)]
struct ChunkUsage {
    prompt_tokens: u32,
    completion_tokens: u32,
}

/// The `openai-text` recording's JSON payloads, one per streamed event, as recorded (no framing).
pub fn openai_text_chunks() -> Vec<String> {
    OPENAI_TEXT_CHUNKS
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The `openai-text` recording framed as the SSE body OpenAI sends: each payload as
/// `data: <payload>\n\n`, then `data: [DONE]\n\n`.
pub fn openai_text_sse() -> Vec<u8> {
    sse_of_chunks(OPENAI_TEXT_CHUNKS)
}

/// Frames recorded chunk payloads (one JSON per line) as a Chat Completions SSE body.
fn sse_of_chunks(chunks: &str) -> Vec<u8> {
    let mut body = Vec::with_capacity(chunks.len() * 2);
    for line in chunks.lines().filter(|l| !l.is_empty()) {
        body.extend_from_slice(b"data: ");
        body.extend_from_slice(line.as_bytes());
        body.extend_from_slice(b"\n\n");
    }
    body.extend_from_slice(b"data: [DONE]\n\n");
    body
}

/// xAI grok-3-mini (OpenAI-compatible): reasoning tokens reported *beside*
/// `completion_tokens` (12 prompt, 11 of them cached; 1 completion; 290 reasoning;
/// 303 total).
pub fn xai_reasoning_sse() -> Vec<u8> {
    sse_of_chunks(include_str!("../fixtures/compatible/xai-text.chunks.txt"))
}

/// DeepSeek reasoner (OpenAI-compatible): reasoning *inside* `completion_tokens`
/// (339 prompt, 320 of them cache hits; 83 completion, 39 of them reasoning).
pub fn deepseek_cached_sse() -> Vec<u8> {
    sse_of_chunks(include_str!(
        "../fixtures/compatible/deepseek-tool-call.chunks.txt"
    ))
}

/// Text and usage carried by [`openai_text_sse`] (derived by decoding the recording; the `.json`
/// twin is a different completion for the same prompt, so it cannot serve as the expectation).
pub fn openai_text_expected() -> ExpectedReply {
    expected_of(&openai_text_sse())
}

/// Non-streaming Chat Completions response recorded for the same prompt as [`openai_text_sse`]
/// (a separate completion: its text and usage differ from the stream's).
pub fn openai_text_completion_json() -> &'static str {
    OPENAI_TEXT_COMPLETION
}

/// Byte-exact recorded SSE body (gpt-4o-mini, pydantic-ai cassette): "The capital of the UK is
/// London." followed by a usage chunk and `[DONE]`.
pub fn gpt4o_mini_text_sse() -> &'static [u8] {
    GPT4O_MINI_TEXT_SSE
}

/// Text and usage carried by [`gpt4o_mini_text_sse`].
pub fn gpt4o_mini_text_expected() -> ExpectedReply {
    expected_of(GPT4O_MINI_TEXT_SSE)
}

/// Decodes an embedded, known-good stream. The inputs are compile-time constants, so the result
/// is the same on every run, and the unit tests of this module decode both of them: a failure here
/// cannot happen in any build whose tests passed.
#[allow(clippy::expect_used)]
fn expected_of(body: &[u8]) -> ExpectedReply {
    let decoded = decode_chat_sse(body).expect("embedded recording decodes (see unit tests)");
    let (input_tokens, output_tokens) = decoded
        .usage
        .expect("embedded recording ends with a usage chunk (see unit tests)");
    ExpectedReply {
        text: decoded.text,
        input_tokens,
        output_tokens,
    }
}

/// Decodes a Chat Completions SSE body into the text, usage and termination it carries.
/// Events after `[DONE]` are ignored; comment and non-`data:` lines are skipped.
pub fn decode_chat_sse(body: &[u8]) -> Result<DecodedStream, DecodeError> {
    let text = std::str::from_utf8(body)?;
    let mut decoded = DecodedStream {
        text: String::new(),
        usage: None,
        finish_reason: None,
        saw_done: false,
        events: 0,
    };
    for line in text.lines() {
        let Some(payload) = line.strip_prefix("data:") else {
            continue;
        };
        let payload = payload.strip_prefix(' ').unwrap_or(payload);
        if payload == "[DONE]" {
            decoded.saw_done = true;
            break;
        }
        let chunk: Chunk = serde_json::from_str(payload).map_err(|source| DecodeError::Json {
            index: decoded.events,
            source,
        })?;
        decoded.events += 1;
        for choice in chunk.choices {
            if let Some(content) = choice.delta.content {
                decoded.text.push_str(&content);
            }
            if choice.finish_reason.is_some() {
                decoded.finish_reason = choice.finish_reason;
            }
        }
        if let Some(usage) = chunk.usage {
            decoded.usage = Some((usage.prompt_tokens, usage.completion_tokens));
        }
    }
    Ok(decoded)
}

/// Recorded 404 body: `model_not_found` (pydantic-ai cassette, re-serialized JSON).
pub fn error_model_not_found() -> &'static str {
    include_str!(
        "../fixtures/openai/errors/recorded/test_model_name_suggestion[openai-chat].http404.json"
    )
}

/// Recorded 400 body: `unsupported_value` (system role rejected by o1-mini).
pub fn error_unsupported_value() -> &'static str {
    include_str!(
        "../fixtures/openai/errors/recorded/test_openai_o1_mini_system_role[system].http400.json"
    )
}

/// Recorded 400 body: `unsupported_parameter` (`max_tokens` on a reasoning model).
pub fn error_unsupported_parameter() -> &'static str {
    include_str!("../fixtures/openai/errors/recorded/reasoning-model-legacy-parameter-error.json")
}

/// Recorded body: `insufficient_quota` (OpenAI serves it with HTTP 429).
pub fn error_insufficient_quota() -> &'static str {
    include_str!("../fixtures/openai/errors/recorded/openai-error.1.json")
}

/// Hand-written 401 body in OpenAI's shape: `invalid_api_key` (does not echo the key).
pub fn error_invalid_api_key() -> &'static str {
    include_str!("../fixtures/openai/errors/handwritten/invalid_api_key.http401.json")
}

/// Hand-written 429 body in OpenAI's shape: `rate_limit_exceeded`.
pub fn error_rate_limit() -> &'static str {
    include_str!("../fixtures/openai/errors/handwritten/rate_limit_exceeded.http429.json")
}

/// Hand-written 400 body in OpenAI's shape: `context_length_exceeded`.
pub fn error_context_length() -> &'static str {
    include_str!("../fixtures/openai/errors/handwritten/context_length_exceeded.http400.json")
}

/// Hand-written 500 body in OpenAI's shape: `server_error`.
pub fn error_server() -> &'static str {
    include_str!("../fixtures/openai/errors/handwritten/server_error.http500.json")
}

/// Hand-written 503 body in OpenAI's shape: engine overloaded.
pub fn error_overloaded() -> &'static str {
    include_str!("../fixtures/openai/errors/handwritten/overloaded.http503.json")
}

/// Hand-written 400 body in OpenAI's shape: the request body was not valid JSON.
pub fn error_invalid_json() -> &'static str {
    include_str!("../fixtures/openai/errors/handwritten/invalid_json.http400.json")
}

/// A real chat export copied into `fixtures/exports` (see PROVENANCE.md), by its path
/// under that folder, e.g. `chatgpt/chatgpt-tree.json`.
pub fn export_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/exports")
        .join(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openai_text_sse_frames_every_recorded_payload() {
        let chunks = openai_text_chunks();
        assert_eq!(chunks.len(), 303, "the recording has 303 payload lines");
        let sse = openai_text_sse();
        let decoded = decode_chat_sse(&sse).unwrap();
        assert_eq!(decoded.events, chunks.len(), "one data event per payload");
        assert!(decoded.saw_done, "the framed body ends with [DONE]");
        assert!(
            sse.ends_with(b"}\n\ndata: [DONE]\n\n"),
            "[DONE] follows the last payload"
        );
    }

    #[test]
    fn openai_text_expected_matches_the_recording() {
        let expected = openai_text_expected();
        assert!(
            expected
                .text
                .starts_with("**Holiday Name:** Harmony Day\n\n"),
            "text begins with the recorded first deltas"
        );
        assert!(
            expected
                .text
                .ends_with("shared human experiences and mutual respect."),
            "text ends with the recorded last delta"
        );
        assert_eq!(
            expected.text.chars().count(),
            1724,
            "all recorded deltas are kept"
        );
        assert_eq!(
            (expected.input_tokens, expected.output_tokens),
            (16, 300),
            "usage chunk of the recording says 16 in / 300 out"
        );
        let decoded = decode_chat_sse(&openai_text_sse()).unwrap();
        assert_eq!(
            decoded.finish_reason.as_deref(),
            Some("stop"),
            "the recording finishes with stop"
        );
    }

    #[test]
    fn raw_recording_decodes_to_its_text() {
        let expected = gpt4o_mini_text_expected();
        assert_eq!(
            expected,
            ExpectedReply {
                text: "The capital of the UK is London.".to_owned(),
                input_tokens: 78,
                output_tokens: 9,
            },
            "values read off the recorded bytes"
        );
    }

    #[test]
    fn error_bodies_are_openai_error_objects() {
        let bodies = [
            error_model_not_found(),
            error_unsupported_value(),
            error_unsupported_parameter(),
            error_insufficient_quota(),
            error_invalid_api_key(),
            error_rate_limit(),
            error_context_length(),
            error_server(),
            error_overloaded(),
            error_invalid_json(),
        ];
        for body in bodies {
            let value: serde_json::Value = serde_json::from_str(body).unwrap();
            assert!(
                value["error"]["message"].is_string() && value["error"].get("code").is_some(),
                "every error body has error.message and error.code: {body}"
            );
        }
        let code = |body: &str| {
            serde_json::from_str::<serde_json::Value>(body).unwrap()["error"]["code"].clone()
        };
        assert_eq!(code(error_invalid_api_key()), "invalid_api_key", "401 code");
        assert_eq!(code(error_rate_limit()), "rate_limit_exceeded", "429 code");
        assert_eq!(
            code(error_context_length()),
            "context_length_exceeded",
            "400 code"
        );
    }

    #[test]
    fn decoder_reports_malformed_events_and_missing_done() {
        let err = decode_chat_sse(b"data: {\"choices\":[]}\n\ndata: {not json\n\n").unwrap_err();
        assert!(
            matches!(err, DecodeError::Json { index: 1, .. }),
            "the second event is the malformed one: {err}"
        );
        let cut =
            decode_chat_sse(b"data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\n").unwrap();
        assert!(!cut.saw_done, "no [DONE] in the body");
        assert_eq!(cut.text, "hi", "text before the cut is kept");
    }
}
