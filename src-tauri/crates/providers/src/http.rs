//! The I/O edge: sends an [`HttpRequest`] and turns the streamed response into
//! [`ChatEvent`]s with the protocol's decoder.
//!
//! Invariants: the returned stream owns the response body, so dropping it aborts the
//! request; after the first error or `Finished` the stream ends.

use std::{collections::VecDeque, fmt, pin::Pin, time::Duration};

use bytes::Bytes;
use futures::{Stream, StreamExt};
use sb_core::ProviderKind;

use crate::framing::{FrameError, Framer};
use crate::limits::StreamLimits;
use crate::protocol::{self, ErrorResponse, StreamDecode};
use crate::scrub::display_url;
use crate::{ChatEvent, ProviderError};

/// A header; `sensitive` ones (credentials) are redacted from `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    pub name: String,
    pub value: String,
    pub sensitive: bool,
}

impl Header {
    pub fn plain(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            sensitive: false,
        }
    }

    pub fn sensitive(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            sensitive: true,
        }
    }
}

impl fmt::Debug for Header {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = if self.sensitive {
            "<redacted>"
        } else {
            &self.value
        };
        write!(f, "{}: {}", self.name, value)
    }
}

/// Everything needed to send one provider call, produced by a pure builder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<Header>,
    pub body: Vec<u8>,
}

impl HttpRequest {
    pub fn post(url: String, headers: Vec<Header>, body: Vec<u8>) -> Self {
        HttpRequest {
            method: "POST",
            url,
            headers,
            body,
        }
    }

    pub fn get(url: String, headers: Vec<Header>) -> Self {
        HttpRequest {
            method: "GET",
            url,
            headers,
            body: Vec::new(),
        }
    }

    /// The value of a header (names compare case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str())
    }

    /// The credentials this request carries: each sensitive header's value, and the
    /// credential inside `<scheme> <credential>` (the key of `Bearer <key>`; the scheme
    /// word itself is no secret), to scrub from any text about it.
    pub fn secrets(&self) -> Vec<String> {
        let mut out = Vec::new();
        for h in self.headers.iter().filter(|h| h.sensitive) {
            out.push(h.value.clone());
            if let Some((_scheme, credential)) = h.value.trim().split_once(char::is_whitespace) {
                out.push(credential.trim().to_owned());
            }
        }
        out
    }
}

/// Adds the provider's extra headers (from its settings), never replacing one the
/// protocol set: credentials and content types are not the user's to override.
pub(crate) fn add_extra_headers(req: &mut HttpRequest, settings: &sb_core::ProviderSettings) {
    add_extra_headers_to(&mut req.headers, settings);
}

/// [`add_extra_headers`] on a header list (Bedrock adds them before signing).
pub(crate) fn add_extra_headers_to(
    headers: &mut Vec<Header>,
    settings: &sb_core::ProviderSettings,
) {
    for extra in &settings.headers {
        let name = extra.name.trim().to_ascii_lowercase();
        let valid = reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_ok()
            && reqwest::header::HeaderValue::from_str(&extra.value).is_ok();
        let taken = headers.iter().any(|h| h.name.eq_ignore_ascii_case(&name));
        // Credential-bearing names are the keyring's, never a setting's.
        let credential = crate::scrub::is_credential_header(&name);
        if valid && !taken && !credential {
            headers.push(Header::plain(name, extra.value.clone()));
        }
    }
}

pub type ChatStream = Pin<Box<dyn Stream<Item = Result<ChatEvent, ProviderError>> + Send>>;

/// Sends `req` and, once the provider accepted it, returns the stream of its answer.
/// Errors before the first byte of the body (connection, HTTP status, a web page where
/// the API should be) come back here. Every error's text is scrubbed of the request's
/// credentials, and every buffer and wait is bounded by `limits`.
pub async fn stream_chat(
    client: &reqwest::Client,
    kind: ProviderKind,
    req: HttpRequest,
    limits: StreamLimits,
) -> Result<ChatStream, ProviderError> {
    let Accepted {
        response,
        shown_url,
        secrets,
    } = send(client, kind, req, &limits).await?;
    let scrub =
        |e: ProviderError| e.scrubbed(&secrets.iter().map(String::as_str).collect::<Vec<_>>());
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    // Each API streams in its framing's content type; some servers send none. Anything
    // else is a web page, a plain-text 404 or a JSON body (an error, or an answer not
    // streamed).
    let expected = protocol::framing(kind).content_type();
    if !content_type.is_empty() && !content_type.starts_with(expected) {
        let body = read_bounded(response, limits.max_error_body_bytes, limits.idle_timeout)
            .await
            .map_err(|e| scrub(transport_error(&e, &shown_url)))?;
        return Err(scrub(not_a_stream(kind, &shown_url, &content_type, &body)));
    }
    let body = response.bytes_stream();
    Ok(decode_body(kind, body, shown_url, secrets, limits))
}

/// A request the server accepted (a success status), with what is needed to report on
/// its body: the URL as it may be shown and the credentials to scrub.
pub(crate) struct Accepted {
    pub(crate) response: reqwest::Response,
    pub(crate) shown_url: String,
    pub(crate) secrets: Vec<String>,
}

/// Sends `req`, waiting at most the idle timeout for the response; an error status is
/// read (bounded) and mapped by the protocol's error mapper. Every error is scrubbed of
/// the request's credentials. The one way any provider request goes out.
pub(crate) async fn send(
    client: &reqwest::Client,
    kind: ProviderKind,
    req: HttpRequest,
    limits: &StreamLimits,
) -> Result<Accepted, ProviderError> {
    let secrets = req.secrets();
    let shown_url = display_url(&req.url);
    let method =
        reqwest::Method::from_bytes(req.method.as_bytes()).unwrap_or(reqwest::Method::POST);
    let mut builder = client.request(method, &req.url).body(req.body);
    for h in &req.headers {
        builder = builder.header(h.name.as_str(), &h.value);
    }
    let scrub =
        |e: ProviderError| e.scrubbed(&secrets.iter().map(String::as_str).collect::<Vec<_>>());
    let sent = tokio::time::timeout(limits.idle_timeout, builder.send()).await;
    let response = match sent {
        Err(_) => {
            return Err(ProviderError::Timeout {
                message: format!(
                    "{shown_url} sent no response in {} s",
                    limits.idle_timeout.as_secs()
                ),
            })
        }
        Ok(r) => r.map_err(|e| scrub(transport_error(&e, &shown_url)))?,
    };
    let status = response.status();
    if !status.is_success() {
        let retry_after = retry_after(response.headers());
        let aws_error_type = response
            .headers()
            .get("x-amzn-errortype")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = read_bounded(response, limits.max_error_body_bytes, limits.idle_timeout)
            .await
            .map_err(|e| scrub(transport_error(&e, &shown_url)))?;
        return Err(scrub(protocol::error_from_response(
            kind,
            &ErrorResponse {
                status: status.as_u16(),
                retry_after,
                aws_error_type: aws_error_type.as_deref(),
                body: &body,
            },
        )));
    }
    Ok(Accepted {
        response,
        shown_url,
        secrets,
    })
}

/// What a success status with a body that is not an event stream means: the server's own
/// error when it sent one in the protocol's error shape, else a base URL that does not
/// point at the API.
fn not_a_stream(kind: ProviderKind, url: &str, content_type: &str, body: &[u8]) -> ProviderError {
    if let Some(e) = protocol::in_band_error(kind, body) {
        return e;
    }
    let what = if content_type.starts_with("text/html") {
        "a web page (text/html)".to_owned()
    } else {
        let mime = content_type
            .split(';')
            .next()
            .unwrap_or(content_type)
            .trim();
        format!("{mime}, not {}", protocol::framing(kind).name())
    };
    ProviderError::NotAnApi {
        message: format!(
            "{url} answered with {what}: the base URL does not look like the API. Check it \
             in the provider's settings (for {} it is usually {}).",
            kind.label(),
            protocol::example_base_url(kind)
        ),
    }
}

/// Reads at most `limit` bytes of a response body within `total` time; the rest is never
/// read (dropping the response closes the connection), so a body sent a byte at a time
/// cannot hold the turn longer than `total`.
pub(crate) async fn read_bounded(
    mut response: reqwest::Response,
    limit: usize,
    total: Duration,
) -> Result<Vec<u8>, reqwest::Error> {
    let deadline = tokio::time::Instant::now() + total;
    let mut body = Vec::new();
    while body.len() < limit {
        match tokio::time::timeout_at(deadline, response.chunk()).await {
            Ok(Ok(Some(chunk))) => {
                let room = limit - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(Ok(None)) | Err(_) => break,
            Ok(Err(e)) => return Err(e),
        }
    }
    Ok(body)
}

struct DecodeState<S> {
    body: S,
    url: String,
    secrets: Vec<String>,
    limits: StreamLimits,
    framer: Framer,
    decoder: Box<dyn StreamDecode>,
    pending: VecDeque<Result<ChatEvent, ProviderError>>,
    /// When the turn gives up on a silent server; moved on by every piece of content.
    deadline: tokio::time::Instant,
    answer_bytes: usize,
    ended: bool,
}

fn decode_body<S>(
    kind: ProviderKind,
    body: S,
    url: String,
    secrets: Vec<String>,
    limits: StreamLimits,
) -> ChatStream
where
    S: Stream<Item = reqwest::Result<Bytes>> + Send + Unpin + 'static,
{
    let state = DecodeState {
        body,
        url,
        secrets,
        limits,
        framer: Framer::new(protocol::framing(kind), &limits),
        decoder: protocol::decoder(kind),
        pending: VecDeque::new(),
        deadline: tokio::time::Instant::now() + limits.idle_timeout,
        answer_bytes: 0,
        ended: false,
    };
    Box::pin(futures::stream::unfold(state, |mut st| async move {
        loop {
            if let Some(item) = st.pending.pop_front() {
                let item = match item {
                    Ok(event) => Ok(st.clean(event)),
                    Err(e) => {
                        st.pending.clear();
                        st.ended = true;
                        let secrets: Vec<&str> = st.secrets.iter().map(String::as_str).collect();
                        Err(e.scrubbed(&secrets))
                    }
                };
                return Some((item, st));
            }
            if st.ended {
                return None;
            }
            match tokio::time::timeout_at(st.deadline, st.body.next()).await {
                Ok(Some(Ok(bytes))) => st.absorb(Some(&bytes)),
                Ok(Some(Err(e))) => {
                    st.pending.push_back(Err(body_error(&e, &st.url)));
                }
                Ok(None) => st.absorb(None),
                Err(_) => st.pending.push_back(Err(ProviderError::Timeout {
                    message: format!(
                        "{} sent no new content for {} s (keep-alives do not count); the \
                         answer so far is kept",
                        st.url,
                        st.limits.idle_timeout.as_secs()
                    ),
                })),
            }
        }
    }))
}

/// Longest model name or stop reason kept from a provider; real ones are under 80 chars.
const MAX_LABEL_CHARS: usize = 120;

impl<S> DecodeState<S> {
    /// A provider's label (model name, stop reason) as it may be stored and shown: no
    /// credential, bounded length.
    fn label(&self, text: &str) -> String {
        let secrets: Vec<&str> = self.secrets.iter().map(String::as_str).collect();
        crate::scrub::scrub(text, &secrets)
            .chars()
            .take(MAX_LABEL_CHARS)
            .collect()
    }

    /// Scrubs the labels of an event (answer text is scrubbed by the engine, which can
    /// see a key split across deltas).
    fn clean(&self, event: ChatEvent) -> ChatEvent {
        match event {
            ChatEvent::Model(m) => ChatEvent::Model(self.label(&m)),
            ChatEvent::Finished { stop } => ChatEvent::Finished {
                stop: stop.map(|s| sb_core::StopReason::new(s.kind, self.label(&s.raw))),
            },
            other => other,
        }
    }

    /// Feeds bytes (or the end of input, with `None`) through the framer and the
    /// protocol decoder, queueing what comes out.
    fn absorb(&mut self, bytes: Option<&[u8]>) {
        let mut frames = Vec::new();
        let framed = match bytes {
            Some(b) => self.framer.feed_into(b, &mut frames),
            None => self.framer.finish(&mut frames),
        };
        let mut content = false;
        for frame in frames {
            if self.decoder.is_done() {
                break;
            }
            match self.decoder.on_frame(frame) {
                Ok(out) => {
                    if !self.queue(out, &mut content) {
                        return;
                    }
                }
                // The byte stream ended inside an event: the connection was cut, not
                // the provider's JSON malformed.
                Err(ProviderError::Decode { .. }) if bytes.is_none() => {
                    self.pending.push_back(Err(cut_stream(&self.url)));
                    return;
                }
                Err(e) => {
                    self.pending.push_back(Err(e));
                    return;
                }
            }
        }
        if content {
            self.deadline = tokio::time::Instant::now() + self.limits.idle_timeout;
        }
        if let Err(e) = framed {
            if !self.decoder.is_done() {
                self.pending.push_back(Err(match e {
                    FrameError::Corrupt(m) => ProviderError::Decode { message: m },
                    FrameError::TooLarge(m) => ProviderError::TooLarge {
                        message: format!("{m}; the answer so far is kept"),
                    },
                    FrameError::Cut => cut_stream(&self.url),
                }));
                return;
            }
        }
        if self.decoder.is_done() {
            self.ended = true;
        } else if bytes.is_none() {
            self.ended = true;
            match self.decoder.finish() {
                Ok(out) => {
                    let mut ignored = false;
                    self.queue(out, &mut ignored);
                }
                Err(_) => self.pending.push_back(Err(cut_stream(&self.url))),
            }
        }
    }

    /// Queues a decoder's events, enforcing the answer limit (text and reasoning
    /// together). Returns false when the limit ended the stream.
    fn queue(&mut self, events: Vec<ChatEvent>, content: &mut bool) -> bool {
        for ev in events {
            if let ChatEvent::TextDelta(t) | ChatEvent::ReasoningDelta(t) = &ev {
                self.answer_bytes += t.len();
                if self.answer_bytes > self.limits.max_answer_bytes {
                    self.pending.push_back(Err(ProviderError::TooLarge {
                        message: format!(
                            "the answer passed {} MiB, far beyond any output limit; it was \
                             cut there",
                            self.limits.max_answer_bytes / (1024 * 1024)
                        ),
                    }));
                    return false;
                }
            }
            // Usage and model names can repeat forever; only text and the end marker
            // are progress.
            *content |= matches!(
                ev,
                ChatEvent::TextDelta(_) | ChatEvent::ReasoningDelta(_) | ChatEvent::Finished { .. }
            );
            self.pending.push_back(Ok(ev));
        }
        true
    }
}

fn cut_stream(url: &str) -> ProviderError {
    ProviderError::Network {
        message: format!(
            "the connection to {url} closed before the answer was complete (dropped \
             connection; the answer so far is kept)"
        ),
    }
}

pub(crate) fn transport_error(e: &reqwest::Error, url: &str) -> ProviderError {
    if e.is_timeout() {
        return ProviderError::Timeout {
            message: format!("no response from {url}"),
        };
    }
    let message = if e.is_connect() {
        format!("could not connect to {url} ({})", root_cause(e))
    } else {
        format!("request to {url} failed ({})", root_cause(e))
    };
    ProviderError::Network { message }
}

fn body_error(e: &reqwest::Error, url: &str) -> ProviderError {
    if e.is_timeout() {
        return ProviderError::Timeout {
            message: format!("{url} stopped sending mid-answer"),
        };
    }
    ProviderError::Network {
        message: format!(
            "the connection to {url} dropped mid-answer ({})",
            root_cause(e)
        ),
    }
}

/// reqwest's top-level message is generic ("error sending request"); the innermost
/// source says what actually happened ("Connection refused").
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// Longest wait a server may announce; anything above (or not a number: `inf`, `NaN`)
/// is ignored rather than trusted.
pub(crate) const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let seconds = |s: f64| {
        Duration::try_from_secs_f64(s)
            .ok()
            .filter(|d| *d <= MAX_RETRY_AFTER)
    };
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.trim().parse::<f64>().ok()) {
        return seconds(ms / 1000.0);
    }
    // The HTTP-date form would need the current time; seconds is what providers send.
    text("retry-after")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .and_then(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_retry_after_values_are_ignored_not_trusted() {
        let wait = |name: &'static str, value: &'static str| {
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(name, reqwest::header::HeaderValue::from_static(value));
            retry_after(&headers)
        };
        assert_eq!(wait("retry-after", "7"), Some(Duration::from_secs(7)));
        assert_eq!(
            wait("retry-after-ms", "1500"),
            Some(Duration::from_millis(1500))
        );
        for bad in ["inf", "-inf", "NaN", "-3", "1e300", "99999999"] {
            assert_eq!(wait("retry-after", bad), None, "retry-after: {bad}");
            assert_eq!(wait("retry-after-ms", bad), None, "retry-after-ms: {bad}");
        }
    }

    #[test]
    fn the_scheme_word_is_not_a_secret_but_the_credential_is() {
        let req = HttpRequest {
            method: "POST",
            url: "http://x".into(),
            headers: vec![Header::sensitive("authorization", "Bearer sk-abc123456789")],
            body: Vec::new(),
        };
        assert_eq!(req.secrets(), ["Bearer sk-abc123456789", "sk-abc123456789"]);
    }
}
