//! Route previews: what the router would do with a prompt, without calling anyone.
//!
//! Joins the pure pieces in `sb-core` (classifier, catalogue, decision) with what only
//! the engine knows: which providers exist and hold keys, the conversation's history
//! (its tokens count towards every call) and how each vendor counts tokens.
//!
//! Invariants: a preview never touches the keyring (it reads the stored `has_key`
//! flags) and never contacts a provider; token counting runs on the blocking pool.

use std::collections::HashMap;

use sb_core::budget::{routing_budget, Ledger};
use sb_core::catalogue::{Catalogue, ModelInfo, ModelRef, Tokenizer};
use sb_core::route::{
    decide, fit, kept, Access, BudgetLeft, BudgetMode, Needs, PromptFit, QualityPreference,
    RouteInput, Unsure,
};
use sb_core::tokens::{estimate_tokens, Calibration};
use sb_core::{Classification, Classifier, ConversationId, Provider, Role, RouteDecision, Usd};
use sb_providers::ChatMessage;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Engine, EngineError};

/// Output tokens a turn asks for unless the model or the budget allows fewer.
pub const DEFAULT_MAX_OUTPUT: u64 = 4_096;
/// Tokens each chat message costs beyond its text (role markers, separators); the
/// figure OpenAI documents for its chat format, used for every vendor.
pub(crate) const MESSAGE_OVERHEAD_TOKENS: u64 = 4;

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct RouteOptions {
    /// Classify and route as a follow-up in this conversation.
    #[ts(type = "number | null")]
    pub conversation_id: Option<ConversationId>,
    pub quality: Option<QualityPreference>,
    /// Treat the budget as a hard cap with this much left.
    #[ts(type = "number | null")]
    pub budget_left: Option<Usd>,
    pub pinned: Option<ModelRef>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RoutePreview {
    pub classification: Classification,
    pub decision: RouteDecision,
    /// True when no provider is configured, so every vendor was assumed usable to
    /// show what the route would be once one is.
    pub assumed_access: bool,
}

/// Counts `text` in `tokenizer`'s tokens; vendors without a shipped tokenizer are
/// estimated at `chars_per_token` (see [`sb_core::tokens`]).
pub fn count_tokens(tokenizer: Tokenizer, text: &str, chars_per_token: f64) -> u64 {
    match tokenizer {
        Tokenizer::Openai => {
            let bpe = tiktoken_rs::o200k_base_singleton();
            bpe.encode_ordinary(text).len() as u64
        }
        Tokenizer::Estimate => estimate_tokens(text.chars().count() as u64, chars_per_token),
    }
}

/// A prompt (the conversation so far plus the new message) measured once per turn, so
/// each candidate model can be priced in its own vendor's tokens, and offered the part
/// of it that its window holds, without recounting.
#[derive(Debug, Clone)]
pub(crate) struct PromptSize {
    /// Each message a call would carry, oldest first, the new prompt last.
    messages: Vec<Measured>,
}

#[derive(Debug, Clone, Copy)]
struct Measured {
    role: Role,
    /// Exact o200k tokens, framing included.
    openai_tokens: u64,
    chars: u64,
    /// Images sent (each counted at `files::IMAGE_TOKENS`).
    images: u64,
}

impl Measured {
    fn tokens(&self, tokenizer: Tokenizer, chars_per_token: f64) -> u64 {
        self.images * crate::turn::IMAGE_TOKENS
            + match tokenizer {
                Tokenizer::Openai => self.openai_tokens,
                Tokenizer::Estimate => {
                    estimate_tokens(self.chars, chars_per_token) + MESSAGE_OVERHEAD_TOKENS
                }
            }
    }
}

/// Most texts whose counts [`CountCache`] keeps (about 5 MiB); it starts again when full.
const COUNT_CACHE_ENTRIES: usize = 100_000;

/// o200k counts of texts already counted, so a long conversation's history is counted
/// once rather than at every turn and every preview (its 10,000 messages took about a
/// quarter of a second each time). Keyed by the text's hash and length: a collision
/// of both is so unlikely (about 1 in 10^10 at this size) that it is not guarded.
#[derive(Debug, Default)]
pub(crate) struct CountCache(std::sync::Mutex<HashMap<(u64, usize), u64>>);

impl CountCache {
    fn key(text: &str) -> (u64, usize) {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut h);
        (h.finish(), text.len())
    }

    /// o200k tokens of each text, counting only those not seen before. The lock is
    /// not held while counting, so turns counting at once do not wait on each other.
    fn count<'a>(&self, texts: impl Iterator<Item = &'a str> + Clone) -> Vec<u64> {
        let keys: Vec<(u64, usize)> = texts.clone().map(CountCache::key).collect();
        // A poisoned lock only loses the cache: everything is counted afresh.
        let known: Vec<Option<u64>> = match self.0.lock() {
            Ok(map) => keys.iter().map(|k| map.get(k).copied()).collect(),
            Err(_) => vec![None; keys.len()],
        };
        let bpe = tiktoken_rs::o200k_base_singleton();
        let counts: Vec<u64> = texts
            .zip(&known)
            .map(|(t, k)| k.unwrap_or_else(|| bpe.encode_ordinary(t).len() as u64))
            .collect();
        if let Ok(mut map) = self.0.lock() {
            let new = known.iter().filter(|k| k.is_none()).count();
            if map.len() + new > COUNT_CACHE_ENTRIES {
                map.clear();
            }
            for ((key, count), k) in keys.into_iter().zip(&counts).zip(&known) {
                if k.is_none() && map.len() < COUNT_CACHE_ENTRIES {
                    map.insert(key, *count);
                }
            }
        }
        counts
    }
}

impl PromptSize {
    /// CPU-bound (BPE over the history not counted before): on the blocking pool,
    /// except for short texts once the tokenizer is loaded (see `turn::warm_counting`).
    pub(crate) fn measure(messages: &[ChatMessage], cache: &CountCache) -> PromptSize {
        let counts = cache.count(messages.iter().map(|m| m.content.as_str()));
        PromptSize {
            messages: messages
                .iter()
                .zip(counts)
                .map(|(m, tokens)| Measured {
                    role: m.role,
                    openai_tokens: tokens + MESSAGE_OVERHEAD_TOKENS,
                    chars: m.content.chars().count() as u64,
                    images: m.images.len() as u64,
                })
                .collect(),
        }
    }

    pub(crate) fn total_chars(&self) -> u64 {
        self.messages.iter().map(|m| m.chars).sum()
    }

    pub(crate) fn framing_tokens(&self) -> u64 {
        self.messages.len() as u64 * MESSAGE_OVERHEAD_TOKENS
    }

    pub(crate) fn images(&self) -> u64 {
        self.messages.iter().map(|m| m.images).sum()
    }

    /// Input tokens of the whole prompt as `vendor` would count them.
    pub(crate) fn tokens_for(&self, tokenizer: Tokenizer, chars_per_token: f64) -> u64 {
        self.messages
            .iter()
            .map(|m| m.tokens(tokenizer, chars_per_token))
            .sum()
    }

    /// The newest part that fits `limit` tokens as `vendor` would count them (see
    /// [`sb_core::route::fit`]).
    pub(crate) fn fit(&self, tokenizer: Tokenizer, chars_per_token: f64, limit: u64) -> PromptFit {
        let sizes: Vec<(Role, u64)> = self
            .messages
            .iter()
            .map(|m| (m.role, m.tokens(tokenizer, chars_per_token)))
            .collect();
        fit(&sizes, limit)
    }

    /// The size of what a call leaving out the `left_out` oldest messages sends.
    pub(crate) fn kept(&self, left_out: u32) -> PromptSize {
        PromptSize {
            messages: kept(&self.messages, |m| m.role, left_out)
                .into_iter()
                .copied()
                .collect(),
        }
    }
}

/// Characters per token for each vendor, learned from reported usage.
#[derive(Debug, Clone, Default)]
pub(crate) struct Calibrations(pub(crate) HashMap<String, Calibration>);

impl Calibrations {
    pub(crate) fn chars_per_token(&self, vendor: &str) -> f64 {
        self.0
            .get(vendor)
            .copied()
            .unwrap_or_default()
            .chars_per_token()
    }

    /// The part of `prompt` that fits `limit` of `model`'s tokens, in its vendor's tokens.
    pub(crate) fn fit(
        &self,
        catalogue: &Catalogue,
        prompt: &PromptSize,
        model: &ModelInfo,
        limit: u64,
    ) -> PromptFit {
        let tokenizer = catalogue
            .vendor(&model.vendor)
            .map_or(Tokenizer::Estimate, |v| v.tokenizer);
        prompt.fit(tokenizer, self.chars_per_token(&model.vendor), limit)
    }
}

/// The catalogue vendor a provider serves: the one it names, else the one its base
/// URL's host belongs to.
pub(crate) fn vendor_of<'a>(
    catalogue: &'a Catalogue,
    provider: &Provider,
) -> Option<&'a sb_core::catalogue::Vendor> {
    match &provider.vendor {
        Some(id) => catalogue.vendor(id),
        None => catalogue.vendor_for_base_url(&provider.base_url),
    }
}

/// How the configured providers give access to a model's vendor.
pub(crate) fn access_for(
    catalogue: &Catalogue,
    providers: &[Provider],
    model: &ModelInfo,
) -> Access {
    let needs_key = catalogue.vendor(&model.vendor).is_none_or(|v| v.needs_key);
    let serving: Vec<&Provider> = providers
        .iter()
        .filter(|p| vendor_of(catalogue, p).is_some_and(|v| v.id == model.vendor))
        .collect();
    if serving.iter().any(|p| p.has_key || !needs_key) {
        Access::Ready
    } else if let Some(p) = serving.first() {
        Access::NoKey {
            provider: p.name.clone(),
        }
    } else {
        Access::NoProvider
    }
}

impl Engine {
    /// Classifies `prompt` and decides its route, without sending anything: with the
    /// same inputs a routed turn would use now (the conversation's history, previous
    /// task, pin, quality and what its caps leave), unless `options` override them.
    /// A blank prompt is refused, as sending it is: there is no turn to route.
    pub async fn preview_route(
        &self,
        prompt: String,
        options: RouteOptions,
    ) -> Result<RoutePreview, EngineError> {
        if prompt.trim().is_empty() {
            return Err(EngineError::InvalidInput {
                message: "The prompt is empty: there is nothing to route.".into(),
            });
        }
        let context = self
            .turn_context(options.conversation_id, false, crate::turn::Base::Active)
            .await?;
        let (budget, ledgers) = match options.budget_left {
            Some(left) => (
                BudgetLeft {
                    remaining: Some(left),
                    mode: BudgetMode::Hard,
                },
                None,
            ),
            None => {
                let scope = options.conversation_id.unwrap_or(0);
                let caps = context.caps;
                let (conversation, month) = self.db(move |s| s.ledgers(scope, &caps)).await?;
                (
                    routing_budget(&conversation, &month),
                    Some((conversation, month)),
                )
            }
        };
        let quality = options.quality.unwrap_or(context.quality);
        let pinned = options.pinned.clone().or(context.pinned.clone());
        let catalogue = self.catalogue();
        let engine = self.clone();
        tokio::task::spawn_blocking(move || {
            let (providers, calibrations) = (&context.providers, &context.calibrations);
            let classification = Classifier::shipped().classify(&prompt, context.previous_task);
            let assumed_access = providers.is_empty();
            let prompt_message = ChatMessage::text(Role::User, prompt.clone());
            let size = PromptSize::measure(
                &context.messages_with(prompt_message),
                &engine.inner.token_counts,
            );
            let prompt_fit =
                |m: &ModelInfo, limit: u64| calibrations.fit(&catalogue, &size, m, limit);
            let access = |m: &ModelInfo| {
                if assumed_access {
                    Access::Ready
                } else {
                    access_for(&catalogue, providers, m)
                }
            };
            let decision = decide(&RouteInput {
                catalogue: &catalogue,
                task: classification.task,
                needs: Needs::default(),
                quality,
                budget,
                wanted_output: DEFAULT_MAX_OUTPUT,
                sticky: context.sticky.clone(),
                pinned,
                unsure: Unsure::of(&classification),
                prompt_fit: &prompt_fit,
                access: &access,
            });
            let decision = match &ledgers {
                Some((conversation, month)) => explain_block(decision, conversation, month),
                None => decision,
            };
            RoutePreview {
                classification,
                decision,
                assumed_access,
            }
        })
        .await
        .map_err(EngineError::from)
    }
}

/// A blocked preview says what a send would: how much is spent and how much only held.
fn explain_block(
    mut decision: RouteDecision,
    conversation: &Ledger,
    month: &Ledger,
) -> RouteDecision {
    if let (None, Some(b)) = (&decision.pick, &decision.blocked) {
        let name = crate::budget::blocked_name(&decision);
        decision.reason = crate::budget::refusal(&name, b.needed, conversation, month);
    }
    decision
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openai_counts_are_exact_and_estimates_err_high() {
        let default = Calibration::default().chars_per_token();
        assert_eq!(
            count_tokens(Tokenizer::Openai, "hello world", default),
            2,
            "o200k splits 'hello world' in two"
        );
        let text = "The quick brown fox jumps over the lazy dog. ".repeat(20);
        let exact = count_tokens(Tokenizer::Openai, &text, default);
        let estimate = count_tokens(Tokenizer::Estimate, &text, default);
        assert!(
            estimate >= exact,
            "the estimate ({estimate}) should not undercount English ({exact})"
        );
        let size = PromptSize::measure(
            &[
                ChatMessage::text(Role::User, text.clone()),
                ChatMessage::text(Role::User, "hi"),
            ],
            &CountCache::default(),
        );
        assert_eq!(
            size.tokens_for(Tokenizer::Openai, default),
            exact + 1 + 2 * MESSAGE_OVERHEAD_TOKENS,
            "each message adds its framing"
        );
        assert_eq!(
            size.tokens_for(Tokenizer::Estimate, 2.0),
            (text.len() as u64).div_ceil(2) + 1 + 2 * MESSAGE_OVERHEAD_TOKENS,
            "estimates use the ratio they are given"
        );
    }

    #[test]
    fn what_a_window_keeps_is_counted_as_it_is_sent() {
        let image = sb_providers::Image {
            mime: "image/png".into(),
            data: std::sync::Arc::from(&b"png"[..]),
        };
        let mut messages = vec![ChatMessage::text(Role::System, "Be brief.")];
        for i in 0..40 {
            let role = if i % 2 == 0 {
                Role::User
            } else {
                Role::Assistant
            };
            let mut m = ChatMessage::text(role, format!("message {i} ").repeat(i + 1));
            if i % 7 == 0 {
                m.images.push(image.clone());
            }
            messages.push(m);
        }
        messages.push(ChatMessage::text(Role::User, "and now?"));
        let cache = CountCache::default();
        let size = PromptSize::measure(&messages, &cache);
        for tokenizer in [Tokenizer::Openai, Tokenizer::Estimate] {
            let whole = size.tokens_for(tokenizer, 3.0);
            for limit in (0..whole + 10).step_by(97) {
                let fit = size.fit(tokenizer, 3.0, limit);
                let sent: Vec<ChatMessage> = kept(&messages, |m| m.role, fit.left_out)
                    .into_iter()
                    .cloned()
                    .collect();
                assert_eq!(
                    PromptSize::measure(&sent, &CountCache::default()).tokens_for(tokenizer, 3.0),
                    fit.tokens,
                    "{tokenizer:?} at {limit}: the tokens priced are those sent"
                );
                assert_eq!(
                    size.kept(fit.left_out).tokens_for(tokenizer, 3.0),
                    fit.tokens
                );
                assert_eq!(sent.first().map(|m| m.role), Some(Role::System));
                assert_eq!(sent.last().map(|m| m.content.as_str()), Some("and now?"));
            }
        }
    }

    #[test]
    fn texts_counted_before_are_not_counted_again_and_count_the_same() {
        let cache = CountCache::default();
        let texts = [
            "hello world",
            "fn main() {}",
            "日本語のテキスト",
            "hello world",
        ];
        let fresh: Vec<u64> = texts
            .iter()
            .map(|t| count_tokens(Tokenizer::Openai, t, 1.0))
            .collect();
        assert_eq!(cache.count(texts.iter().copied()), fresh);
        assert_eq!(
            cache.0.lock().unwrap().len(),
            3,
            "one entry per distinct text"
        );
        // A planted count shows the second call reads the cache instead of counting.
        cache
            .0
            .lock()
            .unwrap()
            .insert(CountCache::key("hello world"), 99);
        assert_eq!(cache.count(["hello world", "new"].into_iter()), [99, 1]);
        // Full: it starts again rather than grow.
        let many: Vec<String> = (0..COUNT_CACHE_ENTRIES).map(|i| i.to_string()).collect();
        cache.count(many.iter().map(String::as_str));
        assert!(cache.0.lock().unwrap().len() <= COUNT_CACHE_ENTRIES);
    }
}
