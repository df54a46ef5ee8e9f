//! Property tests of the budget invariant, over the real route decision and the real
//! budget rules: whatever the prices, token counts, reported usages and interleaving
//! of turns in flight, spend under a hard cap never passes it, and the ledger adds up.
//!
//! The store applies the same `Ledger::admits` rule inside one SQLite transaction per
//! reservation (its own property test drives the real database); here the turns are
//! interleaved by proptest, which shrinks any failure to a minimal sequence.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use proptest::prelude::*;
use sb_core::budget::{routing_budget, Cap, Ledger};
use sb_core::catalogue::{
    Capabilities, Catalogue, CatalogueSource, ModelInfo, ModelRef, Price, Quality, Tokenizer,
    Vendor,
};
use sb_core::route::{decide, Access, BudgetMode, Needs, PromptFit, QualityPreference, RouteInput};
use sb_core::{Task, Usage, Usd};

/// Dollars per million tokens, from free to frontier prices, in cents.
fn price_strategy() -> impl Strategy<Value = Price> {
    let dollars = || (0u32..=20_000).prop_map(|c| f64::from(c) / 100.0);
    (
        dollars(),
        dollars(),
        proptest::option::of(dollars()),
        proptest::option::of(dollars()),
        proptest::option::of(dollars()),
    )
        .prop_map(
            |(input, output, cache_read, cache_write, reasoning)| Price {
                input,
                output,
                cache_read,
                cache_write,
                reasoning,
            },
        )
}

fn model(i: usize, price: Price, context_window: u64, max_output: u64) -> ModelInfo {
    ModelInfo {
        vendor: "v".into(),
        id: format!("m{i}"),
        name: format!("Model {i}"),
        context_window,
        max_output,
        price,
        capabilities: Capabilities::default(),
        quality: Quality {
            code: 3,
            reasoning: 3,
            planning: 3,
            writing: 3,
            summarize: 3,
            translate: 3,
            chat: 3,
        },
    }
}

fn catalogue(models: Vec<ModelInfo>) -> Catalogue {
    let route: Vec<ModelRef> = models.iter().map(ModelInfo::reference).collect();
    Catalogue {
        source: CatalogueSource {
            name: "proptest".into(),
            version: "1".into(),
            licence: "-".into(),
            url: "-".into(),
            retrieved: "-".into(),
        },
        vendors: vec![Vendor {
            id: "v".into(),
            name: "V".into(),
            base_url: "http://v.test".into(),
            hosts: vec!["v.test".into()],
            needs_key: true,
            tokenizer: Tokenizer::Estimate,
        }],
        models,
        routes: Task::ALL.iter().map(|t| (*t, route.clone())).collect(),
    }
}

fn models_strategy() -> impl Strategy<Value = Vec<ModelInfo>> {
    proptest::collection::vec((price_strategy(), 1_000u64..400_000, 1u64..64_000), 1..4).prop_map(
        |specs| {
            specs
                .into_iter()
                .enumerate()
                .map(|(i, (price, window, max_output))| model(i, price, window, max_output))
                .collect()
        },
    )
}

/// A reported usage no larger than what was reserved for (the provider cannot bill
/// past `max_tokens`, and prompts are counted as an upper bound), with arbitrary
/// detail counts, including ones larger than their totals, as some gateways send.
fn usage_within(input: u64, output: u64, fractions: [u16; 5]) -> Usage {
    let part = |total: u64, f: u16| u32::try_from(total * u64::from(f) / 1000).unwrap();
    Usage {
        input_tokens: part(input, fractions[0].min(1000)),
        output_tokens: part(output, fractions[1].min(1000)),
        reasoning_tokens: part(output, fractions[2]),
        cache_read_tokens: part(input, fractions[3]),
        cache_write_tokens: part(input, fractions[4]),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// One turn: the pick's reservation fits the budget left, and any usage the
    /// request can produce settles at or below the reservation.
    #[test]
    fn a_settled_turn_never_costs_more_than_it_reserved(
        models in models_strategy(),
        input_tokens in 0u64..300_000,
        wanted_output in 1u64..32_000,
        remaining_cents in 0i64..500,
        quality in prop_oneof![
            Just(QualityPreference::Cheapest),
            Just(QualityPreference::Balanced),
            Just(QualityPreference::Best),
        ],
        fractions in proptest::array::uniform5(0u16..1500),
    ) {
        let catalogue = catalogue(models);
        let remaining = Usd(remaining_cents * 10_000_000);
        let decision = decide(&RouteInput {
            catalogue: &catalogue,
            task: Task::Chat,
            needs: Needs::default(),
            quality,
            budget: sb_core::route::BudgetLeft { remaining: Some(remaining), mode: BudgetMode::Hard },
            wanted_output,
            sticky: None,
            pinned: None,
            unsure: None,
            prompt_fit: &|_, _| PromptFit::whole(input_tokens),
            access: &|_| Access::Ready,
        });
        match decision.picked() {
            Some(pick) => {
                prop_assert!(pick.reserve <= remaining, "reserved {} with {} left", pick.reserve, remaining);
                prop_assert!(pick.max_output <= wanted_output);
                let rates = catalogue.model(&pick.model).unwrap().price.rates().unwrap();
                let usage = usage_within(pick.input_tokens, pick.max_output, fractions);
                let cost = rates.cost_of(&usage);
                prop_assert!(cost <= pick.reserve, "settled {} above reservation {}", cost, pick.reserve);
                // And the worst case itself is covered.
                let worst = Usage {
                    input_tokens: u32::try_from(pick.input_tokens).unwrap(),
                    output_tokens: u32::try_from(pick.max_output).unwrap(),
                    ..Usage::default()
                };
                prop_assert!(rates.cost_of(&worst) <= pick.reserve);
            }
            None => {
                if let Some(blocked) = decision.blocked {
                    prop_assert!(blocked.needed > blocked.remaining, "blocked although {} fits in {}", blocked.needed, blocked.remaining);
                }
            }
        }
    }

    /// Many turns at once: each is decided against what is left after the others'
    /// reservations, admitted under both caps, then settled or released in any order.
    /// Some providers bill more than was reserved (more prompt tokens than counted, or
    /// output past the limit): the ledger records what they billed, so spend may pass a
    /// hard cap by exactly that excess and no more, and once a hard cap is reached no
    /// turn that costs anything is admitted.
    #[test]
    fn interleaved_turns_never_pass_a_hard_cap(
        models in models_strategy(),
        conversation_cents in 0i64..200,
        month_cents in proptest::option::of(0i64..300),
        conversation_hard in any::<bool>(),
        ops in proptest::collection::vec(
            (0u8..4, 0u64..50_000, 1u64..8_000, proptest::array::uniform5(0u16..1500), any::<proptest::sample::Index>()),
            1..80,
        ),
    ) {
        let catalogue = catalogue(models);
        let cap = |cents: i64, hard: bool| Cap {
            amount: Usd(cents * 10_000_000),
            mode: if hard { BudgetMode::Hard } else { BudgetMode::Soft },
        };
        let mut conversation = Ledger { cap: Some(cap(conversation_cents, conversation_hard)), ..Ledger::default() };
        let mut month = Ledger { cap: month_cents.map(|c| cap(c, true)), ..Ledger::default() };
        let mut in_flight: Vec<(Usd, u64, u64, ModelRef)> = Vec::new();
        let mut settled: BTreeMap<ModelRef, Usd> = BTreeMap::new();
        // What providers billed beyond their reservations, in total.
        let mut overrun = Usd::ZERO;

        for (kind, input_tokens, wanted_output, fractions, which) in ops {
            match kind {
                // Start a turn.
                0 => {
                    let decision = decide(&RouteInput {
                        catalogue: &catalogue,
                        task: Task::Code,
                        needs: Needs::default(),
                        quality: QualityPreference::Cheapest,
                        budget: routing_budget(&conversation, &month),
                        wanted_output,
                        sticky: None,
                        pinned: None,
                        unsure: None,
                        prompt_fit: &|_, _| PromptFit::whole(input_tokens),
                        access: &|_| Access::Ready,
                    });
                    if let Some(pick) = decision.picked() {
                        for l in [&conversation, &month] {
                            if let Some(Cap { amount, mode: BudgetMode::Hard }) = l.cap {
                                prop_assert!(
                                    l.spent < amount || pick.reserve == Usd::ZERO,
                                    "a hard cap reached ({} of {}) still admitted a turn reserving {}",
                                    l.spent, amount, pick.reserve
                                );
                            }
                        }
                        // The store's admission rule, applied to both scopes at once.
                        if conversation.admits(pick.reserve) && month.admits(pick.reserve) {
                            conversation.reserved = conversation.reserved.saturating_add(pick.reserve);
                            month.reserved = month.reserved.saturating_add(pick.reserve);
                            in_flight.push((pick.reserve, pick.input_tokens, pick.max_output, pick.model.clone()));
                        } else {
                            prop_assert!(false, "the decision picked {} which the ledger refuses", pick.model);
                        }
                    }
                }
                // Settle a turn in flight with the provider's reported usage.
                1 if !in_flight.is_empty() => {
                    let (reserve, input, output, model) = in_flight.remove(which.index(in_flight.len()));
                    let rates = catalogue.model(&model).unwrap().price.rates().unwrap();
                    let cost = rates.cost_of(&usage_within(input, output, fractions));
                    prop_assert!(cost <= reserve);
                    for l in [&mut conversation, &mut month] {
                        l.reserved = l.reserved.saturating_sub(reserve);
                        l.spent = l.spent.saturating_add(cost);
                    }
                    let total = settled.entry(model).or_insert(Usd::ZERO);
                    *total = total.saturating_add(cost);
                }
                // Settle with usage above what was reserved: the prompt billed at up to
                // three times the count, the output past the limit.
                3 if !in_flight.is_empty() => {
                    let (reserve, input, output, model) = in_flight.remove(which.index(in_flight.len()));
                    let rates = catalogue.model(&model).unwrap().price.rates().unwrap();
                    let factor = 1 + u64::from(fractions[0] % 3);
                    let billed = Usage {
                        input_tokens: u32::try_from(input * factor + 1).unwrap(),
                        output_tokens: u32::try_from(output + 1 + u64::from(fractions[1])).unwrap(),
                        ..Usage::default()
                    };
                    let cost = rates.cost_of(&billed);
                    overrun = overrun.saturating_add(cost.saturating_sub(reserve).max(Usd::ZERO));
                    for l in [&mut conversation, &mut month] {
                        l.reserved = l.reserved.saturating_sub(reserve);
                        l.spent = l.spent.saturating_add(cost);
                    }
                    let total = settled.entry(model).or_insert(Usd::ZERO);
                    *total = total.saturating_add(cost);
                }
                // A turn refused before its first token releases its reservation.
                _ if !in_flight.is_empty() => {
                    let (reserve, ..) = in_flight.remove(which.index(in_flight.len()));
                    for l in [&mut conversation, &mut month] {
                        l.reserved = l.reserved.saturating_sub(reserve);
                    }
                }
                _ => {}
            }
            for l in [&conversation, &month] {
                if let Some(Cap { amount, mode: BudgetMode::Hard }) = l.cap {
                    prop_assert!(
                        l.spent.saturating_add(l.reserved) <= amount.saturating_add(overrun),
                        "spent {} + reserved {} passed the cap {} by more than the {} billed above reservations",
                        l.spent, l.reserved, amount, overrun
                    );
                }
            }
        }
        let ledger_sum = settled.values().fold(Usd::ZERO, |t, c| t.saturating_add(*c));
        prop_assert_eq!(ledger_sum, conversation.spent, "the ledger sums to the conversation's spend");
        prop_assert_eq!(conversation.spent, month.spent, "one conversation: month and conversation agree");
    }

    /// Pricing a usage is monotonic: more tokens never cost less.
    #[test]
    fn more_tokens_never_cost_less(
        price in price_strategy(),
        input in 0u32..1_000_000,
        output in 0u32..100_000,
        extra_in in 0u32..10_000,
        extra_out in 0u32..10_000,
    ) {
        let rates = price.rates().unwrap();
        let base = Usage { input_tokens: input, output_tokens: output, ..Usage::default() };
        let more = Usage { input_tokens: input + extra_in, output_tokens: output + extra_out, ..Usage::default() };
        prop_assert!(rates.cost_of(&base) <= rates.cost_of(&more));
    }
}

#[test]
fn cache_reads_and_reasoning_bill_at_their_own_prices() {
    // $2/M input, $0.50/M cache read, $8/M output, reasoning as output.
    let rates = Price {
        input: 2.0,
        output: 8.0,
        cache_read: Some(0.5),
        cache_write: None,
        reasoning: None,
    }
    .rates()
    .unwrap();
    let usage = Usage {
        input_tokens: 1_000_000,
        output_tokens: 1_000_000,
        reasoning_tokens: 500_000,
        cache_read_tokens: 600_000,
        cache_write_tokens: 0,
    };
    // 400k × $2 + 600k × $0.50 + 1M × $8 = $0.80 + $0.30 + $8 = $9.10
    assert_eq!(rates.cost_of(&usage), Usd::from_dollars(9.10).unwrap());
    let too_many = Usage {
        cache_read_tokens: 5_000_000,
        reasoning_tokens: 9_000_000,
        ..usage
    };
    // Details above their totals are clamped: all input at the cache price.
    assert_eq!(
        rates.cost_of(&too_many),
        Usd::from_dollars(0.5 + 8.0).unwrap()
    );
}
