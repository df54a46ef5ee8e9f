//! Routed turns: the router picks the model, the budget is reserved before the call
//! and settled after it, and every step is written to the turn's route record.
//!
//! Life cycle of a routed turn:
//! 1. classify the prompt (with the conversation's previous task as context);
//! 2. decide the route against the budget left (hard caps: conversation and month);
//! 3. reserve the pick's worst case atomically; if another turn took the money in the
//!    meantime, decide again with what is now left;
//! 4. stream the answer; on rate limit, overload, 5xx or context-too-long before the
//!    first token, release the reservation and try the next candidate, recording why;
//! 5. settle: the provider's reported usage priced exactly, or — when none was
//!    reported (stopped, dropped) — an estimate, labelled so and never above the
//!    reservation (the provider cannot bill past `max_tokens`).
//!
//! Invariant: under a hard cap, no call starts without a reservation that covers its
//! worst case, so spend never passes the cap however many turns run at once.

use sb_core::budget::{month_start_utc, routing_budget, utc_date, Cap, Ledger, Level};
use sb_core::catalogue::{ModelInfo, ModelRef, Tokenizer};
use sb_core::route::{decide, Candidate, Needs, RouteInput};
use sb_core::tokens::Calibration;
use sb_core::{
    BudgetMode, Classification, Classifier, ConversationId, MessageId, MessageStatus,
    QualityPreference, RouteDecision, Task, Usage, Usd,
};
use sb_keys::Secret;
use sb_providers::{ChatRequest, ProviderError};
use sb_store::{Caps, ConversationRouting, UsageEntry};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use ts_rs::TS;

use crate::route::{count_tokens, PromptSize, RouteOptions, DEFAULT_MAX_OUTPUT};
use crate::turn::{context_for, open_turn, title_from, Outcome, Resolved};
use crate::{register_turn, unregister_turn, Engine, EngineError, TurnEvent, TurnStarted};

/// Settings key holding [`BudgetSettings`] as JSON.
const BUDGET_SETTINGS_KEY: &str = "budget";
/// How often a turn re-decides when other turns keep taking the money it wanted.
const RESERVE_ATTEMPTS: usize = 5;
/// Reservations older than this belong to turns that cannot still be running.
pub const STALE_RESERVATION_MS: i64 = 60 * 60 * 1000;

/// App-wide budget defaults (Settings → Budget). Caps default to hard: a cap someone
/// sets without choosing a mode is one they expect to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BudgetSettings {
    /// Cap for conversations that set none; `None` = unlimited.
    pub conversation_cap: Option<Usd>,
    pub conversation_mode: BudgetMode,
    /// Cap on all spend in a calendar month (UTC); `None` = unlimited.
    pub monthly_cap: Option<Usd>,
    pub monthly_mode: BudgetMode,
    pub quality: QualityPreference,
}

impl Default for BudgetSettings {
    fn default() -> Self {
        BudgetSettings {
            conversation_cap: None,
            conversation_mode: BudgetMode::Hard,
            monthly_cap: None,
            monthly_mode: BudgetMode::Hard,
            quality: QualityPreference::default(),
        }
    }
}

/// A turn as the UI sends it when the router chooses the model.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct SendRoutedTurn {
    #[ts(type = "number | null")]
    pub conversation_id: Option<ConversationId>,
    pub text: String,
    pub options: RouteOptions,
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

/// Spend over a period, totalled and broken down (for `sb usage` and the Usage screen).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UsageSummary {
    /// Start of the period (Unix ms).
    #[ts(type = "number")]
    pub since: i64,
    pub total: Usd,
    /// Of `total`, the part settled from estimates rather than reported usage.
    pub estimated: Usd,
    #[ts(type = "number")]
    pub calls: u64,
    pub by_model: Vec<SpendLine>,
    pub by_provider: Vec<SpendLine>,
    pub by_task: Vec<SpendLine>,
    /// Per UTC day: `YYYY-MM-DD`.
    pub by_day: Vec<SpendLine>,
    /// Spend per day and model/provider/task, for charts that split each day.
    pub daily: Vec<DailySpend>,
}

/// One day's spend on one model, through one provider, for one task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DailySpend {
    pub day: String,
    pub model: String,
    pub provider: String,
    pub task: String,
    pub cost: Usd,
}

/// One group of a [`UsageSummary`], largest first (days in date order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SpendLine {
    pub key: String,
    pub cost: Usd,
    #[ts(type = "number")]
    pub calls: u64,
    #[ts(type = "number")]
    pub input_tokens: u64,
    #[ts(type = "number")]
    pub output_tokens: u64,
}

fn group(entries: &[UsageEntry], key: impl Fn(&UsageEntry) -> String) -> Vec<SpendLine> {
    let mut map: std::collections::BTreeMap<String, SpendLine> = std::collections::BTreeMap::new();
    for e in entries {
        let k = key(e);
        let line = map.entry(k.clone()).or_insert(SpendLine {
            key: k,
            cost: Usd::ZERO,
            calls: 0,
            input_tokens: 0,
            output_tokens: 0,
        });
        line.cost = line.cost.saturating_add(e.cost);
        line.calls += 1;
        line.input_tokens += e.input_tokens;
        line.output_tokens += e.output_tokens;
    }
    map.into_values().collect()
}

/// `YYYY-MM-DD` (UTC) of a Unix-ms instant.
fn utc_day(ms: i64) -> String {
    let (year, month, day) = utc_date(ms);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Totals and groups ledger rows.
pub fn summarise(since: i64, entries: &[UsageEntry]) -> UsageSummary {
    let by_cost = |mut v: Vec<SpendLine>| {
        v.sort_by(|a, b| b.cost.cmp(&a.cost).then(a.key.cmp(&b.key)));
        v
    };
    UsageSummary {
        since,
        total: entries
            .iter()
            .fold(Usd::ZERO, |t, e| t.saturating_add(e.cost)),
        estimated: entries
            .iter()
            .filter(|e| !e.exact)
            .fold(Usd::ZERO, |t, e| t.saturating_add(e.cost)),
        calls: entries.len() as u64,
        by_model: by_cost(group(entries, |e| e.model.clone())),
        by_provider: by_cost(group(entries, |e| {
            e.provider.clone().unwrap_or_else(|| "—".into())
        })),
        by_task: by_cost(group(entries, |e| {
            e.task.clone().unwrap_or_else(|| "—".into())
        })),
        by_day: group(entries, |e| utc_day(e.at)),
        daily: {
            let mut map: std::collections::BTreeMap<(String, String, String, String), Usd> =
                std::collections::BTreeMap::new();
            for e in entries {
                let key = (
                    utc_day(e.at),
                    e.model.clone(),
                    e.provider.clone().unwrap_or_else(|| "—".into()),
                    e.task.clone().unwrap_or_else(|| "—".into()),
                );
                let cost = map.entry(key).or_insert(Usd::ZERO);
                *cost = cost.saturating_add(e.cost);
            }
            map.into_iter()
                .map(|((day, model, provider, task), cost)| DailySpend {
                    day,
                    model,
                    provider,
                    task,
                    cost,
                })
                .collect()
        },
    }
}

/// A candidate abandoned before its first token, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FallbackTaken {
    pub model: ModelRef,
    pub code: String,
    pub message: String,
}

/// Everything about how one turn was routed and what it cost; stored per assistant
/// message and shown by its route badge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RouteRecord {
    pub classification: Classification,
    pub decision: RouteDecision,
    pub fallbacks: Vec<FallbackTaken>,
    pub answered_by: Option<ModelRef>,
    /// The reservation (worst case) of the model that answered.
    pub reserved: Usd,
    pub settled: Option<Usd>,
    /// Settled from the provider's reported usage, not estimated.
    pub exact: bool,
    pub budget_before: Ledger,
    pub budget_after: Option<Ledger>,
}

/// A conversation's routing inputs, read once per turn or preview.
pub(crate) struct TurnContext {
    pub(crate) caps: Caps,
    pub(crate) quality: QualityPreference,
    pub(crate) pinned: Option<ModelRef>,
    pub(crate) previous_task: Option<Task>,
    pub(crate) sticky: Option<(ModelRef, Task)>,
    /// Texts of the messages a call would carry (failed and empty ones are not sent).
    pub(crate) history: Vec<String>,
}

impl TurnContext {
    /// The history plus the new prompt: everything a call's input counts.
    pub(crate) fn texts_with(&self, prompt: &str) -> Vec<String> {
        self.history
            .iter()
            .cloned()
            .chain([prompt.to_owned()])
            .collect()
    }
}

/// The money side of a routed turn, carried from start to settlement.
struct Booking {
    reservation: i64,
    /// The prompt as measured before the call, to calibrate estimates against the
    /// tokens the provider reports.
    size: PromptSize,
    candidate: Candidate,
    info: ModelInfo,
    resolved: Resolved,
}

impl Engine {
    pub async fn budget_settings(&self) -> Result<BudgetSettings, EngineError> {
        let raw = self.db(|s| s.get_setting(BUDGET_SETTINGS_KEY)).await?;
        // A value this build cannot read (e.g. written by a newer version) falls back
        // to the defaults rather than blocking every turn.
        Ok(raw
            .and_then(|r| serde_json::from_str(&r).ok())
            .unwrap_or_default())
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
        let caps = self.caps_for(&settings, &routing);
        let (conversation, month) = self.db(move |s| s.ledgers(conversation_id, &caps)).await?;
        Ok(BudgetStatus {
            conversation,
            month,
        })
    }

    /// Spend over the last `days` days, or (`None`) since the start of this month (UTC).
    pub async fn usage_summary(&self, days: Option<u32>) -> Result<UsageSummary, EngineError> {
        let now = self.now();
        let since = days.map_or_else(
            || month_start_utc(now),
            |d| now.saturating_sub(i64::from(d) * 86_400_000),
        );
        let entries = self.db(move |s| s.usage_since(since)).await?;
        Ok(summarise(since, &entries))
    }

    /// Every route record of a conversation's answers, keyed by message id.
    pub async fn route_records(
        &self,
        conversation_id: ConversationId,
    ) -> Result<Vec<(MessageId, RouteRecord)>, EngineError> {
        let raw = self.db(move |s| s.route_records(conversation_id)).await?;
        Ok(raw
            .into_iter()
            .filter_map(|(id, json)| Some((id, serde_json::from_str(&json).ok()?)))
            .collect())
    }

    /// The route record of an assistant message, if it was routed.
    pub async fn route_record(
        &self,
        message_id: MessageId,
    ) -> Result<Option<RouteRecord>, EngineError> {
        let raw = self.db(move |s| s.route_record(message_id)).await?;
        Ok(raw.and_then(|r| serde_json::from_str(&r).ok()))
    }

    /// What routing a turn in `conversation_id` (or a new conversation) depends on.
    pub(crate) async fn turn_context(
        &self,
        conversation_id: Option<ConversationId>,
    ) -> Result<TurnContext, EngineError> {
        let settings = self.budget_settings().await?;
        let (routing, history, previous) = match conversation_id {
            Some(id) => {
                self.db(move |s| {
                    Ok((
                        s.conversation_routing(id)?,
                        s.list_messages(id)?,
                        s.last_route(id)?,
                    ))
                })
                .await?
            }
            None => (ConversationRouting::default(), Vec::new(), None),
        };
        let caps = self.caps_for(&settings, &routing);
        Ok(TurnContext {
            caps,
            quality: routing.quality.unwrap_or(settings.quality),
            pinned: routing.pinned_model.clone().map(ModelRef),
            previous_task: previous.as_ref().and_then(|(t, _)| Task::parse(t)),
            sticky: previous
                .as_ref()
                .and_then(|(t, m)| Some((ModelRef(m.clone()), Task::parse(t)?))),
            history: history
                .into_iter()
                .filter(|m| m.status != MessageStatus::Error && !m.content.trim().is_empty())
                .map(|m| m.content)
                .collect(),
        })
    }

    /// Caps for a conversation under `settings`.
    fn caps_for(&self, settings: &BudgetSettings, routing: &ConversationRouting) -> Caps {
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
            month_start: month_start_utc(self.now()),
        }
    }

    /// Starts a turn whose model the router chooses. Errors returned here happened
    /// before anything was stored: nothing could be sent (no usable model, or the
    /// budget cannot fit even the cheapest one — the message says by how much).
    pub async fn start_routed_turn(
        &self,
        conversation_id: Option<ConversationId>,
        text: String,
        options: RouteOptions,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        if text.trim().is_empty() {
            return Err(EngineError::InvalidInput {
                message: "The message is empty.".into(),
            });
        }
        let providers = self.list_providers().await?;
        let context = self.turn_context(conversation_id).await?;
        let caps = context.caps;
        let quality = options.quality.unwrap_or(context.quality);
        let pinned = options.pinned.clone().or(context.pinned.clone());
        let previous_task = context.previous_task;
        let sticky = context.sticky.clone();

        // Classification and token counting are CPU work; keep them off async threads.
        let prompt = text.clone();
        let texts = context.texts_with(&text);
        let (classification, size) = tokio::task::spawn_blocking(move || {
            (
                Classifier::shipped().classify(&prompt, previous_task),
                PromptSize::measure(&texts),
            )
        })
        .await?;

        let catalogue = self.catalogue();
        let calibrations = self.calibrations().await?;
        let input_tokens = |m: &ModelInfo| calibrations.input_tokens(&catalogue, &size, m);
        let access = |m: &ModelInfo| crate::route::access_for(&catalogue, &providers, m);

        // Decide, then reserve; a refusal means other turns spent the money between
        // the two, so decide again with what is left now.
        let mut attempt = 0;
        let (decision, candidate, reservation, budget_before, conversation_id) = loop {
            attempt += 1;
            // A new conversation (no id yet) has spent nothing: no row has id 0, since
            // SQLite rowids start at 1. The month still counts.
            let scope = conversation_id.unwrap_or(0);
            let (conv_ledger, month_ledger) = self.db(move |s| s.ledgers(scope, &caps)).await?;
            let decision = decide(&RouteInput {
                catalogue: &catalogue,
                task: classification.task,
                needs: Needs::default(),
                quality,
                budget: routing_budget(&conv_ledger, &month_ledger),
                wanted_output: DEFAULT_MAX_OUTPUT,
                sticky: sticky.clone(),
                pinned: pinned.clone(),
                input_tokens: &input_tokens,
                access: &access,
            });
            let Some(pick) = decision.picked().cloned() else {
                return Err(match decision.blocked {
                    Some(_) => EngineError::BudgetExceeded {
                        message: decision.reason.clone(),
                    },
                    None => EngineError::NoRoute {
                        message: decision.reason.clone(),
                    },
                });
            };
            let now = self.now();
            let title = title_from(&text);
            let reserved = self
                .db(move |s| {
                    let id = match conversation_id {
                        Some(id) => id,
                        None => s.create_conversation(&title, now)?.id,
                    };
                    let r = s.reserve(id, pick.reserve, &caps, now)?;
                    if r.is_err() && conversation_id.is_none() {
                        // Do not leave an empty conversation behind a refused turn.
                        s.delete_conversation(id)?;
                    }
                    Ok((id, r))
                })
                .await?;
            match reserved {
                (id, Ok(reservation)) => break (decision, pick, reservation, conv_ledger, id),
                (_, Err(_)) if attempt < RESERVE_ATTEMPTS => continue,
                (_, Err(refused)) => {
                    return Err(EngineError::BudgetExceeded {
                        message: format!(
                            "Not sent: other turns are using the budget ({} left in this conversation). Try again when they finish, or raise the cap.",
                            refused.conversation.remaining().unwrap_or(Usd::ZERO)
                        ),
                    })
                }
            }
        };

        let booking = match self
            .book(&catalogue, &providers, candidate, reservation, &size)
            .await
        {
            Ok(b) => b,
            Err(e) => {
                self.db(move |s| s.release(reservation)).await?;
                return Err(e);
            }
        };

        let now = self.now();
        let model_label = booking.info.id.clone();
        let provider_label = booking.resolved.provider_label.clone();
        let user_text = text;
        let (user_id, assistant_id, history) = {
            let model_label = model_label.clone();
            let provider_label = provider_label.clone();
            self.db(move |s| {
                open_turn(
                    s,
                    conversation_id,
                    user_text,
                    model_label,
                    provider_label,
                    now,
                )
            })
            .await?
        };
        let mut record = RouteRecord {
            classification,
            decision,
            fallbacks: Vec::new(),
            answered_by: Some(booking.candidate.model.clone()),
            reserved: booking.candidate.reserve,
            settled: None,
            exact: false,
            budget_before,
            budget_after: None,
        };
        self.save_record(assistant_id, &record).await;

        let started = TurnStarted {
            conversation_id,
            user_message_id: user_id,
            assistant_message_id: assistant_id,
            model: model_label,
            provider: provider_label,
        };
        let (tx, rx) = mpsc::unbounded_channel();
        // The receiver is still in hand, so this send cannot fail.
        let _ = tx.send(TurnEvent::Started {
            conversation_id,
            user_message_id: user_id,
            assistant_message_id: assistant_id,
            model: started.model.clone(),
            provider: started.provider.clone(),
        });
        let messages = context_for(&history, assistant_id);
        let token = register_turn(self, assistant_id);
        let engine = self.clone();
        tokio::spawn(async move {
            let mut booking = booking;
            let outcome = loop {
                let request = ChatRequest {
                    model: booking.info.id.clone(),
                    messages: messages.clone(),
                    max_output_tokens: Some(
                        u32::try_from(booking.candidate.max_output).unwrap_or(u32::MAX),
                    ),
                };
                let outcome = engine
                    .stream_answer(&booking.resolved, request, assistant_id, &token, &tx)
                    .await;
                let Outcome::Failed(acc, error) = &outcome else {
                    break outcome;
                };
                if !acc.text.is_empty() || !falls_back(error) {
                    break outcome;
                }
                match engine
                    .fall_back(
                        &catalogue,
                        &providers,
                        &mut record,
                        &booking,
                        error,
                        conversation_id,
                        &caps,
                    )
                    .await
                {
                    Some(next) => {
                        let model = next.info.id.clone();
                        let _ = engine
                            .db(move |s| s.set_message_model(assistant_id, &model))
                            .await;
                        booking = next;
                        engine.save_record(assistant_id, &record).await;
                    }
                    None => break outcome,
                }
            };
            engine
                .settle_turn(
                    &mut record,
                    &booking,
                    &outcome,
                    conversation_id,
                    assistant_id,
                    &caps,
                )
                .await;
            let final_event = engine.finish_turn(assistant_id, outcome).await;
            unregister_turn(&engine, assistant_id);
            let _ = tx.send(final_event);
        });
        Ok((started, rx))
    }

    /// Finds the provider that serves `candidate` and loads its key.
    async fn book(
        &self,
        catalogue: &sb_core::Catalogue,
        providers: &[sb_core::Provider],
        candidate: Candidate,
        reservation: i64,
        size: &PromptSize,
    ) -> Result<Booking, EngineError> {
        let info =
            catalogue
                .model(&candidate.model)
                .cloned()
                .ok_or_else(|| EngineError::NoRoute {
                    message: format!("{} is not in the model catalogue.", candidate.model),
                })?;
        let vendor = catalogue.vendor(&info.vendor);
        let needs_key = vendor.is_none_or(|v| v.needs_key);
        let provider = providers
            .iter()
            .filter(|p| crate::route::vendor_of(catalogue, p).is_some_and(|v| v.id == info.vendor))
            .find(|p| p.has_key || !needs_key)
            .cloned()
            .ok_or_else(|| EngineError::NoRoute {
                message: format!("No provider with a key serves {}.", candidate.model),
            })?;
        let key = if provider.has_key {
            self.load_key(&provider).await?
        } else {
            // Keyless local servers (Ollama) ignore the Authorization header; send a
            // fixed placeholder rather than no header, as their docs do.
            Secret::new("local".to_owned())?
        };
        Ok(Booking {
            reservation,
            size: size.clone(),
            candidate,
            info: info.clone(),
            resolved: Resolved {
                kind: provider.kind,
                base_url: provider.base_url,
                model: info.id.clone(),
                provider_label: provider.name,
                key,
            },
        })
    }

    /// Releases the failed candidate's reservation and books the next fallback that
    /// the budget still admits; records why the failed one was left.
    #[allow(clippy::too_many_arguments)]
    async fn fall_back(
        &self,
        catalogue: &sb_core::Catalogue,
        providers: &[sb_core::Provider],
        record: &mut RouteRecord,
        failed: &Booking,
        error: &ProviderError,
        conversation_id: ConversationId,
        caps: &Caps,
    ) -> Option<Booking> {
        record.fallbacks.push(FallbackTaken {
            model: failed.candidate.model.clone(),
            code: error.code().to_owned(),
            message: error.to_string(),
        });
        let released = failed.reservation;
        if let Err(e) = self.db(move |s| s.release(released)).await {
            tracing::error!(error = %e, "could not release a reservation");
        }
        let tried: Vec<ModelRef> = record.fallbacks.iter().map(|f| f.model.clone()).collect();
        for next in record.decision.fallbacks() {
            if tried.contains(&next.model) {
                continue;
            }
            let amount = next.reserve;
            let caps = *caps;
            let now = self.now();
            let reserved = self
                .db(move |s| s.reserve(conversation_id, amount, &caps, now))
                .await;
            let Ok(Ok(reservation)) = reserved else {
                continue;
            };
            match self
                .book(
                    catalogue,
                    providers,
                    next.clone(),
                    reservation,
                    &failed.size,
                )
                .await
            {
                Ok(b) => {
                    tracing::info!(from = %failed.candidate.model, to = %b.candidate.model, "falling back");
                    record.answered_by = Some(b.candidate.model.clone());
                    record.reserved = b.candidate.reserve;
                    return Some(b);
                }
                Err(_) => {
                    let _ = self.db(move |s| s.release(reservation)).await;
                }
            }
        }
        None
    }

    async fn settle_turn(
        &self,
        record: &mut RouteRecord,
        booking: &Booking,
        outcome: &Outcome,
        conversation_id: ConversationId,
        message_id: MessageId,
        caps: &Caps,
    ) {
        let acc = outcome.accumulated();
        let (usage, exact) = match acc.usage {
            Some(u) => (u, true),
            None => {
                let tokenizer = self
                    .catalogue()
                    .vendor(&booking.info.vendor)
                    .map_or(Tokenizer::Estimate, |v| v.tokenizer);
                // The default ratio, not the learned one: an estimate is capped at the
                // reservation anyway, and erring high is the safe side.
                let output = count_tokens(
                    tokenizer,
                    &acc.text,
                    Calibration::default().chars_per_token(),
                );
                let started = !acc.text.is_empty() || !matches!(outcome, Outcome::Failed(..));
                let input = if started {
                    booking.candidate.input_tokens
                } else {
                    0
                };
                (
                    Usage {
                        input_tokens: u32::try_from(input).unwrap_or(u32::MAX),
                        output_tokens: u32::try_from(output).unwrap_or(u32::MAX),
                        ..Usage::default()
                    },
                    false,
                )
            }
        };
        let cost = booking
            .info
            .price
            .rates()
            .map_or(Usd::ZERO, |r| r.cost_of(&usage));
        // An estimate can overshoot; the provider cannot bill past max_tokens, so an
        // estimate is capped at the reservation. Reported usage is recorded as billed.
        let cost = if exact {
            cost
        } else {
            cost.min(booking.candidate.reserve)
        };
        if exact && cost > booking.candidate.reserve {
            tracing::warn!(message_id, "reported usage cost more than the reservation");
        }
        let entry = UsageEntry {
            at: self.now(),
            conversation_id: Some(conversation_id),
            message_id: Some(message_id),
            provider: Some(booking.resolved.provider_label.clone()),
            model: booking.candidate.model.0.clone(),
            task: Some(record.classification.task.as_str().to_owned()),
            input_tokens: u64::from(usage.input_tokens),
            output_tokens: u64::from(usage.output_tokens),
            reasoning_tokens: u64::from(usage.reasoning_tokens),
            cache_read_tokens: u64::from(usage.cache_read_tokens),
            cache_write_tokens: u64::from(usage.cache_write_tokens),
            cost,
            exact,
        };
        let reservation = booking.reservation;
        let caps = *caps;
        // Reported prompt tokens teach the estimate for vendors we cannot count exactly.
        let sample = (exact
            && usage.input_tokens > 0
            && self
                .catalogue()
                .vendor(&booking.info.vendor)
                .is_some_and(|v| v.tokenizer == Tokenizer::Estimate))
        .then(|| {
            let tokens = u64::from(usage.input_tokens)
                .saturating_sub(booking.size.framing_tokens())
                .max(1);
            (
                booking.info.vendor.clone(),
                booking.size.total_chars(),
                tokens,
            )
        });
        match self
            .db(move |s| {
                s.settle(reservation, &entry)?;
                if let Some((vendor, chars, tokens)) = &sample {
                    s.add_calibration_sample(vendor, *chars, *tokens)?;
                }
                s.ledgers(conversation_id, &caps)
            })
            .await
        {
            Ok((after, _)) => {
                record.settled = Some(cost);
                record.exact = exact;
                record.budget_after = Some(after);
            }
            Err(e) => tracing::error!(message_id, error = %e, "could not settle a turn's cost"),
        }
        self.save_record(message_id, record).await;
    }

    async fn save_record(&self, message_id: MessageId, record: &RouteRecord) {
        let task = record.classification.task.as_str();
        let Ok(json) = serde_json::to_string(record) else {
            return;
        };
        if let Err(e) = self
            .db(move |s| s.save_route_record(message_id, task, &json))
            .await
        {
            tracing::error!(message_id, error = %e, "could not save a route record");
        }
    }
}

/// Whether a failure before the first token should move on to the next candidate.
fn falls_back(e: &ProviderError) -> bool {
    matches!(
        e,
        ProviderError::RateLimited { .. }
            | ProviderError::Overloaded { .. }
            | ProviderError::Server { .. }
            | ProviderError::ContextTooLong { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(at: i64, model: &str, cost: i64, exact: bool) -> UsageEntry {
        UsageEntry {
            at,
            conversation_id: None,
            message_id: None,
            provider: Some("p".into()),
            model: model.into(),
            task: Some("chat".into()),
            input_tokens: 10,
            output_tokens: 20,
            reasoning_tokens: 0,
            cache_read_tokens: 0,
            cache_write_tokens: 0,
            cost: Usd(cost),
            exact,
        }
    }

    #[test]
    fn warnings_come_at_80_percent_and_past_a_soft_cap() {
        let ledger = |spent: i64, mode: BudgetMode| Ledger {
            cap: Some(Cap {
                amount: Usd(1_000),
                mode,
            }),
            spent: Usd(spent),
            reserved: Usd::ZERO,
        };
        let status = |conversation, month| BudgetStatus {
            conversation,
            month,
        };
        assert!(
            status(ledger(799, BudgetMode::Soft), Ledger::default())
                .warnings()
                .is_empty(),
            "below 80%: quiet"
        );
        let near = status(ledger(800, BudgetMode::Hard), Ledger::default()).warnings();
        assert_eq!(near.len(), 1, "{near:?}");
        assert!(
            near[0].contains("(80%)") && near[0].contains("hard cap"),
            "{near:?}"
        );
        let both = status(
            ledger(1_200, BudgetMode::Soft),
            ledger(900, BudgetMode::Soft),
        )
        .warnings();
        assert!(
            both[0].starts_with("This conversation has passed its"),
            "{both:?}"
        );
        assert!(both[1].starts_with("This month has spent"), "{both:?}");
        let full = status(ledger(1_000, BudgetMode::Hard), Ledger::default()).warnings();
        assert!(
            full[0].contains("hard cap: nothing more is sent"),
            "{full:?}"
        );
    }

    #[test]
    fn summaries_total_and_group_the_ledger() {
        // 2026-11-22 and 2026-11-23 (UTC).
        let day1 = 1_795_350_896_000;
        let day2 = day1 + 86_400_000;
        let s = summarise(
            0,
            &[
                entry(day1, "a", 5, true),
                entry(day1, "b", 7, false),
                entry(day2, "a", 3, true),
            ],
        );
        assert_eq!(s.total, Usd(15), "every row counts");
        assert_eq!(s.estimated, Usd(7), "estimated rows are totalled apart");
        assert_eq!(s.calls, 3, "one call per row");
        assert_eq!(s.by_model[0].key, "a", "largest spend first");
        assert_eq!(s.by_model[0].cost, Usd(8), "model a: 5 + 3");
        let days: Vec<&str> = s.by_day.iter().map(|d| d.key.as_str()).collect();
        assert_eq!(days, ["2026-11-22", "2026-11-23"], "days in date order");
        assert_eq!(s.daily.len(), 3, "one series point per day and model");
        assert_eq!(
            s.daily
                .iter()
                .map(|d| d.cost)
                .fold(Usd::ZERO, Usd::saturating_add),
            s.total,
            "the daily series adds up to the total"
        );
        assert_eq!(utc_day(0), "1970-01-01", "the epoch");
        assert_eq!(utc_day(1_709_251_199_000), "2024-02-29", "a leap day");
    }
}
