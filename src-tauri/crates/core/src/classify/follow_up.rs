//! Conversation context: whether a message continues the previous turn's task.
//!
//! A second message is often meaningless alone ("make it shorter", "und auf
//! Französisch?", "Rewrite your previous answer as a limerick") and the model, which
//! sees one message, calls it `chat` or guesses from its words. The signs that a
//! message leans on the previous turn are linguistic and general, in English, German,
//! French and Spanish, strongest first:
//!
//! 1. a back-reference to the previous turn ("your previous answer", "the above",
//!    "deine Antwort", "ta réponse précédente", "la misma tarea");
//! 2. a continuation opener ("and …", "now …", "what about …", "und …", "et si …",
//!    "y …") or a word that only makes sense as a continuation ("again", "kürzer",
//!    "encore", "otra vez");
//! 3. an edit verb at the start ("rephrase", "kürze", "reformule", "acorta") or
//!    "make/write it …", or any verb done to "it" ("can you parallelize it?", "kannst
//!    du es testen?", "¿puedes explicarlo?");
//! 4. a pronoun ("it", "ça", "eso") in a short message the model is not sure about,
//!    or any short message the model is unsure about (a tie-break: such a follow-up
//!    is reported no surer than the model was, so the router stays careful).
//!
//! Length is counted as a person sees it: Chinese and Japanese, written without
//! spaces, count two characters as a word.
//!
//! Counter-signs keep a new request its own label: a message that opens by asking for
//! a new artefact ("write a poem …", "erstelle einen Plan …") is a new task even when it
//! mentions the previous answer or opens with "now"; pasted material (after a colon,
//! in quotes, a formula) is what a pronoun or edit verb points at, not the previous
//! turn, and a formula is a problem of its own; words that are also ordinary words
//! ("above", "anterior") count only beside what they point at; and the longer a
//! message is, the stronger the sign it needs. Invariant: without a previous turn nothing here
//! runs, so single prompts are classified as before.

use super::features::{words_in, Prepared};
use super::{Scores, Task, CODE_NOUNS, NATURAL_LANGUAGES};

/// A message read as a continuation of the previous turn.
pub(super) struct FollowUp {
    pub(super) task: Task,
    pub(super) reason: String,
    /// Decided by no sign in the message, only by the model being unsure or finding the
    /// previous task nearly as likely: the conversation breaks a near-tie, so the answer
    /// is no surer than the model was (see `Classifier::classify`).
    pub(super) tie_break: bool,
}

/// Longest message (in words) each kind of sign can carry: a back-reference can
/// come with a whole new constraint ("building on the previous question, if C is …"),
/// a bare pronoun cannot.
const REFERENCE_MAX_WORDS: usize = 60;
const OPENER_MAX_WORDS: usize = 40;
const EDIT_MAX_WORDS: usize = 20;
const SHORT_MAX_WORDS: usize = 12;
/// With only a pronoun, a short message still counts as a follow-up unless the model
/// is at least this sure of a task.
const WEAK_LIMIT: f64 = 0.9;
/// Below this model confidence, a short message is read as a follow-up even without
/// any sign.
const UNSURE: f64 = 0.5;
/// A short message also continues when the model gives the previous task at least
/// this share of its top probability: the two readings are close, and the
/// conversation breaks the tie.
const CLOSE_SECOND: f64 = 0.4;

/// Words that refer to the previous turn wherever they stand.
const REFERENCE_WORDS: &[&str] = &[
    "previous",
    "aforementioned",
    "vorherige",
    "vorherigen",
    "vorheriger",
    "obige",
    "obigen",
    "vorhin",
    "précédente",
    "précédent",
    "précédents",
    "précédentes",
];
/// Words that point back only beside what they point at ("the above", "the earlier
/// answer"); alone they are ordinary words ("rise above", "earlier this year").
const REFERENCE_WORDS_AFTER_DETERMINER: &[&str] = &["earlier", "above"];
/// Spanish puts it after the noun ("la respuesta anterior", "lo anterior"); English
/// "anterior" is anatomy ("the anterior ligament").
const REFERENCE_WORDS_AFTER_NOUN: &[&str] = &["anterior", "anteriores"];
/// Multi-word references (matched in the lowered text; the tokenizer splits at "-").
const REFERENCE_PHRASES: &[&str] = &[
    "ci-dessus",
    "plus haut",
    "de arriba",
    "más arriba",
    "weiter oben",
];
/// Doubting what the assistant just said ("is that true?", "stimmt das?", "c'est
/// vrai ?"): only the previous answer can be doubted so.
const DOUBTS: &[&str] = &[
    "is this true",
    "is that true",
    "is that right",
    "is this correct",
    "is that correct",
    "are you sure",
    "stimmt das",
    "bist du sicher",
    "c'est vrai",
    "c’est vrai",
    "tu es sûr",
    "es cierto",
    "eso es cierto",
    "estás seguro",
];
/// "your answer", "deine Lösung", "ta réponse", "tu respuesta": a possessive of the
/// assistant followed by something it produced.
const ASSISTANT_OWNERS: &[&str] = &[
    "your", "dein", "deine", "deinen", "deiner", "deinem", "ta", "ton", "tes", "votre", "vos",
    "tu", "tus",
];
const PRODUCTS: &[&str] = &[
    "answer",
    "response",
    "reply",
    "solution",
    "example",
    "examples",
    "text",
    "story",
    "version",
    "list",
    "plan",
    "code",
    "poem",
    "email",
    "draft",
    "summary",
    "translation",
    "program",
    "function",
    "suggestion",
    "suggestions",
    "idea",
    "ideas",
    "points",
    "explanation",
    "proposal",
    "output",
    "result",
    "essay",
    "letter",
    "last",
    "first",
    "second",
    "own",
    "antwort",
    "lösung",
    "beispiel",
    "beispiele",
    "liste",
    "gedicht",
    "zusammenfassung",
    "übersetzung",
    "erklärung",
    "entwurf",
    "vorschlag",
    "vorschläge",
    "ergebnis",
    "mail",
    "brief",
    "réponse",
    "texte",
    "exemple",
    "exemples",
    "poème",
    "résumé",
    "traduction",
    "explication",
    "proposition",
    "idée",
    "idées",
    "brouillon",
    "résultat",
    "lettre",
    "respuesta",
    "texto",
    "solución",
    "ejemplo",
    "ejemplos",
    "lista",
    "poema",
    "versión",
    "resumen",
    "traducción",
    "explicación",
    "propuesta",
    "borrador",
    "resultado",
    "carta",
    "correo",
];
/// "you wrote", "du hast", "me dijiste": the assistant's earlier act. (French "tu as"
/// is left out: it is also "do you have".)
const ASSISTANT_ACTS: &[(&str, &str)] = &[
    ("you", "wrote"),
    ("you", "said"),
    ("you", "gave"),
    ("you", "suggested"),
    ("you", "mentioned"),
    ("you", "listed"),
    ("you", "described"),
    ("du", "hast"),
    ("me", "dijiste"),
    ("me", "diste"),
];
/// "the same task", "the original question", "la misma pregunta": a determiner, an
/// adjective that points back, and a thing the conversation was about.
const DETERMINERS: &[&str] = &[
    "the", "that", "this", "your", "die", "der", "das", "den", "la", "le", "les", "el", "los",
    "las", "esa", "ese", "esta", "este",
];
const POINTING_BACK: &[&str] = &[
    "original",
    "same",
    "previous",
    "earlier",
    "last",
    "gleiche",
    "gleichen",
    "selbe",
    "selben",
    "letzte",
    "letzten",
    "même",
    "dernière",
    "dernier",
    "mismo",
    "misma",
    "última",
    "último",
];
const SUBJECTS: &[&str] = &[
    "question",
    "task",
    "problem",
    "one",
    "frage",
    "aufgabe",
    "tâche",
    "problème",
    "pregunta",
    "tarea",
    "problema",
];

/// Words that only make sense as a continuation ("again", "kürzer", "refais").
const CONTINUATION_WORDS: &[&str] = &[
    "again",
    "shorter",
    "longer",
    "simpler",
    "instead",
    "redo",
    "nochmal",
    "kürzer",
    "länger",
    "einfacher",
    "stattdessen",
    "encore",
    "raccourcis",
    "refais",
    "plutôt",
    "rehaz",
    "hazlo",
    "acórtalo",
];
/// Openers that continue a conversation ("and in Python?", "und auf Englisch?").
const OPENERS: &[&str] = &[
    "and",
    "now",
    "but",
    "also",
    "what about",
    "how about",
    "what if",
    "suppose",
    "und",
    "jetzt",
    "aber",
    "was ist mit",
    "was wäre",
    "et",
    "maintenant",
    "mais",
    "et si",
    "y",
    "ahora",
    "pero",
    "qué tal",
];
/// Verbs that change something already written ("rephrase", "kürze", "acorta").
const EDIT_VERBS: &[&str] = &[
    "rewrite",
    "rephrase",
    "revise",
    "rework",
    "reformulate",
    "modify",
    "alter",
    "amend",
    "update",
    "change",
    "edit",
    "shorten",
    "expand",
    "extend",
    "simplify",
    "repeat",
    "continue",
    "elaborate",
    "adjust",
    "tweak",
    "formuliere",
    "ändere",
    "kürze",
    "erweitere",
    "vereinfache",
    "wiederhole",
    "überarbeite",
    "réécris",
    "reformule",
    "modifie",
    "allonge",
    "simplifie",
    "répète",
    "développe",
    "continue",
    "reescribe",
    "reformula",
    "modifica",
    "acorta",
    "alarga",
    "simplifica",
    "repite",
    "continúa",
    "amplía",
];
/// Verbs that ask for a new artefact ("write a …", "erstelle einen …", "rédige un …").
const CREATE_VERBS: &[&str] = &[
    "write",
    "create",
    "generate",
    "compose",
    "draft",
    "come",
    "make",
    "design",
    "produce",
    "schreib",
    "schreibe",
    "erstelle",
    "erstell",
    "verfasse",
    "entwirf",
    "mach",
    "mache",
    "generiere",
    "écris",
    "écrivez",
    "rédige",
    "rédigez",
    "crée",
    "créez",
    "compose",
    "génère",
    "fais",
    "faites",
    "imagine",
    "escribe",
    "escríbeme",
    "redacta",
    "crea",
    "genera",
    "compón",
    "haz",
    "hazme",
    "diseña",
    "inventa",
];
/// After a create verb, these make it an edit of what exists ("make it shorter",
/// "schreib es um", "fais ça"). Articles are not here: "la", "le" open new objects.
const OBJECT_PRONOUNS: &[&str] = &[
    "it", "this", "that", "them", "these", "those", "es", "das", "sie", "ihn", "ça", "cela", "eso",
    "esto",
];
/// Verbs that ask to condense ("summarize", "fasse … zusammen", "résume", "resúmelo");
/// English "resume" (carry on) and "résumé" (a CV) are left out.
const SUMMARY_VERBS: &[&str] = &[
    "summarize",
    "summarise",
    "condense",
    "recap",
    "zusammenfassen",
    "résume",
    "résumez",
    "synthétise",
    "resúmelo",
    "resúmeme",
    "resumir",
    "sintetiza",
];
/// Right after a verb, the thing it acts on is the previous answer ("test it").
const ACTED_ON: &[&str] = &["it", "them"];
/// Verbs that take "it" as a subject or are not an action on it ("is it …", "does it …").
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "be", "does", "do", "did", "will", "would", "should", "could",
    "can", "has", "have", "had", "may", "might", "must", "shall",
];
/// German puts the object before the infinitive after a modal ("kannst du es testen?");
/// "das" is left out (also an article).
const GERMAN_OBJECTS: &[&str] = &["es", "sie", "ihn"];
/// The German lead words before such an object ("kannst du es …", "bitte es …"), so
/// that French "tu es …" ("you are …") is not read as one.
const GERMAN_LEADS: &[&str] = &["du", "bitte", "jetzt"];

/// A Spanish infinitive or imperative carrying "it" ("explicarlo", "hazla",
/// "tradúcelos"), seen after a lead word ("¿puedes explicarlo?").
fn has_enclitic_object(word: &str) -> bool {
    [
        "arlo", "erlo", "irlo", "arla", "erla", "irla", "arlos", "erlos", "irlos", "arlas",
        "erlas", "irlas",
    ]
    .iter()
    .any(|end| word.ends_with(end))
}

/// Right after the verb, asks for more of the previous answer ("give me more …").
const MORE: &[&str] = &["more", "mehr", "davantage", "más"];
/// Politeness and fillers skipped to find the verb ("could you please rephrase …").
const LEAD_WORDS: &[&str] = &[
    "please",
    "can",
    "could",
    "would",
    "you",
    "now",
    "ok",
    "okay",
    "kannst",
    "könntest",
    "du",
    "bitte",
    "jetzt",
    "peux",
    "pourrais",
    "tu",
    "stp",
    "svp",
    "puedes",
    "podrías",
    "por",
    "favor",
    "ahora",
];
/// Pronouns that usually point back at the previous answer, but can open a new
/// question. German "das" is left out: it is also the neuter article.
const PRONOUNS: &[&str] = &[
    "it", "that", "this", "them", "those", "these", "also", "too", "same", "another", "dies",
    "diese", "auch", "genauso", "ça", "cela", "ceci", "aussi", "pareil", "eso", "esto", "otra",
    "también", "igual",
];
/// Code nouns that are also output formats or other things ("as JSON", "a video
/// script"): asking for one keeps the previous task instead of turning it into code.
const NOT_ALWAYS_CODE: &[&str] = &["json", "yaml", "html", "css", "script"];

/// Reads `prepared` as a continuation of the previous turn's task (or an adaptation
/// of it); `None` leaves the decision to the model.
pub(super) fn follow_up(prepared: &Prepared, previous: Task, scores: &Scores) -> Option<FollowUp> {
    let (_, model_confidence) = scores.best();
    let previous_share = scores.probabilities[previous.index()] / model_confidence;
    let words: Vec<&str> = prepared.words().take(REFERENCE_MAX_WORDS + 1).collect();
    // The longer of the model's word count ("what's" is two) and the one a person sees,
    // in which Chinese or Japanese without spaces is not one word per run.
    let n = words
        .len()
        .max(words_in(prepared.lowered(), REFERENCE_MAX_WORDS));
    // No sign carries a longer message, so a pasted document costs nothing more here.
    if n == 0 || n > REFERENCE_MAX_WORDS {
        return None;
    }
    let text = prepared.lowered().trim_start();
    // An opener is followed by a word ("y ahora…"), not by a formula ("y = 3x + 2").
    let opener = OPENERS.iter().any(|o| {
        text.strip_prefix(o).is_some_and(|rest| {
            rest.starts_with(char::is_whitespace)
                && rest.trim_start().starts_with(char::is_alphabetic)
        })
    });
    let continuation = words.iter().any(|w| CONTINUATION_WORDS.contains(w));
    let verb_at = words
        .iter()
        .take(4)
        .take_while(|w| LEAD_WORDS.contains(w))
        .count();
    let verb = words.get(verb_at).copied().unwrap_or_default();
    let after_verb = words.get(verb_at + 1).copied().unwrap_or_default();
    let creates = CREATE_VERBS.contains(&verb) && !OBJECT_PRONOUNS.contains(&after_verb);
    // "Now write a haiku": an opener does not make a new artefact part of the last one.
    if creates && !continuation {
        return None;
    }
    // "give me more …", "provide more details", "dame más ejemplos": more of what came.
    let asks_more = words
        .iter()
        .skip(verb_at + 1)
        .take(2)
        .any(|w| MORE.contains(w));
    let edits = EDIT_VERBS.contains(&verb)
        || (CREATE_VERBS.contains(&verb) && OBJECT_PRONOUNS.contains(&after_verb))
        || asks_more;
    // "summarize the story in three bullets", "fasse es zusammen": what is to be condensed
    // is the previous answer, whatever task produced it. "Summarize the plot of Hamlet"
    // names a subject of its own and is left to the model.
    let summary_verb =
        SUMMARY_VERBS.contains(&verb) || (verb.starts_with("fass") && words.contains(&"zusammen"));
    let summarizes = summary_verb
        && (verb == "resúmelo"
            || words
                .iter()
                .skip(verb_at + 1)
                .take(3)
                .any(|w| OBJECT_PRONOUNS.contains(w) || PRODUCTS.contains(w)));
    // "can you parallelize it?", "kannst du es testen?", "¿puedes explicarlo?": any verb
    // done to "it" acts on what came before (not "is it …", "does that …").
    let acts_on_it = (!AUXILIARIES.contains(&verb) && ACTED_ON.contains(&after_verb))
        || (GERMAN_OBJECTS.contains(&verb)
            && verb_at
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .is_some_and(|lead| GERMAN_LEADS.contains(lead)))
        || (verb_at > 0 && has_enclitic_object(verb));
    // Text after a colon or in quotes is what an edit or pronoun refers to, and so is
    // a formula ("simplify 3/4 + 5/6", "suppose x = 2").
    let formula = has_formula(text);
    let material = formula || text.contains([':', '"', '«', '»', '“', '”', '„']);
    let pronoun = words.iter().any(|w| PRONOUNS.contains(w));
    let refers = refers_back(text, &words);

    let (sign, limit, tie_break) = if refers && !material {
        ("refers to the previous turn", REFERENCE_MAX_WORDS, false)
    } else if opener && !material {
        ("continues it", OPENER_MAX_WORDS, false)
    } else if edits && !material {
        ("asks to change it", EDIT_MAX_WORDS, false)
    } else if summarizes && !material {
        ("asks to condense it", EDIT_MAX_WORDS, false)
    } else if continuation {
        ("continues it", SHORT_MAX_WORDS, false)
    } else if acts_on_it && !material {
        ("acts on it", SHORT_MAX_WORDS, false)
    } else if pronoun && !material && model_confidence < WEAK_LIMIT {
        ("points back at it", SHORT_MAX_WORDS, false)
    } else if model_confidence < UNSURE && !formula {
        ("short and unclear alone", SHORT_MAX_WORDS, true)
    } else if previous_share >= CLOSE_SECOND && !formula {
        ("the model finds it nearly as likely", SHORT_MAX_WORDS, true)
    } else {
        return None;
    };
    if n > limit {
        return None;
    }
    let code_noun = words
        .iter()
        .find(|w| CODE_NOUNS.contains(w) && !NOT_ALWAYS_CODE.contains(w));
    let answer = |task: Task, reason: String| {
        Some(FollowUp {
            task,
            reason,
            tie_break,
        })
    };
    if let Some(noun) = code_noun {
        return answer(
            Task::Code,
            format!("follow-up to the previous {previous} turn, about code (“{noun}”)"),
        );
    }
    if summarizes && !material {
        return answer(
            Task::Summarize,
            format!("follow-up to the previous {previous} turn, asking to condense it (“{verb}”)"),
        );
    }
    if previous != Task::Code {
        if let Some(lang) = words.iter().find(|w| NATURAL_LANGUAGES.contains(w)) {
            return answer(
                Task::Translate,
                format!(
                    "follow-up to the previous {previous} turn, in another language (“{lang}”)"
                ),
            );
        }
    }
    answer(
        previous,
        format!("follow-up to the previous {previous} turn ({sign})"),
    )
}

/// Whether the message points back at the previous turn ("your previous answer",
/// "the above", "la misma tarea").
fn refers_back(text: &str, words: &[&str]) -> bool {
    let beside = |i: usize, w: &str| {
        let before = i.checked_sub(1).and_then(|j| words.get(j)).copied();
        let after = words.get(i + 1).copied();
        let thing =
            |x: Option<&str>| x.is_some_and(|x| PRODUCTS.contains(&x) || SUBJECTS.contains(&x));
        (REFERENCE_WORDS_AFTER_DETERMINER.contains(&w)
            && (before.is_some_and(|b| DETERMINERS.contains(&b)) || thing(after)))
            || (REFERENCE_WORDS_AFTER_NOUN.contains(&w) && (thing(before) || before == Some("lo")))
    };
    words.iter().any(|w| REFERENCE_WORDS.contains(w))
        || words.iter().enumerate().any(|(i, w)| beside(i, w))
        || REFERENCE_PHRASES.iter().any(|p| contains_phrase(text, p))
        || DOUBTS.iter().any(|p| contains_phrase(text, p))
        || words.windows(2).any(|pair| {
            (ASSISTANT_OWNERS.contains(&pair[0]) && PRODUCTS.contains(&pair[1]))
                || ASSISTANT_ACTS.contains(&(pair[0], pair[1]))
        })
        || words.windows(3).any(|t| {
            DETERMINERS.contains(&t[0])
                && POINTING_BACK.contains(&t[1])
                && (PRODUCTS.contains(&t[2]) || SUBJECTS.contains(&t[2]))
        })
}

/// Whether `phrase` stands in `text` as whole words ("plus haut", not "plus haute").
fn contains_phrase(text: &str, phrase: &str) -> bool {
    let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(i, _)| {
        !word_char(text[..i].chars().next_back())
            && !word_char(text[i + phrase.len()..].chars().next())
    })
}

/// An equation or arithmetic: `=` or `^`, or a digit, an operator and a digit ("3/4 + 5/6",
/// "2*x + 1" does not count, "2 * 3" does). `-` and `/` alone are left out: dates and
/// ranges ("12/05", "2024-05") are not formulas.
fn has_formula(text: &str) -> bool {
    if text.contains(['=', '^']) {
        return true;
    }
    let mut last: Option<char> = None;
    let mut after_operator = false;
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        if c.is_ascii_digit() && after_operator {
            return true;
        }
        after_operator =
            matches!(c, '+' | '*' | '×' | '÷') && last.is_some_and(|l| l.is_ascii_digit());
        last = Some(c);
    }
    false
}
