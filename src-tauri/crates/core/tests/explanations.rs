//! The classifier's evidence reads as words of the prompt, never as model internals.
//!
//! The model scores character n-grams ("quar", "uar"), which mean nothing to a person;
//! an explanation must name the word they were cut from, once, with their pulls summed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_core::{Basis, Classifier, Evidence, Task};

/// Prompts of every task in the four languages the rules know, and a long one.
fn varied_prompts() -> Vec<String> {
    let mut prompts: Vec<String> = [
        "Prove that there are infinitely many primes",
        "What were the quarterly revenue figures for Q3, and how do they compare with last year?",
        "Write a Rust function that parses an IPv4 address",
        "Plan a two-week trip through Japan with a budget of 3000 euros",
        "Write a short poem about autumn rain",
        "hi there, how are you?",
        "What's the difference between a loan and a lease? I don't get it...",
        "Translate into French: the train is twenty minutes late",
        "Beweise, dass die Wurzel aus zwei irrational ist.",
        "Plane eine Woche Urlaub in Südtirol mit Wanderungen.",
        "Übersetze bitte ins Englische: Der Zug hat zwanzig Minuten Verspätung.",
        "Schreib mir ein Gedicht über den Herbst",
        "Écris une fonction Python qui trie une liste de dictionnaires par date",
        "Résume ce texte en trois phrases, s'il te plaît.",
        "Comment dit-on « bonne nuit » en allemand ?",
        "Planifie mon déménagement à Lyon le mois prochain",
        "¿Cuántos números primos hay entre 1 y 100? Explica tu razonamiento.",
        "Escribe un correo formal para pedir un aumento de sueldo",
        "Traduce al inglés: mañana vamos a la playa",
        "Hola, ¿qué tal tu día?",
        "why does this fail?\n```\nfn main() {\n    let x: u8 = 300;\n}\n```",
        "Traceback (most recent call last):\n  File \"app.py\", line 3\nTypeError: unsupported operand",
    ]
    .map(str::to_owned)
    .to_vec();
    prompts.push(format!(
        "Summarize the following report. {}",
        "The committee met on Tuesday to review the budget and the hiring plan. ".repeat(40)
    ));
    prompts
}

/// The quoted text of an evidence line (`the word “primes”` → `primes`), if it quotes one.
fn quoted(feature: &str) -> Option<&str> {
    let start = feature.find('“')? + '“'.len_utf8();
    let end = feature[start..].find('”')? + start;
    Some(&feature[start..end])
}

fn evidence_of(prompt: &str) -> Vec<Evidence> {
    Classifier::shipped().classify(prompt, None).features
}

#[test]
fn character_ngrams_are_reported_as_the_word_they_came_from() {
    // "primes" decides this prompt mostly through n-grams ("prim", "rim", "imes"): before
    // words were named, its evidence was letter fragments.
    let prompt = "Prove that there are infinitely many primes";
    let c = Classifier::shipped().classify(prompt, None);
    assert_eq!(c.task, Task::Reasoning, "a proof is reasoning: {c:?}");
    let names: Vec<&str> = c.features.iter().map(|e| e.feature.as_str()).collect();
    assert!(
        names.contains(&"the word “primes”"),
        "the n-grams of “primes” are named as that word: {names:?}"
    );
    let primes = names.iter().filter(|n| n.contains("primes")).count();
    assert_eq!(
        primes, 1,
        "several n-grams of one word make one entry: {names:?}"
    );
}

#[test]
fn one_word_is_one_entry_with_its_pulls_summed() {
    let c = Classifier::shipped().classify("Prove that there are infinitely many primes", None);
    let weights: Vec<f32> = c.features.iter().map(|e| e.weight).collect();
    assert!(
        weights.windows(2).all(|w| w[0] >= w[1]),
        "strongest first: {weights:?}"
    );
    assert!(
        weights.iter().all(|w| *w > 0.0),
        "only what pulls towards the task is evidence for it: {weights:?}"
    );
    let mut names: Vec<&str> = c.features.iter().map(|e| e.feature.as_str()).collect();
    let listed = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), listed, "no source is listed twice: {c:?}");
}

#[test]
fn evidence_reads_as_words_phrases_and_plain_shapes_in_every_language() {
    const SHAPES: &[&str] = &[
        "a ``` code block",
        "ends with a question",
        "no lines that look like code",
        "lines that look like code",
        "lines that all look like code",
        "a one-word message",
    ];
    // Sentence punctuation is named in words, never quoted as symbols.
    const PUNCTUATION: &[&str] = &[
        "full stops",
        "commas",
        "question marks",
        "exclamation marks",
        "a colon",
        "a semicolon",
        "an apostrophe",
        "quotation marks",
        "brackets",
        "a dash",
    ];
    for prompt in varied_prompts() {
        let lowered = prompt.to_lowercase();
        let evidence = evidence_of(&prompt);
        assert!(!evidence.is_empty(), "every prompt has evidence: {prompt}");
        for e in &evidence {
            let f = e.feature.as_str();
            for internal in [
                "letters",
                "a word starting",
                "a word ending",
                "shape:",
                "c:",
            ] {
                assert!(
                    !f.contains(internal),
                    "model internals (“{internal}”) in “{f}” for {prompt:?}"
                );
            }
            if let Some(text) = quoted(f) {
                // A phrase is two consecutive words as they stand in the prompt, with the
                // punctuation that joins them ("what's", not "what s").
                assert!(
                    lowered.contains(text),
                    "“{f}” quotes the prompt as written: {prompt:?}"
                );
                let word_like = f.starts_with("the word “")
                    || f.starts_with("the phrase “")
                    || f.starts_with("opens with “")
                    || f.starts_with("the symbols “")
                    || f.starts_with("the symbol “")
                    || f.starts_with("an ellipsis (“");
                assert!(word_like, "a quote names a word, phrase or opening: “{f}”");
                if f.starts_with("the symbol") {
                    assert!(
                        !text.chars().all(|c| ".,;:!?'\"()-".contains(c)),
                        "punctuation is named in words, not quoted: “{f}”"
                    );
                }
                if f.starts_with("the word “") {
                    assert!(!text.contains(' '), "a word entry is one whole word: “{f}”");
                }
            } else {
                let length = f.starts_with("a short message (")
                    || f.starts_with("a long text (about ")
                    || f.starts_with("a message of about ");
                assert!(
                    length || SHAPES.contains(&f) || PUNCTUATION.contains(&f),
                    "an unquoted entry is a plain phrase about the text: “{f}” ({prompt:?})"
                );
            }
        }
    }
}

#[test]
fn rules_say_what_they_saw() {
    let cases = [
        (
            "Translate into French: good night",
            "opens with “translate”",
        ),
        (
            "Could you please translate this into German: good night",
            "asks to translate (“translate”)",
        ),
        (
            "why does this fail?\n```\nfn main() {}\n```",
            "a ``` code block",
        ),
        (
            "Traceback (most recent call last):\n  File \"app.py\", line 3",
            "a pasted stack trace or error message",
        ),
    ];
    for (prompt, expected) in cases {
        let c = Classifier::shipped().classify(prompt, None);
        assert_eq!(c.basis, Basis::Rule, "a rule decides {prompt:?}: {c:?}");
        assert!(
            c.reason.starts_with(expected),
            "the rule says what it saw in {prompt:?}: {}",
            c.reason
        );
    }
    let passage = format!(
        "Summarize this: {}",
        "The committee met on Tuesday to review the budget. ".repeat(8)
    );
    let c = Classifier::shipped().classify(&passage, None);
    assert!(
        c.reason
            .starts_with("asks for a summary of a pasted passage"),
        "the summary rule names the passage: {}",
        c.reason
    );
}

#[test]
fn the_runner_up_is_the_next_most_likely_other_task() {
    for prompt in varied_prompts() {
        let c = Classifier::shipped().classify(&prompt, None);
        let r = c.runner_up.expect("seven tasks always leave a runner-up");
        assert_ne!(r.task, c.task, "the runner-up is another task: {prompt:?}");
        let scores = Classifier::shipped().model_scores(&prompt);
        let best_other = Task::ALL
            .into_iter()
            .filter(|t| *t != c.task)
            .map(|t| scores.probabilities[t.index()])
            .fold(0.0, f64::max);
        assert!(
            (f64::from(r.confidence) - best_other).abs() < 1e-6,
            "the runner-up is the likeliest other task: {prompt:?} {r:?}"
        );
    }
}
