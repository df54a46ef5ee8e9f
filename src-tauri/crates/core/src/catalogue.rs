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
use crate::money::{PerMillion, Usd};
use crate::types::Usage;

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

impl Rates {
    /// The dearest rate any prompt token can bill at (a cache write usually costs more
    /// than plain input), for reservations that must cover the worst case.
    pub fn worst_input(&self) -> PerMillion {
        self.input.max(self.cache_write).max(self.cache_read)
    }

    /// The dearest rate any generated token can bill at.
    pub fn worst_output(&self) -> PerMillion {
        self.output.max(self.reasoning)
    }

    /// What a call with this reported usage costs: cache reads and writes at their
    /// prices, reasoning at the reasoning price, the rest at the input and output
    /// prices. Rounded up once, so it never exceeds
    /// `worst_input().cost(input) + worst_output().cost(output)` (each rounded up).
    /// Detail counts larger than their totals (seen from some gateways) are clamped.
    pub fn cost_of(&self, usage: &Usage) -> Usd {
        let input = u64::from(usage.input_tokens);
        let output = u64::from(usage.output_tokens);
        let cache_read = u64::from(usage.cache_read_tokens).min(input);
        let cache_write = u64::from(usage.cache_write_tokens).min(input - cache_read);
        let plain_input = input - cache_read - cache_write;
        let reasoning = u64::from(usage.reasoning_tokens).min(output);
        let plain_output = output - reasoning;
        // price (micro-$/M) × tokens = pico-$; u128 holds five such products.
        let pico = [
            (self.input, plain_input),
            (self.cache_read, cache_read),
            (self.cache_write, cache_write),
            (self.output, plain_output),
            (self.reasoning, reasoning),
        ]
        .iter()
        .map(|(rate, tokens)| u128::from(rate.0) * u128::from(*tokens))
        .sum::<u128>();
        Usd(i64::try_from(pico.div_ceil(1000)).unwrap_or(i64::MAX))
    }
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
    #[error("the {task} route lists {model} twice")]
    RepeatedRouteModel { task: Task, model: ModelRef },
    #[error("model {model}: {reason}")]
    InvalidModel { model: ModelRef, reason: String },
}

impl ModelInfo {
    /// What makes this entry unusable, if anything (prices are checked separately).
    fn problem(&self) -> Option<String> {
        let tiers = [
            self.quality.code,
            self.quality.reasoning,
            self.quality.planning,
            self.quality.writing,
            self.quality.summarize,
            self.quality.translate,
            self.quality.chat,
        ];
        if self.id.trim().is_empty() || self.id.trim() != self.id {
            Some("the model id must be non-empty, without spaces around it".into())
        } else if self.name.trim().is_empty() {
            Some("the model needs a display name".into())
        } else if self.context_window == 0 {
            Some("the context window must be at least 1 token".into())
        } else if self.max_output == 0 {
            Some("the output limit must be at least 1 token".into())
        } else if tiers.iter().any(|q| !(1..=5).contains(q)) {
            Some("quality tiers run from 1 to 5".into())
        } else {
            None
        }
    }
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

    /// Like [`Catalogue::with_edits`], but refuses edits that name unknown models in a
    /// route or repeat one, instead of dropping them: for edits the user is making now,
    /// where silently losing part of them would be a surprise.
    pub fn with_edits_strict(&self, edits: &CatalogueEdits) -> Result<Catalogue, CatalogueError> {
        let merged = self.with_edits(edits)?;
        for (task, route) in &edits.routes {
            let mut seen = std::collections::BTreeSet::new();
            for r in route {
                if merged.model(r).is_none() {
                    return Err(CatalogueError::UnknownRouteModel {
                        task: *task,
                        model: r.clone(),
                    });
                }
                if !seen.insert(r) {
                    return Err(CatalogueError::RepeatedRouteModel {
                        task: *task,
                        model: r.clone(),
                    });
                }
            }
        }
        Ok(merged)
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
            if let Some(reason) = m.problem() {
                return Err(CatalogueError::InvalidModel { model: r, reason });
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
    fn strict_edits_refuse_what_lenient_loading_drops() {
        let shipped = Catalogue::shipped();
        let first = shipped.models[0].reference();
        let unknown = CatalogueEdits {
            routes: BTreeMap::from([(Task::Code, vec![ModelRef("nobody/none".into())])]),
            ..CatalogueEdits::default()
        };
        assert!(
            matches!(
                shipped.with_edits_strict(&unknown),
                Err(CatalogueError::UnknownRouteModel { .. })
            ),
            "an unknown model in a route being edited is an error"
        );
        let twice = CatalogueEdits {
            routes: BTreeMap::from([(Task::Chat, vec![first.clone(), first.clone()])]),
            ..CatalogueEdits::default()
        };
        assert!(
            matches!(
                shipped.with_edits_strict(&twice),
                Err(CatalogueError::RepeatedRouteModel { .. })
            ),
            "a model twice in one route is an error"
        );
        let mut bad = shipped.models[0].clone();
        bad.context_window = 0;
        let zero = CatalogueEdits {
            models: vec![bad],
            ..CatalogueEdits::default()
        };
        assert!(
            matches!(
                shipped.with_edits_strict(&zero),
                Err(CatalogueError::InvalidModel { .. })
            ),
            "a zero context window is refused"
        );
        let mut custom = shipped.models[0].clone();
        custom.id = "my-finetune".into();
        custom.name = "My fine-tune".into();
        let added = CatalogueEdits {
            models: vec![custom.clone()],
            routes: BTreeMap::from([(Task::Code, vec![custom.reference(), first])]),
            ..CatalogueEdits::default()
        };
        let merged = shipped.with_edits_strict(&added).unwrap();
        assert_eq!(
            merged.route(Task::Code)[0],
            custom.reference(),
            "a custom model can lead a route"
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
