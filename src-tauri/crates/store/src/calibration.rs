//! Token calibration per vendor: decayed sums of characters sent and prompt tokens
//! billed, for vendors whose tokenizer is not shipped. Each sample is one upsert, never
//! a read-modify-write, so concurrent settlements never lose one.

use rusqlite::params;
use sb_core::tokens::{Calibration, DECAY};

use crate::{Store, StoreError};

impl Store {
    /// Every vendor's token calibration.
    pub fn calibrations(&self) -> Result<Vec<(String, Calibration)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT vendor, chars, tokens, samples FROM token_calibration")?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get(0)?,
                Calibration {
                    chars: row.get(1)?,
                    tokens: row.get(2)?,
                    samples: row.get::<_, i64>(3)?.max(0).unsigned_abs(),
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds one call's (characters sent, prompt tokens billed) to a vendor's
    /// calibration, in one statement so concurrent settlements never lose a sample.
    /// Same arithmetic as [`Calibration::add`].
    pub fn add_calibration_sample(
        &self,
        vendor: &str,
        chars: u64,
        tokens: u64,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO token_calibration (vendor, chars, tokens, samples) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT(vendor) DO UPDATE SET
                 chars = chars * ?4 + excluded.chars,
                 tokens = tokens * ?4 + excluded.tokens,
                 samples = samples + 1",
            params![vendor, chars as f64, tokens as f64, DECAY],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_samples_accumulate_like_the_pure_rule() {
        let store = Store::open_in_memory().unwrap();
        assert!(store.calibrations().unwrap().is_empty(), "none at first");
        let mut expected = Calibration::default();
        for (chars, tokens) in [(1_000, 200), (4_000, 1_000), (30, 9)] {
            store
                .add_calibration_sample("mistral", chars, tokens)
                .unwrap();
            expected = expected.add(chars, tokens);
        }
        store.add_calibration_sample("groq", 10, 3).unwrap();
        let all = store.calibrations().unwrap();
        let (_, mistral) = all.iter().find(|(v, _)| v == "mistral").unwrap();
        assert_eq!(mistral.samples, 3, "one sample per call");
        assert!(
            (mistral.chars - expected.chars).abs() < 1e-6,
            "SQL decays as core does"
        );
        assert!(
            (mistral.tokens - expected.tokens).abs() < 1e-6,
            "tokens too"
        );
        assert_eq!(all.len(), 2, "one row per vendor");
    }
}
