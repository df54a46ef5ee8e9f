//! The route decision: which model answers a turn, as a pure function of data.
//!
//! Order of concerns, each recorded per candidate so the decision explains itself:
//! 1. a pinned model bypasses routing (it still has to be usable and affordable);
//! 2. hard filters: a provider with a key serves the model, the model has the
//!    capabilities the turn needs (images, tools), the prompt fits its context (a long
//!    conversation is offered the newest part its window holds, see [`fit`]);
//! 3. the conversation's quality preference orders what is left: `balanced` keeps the
//!    route table's order, `best` ranks by the model's quality tier for the task,
//!    `cheapest` by expected cost;
//! 4. budget fit: under a hard cap the worst case (input + max output) must fit what
//!    is left, and the output limit is clamped so it does; a model that cannot fit
//!    even a minimal answer is skipped;
//! 5. stickiness: the conversation's current model stays if the task is unchanged, so
//!    the provider's prompt cache stays warm;
//! 6. doubt: when the classifier is unsure between two tasks whose routes would pick
//!    different models, a candidate strong at both goes first rather than the one that
//!    serves only the likelier task (it is one of the candidates above, so the budget
//!    fit of step 4 holds for it too);
//! 7. the rest, in order, are the fallbacks tried on rate limits, overload, 5xx or
//!    context-too-long before the first token.
//!
//! Invariants: no I/O, no clock; the same input always gives the same decision; under
//! a hard cap no picked candidate's reservation exceeds the budget left.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalogue::{Catalogue, ModelInfo, ModelRef};
use crate::classify::Task;
use crate::money::Usd;

mod doubt;
mod explain;
mod fit;

use doubt::serve_both;
pub use doubt::{Unsure, UNSURE_BELOW};
use explain::explain;
pub use explain::NoKeyGroup;
pub use fit::{fit, kept, PromptFit};

/// Below this many output tokens an answer is not worth starting.
pub const MIN_OUTPUT_TOKENS: u64 = 256;
/// Output assumed for the "expected cost" shown before sending (replies are usually
/// far below the reservation's worst case).
pub const TYPICAL_OUTPUT_TOKENS: u64 = 500;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum QualityPreference {
    Cheapest,
    #[default]
    Balanced,
    Best,
}

impl QualityPreference {
    pub fn as_str(self) -> &'static str {
        match self {
            QualityPreference::Cheapest => "cheapest",
            QualityPreference::Balanced => "balanced",
            QualityPreference::Best => "best",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Cheapest, Self::Balanced, Self::Best]
            .into_iter()
            .find(|q| q.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BudgetMode {
    /// Warn at 80% and 100%, never block.
    #[default]
    Soft,
    /// Never exceeded.
    Hard,
}

impl BudgetMode {
    pub fn as_str(self) -> &'static str {
        match self {
            BudgetMode::Soft => "soft",
            BudgetMode::Hard => "hard",
        }
    }
}

/// What the turn may still spend: the tighter of the conversation's and the month's
/// remaining amounts, after in-flight reservations. `remaining: None` = unlimited.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BudgetLeft {
    pub remaining: Option<Usd>,
    pub mode: BudgetMode,
}

/// What the turn needs from a model.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    pub vision: bool,
    pub tools: bool,
}

/// Whether a model can be called at all right now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Access {
    Ready,
    /// No configured provider serves this vendor.
    NoProvider,
    /// The provider exists but has no API key.
    NoKey {
        provider: String,
    },
}

pub struct RouteInput<'a> {
    pub catalogue: &'a Catalogue,
    pub task: Task,
    pub needs: Needs,
    pub quality: QualityPreference,
    pub budget: BudgetLeft,
    /// Output tokens the turn would like (clamped per model and by the budget).
    pub wanted_output: u64,
    /// The conversation's current model and the task it last served.
    pub sticky: Option<(ModelRef, Task)>,
    /// A model pinned for the conversation, or chosen by hand for this turn.
    pub pinned: Option<ModelRef>,
    /// Set when the classifier is unsure of `task` (see [`Unsure::of`]).
    pub unsure: Option<Unsure>,
    /// The part of the prompt (history and new message) this model is offered, given
    /// the most input tokens its window holds with room for the answer; its tokens as
    /// this model would count them.
    pub prompt_fit: &'a dyn Fn(&ModelInfo, u64) -> PromptFit,
    pub access: &'a dyn Fn(&ModelInfo) -> Access,
}

/// Why a candidate was not eligible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rejection {
    NotInCatalogue,
    NoProvider,
    NoKey {
        provider: String,
    },
    NoVision,
    NoTools,
    ContextTooSmall {
        #[ts(type = "number")]
        needed: u64,
        #[ts(type = "number")]
        window: u64,
    },
    OverBudget {
        /// The least this model needs reserved: the input plus a minimal answer.
        needed: Usd,
        remaining: Usd,
    },
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejection::NotInCatalogue => f.write_str("not in the model catalogue"),
            Rejection::NoProvider => f.write_str("no provider configured for it"),
            Rejection::NoKey { provider } => write!(f, "provider {provider} has no API key"),
            Rejection::NoVision => f.write_str("cannot read images"),
            Rejection::NoTools => f.write_str("cannot use tools"),
            Rejection::ContextTooSmall { needed, window } => {
                write!(f, "needs {needed} tokens of context, has {window}")
            }
            Rejection::OverBudget { needed, remaining } => {
                write!(f, "needs at least {needed}, budget left {remaining}")
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    Picked,
    /// Eligible; tried in this order if the pick fails before its first token.
    Fallback {
        rank: u32,
    },
    Rejected {
        reason: Rejection,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Candidate {
    pub model: ModelRef,
    pub name: String,
    /// Quality tier for this task (0 when not in the catalogue).
    pub quality: u8,
    #[ts(type = "number")]
    pub input_tokens: u64,
    /// The oldest messages of the conversation not sent, so the rest fits the window.
    #[serde(default)]
    pub left_out: u32,
    /// Output limit sent with the request (after clamping to the budget).
    #[ts(type = "number")]
    pub max_output: u64,
    /// Input plus a typical answer.
    pub expected_cost: Usd,
    /// Input plus `max_output`: what a reservation holds.
    pub reserve: Usd,
    pub verdict: Verdict,
}

/// Set when nothing can be called within a hard cap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Blocked {
    /// The least any otherwise eligible model needs reserved.
    pub needed: Usd,
    pub remaining: Usd,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RouteDecision {
    pub task: Task,
    pub quality: QualityPreference,
    pub pick: Option<ModelRef>,
    /// One or two sentences a person can read.
    pub reason: String,
    pub pinned: bool,
    pub sticky: bool,
    pub candidates: Vec<Candidate>,
    pub blocked: Option<Blocked>,
    /// The candidates skipped for want of a key, grouped (they stay in `candidates` too).
    #[serde(default)]
    pub no_key: Option<NoKeyGroup>,
}

impl RouteDecision {
    pub fn picked(&self) -> Option<&Candidate> {
        self.candidates
            .iter()
            .find(|c| c.verdict == Verdict::Picked)
    }

    /// Eligible models after the pick, in the order to try them.
    pub fn fallbacks(&self) -> Vec<&Candidate> {
        let mut f: Vec<&Candidate> = self
            .candidates
            .iter()
            .filter(|c| matches!(c.verdict, Verdict::Fallback { .. }))
            .collect();
        f.sort_by_key(|c| match c.verdict {
            Verdict::Fallback { rank } => rank,
            _ => u32::MAX,
        });
        f
    }
}

/// Sizes and costs one model for this turn, or says why it cannot serve it.
fn assess(
    input: &RouteInput<'_>,
    model: &ModelInfo,
) -> Result<Candidate, Box<(Candidate, Rejection)>> {
    // Room for the answer the turn wants (at least a minimal one), the rest for input.
    let answer_room = input
        .wanted_output
        .min(model.max_output)
        .max(MIN_OUTPUT_TOKENS);
    let fit = (input.prompt_fit)(model, model.context_window.saturating_sub(answer_room));
    let input_tokens = fit.tokens;
    let mut candidate = Candidate {
        model: model.reference(),
        name: model.name.clone(),
        quality: model.quality.for_task(input.task),
        input_tokens,
        left_out: fit.left_out,
        max_output: 0,
        expected_cost: Usd::ZERO,
        reserve: Usd::ZERO,
        verdict: Verdict::Fallback { rank: 0 },
    };
    let reject = |c: Candidate, r: Rejection| Err(Box::new((c, r)));
    // Prices were checked when the catalogue loaded; a model without valid rates is
    // treated as not in the catalogue rather than as free.
    let Some(rates) = model.price.rates() else {
        return reject(candidate, Rejection::NotInCatalogue);
    };
    candidate.expected_cost = rates
        .input
        .cost(input_tokens)
        .saturating_add(rates.output.cost(TYPICAL_OUTPUT_TOKENS));
    // Reservations price every token at the dearest rate it could bill at, so the
    // settled cost (`Rates::cost_of`) can never exceed them.
    let input_cost = rates.worst_input().cost(input_tokens);
    let output_rate = rates.worst_output();

    match (input.access)(model) {
        Access::Ready => {}
        Access::NoProvider => return reject(candidate, Rejection::NoProvider),
        Access::NoKey { provider } => return reject(candidate, Rejection::NoKey { provider }),
    }
    if input.needs.vision && !model.capabilities.vision {
        return reject(candidate, Rejection::NoVision);
    }
    if input.needs.tools && !model.capabilities.tools {
        return reject(candidate, Rejection::NoTools);
    }
    let room = model.context_window.saturating_sub(input_tokens);
    if room < MIN_OUTPUT_TOKENS {
        let needed = input_tokens.saturating_add(MIN_OUTPUT_TOKENS);
        return reject(
            candidate,
            Rejection::ContextTooSmall {
                needed,
                window: model.context_window,
            },
        );
    }
    let mut max_output = input.wanted_output.min(model.max_output).min(room);
    // The least worth starting: 256 tokens, or less if the model or request allow less.
    let floor = MIN_OUTPUT_TOKENS.min(max_output).max(1);
    if input.budget.mode == BudgetMode::Hard {
        if let Some(remaining) = input.budget.remaining {
            let left_for_output = remaining.saturating_sub(input_cost);
            let affordable = if left_for_output.0 < 0 {
                0
            } else {
                output_rate.tokens_within(left_for_output)
            };
            max_output = max_output.min(affordable);
            if max_output < floor {
                let needed = input_cost.saturating_add(output_rate.cost(floor));
                candidate.reserve = needed;
                return reject(candidate, Rejection::OverBudget { needed, remaining });
            }
        }
    }
    candidate.max_output = max_output;
    candidate.reserve = input_cost.saturating_add(output_rate.cost(max_output));
    Ok(candidate)
}

/// Decides the route for one turn.
pub fn decide(input: &RouteInput<'_>) -> RouteDecision {
    let catalogue = input.catalogue;
    let mut refs: Vec<ModelRef> = Vec::new();
    let pinned = input.pinned.clone();
    match &pinned {
        Some(p) => refs.push(p.clone()),
        None => refs.extend(catalogue.route(input.task).iter().cloned()),
    }

    let mut eligible: Vec<(usize, Candidate)> = Vec::new();
    let mut rejected: Vec<Candidate> = Vec::new();
    for (order, r) in refs.iter().enumerate() {
        let Some(model) = catalogue.model(r) else {
            rejected.push(Candidate {
                model: r.clone(),
                name: r.model().to_owned(),
                quality: 0,
                input_tokens: 0,
                left_out: 0,
                max_output: 0,
                expected_cost: Usd::ZERO,
                reserve: Usd::ZERO,
                verdict: Verdict::Rejected {
                    reason: Rejection::NotInCatalogue,
                },
            });
            continue;
        };
        match assess(input, model) {
            Ok(c) => eligible.push((order, c)),
            Err(rejected_candidate) => {
                let (mut c, reason) = *rejected_candidate;
                c.verdict = Verdict::Rejected { reason };
                rejected.push(c);
            }
        }
    }

    rank(input.quality, &mut eligible, |c| c.quality);

    let mut sticky = false;
    if pinned.is_none() {
        if let Some((current, last_task)) = &input.sticky {
            if *last_task == input.task {
                if let Some(pos) = eligible.iter().position(|(_, c)| &c.model == current) {
                    let keep = eligible.remove(pos);
                    eligible.insert(0, keep);
                    sticky = true;
                }
            }
        }
    }

    let mut doubt = None;
    if pinned.is_none() && !sticky {
        if let Some(unsure) = input.unsure {
            doubt = serve_both(input, unsure, &eligible);
            if let Some(d) = &doubt {
                let both = eligible.remove(d.chosen);
                eligible.insert(0, both);
            }
        }
    }

    for (rank, (_, c)) in eligible.iter_mut().enumerate() {
        c.verdict = if rank == 0 {
            Verdict::Picked
        } else {
            // Route tables hold a handful of entries, far below u32::MAX.
            Verdict::Fallback {
                rank: u32::try_from(rank).unwrap_or(u32::MAX),
            }
        };
    }
    let pick = eligible.first().map(|(_, c)| c.model.clone());
    let blocked = if pick.is_none() {
        rejected
            .iter()
            .filter_map(|c| match &c.verdict {
                Verdict::Rejected {
                    reason: Rejection::OverBudget { needed, remaining },
                } => Some(Blocked {
                    needed: *needed,
                    remaining: *remaining,
                }),
                _ => None,
            })
            .min_by_key(|b| b.needed)
    } else {
        None
    };

    let no_key = NoKeyGroup::of(&rejected);
    let reason = explain(
        input,
        &eligible,
        &rejected,
        sticky,
        doubt.as_ref(),
        blocked.as_ref(),
        no_key.as_ref(),
    );
    let mut candidates: Vec<Candidate> = eligible.into_iter().map(|(_, c)| c).collect();
    candidates.extend(rejected);
    RouteDecision {
        task: input.task,
        quality: input.quality,
        pick,
        reason,
        pinned: pinned.is_some(),
        sticky,
        candidates,
        blocked,
        no_key,
    }
}

/// Orders eligible candidates by the quality preference: `balanced` keeps the route's
/// order, `best` ranks by `tier`, `cheapest` by expected cost; ties keep the route's order.
fn rank(
    quality: QualityPreference,
    eligible: &mut [(usize, Candidate)],
    tier: impl Fn(&Candidate) -> u8,
) {
    match quality {
        QualityPreference::Balanced => eligible.sort_by_key(|(order, _)| *order),
        QualityPreference::Best => {
            eligible.sort_by(|(oa, a), (ob, b)| tier(b).cmp(&tier(a)).then(oa.cmp(ob)))
        }
        QualityPreference::Cheapest => eligible
            .sort_by(|(oa, a), (ob, b)| a.expected_cost.cmp(&b.expected_cost).then(oa.cmp(ob))),
    }
}
