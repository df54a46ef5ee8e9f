//! The scenario router: one fake endpoint of every provider kind whose behaviour is chosen
//! by the model name.
//!
//! Used by Rust tests, CLI tests and the `sb-fake-provider` binary (WebDriver e2e). Routing:
//! every path but Ollama's is authenticated first (the expected key as `Authorization:
//! Bearer`, `x-api-key`, `x-goog-api-key` or `api-key`, or any SigV4 signature; else 401
//! `invalid_api_key`), then
//! - `GET /updates…` (no key needed): update servers, see [`update_server`];
//! - `GET /v1/models` (OpenAI, Anthropic), `GET /v1beta/models` (Gemini), `GET /api/tags`
//!   (Ollama): a model list naming every scenario model;
//! - `POST …/chat/completions` (OpenAI, Azure's deployment path): by the body's
//!   `"model"` (Azure: the deployment), see the `MODEL_*` constants; an unknown model gets
//!   the `sb-text` recording;
//! - `POST /v1/messages` (Anthropic), `POST /v1beta/models/{m}:streamGenerateContent`
//!   (Gemini), `POST /api/chat` (Ollama), `POST /model/{m}/converse-stream` (Bedrock):
//!   the same scenarios in that protocol (see [`crate::protocols`]);
//! - anything else: 404 in OpenAI's "Invalid URL" shape.
//!
//! Synthetic streams ([`synth_stream`]) copy the recorded chunk shape (role chunk, content
//! deltas, a `finish_reason: "stop"` chunk, a usage chunk with `choices: []`, `[DONE]`) and use
//! fixed ids and timestamps so every run is byte-identical.

use std::time::Duration;

use serde_json::json;

use crate::fixtures;
use crate::protocols::{self, Protocol};
use crate::reply::Reply;
use crate::request::RecordedRequest;

/// Replays the recorded gpt-4.1-nano stream ([`fixtures::openai_text_sse`]) as recorded.
pub const MODEL_TEXT: &str = "sb-text";
/// Streams [`MARKDOWN_TEXT`] in small deltas; usage [`MARKDOWN_USAGE`].
pub const MODEL_MARKDOWN: &str = "sb-markdown";
/// Streams [`SLOW_DELTA_COUNT`] deltas, one every [`SLOW_DELTA_INTERVAL`] (for stop tests).
pub const MODEL_SLOW: &str = "sb-slow";
/// Streams [`DROP_SENT_DELTAS`], then closes the socket mid-body: no `[DONE]`, no final chunk.
pub const MODEL_DROP: &str = "sb-drop";
/// Streams [`MALFORMED_GOOD_DELTAS`], then `data: {not json`, then `[DONE]`.
pub const MODEL_MALFORMED: &str = "sb-malformed";
/// 429 with `retry-after: 30` ([`RATE_LIMIT_RETRY_AFTER_SECS`]) and a `rate_limit_exceeded` body.
pub const MODEL_RATE_LIMIT: &str = "sb-ratelimit";
/// 503 with an overloaded `server_error` body.
pub const MODEL_OVERLOADED: &str = "sb-overloaded";
/// 500 with a `server_error` body.
pub const MODEL_SERVER_ERROR: &str = "sb-server-error";
/// 400 with code `context_length_exceeded`.
pub const MODEL_CONTEXT: &str = "sb-context";
/// Reads the request and never answers.
pub const MODEL_HANG: &str = "sb-hang";
/// A short answer whose reported usage ([`OVERBILL_USAGE`]) is far above any reservation
/// for it: a provider that bills more prompt tokens than were counted.
pub const MODEL_OVERBILL: &str = "sb-overbill";
/// 400 whose error message quotes the request's `Authorization` header back.
pub const MODEL_ECHO_KEY: &str = "sb-echo-key";
/// An answer that quotes the request's `Authorization` header, in 3-character deltas so
/// the key is split across many of them.
pub const MODEL_ECHO_KEY_ANSWER: &str = "sb-echo-key-answer";

/// Fails every other request with 503 (the first, third, …) and streams `sb-markdown`'s
/// answer otherwise: a server that recovers when asked again.
pub const MODEL_FLAKY: &str = "sb-flaky";

/// `(input_tokens, output_tokens)` reported by `sb-overbill`.
pub const OVERBILL_USAGE: (u32, u32) = (400_000, 150);

/// Every scenario model, as listed by `GET /v1/models`.
pub const SCENARIO_MODELS: [&str; 14] = [
    MODEL_FLAKY,
    MODEL_TEXT,
    MODEL_MARKDOWN,
    MODEL_SLOW,
    MODEL_DROP,
    MODEL_MALFORMED,
    MODEL_RATE_LIMIT,
    MODEL_OVERLOADED,
    MODEL_SERVER_ERROR,
    MODEL_CONTEXT,
    MODEL_HANG,
    MODEL_OVERBILL,
    MODEL_ECHO_KEY,
    MODEL_ECHO_KEY_ANSWER,
];

/// Text streamed by `sb-markdown`: ordinary Markdown plus hostile HTML/links that a renderer
/// must neutralise (none of it may set `window.__pwned`).
pub const MARKDOWN_TEXT: &str = "# Switchboard test reply

Here is what the renderer must handle:

- a plain list item
- an item with **bold** and `inline code`
- a [safe link](https://example.com)

```rust
fn main() {
    println!(\"hello from sb-markdown\");
}
```

Hostile content follows; it must show up inert.

<script>window.__pwned=1</script>

<img src=x onerror=\"window.__pwned=1\">

[click](javascript:window.__pwned=1)

End of reply.
";

/// `(input_tokens, output_tokens)` reported by `sb-markdown`.
pub const MARKDOWN_USAGE: (u32, u32) = (24, 96);
/// Longest `sb-markdown` delta, in characters; small so hostile tags span several deltas.
const MARKDOWN_DELTA_CHARS: usize = 6;

/// Number of content deltas streamed by `sb-slow`.
pub const SLOW_DELTA_COUNT: usize = 400;
/// Pause between `sb-slow` events.
pub const SLOW_DELTA_INTERVAL: Duration = Duration::from_millis(60);
/// `(input_tokens, output_tokens)` reported by `sb-slow` if it is allowed to finish.
pub const SLOW_USAGE: (u32, u32) = (12, 2000);

/// Deltas `sb-drop` sends before the connection is dropped.
pub const DROP_SENT_DELTAS: [&str; 3] = ["This reply ", "is cut ", "off mid-stream"];
/// Pause between `sb-drop` events, so a UI shows the partial text before the drop.
const DROP_DELTA_INTERVAL: Duration = Duration::from_millis(50);

/// Well-formed deltas `sb-malformed` sends before the malformed event.
pub const MALFORMED_GOOD_DELTAS: [&str; 3] = ["Good ", "so far", ", then"];
/// The malformed event `sb-malformed` sends after its good deltas.
pub const MALFORMED_EVENT: &str = "data: {not json\n\n";

/// `retry-after` seconds sent by `sb-ratelimit`.
pub const RATE_LIMIT_RETRY_AFTER_SECS: u32 = 30;

/// Fixed id and creation time of synthetic chunks: deterministic output, no clock reads.
const SYNTH_ID: &str = "chatcmpl-sbfake0000000000000000000000";
const SYNTH_CREATED: i64 = 1_770_000_000;
const MODEL_OWNER: &str = "switchboard-fake";

/// The `sb-slow` deltas, `"Slow delta N of 400. "` for N in 1..=400.
pub fn slow_deltas() -> Vec<String> {
    (1..=SLOW_DELTA_COUNT)
        .map(|n| format!("Slow delta {n} of {SLOW_DELTA_COUNT}. "))
        .collect()
}

/// `MARKDOWN_TEXT` cut into the deltas `sb-markdown` streams (at most
/// `MARKDOWN_DELTA_CHARS` characters each, always on character boundaries).
pub fn markdown_deltas() -> Vec<&'static str> {
    let mut deltas = Vec::new();
    let mut rest = MARKDOWN_TEXT;
    while !rest.is_empty() {
        let end = rest
            .char_indices()
            .nth(MARKDOWN_DELTA_CHARS)
            .map_or(rest.len(), |(index, _)| index);
        let (head, tail) = rest.split_at(end);
        deltas.push(head);
        rest = tail;
    }
    deltas
}

/// A complete, well-formed Chat Completions SSE body for `model`: role chunk, one chunk per
/// delta, a `finish_reason: "stop"` chunk, a usage chunk (`usage` is `(prompt, completion)`
/// tokens) with `choices: []`, then `data: [DONE]`.
pub fn synth_stream<S: AsRef<str>>(model: &str, deltas: &[S], usage: (u32, u32)) -> Vec<u8> {
    let mut body = synth_content(model, deltas);
    body.extend_from_slice(&synth_tail(model, usage));
    body
}

/// Role chunk plus one chunk per delta.
fn synth_content<S: AsRef<str>>(model: &str, deltas: &[S]) -> Vec<u8> {
    let mut body = event(&chunk(
        model,
        json!([{
            "index": 0,
            "delta": {"role": "assistant", "content": "", "refusal": null},
            "logprobs": null,
            "finish_reason": null,
        }]),
        None,
    ));
    for delta in deltas {
        body.extend_from_slice(&event(&chunk(
            model,
            json!([{
                "index": 0,
                "delta": {"content": delta.as_ref()},
                "logprobs": null,
                "finish_reason": null,
            }]),
            None,
        )));
    }
    body
}

/// Finish chunk, usage chunk and `[DONE]`.
fn synth_tail(model: &str, (prompt, completion): (u32, u32)) -> Vec<u8> {
    let mut body = event(&chunk(
        model,
        json!([{"index": 0, "delta": {}, "logprobs": null, "finish_reason": "stop"}]),
        None,
    ));
    let usage = json!({
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": u64::from(prompt) + u64::from(completion),
    });
    body.extend_from_slice(&event(&chunk(model, json!([]), Some(usage))));
    body.extend_from_slice(b"data: [DONE]\n\n");
    body
}

fn chunk(model: &str, choices: serde_json::Value, usage: Option<serde_json::Value>) -> String {
    json!({
        "id": SYNTH_ID,
        "object": "chat.completion.chunk",
        "created": SYNTH_CREATED,
        "model": model,
        "choices": choices,
        "usage": usage,
    })
    .to_string()
}

fn event(payload: &str) -> Vec<u8> {
    format!("data: {payload}\n\n").into_bytes()
}

/// Pre-built replies, cloned per request (the slow stream alone is ~100 KiB of JSON).
struct Scenarios {
    text: Reply,
    markdown: Reply,
    slow: Reply,
    drop: Reply,
    malformed: Reply,
    overbill: Reply,
    models: Reply,
    flaky_calls: std::sync::atomic::AtomicUsize,
}

impl Scenarios {
    fn build() -> Self {
        let drop_body = synth_stream(MODEL_DROP, &DROP_SENT_DELTAS, (8, 3));
        let drop_at = synth_content(MODEL_DROP, &DROP_SENT_DELTAS).len();
        let mut malformed_body = synth_content(MODEL_MALFORMED, &MALFORMED_GOOD_DELTAS);
        malformed_body.extend_from_slice(MALFORMED_EVENT.as_bytes());
        malformed_body.extend_from_slice(b"data: [DONE]\n\n");
        let models = json!({
            "object": "list",
            "data": SCENARIO_MODELS.iter().map(|id| json!({
                "id": id,
                "object": "model",
                "created": SYNTH_CREATED,
                "owned_by": MODEL_OWNER,
            })).collect::<Vec<_>>(),
        });
        Self {
            text: Reply::sse(fixtures::openai_text_sse()).split_at_events(),
            markdown: Reply::sse(synth_stream(
                MODEL_MARKDOWN,
                &markdown_deltas(),
                MARKDOWN_USAGE,
            ))
            .split_at_events(),
            slow: Reply::sse(synth_stream(MODEL_SLOW, &slow_deltas(), SLOW_USAGE))
                .split_at_events()
                .delay(SLOW_DELTA_INTERVAL),
            drop: Reply::sse(drop_body)
                .split_at_events()
                .delay(DROP_DELTA_INTERVAL)
                .drop_after(drop_at),
            malformed: Reply::sse(malformed_body).split_at_events(),
            overbill: Reply::sse(synth_stream(
                MODEL_OVERBILL,
                &["Billed ", "far above ", "the estimate."],
                OVERBILL_USAGE,
            ))
            .split_at_events(),
            models: Reply::json(200, models.to_string()),
            flaky_calls: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    fn chat(&self, model: &str, authorization: &str) -> Reply {
        match model {
            MODEL_OVERBILL => self.overbill.clone(),
            MODEL_ECHO_KEY_ANSWER => {
                let text = format!("You sent: {authorization}. Keep it safe.");
                let chars: Vec<char> = text.chars().collect();
                let deltas: Vec<String> = chars.chunks(3).map(|c| c.iter().collect()).collect();
                Reply::sse(synth_stream(MODEL_ECHO_KEY_ANSWER, &deltas, (10, 20))).split_at_events()
            }
            MODEL_ECHO_KEY => Reply::error(
                400,
                json!({"error": {
                    "message": format!("Request rejected; you sent authorization: {authorization}"),
                    "type": "invalid_request_error", "param": null, "code": null
                }})
                .to_string(),
            ),
            MODEL_FLAKY => {
                let n = self
                    .flaky_calls
                    .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if n.is_multiple_of(2) {
                    Reply::error(503, fixtures::error_overloaded())
                } else {
                    self.markdown.clone()
                }
            }
            MODEL_MARKDOWN => self.markdown.clone(),
            MODEL_SLOW => self.slow.clone(),
            MODEL_DROP => self.drop.clone(),
            MODEL_MALFORMED => self.malformed.clone(),
            MODEL_RATE_LIMIT => Reply::error(429, fixtures::error_rate_limit())
                .header("retry-after", RATE_LIMIT_RETRY_AFTER_SECS.to_string()),
            MODEL_OVERLOADED => Reply::error(503, fixtures::error_overloaded()),
            MODEL_SERVER_ERROR => Reply::error(500, fixtures::error_server()),
            MODEL_CONTEXT => Reply::error(400, fixtures::error_context_length()),
            MODEL_HANG => Reply::sse(Vec::new()).hang(),
            _ => self.text.clone(),
        }
    }
}

/// The version the misbehaving update servers offer.
pub const OFFERED_UPDATE: &str = "99.0.0";

/// Update servers, by the first path segment:
/// - `/updates/…`: 204 No Content (nothing newer);
/// - `/updates-tampered/…`: offers [`OFFERED_UPDATE`] for every desktop platform, with a
///   signature that does not match the package it serves (`…/package`);
/// - `/updates-otherkey/…`: the same, with the signed package signed by another key;
/// - `/updates-noplatform/…`: offers it for a platform that does not exist;
/// - `/updates-broken/…`: HTTP 500.
fn update_server(request: &RecordedRequest) -> Reply {
    let path = request.path.split('?').next().unwrap_or_default();
    let segment = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default();
    let host = request.header("host").unwrap_or("127.0.0.1");
    let manifest = |platforms: serde_json::Value| {
        Reply::json(
            200,
            json!({
                "version": OFFERED_UPDATE,
                "notes": "## What's new\n\n- Faster *everything*\n\n<script>window.__pwned=1</script>",
                "pub_date": "2026-12-01T12:00:00Z",
                "platforms": platforms,
            })
            .to_string(),
        )
    };
    match segment {
        "updates-tampered" if path.ends_with("/package") => {
            Reply::json(200, "this is not the package that was signed\n")
        }
        "updates-otherkey" if path.ends_with("/package") => Reply::json(200, SIGNED_BYTES),
        "updates-tampered" | "updates-otherkey" => {
            let signature = if segment == "updates-tampered" {
                TAMPERED_SIGNATURE
            } else {
                STRANGER_SIGNATURE
            };
            let entry = json!({
                "url": format!("http://{host}/{segment}/package"),
                "signature": signature,
            });
            let platforms: serde_json::Map<String, serde_json::Value> = [
                "linux-x86_64",
                "linux-x86_64-deb",
                "linux-x86_64-appimage",
                "darwin-x86_64",
                "darwin-aarch64",
                "windows-x86_64",
            ]
            .iter()
            .map(|k| ((*k).to_owned(), entry.clone()))
            .collect();
            manifest(serde_json::Value::Object(platforms))
        }
        "updates-noplatform" => manifest(json!({
            "plan9-mips": {"url": format!("http://{host}/x"), "signature": TAMPERED_SIGNATURE}
        })),
        "updates-broken" => Reply::error(500, "{\"error\":\"update server down\"}"),
        _ => Reply {
            status: 204,
            headers: Vec::new(),
            body: bytes::Bytes::new(),
            framing: crate::reply::Framing::ContentLength,
            plan: Default::default(),
        },
    }
}

/// The bytes the update signatures below were made over.
pub const SIGNED_BYTES: &str = "the package that was signed\n";
/// An updater signature (base64 of minisign text) over [`SIGNED_BYTES`] made with the
/// development key whose public half is in `tauri.conf.json`: valid, but not for the
/// package `/updates-tampered/` serves (tampered bytes).
pub const TAMPERED_SIGNATURE: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IHNpZ25hdHVyZSBmcm9tIHRhdXJpIHNlY3JldCBrZXkKUlVRamNseFo0WWlwZjBaOEJrcUdvbzFoRThMVXFKWVY1V0tpRmxhVGtlVmFpNUROMzRXbU5KL2ZIRDNndXFGbEh1bHN3YUNYT1lqeTFFTWwvNmh4bzEwS0RDUGVWcitWWUFrPQp0cnVzdGVkIGNvbW1lbnQ6IHRpbWVzdGFtcDoxNzk2MTgzMTMzCWZpbGU6b3RoZXIuYmluCmNJeW9aUGpNLy9FUUh4NWNVelE4WDYycTBLazJMRVNGbE1IWGhOVEtZSnliNG9xN1R2ZXZsVGFGRDFMeWc4SEVaSVRLY2g1U2Fha2MrOFpGdnN4SUNBPT0K";
/// A signature over [`SIGNED_BYTES`], which `/updates-otherkey/` serves, made with a
/// stranger's key: right bytes, wrong key.
pub const STRANGER_SIGNATURE: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IHNpZ25hdHVyZSBmcm9tIHRhdXJpIHNlY3JldCBrZXkKUlVURHVORjBwNDJ5bVRHQmFOd1J4Y0oyK2s0bWdVY2VxaUxNMElITThVVzBselp4Ky9ScENIbDc4ZEZ1Qk1EWFZpTlAvSW4wUERveFMzTkIyRGRoeXE1WXUrL0RrMkxSQ2dFPQp0cnVzdGVkIGNvbW1lbnQ6IHRpbWVzdGFtcDoxNzk2MTgzMTM3CWZpbGU6b3RoZXIyLmJpbgpDWDlkVVpkQTFFU2VlYlFWK0VWbUdMQVpDQ2NORUdUV3kxbUw2U2ZnT25UWTQybjJaVG01d0NQc2w4NTQ4NFZ6dXZlaFdIME9oZlFFNVpsZVNyeW5CZz09Cg==";

/// The key a request presents, in whichever header its protocol uses.
fn presented_credential(request: &RecordedRequest) -> Option<String> {
    request
        .bearer_token()
        .or_else(|| request.header("x-api-key"))
        .or_else(|| request.header("x-goog-api-key"))
        .or_else(|| request.header("api-key"))
        .map(str::to_owned)
}

/// The scenario router (see the module docs). `expected_key` is the only accepted bearer token.
pub fn scenario_responder(
    expected_key: String,
) -> impl Fn(&RecordedRequest) -> Reply + Send + Sync + 'static {
    let scenarios = Scenarios::build();
    move |request| {
        // Update servers for the app's update checks (no key; so these come first).
        if request.method == "GET" && request.path.starts_with("/updates") {
            return update_server(request);
        }
        let path = request.path.split('?').next().unwrap_or_default();
        let ollama = path.starts_with("/api/");
        let presented = presented_credential(request);
        let signed = request
            .header("authorization")
            .is_some_and(|a| a.starts_with("AWS4-HMAC-SHA256 Credential="));
        if !ollama && !signed && presented.as_deref() != Some(expected_key.as_str()) {
            // Like a careless proxy: the 401 quotes the key it got, so tests can show a
            // wrong key never reaches error text, logs or the database.
            let received = request.header("authorization").unwrap_or_default();
            let body = json!({"error": {
                "message": format!("Incorrect API key provided. Received: {received}"),
                "type": "invalid_request_error", "param": null, "code": "invalid_api_key"
            }});
            return Reply::error(401, body.to_string());
        }
        let credential = request
            .header("authorization")
            .map(str::to_owned)
            .or(presented)
            .unwrap_or_default();
        let body_model = || {
            request
                .json()
                .ok()
                .and_then(|b| b["model"].as_str().map(str::to_owned))
                .unwrap_or_else(|| MODEL_TEXT.to_owned())
        };
        match (request.method.as_str(), path) {
            ("GET", "/v1/models") => scenarios.models.clone(),
            ("GET", "/v1beta/models") => Reply::json(
                200,
                json!({"models": SCENARIO_MODELS.iter().map(|m| json!({
                    "name": format!("models/{m}"),
                    "supportedGenerationMethods": ["generateContent", "countTokens"],
                })).collect::<Vec<_>>()})
                .to_string(),
            ),
            ("GET", "/api/tags") => Reply::json(
                200,
                json!({"models": SCENARIO_MODELS.iter().map(|m| json!({"name": m, "model": m}))
                    .collect::<Vec<_>>()})
                .to_string(),
            ),
            ("POST", p) if p.ends_with("/chat/completions") => match request.json() {
                Ok(body) => {
                    // Azure names the model (its deployment) in the path only.
                    let model = body["model"].as_str().map(str::to_owned).or_else(|| {
                        p.strip_prefix("/openai/deployments/")
                            .and_then(|rest| rest.split('/').next())
                            .map(str::to_owned)
                    });
                    scenarios.chat(model.as_deref().unwrap_or(MODEL_TEXT), &credential)
                }
                Err(_) => Reply::error(400, fixtures::error_invalid_json()),
            },
            ("POST", "/v1/messages") => {
                protocols::reply(Protocol::Anthropic, &body_model(), &credential)
            }
            ("POST", "/api/chat") => protocols::reply(Protocol::Ollama, &body_model(), &credential),
            ("POST", p)
                if p.starts_with("/v1beta/models/") && p.ends_with(":streamGenerateContent") =>
            {
                let model = p
                    .trim_start_matches("/v1beta/models/")
                    .trim_end_matches(":streamGenerateContent");
                protocols::reply(Protocol::Gemini, model, &credential)
            }
            ("POST", p) if p.starts_with("/model/") && p.ends_with("/converse-stream") => {
                let model = p
                    .trim_start_matches("/model/")
                    .trim_end_matches("/converse-stream")
                    .replace("%3A", ":");
                protocols::reply(Protocol::Bedrock, &model, &credential)
            }
            (method, _) => Reply::error(
                404,
                json!({
                    "error": {
                        "message": format!("Invalid URL ({method} {path})"),
                        "type": "invalid_request_error",
                        "param": null,
                        "code": null,
                    }
                })
                .to_string(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::decode_chat_sse;

    #[test]
    fn synth_stream_decodes_to_its_deltas_and_usage() {
        let body = synth_stream("m", &["Hel", "lo"], (3, 2));
        let decoded = decode_chat_sse(&body).unwrap();
        assert_eq!(decoded.text, "Hello", "deltas concatenate");
        assert_eq!(
            decoded.usage,
            Some((3, 2)),
            "usage chunk carries the given usage"
        );
        assert_eq!(
            decoded.finish_reason.as_deref(),
            Some("stop"),
            "finishes with stop"
        );
        assert!(decoded.saw_done, "ends with [DONE]");
        assert_eq!(decoded.events, 5, "role + 2 deltas + finish + usage");
    }

    #[test]
    fn markdown_deltas_rebuild_the_text_in_small_pieces() {
        let deltas = markdown_deltas();
        assert_eq!(deltas.concat(), MARKDOWN_TEXT, "no text is lost or added");
        assert!(deltas.len() > 50, "many small deltas: {}", deltas.len());
        assert!(
            !deltas.iter().any(|delta| delta.contains("<script>")),
            "the script tag is split across deltas, so the renderer sees it only once reassembled"
        );
        for needle in [
            "<script>",
            "onerror=",
            "javascript:",
            "```rust",
            "https://example.com",
        ] {
            assert!(
                MARKDOWN_TEXT.contains(needle),
                "markdown exercises {needle}"
            );
        }
    }

    #[test]
    fn slow_stream_has_the_promised_shape() {
        let deltas = slow_deltas();
        assert_eq!(deltas.len(), SLOW_DELTA_COUNT, "delta count");
        let decoded = decode_chat_sse(&synth_stream(MODEL_SLOW, &deltas, SLOW_USAGE)).unwrap();
        assert_eq!(decoded.text, deltas.concat(), "slow text is the deltas");
    }
}
