//! Google Gemini (Generative Language API):
//! `POST {base}/v1beta/models/{model}:streamGenerateContent?alt=sse` with the key in
//! `x-goog-api-key`, streamed as SSE (LF or CRLF line ends; the shared framer takes
//! both).
//!
//! Gemini sends no end marker: each chunk is a whole `GenerateContentResponse`, the
//! last one carries `finishReason`, and the body ends. Invariants: the answer is
//! finished only when the body ends after a finish reason (or a prompt block), so a
//! connection cut mid-answer is an error; parts marked `thought` are reasoning, never
//! answer text; safety finishes and blocked prompts map to `content_filter`; a 429's
//! `RetryInfo.retryDelay` is read as the wait.

use std::time::Duration;

use sb_core::{Role, StopKind, StopReason, Usage};
use serde::{Deserialize, Serialize};

use crate::error::{excerpt, parse_frame};
use crate::framing::{wrong_frame, Frame};
use crate::protocol::{join, require_key, ErrorResponse, StreamDecode, Target};
use crate::{dialogue, system_prompt, ChatEvent, ChatRequest, Header, HttpRequest, ProviderError};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct WireRequest<'a> {
    contents: Vec<WireContent<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    system_instruction: Option<SystemInstruction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    generation_config: Option<GenerationConfig>,
}

#[derive(Serialize)]
struct WireContent<'a> {
    role: &'static str,
    parts: Vec<WirePart<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum WirePart<'a> {
    Text {
        text: &'a str,
    },
    #[serde(rename_all = "camelCase")]
    Inline {
        inline_data: InlineData<'a>,
    },
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct InlineData<'a> {
    mime_type: &'a str,
    data: String,
}

#[derive(Serialize)]
struct SystemInstruction {
    parts: Vec<OwnedPart>,
}

#[derive(Serialize)]
struct OwnedPart {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GenerationConfig {
    max_output_tokens: u32,
}

pub fn build_request(target: &Target<'_>, req: &ChatRequest) -> Result<HttpRequest, ProviderError> {
    let key = require_key(target)?;
    let body = WireRequest {
        contents: dialogue(req)
            .map(|m| WireContent {
                role: if m.role == Role::Assistant {
                    "model"
                } else {
                    "user"
                },
                parts: m
                    .images
                    .iter()
                    .map(|i| WirePart::Inline {
                        inline_data: InlineData {
                            mime_type: &i.mime,
                            data: i.base64(),
                        },
                    })
                    .chain((!m.content.is_empty()).then_some(WirePart::Text { text: &m.content }))
                    .collect(),
            })
            .collect(),
        system_instruction: system_prompt(req).map(|text| SystemInstruction {
            parts: vec![OwnedPart { text }],
        }),
        generation_config: req.max_output_tokens.map(|n| GenerationConfig {
            max_output_tokens: n,
        }),
    };
    let base = target.base_url.trim_end_matches('/');
    let base = base.strip_suffix("/v1beta").unwrap_or(base);
    // Model names are listed as `models/…`; either form is accepted.
    let model = req.model.trim();
    let model = model.strip_prefix("models/").unwrap_or(model);
    let path = format!(
        "v1beta/models/{}:streamGenerateContent?alt=sse",
        crate::bedrock::encode_path_segment(model)
    );
    Ok(HttpRequest::post(
        join(base, &path),
        vec![
            Header::plain("content-type", "application/json"),
            Header::plain("accept", "text/event-stream"),
            Header::sensitive("x-goog-api-key", key.expose()),
        ],
        serde_json::to_vec(&body).unwrap_or_default(),
    ))
}

#[derive(Deserialize)]
struct ErrorEnvelope {
    error: WireError,
}

/// Streaming endpoints sometimes wrap the error object in a one-element array. The
/// array form is tried first: serde would also read an array as a struct's fields.
#[derive(Deserialize)]
#[serde(untagged)]
enum ErrorBody {
    Many(Vec<ErrorEnvelope>),
    One(ErrorEnvelope),
}

#[derive(Deserialize)]
struct WireError {
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    details: Vec<serde_json::Value>,
}

fn parse_envelope(body: &[u8]) -> Option<WireError> {
    match serde_json::from_slice::<ErrorBody>(body).ok()? {
        ErrorBody::One(e) => Some(e.error),
        ErrorBody::Many(v) => v.into_iter().next().map(|e| e.error),
    }
}

pub(crate) fn parse_error(body: &[u8]) -> Option<(String, Option<String>)> {
    parse_envelope(body).map(|e| {
        let message = e
            .message
            .clone()
            .or_else(|| e.status.clone())
            .unwrap_or_else(|| "no details given".to_owned());
        (excerpt(message.as_bytes()), e.status)
    })
}

/// `RetryInfo.retryDelay` ("34.4s"), the wait Google asks for after a 429.
fn retry_delay(e: &WireError) -> Option<Duration> {
    e.details
        .iter()
        .filter(|d| {
            d.get("@type")
                .and_then(|t| t.as_str())
                .is_some_and(|t| t.ends_with("google.rpc.RetryInfo"))
        })
        .find_map(|d| {
            d.get("retryDelay")?
                .as_str()?
                .strip_suffix('s')?
                .parse::<f64>()
                .ok()
        })
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .filter(|d| *d <= crate::http::MAX_RETRY_AFTER)
}

pub(crate) fn error_from_response(r: &ErrorResponse<'_>) -> ProviderError {
    let Some(e) = parse_envelope(r.body) else {
        return ProviderError::from_http(r.status, r.retry_after, excerpt(r.body), None);
    };
    let wait = r.retry_after.or_else(|| retry_delay(&e));
    let status = match (r.status, e.status.as_deref()) {
        (s, _) if s >= 400 => s,
        (_, Some("RESOURCE_EXHAUSTED")) => 429,
        (_, Some("UNAUTHENTICATED")) => 401,
        (_, Some("PERMISSION_DENIED")) => 403,
        (_, Some("UNAVAILABLE")) => 503,
        (_, Some("INTERNAL")) => 500,
        _ => 400,
    };
    let (message, code) = parse_error(r.body).unwrap_or_default();
    ProviderError::from_http(status, wait, message, code.as_deref())
}

fn stop_reason(raw: String) -> StopReason {
    let kind = match raw.as_str() {
        "STOP" => StopKind::End,
        "MAX_TOKENS" => StopKind::Length,
        "SAFETY" | "RECITATION" | "BLOCKLIST" | "PROHIBITED_CONTENT" | "SPII" | "IMAGE_SAFETY" => {
            StopKind::ContentFilter
        }
        _ => StopKind::Other,
    };
    StopReason::new(kind, raw)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Chunk {
    #[serde(default)]
    candidates: Vec<Candidate>,
    #[serde(default)]
    usage_metadata: Option<WireUsage>,
    #[serde(default)]
    model_version: Option<String>,
    #[serde(default)]
    prompt_feedback: Option<PromptFeedback>,
    #[serde(default)]
    error: Option<WireError>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Candidate {
    #[serde(default)]
    content: Option<CandidateContent>,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize)]
struct CandidateContent {
    #[serde(default)]
    parts: Vec<Part>,
}

#[derive(Deserialize)]
struct Part {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    thought: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PromptFeedback {
    #[serde(default)]
    block_reason: Option<String>,
}

/// Gemini's counts: `candidatesTokenCount` excludes thinking (`thoughtsTokenCount`),
/// which is billed as output; `cachedContentTokenCount` is part of the prompt count.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireUsage {
    #[serde(default)]
    prompt_token_count: u32,
    #[serde(default)]
    candidates_token_count: u32,
    #[serde(default)]
    thoughts_token_count: u32,
    #[serde(default)]
    cached_content_token_count: u32,
}

impl WireUsage {
    fn to_usage(&self) -> Usage {
        Usage {
            input_tokens: self.prompt_token_count,
            output_tokens: self
                .candidates_token_count
                .saturating_add(self.thoughts_token_count),
            reasoning_tokens: self.thoughts_token_count,
            cache_read_tokens: self.cached_content_token_count.min(self.prompt_token_count),
            cache_write_tokens: 0,
        }
    }
}

#[derive(Default)]
pub struct StreamDecoder {
    model_sent: bool,
    stop: Option<StopReason>,
    done: bool,
}

impl StreamDecoder {
    fn on_data(&mut self, data: &str) -> Result<Vec<ChatEvent>, ProviderError> {
        let chunk: Chunk = parse_frame(data)?;
        if let Some(error) = chunk.error {
            let body = serde_json::json!({ "error": {
                "message": error.message, "status": error.status, "details": error.details
            }});
            return Err(error_from_response(&ErrorResponse {
                status: 200,
                retry_after: None,
                aws_error_type: None,
                body: body.to_string().as_bytes(),
            }));
        }
        let mut out = Vec::new();
        if !self.model_sent {
            if let Some(model) = chunk.model_version.filter(|m| !m.is_empty()) {
                self.model_sent = true;
                out.push(ChatEvent::Model(model));
            }
        }
        // Only the first candidate is asked for (and shown).
        if let Some(candidate) = chunk.candidates.into_iter().next() {
            for part in candidate.content.map(|c| c.parts).unwrap_or_default() {
                match part.text {
                    Some(text) if !text.is_empty() && part.thought => {
                        out.push(ChatEvent::ReasoningDelta(text));
                    }
                    Some(text) if !text.is_empty() => out.push(ChatEvent::TextDelta(text)),
                    _ => {}
                }
            }
            if let Some(reason) = candidate.finish_reason {
                self.stop = Some(stop_reason(reason));
            }
        }
        if let Some(reason) = chunk.prompt_feedback.and_then(|f| f.block_reason) {
            self.stop = Some(StopReason::new(StopKind::ContentFilter, reason));
        }
        if let Some(u) = chunk.usage_metadata {
            out.push(ChatEvent::Usage(u.to_usage()));
        }
        Ok(out)
    }
}

impl StreamDecode for StreamDecoder {
    fn on_frame(&mut self, frame: Frame) -> Result<Vec<ChatEvent>, ProviderError> {
        match frame {
            Frame::Sse(event) => self.on_data(&event.data),
            _ => Err(wrong_frame()),
        }
    }

    /// Gemini's end is the end of the body: never done before it.
    fn is_done(&self) -> bool {
        self.done
    }

    fn finish(&mut self) -> Result<Vec<ChatEvent>, ProviderError> {
        if self.done {
            return Ok(Vec::new());
        }
        match self.stop.take() {
            Some(stop) => {
                self.done = true;
                Ok(vec![ChatEvent::Finished { stop: Some(stop) }])
            }
            None => Err(crate::protocol::cut_short("no finish reason")),
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
    fn the_model_is_in_the_path_the_key_in_a_header_and_the_system_apart() {
        let creds = Credentials::ApiKey(Secret::new("AIza-test-0123456789".into()).unwrap());
        let settings = ProviderSettings::default();
        let target = Target {
            kind: ProviderKind::Gemini,
            base_url: "https://generativelanguage.googleapis.com/",
            settings: &settings,
            credentials: &creds,
        };
        let req = ChatRequest {
            model: "models/gemini-2.5-flash".into(),
            messages: vec![
                ChatMessage::text(Role::System, "Be brief."),
                ChatMessage::text(Role::User, "Hi"),
                ChatMessage::text(Role::Assistant, "Hello"),
            ],
            max_output_tokens: Some(64),
        };
        let http = build_request(&target, &req).unwrap();
        assert_eq!(
            http.url,
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
        );
        assert!(!http.url.contains("key="), "the key never goes in the URL");
        assert_eq!(http.header("x-goog-api-key"), Some("AIza-test-0123456789"));
        let body: serde_json::Value = serde_json::from_slice(&http.body).unwrap();
        assert_eq!(body["systemInstruction"]["parts"][0]["text"], "Be brief.");
        assert_eq!(body["contents"][1]["role"], "model");
        assert_eq!(body["generationConfig"]["maxOutputTokens"], 64);
    }

    #[test]
    fn a_429_reads_the_retry_delay() {
        let body = br#"[{"error":{"code":429,"message":"quota","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"34.4s"}]}}]"#;
        let err = error_from_response(&ErrorResponse {
            status: 429,
            retry_after: None,
            aws_error_type: None,
            body,
        });
        assert_eq!(
            err,
            ProviderError::RateLimited {
                retry_after: Some(Duration::from_millis(34_400)),
                message: "quota".into()
            }
        );
    }

    #[test]
    fn a_blocked_prompt_ends_as_content_filter_and_a_cut_stream_is_an_error() {
        let mut d = StreamDecoder::default();
        d.on_data(r#"{"promptFeedback":{"blockReason":"SAFETY"}}"#)
            .unwrap();
        let end = d.finish().unwrap();
        assert_eq!(
            end,
            [ChatEvent::Finished {
                stop: Some(StopReason::new(StopKind::ContentFilter, "SAFETY"))
            }]
        );
        let mut d = StreamDecoder::default();
        d.on_data(r#"{"candidates":[{"content":{"parts":[{"text":"Hi"}]}}]}"#)
            .unwrap();
        assert_eq!(d.finish().unwrap_err().code(), "network");
    }
}
