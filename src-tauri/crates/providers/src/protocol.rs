//! The protocol seam: the one place that dispatches on [`ProviderKind`]. Everything
//! protocol-specific (how a request is built, which framing its stream uses, how frames
//! decode, how an error body reads) is reached from here, so adding a protocol means a
//! module plus one arm in each function below.

use std::time::{Duration, SystemTime};

use sb_core::{ProviderKind, ProviderSettings};

use crate::framing::{Frame, Framing};
use crate::{
    anthropic, azure, bedrock, gemini, ollama, openai, ChatEvent, ChatRequest, Credentials,
    HttpRequest, ProviderError,
};

/// Where and as whom a request goes.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub kind: ProviderKind,
    /// The API root as the vendor's SDK takes it (see the README's provider table).
    pub base_url: &'a str,
    pub settings: &'a ProviderSettings,
    pub credentials: &'a Credentials,
}

/// Builds the HTTP request for a streamed chat turn. Pure but for the signing time
/// (`now`), which only Bedrock's SigV4 reads.
pub fn build_request(
    target: &Target<'_>,
    req: &ChatRequest,
    now: SystemTime,
) -> Result<HttpRequest, ProviderError> {
    let mut http = match target.kind {
        ProviderKind::Openai => openai::build_request(target, req)?,
        ProviderKind::Azure => azure::build_request(target, req)?,
        ProviderKind::Anthropic => anthropic::build_request(target, req)?,
        ProviderKind::Gemini => gemini::build_request(target, req)?,
        ProviderKind::Ollama => ollama::build_request(target, req)?,
        // Signed last: the signature covers every header and byte sent.
        ProviderKind::Bedrock => return bedrock::build_request(target, req, now),
    };
    crate::http::add_extra_headers(&mut http, target.settings);
    Ok(http)
}

/// The framing a kind's answer stream arrives in.
pub fn framing(kind: ProviderKind) -> Framing {
    match kind {
        ProviderKind::Openai
        | ProviderKind::Azure
        | ProviderKind::Anthropic
        | ProviderKind::Gemini => Framing::Sse,
        ProviderKind::Ollama => Framing::Ndjson,
        ProviderKind::Bedrock => Framing::EventStream,
    }
}

/// A protocol's stream decoder: frames in, neutral events out.
pub trait StreamDecode: Send {
    fn on_frame(&mut self, frame: Frame) -> Result<Vec<ChatEvent>, ProviderError>;
    /// True once the protocol's end marker arrived; later frames are not read.
    fn is_done(&self) -> bool;
    /// At the end of the bytes: the last events of a protocol whose end is the end of
    /// the body (Gemini), or an error when the answer was cut short.
    fn finish(&mut self) -> Result<Vec<ChatEvent>, ProviderError>;
}

pub fn decoder(kind: ProviderKind) -> Box<dyn StreamDecode> {
    match kind {
        ProviderKind::Openai | ProviderKind::Azure => Box::new(openai::StreamDecoder::new()),
        ProviderKind::Anthropic => Box::new(anthropic::StreamDecoder::default()),
        ProviderKind::Gemini => Box::new(gemini::StreamDecoder::default()),
        ProviderKind::Ollama => Box::new(ollama::StreamDecoder::default()),
        ProviderKind::Bedrock => Box::new(bedrock::StreamDecoder::default()),
    }
}

/// A decoder's `finish` error: the body ended before the protocol's `marker` (the stream
/// layer reports it as a dropped connection naming the URL).
pub(crate) fn cut_short(marker: &str) -> ProviderError {
    ProviderError::Network {
        message: format!("the connection closed before the answer was complete ({marker})"),
    }
}

/// What an HTTP error response said, for the protocol's error mapper.
#[derive(Debug, Clone, Copy)]
pub struct ErrorResponse<'a> {
    pub status: u16,
    pub retry_after: Option<Duration>,
    /// AWS's `x-amzn-errortype` header (Bedrock names its exception there).
    pub aws_error_type: Option<&'a str>,
    pub body: &'a [u8],
}

/// Maps an HTTP error response to a typed error, with the provider's own words.
pub fn error_from_response(kind: ProviderKind, response: &ErrorResponse<'_>) -> ProviderError {
    match kind {
        ProviderKind::Openai | ProviderKind::Azure => openai::error_from_response(response),
        ProviderKind::Anthropic => anthropic::error_from_response(response),
        ProviderKind::Gemini => gemini::error_from_response(response),
        ProviderKind::Ollama => ollama::error_from_response(response),
        ProviderKind::Bedrock => bedrock::error_from_response(response),
    }
}

/// The provider's own error, when a body sent with a success status is one.
pub fn in_band_error(kind: ProviderKind, body: &[u8]) -> Option<ProviderError> {
    let as_error = ErrorResponse {
        status: 400,
        retry_after: None,
        aws_error_type: None,
        body,
    };
    let parsed = match kind {
        ProviderKind::Openai | ProviderKind::Azure => openai::parse_error(body),
        ProviderKind::Anthropic => anthropic::parse_error(body),
        ProviderKind::Gemini => gemini::parse_error(body),
        ProviderKind::Ollama => ollama::parse_error(body),
        ProviderKind::Bedrock => bedrock::parse_error(body),
    };
    parsed.map(|_| error_from_response(kind, &as_error))
}

/// What a user should type as the base URL of each kind, for error messages.
pub fn example_base_url(kind: ProviderKind) -> &'static str {
    match kind {
        ProviderKind::Openai => "https://api.openai.com/v1",
        ProviderKind::Azure => "https://RESOURCE.openai.azure.com",
        ProviderKind::Anthropic => "https://api.anthropic.com",
        ProviderKind::Gemini => "https://generativelanguage.googleapis.com",
        ProviderKind::Ollama => "http://localhost:11434",
        ProviderKind::Bedrock => "https://bedrock-runtime.us-east-1.amazonaws.com",
    }
}

/// Joins a base URL and a path with exactly one slash between them.
pub(crate) fn join(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// The API key a kind needs, or a clear error when none is stored.
pub(crate) fn require_key<'a>(target: &Target<'a>) -> Result<&'a sb_keys::Secret, ProviderError> {
    target
        .credentials
        .api_key()
        .ok_or_else(|| ProviderError::Config {
            message: format!(
                "no API key is stored for this {} provider; add it in Settings → Providers",
                target.kind.as_str()
            ),
        })
}
