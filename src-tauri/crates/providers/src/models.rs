//! Model listing, wherever the API offers it: OpenAI and compatibles (`GET /models`),
//! Anthropic (`GET /v1/models`), Gemini (`GET /v1beta/models`) and Ollama
//! (`GET /api/tags`). Azure lists deployments only through its management API and
//! Bedrock its models only through the control-plane API, neither of which a runtime
//! credential reaches, so those two have no listing.
//!
//! For those two, [`probe`] checks the credentials without spending anything: it sends
//! a chat request with no messages, which the API refuses as invalid only after it has
//! accepted the credentials and found the deployment or model.
//!
//! Invariants: the request builder is pure; the reply is read up to
//! [`MAX_LIST_BYTES`] within the idle timeout; every error is scrubbed of the
//! credentials like a chat turn's.

use sb_core::ProviderKind;
use serde::Deserialize;

use crate::http::{read_bounded, transport_error};
use crate::protocol::{self, join, require_key, Target};
use crate::{Header, HttpRequest, ProviderError, StreamLimits};

/// Largest model list read: 4 MiB (OpenRouter's, the longest, is about 400 KiB).
pub const MAX_LIST_BYTES: usize = 4 * 1024 * 1024;

/// The request that lists a provider's models, or `None` when its API has no listing
/// a runtime credential may call.
pub fn list_request(target: &Target<'_>) -> Result<Option<HttpRequest>, ProviderError> {
    let mut headers = vec![Header::plain("accept", "application/json")];
    let url = match target.kind {
        ProviderKind::Openai => {
            if let Some(key) = target.credentials.api_key() {
                headers.push(Header::sensitive(
                    "authorization",
                    format!("Bearer {}", key.expose()),
                ));
            }
            join(target.base_url, "models")
        }
        ProviderKind::Anthropic => {
            let key = require_key(target)?;
            headers.push(Header::plain(
                "anthropic-version",
                crate::anthropic::API_VERSION,
            ));
            headers.push(Header::sensitive("x-api-key", key.expose()));
            let base = target.base_url.trim_end_matches('/');
            join(
                base.strip_suffix("/v1").unwrap_or(base),
                "v1/models?limit=1000",
            )
        }
        ProviderKind::Gemini => {
            let key = require_key(target)?;
            headers.push(Header::sensitive("x-goog-api-key", key.expose()));
            let base = target.base_url.trim_end_matches('/');
            join(
                base.strip_suffix("/v1beta").unwrap_or(base),
                "v1beta/models?pageSize=1000",
            )
        }
        ProviderKind::Ollama => {
            if let Some(key) = target.credentials.api_key() {
                headers.push(Header::sensitive(
                    "authorization",
                    format!("Bearer {}", key.expose()),
                ));
            }
            join(target.base_url, "api/tags")
        }
        ProviderKind::Azure | ProviderKind::Bedrock => return Ok(None),
    };
    let mut req = HttpRequest::get(url, headers);
    crate::http::add_extra_headers(&mut req, target.settings);
    Ok(Some(req))
}

#[derive(Deserialize)]
struct DataList {
    data: Vec<IdEntry>,
}

#[derive(Deserialize)]
struct IdEntry {
    id: String,
}

#[derive(Deserialize)]
struct GeminiList {
    #[serde(default)]
    models: Vec<GeminiModel>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GeminiModel {
    name: String,
    #[serde(default)]
    supported_generation_methods: Vec<String>,
}

#[derive(Deserialize)]
struct OllamaTags {
    #[serde(default)]
    models: Vec<OllamaModel>,
}

#[derive(Deserialize)]
struct OllamaModel {
    name: String,
}

/// The model ids in a listing reply, sorted and without duplicates. Gemini's are only
/// the models that can chat (`generateContent`), without the `models/` prefix.
pub fn parse_models(kind: ProviderKind, body: &[u8]) -> Result<Vec<String>, ProviderError> {
    let bad = |e: serde_json::Error| ProviderError::Decode {
        message: format!("the model list is not in the API's shape ({e})"),
    };
    let mut ids: Vec<String> = match kind {
        ProviderKind::Openai | ProviderKind::Anthropic => {
            let list: DataList = serde_json::from_slice(body).map_err(bad)?;
            list.data.into_iter().map(|m| m.id).collect()
        }
        ProviderKind::Gemini => {
            let list: GeminiList = serde_json::from_slice(body).map_err(bad)?;
            list.models
                .into_iter()
                .filter(|m| {
                    m.supported_generation_methods.is_empty()
                        || m.supported_generation_methods
                            .iter()
                            .any(|g| g == "generateContent")
                })
                .map(|m| m.name.strip_prefix("models/").unwrap_or(&m.name).to_owned())
                .collect()
        }
        ProviderKind::Ollama => {
            let list: OllamaTags = serde_json::from_slice(body).map_err(bad)?;
            list.models.into_iter().map(|m| m.name).collect()
        }
        ProviderKind::Azure | ProviderKind::Bedrock => Vec::new(),
    };
    // A hostile list cannot make the UI render millions of rows or giant names.
    ids.retain(|id| !id.trim().is_empty() && id.len() <= 200);
    ids.sort();
    ids.dedup();
    ids.truncate(5_000);
    Ok(ids)
}

/// Lists the provider's models (`Ok(None)` when its API has no listing).
pub async fn fetch_models(
    client: &reqwest::Client,
    target: &Target<'_>,
    limits: StreamLimits,
) -> Result<Option<Vec<String>>, ProviderError> {
    let Some(req) = list_request(target)? else {
        return Ok(None);
    };
    let crate::http::Accepted {
        response,
        shown_url,
        secrets,
    } = crate::http::send(client, target.kind, req, &limits).await?;
    let scrub =
        |e: ProviderError| e.scrubbed(&secrets.iter().map(String::as_str).collect::<Vec<_>>());
    let body = read_bounded(response, MAX_LIST_BYTES, limits.idle_timeout)
        .await
        .map_err(|e| scrub(transport_error(&e, &shown_url)))?;
    parse_models(target.kind, &body).map(Some).map_err(|e| {
        scrub(match e {
            ProviderError::Decode { .. } => ProviderError::NotAnApi {
                message: format!(
                    "{shown_url} did not answer with a model list: the base URL does not look \
                     like the API (for {} it is usually {}).",
                    target.kind.label(),
                    protocol::example_base_url(target.kind)
                ),
            },
            other => other,
        })
    })
}

/// Checks that the credentials and the model are accepted, with a request the API
/// refuses before running any model (no messages): a 400 that does not name the model
/// means both passed. Costs nothing.
pub async fn probe(
    client: &reqwest::Client,
    target: &Target<'_>,
    model: &str,
    limits: StreamLimits,
) -> Result<(), ProviderError> {
    let empty = crate::ChatRequest {
        model: model.to_owned(),
        messages: Vec::new(),
        max_output_tokens: Some(1),
    };
    let now = std::time::SystemTime::now();
    let req = protocol::build_request(target, &empty, now)?;
    match crate::stream_chat(client, target.kind, req, limits).await {
        // A server that answers an empty conversation at all accepted the credentials.
        Ok(_) => Ok(()),
        Err(ProviderError::BadRequest { message, .. })
            if !message.to_ascii_lowercase().contains("model")
                && !message.to_ascii_lowercase().contains("deployment") =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listing_shape_reads_to_sorted_ids() {
        let openai = br#"{"object":"list","data":[{"id":"gpt-4.1","object":"model"},{"id":"gpt-4.1-mini"},{"id":"gpt-4.1"}]}"#;
        assert_eq!(
            parse_models(ProviderKind::Openai, openai).unwrap(),
            ["gpt-4.1", "gpt-4.1-mini"]
        );
        let anthropic = br#"{"data":[{"type":"model","id":"claude-sonnet-4-5","display_name":"Claude Sonnet 4.5"}],"has_more":false}"#;
        assert_eq!(
            parse_models(ProviderKind::Anthropic, anthropic).unwrap(),
            ["claude-sonnet-4-5"]
        );
        let gemini = br#"{"models":[{"name":"models/gemini-2.5-flash","supportedGenerationMethods":["generateContent","countTokens"]},{"name":"models/text-embedding-004","supportedGenerationMethods":["embedContent"]}]}"#;
        assert_eq!(
            parse_models(ProviderKind::Gemini, gemini).unwrap(),
            ["gemini-2.5-flash"]
        );
        let ollama = br#"{"models":[{"name":"llama3.2:latest","model":"llama3.2:latest","size":2019393189}]}"#;
        assert_eq!(
            parse_models(ProviderKind::Ollama, ollama).unwrap(),
            ["llama3.2:latest"]
        );
        assert_eq!(
            parse_models(ProviderKind::Openai, b"<html>")
                .unwrap_err()
                .code(),
            "decode"
        );
    }
}
