//! The scenario models spoken in every protocol but OpenAI's: the same script (reasoning
//! pieces, answer pieces, usage, or an error) rendered in Anthropic's, Gemini's, Ollama's
//! and Bedrock's wire formats, so the app and `sb` can be driven against a fake server of
//! any kind. `sb-text` replays each protocol's own recording instead (see [`crate::wire`]).

use std::time::Duration;

use serde_json::json;

use crate::reply::Reply;
use crate::scenario::{
    markdown_deltas, slow_deltas, DROP_SENT_DELTAS, MARKDOWN_USAGE, MODEL_CONTEXT, MODEL_DROP,
    MODEL_ECHO_KEY, MODEL_ECHO_KEY_ANSWER, MODEL_HANG, MODEL_MARKDOWN, MODEL_OVERBILL,
    MODEL_OVERLOADED, MODEL_RATE_LIMIT, MODEL_SERVER_ERROR, MODEL_SLOW, OVERBILL_USAGE,
    RATE_LIMIT_RETRY_AFTER_SECS, SLOW_DELTA_INTERVAL, SLOW_USAGE,
};
use crate::wire;

/// The protocols rendered here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Anthropic,
    Gemini,
    Ollama,
    Bedrock,
}

/// Reasoning pieces every scripted stream (but the recordings) starts with, so the UI's
/// collapsed thinking can be seen with any model.
pub const SCRIPT_REASONING: [&str; 3] = ["Let me think ", "about this ", "carefully."];

/// What one scripted answer is.
enum Script {
    Stream {
        reasoning: Vec<String>,
        text: Vec<String>,
        usage: (u32, u32),
        delay: Duration,
        /// Close the connection after the text, before the end marker.
        cut: bool,
    },
    Error {
        status: u16,
        message: String,
        /// Each protocol's name for the error kind.
        kind: ErrorKind,
    },
    Hang,
}

#[derive(Clone, Copy)]
enum ErrorKind {
    RateLimit,
    Overloaded,
    Server,
    Context,
    Invalid,
}

fn script(model: &str, credential: &str) -> Option<Script> {
    let stream = |text: Vec<String>, usage| Script::Stream {
        reasoning: SCRIPT_REASONING.iter().map(|s| (*s).to_owned()).collect(),
        text,
        usage,
        delay: Duration::ZERO,
        cut: false,
    };
    Some(match model {
        MODEL_MARKDOWN => stream(
            markdown_deltas().into_iter().map(str::to_owned).collect(),
            MARKDOWN_USAGE,
        ),
        MODEL_SLOW => Script::Stream {
            reasoning: SCRIPT_REASONING.iter().map(|s| (*s).to_owned()).collect(),
            text: slow_deltas(),
            usage: SLOW_USAGE,
            delay: SLOW_DELTA_INTERVAL,
            cut: false,
        },
        MODEL_DROP => Script::Stream {
            reasoning: Vec::new(),
            text: DROP_SENT_DELTAS.iter().map(|s| (*s).to_owned()).collect(),
            usage: (8, 3),
            delay: Duration::from_millis(50),
            cut: true,
        },
        MODEL_OVERBILL => stream(
            vec![
                "Billed ".into(),
                "far above ".into(),
                "the estimate.".into(),
            ],
            OVERBILL_USAGE,
        ),
        MODEL_ECHO_KEY_ANSWER => {
            let text = format!("You sent: {credential}. Keep it safe.");
            let chars: Vec<char> = text.chars().collect();
            stream(
                chars.chunks(3).map(|c| c.iter().collect()).collect(),
                (10, 20),
            )
        }
        MODEL_ECHO_KEY => Script::Error {
            status: 400,
            message: format!("Request rejected; you sent {credential}"),
            kind: ErrorKind::Invalid,
        },
        MODEL_RATE_LIMIT => Script::Error {
            status: 429,
            message: "Rate limit reached for requests".into(),
            kind: ErrorKind::RateLimit,
        },
        MODEL_OVERLOADED => Script::Error {
            status: 529,
            message: "Overloaded".into(),
            kind: ErrorKind::Overloaded,
        },
        MODEL_SERVER_ERROR => Script::Error {
            status: 500,
            message: "Internal server error".into(),
            kind: ErrorKind::Server,
        },
        MODEL_CONTEXT => Script::Error {
            status: 400,
            message: "prompt is too long: 300000 tokens > 200000 maximum".into(),
            kind: ErrorKind::Context,
        },
        MODEL_HANG => Script::Hang,
        _ => return None,
    })
}

/// The reply for `model` in `protocol`; `credential` is what the request authenticated
/// with (echoed by the echo scenarios).
pub fn reply(protocol: Protocol, model: &str, credential: &str) -> Reply {
    let Some(script) = script(model, credential) else {
        return recording(protocol);
    };
    match script {
        Script::Hang => Reply::sse(Vec::new()).hang(),
        Script::Error {
            status,
            message,
            kind,
        } => error(protocol, status, &message, kind),
        Script::Stream {
            reasoning,
            text,
            usage,
            delay,
            cut,
        } => {
            let (body, splits, cut_at) = render(protocol, model, &reasoning, &text, usage);
            let mut r = Reply::stream(content_type(protocol), body).split_at(splits);
            if !delay.is_zero() {
                r = r.delay(delay);
            }
            if cut {
                r = r.drop_after(cut_at);
            }
            r
        }
    }
}

fn content_type(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::Anthropic | Protocol::Gemini => wire::SSE,
        Protocol::Ollama => wire::NDJSON,
        Protocol::Bedrock => wire::EVENT_STREAM,
    }
}

fn recording(protocol: Protocol) -> Reply {
    let body = match protocol {
        Protocol::Anthropic => wire::anthropic_thinking(),
        Protocol::Gemini => wire::gemini_thinking(false),
        Protocol::Ollama => wire::ollama_chat(),
        Protocol::Bedrock => wire::bedrock_thinking_raw().to_vec(),
    };
    Reply::stream(content_type(protocol), body)
}

/// The body, the offsets between its events (one write each) and where the text ends
/// (before the end marker).
fn render(
    protocol: Protocol,
    model: &str,
    reasoning: &[String],
    text: &[String],
    (input, output): (u32, u32),
) -> (Vec<u8>, Vec<usize>, usize) {
    let mut events: Vec<Vec<u8>> = Vec::new();
    let sse = |event: &str, data: serde_json::Value| {
        format!("event: {event}\ndata: {data}\n\n").into_bytes()
    };
    let data = |v: serde_json::Value| format!("data: {v}\n\n").into_bytes();
    let line = |v: serde_json::Value| format!("{v}\n").into_bytes();
    let frame = |event: &str, payload: serde_json::Value| {
        wire::bedrock_message(
            &[
                (":event-type", event),
                (":content-type", "application/json"),
                (":message-type", "event"),
            ],
            payload.to_string().as_bytes(),
        )
    };
    match protocol {
        Protocol::Anthropic => {
            events.push(sse(
                "message_start",
                json!({"type": "message_start", "message": {
                "id": "msg_sbfake", "type": "message", "role": "assistant", "content": [],
                "model": model, "stop_reason": null,
                "usage": {"input_tokens": input, "output_tokens": 1}}}),
            ));
            if !reasoning.is_empty() {
                events.push(sse("content_block_start", json!({"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": ""}})));
                for r in reasoning {
                    events.push(sse("content_block_delta", json!({"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": r}})));
                }
                events.push(sse(
                    "content_block_stop",
                    json!({"type": "content_block_stop", "index": 0}),
                ));
            }
            events.push(sse("content_block_start", json!({"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}})));
            for t in text {
                events.push(sse("content_block_delta", json!({"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": t}})));
            }
        }
        Protocol::Gemini => {
            for r in reasoning {
                events.push(data(json!({"candidates": [{"content": {"parts": [{"text": r, "thought": true}], "role": "model"}, "index": 0}], "modelVersion": model})));
            }
            for t in text {
                events.push(data(json!({"candidates": [{"content": {"parts": [{"text": t}], "role": "model"}, "index": 0}], "modelVersion": model})));
            }
        }
        Protocol::Ollama => {
            for r in reasoning {
                events.push(line(json!({"model": model, "message": {"role": "assistant", "content": "", "thinking": r}, "done": false})));
            }
            for t in text {
                events.push(line(json!({"model": model, "message": {"role": "assistant", "content": t}, "done": false})));
            }
        }
        Protocol::Bedrock => {
            events.push(frame("messageStart", json!({"role": "assistant"})));
            for r in reasoning {
                events.push(frame(
                    "contentBlockDelta",
                    json!({"contentBlockIndex": 0, "delta": {"reasoningContent": {"text": r}}}),
                ));
            }
            for t in text {
                events.push(frame(
                    "contentBlockDelta",
                    json!({"contentBlockIndex": 1, "delta": {"text": t}}),
                ));
            }
        }
    }
    let cut_at: usize = events.iter().map(Vec::len).sum();
    match protocol {
        Protocol::Anthropic => {
            events.push(sse("content_block_stop", json!({"type": "content_block_stop", "index": 1})));
            events.push(sse("message_delta", json!({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": output}})));
            events.push(sse("message_stop", json!({"type": "message_stop"})));
        }
        Protocol::Gemini => events.push(data(json!({"candidates": [{"content": {"parts": [{"text": ""}], "role": "model"}, "finishReason": "STOP", "index": 0}],
            "usageMetadata": {"promptTokenCount": input, "candidatesTokenCount": output, "totalTokenCount": input + output}, "modelVersion": model}))),
        Protocol::Ollama => events.push(line(json!({"model": model, "message": {"role": "assistant", "content": ""}, "done": true, "done_reason": "stop", "prompt_eval_count": input, "eval_count": output}))),
        Protocol::Bedrock => {
            events.push(frame("messageStop", json!({"stopReason": "end_turn"})));
            events.push(frame("metadata", json!({"usage": {"inputTokens": input, "outputTokens": output, "totalTokens": input + output}, "metrics": {"latencyMs": 1}})));
        }
    }
    let mut body = Vec::new();
    let mut splits = Vec::new();
    for e in events {
        body.extend(e);
        splits.push(body.len());
    }
    (body, splits, cut_at)
}

fn error(protocol: Protocol, status: u16, message: &str, kind: ErrorKind) -> Reply {
    let mut reply = match protocol {
        Protocol::Anthropic => {
            let ty = match kind {
                ErrorKind::RateLimit => "rate_limit_error",
                ErrorKind::Overloaded => "overloaded_error",
                ErrorKind::Server => "api_error",
                ErrorKind::Context | ErrorKind::Invalid => "invalid_request_error",
            };
            Reply::error(
                status,
                json!({"type": "error", "error": {"type": ty, "message": message}}).to_string(),
            )
        }
        Protocol::Gemini => {
            let (code, name) = match kind {
                ErrorKind::RateLimit => (429, "RESOURCE_EXHAUSTED"),
                ErrorKind::Overloaded => (503, "UNAVAILABLE"),
                ErrorKind::Server => (500, "INTERNAL"),
                ErrorKind::Context | ErrorKind::Invalid => (400, "INVALID_ARGUMENT"),
            };
            let message = match kind {
                ErrorKind::Context => "The input token count (300000) exceeds the maximum number of tokens allowed (1048576).".to_owned(),
                _ => message.to_owned(),
            };
            Reply::error(
                code,
                json!({"error": {"code": code, "message": message, "status": name}}).to_string(),
            )
        }
        Protocol::Ollama => Reply::error(status, json!({"error": message}).to_string()),
        Protocol::Bedrock => {
            let (code, name) = match kind {
                ErrorKind::RateLimit => (429, "ThrottlingException"),
                ErrorKind::Overloaded => (503, "ServiceUnavailableException"),
                ErrorKind::Server => (500, "InternalServerException"),
                ErrorKind::Context | ErrorKind::Invalid => (400, "ValidationException"),
            };
            let message = match kind {
                ErrorKind::Context => "Input is too long for requested model.".to_owned(),
                _ => message.to_owned(),
            };
            Reply::error(code, json!({"message": message}).to_string()).header(
                "x-amzn-errortype",
                format!("{name}:http://internal.amazon.com/coral/com.amazon.bedrock/"),
            )
        }
    };
    if matches!(kind, ErrorKind::RateLimit) {
        reply = reply.header("retry-after", RATE_LIMIT_RETRY_AFTER_SECS.to_string());
    }
    reply
}
