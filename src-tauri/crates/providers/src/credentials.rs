//! The credentials a provider kind takes, kept in one keyring entry per provider.
//!
//! Most kinds take an API key, stored as is. Bedrock takes either a Bedrock API key
//! (sent as a bearer token) or AWS access keys, which are stored as one JSON object
//! (`{"aws_access_key_id", "aws_secret_access_key", "aws_session_token"}`) so a provider
//! still has exactly one entry. Invariant: every part that is secret is listed by
//! [`Credentials::secrets`], so it can be scrubbed from whatever a server sends back.

use sb_core::ProviderKind;
use sb_keys::Secret;
use serde::{Deserialize, Serialize};

use crate::ProviderError;

/// AWS access keys (long-term, or temporary with a session token).
#[derive(Debug)]
pub struct AwsCredentials {
    pub access_key_id: String,
    pub secret_access_key: Secret,
    pub session_token: Option<Secret>,
}

#[derive(Debug)]
pub enum Credentials {
    /// A keyless server (a local Ollama).
    None,
    ApiKey(Secret),
    Aws(AwsCredentials),
}

#[derive(Serialize, Deserialize)]
struct AwsEntry {
    aws_access_key_id: String,
    aws_secret_access_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    aws_session_token: Option<String>,
}

impl Credentials {
    /// Reads a stored keyring entry as the credentials `kind` takes.
    pub fn from_entry(kind: ProviderKind, entry: Option<Secret>) -> Result<Self, ProviderError> {
        let Some(entry) = entry else {
            return Ok(Credentials::None);
        };
        if kind == ProviderKind::Bedrock && entry.expose().trim_start().starts_with('{') {
            let parsed: AwsEntry =
                serde_json::from_str(entry.expose()).map_err(|_| ProviderError::Config {
                    message: "the stored AWS credentials are unreadable; enter them again"
                        .to_owned(),
                })?;
            return Credentials::aws(
                parsed.aws_access_key_id,
                parsed.aws_secret_access_key,
                parsed.aws_session_token,
            );
        }
        Ok(Credentials::ApiKey(entry))
    }

    /// AWS access keys; an empty session token counts as none.
    pub fn aws(
        access_key_id: String,
        secret_access_key: String,
        session_token: Option<String>,
    ) -> Result<Self, ProviderError> {
        let bad = |what: &str| ProviderError::Config {
            message: format!("the AWS {what} is empty or not a single line"),
        };
        let access_key_id = access_key_id.trim().to_owned();
        if access_key_id.is_empty() || access_key_id.contains(char::is_whitespace) {
            return Err(bad("access key id"));
        }
        let secret_access_key =
            Secret::new(secret_access_key).map_err(|_| bad("secret access key"))?;
        let session_token = match session_token.filter(|t| !t.trim().is_empty()) {
            Some(t) => Some(Secret::new(t).map_err(|_| bad("session token"))?),
            None => None,
        };
        Ok(Credentials::Aws(AwsCredentials {
            access_key_id,
            secret_access_key,
            session_token,
        }))
    }

    /// The one keyring entry these credentials are stored as (`None` for no key).
    pub fn to_entry(&self) -> Result<Option<Secret>, ProviderError> {
        let entry = match self {
            Credentials::None => return Ok(None),
            Credentials::ApiKey(key) => key.expose().to_owned(),
            Credentials::Aws(aws) => serde_json::to_string(&AwsEntry {
                aws_access_key_id: aws.access_key_id.clone(),
                aws_secret_access_key: aws.secret_access_key.expose().to_owned(),
                aws_session_token: aws.session_token.as_ref().map(|t| t.expose().to_owned()),
            })
            .map_err(|e| ProviderError::Config {
                message: format!("the AWS credentials could not be stored ({e})"),
            })?,
        };
        Secret::new(entry)
            .map(Some)
            .map_err(|e| ProviderError::Config {
                message: e.to_string(),
            })
    }

    /// Every secret string in these credentials (the access key id too: it names the
    /// account), to scrub from error text and answers.
    pub fn secrets(&self) -> Vec<&str> {
        match self {
            Credentials::None => Vec::new(),
            Credentials::ApiKey(key) => vec![key.expose()],
            Credentials::Aws(aws) => {
                let mut out = vec![aws.access_key_id.as_str(), aws.secret_access_key.expose()];
                out.extend(aws.session_token.as_ref().map(Secret::expose));
                out
            }
        }
    }

    /// The API key, for kinds that send one.
    pub(crate) fn api_key(&self) -> Option<&Secret> {
        match self {
            Credentials::ApiKey(key) => Some(key),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_keys_round_trip_through_one_entry() {
        let creds = Credentials::aws(
            "AKIDEXAMPLE".into(),
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            Some("token-123456789".into()),
        )
        .unwrap();
        let entry = creds.to_entry().unwrap().unwrap();
        let back = Credentials::from_entry(ProviderKind::Bedrock, Some(entry)).unwrap();
        assert_eq!(
            back.secrets(),
            [
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                "token-123456789"
            ]
        );
        let debug = format!("{back:?}");
        assert!(!debug.contains("wJalr"), "Debug hides the secret: {debug}");
    }

    #[test]
    fn a_plain_bedrock_entry_is_an_api_key_and_other_kinds_never_parse_json() {
        let key = Secret::new("bedrock-api-key-0123456789".into()).unwrap();
        assert!(matches!(
            Credentials::from_entry(ProviderKind::Bedrock, Some(key)).unwrap(),
            Credentials::ApiKey(_)
        ));
        let json = Secret::new(r#"{"x":1}"#.into()).unwrap();
        assert!(matches!(
            Credentials::from_entry(ProviderKind::Openai, Some(json)).unwrap(),
            Credentials::ApiKey(_)
        ));
        let broken = Secret::new(r#"{"aws_access_key_id":1}"#.into()).unwrap();
        let err = Credentials::from_entry(ProviderKind::Bedrock, Some(broken)).unwrap_err();
        assert_eq!(err.code(), "config");
    }
}
