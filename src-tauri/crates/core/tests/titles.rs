//! Titles made from any text, however odd (Markdown, greetings, mixed scripts, marks
//! that change length when lowercased): never a panic, never empty, never longer than
//! the limit, and made only of the prompt's own characters.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use sb_core::title::{title_of, TITLE_CHARS};

/// Pieces a prompt is made of, weighted toward the ones the title rules look at.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Hi".to_owned()),
        Just("hello there, ".to_owned()),
        Just("can you please ".to_owned()),
        Just("```rust\n".to_owned()),
        Just("```".to_owned()),
        Just("# ".to_owned()),
        Just("- [ ] ".to_owned()),
        Just("1. ".to_owned()),
        Just("[link](http://x.y)".to_owned()),
        Just("**bold** ".to_owned()),
        Just("_it_ ".to_owned()),
        Just("? ".to_owned()),
        Just(". ".to_owned()),
        Just("\n".to_owned()),
        Just("İ\u{212A}ǅß".to_owned()),
        Just("日本語の文。".to_owned()),
        "[a-zA-Z ]{0,12}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn any_prompt_gets_a_bounded_title_of_its_own_characters(
        pieces in proptest::collection::vec(piece(), 0..12)
    ) {
        let prompt: String = pieces.concat();
        let Some(title) = title_of(&prompt) else {
            let words = prompt
                .lines()
                .filter(|l| !l.trim_start().starts_with("```") && !l.trim_start().starts_with("~~~"))
                .any(|l| l.chars().any(char::is_alphabetic));
            prop_assert!(!words, "a prompt with letters (besides fence lines) has a title: {prompt:?}");
            return Ok(());
        };
        prop_assert!(!title.trim().is_empty(), "{prompt:?} → {title:?}");
        prop_assert!(title.chars().count() <= TITLE_CHARS + 1, "{prompt:?} → {title:?}");
        let (lower, upper) = (prompt.to_lowercase(), prompt.to_uppercase());
        for c in title.chars().filter(|c| *c != '…' && !c.is_whitespace()) {
            // The first letter may be capitalised (which can make several).
            prop_assert!(prompt.contains(c) || upper.contains(c) || lower.contains(&c.to_lowercase().collect::<String>()),
                "{c:?} is not in the prompt: {prompt:?} → {title:?}");
        }
    }
}
