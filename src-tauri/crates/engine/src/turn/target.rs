//! Who answers a turn: the provider endpoint and model for the user's choice, or for a
//! router candidate; and the next candidate after a failure before the first token.
//!
//! A chosen model is priced from the catalogue when its provider serves a catalogue
//! vendor that lists it. One the catalogue lacks (a custom endpoint's model) has no
//! price: under a hard cap it is refused with a sentence that says how to add the price;
//! otherwise it goes out and its tokens are recorded as unpriced. A local provider's
//! models are free.

use sb_core::budget::{routing_budget, Ledger};
use sb_core::catalogue::{Catalogue, ModelInfo, ModelRef, Tokenizer};
use sb_core::route::{Access, Candidate, Needs, RouteInput, Verdict};
use sb_core::tokens::Calibration;
use sb_core::{
    decide, Classification, ConversationId, MessageId, Provider, ProviderKind, ProviderSettings,
    RouteDecision, Usd,
};
use sb_providers::{Credentials, ProviderError};
use sb_store::{Caps, ReservationId};

use super::{Booking, TurnTarget};
use crate::budget::has_hard_cap;
use crate::record::{FallbackTaken, RouteRecord};
use crate::route::{count_tokens, vendor_of, Calibrations, PromptSize, DEFAULT_MAX_OUTPUT};
use crate::{normalise_base_url, Engine, EngineError};

/// A provider ready to call.
pub(crate) struct Endpoint {
    pub(crate) kind: ProviderKind,
    pub(crate) base_url: String,
    /// The provider's name as the user knows it (the protocol's name for ad-hoc ones).
    pub(crate) label: String,
    pub(crate) settings: ProviderSettings,
    pub(crate) credentials: Credentials,
}

/// The provider and model the user chose, resolved before any money is reserved.
pub(crate) struct Chosen {
    endpoint: Endpoint,
    model_id: String,
    /// The catalogue entry for the model at this provider's vendor, if there is one.
    info: Option<ModelInfo>,
    vendor: Option<String>,
    /// Served by a local provider: free.
    free: bool,
}

impl Chosen {
    /// The model's name when the catalogue says it cannot read images (`None` when it
    /// can, or when the catalogue does not know it: the provider will say).
    pub(crate) fn blind_model(&self) -> Option<String> {
        self.info
            .as_ref()
            .filter(|i| !i.capabilities.vision)
            .map(|i| i.name.clone())
    }

    /// The decision for this one model: priced and clamped by the router's own rules,
    /// free, or unpriced (refused when a hard cap binds).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn decide(
        &self,
        catalogue: &Catalogue,
        classification: &Classification,
        size: &PromptSize,
        calibrations: &Calibrations,
        caps: &Caps,
        conversation: &Ledger,
        month: &Ledger,
    ) -> Result<RouteDecision, EngineError> {
        match (&self.info, self.free) {
            (Some(info), false) => {
                let prompt_fit =
                    |m: &ModelInfo, limit: u64| calibrations.fit(catalogue, size, m, limit);
                let ready = |_: &ModelInfo| Access::Ready;
                let mut decision = decide(&RouteInput {
                    catalogue,
                    task: classification.task,
                    needs: Needs::default(),
                    quality: Default::default(),
                    budget: routing_budget(conversation, month),
                    wanted_output: DEFAULT_MAX_OUTPUT,
                    sticky: None,
                    pinned: Some(info.reference()),
                    unsure: None,
                    prompt_fit: &prompt_fit,
                    access: &ready,
                });
                if decision.pick.is_some() {
                    decision.reason = format!(
                        "Chosen by you: {} through {}.",
                        info.name, self.endpoint.label
                    );
                }
                Ok(decision)
            }
            (_, free) => {
                if !free && has_hard_cap(caps) {
                    return Err(EngineError::BudgetExceeded {
                        message: format!(
                            "Not sent: {} has no price in the model catalogue, so a hard cap cannot hold what it costs. Add its price in Settings → Models (or make the cap soft) and send again.",
                            self.model_id
                        ),
                    });
                }
                let chars_per_token = self
                    .vendor
                    .as_deref()
                    .map_or(Calibration::default().chars_per_token(), |v| {
                        calibrations.chars_per_token(v)
                    });
                let tokenizer = self
                    .vendor
                    .as_deref()
                    .and_then(|v| catalogue.vendor(v))
                    .map_or(Tokenizer::Estimate, |v| v.tokenizer);
                let candidate = Candidate {
                    model: self.reference(),
                    name: self.model_id.clone(),
                    quality: 0,
                    // No window is known: the whole conversation goes, and the
                    // provider says if it is too long.
                    input_tokens: size.tokens_for(tokenizer, chars_per_token),
                    left_out: 0,
                    max_output: 0,
                    expected_cost: Usd::ZERO,
                    reserve: Usd::ZERO,
                    verdict: Verdict::Picked,
                };
                let reason = if free {
                    format!(
                        "Chosen by you: {} on {}, a local provider (free).",
                        self.model_id, self.endpoint.label
                    )
                } else {
                    format!(
                        "Chosen by you: {} through {}. It has no price in the model catalogue, so its tokens are recorded unpriced; add its price in Settings → Models.",
                        self.model_id, self.endpoint.label
                    )
                };
                Ok(RouteDecision {
                    task: classification.task,
                    quality: Default::default(),
                    pick: Some(candidate.model.clone()),
                    reason,
                    pinned: true,
                    sticky: false,
                    candidates: vec![candidate],
                    blocked: None,
                    no_key: None,
                })
            }
        }
    }

    /// `vendor/model` when the vendor is known, else the model id as given.
    fn reference(&self) -> ModelRef {
        match (&self.info, &self.vendor) {
            (Some(info), _) => info.reference(),
            (None, Some(v)) => ModelRef::new(v, &self.model_id),
            (None, None) => ModelRef(self.model_id.clone()),
        }
    }

    pub(crate) fn book(
        self,
        candidate: Candidate,
        reservation: ReservationId,
        size: &PromptSize,
    ) -> Booking {
        let priced = self.info.as_ref().filter(|_| !self.free);
        let max_output = priced.map(|_| u32::try_from(candidate.max_output).unwrap_or(u32::MAX));
        Booking {
            reservation,
            rates: priced.and_then(|i| i.price.rates()),
            candidate,
            model_id: self.model_id,
            vendor: self.vendor,
            free: self.free,
            max_output,
            size: size.clone(),
            endpoint: self.endpoint,
        }
    }
}

/// Where a turn's call goes, with its key: everything the call needs but the
/// reservation that pays for it, so that what can fail is done before money is booked.
pub(crate) enum Reach {
    /// The provider and model the person chose.
    Chosen(Chosen),
    /// A router candidate's model and the provider that serves it.
    Routed {
        info: ModelInfo,
        provider: Provider,
        credentials: Credentials,
    },
}

impl Reach {
    /// The model id sent, the provider's name, and whether its tokens can be priced
    /// (a price in the catalogue, or a local provider's zero).
    pub(crate) fn labels(&self) -> (String, String, bool) {
        match self {
            Reach::Chosen(c) => (
                c.model_id.clone(),
                c.endpoint.label.clone(),
                c.free || c.info.as_ref().is_some_and(|i| i.price.rates().is_some()),
            ),
            Reach::Routed { info, provider, .. } => (
                info.id.clone(),
                provider.name.clone(),
                provider.local || info.price.rates().is_some(),
            ),
        }
    }

    pub(crate) fn book(
        self,
        candidate: Candidate,
        reservation: ReservationId,
        size: &PromptSize,
    ) -> Booking {
        let (info, provider, credentials) = match self {
            Reach::Chosen(c) => return c.book(candidate, reservation, size),
            Reach::Routed {
                info,
                provider,
                credentials,
            } => (info, provider, credentials),
        };
        Booking {
            reservation,
            max_output: Some(u32::try_from(candidate.max_output).unwrap_or(u32::MAX)),
            rates: info.price.rates(),
            free: provider.local,
            model_id: info.id.clone(),
            vendor: Some(info.vendor.clone()),
            candidate,
            size: size.clone(),
            endpoint: Endpoint {
                kind: provider.kind,
                base_url: provider.base_url,
                label: provider.name,
                settings: provider.settings,
                credentials,
            },
        }
    }
}

impl Engine {
    /// Resolves the provider and model the user chose, with its key.
    pub(crate) async fn resolve_chosen(
        &self,
        target: TurnTarget,
        catalogue: &Catalogue,
    ) -> Result<Chosen, EngineError> {
        let (endpoint, model_id, vendor, local) = match target {
            TurnTarget::Saved { provider_id, model } => {
                let provider = self.db(move |s| s.get_provider(provider_id)).await?;
                let vendor = vendor_of(catalogue, &provider);
                let keyless = provider.local
                    || !provider.kind.needs_key()
                    || vendor.is_some_and(|v| !v.needs_key);
                let credentials = if provider.has_key || !keyless {
                    self.load_credentials(&provider).await?
                } else {
                    Credentials::None
                };
                let model = model
                    .map(|m| m.trim().to_owned())
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| provider.default_model.clone());
                (
                    Endpoint {
                        kind: provider.kind,
                        base_url: provider.base_url,
                        label: provider.name,
                        settings: provider.settings,
                        credentials,
                    },
                    model,
                    vendor.map(|v| v.id.clone()),
                    keyless,
                )
            }
            TurnTarget::AdHoc {
                kind,
                base_url,
                model,
                settings,
                credentials,
            } => {
                let model = model.trim().to_owned();
                if model.is_empty() {
                    return Err(EngineError::InvalidInput {
                        message: "A model is required.".into(),
                    });
                }
                // Bedrock alone has a default endpoint (its region's).
                let base_url = if base_url.trim().is_empty() && kind == ProviderKind::Bedrock {
                    String::new()
                } else {
                    normalise_base_url(&base_url)?
                };
                let vendor = catalogue.vendor_for_base_url(&base_url);
                (
                    Endpoint {
                        kind,
                        base_url,
                        label: kind.as_str().to_owned(),
                        settings,
                        credentials,
                    },
                    model,
                    vendor.map(|v| v.id.clone()),
                    !kind.needs_key() || vendor.is_some_and(|v| !v.needs_key),
                )
            }
        };
        let info = vendor
            .as_deref()
            .and_then(|v| catalogue.model(&ModelRef::new(v, &model_id)))
            .cloned();
        Ok(Chosen {
            endpoint,
            model_id,
            info,
            vendor,
            free: local,
        })
    }

    /// Finds the provider that serves a router candidate and loads its key: what can
    /// fail before a call, done before any money is reserved for it.
    pub(crate) async fn reach_routed(
        &self,
        catalogue: &Catalogue,
        providers: &[Provider],
        candidate: &Candidate,
    ) -> Result<Reach, EngineError> {
        let info =
            catalogue
                .model(&candidate.model)
                .cloned()
                .ok_or_else(|| EngineError::NoRoute {
                    message: format!("{} is not in the model catalogue.", candidate.model),
                })?;
        let vendor = catalogue.vendor(&info.vendor);
        let needs_key = vendor.is_none_or(|v| v.needs_key);
        let provider = providers
            .iter()
            .filter(|p| vendor_of(catalogue, p).is_some_and(|v| v.id == info.vendor))
            .find(|p| p.has_key || p.local || !needs_key)
            .cloned()
            .ok_or_else(|| EngineError::NoRoute {
                message: format!("No provider with a key serves {}.", candidate.model),
            })?;
        let credentials = if provider.has_key {
            self.load_credentials(&provider).await?
        } else {
            Credentials::None
        };
        Ok(Reach::Routed {
            info,
            provider,
            credentials,
        })
    }

    /// Books the same model again for a retry: a fresh reservation under every cap
    /// (the failed attempt's was settled). False when the budget no longer admits it.
    pub(crate) async fn rebook(
        &self,
        booking: &mut Booking,
        conversation_id: ConversationId,
        message_id: MessageId,
        caps: &Caps,
    ) -> bool {
        let amount = booking.candidate.reserve;
        let caps = *caps;
        let now = self.now();
        let reserved = self
            // One unit: a reservation is never left without the answer it pays for.
            .db(move |s| {
                s.write(|s| {
                    Ok(match s.reserve(conversation_id, amount, &caps, now)? {
                        Ok(r) => {
                            s.attach_reservation(r, message_id)?;
                            Some(r)
                        }
                        Err(_refused) => None,
                    })
                })
            })
            .await;
        match reserved {
            Ok(Some(r)) => {
                booking.reservation = r;
                true
            }
            Ok(None) => {
                tracing::info!("no retry: the budget no longer admits it");
                false
            }
            Err(e) => {
                tracing::error!(error = %e, "no retry: could not reserve");
                false
            }
        }
    }

    /// Books the next fallback that the budget still admits, after `failed` (already
    /// settled) failed before its first token; records why it was left.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn fall_back(
        &self,
        catalogue: &Catalogue,
        providers: &[Provider],
        record: &mut RouteRecord,
        failed: &Booking,
        error: &ProviderError,
        conversation_id: ConversationId,
        message_id: MessageId,
        caps: &Caps,
    ) -> Option<Booking> {
        // A model retried before is recorded once, with its latest failure.
        let taken = FallbackTaken {
            model: failed.candidate.model.clone(),
            code: error.code().to_owned(),
            message: error.to_string(),
        };
        match record.fallbacks.iter_mut().find(|f| f.model == taken.model) {
            Some(f) => *f = taken,
            None => record.fallbacks.push(taken),
        }
        let tried: Vec<ModelRef> = record.fallbacks.iter().map(|f| f.model.clone()).collect();
        let next: Vec<Candidate> = record
            .decision
            .fallbacks()
            .into_iter()
            .filter(|c| !tried.contains(&c.model))
            .cloned()
            .collect();
        for candidate in next {
            let Ok(reach) = self.reach_routed(catalogue, providers, &candidate).await else {
                continue;
            };
            let amount = candidate.reserve;
            let caps = *caps;
            let now = self.now();
            // One unit: a reservation is never left without the answer it pays for.
            let reserved = self
                .db(move |s| {
                    s.write(|s| {
                        let r = s.reserve(conversation_id, amount, &caps, now)?;
                        if let Ok(r) = r {
                            s.attach_reservation(r, message_id)?;
                        }
                        Ok(r)
                    })
                })
                .await;
            let reservation = match reserved {
                Ok(Ok(r)) => r,
                Ok(Err(_refused)) => continue,
                Err(e) => {
                    tracing::error!(error = %e, "could not reserve for a fallback");
                    continue;
                }
            };
            let b = reach.book(candidate, reservation, &failed.size);
            tracing::info!(from = %failed.candidate.model, to = %b.candidate.model, "falling back");
            record.answered_by = Some(b.candidate.model.clone());
            record.provider = Some(b.endpoint.label.clone());
            record.priced = b.rates.is_some() || b.free;
            record.reserved = b.candidate.reserve;
            record.settled = None;
            record.exact = false;
            return Some(b);
        }
        None
    }
}

/// Output tokens of an answer's text, estimated for settling a turn without reported
/// usage. The default ratio, not the learned one: an estimate is capped at the
/// reservation anyway, and erring high is the safe side.
pub(crate) fn estimate_output(catalogue: &Catalogue, vendor: Option<&str>, text: &str) -> u64 {
    let tokenizer = vendor
        .and_then(|v| catalogue.vendor(v))
        .map_or(Tokenizer::Estimate, |v| v.tokenizer);
    count_tokens(tokenizer, text, Calibration::default().chars_per_token())
}
