//! Which part of a conversation a model's context window holds.
//!
//! A long conversation outgrows every window: its 10,000th turn cannot carry the other
//! 9,999. Each candidate model is offered the newest part that fits its window with room
//! left for an answer; the router prices and books exactly that part, and the turn sends
//! exactly that part (the same [`PromptFit`] decides both, through [`kept`]).
//!
//! Invariants: a leading system message and the new prompt (the last message) are
//! always kept; only whole messages are left out, oldest first; what is kept after the
//! system message starts at a user message (providers such as Anthropic refuse a
//! conversation that opens with the assistant); within that, as many messages as fit.

use crate::Role;

/// The part of a prompt offered to one model.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PromptFit {
    /// Input tokens of what is kept, in the model's vendor's tokens.
    pub tokens: u64,
    /// Messages left out: the oldest of the history, after any system message.
    pub left_out: u32,
}

impl PromptFit {
    /// Everything is sent.
    pub fn whole(tokens: u64) -> PromptFit {
        PromptFit {
            tokens,
            left_out: 0,
        }
    }
}

/// Fits `messages` (role and tokens of each, oldest first, the new prompt last) within
/// `limit` input tokens. When even the system message and the prompt exceed `limit`,
/// the history is left out whole and `tokens` says how far over the limit they are: the
/// router then refuses the model for its window.
pub fn fit(messages: &[(Role, u64)], limit: u64) -> PromptFit {
    let total: u64 = messages.iter().map(|(_, t)| *t).sum();
    if total <= limit {
        return PromptFit::whole(total);
    }
    let head = head_len(messages, |(r, _)| *r);
    let Some((prompt, before)) = messages.split_last() else {
        return PromptFit::default();
    };
    let history = before.get(head..).unwrap_or_default();
    let fixed: u64 = before
        .get(..head)
        .unwrap_or_default()
        .iter()
        .map(|(_, t)| *t)
        .sum::<u64>()
        .saturating_add(prompt.1);
    // The newest messages that fit: walk back from the prompt while they do.
    let mut used = fixed;
    let mut start = history.len();
    for (i, (_, tokens)) in history.iter().enumerate().rev() {
        match used.checked_add(*tokens) {
            Some(next) if next <= limit => {
                used = next;
                start = i;
            }
            _ => break,
        }
    }
    // Begin at a user message: an answer without its question is dropped too.
    while let Some((Role::Assistant, tokens)) = history.get(start) {
        used -= tokens;
        start += 1;
    }
    PromptFit {
        tokens: used,
        // A conversation's messages are far fewer than u32::MAX.
        left_out: u32::try_from(start).unwrap_or(u32::MAX),
    }
}

/// The messages a fit keeps, in their order: the system message, then the history
/// without its `left_out` oldest (see [`PromptFit::left_out`]), then the prompt.
pub fn kept<T>(messages: &[T], role: impl Fn(&T) -> Role, left_out: u32) -> Vec<&T> {
    let head = head_len(messages, role);
    let skip = usize::try_from(left_out).unwrap_or(usize::MAX);
    messages
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < head || *i >= head.saturating_add(skip))
        .map(|(_, m)| m)
        .collect()
}

/// 1 when the first message is a system message that is not also the prompt.
fn head_len<T>(messages: &[T], role: impl Fn(&T) -> Role) -> usize {
    match messages.first() {
        Some(first) if messages.len() > 1 && role(first) == Role::System => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::{Assistant as A, System as S, User as U};

    fn kept_tokens(messages: &[(Role, u64)], f: PromptFit) -> u64 {
        kept(messages, |(r, _)| *r, f.left_out)
            .iter()
            .map(|(_, t)| t)
            .sum()
    }

    #[test]
    fn a_conversation_that_fits_goes_whole() {
        let m = [(S, 10), (U, 5), (A, 7), (U, 3)];
        assert_eq!(fit(&m, 25), PromptFit::whole(25));
        assert_eq!(kept(&m, |(r, _)| *r, fit(&m, 25).left_out).len(), 4);
    }

    #[test]
    fn the_oldest_go_first_and_what_is_kept_opens_with_a_question() {
        let m = [(S, 10), (U, 5), (A, 7), (U, 3), (A, 4), (U, 2)];
        // 10 + 2 fixed; room for 4 and 3 (and not 7): kept from the user message of 3.
        let f = fit(&m, 21);
        assert_eq!(
            f,
            PromptFit {
                tokens: 19,
                left_out: 2
            }
        );
        assert_eq!(kept_tokens(&m, f), f.tokens);
        // Room for the last answer alone: it goes too, since its question does not fit.
        let f = fit(&m, 17);
        assert_eq!(
            f,
            PromptFit {
                tokens: 12,
                left_out: 4
            }
        );
        assert_eq!(
            kept(&m, |(r, _)| *r, f.left_out),
            [&(S, 10), &(U, 2)],
            "the system message and the prompt stay"
        );
    }

    #[test]
    fn without_a_system_message_the_first_message_is_history() {
        let m = [(U, 50), (A, 5), (U, 1), (A, 1), (U, 1)];
        let f = fit(&m, 10);
        assert_eq!(
            f,
            PromptFit {
                tokens: 3,
                left_out: 2
            }
        );
        assert_eq!(
            kept(&m, |(r, _)| *r, f.left_out),
            [&(U, 1), &(A, 1), &(U, 1)]
        );
    }

    #[test]
    fn a_prompt_over_the_limit_keeps_only_itself_and_says_how_big() {
        let m = [(S, 10), (U, 5), (A, 5), (U, 100)];
        assert_eq!(
            fit(&m, 50),
            PromptFit {
                tokens: 110,
                left_out: 2
            }
        );
        // A lone prompt that is a system message is still the prompt.
        assert_eq!(fit(&[(S, 9)], 5), PromptFit::whole(9));
    }

    #[test]
    fn what_is_kept_is_what_is_counted_for_any_limit() {
        let m = [
            (S, 3),
            (U, 5),
            (A, 8),
            (U, 1),
            (A, 13),
            (U, 2),
            (A, 21),
            (U, 4),
        ];
        let total: u64 = m.iter().map(|(_, t)| t).sum();
        for limit in 0..=total + 1 {
            let f = fit(&m, limit);
            assert_eq!(kept_tokens(&m, f), f.tokens, "limit {limit}");
            assert!(f.tokens <= limit.max(7), "over the limit at {limit}: {f:?}");
            let first_after_system = kept(&m, |(r, _)| *r, f.left_out)[1].0;
            assert_eq!(first_after_system, U, "limit {limit}");
        }
    }
}
