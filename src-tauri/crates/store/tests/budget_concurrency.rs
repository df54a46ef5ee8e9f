//! Hard caps under contention: many threads, each with its own connection to one
//! database file (as the app and `sb` would be), reserve and settle random amounts.
//! Spend must never pass the cap, and the ledger must add up to what was settled.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use sb_core::budget::Cap;
use sb_core::{BudgetMode, Usd};
use sb_store::{Caps, Store, UsageEntry};

/// A tiny deterministic generator, so failures replay exactly.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn parallel_turns_never_spend_past_a_hard_cap() {
    for seed in 1..=4u64 {
        let dir = tempfile::tempdir().unwrap();
        let path = Arc::new(dir.path().join("budget.db"));
        let setup = Store::open(&path).unwrap();
        let conv = setup.create_conversation("c", 0).unwrap().id;
        let cap = Usd(1_000_000);
        let caps = Caps {
            conversation: Some(Cap {
                amount: cap,
                mode: BudgetMode::Hard,
            }),
            month: Some(Cap {
                amount: Usd(1_500_000),
                mode: BudgetMode::Hard,
            }),
            month_start: 0,
        };
        let threads: Vec<_> = (0..8u64)
            .map(|t| {
                let path = Arc::clone(&path);
                std::thread::spawn(move || {
                    let store = Store::open(&path).unwrap();
                    let mut rng = SplitMix(seed * 1000 + t);
                    let (mut settled, mut refused) = (0i64, 0u32);
                    for i in 0..40 {
                        // Worst case reserved; the actual cost is anything up to it,
                        // as a provider's billed usage is bounded by max_tokens.
                        let reserve = Usd(1 + i64::try_from(rng.below(120_000)).unwrap());
                        match store.reserve(conv, reserve, &caps, i).unwrap() {
                            Ok(id) => {
                                let actual =
                                    i64::try_from(rng.below(u64::try_from(reserve.0).unwrap() + 1))
                                        .unwrap();
                                if rng.below(10) == 0 {
                                    store.release(id).unwrap();
                                } else {
                                    store
                                        .settle(
                                            id,
                                            &UsageEntry {
                                                at: i,
                                                conversation_id: Some(conv),
                                                message_id: None,
                                                provider: None,
                                                model: "m".into(),
                                                task: None,
                                                input_tokens: 1,
                                                output_tokens: 1,
                                                reasoning_tokens: 0,
                                                cache_read_tokens: 0,
                                                cache_write_tokens: 0,
                                                cost: Usd(actual),
                                                exact: true,
                                                priced: true,
                                            },
                                        )
                                        .unwrap();
                                    settled += actual;
                                }
                            }
                            Err(_) => refused += 1,
                        }
                        let (c, _) = store.ledgers(conv, &caps).unwrap();
                        assert!(
                            c.spent.saturating_add(c.reserved) <= cap,
                            "seed {seed}: spent {} + reserved {} passed the cap",
                            c.spent.0,
                            c.reserved.0
                        );
                    }
                    (settled, refused)
                })
            })
            .collect();
        let mut total = 0;
        let mut refusals = 0;
        for t in threads {
            let (s, r) = t.join().unwrap();
            total += s;
            refusals += r;
        }
        let (c, _) = setup.ledgers(conv, &caps).unwrap();
        assert_eq!(
            c.reserved,
            Usd::ZERO,
            "seed {seed}: every reservation was ended"
        );
        assert_eq!(
            c.spent,
            Usd(total),
            "seed {seed}: the ledger sums to what the turns settled"
        );
        let ledger_sum: i64 = setup.usage_since(0).unwrap().iter().map(|e| e.cost.0).sum();
        assert_eq!(
            ledger_sum, total,
            "seed {seed}: row by row the ledger agrees"
        );
        assert!(
            c.spent <= cap,
            "seed {seed}: spend {} within the cap",
            c.spent.0
        );
        assert!(
            refusals > 0,
            "seed {seed}: the cap was actually contended ({refusals} refusals)"
        );
    }
}
