//! Anthropic Messages: `POST {base}/v1/messages` with `x-api-key` and
//! `anthropic-version`, streamed as SSE.
//!
//! Stream: `message_start` (model, input and cache usage), `content_block_start` /
//! `content_block_delta` / `content_block_stop` for text and thinking blocks,
//! `message_delta` (stop reason, output usage), `message_stop` (the end marker), `ping`,
//! and `error` events mid-stream. Invariants: the system prompt goes top-level;
//! `max_tokens` is always sent (the API requires it); the answer is finished only by
//! `message_stop`; `overloaded_error` (HTTP 529) maps to overloaded.

use sb_core::{Role, StopKind, StopReason, Usage};
use serde::{Deserialize, Serialize};

use crate::error::{excerpt, parse_frame};
use crate::framing::{wrong_frame, Frame};
use crate::protocol::{join, require_key, ErrorResponse, StreamDecode, Target};
use crate::{dialogue, system_prompt, ChatEvent, ChatRequest, Header, HttpRequest, ProviderError};

/// The API version every request names (the current and only stable one).
pub const API_VERSION: &str = "2023-06-01";
/// Output cap when the caller sets none: the API requires one, and every current Claude
/// model allows at least this many.
pub const DEFAULT_MAX_TOKENS: u32 = 4096;

#[derive(Serialize)]
struct WireRequest<'a> {
    model: &'a str,
    max_tokens: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<String>,
    messages: Vec<WireMessage<'a>>,
    stream: bool,
}

#[derive(Serialize)]
struct WireMessage<'a> {
    role: &'static str,
    content: WireContent<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum WireContent<'a> {
    Text(&'a str),
    Blocks(Vec<WireBlock<'a>>),
}

/// Images first, then the text, as Anthropic recommends.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum WireBlock<'a> {
    Image { source: ImageSource<'a> },
    Text { text: &'a str },
}

#[derive(Serialize)]
struct ImageSource<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    media_type: &'a str,
    data: String,
}

pub fn build_request(target: &Target<'_>, req: &ChatRequest) -> Result<HttpRequest, ProviderError> {
    let key = require_key(target)?;
    let body = WireRequest {
        model: &req.model,
        max_tokens: req.max_output_tokens.unwrap_or(DEFAULT_MAX_TOKENS),
        system: system_prompt(req),
        messages: dialogue(req)
            .map(|m| WireMessage {
                role: if m.role == Role::Assistant {
                    "assistant"
                } else {
                    "user"
                },
                content: if m.images.is_empty() {
                    WireContent::Text(&m.content)
                } else {
                    WireContent::Blocks(
                        m.images
                            .iter()
                            .map(|i| WireBlock::Image {
                                source: ImageSource {
                                    kind: "base64",
                                    media_type: &i.mime,
                                    data: i.base64(),
                                },
                            })
                            .chain(
                                (!m.content.is_empty())
                                    .then_some(WireBlock::Text { text: &m.content }),
                            )
                            .collect(),
                    )
                },
            })
            .collect(),
        stream: true,
    };
    // SDKs take the root without `/v1`; a root that already ends in it is accepted too.
    let base = target.base_url.trim_end_matches('/');
    let base = base.strip_suffix("/v1").unwrap_or(base);
    Ok(HttpRequest::post(
        join(base, "v1/messages"),
        vec![
            Header::plain("content-type", "application/json"),
            Header::plain("accept", "text/event-stream"),
            Header::plain("anthropic-version", API_VERSION),
            Header::sensitive("x-api-key", key.expose()),
        ],
        serde_json::to_vec(&body).unwrap_or_default(),
    ))
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: WireError,
}

#[derive(Deserialize)]
struct WireError {
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    message: Option<String>,
}

pub(crate) fn parse_error(body: &[u8]) -> Option<(String, Option<String>)> {
    let env: ErrorEnvelope = serde_json::from_slice(body).ok()?;
    Some(parts(env.error))
}

fn parts(e: WireError) -> (String, Option<String>) {
    let message = e
        .message
        .or_else(|| e.kind.clone())
        .unwrap_or_else(|| "no details given".to_owned());
    (excerpt(message.as_bytes()), e.kind)
}

/// The HTTP status an error type stands for, for errors that arrive mid-stream (or in
/// a body whose status was a success).
fn status_of(kind: Option<&str>) -> Option<u16> {
    Some(match kind? {
        "invalid_request_error" => 400,
        "authentication_error" => 401,
        "billing_error" => 402,
        "permission_error" => 403,
        "not_found_error" => 404,
        "request_too_large" => 413,
        "rate_limit_error" => 429,
        "api_error" => 500,
        "timeout_error" => 504,
        "overloaded_error" => 529,
        _ => return None,
    })
}

pub(crate) fn error_from_response(r: &ErrorResponse<'_>) -> ProviderError {
    match parse_error(r.body) {
        Some((message, kind)) => {
            let status = if r.status < 400 {
                status_of(kind.as_deref()).unwrap_or(400)
            } else {
                r.status
            };
            ProviderError::from_http(status, r.retry_after, message, kind.as_deref())
        }
        None => ProviderError::from_http(r.status, r.retry_after, excerpt(r.body), None),
    }
}

fn stop_reason(raw: String) -> StopReason {
    let kind = match raw.as_str() {
        "end_turn" | "stop_sequence" => StopKind::End,
        "max_tokens" | "model_context_window_exceeded" => StopKind::Length,
        "refusal" => StopKind::Refusal,
        "tool_use" => StopKind::ToolUse,
        _ => StopKind::Other,
    };
    StopReason::new(kind, raw)
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Event {
    MessageStart {
        message: StartMessage,
    },
    ContentBlockStart {
        content_block: Block,
    },
    ContentBlockDelta {
        delta: Block,
    },
    ContentBlockStop,
    MessageDelta {
        #[serde(default)]
        delta: MessageDelta,
        #[serde(default)]
        usage: Option<WireUsage>,
    },
    MessageStop,
    Ping,
    Error {
        error: WireError,
    },
    #[serde(other)]
    Unknown,
}

#[derive(Deserialize)]
struct StartMessage {
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    usage: Option<WireUsage>,
}

/// A content block or a delta to one; only text and thinking matter to a chat answer
/// (tool input, signatures and redacted thinking are not shown).
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Block {
    #[serde(alias = "text_delta")]
    Text {
        #[serde(default)]
        text: String,
    },
    #[serde(alias = "thinking_delta")]
    Thinking {
        #[serde(default)]
        thinking: String,
    },
    #[serde(other)]
    Other,
}

#[derive(Deserialize, Default)]
struct MessageDelta {
    #[serde(default)]
    stop_reason: Option<String>,
}

/// Anthropic's counts: `input_tokens` excludes cache reads and writes, which are
/// counted apart; every field may be absent from a delta (then the start's value
/// stands).
#[derive(Deserialize, Default, Clone, Copy)]
struct WireUsage {
    #[serde(default)]
    input_tokens: Option<u32>,
    #[serde(default)]
    output_tokens: Option<u32>,
    #[serde(default)]
    cache_creation_input_tokens: Option<u32>,
    #[serde(default)]
    cache_read_input_tokens: Option<u32>,
}

impl WireUsage {
    fn merge(&mut self, later: WireUsage) {
        self.input_tokens = later.input_tokens.or(self.input_tokens);
        self.output_tokens = later.output_tokens.or(self.output_tokens);
        self.cache_creation_input_tokens = later
            .cache_creation_input_tokens
            .or(self.cache_creation_input_tokens);
        self.cache_read_input_tokens = later
            .cache_read_input_tokens
            .or(self.cache_read_input_tokens);
    }

    fn to_usage(self) -> Usage {
        let read = self.cache_read_input_tokens.unwrap_or(0);
        let write = self.cache_creation_input_tokens.unwrap_or(0);
        Usage {
            input_tokens: self
                .input_tokens
                .unwrap_or(0)
                .saturating_add(read)
                .saturating_add(write),
            output_tokens: self.output_tokens.unwrap_or(0),
            // Thinking tokens are billed as output and not reported apart.
            reasoning_tokens: 0,
            cache_read_tokens: read,
            cache_write_tokens: write,
        }
    }
}

#[derive(Default)]
pub struct StreamDecoder {
    done: bool,
    started: bool,
    usage: WireUsage,
    stop: Option<String>,
}

impl StreamDecoder {
    fn on_data(&mut self, data: &str) -> Result<Vec<ChatEvent>, ProviderError> {
        let event: Event = parse_frame(data)?;
        let mut out = Vec::new();
        match event {
            // A repeated start (a proxy that restarted the stream) names the same
            // model; only the first counts.
            Event::MessageStart { message } if !self.started => {
                self.started = true;
                if let Some(model) = message.model.filter(|m| !m.is_empty()) {
                    out.push(ChatEvent::Model(model));
                }
                if let Some(u) = message.usage {
                    self.usage.merge(u);
                    out.push(ChatEvent::Usage(self.usage.to_usage()));
                }
            }
            Event::ContentBlockStart { content_block: b }
            | Event::ContentBlockDelta { delta: b } => match b {
                Block::Text { text } if !text.is_empty() => out.push(ChatEvent::TextDelta(text)),
                Block::Thinking { thinking } if !thinking.is_empty() => {
                    out.push(ChatEvent::ReasoningDelta(thinking));
                }
                _ => {}
            },
            Event::MessageDelta { delta, usage } => {
                if let Some(reason) = delta.stop_reason {
                    self.stop = Some(reason);
                }
                if let Some(u) = usage {
                    self.usage.merge(u);
                    out.push(ChatEvent::Usage(self.usage.to_usage()));
                }
            }
            Event::MessageStop => {
                self.done = true;
                out.push(ChatEvent::Finished {
                    stop: self.stop.take().map(stop_reason),
                });
            }
            Event::Error { error } => {
                let (message, kind) = parts(error);
                let status = status_of(kind.as_deref()).unwrap_or(500);
                return Err(ProviderError::from_http(
                    status,
                    None,
                    message,
                    kind.as_deref(),
                ));
            }
            Event::MessageStart { .. } | Event::ContentBlockStop | Event::Ping | Event::Unknown => {
            }
        }
        Ok(out)
    }
}

impl StreamDecode for StreamDecoder {
    fn on_frame(&mut self, frame: Frame) -> Result<Vec<ChatEvent>, ProviderError> {
        match frame {
            Frame::Sse(event) if !self.done => self.on_data(&event.data),
            Frame::Sse(_) => Ok(Vec::new()),
            _ => Err(wrong_frame()),
        }
    }

    fn is_done(&self) -> bool {
        self.done
    }

    fn finish(&mut self) -> Result<Vec<ChatEvent>, ProviderError> {
        if self.done {
            Ok(Vec::new())
        } else {
            Err(crate::protocol::cut_short("no message_stop"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ChatMessage, Credentials};
    use sb_core::{ProviderKind, ProviderSettings};
    use sb_keys::Secret;

    #[test]
    fn system_goes_top_level_and_max_tokens_is_always_sent() {
        let creds = Credentials::ApiKey(Secret::new("sk-ant-test-0123456789".into()).unwrap());
        let settings = ProviderSettings::default();
        let target = Target {
            kind: ProviderKind::Anthropic,
            base_url: "https://api.anthropic.com",
            settings: &settings,
            credentials: &creds,
        };
        let req = ChatRequest {
            model: "claude-sonnet-4-5".into(),
            messages: vec![
                ChatMessage::text(Role::System, "Be brief."),
                ChatMessage::text(Role::User, "Hi"),
                ChatMessage::text(Role::Assistant, ""),
                ChatMessage::text(Role::User, "Again"),
            ],
            max_output_tokens: None,
        };
        let http = build_request(&target, &req).unwrap();
        assert_eq!(http.url, "https://api.anthropic.com/v1/messages");
        assert_eq!(http.header("x-api-key"), Some("sk-ant-test-0123456789"));
        assert_eq!(http.header("anthropic-version"), Some(API_VERSION));
        let body: serde_json::Value = serde_json::from_slice(&http.body).unwrap();
        assert_eq!(body["system"], "Be brief.");
        assert_eq!(body["max_tokens"], DEFAULT_MAX_TOKENS);
        assert_eq!(
            body["messages"].as_array().unwrap().len(),
            2,
            "no system, no empty turn"
        );
        assert_eq!(body["messages"][0]["role"], "user");
    }

    #[test]
    fn overloaded_and_mid_stream_errors_keep_their_meaning() {
        let body =
            br#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#;
        let err = error_from_response(&ErrorResponse {
            status: 529,
            retry_after: None,
            aws_error_type: None,
            body,
        });
        assert_eq!(err.code(), "overloaded");
        let mut d = StreamDecoder::default();
        let err = d
            .on_data(
                r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#,
            )
            .unwrap_err();
        assert_eq!(err.code(), "overloaded");
        let err = d
            .on_data(r#"{"type":"error","error":{"type":"rate_limit_error","message":"slow"}}"#)
            .unwrap_err();
        assert_eq!(err.code(), "rate_limited");
    }
}
