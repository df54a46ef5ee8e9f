//! OpenAI Chat Completions (`POST {base}/chat/completions`, `stream: true`), the
//! protocol spoken by OpenAI and by most compatible servers (OpenRouter, Groq, Mistral,
//! DeepSeek, xAI, LM Studio, vLLM, llama.cpp, Ollama's `/v1`).
//!
//! Invariants: [`build_request`] is pure; [`StreamDecoder`] yields `Finished` only after
//! `data: [DONE]`, and [`StreamDecoder::finish`] reports a stream that ended before it.
//! Usage is requested with `stream_options.include_usage`, which makes the server send a
//! last chunk with empty `choices` and the token counts.

use sb_core::{StopKind, StopReason, Usage};
use serde::{Deserialize, Serialize};

use crate::error::{excerpt, parse_frame};
use crate::framing::Frame;
use crate::presets::{self, MaxTokensField, Quirks};
use crate::protocol::{join, require_key, ErrorResponse, StreamDecode, Target};
use crate::{ChatEvent, ChatRequest, Header, HttpRequest, ProviderError};

#[derive(Serialize)]
pub(crate) struct WireRequest<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    pub(crate) model: &'a str,
    pub(crate) messages: Vec<WireMessage<'a>>,
    pub(crate) stream: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) stream_options: Option<StreamOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) max_completion_tokens: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) max_tokens: Option<u32>,
}

#[derive(Serialize)]
pub(crate) struct WireMessage<'a> {
    role: &'a str,
    content: WireContent<'a>,
}

/// Plain text, or (with images) a list of text and image parts.
#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum WireContent<'a> {
    Text(&'a str),
    Parts(Vec<WirePart<'a>>),
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub(crate) enum WirePart<'a> {
    Text { text: &'a str },
    ImageUrl { image_url: ImageUrl },
}

#[derive(Serialize)]
pub(crate) struct ImageUrl {
    url: String,
}

#[derive(Serialize)]
pub(crate) struct StreamOptions {
    include_usage: bool,
}

/// The Chat Completions body for `req`, naming the output cap as `field` asks.
pub(crate) fn wire_request<'a>(
    req: &'a ChatRequest,
    model: &'a str,
    quirks: &Quirks,
) -> WireRequest<'a> {
    let field = quirks.max_tokens_field;
    WireRequest {
        model,
        messages: req
            .messages
            .iter()
            .map(|m| WireMessage {
                role: m.role.as_str(),
                content: if m.images.is_empty() {
                    WireContent::Text(&m.content)
                } else {
                    WireContent::Parts(
                        std::iter::once(WirePart::Text { text: &m.content })
                            .chain(m.images.iter().map(|i| WirePart::ImageUrl {
                                image_url: ImageUrl { url: i.data_url() },
                            }))
                            .collect(),
                    )
                },
            })
            .collect(),
        stream: true,
        stream_options: quirks.stream_options.then_some(StreamOptions {
            include_usage: true,
        }),
        max_completion_tokens: req
            .max_output_tokens
            .filter(|_| field == MaxTokensField::MaxCompletionTokens),
        max_tokens: req
            .max_output_tokens
            .filter(|_| field == MaxTokensField::MaxTokens),
    }
}

/// Builds the HTTP request for a streamed completion. The base URL is the API root the
/// user configured, e.g. `https://api.openai.com/v1`; a preset may name the output cap
/// differently and add headers.
pub fn build_request(target: &Target<'_>, req: &ChatRequest) -> Result<HttpRequest, ProviderError> {
    let quirks = presets::quirks(target.settings.preset.as_deref());
    let body = wire_request(req, &req.model, &quirks);
    let mut headers = vec![
        Header::plain("content-type", "application/json"),
        Header::plain("accept", "text/event-stream"),
    ];
    // Keyless local servers (LM Studio, llama.cpp) take no Authorization header.
    if let Some(key) = target.credentials.api_key() {
        headers.push(Header::sensitive(
            "authorization",
            format!("Bearer {}", key.expose()),
        ));
    } else if !target
        .settings
        .preset
        .as_deref()
        .is_some_and(presets::is_local)
    {
        require_key(target)?;
    }
    for (name, value) in quirks.headers {
        headers.push(Header::plain(*name, *value));
    }
    Ok(HttpRequest::post(
        join(target.base_url, "chat/completions"),
        headers,
        // Serialising plain strings and integers into a Vec cannot fail.
        serde_json::to_vec(&body).unwrap_or_default(),
    ))
}

#[derive(Deserialize)]
struct Chunk<'a> {
    /// Borrowed from the event where it can be: it is read once per answer but sent
    /// with every chunk.
    #[serde(default, borrow)]
    model: Option<std::borrow::Cow<'a, str>>,
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
    content: Option<Content>,
    /// DeepSeek and vLLM's reasoning text.
    #[serde(default)]
    reasoning_content: Option<String>,
    /// OpenRouter, Groq and Ollama's `/v1` reasoning text.
    #[serde(default)]
    reasoning: Option<String>,
}

/// A delta's content: a string, or (Mistral's Magistral) a list of text and thinking
/// parts.
enum Content {
    Text(String),
    Parts(Vec<ContentPart>),
}

/// Read by hand rather than with `#[serde(untagged)]`, which buffers every value into
/// an intermediate tree before trying each shape: this runs once per streamed token.
impl<'de> Deserialize<'de> for Content {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ContentVisitor;
        impl<'de> serde::de::Visitor<'de> for ContentVisitor {
            type Value = Content;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a list of content parts")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Content, E> {
                Ok(Content::Text(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Content, E> {
                Ok(Content::Text(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Content, A::Error> {
                let mut parts = Vec::new();
                while let Some(part) = seq.next_element()? {
                    parts.push(part);
                }
                Ok(Content::Parts(parts))
            }
        }
        deserializer.deserialize_any(ContentVisitor)
    }
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum ContentPart {
    Text {
        #[serde(default)]
        text: String,
    },
    Thinking {
        #[serde(default)]
        thinking: Vec<ThinkingPart>,
    },
    #[serde(other)]
    Other,
}

#[derive(Deserialize)]
struct ThinkingPart {
    #[serde(default)]
    text: String,
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
                (excerpt(message.as_bytes()), code)
            }
            WireError::Text(s) => (excerpt(s.as_bytes()), None),
        }
    }
}

/// The error object of an OpenAI error body: its message and machine code.
pub(crate) fn parse_error(body: &[u8]) -> Option<(String, Option<String>)> {
    serde_json::from_slice::<ErrorEnvelope>(body)
        .ok()
        .map(|env| env.error.parts())
}

/// Maps an HTTP error response to a [`ProviderError`], using the OpenAI error body when
/// there is one and a bounded excerpt of the raw body otherwise.
pub(crate) fn error_from_response(r: &ErrorResponse<'_>) -> ProviderError {
    match parse_error(r.body) {
        Some((message, code)) => {
            ProviderError::from_http(r.status, r.retry_after, message, code.as_deref())
        }
        None => ProviderError::from_http(r.status, r.retry_after, excerpt(r.body), None),
    }
}

/// OpenAI's finish reasons in the neutral vocabulary.
fn stop_reason(raw: String) -> StopReason {
    let kind = match raw.as_str() {
        "stop" | "end_turn" | "eos" => StopKind::End,
        "length" | "max_tokens" | "model_length" => StopKind::Length,
        "content_filter" => StopKind::ContentFilter,
        "tool_calls" | "function_call" => StopKind::ToolUse,
        _ => StopKind::Other,
    };
    StopReason::new(kind, raw)
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

    fn on_data(&mut self, data: &str) -> Result<Vec<ChatEvent>, ProviderError> {
        let data = data.trim();
        if data == "[DONE]" {
            self.done = true;
            return Ok(vec![ChatEvent::Finished {
                stop: self.stop_reason.take().map(stop_reason),
            }]);
        }
        let chunk: Chunk = parse_frame(data)?;
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
                out.push(ChatEvent::Model(model.into_owned()));
            }
        }
        for choice in chunk.choices {
            if let Some(delta) = choice.delta {
                let reasoning = delta.reasoning_content.or(delta.reasoning);
                if let Some(text) = reasoning.filter(|t| !t.is_empty()) {
                    out.push(ChatEvent::ReasoningDelta(text));
                }
                match delta.content {
                    Some(Content::Text(text)) if !text.is_empty() => {
                        out.push(ChatEvent::TextDelta(text));
                    }
                    Some(Content::Parts(parts)) => {
                        for part in parts {
                            match part {
                                ContentPart::Text { text } if !text.is_empty() => {
                                    out.push(ChatEvent::TextDelta(text));
                                }
                                ContentPart::Thinking { thinking } => {
                                    let text: String =
                                        thinking.into_iter().map(|t| t.text).collect();
                                    if !text.is_empty() {
                                        out.push(ChatEvent::ReasoningDelta(text));
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    _ => {}
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
}

impl StreamDecode for StreamDecoder {
    fn on_frame(&mut self, frame: Frame) -> Result<Vec<ChatEvent>, ProviderError> {
        if self.done {
            return Ok(Vec::new());
        }
        match frame {
            Frame::Sse(event) => self.on_data(&event.data),
            _ => Err(crate::framing::wrong_frame()),
        }
    }

    fn is_done(&self) -> bool {
        self.done
    }

    /// Success only if `[DONE]` was seen.
    fn finish(&mut self) -> Result<Vec<ChatEvent>, ProviderError> {
        if self.done {
            Ok(Vec::new())
        } else {
            Err(crate::protocol::cut_short("no [DONE] marker"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sse::SseEvent;
    use crate::{ChatMessage, Credentials};
    use sb_core::{ProviderKind, ProviderSettings, Role};
    use sb_keys::Secret;

    fn creds() -> Credentials {
        Credentials::ApiKey(Secret::new("sk-test-builder-0123456789".to_owned()).unwrap())
    }

    fn request() -> ChatRequest {
        ChatRequest {
            model: "gpt-4.1-nano".into(),
            messages: vec![
                ChatMessage::text(Role::System, "Be brief."),
                ChatMessage::text(Role::User, "Hi"),
            ],
            max_output_tokens: Some(256),
        }
    }

    fn build(settings: &ProviderSettings, credentials: &Credentials) -> HttpRequest {
        let target = Target {
            kind: ProviderKind::Openai,
            base_url: "https://api.example.com/v1/",
            settings,
            credentials,
        };
        build_request(&target, &request()).unwrap()
    }

    fn sse(data: &str) -> Frame {
        Frame::Sse(SseEvent {
            event: String::new(),
            data: data.into(),
        })
    }

    #[test]
    fn request_is_built_without_io() {
        let http = build(&ProviderSettings::default(), &creds());
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
        assert_eq!(
            http.header("authorization"),
            Some("Bearer sk-test-builder-0123456789"),
            "bearer auth"
        );
        let debug = format!("{http:?}");
        assert!(
            !debug.contains("sk-test-builder"),
            "Debug must not print the key: {debug}"
        );
    }

    #[test]
    fn presets_bring_their_quirks_and_local_ones_need_no_key() {
        let mistral = ProviderSettings {
            preset: Some("mistral".into()),
            ..Default::default()
        };
        let body: serde_json::Value =
            serde_json::from_slice(&build(&mistral, &creds()).body).unwrap();
        assert_eq!(body["max_tokens"], 256, "Mistral reads max_tokens");
        assert!(body.get("max_completion_tokens").is_none());
        assert!(body.get("stream_options").is_none());
        let openrouter = ProviderSettings {
            preset: Some("openrouter".into()),
            ..Default::default()
        };
        assert_eq!(
            build(&openrouter, &creds()).header("x-title"),
            Some("Switchboard")
        );
        let lmstudio = ProviderSettings {
            preset: Some("lmstudio".into()),
            ..Default::default()
        };
        assert_eq!(
            build(&lmstudio, &Credentials::None).header("authorization"),
            None
        );
        let target = Target {
            kind: ProviderKind::Openai,
            base_url: "https://api.example.com/v1",
            settings: &ProviderSettings::default(),
            credentials: &Credentials::None,
        };
        assert_eq!(
            build_request(&target, &request()).unwrap_err().code(),
            "config",
            "a hosted API without a key is refused before sending"
        );
    }

    #[test]
    fn error_bodies_become_typed_errors() {
        let err = |status: u16, body: &[u8]| {
            error_from_response(&ErrorResponse {
                status,
                retry_after: None,
                aws_error_type: None,
                body,
            })
        };
        let e = err(401, br#"{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#);
        assert_eq!(e.code(), "auth", "401 is an auth error");
        assert!(
            e.to_string().contains("Incorrect API key"),
            "the provider's words are kept"
        );
        let e = err(502, b"<html>Bad gateway</html>");
        assert_eq!(e.code(), "server", "5xx with a non-JSON body");
        assert!(
            e.to_string().contains("Bad gateway"),
            "raw body excerpt is shown"
        );
        let long = "x".repeat(5000);
        assert!(
            err(400, long.as_bytes()).to_string().len() < 600,
            "huge bodies are cut"
        );
    }

    #[test]
    fn decoder_needs_done_marker() {
        let mut d = StreamDecoder::new();
        let out = d
            .on_frame(sse(
                r#"{"model":"m","choices":[{"delta":{"content":"Hi"},"finish_reason":null}]}"#,
            ))
            .unwrap();
        assert_eq!(
            out,
            vec![
                ChatEvent::Model("m".into()),
                ChatEvent::TextDelta("Hi".into())
            ],
            "model first, then text"
        );
        let mut unfinished = StreamDecoder::new();
        unfinished.on_frame(sse(r#"{"choices":[]}"#)).unwrap();
        assert!(
            unfinished.finish().is_err(),
            "no [DONE]: the stream is incomplete"
        );
        d.on_frame(sse(
            r#"{"choices":[{"delta":{},"finish_reason":"length"}]}"#,
        ))
        .unwrap();
        assert_eq!(
            d.on_frame(sse("[DONE]")).unwrap(),
            vec![ChatEvent::Finished {
                stop: Some(StopReason::new(StopKind::Length, "length"))
            }]
        );
        assert!(d.finish().is_ok(), "after [DONE] the stream is complete");
    }

    #[test]
    fn reasoning_fields_of_every_compatible_server_are_reasoning() {
        let mut d = StreamDecoder::new();
        let cases = [
            r#"{"choices":[{"delta":{"reasoning_content":"a"}}]}"#,
            r#"{"choices":[{"delta":{"reasoning":"b","content":""}}]}"#,
            r#"{"choices":[{"delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"c"}]},{"type":"text","text":"d"}]}}]}"#,
        ];
        let out: Vec<ChatEvent> = cases
            .iter()
            .flat_map(|c| d.on_frame(sse(c)).unwrap())
            .collect();
        assert_eq!(
            out,
            [
                ChatEvent::ReasoningDelta("a".into()),
                ChatEvent::ReasoningDelta("b".into()),
                ChatEvent::ReasoningDelta("c".into()),
                ChatEvent::TextDelta("d".into()),
            ]
        );
    }

    #[test]
    fn malformed_event_is_a_decode_error() {
        let mut d = StreamDecoder::new();
        assert_eq!(
            d.on_frame(sse("{not json")).unwrap_err().code(),
            "decode",
            "garbage is reported, not skipped"
        );
    }

    #[test]
    fn mid_stream_error_object_is_reported() {
        let mut d = StreamDecoder::new();
        assert_eq!(
            d.on_frame(sse(
                r#"{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}"#
            ))
            .unwrap_err()
            .code(),
            "rate_limited",
            "in-band errors keep their meaning"
        );
    }
}
