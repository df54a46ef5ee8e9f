//! Money and prices as integers, so budgets add up exactly.
//!
//! Invariants: an amount is a whole number of nano-dollars (1e-9 USD) — fine enough
//! that a single token of the cheapest model still costs a whole unit, and an i64
//! holds more than nine billion dollars. Prices are micro-dollars per million tokens
//! (numerically: pico-dollars per token). Costs round *up*, so an estimate never
//! undercounts what a reservation must cover.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An amount of US dollars in nano-dollars.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
)]
#[serde(transparent)]
#[ts(type = "number")]
pub struct Usd(pub i64);

impl Usd {
    pub const ZERO: Usd = Usd(0);
    const PER_DOLLAR: f64 = 1e9;

    /// From a dollar amount typed by a person or stored in settings; rounds to the
    /// nearest nano-dollar. Negative or non-finite input is `None`.
    pub fn from_dollars(dollars: f64) -> Option<Usd> {
        if !(0.0..=9e9).contains(&dollars) {
            return None;
        }
        // Bounded above, so the product fits in i64.
        Some(Usd((dollars * Self::PER_DOLLAR).round() as i64))
    }

    pub fn dollars(self) -> f64 {
        self.0 as f64 / Self::PER_DOLLAR
    }

    pub fn saturating_add(self, other: Usd) -> Usd {
        Usd(self.0.saturating_add(other.0))
    }

    pub fn saturating_sub(self, other: Usd) -> Usd {
        Usd(self.0.saturating_sub(other.0))
    }
}

impl std::fmt::Display for Usd {
    /// Cents for amounts of a dollar or more, more digits below, so small turns do
    /// not all read "$0.00".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.dollars();
        if d.abs() >= 1.0 || self.0 == 0 {
            write!(f, "${d:.2}")
        } else if d.abs() >= 0.01 {
            write!(f, "${d:.3}")
        } else {
            write!(f, "${d:.5}")
        }
    }
}

/// A price in micro-dollars per million tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PerMillion(pub u64);

impl PerMillion {
    /// From dollars per million tokens, as price tables publish them.
    pub fn from_dollars(dollars: f64) -> Option<PerMillion> {
        if !(0.0..=1e6).contains(&dollars) {
            return None;
        }
        Some(PerMillion((dollars * 1e6).round() as u64))
    }

    pub fn dollars(self) -> f64 {
        self.0 as f64 / 1e6
    }

    /// Cost of `tokens` tokens, rounded up to a whole nano-dollar.
    pub fn cost(self, tokens: u64) -> Usd {
        // micro-$/M × tokens = pico-$; 1000 pico-$ = 1 nano-$. u128 cannot overflow:
        // both factors are below 2^64.
        let pico = u128::from(self.0) * u128::from(tokens);
        let nano = pico.div_ceil(1000);
        Usd(i64::try_from(nano).unwrap_or(i64::MAX))
    }

    /// The most tokens whose cost fits in `amount` (unbounded when the price is 0).
    pub fn tokens_within(self, amount: Usd) -> u64 {
        // Free tokens fit any amount, even nothing: a local model stays usable when a
        // hard cap has been spent to the last nano-dollar.
        if self.0 == 0 {
            return u64::MAX;
        }
        if amount.0 <= 0 {
            return 0;
        }
        // cost(t) = ceil(price·t/1000) <= amount  <=>  price·t <= amount·1000
        let budget_pico = u128::from(amount.0.unsigned_abs()) * 1000;
        u64::try_from(budget_pico / u128::from(self.0)).unwrap_or(u64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_round_up_and_fit_back() {
        let p = PerMillion::from_dollars(0.4).unwrap();
        assert_eq!(
            p.cost(1_000_000),
            Usd::from_dollars(0.4).unwrap(),
            "a million tokens cost the listed price"
        );
        assert_eq!(
            p.cost(1),
            Usd(400),
            "one token at $0.40/M is 400 nano-dollars"
        );
        assert_eq!(
            PerMillion(1).cost(1),
            Usd(1),
            "a thousandth of a nano-dollar rounds up to one"
        );
        assert_eq!(
            PerMillion(1).cost(1000),
            Usd(1),
            "a thousand of them make exactly one"
        );
        assert_eq!(p.cost(0), Usd::ZERO, "nothing costs nothing");
        for amount in [0, 1, 7, 399, 400, 401, 10_000, 123_456_789] {
            let t = p.tokens_within(Usd(amount));
            assert!(
                p.cost(t) <= Usd(amount),
                "tokens_within must fit: {t} tokens for {amount}"
            );
            assert!(
                p.cost(t + 1) > Usd(amount),
                "tokens_within must be the most that fit: {t} for {amount}"
            );
        }
        assert_eq!(
            PerMillion(0).tokens_within(Usd(5)),
            u64::MAX,
            "free models are unbounded"
        );
        assert_eq!(
            PerMillion(0).tokens_within(Usd::ZERO),
            u64::MAX,
            "free models fit even a spent budget (found by the budget property test)"
        );
    }

    #[test]
    fn dollars_parse_and_print() {
        assert_eq!(Usd::from_dollars(0.01), Some(Usd(10_000_000)), "one cent");
        assert_eq!(
            Usd::from_dollars(-1.0),
            None,
            "negative amounts are refused"
        );
        assert_eq!(Usd::from_dollars(f64::NAN), None, "NaN is refused");
        assert_eq!(
            Usd(10_000_000).to_string(),
            "$0.010",
            "cents show three digits"
        );
        assert_eq!(
            Usd(2_500_000_000).to_string(),
            "$2.50",
            "dollars show cents"
        );
        assert_eq!(
            Usd(12_345).to_string(),
            "$0.00001",
            "tiny costs stay visible"
        );
    }
}
