//! Azure OpenAI: Chat Completions on a deployment,
//! `POST {base}/openai/deployments/{deployment}/chat/completions?api-version=V` with the
//! key in `api-key`. The deployment is the model name the user gives; the stream,
//! usage and errors are OpenAI's, so decoding is [`crate::openai`]'s.

use crate::openai::wire_request;
use crate::presets::quirks;
use crate::protocol::{join, require_key, Target};
use crate::{ChatRequest, Header, HttpRequest, ProviderError};

/// The api-version used when the provider's settings name none: the newest GA version
/// at the time of writing.
pub const DEFAULT_API_VERSION: &str = "2024-10-21";

pub fn build_request(target: &Target<'_>, req: &ChatRequest) -> Result<HttpRequest, ProviderError> {
    let key = require_key(target)?;
    let deployment = req.model.trim();
    if deployment.is_empty() {
        return Err(ProviderError::Config {
            message: "Azure needs the deployment name as the model".to_owned(),
        });
    }
    let version = target
        .settings
        .api_version
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or(DEFAULT_API_VERSION);
    let path = format!(
        "openai/deployments/{}/chat/completions?api-version={}",
        crate::bedrock::encode_path_segment(deployment),
        crate::bedrock::encode_path_segment(version)
    );
    // The deployment decides the model; the body names none.
    let body = wire_request(req, "", &quirks(None));
    Ok(HttpRequest::post(
        join(target.base_url, &path),
        vec![
            Header::plain("content-type", "application/json"),
            Header::plain("accept", "text/event-stream"),
            Header::sensitive("api-key", key.expose()),
        ],
        serde_json::to_vec(&body).unwrap_or_default(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ChatMessage, Credentials};
    use sb_core::{ProviderKind, ProviderSettings, Role};
    use sb_keys::Secret;

    #[test]
    fn the_deployment_and_version_shape_the_url_and_the_key_goes_in_api_key() {
        let creds = Credentials::ApiKey(Secret::new("azure-key-0123456789".into()).unwrap());
        let settings = ProviderSettings {
            api_version: Some("2025-01-01-preview".into()),
            ..Default::default()
        };
        let target = Target {
            kind: ProviderKind::Azure,
            base_url: "https://res.openai.azure.com/",
            settings: &settings,
            credentials: &creds,
        };
        let req = ChatRequest {
            model: "my gpt".into(),
            messages: vec![ChatMessage::text(Role::User, "Hi")],
            max_output_tokens: Some(5),
        };
        let http = build_request(&target, &req).unwrap();
        assert_eq!(
            http.url,
            "https://res.openai.azure.com/openai/deployments/my%20gpt/chat/completions?api-version=2025-01-01-preview"
        );
        assert_eq!(http.header("api-key"), Some("azure-key-0123456789"));
        assert_eq!(http.header("authorization"), None);
        let body: serde_json::Value = serde_json::from_slice(&http.body).unwrap();
        assert!(
            body.get("model").is_none(),
            "the deployment names the model"
        );
        assert_eq!(body["max_completion_tokens"], 5);
    }
}
