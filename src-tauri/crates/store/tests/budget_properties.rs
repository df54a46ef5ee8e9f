//! Property test of the real database's budget bookkeeping: random sequences of
//! reservations, settlements (at any cost up to the reservation, and sometimes above
//! it: a provider that bills more than was counted), releases and conversation
//! deletions across three conversations under one monthly cap. Hard caps are never
//! passed by more than what providers billed above their reservations, once passed they
//! admit no reservation that costs anything, no conversation's spend is lost when
//! another is deleted, and the append-only ledger always sums to what was settled —
//! deleted conversations included.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use sb_core::budget::Cap;
use sb_core::{BudgetMode, Usd};
use sb_store::{Caps, Store, UsageEntry};

#[derive(Debug, Clone)]
enum Op {
    Reserve {
        conversation: usize,
        amount: i64,
    },
    Settle {
        which: prop::sample::Index,
        permille: u16,
    },
    Release {
        which: prop::sample::Index,
    },
    Delete {
        conversation: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..3, 1i64..400_000).prop_map(|(conversation, amount)| Op::Reserve { conversation, amount }),
        3 => (any::<prop::sample::Index>(), 0u16..=1000).prop_map(|(which, permille)| Op::Settle { which, permille }),
        1 => (any::<prop::sample::Index>(), 1001u16..=3000).prop_map(|(which, permille)| Op::Settle { which, permille }),
        1 => any::<prop::sample::Index>().prop_map(|which| Op::Release { which }),
        1 => (0usize..3).prop_map(|conversation| Op::Delete { conversation }),
    ]
}

fn hard(amount: i64) -> Option<Cap> {
    Some(Cap {
        amount: Usd(amount),
        mode: BudgetMode::Hard,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_turns_keep_hard_caps_and_the_ledger_adds_up(
        conversation_cap in 100_000i64..1_000_000,
        month_cap in 200_000i64..2_000_000,
        ops in proptest::collection::vec(op(), 1..60),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("p.db")).unwrap();
        let mut conversations: Vec<Option<i64>> = (0..3)
            .map(|i| Some(store.create_conversation(&format!("c{i}"), 0).unwrap().id))
            .collect();
        let caps = Caps { conversation: hard(conversation_cap), month: hard(month_cap), month_start: 0 };
        // (reservation id, conversation, amount)
        let mut in_flight: Vec<(i64, i64, i64)> = Vec::new();
        let mut settled_total = 0i64;
        // Billed above reservations, in total and per conversation.
        let mut overrun = 0i64;
        let mut overrun_of = std::collections::HashMap::<i64, i64>::new();

        for (step, op) in ops.into_iter().enumerate() {
            let at = i64::try_from(step).unwrap();
            match op {
                Op::Reserve { conversation, amount } => {
                    let Some(id) = conversations[conversation] else { continue };
                    let (before, month_before) = store.ledgers(id, &caps).unwrap();
                    match store.reserve(id, Usd(amount), &caps, at).unwrap() {
                        Ok(reservation) => {
                            prop_assert!(
                                before.spent.0 < conversation_cap && month_before.spent.0 < month_cap,
                                "a reached hard cap admitted {amount}: {before:?} {month_before:?}"
                            );
                            in_flight.push((reservation, id, amount));
                        }
                        Err(_) => prop_assert!(
                            !before.admits(Usd(amount)) || !month_before.admits(Usd(amount)),
                            "refused {amount} although both ledgers admitted it"
                        ),
                    }
                }
                Op::Settle { which, permille } if !in_flight.is_empty() => {
                    let (reservation, conversation, amount) = in_flight.remove(which.index(in_flight.len()));
                    let cost = amount * i64::from(permille) / 1000;
                    store.settle(reservation, &UsageEntry {
                        at,
                        conversation_id: Some(conversation),
                        message_id: None,
                        provider: Some("p".into()),
                        model: "v/m".into(),
                        task: Some("chat".into()),
                        input_tokens: 1,
                        output_tokens: 1,
                        reasoning_tokens: 0,
                        cache_read_tokens: 0,
                        cache_write_tokens: 0,
                        cost: Usd(cost),
                        exact: true,
                        priced: true,
                    }).unwrap();
                    settled_total += cost;
                    overrun += (cost - amount).max(0);
                    *overrun_of.entry(conversation).or_default() += (cost - amount).max(0);
                }
                Op::Release { which } if !in_flight.is_empty() => {
                    let (reservation, ..) = in_flight.remove(which.index(in_flight.len()));
                    store.release(reservation).unwrap();
                }
                Op::Delete { conversation } => {
                    // Only idle conversations are deleted (the app refuses while a turn runs).
                    if let Some(id) = conversations[conversation] {
                        if in_flight.iter().all(|(_, c, _)| *c != id) {
                            store.delete_conversation(id).unwrap();
                            conversations[conversation] = None;
                        }
                    }
                }
                _ => {}
            }
            for id in conversations.iter().flatten() {
                let (c, m) = store.ledgers(*id, &caps).unwrap();
                let own = overrun_of.get(id).copied().unwrap_or(0);
                prop_assert!(c.spent.0 + c.reserved.0 <= conversation_cap + own, "conversation over its cap by more than was overbilled: {:?}", c);
                prop_assert!(m.spent.0 + m.reserved.0 <= month_cap + overrun, "month over its cap by more than was overbilled: {:?}", m);
                prop_assert_eq!(m.spent.0, settled_total, "the month counts deleted conversations' spend too");
            }
            let ledger_sum: i64 = store.usage_since(0).unwrap().iter().map(|e| e.cost.0).sum();
            prop_assert_eq!(ledger_sum, settled_total, "the ledger sums to what was settled");
        }
    }
}
