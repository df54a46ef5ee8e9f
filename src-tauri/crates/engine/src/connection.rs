//! What Settings → Providers asks of a provider before the user chats: its models
//! (listed by the API where it can, merged with the catalogue's prices) and whether it
//! answers at all ("Test connection"), each said in a sentence a person can act on.
//!
//! Invariant: nothing here spends money. Listing is free; where an API has no listing
//! (Azure, Bedrock) the probe is a request the API refuses before running a model.

use sb_core::catalogue::ModelRef;
use sb_core::{Provider, ProviderId};
use sb_providers::{models, Credentials, Target};
use serde::Serialize;
use ts_rs::TS;

use crate::route::vendor_of;
use crate::{http, stream_limits, Engine, EngineError};

/// One model a provider offers, as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ListedModel {
    pub id: String,
    /// The catalogue knows its price (so the router can use it and budgets can bound
    /// it); an unpriced model can still be chosen, and given a price in Settings.
    pub priced: bool,
}

/// A provider's models: the API's list where it has one, else the catalogue's models of
/// the provider's vendor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ModelListing {
    pub models: Vec<ListedModel>,
    /// Whether the list came from the provider's API (false: from the catalogue).
    pub from_api: bool,
}

/// An Ollama found running on this computer, offered in Settings → Providers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DetectedOllama {
    pub base_url: String,
    pub models: Vec<String>,
    /// A saved provider already points at it.
    pub added: bool,
}

/// The outcome of "Test connection".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ConnectionTest {
    pub ok: bool,
    /// What worked or failed, in one sentence.
    pub message: String,
    /// The error's code when it failed (`auth`, `network`, `not_an_api`, …).
    pub code: Option<String>,
    pub models: Vec<ListedModel>,
}

impl Engine {
    async fn credentials_for(&self, provider: &Provider) -> Result<Credentials, EngineError> {
        if provider.has_key {
            self.load_credentials(provider).await
        } else {
            Ok(Credentials::None)
        }
    }

    /// The provider's models, priced from the catalogue.
    pub async fn list_models(&self, id: ProviderId) -> Result<ModelListing, EngineError> {
        let provider = self.db(move |s| s.get_provider(id)).await?;
        let credentials = self.credentials_for(&provider).await?;
        let target = Target {
            kind: provider.kind,
            base_url: &provider.base_url,
            settings: &provider.settings,
            credentials: &credentials,
        };
        let listed = models::fetch_models(http(self), &target, stream_limits(self)).await?;
        Ok(self.merge_with_catalogue(&provider, listed))
    }

    fn merge_with_catalogue(
        &self,
        provider: &Provider,
        listed: Option<Vec<String>>,
    ) -> ModelListing {
        let catalogue = self.catalogue();
        let vendor = vendor_of(&catalogue, provider).map(|v| v.id.clone());
        let priced = |id: &str| {
            vendor
                .as_deref()
                .is_some_and(|v| catalogue.model(&ModelRef::new(v, id)).is_some())
        };
        match listed {
            Some(ids) => ModelListing {
                models: ids
                    .into_iter()
                    .map(|id| ListedModel {
                        priced: priced(&id),
                        id,
                    })
                    .collect(),
                from_api: true,
            },
            None => ModelListing {
                models: catalogue
                    .models
                    .iter()
                    .filter(|m| Some(&m.vendor) == vendor.as_ref())
                    .map(|m| ListedModel {
                        id: m.id.clone(),
                        priced: true,
                    })
                    .collect(),
                from_api: false,
            },
        }
    }

    /// Lists the models, or (where the API cannot list) probes with the default model;
    /// never spends.
    pub async fn test_connection(&self, id: ProviderId) -> Result<ConnectionTest, EngineError> {
        let provider = self.db(move |s| s.get_provider(id)).await?;
        let credentials = match self.credentials_for(&provider).await {
            Ok(c) => c,
            Err(e) => return Ok(failed(&e.to_string(), e.code())),
        };
        let target = Target {
            kind: provider.kind,
            base_url: &provider.base_url,
            settings: &provider.settings,
            credentials: &credentials,
        };
        let limits = stream_limits(self);
        match models::fetch_models(http(self), &target, limits).await {
            Ok(Some(ids)) => {
                let listing = self.merge_with_catalogue(&provider, Some(ids));
                let n = listing.models.len();
                let has_default = listing
                    .models
                    .iter()
                    .any(|m| m.id == provider.default_model);
                let mut message = format!(
                    "Connected to {}: {n} model{} available.",
                    provider.name,
                    if n == 1 { "" } else { "s" }
                );
                if !has_default && n > 0 {
                    message.push_str(&format!(
                        " The default model “{}” is not among them.",
                        provider.default_model
                    ));
                }
                Ok(ConnectionTest {
                    ok: true,
                    message,
                    code: None,
                    models: listing.models,
                })
            }
            Ok(None) => {
                match models::probe(http(self), &target, &provider.default_model, limits).await {
                    Ok(()) => Ok(ConnectionTest {
                        ok: true,
                        message: format!(
                            "Connected to {}: the credentials and “{}” are accepted.",
                            provider.name, provider.default_model
                        ),
                        code: None,
                        models: self.merge_with_catalogue(&provider, None).models,
                    }),
                    Err(e) => Ok(failed(&e.to_string(), e.code())),
                }
            }
            Err(e) => Ok(failed(&e.to_string(), e.code())),
        }
    }
}

impl Engine {
    /// Looks for an Ollama at its usual address (`ollama_url` in the config, default
    /// `http://localhost:11434`) and lists its models; `None` when nothing answers there
    /// within two seconds, or something other than Ollama does.
    pub async fn detect_ollama(&self) -> Option<DetectedOllama> {
        let base_url = crate::ollama_url(self).to_owned();
        let settings = sb_core::ProviderSettings::default();
        let credentials = Credentials::None;
        let target = Target {
            kind: sb_core::ProviderKind::Ollama,
            base_url: &base_url,
            settings: &settings,
            credentials: &credentials,
        };
        let limits = sb_providers::StreamLimits {
            idle_timeout: std::time::Duration::from_secs(2),
            ..stream_limits(self)
        };
        let models = models::fetch_models(http(self), &target, limits)
            .await
            .ok()
            .flatten()?;
        let added = self
            .list_providers()
            .await
            .map(|list| {
                list.iter().any(|p| {
                    p.kind == sb_core::ProviderKind::Ollama
                        && same_local_host(&p.base_url, &base_url)
                })
            })
            .unwrap_or(false);
        Some(DetectedOllama {
            base_url,
            models,
            added,
        })
    }
}

/// `localhost` and `127.0.0.1` are the same server to the user.
fn same_local_host(a: &str, b: &str) -> bool {
    let norm = |u: &str| {
        u.trim_end_matches('/')
            .replace("://127.0.0.1", "://localhost")
            .to_ascii_lowercase()
    };
    norm(a) == norm(b)
}

fn failed(message: &str, code: &str) -> ConnectionTest {
    ConnectionTest {
        ok: false,
        message: message.to_owned(),
        code: Some(code.to_owned()),
        models: Vec::new(),
    }
}
