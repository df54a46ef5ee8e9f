//! The model catalogue (what each model costs, holds and is good at) and the route
//! table (which models to try, in order, for each task).
//!
//! Shipped defaults are compiled in from `data/catalogue.json`, generated from
//! LiteLLM's MIT-licensed price table by `tools/catalogue/build.py` (see
//! `data/CATALOGUE.md` for source and date). The user's edits are kept apart, as
//! [`CatalogueEdits`], and laid over the defaults on every load, so an app update that
//! ships new defaults never erases them.
//!
//! Invariants: model references are `vendor/model-id`; every route entry names a model
//! in the catalogue (checked on load and on edit); prices are integers
//! ([`PerMillion`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::classify::Task;
use crate::money::PerMillion;

/// `vendor/model-id`, e.g. `openai/gpt-4.1-mini`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(transparent)]
pub struct ModelRef(pub String);

impl ModelRef {
    pub fn new(vendor: &str, model: &str) -> Self {
        ModelRef(format!("{vendor}/{model}"))
    }

    pub fn vendor(&self) -> &str {
        self.0.split_once('/').map_or("", |(v, _)| v)
    }

    pub fn model(&self) -> &str {
        self.0.split_once('/').map_or(&self.0, |(_, m)| m)
    }
}

impl std::fmt::Display for ModelRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a vendor's prompts are counted before a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Tokenizer {
    /// OpenAI's BPE (tiktoken); exact for OpenAI models.
    Openai,
    /// Anything else: a characters-per-token estimate calibrated from reported usage.
    Estimate,
}

/// A company or server that hosts models.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Vendor {
    pub id: String,
    pub name: String,
    pub base_url: String,
    /// Hosts that identify this vendor in a provider's base URL.
    pub hosts: Vec<String>,
    pub needs_key: bool,
    pub tokenizer: Tokenizer,
}

/// Dollars per million tokens, as published.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct Price {
    pub input: f64,
    pub output: f64,
    pub cache_read: Option<f64>,
    pub cache_write: Option<f64>,
    /// Only where reasoning tokens bill differently from output.
    pub reasoning: Option<f64>,
}

/// A price in exact integer form, as budgets use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rates {
    pub input: PerMillion,
    pub output: PerMillion,
    pub cache_read: PerMillion,
    pub cache_write: PerMillion,
    pub reasoning: PerMillion,
}

impl Price {
    /// Exact rates; missing cache prices fall back to the input price and a missing
    /// reasoning price to the output price, so nothing is ever billed at zero by
    /// accident. `None` if a price is negative or not a number.
    pub fn rates(&self) -> Option<Rates> {
        let input = PerMillion::from_dollars(self.input)?;
        let output = PerMillion::from_dollars(self.output)?;
        let or = |p: Option<f64>, default: PerMillion| match p {
            Some(d) => PerMillion::from_dollars(d),
            None => Some(default),
        };
        Some(Rates {
            input,
            output,
            cache_read: or(self.cache_read, input)?,
            cache_write: or(self.cache_write, input)?,
            reasoning: or(self.reasoning, output)?,
        })
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Capabilities {
    pub vision: bool,
    pub tools: bool,
    pub reasoning: bool,
}

/// Quality tier per task, 1 (weak) to 5 (frontier): Switchboard's judgement, editable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Quality {
    pub code: u8,
    pub reasoning: u8,
    pub planning: u8,
    pub writing: u8,
    pub summarize: u8,
    pub translate: u8,
    pub chat: u8,
}

impl Quality {
    pub fn for_task(&self, task: Task) -> u8 {
        match task {
            Task::Code => self.code,
            Task::Reasoning => self.reasoning,
            Task::Planning => self.planning,
            Task::Writing => self.writing,
            Task::Summarize => self.summarize,
            Task::Translate => self.translate,
            Task::Chat => self.chat,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ModelInfo {
    pub vendor: String,
    /// The id the vendor's API expects.
    pub id: String,
    pub name: String,
    #[ts(type = "number")]
    pub context_window: u64,
    #[ts(type = "number")]
    pub max_output: u64,
    pub price: Price,
    pub capabilities: Capabilities,
    pub quality: Quality,
}

impl ModelInfo {
    pub fn reference(&self) -> ModelRef {
        ModelRef::new(&self.vendor, &self.id)
    }
}

/// Where the shipped numbers come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CatalogueSource {
    pub name: String,
    pub version: String,
    pub licence: String,
    pub url: String,
    pub retrieved: String,
}

/// Models, vendors and routes: the data the router decides from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Catalogue {
    pub source: CatalogueSource,
    pub vendors: Vec<Vendor>,
    pub models: Vec<ModelInfo>,
    pub routes: BTreeMap<Task, Vec<ModelRef>>,
}

/// The user's changes to the shipped catalogue, stored apart from it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct CatalogueEdits {
    /// Added models, or replacements for shipped ones (matched by vendor and id).
    pub models: Vec<ModelInfo>,
    /// Shipped models the user removed.
    pub removed: Vec<ModelRef>,
    /// Routes the user set, replacing the shipped route for that task.
    pub routes: BTreeMap<Task, Vec<ModelRef>>,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CatalogueError {
    #[error("the model catalogue is not valid JSON: {0}")]
    Json(String),
    #[error("model {0} has a negative or invalid price")]
    Price(ModelRef),
    #[error("model {0} appears twice")]
    Duplicate(ModelRef),
    #[error("model {model} names vendor {vendor}, which the catalogue does not have")]
    UnknownVendor { model: ModelRef, vendor: String },
    #[error("the {task} route lists {model}, which is not in the catalogue")]
    UnknownRouteModel { task: Task, model: ModelRef },
}

#[derive(Deserialize)]
struct ShippedFile {
    source: CatalogueSource,
    vendors: Vec<Vendor>,
    models: Vec<ModelInfo>,
    routes: BTreeMap<Task, Vec<ModelRef>>,
}

impl Catalogue {
    /// Parses a catalogue file in the shipped format and checks it.
    pub fn from_json(json: &str) -> Result<Catalogue, CatalogueError> {
        let file: ShippedFile =
            serde_json::from_str(json).map_err(|e| CatalogueError::Json(e.to_string()))?;
        let catalogue = Catalogue {
            source: file.source,
            vendors: file.vendors,
            models: file.models,
            routes: file.routes,
        };
        catalogue.check()?;
        Ok(catalogue)
    }

    /// The defaults compiled into this build.
    pub fn shipped() -> Catalogue {
        #[allow(clippy::expect_used)]
        // The file is fixed at compile time and `shipped_catalogue_is_valid` checks it.
        Catalogue::from_json(include_str!("../data/catalogue.json"))
            .expect("the shipped catalogue is valid")
    }

    /// The shipped defaults with the user's edits laid over them. Route entries that
    /// name a model the user removed are dropped rather than failing the load.
    pub fn with_edits(&self, edits: &CatalogueEdits) -> Result<Catalogue, CatalogueError> {
        let mut out = self.clone();
        out.models
            .retain(|m| !edits.removed.contains(&m.reference()));
        for edited in &edits.models {
            match out
                .models
                .iter_mut()
                .find(|m| m.reference() == edited.reference())
            {
                Some(m) => *m = edited.clone(),
                None => out.models.push(edited.clone()),
            }
        }
        for (task, route) in &edits.routes {
            out.routes.insert(*task, route.clone());
        }
        let known: Vec<ModelRef> = out.models.iter().map(ModelInfo::reference).collect();
        for route in out.routes.values_mut() {
            route.retain(|r| known.contains(r));
        }
        out.check()?;
        Ok(out)
    }

    pub fn check(&self) -> Result<(), CatalogueError> {
        let mut seen = std::collections::BTreeSet::new();
        for m in &self.models {
            let r = m.reference();
            if !seen.insert(r.clone()) {
                return Err(CatalogueError::Duplicate(r));
            }
            if m.price.rates().is_none() {
                return Err(CatalogueError::Price(r));
            }
            if self.vendor(&m.vendor).is_none() {
                return Err(CatalogueError::UnknownVendor {
                    model: r,
                    vendor: m.vendor.clone(),
                });
            }
        }
        for (task, route) in &self.routes {
            if let Some(missing) = route.iter().find(|r| !seen.contains(*r)) {
                return Err(CatalogueError::UnknownRouteModel {
                    task: *task,
                    model: missing.clone(),
                });
            }
        }
        Ok(())
    }

    pub fn model(&self, r: &ModelRef) -> Option<&ModelInfo> {
        self.models
            .iter()
            .find(|m| m.vendor == r.vendor() && m.id == r.model())
    }

    pub fn vendor(&self, id: &str) -> Option<&Vendor> {
        self.vendors.iter().find(|v| v.id == id)
    }

    pub fn route(&self, task: Task) -> &[ModelRef] {
        self.routes.get(&task).map_or(&[], Vec::as_slice)
    }

    /// The vendor whose host a provider's base URL points at (`None` for a host the
    /// catalogue does not know, e.g. a self-hosted gateway).
    pub fn vendor_for_base_url(&self, base_url: &str) -> Option<&Vendor> {
        let host = host_of(base_url)?;
        self.vendors
            .iter()
            .find(|v| v.hosts.iter().any(|h| h.eq_ignore_ascii_case(&host)))
    }
}

/// `host[:port]` of a URL, lowercased; no URL crate needed for this much.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    (!authority.is_empty()).then(|| authority.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_catalogue_is_valid() {
        let c = Catalogue::from_json(include_str!("../data/catalogue.json"))
            .expect("the shipped catalogue must parse and check");
        for task in Task::ALL {
            assert!(
                !c.route(task).is_empty(),
                "the shipped {task} route must not be empty"
            );
        }
        let mini = c
            .model(&ModelRef::new("openai", "gpt-4.1-mini"))
            .expect("gpt-4.1-mini is a shipped model");
        let rates = mini.price.rates().unwrap();
        assert_eq!(
            rates.input,
            PerMillion(400_000),
            "$0.40/M input from LiteLLM"
        );
        assert_eq!(
            rates.output,
            PerMillion(1_600_000),
            "$1.60/M output from LiteLLM"
        );
    }

    #[test]
    fn edits_survive_new_defaults_and_are_checked() {
        let shipped = Catalogue::shipped();
        let first = shipped.models[0].reference();
        let mut changed = shipped.models[0].clone();
        changed.price.input = 99.0;
        let edits = CatalogueEdits {
            models: vec![changed],
            removed: vec![shipped.models[1].reference()],
            routes: BTreeMap::from([(Task::Chat, vec![first.clone()])]),
        };
        let merged = shipped.with_edits(&edits).unwrap();
        assert_eq!(
            merged.model(&first).unwrap().price.input,
            99.0,
            "the user's price wins"
        );
        assert!(
            merged.model(&shipped.models[1].reference()).is_none(),
            "removed models are gone"
        );
        assert_eq!(merged.route(Task::Chat), [first], "the user's route wins");
        assert!(
            merged
                .routes
                .values()
                .flatten()
                .all(|r| merged.model(r).is_some()),
            "no route names a removed model"
        );

        let bad = CatalogueEdits {
            routes: BTreeMap::from([(Task::Code, vec![ModelRef("nobody/none".into())])]),
            ..CatalogueEdits::default()
        };
        assert!(
            shipped
                .with_edits(&bad)
                .unwrap()
                .route(Task::Code)
                .is_empty(),
            "unknown models are dropped from a route"
        );
        let mut negative = shipped.models[0].clone();
        negative.price.output = -1.0;
        let bad_price = CatalogueEdits {
            models: vec![negative],
            ..CatalogueEdits::default()
        };
        assert!(
            matches!(
                shipped.with_edits(&bad_price),
                Err(CatalogueError::Price(_))
            ),
            "negative prices are refused"
        );
    }

    #[test]
    fn vendors_are_found_by_base_url_host() {
        let c = Catalogue::shipped();
        assert_eq!(
            c.vendor_for_base_url("https://api.openai.com/v1")
                .map(|v| v.id.as_str()),
            Some("openai"),
            "OpenAI by host"
        );
        assert_eq!(
            c.vendor_for_base_url("http://LOCALHOST:11434/v1")
                .map(|v| v.id.as_str()),
            Some("ollama"),
            "Ollama by host and port"
        );
        assert!(
            c.vendor_for_base_url("http://127.0.0.1:9/v1").is_none(),
            "unknown hosts have no vendor"
        );
        assert_eq!(
            host_of("https://user:pw@Example.com:8443/x?y"),
            Some("example.com:8443".into()),
            "userinfo and path are dropped"
        );
    }
}
