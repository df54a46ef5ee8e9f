//! The I/O edge: sends an [`HttpRequest`] and turns the streamed response into
//! [`ChatEvent`]s with the protocol's decoder.
//!
//! Invariants: the returned stream owns the response body, so dropping it aborts the
//! request; after the first error or `Finished` the stream ends.

use std::{collections::VecDeque, fmt, pin::Pin, time::Duration};

use bytes::Bytes;
use futures::{Stream, StreamExt};
use sb_core::ProviderKind;

use crate::{openai, sse::SseDecoder, ChatEvent, ProviderError};

/// A header; `sensitive` ones (credentials) are redacted from `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Header {
    pub name: &'static str,
    pub value: String,
    pub sensitive: bool,
}

impl Header {
    pub fn plain(name: &'static str, value: impl Into<String>) -> Self {
        Self {
            name,
            value: value.into(),
            sensitive: false,
        }
    }

    pub fn sensitive(name: &'static str, value: impl Into<String>) -> Self {
        Self {
            name,
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
    pub url: String,
    pub headers: Vec<Header>,
    pub body: Vec<u8>,
}

pub type ChatStream = Pin<Box<dyn Stream<Item = Result<ChatEvent, ProviderError>> + Send>>;

/// Sends `req` and, once the provider accepted it, returns the stream of its answer.
/// Errors before the first byte of the body (connection, HTTP status) come back here.
pub async fn stream_chat(
    client: &reqwest::Client,
    kind: ProviderKind,
    req: HttpRequest,
) -> Result<ChatStream, ProviderError> {
    let mut builder = client.post(&req.url).body(req.body);
    for h in &req.headers {
        builder = builder.header(h.name, &h.value);
    }
    let response = builder
        .send()
        .await
        .map_err(|e| transport_error(&e, &req.url))?;
    let status = response.status();
    if !status.is_success() {
        let retry_after = retry_after(response.headers());
        let body = response
            .bytes()
            .await
            .map_err(|e| transport_error(&e, &req.url))?;
        return Err(match kind {
            ProviderKind::Openai => {
                openai::error_from_response(status.as_u16(), retry_after, &body)
            }
        });
    }
    let body = response.bytes_stream();
    Ok(decode_body(kind, body, req.url))
}

struct DecodeState<S> {
    body: S,
    url: String,
    sse: SseDecoder,
    decoder: openai::StreamDecoder,
    pending: VecDeque<Result<ChatEvent, ProviderError>>,
    ended: bool,
}

fn decode_body<S>(kind: ProviderKind, body: S, url: String) -> ChatStream
where
    S: Stream<Item = reqwest::Result<Bytes>> + Send + Unpin + 'static,
{
    let decoder = match kind {
        ProviderKind::Openai => openai::StreamDecoder::new(),
    };
    let state = DecodeState {
        body,
        url,
        sse: SseDecoder::new(),
        decoder,
        pending: VecDeque::new(),
        ended: false,
    };
    Box::pin(futures::stream::unfold(state, |mut st| async move {
        loop {
            if let Some(item) = st.pending.pop_front() {
                if item.is_err() {
                    st.pending.clear();
                    st.ended = true;
                }
                return Some((item, st));
            }
            if st.ended {
                return None;
            }
            match st.body.next().await {
                Some(Ok(bytes)) => st.absorb(Some(&bytes)),
                Some(Err(e)) => {
                    st.pending.push_back(Err(body_error(&e, &st.url)));
                }
                None => st.absorb(None),
            }
        }
    }))
}

impl<S> DecodeState<S> {
    /// Feeds bytes (or the end of input, with `None`) through SSE framing and the
    /// protocol decoder, queueing what comes out.
    fn absorb(&mut self, bytes: Option<&[u8]>) {
        let framed = match bytes {
            Some(b) => self.sse.feed(b),
            None => self.sse.finish().map(|e| e.into_iter().collect()),
        };
        let events = match framed {
            Ok(events) => events,
            Err(e) => {
                self.pending.push_back(Err(ProviderError::Decode {
                    message: e.to_string(),
                }));
                return;
            }
        };
        for event in &events {
            match self.decoder.on_event(event) {
                Ok(out) => self.pending.extend(out.into_iter().map(Ok)),
                Err(e) => {
                    self.pending.push_back(Err(e));
                    return;
                }
            }
        }
        if self.decoder.is_done() {
            self.ended = true;
        } else if bytes.is_none() {
            self.ended = true;
            if let Err(e) = self.decoder.finish() {
                self.pending.push_back(Err(e));
            }
        }
    }
}

fn transport_error(e: &reqwest::Error, url: &str) -> ProviderError {
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

fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(ms) = text("retry-after-ms").and_then(|v| v.trim().parse::<f64>().ok()) {
        return Some(Duration::from_secs_f64(ms.max(0.0) / 1000.0));
    }
    // The HTTP-date form would need the current time; seconds is what providers send.
    text("retry-after")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|s| Duration::from_secs_f64(s.max(0.0)))
}
