//! Table-driven tests of the route decision over a small, hand-made catalogue whose
//! numbers are easy to check by hand.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_core::catalogue::{Catalogue, ModelInfo, ModelRef};
use sb_core::route::{
    decide, Access, BudgetLeft, BudgetMode, Needs, PromptFit, QualityPreference, Rejection,
    RouteInput, Unsure, Verdict, MIN_OUTPUT_TOKENS, UNSURE_BELOW,
};
use sb_core::{Alternative, Basis, Classification, Task, Usd};

/// Prices are chosen so costs are round: "big" $10/M in, $40/M out; "mid" $1/$4;
/// "small" $0.10/$0.40; "local" free but weak and with a tiny context.
const CATALOGUE: &str = r#"{
  "schema": 1,
  "source": {"name": "test", "version": "1", "licence": "MIT", "url": "-", "retrieved": "2026-11-22"},
  "vendors": [
    {"id": "alpha", "name": "Alpha", "base_url": "https://alpha.test/v1", "hosts": ["alpha.test"], "needs_key": true, "tokenizer": "openai"},
    {"id": "beta", "name": "Beta", "base_url": "https://beta.test/v1", "hosts": ["beta.test"], "needs_key": true, "tokenizer": "estimate"},
    {"id": "local", "name": "Local", "base_url": "http://localhost:11434/v1", "hosts": ["localhost:11434"], "needs_key": false, "tokenizer": "estimate"}
  ],
  "models": [
    {"vendor": "alpha", "id": "big", "name": "Big", "context_window": 200000, "max_output": 32000,
     "price": {"input": 10, "output": 40, "cache_read": 1, "cache_write": null, "reasoning": null},
     "capabilities": {"vision": true, "tools": true, "reasoning": true},
     "quality": {"code": 5, "reasoning": 5, "planning": 5, "writing": 5, "summarize": 4, "translate": 4, "chat": 4}},
    {"vendor": "beta", "id": "mid", "name": "Mid", "context_window": 100000, "max_output": 8000,
     "price": {"input": 1, "output": 4, "cache_read": null, "cache_write": null, "reasoning": null},
     "capabilities": {"vision": false, "tools": true, "reasoning": false},
     "quality": {"code": 4, "reasoning": 3, "planning": 4, "writing": 4, "summarize": 4, "translate": 4, "chat": 4}},
    {"vendor": "alpha", "id": "small", "name": "Small", "context_window": 100000, "max_output": 4000,
     "price": {"input": 0.1, "output": 0.4, "cache_read": null, "cache_write": null, "reasoning": null},
     "capabilities": {"vision": true, "tools": false, "reasoning": false},
     "quality": {"code": 2, "reasoning": 2, "planning": 2, "writing": 3, "summarize": 3, "translate": 3, "chat": 3}},
    {"vendor": "local", "id": "tiny", "name": "Tiny", "context_window": 2048, "max_output": 2048,
     "price": {"input": 0, "output": 0, "cache_read": null, "cache_write": null, "reasoning": null},
     "capabilities": {"vision": false, "tools": false, "reasoning": false},
     "quality": {"code": 1, "reasoning": 1, "planning": 1, "writing": 1, "summarize": 2, "translate": 2, "chat": 2}}
  ],
  "routes": {
    "code": ["beta/mid", "alpha/big", "alpha/small", "local/tiny"],
    "reasoning": ["alpha/big", "beta/mid"],
    "planning": ["alpha/big", "beta/mid"],
    "writing": ["beta/mid", "alpha/big"],
    "summarize": ["alpha/small", "beta/mid"],
    "translate": ["alpha/small", "local/tiny"],
    "chat": ["local/tiny", "alpha/small", "beta/mid"]
  }
}"#;

fn r(s: &str) -> ModelRef {
    ModelRef(s.to_owned())
}

fn cents(c: f64) -> Usd {
    Usd::from_dollars(c / 100.0).unwrap()
}

/// A model expected to be rejected, and a check of why.
type ExpectRejected = (&'static str, fn(&Rejection) -> bool);

/// One row of the table: a situation and what must be decided.
struct Case {
    name: &'static str,
    task: Task,
    quality: QualityPreference,
    budget: BudgetLeft,
    needs: Needs,
    input_tokens: u64,
    keys: &'static [&'static str],
    sticky: Option<(&'static str, Task)>,
    pinned: Option<&'static str>,
    pick: Option<&'static str>,
    fallbacks: &'static [&'static str],
    rejected: &'static [ExpectRejected],
}

impl Default for Case {
    fn default() -> Self {
        Case {
            name: "",
            task: Task::Code,
            quality: QualityPreference::Balanced,
            budget: BudgetLeft::default(),
            needs: Needs::default(),
            input_tokens: 1_000,
            keys: &["alpha", "beta"],
            sticky: None,
            pinned: None,
            pick: None,
            fallbacks: &[],
            rejected: &[],
        }
    }
}

fn run(case: &Case) -> sb_core::RouteDecision {
    let catalogue = Catalogue::from_json(CATALOGUE).unwrap();
    let tokens = |_: &ModelInfo, _: u64| PromptFit::whole(case.input_tokens);
    let access = |m: &ModelInfo| {
        if m.vendor == "local" || case.keys.contains(&m.vendor.as_str()) {
            Access::Ready
        } else {
            Access::NoKey {
                provider: m.vendor.clone(),
            }
        }
    };
    decide(&RouteInput {
        catalogue: &catalogue,
        task: case.task,
        needs: case.needs,
        quality: case.quality,
        budget: case.budget,
        wanted_output: 4_000,
        sticky: case.sticky.map(|(m, t)| (r(m), t)),
        pinned: case.pinned.map(r),
        unsure: None,
        prompt_fit: &tokens,
        access: &access,
    })
}

#[test]
fn route_table() {
    let hard = |c: f64| BudgetLeft {
        remaining: Some(cents(c)),
        mode: BudgetMode::Hard,
    };
    let cases = [
        Case {
            name: "balanced follows the route order",
            pick: Some("beta/mid"),
            fallbacks: &["alpha/big", "alpha/small", "local/tiny"],
            ..Case::default()
        },
        Case {
            name: "best ranks by quality tier",
            quality: QualityPreference::Best,
            pick: Some("alpha/big"),
            fallbacks: &["beta/mid", "alpha/small", "local/tiny"],
            ..Case::default()
        },
        Case {
            name: "cheapest ranks by expected cost",
            quality: QualityPreference::Cheapest,
            input_tokens: 100,
            pick: Some("local/tiny"),
            fallbacks: &["alpha/small", "beta/mid", "alpha/big"],
            ..Case::default()
        },
        Case {
            name: "a missing key removes a vendor",
            keys: &["alpha"],
            pick: Some("alpha/big"),
            rejected: &[("beta/mid", |r| matches!(r, Rejection::NoKey { .. }))],
            fallbacks: &["alpha/small", "local/tiny"],
            ..Case::default()
        },
        Case {
            name: "images need a vision model",
            needs: Needs {
                vision: true,
                tools: false,
            },
            pick: Some("alpha/big"),
            rejected: &[("beta/mid", |r| *r == Rejection::NoVision)],
            fallbacks: &["alpha/small"],
            ..Case::default()
        },
        Case {
            name: "tools need a tool model",
            task: Task::Translate,
            needs: Needs {
                vision: false,
                tools: true,
            },
            pick: None,
            rejected: &[("alpha/small", |r| *r == Rejection::NoTools)],
            ..Case::default()
        },
        Case {
            name: "context must fit",
            task: Task::Chat,
            input_tokens: 1_900,
            pick: Some("alpha/small"),
            rejected: &[("local/tiny", |r| {
                matches!(
                    r,
                    Rejection::ContextTooSmall {
                        needed: 2156,
                        window: 2048
                    }
                )
            })],
            fallbacks: &["beta/mid"],
            ..Case::default()
        },
        Case {
            name: "a hard budget skips models that cannot fit a minimal answer",
            // big: 1000 in = 1c, 256 out = 1.024c -> needs 2.024c; mid: 0.1c + 0.1024c.
            task: Task::Reasoning,
            budget: hard(1.5),
            pick: Some("beta/mid"),
            rejected: &[("alpha/big", |r| matches!(r, Rejection::OverBudget { .. }))],
            ..Case::default()
        },
        Case {
            name: "nothing fits: blocked",
            task: Task::Reasoning,
            budget: hard(0.1),
            pick: None,
            rejected: &[
                ("alpha/big", |r| matches!(r, Rejection::OverBudget { .. })),
                ("beta/mid", |r| matches!(r, Rejection::OverBudget { .. })),
            ],
            ..Case::default()
        },
        Case {
            name: "sticky keeps the current model for the same task",
            sticky: Some(("alpha/small", Task::Code)),
            pick: Some("alpha/small"),
            fallbacks: &["beta/mid", "alpha/big", "local/tiny"],
            ..Case::default()
        },
        Case {
            name: "a changed task drops stickiness",
            sticky: Some(("alpha/small", Task::Chat)),
            pick: Some("beta/mid"),
            fallbacks: &["alpha/big", "alpha/small", "local/tiny"],
            ..Case::default()
        },
        Case {
            name: "pinning bypasses the route",
            pinned: Some("alpha/small"),
            task: Task::Reasoning,
            pick: Some("alpha/small"),
            ..Case::default()
        },
        Case {
            name: "a pinned model without a key is not silently replaced",
            pinned: Some("beta/mid"),
            keys: &["alpha"],
            pick: None,
            rejected: &[("beta/mid", |r| matches!(r, Rejection::NoKey { .. }))],
            ..Case::default()
        },
        Case {
            name: "an unknown pinned model is reported",
            pinned: Some("gamma/none"),
            pick: None,
            rejected: &[("gamma/none", |r| *r == Rejection::NotInCatalogue)],
            ..Case::default()
        },
    ];
    for case in &cases {
        let d = run(case);
        assert_eq!(
            d.pick.as_ref().map(|m| m.0.as_str()),
            case.pick,
            "{}: pick ({})",
            case.name,
            d.reason
        );
        if !case.fallbacks.is_empty() {
            let got: Vec<&str> = d.fallbacks().iter().map(|c| c.model.0.as_str()).collect();
            assert_eq!(got, case.fallbacks, "{}: fallbacks in order", case.name);
        }
        for (model, check) in case.rejected {
            let c = d
                .candidates
                .iter()
                .find(|c| c.model.0 == *model)
                .unwrap_or_else(|| panic!("{}: {model} must be listed", case.name));
            match &c.verdict {
                Verdict::Rejected { reason } => assert!(
                    check(reason),
                    "{}: {model} rejected for the wrong reason: {reason}",
                    case.name
                ),
                other => panic!("{}: {model} should be rejected, was {other:?}", case.name),
            }
        }
        assert!(
            !d.reason.is_empty(),
            "{}: every decision explains itself",
            case.name
        );
    }
}

#[test]
fn hard_budget_clamps_output_so_the_reservation_fits() {
    // 1.5c left; mid: 1000 input tokens = 0.1c, so 1.4c buys 3500 output tokens at $4/M.
    let case = Case {
        task: Task::Writing,
        budget: BudgetLeft {
            remaining: Some(cents(1.5)),
            mode: BudgetMode::Hard,
        },
        ..Case::default()
    };
    let d = run(&case);
    let pick = d.picked().expect("mid fits");
    assert_eq!(pick.model, r("beta/mid"), "route order");
    assert_eq!(
        pick.max_output, 3_500,
        "output clamped to what the budget buys"
    );
    assert!(
        pick.reserve <= cents(1.5),
        "the reservation fits the budget: {}",
        pick.reserve
    );
    assert!(
        d.reason.contains("3500 tokens"),
        "the clamp is explained: {}",
        d.reason
    );
}

#[test]
fn blocked_decisions_say_what_is_needed() {
    let case = Case {
        task: Task::Reasoning,
        budget: BudgetLeft {
            remaining: Some(cents(0.1)),
            mode: BudgetMode::Hard,
        },
        ..Case::default()
    };
    let d = run(&case);
    let blocked = d.blocked.expect("nothing fits");
    // mid is the cheapest: 1000 × $1/M + 256 × $4/M = $0.001 + $0.001024.
    assert_eq!(
        blocked.needed,
        Usd(2_024_000),
        "the cheapest model's minimum"
    );
    assert_eq!(blocked.remaining, cents(0.1), "what is left");
    assert!(
        d.reason.contains("Raise the cap"),
        "the block offers a way out: {}",
        d.reason
    );
    assert_eq!(
        MIN_OUTPUT_TOKENS, 256,
        "the figures above assume a 256-token minimum"
    );
}

#[test]
fn soft_budgets_never_block() {
    let case = Case {
        task: Task::Reasoning,
        budget: BudgetLeft {
            remaining: Some(Usd::ZERO),
            mode: BudgetMode::Soft,
        },
        ..Case::default()
    };
    assert_eq!(
        run(&case).pick,
        Some(r("alpha/big")),
        "a soft cap only warns"
    );
}

/// Two specialists and an all-rounder: "thinker" is strong at reasoning and weak at
/// planning, "planner" the other way round, "allround" good at both and dearer. The
/// reasoning route starts with thinker, planning with planner, code with thinker.
const DOUBT_CATALOGUE: &str = r#"{
  "schema": 1,
  "source": {"name": "test", "version": "1", "licence": "MIT", "url": "-", "retrieved": "2026-11-22"},
  "vendors": [
    {"id": "alpha", "name": "Alpha", "base_url": "https://alpha.test/v1", "hosts": ["alpha.test"], "needs_key": true, "tokenizer": "openai"},
    {"id": "beta", "name": "Beta", "base_url": "https://beta.test/v1", "hosts": ["beta.test"], "needs_key": true, "tokenizer": "openai"}
  ],
  "models": [
    {"vendor": "alpha", "id": "thinker", "name": "Thinker", "context_window": 100000, "max_output": 4000,
     "price": {"input": 0.1, "output": 0.4, "cache_read": null, "cache_write": null, "reasoning": null},
     "capabilities": {"vision": false, "tools": false, "reasoning": true},
     "quality": {"code": 3, "reasoning": 5, "planning": 2, "writing": 3, "summarize": 3, "translate": 3, "chat": 3}},
    {"vendor": "alpha", "id": "planner", "name": "Planner", "context_window": 100000, "max_output": 4000,
     "price": {"input": 0.1, "output": 0.4, "cache_read": null, "cache_write": null, "reasoning": null},
     "capabilities": {"vision": false, "tools": false, "reasoning": false},
     "quality": {"code": 2, "reasoning": 2, "planning": 5, "writing": 3, "summarize": 3, "translate": 3, "chat": 3}},
    {"vendor": "beta", "id": "allround", "name": "Allround", "context_window": 100000, "max_output": 4000,
     "price": {"input": 1, "output": 4, "cache_read": null, "cache_write": null, "reasoning": null},
     "capabilities": {"vision": false, "tools": false, "reasoning": true},
     "quality": {"code": 4, "reasoning": 4, "planning": 4, "writing": 4, "summarize": 4, "translate": 4, "chat": 4}}
  ],
  "routes": {
    "code": ["alpha/thinker", "beta/allround"],
    "reasoning": ["alpha/thinker", "beta/allround"],
    "planning": ["alpha/planner", "beta/allround"],
    "writing": ["beta/allround"],
    "summarize": ["beta/allround"],
    "translate": ["beta/allround"],
    "chat": ["beta/allround"]
  }
}"#;

/// A reasoning turn on the doubt catalogue, with the classifier at `confidence` and
/// `runner_up` second.
fn doubtful(
    confidence: f32,
    runner_up: (Task, f32),
    quality: QualityPreference,
    budget: BudgetLeft,
    keys: &[&str],
) -> sb_core::RouteDecision {
    let catalogue = Catalogue::from_json(DOUBT_CATALOGUE).unwrap();
    let classification = Classification {
        task: Task::Reasoning,
        confidence,
        basis: Basis::Model,
        reason: String::new(),
        features: Vec::new(),
        runner_up: Some(Alternative {
            task: runner_up.0,
            confidence: runner_up.1,
        }),
    };
    let tokens = |_: &ModelInfo, _: u64| PromptFit::whole(1_000);
    let access = |m: &ModelInfo| {
        if keys.contains(&m.vendor.as_str()) {
            Access::Ready
        } else {
            Access::NoKey {
                provider: m.vendor.clone(),
            }
        }
    };
    decide(&RouteInput {
        catalogue: &catalogue,
        task: classification.task,
        needs: Needs::default(),
        quality,
        budget,
        wanted_output: 4_000,
        sticky: None,
        pinned: None,
        unsure: Unsure::of(&classification),
        prompt_fit: &tokens,
        access: &access,
    })
}

#[test]
fn an_unsure_classifier_prefers_a_model_strong_at_both_tasks() {
    let all = ["alpha", "beta"];
    let open = BudgetLeft::default();
    let pick = |d: &sb_core::RouteDecision| d.pick.as_ref().map(|m| m.0.clone());

    let sure = doubtful(
        0.9,
        (Task::Planning, 0.08),
        QualityPreference::Balanced,
        open,
        &all,
    );
    assert_eq!(
        pick(&sure).as_deref(),
        Some("alpha/thinker"),
        "a sure classifier keeps the route's first choice: {}",
        sure.reason
    );

    let unsure = doubtful(
        0.55,
        (Task::Planning, 0.38),
        QualityPreference::Balanced,
        open,
        &all,
    );
    assert_eq!(
        pick(&unsure).as_deref(),
        Some("beta/allround"),
        "unsure between reasoning and planning, the model strong at both answers: {}",
        unsure.reason
    );
    assert!(
        unsure
            .reason
            .contains("unsure between reasoning and planning (55% / 38%)")
            && unsure.reason.contains("strong at both")
            && unsure.reason.contains("rather than Thinker"),
        "the explanation says why, in words: {}",
        unsure.reason
    );
    let fallbacks: Vec<&str> = unsure
        .fallbacks()
        .iter()
        .map(|c| c.model.0.as_str())
        .collect();
    assert_eq!(
        fallbacks,
        ["alpha/thinker"],
        "the specialist stays as the fallback"
    );

    let cheapest = doubtful(
        0.55,
        (Task::Planning, 0.38),
        QualityPreference::Cheapest,
        open,
        &all,
    );
    assert_eq!(
        pick(&cheapest).as_deref(),
        Some("beta/allround"),
        "even under 'cheapest' the cheaper specialist does not win when it serves only one task: {}",
        cheapest.reason
    );

    let agree = doubtful(
        0.55,
        (Task::Code, 0.38),
        QualityPreference::Balanced,
        open,
        &all,
    );
    assert_eq!(
        pick(&agree).as_deref(),
        Some("alpha/thinker"),
        "when both tasks' routes pick the same model nothing changes: {}",
        agree.reason
    );
    assert!(
        !agree.reason.contains("unsure"),
        "and no doubt is reported: {}",
        agree.reason
    );

    let no_key = doubtful(
        0.55,
        (Task::Planning, 0.38),
        QualityPreference::Balanced,
        open,
        &["alpha"],
    );
    assert_eq!(
        pick(&no_key).as_deref(),
        Some("alpha/thinker"),
        "only usable models are preferred: {}",
        no_key.reason
    );
}

#[test]
fn doubt_never_spends_past_a_hard_cap() {
    // 0.1c left: thinker fits (1000 in = 0.01c, the rest buys its output), allround needs
    // 0.1c + 0.1024c for a minimal answer.
    let cap = cents(0.1);
    let d = doubtful(
        0.55,
        (Task::Planning, 0.38),
        QualityPreference::Balanced,
        BudgetLeft {
            remaining: Some(cap),
            mode: BudgetMode::Hard,
        },
        &["alpha", "beta"],
    );
    let picked = d.picked().expect("thinker fits the budget");
    assert_eq!(
        picked.model,
        r("alpha/thinker"),
        "the model strong at both is over budget, so the specialist answers: {}",
        d.reason
    );
    assert!(
        picked.reserve <= cap,
        "the reservation fits the cap: {}",
        picked.reserve
    );
}

#[test]
fn unsure_means_below_the_threshold_with_a_runner_up() {
    let c = |confidence: f32, runner_up: Option<Alternative>| Classification {
        task: Task::Reasoning,
        confidence,
        basis: Basis::Model,
        reason: String::new(),
        features: Vec::new(),
        runner_up,
    };
    let second = Some(Alternative {
        task: Task::Planning,
        confidence: 0.3,
    });
    assert!(
        Unsure::of(&c(UNSURE_BELOW, second)).is_none(),
        "at the threshold the classifier counts as sure"
    );
    let unsure = Unsure::of(&c(0.59, second)).expect("below the threshold it is unsure");
    assert_eq!(unsure.runner_up, Task::Planning, "and names its runner-up");
    assert!(
        Unsure::of(&c(0.3, None)).is_none(),
        "without a runner-up there is nothing to weigh"
    );
}

#[test]
fn models_without_a_key_are_said_once() {
    // Only the local model needs no key: the other three of the code route are skipped
    // for want of one, and one for a reason worth its own words.
    let d = run(&Case {
        keys: &[],
        ..Case::default()
    });
    assert_eq!(d.pick, Some(r("local/tiny")), "{}", d.reason);
    let group = d.no_key.as_ref().expect("three models have no key");
    assert_eq!(
        group.models,
        [r("beta/mid"), r("alpha/big"), r("alpha/small")],
        "every model without a key, in route order"
    );
    assert_eq!(
        group.summary, "3 models skipped: no key (Mid, Big and Small)",
        "one line names them"
    );
    assert_eq!(
        d.candidates.len(),
        4,
        "the grouped models are still listed as candidates (the JSON contract)"
    );
    assert!(
        !d.reason.contains("no API key") && !d.reason.contains("Skipped"),
        "the reason does not list them one by one: {}",
        d.reason
    );

    let many = run(&Case {
        task: Task::Code,
        keys: &[],
        needs: Needs {
            vision: true,
            tools: false,
        },
        ..Case::default()
    });
    assert!(
        many.pick.is_none(),
        "no model with a key reads images: {}",
        many.reason
    );
    assert!(
        many.reason.contains("Tiny (cannot read images)")
            && many.reason.contains("3 without a key"),
        "when nothing is usable the reason names both causes: {}",
        many.reason
    );

    let all_keys = run(&Case::default());
    assert!(
        all_keys.no_key.is_none(),
        "with every key there is nothing to group"
    );
}

/// A conversation longer than every window: each model is offered the newest part its
/// window holds (with room for the answer), priced on that part; a model whose window
/// cannot hold even the new prompt is still refused for its size.
#[test]
fn a_long_conversation_is_offered_the_newest_part_each_window_holds() {
    use sb_core::route::{fit, kept};
    use sb_core::Role;
    let catalogue = Catalogue::from_json(CATALOGUE).unwrap();
    // A system prompt, 600 turns of 500 tokens (300,000 in all), a prompt of 1,900.
    let mut messages = vec![(Role::System, 200)];
    for i in 0..600 {
        let role = if i % 2 == 0 {
            Role::User
        } else {
            Role::Assistant
        };
        messages.push((role, 500));
    }
    messages.push((Role::User, 1_900));
    let offered = |_: &ModelInfo, limit: u64| fit(&messages, limit);
    let access = |_: &ModelInfo| Access::Ready;
    let decision = decide(&RouteInput {
        catalogue: &catalogue,
        task: Task::Code,
        needs: Needs::default(),
        quality: QualityPreference::Balanced,
        budget: BudgetLeft::default(),
        wanted_output: 4_000,
        sticky: None,
        pinned: None,
        unsure: None,
        prompt_fit: &offered,
        access: &access,
    });
    assert_eq!(decision.pick, Some(r("beta/mid")), "{decision:#?}");
    let by = |m: &str| {
        decision
            .candidates
            .iter()
            .find(|c| c.model == r(m))
            .unwrap()
            .clone()
    };
    for (model, window, answer) in [
        ("beta/mid", 100_000, 4_000),
        ("alpha/big", 200_000, 4_000),
        ("alpha/small", 100_000, 4_000),
    ] {
        let c = by(model);
        assert!(c.left_out > 0, "{model} cannot hold 300,000 tokens");
        assert!(
            c.input_tokens + answer <= window && c.input_tokens + answer + 1_000 > window,
            "{model}: as much as fits and no more ({} + {answer} in {window})",
            c.input_tokens
        );
        assert_eq!(c.max_output, answer, "{model}: the answer keeps its room");
        let sent = kept(
            &messages,
            |(r, _)| *r,
            fit(&messages, window - answer).left_out,
        );
        assert_eq!(
            sent.iter().map(|(_, t)| t).sum::<u64>(),
            c.input_tokens,
            "{model}: what is priced is what is sent"
        );
        assert_eq!(
            sent[1].0,
            Role::User,
            "{model}: the kept part opens with a question"
        );
    }
    assert!(
        by("alpha/big").left_out < by("beta/mid").left_out,
        "a bigger window holds more"
    );
    assert!(
        matches!(
            by("local/tiny").verdict,
            Verdict::Rejected {
                reason: Rejection::ContextTooSmall { .. }
            }
        ),
        "2,048 tokens cannot hold the 2,100 tokens of system prompt and prompt"
    );
    let left_out = by("beta/mid").left_out;
    assert!(
        decision.reason.contains(&format!(
            "The oldest {left_out} messages of this conversation are not sent, so the rest fits Mid's 100000-token window."
        )),
        "the explanation says what was not sent: {}",
        decision.reason
    );
}
