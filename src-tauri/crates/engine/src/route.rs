//! Route previews: what the router would do with a prompt, without calling anyone.
//!
//! Joins the pure pieces in `sb-core` (classifier, catalogue, decision) with what only
//! the engine knows: which providers exist and hold keys, the conversation's history
//! (its tokens count towards every call) and how each vendor counts tokens.
//!
//! Invariants: a preview never touches the keyring (it reads the stored `has_key`
//! flags) and never contacts a provider; token counting runs on the blocking pool.

use sb_core::catalogue::{Catalogue, ModelInfo, ModelRef, Tokenizer};
use sb_core::route::{
    decide, Access, BudgetLeft, BudgetMode, Needs, QualityPreference, RouteInput,
};
use sb_core::{
    Classification, Classifier, ConversationId, MessageStatus, Provider, RouteDecision, Usd,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Engine, EngineError};

/// Output tokens a turn asks for unless the model or the budget allows fewer.
pub const DEFAULT_MAX_OUTPUT: u64 = 4_096;
/// Tokens each chat message costs beyond its text (role markers, separators); the
/// figure OpenAI documents for its chat format, used for every vendor.
const MESSAGE_OVERHEAD_TOKENS: u64 = 4;
/// Characters per token assumed for vendors whose tokenizer we do not ship. Lower
/// than the ~4 typical of English so the estimate errs towards more tokens.
const CHARS_PER_TOKEN: f64 = 3.5;

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

/// Counts `text` in `tokenizer`'s tokens (an estimate for vendors without one).
pub fn count_tokens(tokenizer: Tokenizer, text: &str) -> u64 {
    match tokenizer {
        Tokenizer::Openai => {
            let bpe = tiktoken_rs::o200k_base_singleton();
            bpe.encode_ordinary(text).len() as u64
        }
        Tokenizer::Estimate => (text.chars().count() as f64 / CHARS_PER_TOKEN).ceil() as u64,
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
    /// The model catalogue and route table in effect.
    pub fn catalogue(&self) -> &Catalogue {
        &self.inner.catalogue
    }

    /// Classifies `prompt` and decides its route, without sending anything.
    pub async fn preview_route(
        &self,
        prompt: String,
        options: RouteOptions,
    ) -> Result<RoutePreview, EngineError> {
        let providers = self.list_providers().await?;
        let history: Vec<String> = match options.conversation_id {
            Some(id) => self
                .db(move |s| s.list_messages(id))
                .await?
                .into_iter()
                .filter(|m| m.status != MessageStatus::Error)
                .map(|m| m.content)
                .collect(),
            None => Vec::new(),
        };
        let engine = self.clone();
        tokio::task::spawn_blocking(move || {
            let catalogue = engine.catalogue();
            let classification = Classifier::shipped().classify(&prompt, None);
            let assumed_access = providers.is_empty();
            let tokens_for = |tokenizer: Tokenizer| {
                let texts = history.iter().map(String::as_str).chain([prompt.as_str()]);
                texts
                    .map(|t| count_tokens(tokenizer, t) + MESSAGE_OVERHEAD_TOKENS)
                    .sum::<u64>()
            };
            let openai_tokens = tokens_for(Tokenizer::Openai);
            let estimated_tokens = tokens_for(Tokenizer::Estimate);
            let input_tokens =
                |m: &ModelInfo| match catalogue.vendor(&m.vendor).map(|v| v.tokenizer) {
                    Some(Tokenizer::Openai) => openai_tokens,
                    _ => estimated_tokens,
                };
            let access = |m: &ModelInfo| {
                if assumed_access {
                    Access::Ready
                } else {
                    access_for(catalogue, &providers, m)
                }
            };
            let decision = decide(&RouteInput {
                catalogue,
                task: classification.task,
                needs: Needs::default(),
                quality: options.quality.unwrap_or_default(),
                budget: match options.budget_left {
                    Some(left) => BudgetLeft {
                        remaining: Some(left),
                        mode: BudgetMode::Hard,
                    },
                    None => BudgetLeft::default(),
                },
                wanted_output: DEFAULT_MAX_OUTPUT,
                sticky: None,
                pinned: options.pinned.clone(),
                input_tokens: &input_tokens,
                access: &access,
            });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openai_counts_are_exact_and_estimates_err_high() {
        assert_eq!(
            count_tokens(Tokenizer::Openai, "hello world"),
            2,
            "o200k splits 'hello world' in two"
        );
        let text = "The quick brown fox jumps over the lazy dog. ".repeat(20);
        let exact = count_tokens(Tokenizer::Openai, &text);
        let estimate = count_tokens(Tokenizer::Estimate, &text);
        assert!(
            estimate >= exact,
            "the estimate ({estimate}) should not undercount English ({exact})"
        );
    }
}
