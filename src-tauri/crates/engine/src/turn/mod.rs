//! The one turn pipeline. Every turn — routed, pinned, chosen in the composer,
//! `sb chat --provider`, an ad-hoc `sb chat --kind … --base-url …`, "Re-run with…" —
//! enters through [`Engine::begin_turn`] and runs these steps, in this order:
//!
//! 1. **context** (`context.rs`): the caps that bind the conversation (its own and the
//!    month's), its routing settings, previous task, and the history the request will
//!    carry;
//! 2. **target**: who may answer: the router's candidates, or the provider and model
//!    the user chose (`target.rs`);
//! 3. **count**: classify the prompt and measure it once, so each candidate is priced
//!    in its own vendor's tokens;
//! 4. **reserve**: decide (clamping the output limit to what the caps leave) and reserve
//!    the worst case against every cap in one transaction; if other turns took the
//!    money in between, decide again;
//! 5. **open**: store the user message and the empty answer, tie the reservation to the
//!    answer, and save the route record (routed, pinned or chosen);
//! 6. **stream** the answer (`stream.rs`); before the first token, a failure the
//!    provider's retry policy allows moves on to the next candidate, booked the same way;
//! 7. **settle** (`settle.rs`): reported usage priced exactly, or an estimate, into the
//!    append-only ledger; the route record gets the cost.
//!
//! The shapes callers send and receive (`SendTurn`, `TurnEvent`, …) are in `types.rs`.
//!
//! Invariants: nothing streams without a reservation that covers its worst case under
//! every hard cap that applies (a model with no price is refused under a hard cap; a
//! local provider is free); the tokens counted are those of the messages sent; errors
//! returned by `begin_turn` happened before anything about the turn was stored.

mod context;
mod files;
pub(crate) use files::sniff_image as image_mime;
mod placement;
mod settle;
mod stream;
mod target;
mod types;

use sb_core::budget::routing_budget;
use sb_core::catalogue::ModelRef;
use sb_core::route::{kept, Candidate, Needs, RouteInput, Unsure};
use sb_core::{
    decide, AttachmentInput, Classifier, ConversationId, MessageId, MessageStatus, Role, Task,
};
use sb_providers::{ChatMessage, ChatRequest};
use sb_store::{NewMessage, Parent, ReservationId};
use tokio::sync::mpsc;

use crate::budget::{blocked_name, caps_for, refusal, refused_reservation};
use crate::record::{RouteRecord, Selection};
use crate::route::{PromptSize, RouteOptions, DEFAULT_MAX_OUTPUT};
use crate::{register_turn, unregister_turn, Engine, EngineError};

pub(crate) use context::TurnContext;
use context::{has_system_prompt, newest, sendable, stored_history, with_system_prompt, SentIds};
pub(crate) use files::IMAGE_TOKENS;
pub(crate) use placement::Base;
pub use placement::Placement;
pub(crate) use stream::Accumulated;
use stream::Outcome;
use target::{Endpoint, Reach};
pub use types::{AttachmentData, SendRoutedTurn, SendTurn, TurnEvent, TurnStarted, TurnTarget};

/// How often a turn re-decides when other turns keep taking the money it wanted.
const RESERVE_ATTEMPTS: usize = 5;

/// Who may answer: the router's choice, or the user's.
enum Target {
    Routed(RouteOptions),
    Chosen(TurnTarget),
}

/// Most text (history and prompt) classified and counted on the async thread.
const INLINE_COUNT_BYTES: usize = 4 * 1024;

/// Set once the classifier and the tokenizer are loaded ([`warm_counting`]): loading
/// them takes long enough that it must never happen on an async thread.
static COUNTING_READY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Loads the classifier and the tokenizer on the blocking pool, `after` the engine opened,
/// so a first turn does not wait for them (called once when the engine opens).
pub(crate) fn warm_counting(after: std::time::Duration) {
    tokio::spawn(async move {
        if !after.is_zero() {
            tokio::time::sleep(after).await;
        }
        let _ = tokio::task::spawn_blocking(|| {
            let _ = Classifier::shipped().classify("warm up", None);
            let _ = PromptSize::measure(
                &[ChatMessage::text(Role::User, "warm up")],
                &crate::route::CountCache::default(),
            );
            COUNTING_READY.store(true, std::sync::atomic::Ordering::Release);
        })
        .await;
    });
}

/// A conversation's title from its first prompt (see `sb_core::title`), or, for a
/// prompt of attachments only, its first file's name.
fn title_from(text: &str, files: &[sb_store::NewAttachment]) -> String {
    sb_core::title::title_of(text)
        .or_else(|| {
            files
                .first()
                .map(|f| f.name.chars().take(sb_core::title::TITLE_CHARS).collect())
        })
        .unwrap_or_else(|| "New chat".to_owned())
}

/// One candidate made concrete: the model, its price, the provider serving it and the
/// money reserved for it.
pub(crate) struct Booking {
    pub(crate) reservation: ReservationId,
    pub(crate) candidate: Candidate,
    /// The model id sent on the wire.
    pub(crate) model_id: String,
    /// The catalogue vendor, when known (for its tokenizer and calibration).
    pub(crate) vendor: Option<String>,
    /// `None`: no price in the catalogue (tokens recorded, cost unknown).
    pub(crate) rates: Option<sb_core::catalogue::Rates>,
    /// A local provider: costs nothing whatever the catalogue says.
    pub(crate) free: bool,
    /// Output limit sent with the request; `None` leaves the server's default (only for
    /// free or unpriced models, which no cap bounds).
    pub(crate) max_output: Option<u32>,
    /// The whole prompt as measured before the call (a call sends the part of it its
    /// candidate was offered: `size.kept(candidate.left_out)`), to calibrate estimates.
    pub(crate) size: PromptSize,
    pub(crate) endpoint: Endpoint,
}

impl Engine {
    /// Starts a turn with a saved provider (what the composer's model picker calls).
    pub async fn send_turn(
        &self,
        req: SendTurn,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        let target = TurnTarget::Saved {
            provider_id: req.provider_id,
            model: req.model,
        };
        self.begin_turn(
            req.conversation_id,
            req.text,
            req.attachments,
            Target::Chosen(target),
            req.placement,
        )
        .await
    }

    /// Starts a turn on a provider the user named (saved or ad hoc).
    pub async fn start_turn(
        &self,
        conversation_id: Option<ConversationId>,
        text: String,
        target: TurnTarget,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        self.begin_turn(
            conversation_id,
            text,
            Vec::new(),
            Target::Chosen(target),
            Placement::Continue,
        )
        .await
    }

    /// [`Engine::start_turn`] with files attached to the message.
    pub async fn start_turn_with_files(
        &self,
        conversation_id: Option<ConversationId>,
        text: String,
        files: Vec<AttachmentInput>,
        target: TurnTarget,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        self.begin_turn(
            conversation_id,
            text,
            files,
            Target::Chosen(target),
            Placement::Continue,
        )
        .await
    }

    /// Starts a routed turn as the UI sends it (with its attached files).
    pub async fn send_routed_turn(
        &self,
        req: SendRoutedTurn,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        self.begin_turn(
            req.conversation_id,
            req.text,
            req.attachments,
            Target::Routed(req.options),
            req.placement,
        )
        .await
    }

    /// An attached file with its bytes (base64), for history to show it.
    pub async fn attachment(&self, id: i64) -> Result<AttachmentData, EngineError> {
        use base64::Engine as _;
        let (attachment, data) = self.db(move |s| s.attachment(id)).await?;
        Ok(AttachmentData {
            attachment,
            data_base64: base64::engine::general_purpose::STANDARD.encode(data),
        })
    }

    /// Starts a turn whose model the router chooses (a pin in `options` or the
    /// conversation narrows the choice to that model).
    pub async fn start_routed_turn(
        &self,
        conversation_id: Option<ConversationId>,
        text: String,
        options: RouteOptions,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        self.begin_turn(
            conversation_id,
            text,
            Vec::new(),
            Target::Routed(options),
            Placement::Continue,
        )
        .await
    }

    /// What routing a turn in `conversation_id` (or a new conversation) depends on.
    /// Fails when the budget settings cannot be read: a turn never runs uncapped
    /// because its caps were unreadable.
    /// `image_bytes`: whether the history's images are read (a turn sends them; a
    /// preview only counts them).
    pub(crate) async fn turn_context(
        &self,
        conversation_id: Option<ConversationId>,
        image_bytes: bool,
        base: Base,
    ) -> Result<TurnContext, EngineError> {
        // One visit to the database for everything: each visit is a hop to the blocking
        // pool, and these hops are most of the time before a turn's request leaves.
        let (raw_settings, providers, calibrations, conversation) = self
            .db(move |s| {
                let conversation = match conversation_id {
                    Some(id) => {
                        let routing = s.conversation_routing(id)?;
                        let leaf = match base {
                            Base::Active => s.active_leaf(id)?,
                            Base::At(leaf) => leaf,
                        };
                        let history = match leaf {
                            Some(leaf) => stored_history(s, id, leaf, routing.context_messages)?,
                            None => Vec::new(),
                        };
                        let ids: Vec<_> = history.iter().map(|m| m.id).collect();
                        let files = s.attachment_data_for(&ids, image_bytes)?;
                        Some((routing, history, s.last_route(id)?, files))
                    }
                    None => None,
                };
                Ok((
                    s.get_setting(crate::budget::BUDGET_SETTINGS_KEY)?,
                    s.list_providers()?,
                    s.calibrations()?,
                    conversation,
                ))
            })
            .await?;
        let settings = crate::budget::parse_budget_settings(raw_settings)?;
        let (routing, history, previous, files) = conversation.unwrap_or_default();
        let sent = newest(
            sendable(history, &files),
            |(_, m)| m.role,
            routing.context_messages,
        );

        let system_prompt = routing
            .system_prompt
            .as_deref()
            .or(settings.system_prompt.as_deref());
        let history_ids = SentIds::of(&sent, has_system_prompt(system_prompt));
        let history = with_system_prompt(system_prompt, sent.into_iter().map(|(_, m)| m).collect());
        let previous: Option<(Task, Option<ModelRef>)> = previous.and_then(|(task, json)| {
            let task = Task::parse(&task)?;
            let answered = serde_json::from_str::<RouteRecord>(&json)
                .ok()
                .and_then(|r| r.answered_by);
            Some((task, answered))
        });
        Ok(TurnContext {
            providers,
            calibrations: crate::route::Calibrations(calibrations.into_iter().collect()),
            caps: caps_for(&settings, &routing, self.now()),
            quality: routing.quality.unwrap_or(settings.quality),
            pinned: routing.pinned_model.clone().map(ModelRef),
            previous_task: previous.as_ref().map(|(t, _)| *t),
            sticky: previous.and_then(|(t, m)| Some((m?, t))),
            history_ids,
            history,
        })
    }

    async fn begin_turn(
        &self,
        conversation_id: Option<ConversationId>,
        text: String,
        files: Vec<AttachmentInput>,
        target: Target,
        placement: Placement,
    ) -> Result<(TurnStarted, mpsc::UnboundedReceiver<TurnEvent>), EngineError> {
        let resolved = self.resolve_placement(conversation_id, placement).await?;
        let conversation_id = resolved.conversation_id;
        let base = resolved.base;
        let (text, files, stored_prompt) = match resolved.prompt {
            placement::Prompt::New => (text, files, None),
            placement::Prompt::Stored { id, text, files } => (text, files, Some(id)),
        };
        let files = files::prepare(files)?;
        if text.trim().is_empty() && files.is_empty() {
            return Err(EngineError::InvalidInput {
                message: "The message is empty.".into(),
            });
        }
        let attached: Vec<(sb_core::Attachment, &[u8])> = files
            .iter()
            .map(|f| {
                let meta = sb_core::Attachment {
                    id: 0,
                    name: f.name.clone(),
                    mime: f.mime.clone(),
                    kind: f.kind,
                    size: u32::try_from(f.data.len()).unwrap_or(u32::MAX),
                };
                (meta, f.data.as_slice())
            })
            .collect();
        let prompt_message = ChatMessage {
            role: Role::User,
            content: files::with_text_files(&text, attached.iter().map(|(a, d)| (a, *d))),
            images: files::images(attached.iter().map(|(a, d)| (a, *d))),
        };
        // Held until the turn is registered as running (see `Inner::turn_gate`).
        let gate = self.inner.turn_gate.read().await;
        if *gate {
            return Err(EngineError::InvalidInput {
                message: "Switchboard is installing an update and restarts in a moment; send this after the restart.".into(),
            });
        }
        // 1. context
        let context = self.turn_context(conversation_id, true, base).await?;
        let providers = context.providers.clone();
        let catalogue = self.catalogue();

        // 2. target
        let (selection, chosen, quality, pinned) = match target {
            Target::Routed(options) => {
                let pinned = options.pinned.clone().or(context.pinned.clone());
                let selection = if pinned.is_some() {
                    Selection::Pinned
                } else {
                    Selection::Routed
                };
                (
                    selection,
                    None,
                    options.quality.unwrap_or(context.quality),
                    pinned,
                )
            }
            Target::Chosen(t) => {
                let chosen = self.resolve_chosen(t, &catalogue).await?;
                (Selection::Chosen, Some(chosen), context.quality, None)
            }
        };
        // What a call carries: counted once, and each attempt sends the part of it that
        // its model was offered (see `sb_core::route::fit`).
        let messages = std::sync::Arc::new(context.messages_with(prompt_message));
        let history_ids = std::sync::Arc::new(context.history_ids.clone());
        let images: usize = messages.iter().map(|m| m.images.len()).sum();
        if images > 0 {
            if let Some(model) = chosen.as_ref().and_then(|c| c.blind_model()) {
                return Err(EngineError::InvalidInput {
                    message: format!(
                        "{model} does not read images; choose a model that does (Auto picks one)."
                    ),
                });
            }
        }

        // 3. count (CPU work: off the async threads)
        let prompt = text.clone();
        let counted = std::sync::Arc::clone(&messages);
        let previous_task = context.previous_task;
        let counter = self.clone();
        let count = move || {
            (
                Classifier::shipped().classify(&prompt, previous_task),
                PromptSize::measure(&counted, &counter.inner.token_counts),
            )
        };
        // A short conversation is counted in place (tens of microseconds: less than the
        // hop to the blocking pool, which is most of a turn's time before it is sent);
        // a long one on the blocking pool, off the async threads.
        let total: usize = messages.iter().map(|m| m.content.len()).sum();
        let ready = COUNTING_READY.load(std::sync::atomic::Ordering::Acquire);
        let (classification, size) = if ready && total <= INLINE_COUNT_BYTES {
            count()
        } else {
            tokio::task::spawn_blocking(count).await?
        };
        let calibrations = &context.calibrations;
        let prompt_fit =
            |m: &sb_core::ModelInfo, limit: u64| calibrations.fit(&catalogue, &size, m, limit);
        let routed_access =
            |m: &sb_core::ModelInfo| crate::route::access_for(&catalogue, &providers, m);

        // 4–5. decide, then reserve and open in one unit, deciding again when other
        // turns took the money
        let caps = context.caps;
        let title = title_from(&text, &files);
        let user_files = std::sync::Arc::new(files);
        let mut chosen = chosen;
        let mut attempt = 0;
        let new_conversation = conversation_id.is_none();
        let (booking, record, conversation_id, user_id, assistant_id) = loop {
            attempt += 1;
            // A new conversation (no id yet) has spent nothing: no row has id 0, since
            // SQLite rowids start at 1. The month still counts.
            let scope = conversation_id.unwrap_or(0);
            let (conv_ledger, month_ledger) = self.db(move |s| s.ledgers(scope, &caps)).await?;
            let decision = match &chosen {
                Some(c) => c.decide(
                    &catalogue,
                    &classification,
                    &size,
                    calibrations,
                    &caps,
                    &conv_ledger,
                    &month_ledger,
                )?,
                None => decide(&RouteInput {
                    catalogue: &catalogue,
                    task: classification.task,
                    needs: Needs {
                        vision: images > 0,
                        ..Needs::default()
                    },
                    quality,
                    budget: routing_budget(&conv_ledger, &month_ledger),
                    wanted_output: DEFAULT_MAX_OUTPUT,
                    sticky: context.sticky.clone(),
                    pinned: pinned.clone(),
                    unsure: Unsure::of(&classification),
                    prompt_fit: &prompt_fit,
                    access: &routed_access,
                }),
            };
            let Some(pick) = decision.picked().cloned() else {
                return Err(match &decision.blocked {
                    Some(b) => EngineError::BudgetExceeded {
                        message: refusal(
                            &blocked_name(&decision),
                            b.needed,
                            &conv_ledger,
                            &month_ledger,
                        ),
                    },
                    None => EngineError::NoRoute {
                        message: decision.reason.clone(),
                    },
                });
            };
            // What can fail before a call (no provider serves the pick, the keyring
            // refuses its key) is done before any money is reserved or anything stored.
            let reach = match chosen.take() {
                Some(c) => Reach::Chosen(c),
                None => self.reach_routed(&catalogue, &providers, &pick).await?,
            };
            let (model_label, provider_label, priced) = reach.labels();
            let mut record = RouteRecord {
                classification: classification.clone(),
                decision,
                selection,
                fallbacks: Vec::new(),
                retries: 0,
                answered_by: Some(pick.model.clone()),
                provider: Some(provider_label.clone()),
                priced,
                reserved: pick.reserve,
                settled: None,
                exact: false,
                budget_before: conv_ledger,
                budget_after: None,
                first_sent: None,
            };
            let first_kept = history_ids.first(pick.left_out);
            let (now, title, amount) = (self.now(), title.clone(), pick.reserve);
            let (user_text, user_files) = (text.clone(), std::sync::Arc::clone(&user_files));
            let mut stored = record.clone();
            // One unit: a new conversation, the reservation under every cap, the prompt
            // and its files, and the answer row the reservation is tied to are stored
            // together or not at all, so a refusal, a failure or a kill leaves nothing
            // behind (no empty conversation, no reservation without its answer).
            let opened = self
                .db(move |s| {
                    let opened = s.write(|s| {
                        let id = match conversation_id {
                            Some(id) => id,
                            None => s.create_conversation(&title, now)?.id,
                        };
                        let reservation = match s.reserve(id, amount, &caps, now)? {
                            Ok(r) => r,
                            Err(refused) => {
                                if new_conversation {
                                    // Gone with the unit: nothing of this turn is kept.
                                    s.delete_conversation(id)?;
                                }
                                return Ok(Err(refused));
                            }
                        };
                        let prompt = match stored_prompt {
                            Some(id) => UserSlot::Stored(id),
                            None => UserSlot::New(match base {
                                Base::Active => Parent::Active,
                                Base::At(Some(parent)) => Parent::Message(parent),
                                Base::At(None) => Parent::Root,
                            }),
                        };
                        let (user_id, assistant_id, prompt_text) = open_turn(
                            s,
                            id,
                            prompt,
                            user_text,
                            &user_files,
                            model_label,
                            provider_label,
                            now,
                        )?;
                        if stored_prompt.is_none() && base == Base::At(None) && !new_conversation {
                            // A new version of the first prompt: the title follows it,
                            // unless a person named the conversation.
                            s.set_auto_title(id, &title_from(&prompt_text, &user_files))?;
                        }
                        s.attach_reservation(reservation, assistant_id)?;
                        Ok(Ok((id, reservation, user_id, assistant_id)))
                    })?;
                    // The record goes in with the messages: one visit to the database,
                    // not two, once the prompt's id is known (it may be the first sent).
                    if let Ok((_, _, user_id, assistant_id)) = &opened {
                        stored.first_sent = Some(first_kept.unwrap_or(*user_id));
                        if let Some((task, json)) = crate::record::encode(&stored) {
                            crate::record::store_logged(s, *assistant_id, task, &json);
                        }
                    }
                    Ok(opened)
                })
                .await?;
            match opened {
                Ok((id, reservation, user_id, assistant_id)) => {
                    record.first_sent = Some(first_kept.unwrap_or(user_id));
                    let booking = reach.book(pick, reservation, &size);
                    break (booking, record, id, user_id, assistant_id);
                }
                Err(_) if attempt < RESERVE_ATTEMPTS => {
                    if let Reach::Chosen(c) = reach {
                        chosen = Some(c);
                    }
                    continue;
                }
                Err(refused) => {
                    return Err(EngineError::BudgetExceeded {
                        message: refused_reservation(&pick.name, pick.reserve, &refused),
                    })
                }
            }
        };
        let (model_label, provider_label) =
            (booking.model_id.clone(), booking.endpoint.label.clone());

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

        // 6–7. stream with fallbacks, then settle, in the background
        let token = register_turn(self, assistant_id);
        drop(gate);
        let engine = self.clone();
        tokio::spawn(async move {
            let mut record = record;
            let mut booking = booking;
            let outcome = loop {
                let request = ChatRequest {
                    model: booking.model_id.clone(),
                    messages: kept(&messages, |m| m.role, booking.candidate.left_out)
                        .into_iter()
                        .cloned()
                        .collect(),
                    max_output_tokens: booking.max_output,
                };
                let outcome = engine
                    .stream_answer(&booking.endpoint, request, assistant_id, &token, &tx)
                    .await;
                // Every attempt is settled (or released, if nothing was accepted) before
                // the next one is booked, so the money of each is accounted for.
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
                let Outcome::Failed(acc, error) = &outcome else {
                    break outcome;
                };
                if acc.shown() || !error.tries_another_model() {
                    break outcome;
                }
                // Before the first token: another model if the route has one left...
                let next = engine
                    .fall_back(
                        &catalogue,
                        &providers,
                        &mut record,
                        &booking,
                        error,
                        conversation_id,
                        assistant_id,
                        &caps,
                    )
                    .await;
                let Some(next) = next else {
                    // ...else the same model once or twice more, with backoff.
                    let Some(wait) = retry_wait(&engine, record.retries, error) else {
                        break outcome;
                    };
                    let _ = tx.send(TurnEvent::Retrying {
                        attempt: record.retries + 1,
                        wait_ms: u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                        code: error.code().to_owned(),
                        message: sb_providers::scrub::scrub(
                            &error.to_string(),
                            &booking.endpoint.credentials.secrets(),
                        ),
                    });
                    tokio::select! {
                        _ = token.cancelled() => break Outcome::Stopped(Accumulated::default()),
                        _ = tokio::time::sleep(wait) => {}
                    }
                    if !engine
                        .rebook(&mut booking, conversation_id, assistant_id, &caps)
                        .await
                    {
                        break outcome;
                    }
                    record.retries += 1;
                    tracing::info!(model = %booking.candidate.model, ?wait, code = error.code(), "retrying");
                    continue;
                };
                let (model, provider) = (next.model_id.clone(), next.endpoint.label.clone());
                if let Err(e) = engine
                    .db(move |s| s.set_message_answerer(assistant_id, &model, &provider))
                    .await
                {
                    tracing::error!(assistant_id, error = %e, "could not record the fallback model");
                }
                booking = next;
                record.first_sent = Some(
                    history_ids
                        .first(booking.candidate.left_out)
                        .unwrap_or(user_id),
                );
                engine.save_record(assistant_id, &record).await;
            };
            engine.save_record(assistant_id, &record).await;
            let final_event = engine
                .finish_turn(assistant_id, outcome, &booking.endpoint.credentials)
                .await;
            unregister_turn(&engine, assistant_id);
            let _ = tx.send(final_event);
        });
        Ok((started, rx))
    }
}

/// Most retries of one model before falling back (or giving up).
const MAX_RETRIES: u32 = 2;
/// Longest wait a server may ask for and still be waited out; longer, the turn falls
/// back or reports the rate limit at once.
const MAX_RETRY_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long to wait before retrying after `error`, if it is worth retrying at all.
fn retry_wait(
    engine: &Engine,
    retries: u32,
    error: &sb_providers::ProviderError,
) -> Option<std::time::Duration> {
    if retries >= MAX_RETRIES {
        return None;
    }
    let asked = error.retry_after_wait(MAX_RETRY_WAIT)?;
    let backoff = crate::retry_backoff(engine) * 3u32.pow(retries);
    Some(asked.map_or(backoff, |a| a.max(backoff)))
}

/// Stores a turn's user message and its empty, streaming answer; returns their ids.
/// The prompt of a turn being opened: a new user message placed under a parent, or one
/// already stored (a regeneration answers it again).
enum UserSlot {
    New(Parent),
    Stored(MessageId),
}

/// Stores the prompt (unless it is stored already) and the streaming answer under it.
/// Returns the prompt's id, the answer's id and the prompt text.
#[allow(clippy::too_many_arguments)] // one call site; each argument is a distinct field
fn open_turn(
    s: &sb_store::Store,
    conversation_id: ConversationId,
    prompt: UserSlot,
    text: String,
    files: &[sb_store::NewAttachment],
    model: String,
    provider: String,
    now: i64,
) -> Result<(MessageId, MessageId, String), sb_store::StoreError> {
    let user_id = match prompt {
        UserSlot::Stored(id) => id,
        UserSlot::New(parent) => {
            let user = s.insert_message(
                NewMessage {
                    conversation_id,
                    role: Role::User,
                    content: text.clone(),
                    status: MessageStatus::Complete,
                    model: None,
                    provider: None,
                    parent,
                },
                now,
            )?;
            for file in files {
                s.insert_attachment(user.id, file, now)?;
            }
            user.id
        }
    };
    let assistant = s.insert_message(
        NewMessage {
            conversation_id,
            role: Role::Assistant,
            content: String::new(),
            status: MessageStatus::Streaming,
            model: Some(model),
            provider: Some(provider),
            parent: Parent::Message(user_id),
        },
        now,
    )?;
    Ok((user_id, assistant.id, text))
}
