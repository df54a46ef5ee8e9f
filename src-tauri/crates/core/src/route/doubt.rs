//! Doubt: when the classifier is unsure between two tasks whose routes would pick
//! different models, a candidate strong at both goes first rather than the one that serves
//! only the likelier task.
//!
//! Invariant: the candidate chosen is one the route already found eligible, so the budget
//! fit of the decision holds for it too; a pinned or sticky model is never replaced.

use super::{assess, rank, Candidate, RouteInput};
use crate::classify::{Classification, Task};

/// Below this confidence the classifier is unsure, and the route also weighs the task it
/// rated next.
pub const UNSURE_BELOW: f32 = 0.6;

/// The classifier's two likeliest tasks when it is unsure between them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unsure {
    pub confidence: f32,
    pub runner_up: Task,
    pub runner_up_confidence: f32,
}

impl Unsure {
    /// `Some` when `c` is less sure than [`UNSURE_BELOW`] and names a runner-up.
    pub fn of(c: &Classification) -> Option<Unsure> {
        let r = c.runner_up?;
        (c.confidence < UNSURE_BELOW).then_some(Unsure {
            confidence: c.confidence,
            runner_up: r.task,
            runner_up_confidence: r.confidence,
        })
    }
}

/// Why the pick is not the likelier task's own first choice: the classifier was unsure.
pub(super) struct Doubt {
    /// Index in the ranked eligible list of the candidate strong at both tasks.
    pub(super) chosen: usize,
    /// The likelier task's own first choice, which it replaced.
    pub(super) passed_over: String,
    /// Tiers (likelier task, runner-up) of the chosen and of the passed-over model.
    pub(super) chosen_tiers: (u8, u8),
    pub(super) passed_tiers: (u8, u8),
}

/// When the classifier is unsure and the runner-up task's route would pick another model,
/// the eligible candidate with the best tier at the weaker of the two tasks, if it beats
/// the likelier task's first choice there; `None` keeps that first choice. Only eligible
/// candidates are considered, so the budget fit holds for whichever is chosen.
pub(super) fn serve_both(
    input: &RouteInput<'_>,
    unsure: Unsure,
    eligible: &[(usize, Candidate)],
) -> Option<Doubt> {
    let (_, first) = eligible.first()?;
    let catalogue = input.catalogue;
    let runner_tier = |c: &Candidate| {
        catalogue
            .model(&c.model)
            .map_or(0, |m| m.quality.for_task(unsure.runner_up))
    };
    // What the runner-up's own route would pick under the same rules.
    let mut runner: Vec<(usize, Candidate)> = catalogue
        .route(unsure.runner_up)
        .iter()
        .enumerate()
        .filter_map(|(order, r)| {
            let model = catalogue.model(r)?;
            assess(input, model).ok().map(|c| (order, c))
        })
        .collect();
    rank(input.quality, &mut runner, runner_tier);
    let (_, runner_pick) = runner.first()?;
    if runner_pick.model == first.model {
        return None;
    }
    let tiers = |c: &Candidate| (c.quality, runner_tier(c));
    let both = |c: &Candidate| {
        let (a, b) = tiers(c);
        a.min(b)
    };
    // The first in the preferred order among the strongest at both.
    let best = eligible.iter().map(|(_, c)| both(c)).max()?;
    let chosen = eligible.iter().position(|(_, c)| both(c) == best)?;
    if best <= both(first) {
        return None;
    }
    Some(Doubt {
        chosen,
        passed_over: first.name.clone(),
        chosen_tiers: tiers(&eligible[chosen].1),
        passed_tiers: tiers(first),
    })
}
