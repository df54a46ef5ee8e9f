//! Budget arithmetic: caps, what is spent and reserved, and whether a new
//! reservation may be admitted.
//!
//! The store applies these rules inside one write transaction (so turns in flight in
//! any number of threads or processes are serialised); this module is the rule
//! itself, kept pure so it can be property-tested.
//!
//! Invariants, for a hard cap: a reservation is admitted only if spent + reserved +
//! the new amount ≤ cap, and a settlement never costs more than its reservation
//! (callers reserve an upper bound: input counted as an upper bound and output at the
//! request's `max_tokens`). Together these keep spend ≤ cap at every moment.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::money::Usd;
use crate::route::BudgetMode;

/// A spending limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Cap {
    pub amount: Usd,
    pub mode: BudgetMode,
}

/// One scope's money: a conversation, or the month across all conversations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Ledger {
    pub cap: Option<Cap>,
    /// Settled cost.
    pub spent: Usd,
    /// Held by turns in flight.
    pub reserved: Usd,
    /// Calls on models with no price: in the ledger, at no cost, their cost unknown.
    #[serde(default)]
    #[ts(type = "number")]
    pub unpriced_calls: u64,
}

/// How close spend is to a cap, for the meter and the soft-cap warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Unlimited,
    Fine,
    /// At or past 80% of the cap.
    Near,
    /// At or past the cap (only reachable under a soft cap).
    Reached,
}

/// Share of a cap that counts as "near".
const NEAR_PERCENT: i64 = 80;

impl Ledger {
    /// What may still be reserved; `None` when there is no cap.
    pub fn remaining(&self) -> Option<Usd> {
        self.cap.map(|c| {
            let left = c
                .amount
                .saturating_sub(self.spent)
                .saturating_sub(self.reserved);
            Usd(left.0.max(0))
        })
    }

    /// Whether `amount` may be reserved now. Soft caps never refuse.
    pub fn admits(&self, amount: Usd) -> bool {
        match self.cap {
            Some(Cap {
                mode: BudgetMode::Hard,
                ..
            }) => self.remaining().is_some_and(|left| amount <= left),
            _ => true,
        }
    }

    pub fn level(&self) -> Level {
        let Some(cap) = self.cap else {
            return Level::Unlimited;
        };
        // i128: 100 × an i64 amount cannot overflow it.
        let spent = i128::from(self.spent.0) * 100;
        let cap_amount = i128::from(cap.amount.0);
        if spent >= cap_amount * 100 {
            Level::Reached
        } else if spent >= cap_amount * i128::from(NEAR_PERCENT) {
            Level::Near
        } else {
            Level::Fine
        }
    }
}

/// The tighter of two scopes' remaining amounts, as the router sees it; a scope with
/// only a soft cap does not limit routing.
pub fn routing_budget(conversation: &Ledger, month: &Ledger) -> crate::route::BudgetLeft {
    let hard = |l: &Ledger| match l.cap {
        Some(Cap {
            mode: BudgetMode::Hard,
            ..
        }) => l.remaining(),
        _ => None,
    };
    let remaining = match (hard(conversation), hard(month)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    crate::route::BudgetLeft {
        remaining,
        mode: if remaining.is_some() {
            BudgetMode::Hard
        } else {
            BudgetMode::Soft
        },
    }
}

const DAY_MS: i64 = 86_400_000;

/// The UTC calendar date `(year, month 1–12, day 1–31)` of a Unix-ms instant
/// (proleptic Gregorian, civil-from-days), with no date crate in the pure core.
pub fn utc_date(ms: i64) -> (i64, i64, i64) {
    let z = ms.div_euclid(DAY_MS) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Start of the UTC calendar month containing `now_ms` (Unix ms). Monthly caps count
/// from here; UTC so the boundary is the same on every machine the user owns.
pub fn month_start_utc(now_ms: i64) -> i64 {
    let (_, _, day) = utc_date(now_ms);
    (now_ms.div_euclid(DAY_MS) - (day - 1)) * DAY_MS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hard(cents: i64) -> Option<Cap> {
        Some(Cap {
            amount: Usd(cents * 10_000_000),
            mode: BudgetMode::Hard,
        })
    }

    #[test]
    fn months_start_at_midnight_utc_on_the_first() {
        // 2026-11-22T12:34:56Z -> 2026-11-01T00:00:00Z
        assert_eq!(
            month_start_utc(1_795_350_896_000),
            1_793_491_200_000,
            "mid-November"
        );
        // 2024-02-29T23:59:59Z (leap day) -> 2024-02-01
        assert_eq!(
            month_start_utc(1_709_251_199_000),
            1_706_745_600_000,
            "leap February"
        );
        assert_eq!(
            month_start_utc(1_793_491_200_000),
            1_793_491_200_000,
            "the first instant is its own start"
        );
        assert_eq!(month_start_utc(0), 0, "the epoch is a month start");
        assert_eq!(utc_date(0), (1970, 1, 1), "the epoch");
        assert_eq!(utc_date(1_709_251_199_000), (2024, 2, 29), "a leap day");
    }

    #[test]
    fn hard_caps_admit_exactly_what_is_left() {
        let l = Ledger {
            cap: hard(1),
            spent: Usd(4_000_000),
            reserved: Usd(1_000_000),
            unpriced_calls: 0,
        };
        assert_eq!(
            l.remaining(),
            Some(Usd(5_000_000)),
            "cap − spent − reserved"
        );
        assert!(l.admits(Usd(5_000_000)), "the exact remainder fits");
        assert!(!l.admits(Usd(5_000_001)), "one nano-dollar more does not");
    }

    #[test]
    fn soft_caps_warn_but_never_refuse() {
        let l = Ledger {
            cap: Some(Cap {
                amount: Usd(100),
                mode: BudgetMode::Soft,
            }),
            spent: Usd(85),
            reserved: Usd::ZERO,
            unpriced_calls: 0,
        };
        assert!(l.admits(Usd(1_000)), "soft caps do not block");
        assert_eq!(l.level(), Level::Near, "85% is near");
        let over = Ledger {
            spent: Usd(100),
            ..l
        };
        assert_eq!(over.level(), Level::Reached, "100% is reached");
        assert_eq!(
            Ledger::default().level(),
            Level::Unlimited,
            "no cap, no level"
        );
    }

    #[test]
    fn routing_sees_the_tighter_hard_scope() {
        let conv = Ledger {
            cap: hard(5),
            ..Ledger::default()
        };
        let month = Ledger {
            cap: hard(2),
            ..Ledger::default()
        };
        let b = routing_budget(&conv, &month);
        assert_eq!(
            b.remaining,
            Some(Usd(20_000_000)),
            "the month's 2 cents are tighter"
        );
        assert_eq!(b.mode, BudgetMode::Hard, "a hard scope makes routing hard");
        let soft_only = routing_budget(&Ledger::default(), &Ledger::default());
        assert_eq!(soft_only.remaining, None, "no caps, no limit");
    }
}
