//! The route decision in words: the sentence a person reads under an answer and in
//! `sb route`, and the one line that groups the models skipped for want of a key.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::doubt::Doubt;
use super::{Blocked, BudgetMode, Candidate, QualityPreference, Rejection, RouteInput, Verdict};
use crate::catalogue::ModelRef;

/// How many models a grouped line names before "and N more".
const NAMED_WITHOUT_KEY: usize = 3;

/// The candidates skipped only because no provider with a key serves them. A new user
/// has most of the catalogue here; explanations say it once instead of per model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoKeyGroup {
    /// In the order they were considered.
    pub models: Vec<ModelRef>,
    /// One line: "12 models skipped: no key (GPT-6 Luna, Gemini 3.8 Flash, Claude Haiku
    /// 5.5 and 9 more)". Each front end adds where to add a key.
    pub summary: String,
}

impl NoKeyGroup {
    pub(super) fn of(rejected: &[Candidate]) -> Option<NoKeyGroup> {
        let without: Vec<&Candidate> = rejected.iter().filter(|c| lacks_key(c)).collect();
        if without.is_empty() {
            return None;
        }
        let count = without.len();
        let mut names: Vec<&str> = without
            .iter()
            .take(NAMED_WITHOUT_KEY)
            .map(|c| c.name.as_str())
            .collect();
        let more = count.saturating_sub(NAMED_WITHOUT_KEY);
        let more = (more > 0).then(|| format!("{more} more"));
        if let Some(m) = &more {
            names.push(m);
        }
        let list = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.join(""),
        };
        let models = if count == 1 { "model" } else { "models" };
        Some(NoKeyGroup {
            models: without.iter().map(|c| c.model.clone()).collect(),
            summary: format!("{count} {models} skipped: no key ({list})"),
        })
    }
}

/// Skipped because no provider serves it or its provider has no key.
fn lacks_key(c: &Candidate) -> bool {
    matches!(
        c.verdict,
        Verdict::Rejected {
            reason: Rejection::NoProvider | Rejection::NoKey { .. }
        }
    )
}

/// One or two sentences a person can read: why this model, and what was skipped.
pub(super) fn explain(
    input: &RouteInput<'_>,
    eligible: &[(usize, Candidate)],
    rejected: &[Candidate],
    sticky: bool,
    doubt: Option<&Doubt>,
    blocked: Option<&Blocked>,
    no_key: Option<&NoKeyGroup>,
) -> String {
    let task = input.task;
    let Some((_, pick)) = eligible.first() else {
        if let (Some(b), Some(pinned)) = (blocked, &input.pinned) {
            return format!(
                "Not sent: {pinned} needs at least {} reserved, but only {} of the budget is left. Raise the cap or choose a cheaper model.",
                b.needed, b.remaining
            );
        }
        if let Some(b) = blocked {
            return format!(
                "Not sent: the cheapest model that could answer needs {} reserved, but only {} of the budget is left. Raise the cap to continue.",
                b.needed, b.remaining
            );
        }
        if input.pinned.is_some() {
            let why = rejected
                .first()
                .and_then(|c| match &c.verdict {
                    Verdict::Rejected { reason } => Some(reason.to_string()),
                    _ => None,
                })
                .unwrap_or_default();
            return format!("The pinned model cannot be used: {why}.");
        }
        if rejected.is_empty() {
            return format!("The {task} route is empty; add models to it in Settings → Routing.");
        }
        let mut why = skipped_for_other_reasons(rejected, 3);
        // The group's own line names the models; here the count is enough.
        why.extend(no_key.map(|g| format!("{} without a key", g.models.len())));
        return format!(
            "No model in the {task} route can be used ({}). Add an API key in Settings → Providers.",
            why.join("; ")
        );
    };
    let why = if input.pinned.is_some() {
        "pinned for this conversation".to_owned()
    } else if sticky {
        format!("kept from the previous {task} turn so the provider's cache stays warm")
    } else if let (Some(d), Some(u)) = (doubt, input.unsure) {
        let runner = u.runner_up;
        format!(
            "unsure between {task} and {runner} ({:.0}% / {:.0}%): chose {}, strong at both (tier {} for {task}, {} for {runner}), rather than {} (tier {} for {task}, {} for {runner})",
            u.confidence * 100.0,
            u.runner_up_confidence * 100.0,
            pick.name,
            d.chosen_tiers.0,
            d.chosen_tiers.1,
            d.passed_over,
            d.passed_tiers.0,
            d.passed_tiers.1,
        )
    } else {
        match input.quality {
            QualityPreference::Balanced => {
                format!("first usable model in the {task} route")
            }
            QualityPreference::Best => {
                format!("highest quality for {task} (tier {})", pick.quality)
            }
            QualityPreference::Cheapest => format!(
                "cheapest usable model for {task} (about {})",
                pick.expected_cost
            ),
        }
    };
    let mut reason = format!("{task} → {}: {why}.", pick.name);
    let skipped = skipped_for_other_reasons(rejected, 2);
    if !skipped.is_empty() {
        reason.push_str(&format!(" Skipped {}.", skipped.join(", ")));
    }

    if pick.left_out > 0 {
        let window = input
            .catalogue
            .model(&pick.model)
            .map_or(0, |m| m.context_window);
        let (n, messages) = match pick.left_out {
            1 => ("The oldest message".to_owned(), "is"),
            n => (format!("The oldest {n} messages"), "are"),
        };
        reason.push_str(&format!(
            " {n} of this conversation {messages} not sent, so the rest fits {}'s {window}-token window.",
            pick.name
        ));
    }
    if input.budget.mode == BudgetMode::Hard
        && input.budget.remaining.is_some()
        && pick.max_output < input.wanted_output.min(catalogue_max(input, &pick.model))
    {
        reason.push_str(&format!(
            " Answer limited to {} tokens to stay within the budget.",
            pick.max_output
        ));
    }
    reason
}

/// "Name (why)" for the first `limit` candidates skipped for a reason other than a
/// missing key (those are said once, by [`NoKeyGroup`]).
fn skipped_for_other_reasons(rejected: &[Candidate], limit: usize) -> Vec<String> {
    rejected
        .iter()
        .filter(|c| !lacks_key(c))
        .filter_map(|c| match &c.verdict {
            Verdict::Rejected { reason } => Some(format!("{} ({reason})", c.name)),
            _ => None,
        })
        .take(limit)
        .collect()
}

fn catalogue_max(input: &RouteInput<'_>, r: &ModelRef) -> u64 {
    input.catalogue.model(r).map_or(u64::MAX, |m| m.max_output)
}
