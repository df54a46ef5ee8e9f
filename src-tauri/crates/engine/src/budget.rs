//! Budgets as the engine keeps them: the app-wide defaults (Settings → Budget), each
//! conversation's own routing settings, the caps that bind a turn, what is spent and
//! held against them, and the sentences that explain a refusal or a warning.
//!
//! Invariant: settings that cannot be read never mean "no cap". A turn refuses to start
//! until they are saved again, because a cap the user set must hold even when the
//! stored value is damaged or was written by a newer build.

use sb_core::budget::{month_start_utc, Cap, Ledger, Level};
use sb_core::{BudgetMode, ConversationId, QualityPreference, Usd};
use sb_store::{Caps, ConversationRouting, Refused};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Engine, EngineError};

/// Settings key holding [`BudgetSettings`] as JSON.
pub(crate) const BUDGET_SETTINGS_KEY: &str = "budget";

/// App-wide budget and routing defaults (Settings → Budget). Caps default to hard: a cap
/// someone sets without choosing a mode is one they expect to hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BudgetSettings {
    /// Cap for conversations that set none; `None` = unlimited.
    pub conversation_cap: Option<Usd>,
    pub conversation_mode: BudgetMode,
    /// Cap on all spend in a calendar month (UTC); `None` = unlimited.
    pub monthly_cap: Option<Usd>,
    pub monthly_mode: BudgetMode,
    pub quality: QualityPreference,
    /// What a new chat starts with: a provider (and model) to answer its turns, or
    /// `None` for Auto (the router picks per message).
    #[serde(default)]
    #[ts(type = "number | null")]
    pub default_provider_id: Option<sb_core::ProviderId>,
    /// The model at `default_provider_id`; `None` = that provider's default model.
    #[serde(default)]
    pub default_model: Option<String>,
    /// The system prompt of conversations that set none of their own.
    #[serde(default)]
    pub system_prompt: Option<String>,
}

impl Default for BudgetSettings {
    fn default() -> Self {
        BudgetSettings {
            conversation_cap: None,
            conversation_mode: BudgetMode::Hard,
            monthly_cap: None,
            monthly_mode: BudgetMode::Hard,
            quality: QualityPreference::default(),
            default_provider_id: None,
            default_model: None,
            system_prompt: None,
        }
    }
}

/// Spend against the caps, for the budget meter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BudgetStatus {
    pub conversation: Ledger,
    pub month: Ledger,
}

impl BudgetStatus {
    /// What to warn about after a turn: a cap at 80% or more, or a soft cap passed
    /// (a hard cap is never passed; the turn that would is blocked with its own message).
    pub fn warnings(&self) -> Vec<String> {
        [("This conversation", &self.conversation), ("This month", &self.month)]
            .into_iter()
            .filter_map(|(scope, ledger)| {
                let cap = ledger.cap?;
                let percent = |spent: Usd| spent.0.saturating_mul(100) / cap.amount.0.max(1);
                match ledger.level() {
                    Level::Near => Some(format!(
                        "{scope} has spent {} of its {} {} cap ({}%).",
                        ledger.spent,
                        cap.amount,
                        cap.mode.as_str(),
                        percent(ledger.spent)
                    )),
                    Level::Reached if cap.mode == BudgetMode::Soft => Some(format!(
                        "{scope} has passed its {} soft cap: {} spent. Raise the cap or make it hard to stop here.",
                        cap.amount, ledger.spent
                    )),
                    // Spend can sit at a hard cap, or above one lowered after the money
                    // was spent; either way nothing more is sent.
                    Level::Reached => Some(format!(
                        "{scope} has spent {}, all of its {} hard cap: nothing more is sent until the cap is raised.",
                        ledger.spent, cap.amount
                    )),
                    Level::Fine | Level::Unlimited => None,
                }
            })
            .collect()
    }
}

/// The caps that bind a conversation under `settings`, for the month containing `now`.
pub(crate) fn caps_for(settings: &BudgetSettings, routing: &ConversationRouting, now: i64) -> Caps {
    Caps {
        conversation: routing
            .budget_cap
            .or(settings.conversation_cap)
            .map(|amount| Cap {
                amount,
                mode: routing.budget_mode.unwrap_or(settings.conversation_mode),
            }),
        month: settings.monthly_cap.map(|amount| Cap {
            amount,
            mode: settings.monthly_mode,
        }),
        month_start: month_start_utc(now),
    }
}

/// Whether any hard cap binds: then a model with no price cannot be sent, because
/// nothing bounds what it would cost.
pub(crate) fn has_hard_cap(caps: &Caps) -> bool {
    [caps.conversation, caps.month]
        .iter()
        .flatten()
        .any(|c| c.mode == BudgetMode::Hard)
}

/// One scope's money in a sentence: "$0.02 spent and $0.01 held by turns still running
/// of its $0.05 cap". Says "held" only when something is, so a refusal never claims
/// the budget is gone when it is only in flight.
fn scope_state(name: &str, ledger: &Ledger) -> Option<String> {
    let cap = ledger.cap?;
    if cap.mode != BudgetMode::Hard {
        return None;
    }
    let left = ledger.remaining().unwrap_or(Usd::ZERO);
    let held = if ledger.reserved > Usd::ZERO {
        format!(
            " and {} held by turns still running (freed when they finish)",
            ledger.reserved
        )
    } else {
        String::new()
    };
    Some(format!(
        "{name} has {} spent{held} of its {} hard cap, leaving {left}",
        ledger.spent, cap.amount
    ))
}

/// Why a turn needing `needed` for `model` was refused, given both scopes' ledgers.
pub(crate) fn refusal(model: &str, needed: Usd, conversation: &Ledger, month: &Ledger) -> String {
    let states: Vec<String> = [("this conversation", conversation), ("this month", month)]
        .iter()
        .filter(|(_, l)| !l.admits(needed))
        .filter_map(|(n, l)| scope_state(n, l))
        .collect();
    let states = if states.is_empty() {
        String::new()
    } else {
        format!(": {}", states.join("; "))
    };
    format!(
        "Not sent: {model} needs at least {needed} reserved{states}. Raise the cap, wait for running turns, or choose a cheaper model."
    )
}

/// The model a blocked decision names: the one pinned or chosen, else "the cheapest
/// model that could answer".
pub(crate) fn blocked_name(decision: &sb_core::RouteDecision) -> String {
    match (decision.pinned, decision.candidates.first()) {
        (true, Some(c)) => c.name.clone(),
        _ => "the cheapest model that could answer".to_owned(),
    }
}

/// The stored budget settings (raw JSON, `None` when never saved) as this build reads
/// them: unreadable ones are an error, never "no cap".
pub(crate) fn parse_budget_settings(raw: Option<String>) -> Result<BudgetSettings, EngineError> {
    match raw {
        None => Ok(BudgetSettings::default()),
        Some(raw) => serde_json::from_str(&raw).map_err(|e| EngineError::SettingsUnreadable {
            message: format!(
                "The budget settings cannot be read ({e}), so nothing is sent rather than risk spending past a cap you set. Save them again in Settings → Budget (or set both caps again: `sb budget --cap USD|none --monthly-cap USD|none`)."
            ),
        }),
    }
}

/// Why a reservation was refused after the decision (other turns took the money).
pub(crate) fn refused_reservation(model: &str, needed: Usd, refused: &Refused) -> String {
    refusal(model, needed, &refused.conversation, &refused.month)
}

impl Engine {
    /// The app-wide budget settings. A stored value this build cannot read is an error,
    /// never "no cap": saving settings again replaces it.
    pub async fn budget_settings(&self) -> Result<BudgetSettings, EngineError> {
        let raw = self.db(|s| s.get_setting(BUDGET_SETTINGS_KEY)).await?;
        parse_budget_settings(raw)
    }

    pub async fn set_budget_settings(&self, settings: BudgetSettings) -> Result<(), EngineError> {
        let json = serde_json::to_string(&settings).map_err(|e| EngineError::Internal {
            message: format!("cannot encode budget settings: {e}"),
        })?;
        self.db(move |s| s.set_setting(BUDGET_SETTINGS_KEY, &json))
            .await
    }

    pub async fn conversation_routing(
        &self,
        id: ConversationId,
    ) -> Result<ConversationRouting, EngineError> {
        self.db(move |s| s.conversation_routing(id)).await
    }

    pub async fn set_conversation_routing(
        &self,
        id: ConversationId,
        routing: ConversationRouting,
    ) -> Result<(), EngineError> {
        self.db(move |s| s.set_conversation_routing(id, &routing))
            .await
    }

    /// What a conversation and the month have spent and hold, against their caps.
    pub async fn budget_status(
        &self,
        conversation_id: ConversationId,
    ) -> Result<BudgetStatus, EngineError> {
        let routing = self.conversation_routing(conversation_id).await?;
        let settings = self.budget_settings().await?;
        let caps = caps_for(&settings, &routing, self.now());
        let (conversation, month) = self.db(move |s| s.ledgers(conversation_id, &caps)).await?;
        Ok(BudgetStatus {
            conversation,
            month,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger(spent: i64, reserved: i64, cap: i64, mode: BudgetMode) -> Ledger {
        Ledger {
            cap: Some(Cap {
                amount: Usd(cap),
                mode,
            }),
            spent: Usd(spent),
            reserved: Usd(reserved),
            unpriced_calls: 0,
        }
    }

    #[test]
    fn warnings_come_at_80_percent_and_past_a_soft_cap() {
        let status = |conversation, month| BudgetStatus {
            conversation,
            month,
        };
        assert!(
            status(ledger(799, 0, 1_000, BudgetMode::Soft), Ledger::default())
                .warnings()
                .is_empty(),
            "below 80%: quiet"
        );
        let near = status(ledger(800, 0, 1_000, BudgetMode::Hard), Ledger::default()).warnings();
        assert_eq!(near.len(), 1, "{near:?}");
        assert!(
            near[0].contains("(80%)") && near[0].contains("hard cap"),
            "{near:?}"
        );
        let both = status(
            ledger(1_200, 0, 1_000, BudgetMode::Soft),
            ledger(900, 0, 1_000, BudgetMode::Soft),
        )
        .warnings();
        assert!(
            both[0].starts_with("This conversation has passed its"),
            "{both:?}"
        );
        assert!(both[1].starts_with("This month has spent"), "{both:?}");
        let full = status(ledger(1_000, 0, 1_000, BudgetMode::Hard), Ledger::default()).warnings();
        assert!(
            full[0].contains("hard cap: nothing more is sent"),
            "{full:?}"
        );
    }

    #[test]
    fn a_refusal_says_what_is_spent_and_what_is_only_held() {
        // $0.05 cap, $0.01 spent, $0.04 held by running turns: nothing is left, but most
        // of it is only in flight.
        let conv = ledger(10_000_000, 40_000_000, 50_000_000, BudgetMode::Hard);
        let text = refusal("GPT-6 Luna", Usd(1_000_000), &conv, &Ledger::default());
        assert!(text.contains("$0.010 spent"), "{text}");
        assert!(
            text.contains("$0.040 held by turns still running"),
            "{text}"
        );
        assert!(
            !text.contains("this month"),
            "the month did not refuse: {text}"
        );
        let spent_only = ledger(50_000_000, 0, 50_000_000, BudgetMode::Hard);
        let text = refusal("X", Usd(1), &Ledger::default(), &spent_only);
        assert!(text.contains("this month has $0.050 spent"), "{text}");
        assert!(!text.contains("held"), "nothing is held: {text}");
    }
}
