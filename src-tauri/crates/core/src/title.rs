//! A conversation's title, made on this machine from its first prompt (no model call,
//! so no cost and nothing sent): the prompt's first line of prose, without Markdown
//! marks, a greeting or a polite "can you", cut at a word near [`TITLE_CHARS`].
//!
//! Invariants: never empty; at most [`TITLE_CHARS`] characters plus an ellipsis; a
//! prompt that is only code is titled by its first line of code; the words kept are the
//! prompt's own, in its order (nothing is invented or translated).

/// The longest title before it is cut (an ellipsis says it was).
pub const TITLE_CHARS: usize = 60;

/// The title of a conversation whose first prompt is `prompt`; `None` when the prompt
/// has no text at all (a turn of attachments only: the caller names it after a file).
pub fn title_of(prompt: &str) -> Option<String> {
    let (prose, code) = lines(prompt);
    let mut chosen = None;
    for line in &prose {
        let plain = without_marks(line);
        let rest = without_greeting(&plain);
        if !rest.is_empty() {
            chosen = Some(rest.to_owned());
            break;
        }
        // A line that is only a greeting ("Hi!") gives way to the next, unless no
        // line follows: then the greeting is the title.
        if chosen.as_deref().is_none_or(str::is_empty) {
            chosen = Some(plain);
        }
    }
    match chosen.filter(|l| !l.is_empty()) {
        Some(line) => Some(cut(&capitalised(&direct(&line)))),
        // Code keeps its case.
        None => Some(cut(&code?)),
    }
}

/// How much of a line the title rules read: far more than a title keeps, and a bound on
/// their work whatever is pasted (a megabyte of minified JSON on one line).
const LINE_CHARS: usize = 8 * TITLE_CHARS;

/// The first [`LINE_CHARS`] characters of `line`.
fn head(line: &str) -> String {
    line.chars().take(LINE_CHARS).collect()
}

/// Lines of prose (outside fenced code), trimmed, non-empty and cut to [`LINE_CHARS`],
/// and the first line of code inside a fence.
fn lines(prompt: &str) -> (Vec<String>, Option<String>) {
    let mut prose = Vec::new();
    let mut code = None;
    let mut fence: Option<&str> = None;
    for line in prompt.lines().map(str::trim) {
        let opens = ["```", "~~~"].into_iter().find(|f| line.starts_with(f));
        match (fence, opens) {
            (None, Some(f)) => fence = Some(f),
            (Some(f), Some(g)) if f == g => fence = None,
            (Some(_), _) => {
                if code.is_none() && !line.is_empty() {
                    code = Some(head(line));
                }
            }
            (None, None) if !line.is_empty() => prose.push(head(line)),
            (None, None) => {}
        }
    }
    (prose, code)
}

/// `line` without the Markdown that marks it up: heading, quote and list marks, bold,
/// italics and code ticks, and links (their text is kept).
fn without_marks(line: &str) -> String {
    let mut s = line.trim();
    loop {
        let before = s;
        s = s.trim_start_matches('#').trim_start();
        s = s.trim_start_matches('>').trim_start();
        for mark in ["- [ ] ", "- [x] ", "- ", "* ", "+ "] {
            if let Some(rest) = s.strip_prefix(mark) {
                s = rest.trim_start();
            }
        }
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && digits < 4 {
            let rest = &s[digits..];
            if let Some(after) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
                s = after.trim_start();
            }
        }
        if s == before {
            break;
        }
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '`' => {}
            '_' if out.is_empty()
                || out.ends_with(' ')
                || chars.peek().is_none_or(|n| !n.is_alphanumeric()) => {}
            '[' => {
                // [text](url) keeps its text; a lone bracket stays.
                let rest: String = chars.clone().collect();
                match rest.find("](") {
                    Some(end) if rest[end + 2..].contains(')') => {
                        out.push_str(&rest[..end]);
                        let skip = rest[..end + 2].chars().count()
                            + rest[end + 2..].chars().take_while(|c| *c != ')').count()
                            + 1;
                        for _ in 0..skip {
                            chars.next();
                        }
                    }
                    _ => out.push(c),
                }
            }
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Greetings that open a prompt without saying what it is about.
const GREETINGS: [&str; 12] = [
    "hi",
    "hello",
    "hey",
    "good morning",
    "good afternoon",
    "good evening",
    "bonjour",
    "salut",
    "hola",
    "hallo",
    "ciao",
    "olá",
];

/// `line` after an opening greeting ("Hi,", "Hello there!"), or all of it. Positions are
/// found in `line` itself: lowercasing can change a character's length.
fn without_greeting(line: &str) -> &str {
    for greeting in GREETINGS {
        let n = greeting.chars().count();
        let at = line.char_indices().nth(n).map_or(line.len(), |(i, _)| i);
        if line[..at].to_lowercase() != greeting {
            continue;
        }
        let rest = &line[at..];
        // A whole word ("Hi," but not "History of …"), ended by punctuation within a
        // few words ("Hello there!", "Hi Claude,").
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some(end) = rest.find([',', '!', '.', ':', ';']) else {
            // No punctuation: only a bare greeting word alone is dropped.
            return if rest.trim().is_empty() { "" } else { line };
        };
        if rest[..end].split_whitespace().count() > 2 {
            return line;
        }
        // The punctuation found is one ASCII byte.
        return rest[end + 1..].trim_start_matches(['!', '.', ',', ' ']);
    }
    line
}

/// Polite openings that ask for something rather than say what: "Can you explain X?"
/// is titled "Explain X".
const REQUESTS: [&str; 12] = [
    "could you please ",
    "can you please ",
    "would you please ",
    "could you ",
    "can you ",
    "would you ",
    "will you ",
    "can u ",
    "please ",
    "i want you to ",
    "i need you to ",
    "i'd like you to ",
];

/// `line` with a polite request opening (and its closing "?" or "please") taken off.
fn direct(line: &str) -> String {
    let mut s = line;
    let mut asked = false;
    'strip: loop {
        for request in REQUESTS {
            // The openings are ASCII: compared byte by byte on the line itself.
            let opens = s
                .as_bytes()
                .get(..request.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(request.as_bytes()));
            if opens {
                let rest = s[request.len()..].trim_start();
                if rest.is_empty() {
                    break 'strip;
                }
                s = rest;
                asked = true;
                continue 'strip;
            }
        }
        break;
    }
    let mut s = s.trim_end().to_owned();
    if asked {
        for ending in ["?", " please", ", please"] {
            // ASCII endings matched byte by byte, so the cut is at a character boundary.
            let at = s.len().saturating_sub(ending.len());
            if s.len() >= ending.len() && s.as_bytes()[at..].eq_ignore_ascii_case(ending.as_bytes())
            {
                s.truncate(at);
                s = s.trim_end().to_owned();
            }
        }
    }
    // Nothing but the request ("Can you please?"): the line as written.
    if s.chars().any(char::is_alphanumeric) {
        s
    } else {
        line.trim().to_owned()
    }
}

fn capitalised(line: &str) -> String {
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first sentence when it is long enough to say something, else `line`; at most
/// [`TITLE_CHARS`] characters, cut after a whole word when one ends in the second half,
/// with an ellipsis when cut; no closing full stop, colon or comma.
fn cut(line: &str) -> String {
    let mut end = None;
    for (i, c) in line.char_indices() {
        if i > 0 && matches!(c, '.' | '?' | '!' | '。' | '？' | '！') {
            let next = line[i + c.len_utf8()..].chars().next();
            let ends = next.is_none_or(char::is_whitespace) || !c.is_ascii();
            if ends && line[..i].chars().count() >= 12 {
                end = Some(
                    i + if c == '?' || c == '？' {
                        c.len_utf8()
                    } else {
                        0
                    },
                );
                break;
            }
        }
    }
    let sentence = end.map_or(line, |e| &line[..e]).trim_end();
    let tidy = |s: &str| {
        s.trim_end_matches(['.', ',', ':', ';', ' ', '-', '—'])
            .to_owned()
    };
    if sentence.chars().count() <= TITLE_CHARS {
        let t = tidy(sentence);
        return if t.is_empty() { sentence.to_owned() } else { t };
    }
    let head: String = sentence.chars().take(TITLE_CHARS).collect();
    let at_word = head
        .rfind(char::is_whitespace)
        .filter(|&i| head[..i].chars().count() >= TITLE_CHARS / 2);
    let mut title = tidy(at_word.map_or(head.as_str(), |i| &head[..i]));
    if title.is_empty() {
        title = head;
    }
    title.push('…');
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(prompt: &str) -> String {
        title_of(prompt).unwrap()
    }

    #[test]
    fn a_plain_prompt_is_its_own_title() {
        assert_eq!(
            t("Invent a holiday and describe it"),
            "Invent a holiday and describe it"
        );
        assert_eq!(
            t("\n  Plan a three-day trip to Lisbon \nmore"),
            "Plan a three-day trip to Lisbon"
        );
        assert_eq!(t("What is a monad?"), "What is a monad?");
        assert_eq!(t("why is the sky blue"), "Why is the sky blue");
    }

    #[test]
    fn greetings_and_polite_openings_are_left_out() {
        assert_eq!(
            t("Hi! Can you explain how TLS works?"),
            "Explain how TLS works"
        );
        assert_eq!(
            t("Hello there,\nplease summarise this article"),
            "Summarise this article"
        );
        assert_eq!(
            t("hey, could you please write a haiku about rain please"),
            "Write a haiku about rain"
        );
        assert_eq!(
            t("Bonjour ! Traduis ce texte en anglais."),
            "Traduis ce texte en anglais"
        );
        assert_eq!(t("Hi"), "Hi", "a greeting alone is still a title");
        assert_eq!(t("Hi!\n\nWrite a limerick"), "Write a limerick");
        assert_eq!(
            t("History of the Roman roads"),
            "History of the Roman roads",
            "whole words only"
        );
        assert_eq!(
            t("Hello world program in Go"),
            "Hello world program in Go",
            "no punctuation: kept"
        );
        assert_eq!(t("Can you?"), "Can you?");
        assert_eq!(
            t("Hi İrem,tell me a story"),
            "Tell me a story",
            "cut where the comma is"
        );
        assert_eq!(t("Hi Ⱥ!Write a poem"), "Write a poem");
    }

    #[test]
    fn markdown_marks_are_left_out() {
        assert_eq!(t("# Release notes for **v2.1**"), "Release notes for v2.1");
        assert_eq!(t("> quoted: `Vec<T>` vs `&[T]`"), "Quoted: Vec<T> vs &[T]");
        assert_eq!(
            t("1. Compare [SQLite](https://sqlite.org) and Postgres"),
            "Compare SQLite and Postgres"
        );
        assert_eq!(
            t("- [ ] fix the snake_case names"),
            "Fix the snake_case names"
        );
    }

    #[test]
    fn code_is_passed_over_for_the_prose_around_it() {
        assert_eq!(
            t("```rust\nfn main() {}\n```\nWhy does this not compile?"),
            "Why does this not compile?"
        );
        assert_eq!(
            t("```python\n\nprint(1/0)\n```"),
            "print(1/0)",
            "only code: its first line, as written"
        );
        assert_eq!(title_of(""), None);
        assert_eq!(title_of("  \n "), None);
    }

    #[test]
    fn long_prompts_are_cut_at_a_sentence_or_a_word() {
        assert_eq!(
            t("Summarise the meeting notes below. Keep the action items and owners, and drop the small talk."),
            "Summarise the meeting notes below"
        );
        let long = t("Write a detailed comparison of the borrow checkers in Rust and in Mojo with examples of each");
        assert_eq!(
            long,
            "Write a detailed comparison of the borrow checkers in Rust…"
        );
        assert!(long.chars().count() <= TITLE_CHARS + 1);
        let word = "é".repeat(80);
        let cut_word = t(&word);
        assert_eq!(
            cut_word.chars().count(),
            TITLE_CHARS + 1,
            "no space: cut at 60"
        );
        assert!(cut_word.ends_with('…'));
        assert_eq!(
            t("これは日本語の長い文章です。二つ目の文です。"),
            "これは日本語の長い文章です",
            "CJK sentence ends"
        );
        assert_eq!(
            t("e.g. this is short"),
            "E.g. this is short",
            "no cut inside an abbreviation"
        );
    }

    #[test]
    fn a_huge_pasted_line_is_read_only_as_far_as_a_title_needs() {
        let json = "[[1,2],[3,4]],".repeat(100_000);
        let title = t(&json);
        assert!(
            title.ends_with('…') && title.chars().count() <= TITLE_CHARS + 1,
            "{title}"
        );
        let polite = t(&"please ".repeat(50_000));
        assert!(!polite.is_empty() && polite.chars().count() <= TITLE_CHARS + 1);
    }

    #[test]
    fn any_text_gets_a_bounded_non_empty_title() {
        for prompt in [
            "!!!",
            "…",
            "```",
            "# ",
            "*",
            "[x](y)",
            "Hi, ",
            "?",
            "please",
            "İstanbul, hi",
            "ǅ",
        ] {
            if let Some(title) = title_of(prompt) {
                assert!(!title.is_empty(), "{prompt:?}");
                assert!(title.chars().count() <= TITLE_CHARS + 1, "{prompt:?}");
            }
        }
    }
}
