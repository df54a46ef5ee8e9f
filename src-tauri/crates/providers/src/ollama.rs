//! Ollama's native chat API: `POST {base}/api/chat`, streamed as NDJSON, no key.
//!
//! Each line is `{"model", "message": {"content", "thinking"?}, "done": false}`; the last
//! has `"done": true`, `done_reason` and the counts (`prompt_eval_count`,
//! `eval_count`). Errors are `{"error": "…"}`, as the body of an HTTP error or as a line
//! mid-stream. Invariant: the answer is finished only by a `done: true` line. A key, if
//! one is stored (an Ollama behind an authenticating proxy), is sent as a bearer token.

use sb_core::{StopKind, StopReason, Usage};
use serde::{Deserialize, Serialize};

use crate::error::{excerpt, parse_frame};
use crate::framing::{wrong_frame, Frame};
use crate::protocol::{join, ErrorResponse, StreamDecode, Target};
use crate::{ChatEvent, ChatRequest, Header, HttpRequest, ProviderError};

/// Where a local Ollama listens unless told otherwise.
pub const DEFAULT_BASE_URL: &str = "http://localhost:11434";

#[derive(Serialize)]
struct WireRequest<'a> {
    model: &'a str,
    messages: Vec<WireMessage<'a>>,
    stream: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    options: Option<Options>,
}

#[derive(Serialize)]
struct WireMessage<'a> {
    role: &'static str,
    content: &'a str,
    /// Base64 images, for models that read them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    images: Vec<String>,
}

#[derive(Serialize)]
struct Options {
    num_predict: u32,
}

pub fn build_request(target: &Target<'_>, req: &ChatRequest) -> Result<HttpRequest, ProviderError> {
    let body = WireRequest {
        model: &req.model,
        messages: req
            .messages
            .iter()
            .map(|m| WireMessage {
                role: m.role.as_str(),
                content: &m.content,
                images: m.images.iter().map(crate::Image::base64).collect(),
            })
            .collect(),
        stream: true,
        options: req.max_output_tokens.map(|n| Options { num_predict: n }),
    };
    let mut headers = vec![
        Header::plain("content-type", "application/json"),
        Header::plain("accept", "application/x-ndjson"),
    ];
    if let Some(key) = target.credentials.api_key() {
        headers.push(Header::sensitive(
            "authorization",
            format!("Bearer {}", key.expose()),
        ));
    }
    Ok(HttpRequest::post(
        join(target.base_url, "api/chat"),
        headers,
        serde_json::to_vec(&body).unwrap_or_default(),
    ))
}

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
}

pub(crate) fn parse_error(body: &[u8]) -> Option<(String, Option<String>)> {
    let e: ErrorBody = serde_json::from_slice(body).ok()?;
    Some((excerpt(e.error.as_bytes()), None))
}

pub(crate) fn error_from_response(r: &ErrorResponse<'_>) -> ProviderError {
    let message = parse_error(r.body).map_or_else(|| excerpt(r.body), |(m, _)| m);
    ProviderError::from_http(r.status, r.retry_after, message, None)
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    message: Option<LineMessage>,
    #[serde(default)]
    done: bool,
    #[serde(default)]
    done_reason: Option<String>,
    #[serde(default)]
    prompt_eval_count: Option<u32>,
    #[serde(default)]
    eval_count: Option<u32>,
    #[serde(default)]
    error: Option<String>,
}

#[derive(Deserialize)]
struct LineMessage {
    #[serde(default)]
    content: String,
    #[serde(default)]
    thinking: Option<String>,
}

fn stop_reason(raw: String) -> StopReason {
    let kind = match raw.as_str() {
        "stop" => StopKind::End,
        "length" => StopKind::Length,
        _ => StopKind::Other,
    };
    StopReason::new(kind, raw)
}

#[derive(Default)]
pub struct StreamDecoder {
    model_sent: bool,
    done: bool,
}

impl StreamDecoder {
    fn on_line(&mut self, text: &str) -> Result<Vec<ChatEvent>, ProviderError> {
        let line: Line = parse_frame(text)?;
        if let Some(error) = line.error {
            // A model that fails mid-answer is the server's fault, and may pass elsewhere.
            return Err(ProviderError::from_http(
                500,
                None,
                excerpt(error.as_bytes()),
                None,
            ));
        }
        let mut out = Vec::new();
        if !self.model_sent {
            if let Some(model) = line.model.filter(|m| !m.is_empty()) {
                self.model_sent = true;
                out.push(ChatEvent::Model(model));
            }
        }
        if let Some(message) = line.message {
            if let Some(thinking) = message.thinking.filter(|t| !t.is_empty()) {
                out.push(ChatEvent::ReasoningDelta(thinking));
            }
            if !message.content.is_empty() {
                out.push(ChatEvent::TextDelta(message.content));
            }
        }
        if line.done {
            self.done = true;
            if line.prompt_eval_count.is_some() || line.eval_count.is_some() {
                out.push(ChatEvent::Usage(Usage {
                    input_tokens: line.prompt_eval_count.unwrap_or(0),
                    output_tokens: line.eval_count.unwrap_or(0),
                    ..Usage::default()
                }));
            }
            out.push(ChatEvent::Finished {
                stop: line.done_reason.map(stop_reason),
            });
        }
        Ok(out)
    }
}

impl StreamDecode for StreamDecoder {
    fn on_frame(&mut self, frame: Frame) -> Result<Vec<ChatEvent>, ProviderError> {
        match frame {
            Frame::Line(line) if !self.done => self.on_line(&line),
            Frame::Line(_) => Ok(Vec::new()),
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
            Err(crate::protocol::cut_short("no done line"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_done_line_ends_with_usage_and_a_mid_stream_error_is_reported() {
        let mut d = StreamDecoder::default();
        let out = d
            .on_line(r#"{"model":"llama3.2","message":{"role":"assistant","content":"Hi","thinking":"hm"},"done":false}"#)
            .unwrap();
        assert_eq!(
            out,
            [
                ChatEvent::Model("llama3.2".into()),
                ChatEvent::ReasoningDelta("hm".into()),
                ChatEvent::TextDelta("Hi".into())
            ]
        );
        assert!(d.finish().is_err(), "no done line yet");
        let out = d
            .on_line(r#"{"model":"llama3.2","message":{"role":"assistant","content":""},"done":true,"done_reason":"length","prompt_eval_count":26,"eval_count":298}"#)
            .unwrap();
        assert_eq!(
            out,
            [
                ChatEvent::Usage(Usage {
                    input_tokens: 26,
                    output_tokens: 298,
                    ..Usage::default()
                }),
                ChatEvent::Finished {
                    stop: Some(StopReason::new(StopKind::Length, "length"))
                }
            ]
        );
        let mut d = StreamDecoder::default();
        let err = d
            .on_line(r#"{"error":"an error was encountered while running the model"}"#)
            .unwrap_err();
        assert_eq!(err.code(), "server");
        assert!(err.to_string().contains("running the model"));
    }
}
