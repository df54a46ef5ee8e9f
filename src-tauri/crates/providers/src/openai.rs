//! OpenAI Chat Completions (`POST {base}/chat/completions`, `stream: true`), the
//! protocol spoken by OpenAI and by most compatible servers (OpenRouter, Groq, Mistral,
//! DeepSeek, xAI, LM Studio, vLLM, llama.cpp, Ollama's `/v1`).
//!
//! Invariants: [`build_request`] is pure; [`StreamDecoder`] yields `Finished` only after
//! `data: [DONE]`, and [`StreamDecoder::finish`] reports a stream that ended before it.
//! Usage is requested with `stream_options.include_usage`, which makes the server send a
//! last chunk with empty `choices` and the token counts.

use std::time::Duration;

use sb_core::Usage;
use sb_keys::Secret;
use serde::{Deserialize, Serialize};

use crate::{sse::SseEvent, ChatEvent, ChatRequest, Header, HttpRequest, ProviderError};

#[derive(Serialize)]
struct WireRequest<'a> {
    model: &'a str,
    messages: Vec<WireMessage<'a>>,
    stream: bool,
    stream_options: StreamOptions,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_completion_tokens: Option<u32>,
}

#[derive(Serialize)]
struct WireMessage<'a> {
    role: &'a str,
    content: &'a str,
}

#[derive(Serialize)]
struct StreamOptions {
    include_usage: bool,
}

/// Builds the HTTP request for a streamed completion. `base_url` is the API root the
/// user configured, e.g. `https://api.openai.com/v1`.
pub fn build_request(base_url: &str, api_key: &Secret, req: &ChatRequest) -> HttpRequest {
    let body = WireRequest {
        model: &req.model,
        messages: req
            .messages
            .iter()
            .map(|m| WireMessage {
                role: m.role.as_str(),
                content: &m.content,
            })
            .collect(),
        stream: true,
        stream_options: StreamOptions {
            include_usage: true,
        },
        max_completion_tokens: req.max_output_tokens,
    };
    HttpRequest {
        url: format!("{}/chat/completions", base_url.trim_end_matches('/')),
        headers: vec![
            Header::plain("content-type", "application/json"),
            Header::plain("accept", "text/event-stream"),
            Header::sensitive("authorization", format!("Bearer {}", api_key.expose())),
        ],
        // Serialising plain strings and integers into a Vec cannot fail.
        body: serde_json::to_vec(&body).unwrap_or_default(),
    }
}

#[derive(Deserialize)]
struct Chunk {
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    choices: Vec<Choice>,
    #[serde(default)]
    usage: Option<WireUsage>,
    #[serde(default)]
    error: Option<WireError>,
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    delta: Option<Delta>,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct Delta {
    #[serde(default)]
    content: Option<String>,
}

#[derive(Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: u32,
    #[serde(default)]
    completion_tokens: u32,
    #[serde(default)]
    total_tokens: Option<u32>,
    #[serde(default)]
    prompt_tokens_details: Option<PromptDetails>,
    #[serde(default)]
    completion_tokens_details: Option<CompletionDetails>,
    /// DeepSeek's name for cached prompt tokens (it also sends `cached_tokens`).
    #[serde(default)]
    prompt_cache_hit_tokens: Option<u32>,
}

#[derive(Deserialize, Default)]
struct PromptDetails {
    #[serde(default)]
    cached_tokens: Option<u32>,
    /// OpenRouter reports prompt-cache writes here for vendors that bill them.
    #[serde(default)]
    cache_write_tokens: Option<u32>,
}

#[derive(Deserialize, Default)]
struct CompletionDetails {
    #[serde(default)]
    reasoning_tokens: Option<u32>,
}

impl WireUsage {
    /// Normalises to [`Usage`]'s meaning. OpenAI, Groq, DeepSeek and OpenRouter count
    /// reasoning inside `completion_tokens`; xAI counts it beside them, which shows
    /// as `total_tokens` exceeding prompt + completion, so the excess is output too.
    fn to_usage(&self) -> Usage {
        let prompt = self.prompt_tokens_details.as_ref();
        let reasoning = self
            .completion_tokens_details
            .as_ref()
            .and_then(|d| d.reasoning_tokens)
            .unwrap_or(0);
        let counted = self.prompt_tokens.saturating_add(self.completion_tokens);
        let outside = self
            .total_tokens
            .map_or(0, |t| t.saturating_sub(counted).min(reasoning));
        let output_tokens = self.completion_tokens.saturating_add(outside);
        let cache_read = prompt
            .and_then(|d| d.cached_tokens)
            .or(self.prompt_cache_hit_tokens)
            .unwrap_or(0);
        Usage {
            input_tokens: self.prompt_tokens,
            output_tokens,
            reasoning_tokens: reasoning.min(output_tokens),
            cache_read_tokens: cache_read.min(self.prompt_tokens),
            cache_write_tokens: prompt
                .and_then(|d| d.cache_write_tokens)
                .unwrap_or(0)
                .min(self.prompt_tokens.saturating_sub(cache_read)),
        }
    }
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: WireError,
}

/// OpenAI's `{"error": {...}}`; compatible servers sometimes send a bare string.
#[derive(Deserialize)]
#[serde(untagged)]
enum WireError {
    Object {
        #[serde(default)]
        message: Option<String>,
        #[serde(default)]
        code: Option<serde_json::Value>,
        #[serde(default, rename = "type")]
        kind: Option<String>,
    },
    Text(String),
}

impl WireError {
    fn parts(&self) -> (String, Option<String>) {
        match self {
            WireError::Object {
                message,
                code,
                kind,
            } => {
                let code = match code {
                    Some(serde_json::Value::String(s)) => Some(s.clone()),
                    Some(serde_json::Value::Number(n)) => Some(n.to_string()),
                    _ => kind.clone(),
                };
                let message = message
                    .clone()
                    .or_else(|| code.clone())
                    .unwrap_or_else(|| "no details given".to_owned());
                (body_excerpt(message.as_bytes()), code)
            }
            WireError::Text(s) => (body_excerpt(s.as_bytes()), None),
        }
    }
}

/// Maps an HTTP error response to a [`ProviderError`], using the OpenAI error body when
/// there is one and a bounded excerpt of the raw body otherwise.
pub fn error_from_response(
    status: u16,
    retry_after: Option<Duration>,
    body: &[u8],
) -> ProviderError {
    match serde_json::from_slice::<ErrorEnvelope>(body) {
        Ok(env) => {
            let (message, code) = env.error.parts();
            ProviderError::from_http(status, retry_after, message, code.as_deref())
        }
        Err(_) => ProviderError::from_http(status, retry_after, body_excerpt(body), None),
    }
}

/// The provider's own error, when a body (sent with a success status) is one.
pub fn in_band_error(body: &[u8]) -> Option<ProviderError> {
    let env = serde_json::from_slice::<ErrorEnvelope>(body).ok()?;
    let (message, code) = env.error.parts();
    Some(ProviderError::from_http(
        400,
        None,
        message,
        code.as_deref(),
    ))
}

/// A short, single-line excerpt of a body that is not the provider's JSON error (an HTML
/// page from a proxy, say), fit to show in one line of an error message.
fn body_excerpt(body: &[u8]) -> String {
    const MAX: usize = 300;
    let raw = String::from_utf8_lossy(body);
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return "empty response body".to_owned();
    }
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// Turns SSE events of a Chat Completions stream into [`ChatEvent`]s.
#[derive(Debug, Default)]
pub struct StreamDecoder {
    done: bool,
    model_sent: bool,
    stop_reason: Option<String>,
}

impl StreamDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// True once `[DONE]` arrived; later events are ignored.
    pub fn is_done(&self) -> bool {
        self.done
    }

    pub fn on_event(&mut self, event: &SseEvent) -> Result<Vec<ChatEvent>, ProviderError> {
        if self.done {
            return Ok(Vec::new());
        }
        let data = event.data.trim();
        if data == "[DONE]" {
            self.done = true;
            return Ok(vec![ChatEvent::Finished {
                stop_reason: self.stop_reason.take(),
            }]);
        }
        let chunk: Chunk = serde_json::from_str(data).map_err(|e| ProviderError::Decode {
            message: format!(
                "a stream event is not valid JSON ({e}): {}",
                body_excerpt(data.as_bytes())
            ),
        })?;
        if let Some(err) = chunk.error {
            // Mid-stream errors (OpenRouter, vLLM) carry no HTTP status; the body's code
            // is the best signal, and a generic 500 keeps them transient.
            let (message, code) = err.parts();
            let status = match code.as_deref() {
                Some("rate_limit_exceeded") => 429,
                Some("invalid_api_key") => 401,
                _ => 500,
            };
            return Err(ProviderError::from_http(
                status,
                None,
                message,
                code.as_deref(),
            ));
        }
        let mut out = Vec::new();
        if !self.model_sent {
            if let Some(model) = chunk.model.filter(|m| !m.is_empty()) {
                self.model_sent = true;
                out.push(ChatEvent::Model(model));
            }
        }
        for choice in chunk.choices {
            if let Some(text) = choice.delta.and_then(|d| d.content) {
                if !text.is_empty() {
                    out.push(ChatEvent::TextDelta(text));
                }
            }
            if let Some(reason) = choice.finish_reason {
                self.stop_reason = Some(reason);
            }
        }
        if let Some(u) = chunk.usage {
            out.push(ChatEvent::Usage(u.to_usage()));
        }
        Ok(out)
    }

    /// Called when the byte stream ends: success only if `[DONE]` was seen.
    pub fn finish(&self) -> Result<(), ProviderError> {
        if self.done {
            Ok(())
        } else {
            Err(ProviderError::Network {
                message: "the connection closed before the answer was complete (no [DONE] marker)"
                    .to_owned(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ChatMessage;
    use sb_core::Role;

    fn key() -> Secret {
        Secret::new("sk-test-builder-0123456789".to_owned()).unwrap()
    }

    #[test]
    fn request_is_built_without_io() {
        let req = ChatRequest {
            model: "gpt-4.1-nano".into(),
            messages: vec![
                ChatMessage {
                    role: Role::System,
                    content: "Be brief.".into(),
                },
                ChatMessage {
                    role: Role::User,
                    content: "Hi".into(),
                },
            ],
            max_output_tokens: Some(256),
        };
        let http = build_request("https://api.example.com/v1/", &key(), &req);
        assert_eq!(
            http.url, "https://api.example.com/v1/chat/completions",
            "trailing slash is normalised"
        );
        let body: serde_json::Value = serde_json::from_slice(&http.body).unwrap();
        assert_eq!(body["stream"], true, "we always stream");
        assert_eq!(
            body["stream_options"]["include_usage"], true,
            "usage must be requested"
        );
        assert_eq!(
            body["max_completion_tokens"], 256,
            "output cap is passed through"
        );
        assert_eq!(
            body["messages"][0]["role"], "system",
            "roles use wire names"
        );
        assert_eq!(
            body["messages"][1]["content"], "Hi",
            "content is passed through"
        );
        let auth = http
            .headers
            .iter()
            .find(|h| h.name == "authorization")
            .unwrap();
        assert_eq!(
            auth.value, "Bearer sk-test-builder-0123456789",
            "bearer auth"
        );
        let debug = format!("{http:?}");
        assert!(
            !debug.contains("sk-test-builder"),
            "Debug must not print the key: {debug}"
        );
    }

    #[test]
    fn error_bodies_become_typed_errors() {
        let body = br#"{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#;
        let err = error_from_response(401, None, body);
        assert_eq!(err.code(), "auth", "401 is an auth error");
        assert!(
            err.to_string().contains("Incorrect API key"),
            "the provider's words are kept"
        );

        let err = error_from_response(502, None, b"<html>Bad gateway</html>");
        assert_eq!(err.code(), "server", "5xx with a non-JSON body");
        assert!(
            err.to_string().contains("Bad gateway"),
            "raw body excerpt is shown"
        );

        let long = "x".repeat(5000);
        let err = error_from_response(400, None, long.as_bytes());
        assert!(
            err.to_string().len() < 600,
            "huge bodies are cut to an excerpt"
        );
    }

    #[test]
    fn decoder_needs_done_marker() {
        let mut d = StreamDecoder::new();
        let ev = SseEvent {
            event: String::new(),
            data: r#"{"model":"m","choices":[{"delta":{"content":"Hi"},"finish_reason":null}]}"#
                .into(),
        };
        let out = d.on_event(&ev).unwrap();
        assert_eq!(
            out,
            vec![
                ChatEvent::Model("m".into()),
                ChatEvent::TextDelta("Hi".into())
            ],
            "model first, then text"
        );
        assert!(
            d.finish().is_err(),
            "no [DONE] yet: the stream is incomplete"
        );
        let done = SseEvent {
            event: String::new(),
            data: "[DONE]".into(),
        };
        assert_eq!(
            d.on_event(&done).unwrap(),
            vec![ChatEvent::Finished { stop_reason: None }]
        );
        assert!(d.finish().is_ok(), "after [DONE] the stream is complete");
    }

    #[test]
    fn malformed_event_is_a_decode_error() {
        let mut d = StreamDecoder::new();
        let ev = SseEvent {
            event: String::new(),
            data: "{not json".into(),
        };
        assert_eq!(
            d.on_event(&ev).unwrap_err().code(),
            "decode",
            "garbage is reported, not skipped"
        );
    }

    #[test]
    fn mid_stream_error_object_is_reported() {
        let mut d = StreamDecoder::new();
        let ev = SseEvent {
            event: String::new(),
            data: r#"{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}"#
                .into(),
        };
        assert_eq!(
            d.on_event(&ev).unwrap_err().code(),
            "rate_limited",
            "in-band errors keep their meaning"
        );
    }
}
