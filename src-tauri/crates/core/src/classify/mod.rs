//! Task classifier: what kind of work a chat turn asks for.
//!
//! Three layers, each explainable:
//! 1. high-precision rules for the unmistakable cases (an imperative "translate …" /
//!    "übersetze …", "summarize this" next to a passage, a pasted code block or stack
//!    trace), in English, German, French and Spanish;
//! 2. a linear model over hashed word and character n-grams (see [`model`]), trained
//!    offline by `training/train.py` on the data in `training/data/` and shipped as
//!    `model.bin`;
//! 3. conversation context (`follow_up.rs`): a message that leans on the previous
//!    turn ("make it shorter", "und in Python?", "rewrite your previous answer …")
//!    continues — or adapts — the previous turn's task instead of falling to `chat`.
//!
//! Invariants: pure and deterministic (no I/O, no clock, no randomness); the shipped
//! model is compiled in, so classification never fails and needs no download.

mod features;
mod follow_up;
mod model;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use features::{fnv1a, Prepared, BUCKETS};
pub use model::{Model, ModelError, Scores, CLASSES};

/// What a chat turn asks for; the router picks models per task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    Code,
    Reasoning,
    Planning,
    Writing,
    Summarize,
    Translate,
    Chat,
}

impl Task {
    /// In the model's class order.
    pub const ALL: [Task; CLASSES] = [
        Task::Code,
        Task::Reasoning,
        Task::Planning,
        Task::Writing,
        Task::Summarize,
        Task::Translate,
        Task::Chat,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Task::Code => "code",
            Task::Reasoning => "reasoning",
            Task::Planning => "planning",
            Task::Writing => "writing",
            Task::Summarize => "summarize",
            Task::Translate => "translate",
            Task::Chat => "chat",
        }
    }

    pub fn parse(s: &str) -> Option<Task> {
        Task::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Position in [`Task::ALL`] (the model's class index).
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Task {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which layer decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Rule,
    Model,
    FollowUp,
}

/// A feature that pushed the model towards the chosen task, and by how much (logits).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Evidence {
    pub feature: String,
    pub weight: f32,
}

/// A task the model rated below the chosen one, and its probability.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct Alternative {
    pub task: Task,
    pub confidence: f32,
}

/// The classifier's answer, with what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Classification {
    pub task: Task,
    /// 0..1; for the model, its probability; rules and follow-ups report at least the
    /// confidence their precision on the evaluation set supports, except a follow-up
    /// that only breaks the model's near-tie, which reports the model's own top
    /// probability (so the router stays as careful as the model is unsure).
    pub confidence: f32,
    pub basis: Basis,
    /// One line saying why, e.g. "asks to translate (“übersetze”)".
    pub reason: String,
    /// The model features that most favour `task` over the closest alternative.
    pub features: Vec<Evidence>,
    /// The model's most likely task after `task`: what the router also weighs when the
    /// classifier is unsure. Absent from records written before it existed.
    #[serde(default)]
    pub runner_up: Option<Alternative>,
}

/// How many features an explanation lists.
const TOP_FEATURES: usize = 5;
/// A passage to condense must be at least this long for the summarize rule.
const SUMMARY_MIN_CHARS: usize = 250;
const RULE_CONFIDENCE: f64 = 0.9;
const FOLLOW_UP_CONFIDENCE: f64 = 0.75;

/// The classifier with its model.
pub struct Classifier {
    model: Model,
}

static SHIPPED: OnceLock<Classifier> = OnceLock::new();

impl Classifier {
    pub fn new(model: Model) -> Self {
        Classifier { model }
    }

    /// The classifier with the model compiled into this build.
    pub fn shipped() -> &'static Classifier {
        SHIPPED.get_or_init(|| {
            #[allow(clippy::expect_used)]
            // The bytes are fixed at compile time and `shipped_model_loads` checks that
            // they parse, so this cannot fail in a tested build.
            let model = Model::from_bytes(include_bytes!("model.bin"))
                .expect("the shipped classifier model parses");
            Classifier::new(model)
        })
    }

    /// The model's own probabilities, without rules or context (for evaluation and the
    /// cross-check with the training script).
    pub fn model_scores(&self, prompt: &str) -> Scores {
        self.model.score(&Prepared::new(prompt))
    }

    /// Classifies `prompt`; `previous` is the task of the conversation's previous turn.
    pub fn classify(&self, prompt: &str, previous: Option<Task>) -> Classification {
        let prepared = Prepared::new(prompt);
        let scores = self.model.score(&prepared);
        let (model_task, model_confidence) = scores.best();
        let explain = |task: Task| {
            let rival = if task == model_task {
                scores.runner_up()
            } else {
                model_task
            };
            self.model
                .explain(&prepared, task, rival, TOP_FEATURES)
                .into_iter()
                .map(|c| Evidence {
                    feature: c.feature,
                    weight: c.weight as f32,
                })
                .collect::<Vec<_>>()
        };
        let confidence_of =
            |task: Task, floor: f64| scores.probabilities[task.index()].max(floor) as f32;
        let runner_up = |task: Task| {
            Task::ALL
                .into_iter()
                .filter(|t| *t != task)
                .map(|t| Alternative {
                    task: t,
                    confidence: scores.probabilities[t.index()] as f32,
                })
                .reduce(|best, t| {
                    if t.confidence > best.confidence {
                        t
                    } else {
                        best
                    }
                })
        };

        if let Some((task, reason)) = rule(&prepared) {
            return Classification {
                task,
                confidence: confidence_of(task, RULE_CONFIDENCE),
                basis: Basis::Rule,
                reason,
                features: explain(task),
                runner_up: runner_up(task),
            };
        }
        if let Some(previous) = previous {
            if let Some(f) = follow_up::follow_up(&prepared, previous, &scores) {
                // A follow-up decided only by the model's doubt is as sure as the model's
                // best reading and no surer, so the router's unsure rule still weighs the
                // model's own pick (the runner-up then) on such a second turn.
                let floor = if f.tie_break {
                    model_confidence
                } else {
                    FOLLOW_UP_CONFIDENCE
                };
                return Classification {
                    task: f.task,
                    confidence: confidence_of(f.task, floor),
                    basis: Basis::FollowUp,
                    reason: f.reason,
                    features: explain(f.task),
                    runner_up: runner_up(f.task),
                };
            }
        }
        Classification {
            task: model_task,
            confidence: model_confidence as f32,
            basis: Basis::Model,
            reason: format!("model: {model_task} at {:.0}%", model_confidence * 100.0),
            features: explain(model_task),
            runner_up: runner_up(model_task),
        }
    }
}

const TRANSLATE_VERBS: &[&str] = &["translat", "übersetz", "tradu"];
const TRANSLATE_PHRASES: &[&str] = &[
    "how do you say",
    "how do i say",
    "how would you say",
    "what's the word for",
    "wie sagt man",
    "wie heißt",
    "comment dit-on",
    "comment on dit",
    "comment dire",
    "cómo se dice",
    "como se dice",
    "cómo digo",
];
const SUMMARY_WORDS: &[&str] = &[
    "summarize",
    "summarise",
    "summary",
    "summarizing",
    "recap",
    "condense",
    "tldr",
    "zusammenfassen",
    "zusammenfassung",
    "kurzfassung",
    "résume",
    "résumez",
    "résumer",
    "synthétise",
    "résumé",
    "resumir",
    "resumen",
    "resúmeme",
    "resúmelo",
    "resume",
    "sintetiza",
];
const SUMMARY_PHRASES: &[&str] = &[
    "tl;dr",
    "key points",
    "main points",
    "key takeaways",
    "action items",
    "das wichtigste",
    "kernaussagen",
    "points clés",
    "points principaux",
    "puntos clave",
    "ideas principales",
];
const CODE_NOUNS: &[&str] = &[
    "code",
    "python",
    "rust",
    "javascript",
    "typescript",
    "java",
    "kotlin",
    "swift",
    "ruby",
    "php",
    "golang",
    "haskell",
    "scala",
    "sql",
    "bash",
    "powershell",
    "perl",
    "lua",
    "dart",
    "elixir",
    "cpp",
    "c++",
    "c#",
    "function",
    "funktion",
    "fonction",
    "función",
    "script",
    "regex",
    "snippet",
    "código",
    "quellcode",
    "html",
    "css",
    "json",
    "yaml",
];
const NATURAL_LANGUAGES: &[&str] = &[
    "english",
    "german",
    "french",
    "spanish",
    "italian",
    "portuguese",
    "dutch",
    "japanese",
    "chinese",
    "korean",
    "russian",
    "arabic",
    "polish",
    "turkish",
    "swedish",
    "greek",
    "englisch",
    "deutsch",
    "französisch",
    "spanisch",
    "italienisch",
    "anglais",
    "allemand",
    "français",
    "espagnol",
    "italien",
    "inglés",
    "ingles",
    "alemán",
    "francés",
    "español",
    "italiano",
    "portugués",
    "japanisch",
    "japonais",
    "japonés",
    "chinesisch",
    "chinois",
    "chino",
    "koreanisch",
    "coréen",
    "coreano",
    "russisch",
    "russe",
    "ruso",
    "portugiesisch",
    "portugais",
    "niederländisch",
    "néerlandais",
    "neerlandés",
    "griechisch",
    "grec",
    "griego",
    "polnisch",
    "polonais",
    "polaco",
];
/// Questions about what something means, in the language they are asked in.
const MEANING_QUESTIONS: &[(&str, Lang)] = &[
    ("what does", Lang::En),
    ("what's the meaning of", Lang::En),
    ("was bedeutet", Lang::De),
    ("was heißt", Lang::De),
    ("que veut dire", Lang::Fr),
    ("que signifie", Lang::Fr),
    ("ça veut dire quoi", Lang::Fr),
    ("qué significa", Lang::Es),
    ("qué quiere decir", Lang::Es),
];
/// Words around a quotation that name the language to say it in ("in Japanese",
/// "auf Koreanisch", "en japonais", "al coreano").
const INTO: &[&str] = &["in", "into", "auf", "ins", "en", "al", "a"];
/// At most this many words outside the quotation: "what's '…' in Japanese?" asks for
/// the words; a longer request around a quotation asks for more ("write a haiku
/// titled '…' in Japanese").
const SAY_IN_MAX_WORDS: usize = 5;
/// The quotation rules read prompts of at most this many words and bytes. The bytes
/// bound the search for quotation marks, which tries each opening mark against the
/// text after it: "words" are split at spaces only, so one 200 KB "word" full of
/// quotation marks took seconds.
const QUOTATION_MAX_WORDS: usize = 40;
const QUOTATION_MAX_BYTES: usize = 600;
/// A quotation of at least this many words can be told apart by its function words.
const SENTENCE_MIN_WORDS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    De,
    Fr,
    Es,
}

/// Function words that tell the four languages apart in a sentence of a few words.
/// Words shared by two languages ("la", "de", "que" in French and Spanish) count for
/// both, so they never decide alone.
const FUNCTION_WORDS: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "the", "a", "an", "is", "are", "you", "i", "to", "of", "and", "it", "be", "if", "for",
            "will", "at", "on", "my", "we", "from", "with", "this", "your", "ll", "me",
        ],
    ),
    (
        Lang::De,
        &[
            "der", "die", "das", "und", "ist", "ich", "nicht", "ein", "eine", "zu", "mit", "auf",
            "es", "wir", "du", "mein", "dem", "den", "bin", "sind",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le", "la", "les", "et", "est", "je", "ne", "pas", "un", "une", "de", "du", "des",
            "il", "qu", "que", "nous", "vous", "tu", "ce", "pour", "avec", "suis",
        ],
    ),
    (
        Lang::Es,
        &[
            "el", "la", "los", "las", "y", "es", "no", "un", "una", "de", "del", "que", "en",
            "por", "con", "yo", "tú", "para", "se", "mi", "lo", "estoy",
        ],
    ),
];

/// The language whose function words clearly dominate `words` (at least two, more than
/// any other language), if any.
fn language_of(words: &[&str]) -> Option<Lang> {
    let mut counts: Vec<(Lang, usize)> = FUNCTION_WORDS
        .iter()
        .map(|(lang, list)| (*lang, words.iter().filter(|w| list.contains(w)).count()))
        .collect();
    counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    match counts.as_slice() {
        [(lang, n), (_, m), ..] if *n >= 2 && n > m => Some(*lang),
        _ => None,
    }
}

/// The first quotation in `text` ('…', "…", “…”, «…», „…“) and the text around it. A
/// quotation mark opens after a space or at the start and closes before one, so the
/// apostrophes of "what's" or "I'll" are not taken for one.
fn quotation(text: &str) -> Option<(&str, String)> {
    const PAIRS: &[(char, char)] = &[
        ('"', '"'),
        ('“', '”'),
        ('«', '»'),
        ('„', '“'),
        ('„', '”'),
        ('‘', '’'),
        ('\'', '\''),
    ];
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    PAIRS.iter().find_map(|&(open, close)| {
        text.char_indices()
            .filter(|&(i, c)| c == open && !word_char(text[..i].chars().next_back()))
            .find_map(|(i, _)| {
                let start = i + open.len_utf8();
                let (j, _) = text[start..].char_indices().find(|&(j, c)| {
                    c == close && !word_char(text[start + j + close.len_utf8()..].chars().next())
                })?;
                let inner = &text[start..start + j];
                let after = &text[start + j + close.len_utf8()..];
                inner
                    .chars()
                    .any(char::is_alphabetic)
                    .then(|| (inner, format!("{} {after}", &text[..i])))
            })
    })
}

/// "what's '…' in Japanese?", "¿qué significa "<an English sentence>"?": a short
/// question about quoted words that names another language, or asks what a sentence
/// in another language means; `None` otherwise. The reason says which.
fn quoted_in_another_language(text: &str) -> Option<String> {
    // Both are short questions; a long prompt is not searched for quotation marks.
    if text.len() > QUOTATION_MAX_BYTES
        || features::words_in(text, QUOTATION_MAX_WORDS) > QUOTATION_MAX_WORDS
    {
        return None;
    }
    let (inner, around) = quotation(text)?;
    let outside: Vec<&str> = features::word_tokens(&around).collect();
    let named = outside
        .windows(2)
        .find(|w| INTO.contains(&w[0]) && NATURAL_LANGUAGES.contains(&w[1]))
        .map(|w| w[1]);
    if let Some(lang) = named {
        if outside.len() <= SAY_IN_MAX_WORDS {
            return Some(format!(
                "asks for quoted words in another language (“{lang}”)"
            ));
        }
    }
    let (question, asked_in) = MEANING_QUESTIONS
        .iter()
        .find(|(q, _)| around.trim_start_matches(['¿', ' ']).starts_with(q))?;
    let quoted: Vec<&str> = features::word_tokens(inner).collect();
    let quoted_in = language_of(&quoted)?;
    (quoted.len() >= SENTENCE_MIN_WORDS && quoted_in != *asked_in)
        .then(|| format!("asks what a sentence in another language means (“{question}”)"))
}

const CODE_ERRORS: &[&str] = &[
    "traceback (most recent call last)",
    "exception in thread",
    "error[e0",
    "segmentation fault",
    "undefined reference to",
    "nullpointerexception",
    "syntaxerror:",
    "typeerror:",
    "referenceerror:",
    "npm err!",
    "cannot find symbol",
    "panicked at",
];

/// High-precision rules; `None` leaves the decision to the model.
fn rule(prepared: &Prepared) -> Option<(Task, String)> {
    let text = prepared.lowered();
    let words: Vec<&str> = prepared.words().collect();
    let head = &words[..words.len().min(8)];
    let near_start = &words[..words.len().min(12)];
    let tail = &words[words.len().saturating_sub(12)..];
    let mentions_code = near_start.iter().any(|w| CODE_NOUNS.contains(w))
        || text.contains("c++")
        || text.contains("c#");

    if !mentions_code {
        if let Some(verb) = head
            .iter()
            .find(|w| TRANSLATE_VERBS.iter().any(|v| w.starts_with(v)))
        {
            let reason = if words.first() == Some(verb) {
                format!("opens with “{verb}”")
            } else {
                format!("asks to translate (“{verb}”)")
            };
            return Some((Task::Translate, reason));
        }
        if let Some(phrase) = TRANSLATE_PHRASES.iter().find(|p| text.contains(*p)) {
            return Some((
                Task::Translate,
                format!("asks how to say something (“{phrase}”)"),
            ));
        }
        if let Some(reason) = quoted_in_another_language(text) {
            return Some((Task::Translate, reason));
        }
    }

    if text.chars().count() >= SUMMARY_MIN_CHARS {
        let asks = head
            .iter()
            .chain(tail.iter())
            .find(|w| SUMMARY_WORDS.contains(w))
            .map(|w| w.to_string())
            .or_else(|| {
                // German splits the verb: "Fasse den Text zusammen".
                let fasse = head
                    .iter()
                    .chain(tail.iter())
                    .any(|w| w.starts_with("fass"));
                let zusammen = head.iter().chain(tail.iter()).any(|w| *w == "zusammen");
                (fasse && zusammen).then(|| "fasse … zusammen".to_owned())
            })
            .or_else(|| {
                let start: String = text.chars().take(120).collect();
                let end: String = {
                    let n = text.chars().count();
                    text.chars().skip(n.saturating_sub(120)).collect()
                };
                SUMMARY_PHRASES
                    .iter()
                    .find(|p| start.contains(*p) || end.contains(*p))
                    .map(|p| p.to_string())
            });
        if let Some(word) = asks {
            // "résumé"/"resume" are also a CV: only a summary request when followed by
            // a passage the user wants condensed, which the length check ensures, and
            // not when the request is to write or improve one.
            let about_cv = (word == "résumé" || word == "resume")
                && ["cv", "job", "lebenslauf", "improve", "write", "update"]
                    .iter()
                    .any(|w| near_start.contains(w));
            if !about_cv {
                return Some((
                    Task::Summarize,
                    format!("asks for a summary of a pasted passage (“{word}”)"),
                ));
            }
        }
    }

    if text.contains("```") {
        return Some((Task::Code, "a ``` code block".to_owned()));
    }
    if let Some(marker) = CODE_ERRORS.iter().find(|m| text.contains(*m)) {
        return Some((
            Task::Code,
            format!("a pasted stack trace or error message (“{marker}”)"),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_model_loads() {
        assert!(
            Model::from_bytes(include_bytes!("model.bin")).is_ok(),
            "the compiled-in model must parse, or Classifier::shipped would panic"
        );
    }

    #[test]
    fn tasks_round_trip_through_their_names() {
        for t in Task::ALL {
            assert_eq!(Task::parse(t.as_str()), Some(t), "{t} survives storage");
            assert_eq!(Task::ALL[t.index()], t, "index and order agree for {t}");
            assert_eq!(
                serde_json::to_string(&t).unwrap(),
                format!("\"{t}\""),
                "serde and storage names agree"
            );
        }
    }
}
