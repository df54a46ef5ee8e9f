//! Token estimates for vendors whose tokenizer Switchboard does not ship, calibrated
//! from the prompt sizes providers report back.
//!
//! Each exact settlement adds a sample (characters sent, prompt tokens billed) to the
//! vendor's [`Calibration`], with older samples decayed so the figure follows what the
//! user actually writes (code, prose, another script). The estimate blends those samples
//! with a prior of [`DEFAULT_CHARS_PER_TOKEN`] worth [`PRIOR_TOKENS`] tokens, so one odd
//! call cannot swing it, and then keeps a [`SAFETY`] margin towards *more* tokens: a
//! reservation that undercounts the prompt is the one way a settled cost could pass it.
//!
//! Invariants: pure; the ratio is always within [`MIN_CHARS_PER_TOKEN`,
//! `MAX_CHARS_PER_TOKEN`]; an estimate is never below one token per message of text.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Characters per token assumed before any usage was reported: lower than the ~4 of
/// English prose, so a first estimate errs towards more tokens.
pub const DEFAULT_CHARS_PER_TOKEN: f64 = 3.5;
/// How many tokens of evidence the default is worth.
pub const PRIOR_TOKENS: f64 = 500.0;
/// Weight kept by older samples each time a new one arrives (about the last ten calls
/// dominate).
pub const DECAY: f64 = 0.9;
/// Share of the learned ratio used, so estimates stay about 10% above the average.
pub const SAFETY: f64 = 0.9;
/// Dense scripts (Chinese, Japanese) run near one character per token.
pub const MIN_CHARS_PER_TOKEN: f64 = 1.0;
/// Nothing real compresses much past this; a larger figure means a bad sample.
pub const MAX_CHARS_PER_TOKEN: f64 = 6.0;

/// Decayed sums of what one vendor was sent and billed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Calibration {
    pub chars: f64,
    pub tokens: f64,
    #[ts(type = "number")]
    pub samples: u64,
}

impl Calibration {
    /// Adds one call's sample, decaying the older ones (the store applies the same
    /// arithmetic in SQL so concurrent settlements cannot lose an update).
    pub fn add(self, chars: u64, tokens: u64) -> Calibration {
        Calibration {
            chars: self.chars * DECAY + chars as f64,
            tokens: self.tokens * DECAY + tokens as f64,
            samples: self.samples + 1,
        }
    }

    /// Characters per token to estimate with: the blended average, less the margin.
    pub fn chars_per_token(&self) -> f64 {
        let learned = (self.chars.max(0.0) + DEFAULT_CHARS_PER_TOKEN * PRIOR_TOKENS)
            / (self.tokens.max(0.0) + PRIOR_TOKENS);
        (learned * SAFETY).clamp(MIN_CHARS_PER_TOKEN, MAX_CHARS_PER_TOKEN)
    }
}

/// Estimated tokens of one text of `chars` characters (at least one for non-empty text).
pub fn estimate_tokens(chars: u64, chars_per_token: f64) -> u64 {
    if chars == 0 {
        return 0;
    }
    let ratio = chars_per_token.clamp(MIN_CHARS_PER_TOKEN, MAX_CHARS_PER_TOKEN);
    ((chars as f64 / ratio).ceil() as u64).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_samples_the_default_less_the_margin_is_used() {
        let ratio = Calibration::default().chars_per_token();
        assert!((ratio - DEFAULT_CHARS_PER_TOKEN * SAFETY).abs() < 1e-9);
        assert_eq!(estimate_tokens(0, ratio), 0, "nothing is nothing");
        assert_eq!(estimate_tokens(1, ratio), 1, "any text is a token");
    }

    #[test]
    fn samples_pull_the_ratio_towards_what_the_vendor_reports() {
        // A vendor billing 1 token per 5 characters, 2,000-token prompts.
        let mut c = Calibration::default();
        for _ in 0..5 {
            c = c.add(10_000, 2_000);
        }
        let ratio = c.chars_per_token();
        assert!(
            ratio > 4.3 && ratio < 5.0 * SAFETY + 1e-9,
            "close to 5 × margin: {ratio}"
        );
        // Then the user switches to Chinese: ~1.2 characters per token.
        for _ in 0..30 {
            c = c.add(2_400, 2_000);
        }
        let ratio = c.chars_per_token();
        assert!(ratio < 1.3, "recent samples dominate: {ratio}");
        assert!(ratio >= MIN_CHARS_PER_TOKEN, "never below the floor");
    }

    #[test]
    fn absurd_samples_are_clamped() {
        let c = Calibration::default().add(1_000_000, 1);
        assert_eq!(c.chars_per_token(), MAX_CHARS_PER_TOKEN);
        assert_eq!(
            estimate_tokens(600, 1e9),
            100,
            "the ratio is clamped on use too"
        );
    }
}
