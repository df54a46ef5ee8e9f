//! The shipped linear model: multinomial logistic regression over hashed features,
//! trained offline by `training/train.py` and stored in `model.bin`.
//!
//! Invariants: the file format and the arithmetic (score = bias + Σ x·W with
//! x = 1/√n per occurrence, then softmax) are the ones the training script writes and
//! computes its cross-check probabilities with; a file that does not parse exactly is
//! refused, never half-loaded.

use super::features::{Feature, Prepared, Source, BUCKETS};
use super::Task;

pub const CLASSES: usize = 7;
const MAGIC: &[u8; 4] = b"SBTC";
const VERSION: u32 = 1;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("classifier model file is truncated at byte {0}")]
    Truncated(usize),
    #[error("classifier model file does not start with SBTC")]
    BadMagic,
    #[error("classifier model has version {0}, this build reads version 1")]
    Version(u32),
    #[error("classifier model has {buckets} buckets and {classes} classes, expected 131072 and 7")]
    Shape { buckets: u32, classes: u32 },
    #[error("classifier model entry {0} is out of range or out of order")]
    Entry(usize),
    #[error("classifier model has {0} trailing bytes")]
    Trailing(usize),
}

/// Quantised weights, dense so that scoring is one indexed read per feature.
pub struct Model {
    scale: f64,
    bias: [f64; CLASSES],
    weights: Vec<[i16; CLASSES]>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let slice = self
            .bytes
            .get(self.at..self.at + N)
            .ok_or(ModelError::Truncated(self.at))?;
        self.at += N;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        self.take::<4>().map(u32::from_le_bytes)
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        self.take::<4>().map(f32::from_le_bytes)
    }

    fn i16(&mut self) -> Result<i16, ModelError> {
        self.take::<2>().map(i16::from_le_bytes)
    }
}

/// The model's probabilities for one prompt.
#[derive(Debug, Clone, Copy)]
pub struct Scores {
    pub probabilities: [f64; CLASSES],
}

impl Scores {
    /// Best class and its probability; ties go to the lower index (the spec's order).
    pub fn best(&self) -> (Task, f64) {
        let mut best = 0;
        for i in 1..CLASSES {
            if self.probabilities[i] > self.probabilities[best] {
                best = i;
            }
        }
        (Task::ALL[best], self.probabilities[best])
    }

    /// Second-best class.
    pub fn runner_up(&self) -> Task {
        let (best, _) = self.best();
        let mut second: Option<usize> = None;
        for i in 0..CLASSES {
            if i == best.index() {
                continue;
            }
            if second.is_none_or(|s| self.probabilities[i] > self.probabilities[s]) {
                second = Some(i);
            }
        }
        Task::ALL[second.unwrap_or(0)]
    }
}

/// A feature that pushed the decision, with how far (in logits, summed over its
/// occurrences).
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub feature: String,
    pub weight: f64,
}

impl Model {
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if &r.take::<4>()? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError::Version(version));
        }
        let (buckets, classes) = (r.u32()?, r.u32()?);
        if buckets as usize != BUCKETS || classes as usize != CLASSES {
            return Err(ModelError::Shape { buckets, classes });
        }
        let scale = f64::from(r.f32()?);
        let mut bias = [0.0; CLASSES];
        for b in &mut bias {
            *b = f64::from(r.f32()?);
        }
        let count = r.u32()? as usize;
        let mut weights = vec![[0i16; CLASSES]; BUCKETS];
        let mut last: Option<usize> = None;
        for entry in 0..count {
            let bucket = r.u32()? as usize;
            if bucket >= BUCKETS || last.is_some_and(|l| l >= bucket) {
                return Err(ModelError::Entry(entry));
            }
            last = Some(bucket);
            for q in &mut weights[bucket] {
                *q = r.i16()?;
            }
        }
        if r.at != bytes.len() {
            return Err(ModelError::Trailing(bytes.len() - r.at));
        }
        Ok(Model {
            scale,
            bias,
            weights,
        })
    }

    pub fn score(&self, prepared: &Prepared) -> Scores {
        let mut sums = [0i64; CLASSES];
        let mut n = 0u32;
        prepared.for_each(|_, bucket| {
            n += 1;
            for (s, q) in sums.iter_mut().zip(self.weights[bucket]) {
                *s += i64::from(q);
            }
        });
        let norm = if n == 0 {
            0.0
        } else {
            self.scale / f64::from(n).sqrt()
        };
        let mut logits = [0.0; CLASSES];
        for c in 0..CLASSES {
            // Sums of at most a few hundred thousand i16 values are exact in f64.
            logits[c] = self.bias[c] + sums[c] as f64 * norm;
        }
        Scores {
            probabilities: softmax(logits),
        }
    }

    /// What in the prompt most favours `task` over `rival`, strongest first, named as a
    /// person would point at it: a character n-gram counts towards the word it was cut
    /// from, a word pair is its phrase, the shape features are plain phrases.
    ///
    /// A word occurrence pulls by the net margin of its own feature and its n-grams (which
    /// `for_each` emits right after the word), so a word whose n-grams pull both ways
    /// counts by what they add up to; each source then sums the occurrences that pull
    /// towards `task`. Only the `limit` strongest are turned into text.
    pub fn explain(
        &self,
        prepared: &Prepared,
        task: Task,
        rival: Task,
        limit: usize,
    ) -> Vec<Contribution> {
        let (t, r) = (task.index(), rival.index());
        let margin_of = |bucket: usize| {
            let w = self.weights[bucket];
            i64::from(w[t]) - i64::from(w[r])
        };
        let mut n = 0u32;
        let mut found: Vec<Pull<'_>> = Vec::new();
        // The word occurrence being summed: its bucket (the sort key), word and margin.
        let mut word: Option<(usize, &str, i64)> = None;
        // Only pulls towards `task` are evidence for it.
        fn keep<'a>(found: &mut Vec<Pull<'a>>, pull: Pull<'a>) {
            if pull.margin > 0 {
                found.push(pull);
            }
        }
        prepared.for_each(|feature, bucket| {
            n += 1;
            let margin = margin_of(bucket);
            match feature {
                Feature::Gram { word: w, .. } if word.is_some_and(|(_, cur, _)| cur == w) => {
                    if let Some((_, _, sum)) = word.as_mut() {
                        *sum += margin;
                    }
                }
                Feature::Word(w) | Feature::Gram { word: w, .. } => {
                    if let Some((key, cur, sum)) = word.take() {
                        keep(&mut found, Pull::new(key, Source::Word(cur), sum, false));
                    }
                    // A gram always follows its word, so the word's own bucket is at hand;
                    // hashing it again only guards against a change of that order.
                    let key = match feature {
                        Feature::Word(_) => bucket,
                        _ => Feature::Word(w).bucket(),
                    };
                    word = Some((key, w, margin));
                }
                // The opening joins its word's (or pair's) entry, marked as the opening.
                Feature::First(w) => keep(
                    &mut found,
                    Pull::new(Feature::Word(w).bucket(), feature.source(), margin, true),
                ),
                Feature::FirstPair(a, b) => keep(
                    &mut found,
                    Pull::new(Feature::Pair(a, b).bucket(), feature.source(), margin, true),
                ),
                _ => keep(
                    &mut found,
                    Pull::new(bucket, feature.source(), margin, false),
                ),
            }
        });
        if let Some((key, cur, sum)) = word {
            keep(&mut found, Pull::new(key, Source::Word(cur), sum, false));
        }
        // Merge the occurrences of one source (same bucket, then same text), then rank.
        found.sort_unstable_by(|a, b| a.key.cmp(&b.key).then_with(|| a.source.cmp(&b.source)));
        let mut merged: Vec<Pull<'_>> = Vec::new();
        for pull in found {
            match merged.last_mut() {
                Some(last) if last.key == pull.key && last.source == pull.source => {
                    last.margin += pull.margin;
                    last.opens |= pull.opens;
                }
                _ => merged.push(pull),
            }
        }
        // Stable, so equal pulls keep the bucket order: the same prompt always reads the same.
        merged.sort_by_key(|p| std::cmp::Reverse(p.margin));
        merged.truncate(limit);
        let norm = if n == 0 {
            0.0
        } else {
            self.scale / f64::from(n).sqrt()
        };
        merged
            .into_iter()
            .map(|p| Contribution {
                feature: p.source.describe(p.opens, prepared),
                weight: p.margin as f64 * norm,
            })
            .collect()
    }
}

/// How far one source pulls (in quantised weight units), before it is named.
struct Pull<'a> {
    /// The bucket of the source's own feature: cheap to sort on; ties compare the text.
    key: usize,
    source: Source<'a>,
    margin: i64,
    opens: bool,
}

impl<'a> Pull<'a> {
    fn new(key: usize, source: Source<'a>, margin: i64, opens: bool) -> Self {
        Pull {
            key,
            source,
            margin,
            opens,
        }
    }
}

fn softmax(logits: [f64; CLASSES]) -> [f64; CLASSES] {
    let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut out = logits.map(|l| (l - max).exp());
    let total: f64 = out.iter().sum();
    for p in &mut out {
        *p /= total;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(count: u32) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&VERSION.to_le_bytes());
        b.extend_from_slice(&(BUCKETS as u32).to_le_bytes());
        b.extend_from_slice(&(CLASSES as u32).to_le_bytes());
        b.extend_from_slice(&0.5f32.to_le_bytes());
        for _ in 0..CLASSES {
            b.extend_from_slice(&0f32.to_le_bytes());
        }
        b.extend_from_slice(&count.to_le_bytes());
        b
    }

    fn entry(b: &mut Vec<u8>, bucket: u32, q: [i16; CLASSES]) {
        b.extend_from_slice(&bucket.to_le_bytes());
        for v in q {
            b.extend_from_slice(&v.to_le_bytes());
        }
    }

    #[test]
    fn a_well_formed_file_loads_and_scores() {
        let mut b = header(1);
        let bucket = (super::super::features::fnv1a("shape:len0") & (BUCKETS as u64 - 1)) as u32;
        entry(&mut b, bucket, [0, 0, 0, 0, 0, 0, 2]);
        let model = Model::from_bytes(&b).unwrap();
        // "" has one feature (shape:len0): logit for chat = 0.5 * 2 / 1 = 1.
        let scores = model.score(&Prepared::new(""));
        let expected = 1f64.exp() / (1f64.exp() + 6.0);
        assert!(
            (scores.probabilities[6] - expected).abs() < 1e-12,
            "chat probability is softmax of the one weighted feature: {:?}",
            scores.probabilities
        );
        assert_eq!(scores.best().0, Task::Chat, "the weighted class wins");
    }

    #[test]
    fn damaged_files_are_refused() {
        let mut good = header(2);
        entry(&mut good, 5, [1; CLASSES]);
        entry(&mut good, 9, [1; CLASSES]);
        assert!(
            Model::from_bytes(&good).is_ok(),
            "control: the file is valid"
        );

        assert_eq!(
            Model::from_bytes(&good[..good.len() - 1]).err(),
            Some(ModelError::Truncated(good.len() - 2)),
            "a cut file is refused"
        );
        let mut magic = good.clone();
        magic[0] = b'X';
        assert_eq!(
            Model::from_bytes(&magic).err(),
            Some(ModelError::BadMagic),
            "wrong magic is refused"
        );
        let mut trailing = good.clone();
        trailing.push(0);
        assert_eq!(
            Model::from_bytes(&trailing).err(),
            Some(ModelError::Trailing(1)),
            "extra bytes are refused"
        );
        let mut unordered = header(2);
        entry(&mut unordered, 9, [1; CLASSES]);
        entry(&mut unordered, 5, [1; CLASSES]);
        assert_eq!(
            Model::from_bytes(&unordered).err(),
            Some(ModelError::Entry(1)),
            "entries must ascend"
        );
        let mut out_of_range = header(1);
        entry(&mut out_of_range, BUCKETS as u32, [1; CLASSES]);
        assert_eq!(
            Model::from_bytes(&out_of_range).err(),
            Some(ModelError::Entry(0)),
            "buckets must exist"
        );
    }
}
