//! The one turn pipeline at the engine boundary: every kind of turn (routed, pinned,
//! chosen in the composer, ad hoc, re-run, many in flight) is booked against every cap,
//! settled into the ledger, and recorded; models without a price, local providers,
//! fallbacks across vendors, unreadable settings, overbilling providers and stopped turns
//! each behave as promised. A fake provider on 127.0.0.1 and real SQLite files throughout.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_core::{BudgetMode, MessageStatus, ProviderKind, Usd};
use sb_engine::{
    BudgetSettings, Engine, EngineError, RouteOptions, Selection, SendTurn, TurnEvent, TurnTarget,
};
use sb_keys::Secret;
use sb_store::Store;

mod common;
use common::*;

/// The kinds of turn a user can start, each on a model with a price.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Routed,
    Pinned,
    Chosen,
    ChosenOtherModel,
    ReRun,
}

const KINDS: [Kind; 5] = [
    Kind::Routed,
    Kind::Pinned,
    Kind::Chosen,
    Kind::ChosenOtherModel,
    Kind::ReRun,
];

async fn start(
    engine: &Engine,
    kind: Kind,
    beta: i64,
    alpha: i64,
    conversation: Option<i64>,
    i: usize,
) -> Result<
    (
        sb_engine::TurnStarted,
        tokio::sync::mpsc::UnboundedReceiver<TurnEvent>,
    ),
    EngineError,
> {
    let text = format!("Tell me fact number {i}");
    match kind {
        Kind::Routed => {
            engine
                .start_routed_turn(conversation, text, RouteOptions::default())
                .await
        }
        Kind::Pinned => {
            let options = RouteOptions {
                pinned: Some(sb_core::ModelRef("beta/sb-markdown".into())),
                ..RouteOptions::default()
            };
            engine.start_routed_turn(conversation, text, options).await
        }
        Kind::Chosen => {
            engine
                .send_turn(SendTurn {
                    conversation_id: conversation,
                    text,
                    provider_id: beta,
                    model: None,
                    attachments: Vec::new(),
                    placement: Default::default(),
                })
                .await
        }
        Kind::ChosenOtherModel => {
            engine
                .start_turn(
                    conversation,
                    text,
                    TurnTarget::Saved {
                        provider_id: alpha,
                        model: Some("sb-markdown".into()),
                    },
                )
                .await
        }
        Kind::ReRun => {
            let options = RouteOptions {
                conversation_id: conversation,
                pinned: Some(sb_core::ModelRef("alpha/sb-markdown".into())),
                ..RouteOptions::default()
            };
            engine.start_routed_turn(conversation, text, options).await
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_kind_of_turn_passes_a_hard_cap_and_the_ledger_sums_to_the_spend() {
    let f = fixture().await;
    let providers = f.engine.list_providers().await.unwrap();
    let id = |n: &str| providers.iter().find(|p| p.name == n).unwrap().id;
    let (alpha, beta) = (id("alpha"), id("beta"));
    let cap = cents(5.0);
    hard_monthly_cap(&f.engine, cap).await;

    // First, each kind alone: each is booked, settled and recorded.
    let mut conversation = None;
    for (i, kind) in KINDS.iter().enumerate() {
        let (started, rx) = start(&f.engine, *kind, beta, alpha, conversation, i)
            .await
            .unwrap();
        conversation = Some(started.conversation_id);
        let end = finish(rx).await;
        assert!(
            matches!(
                end,
                TurnEvent::Finished {
                    status: MessageStatus::Complete,
                    ..
                }
            ),
            "{kind:?}: {end:?}"
        );
        let record = f
            .engine
            .route_record(started.assistant_message_id)
            .await
            .unwrap()
            .expect("every turn has a record");
        assert!(
            record.settled.is_some_and(|c| c > Usd::ZERO),
            "{kind:?} settled a cost: {record:?}"
        );
        let expected = match kind {
            Kind::Routed => Selection::Routed,
            Kind::Pinned | Kind::ReRun => Selection::Pinned,
            Kind::Chosen | Kind::ChosenOtherModel => Selection::Chosen,
        };
        assert_eq!(
            record.selection, expected,
            "{kind:?} is recorded as {expected:?}"
        );
    }

    // Then sixteen in flight at once, of every kind mixed, in several conversations.
    let turns: Vec<_> = (0..16)
        .map(|i| {
            let engine = f.engine.clone();
            let kind = KINDS[i % KINDS.len()];
            let conversation = if i % 3 == 0 { None } else { conversation };
            tokio::spawn(async move {
                match start(&engine, kind, beta, alpha, conversation, i).await {
                    Ok((_, rx)) => Some(finish(rx).await),
                    Err(EngineError::BudgetExceeded { .. }) => None,
                    Err(e) => panic!("{kind:?}: unexpected error {e}"),
                }
            })
        })
        .collect();
    let mut blocked = 0;
    for t in turns {
        match t.await.unwrap() {
            Some(TurnEvent::Finished { status, .. }) => assert_eq!(status, MessageStatus::Complete),
            // A routed turn whose first choice is rate limited, when the budget then has
            // no room for the fallback: refused at the fallback instead of the start.
            Some(TurnEvent::Error { code, .. }) if code == "rate_limited" => blocked += 1,
            Some(other) => panic!("unexpected end: {other:?}"),
            None => blocked += 1,
        }
    }
    assert!(blocked > 0, "the cap was reached");
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert!(
        usage.total <= cap,
        "spend {} stays within the cap {}",
        usage.total,
        cap
    );
    let status = f.engine.budget_status(conversation.unwrap()).await.unwrap();
    assert_eq!(
        status.month.spent, usage.total,
        "the ledger sums to the month's spend"
    );
    assert_eq!(
        status.month.reserved,
        Usd::ZERO,
        "no reservation outlives its turn"
    );
    let answered = f
        .server
        .requests()
        .iter()
        .filter(|r| r.json().unwrap()["model"] == "sb-markdown")
        .count();
    assert_eq!(
        usage.calls as usize, answered,
        "one ledger row per answer; refused tries bill nothing"
    );
}

#[tokio::test]
async fn a_chosen_turn_under_a_spent_hard_cap_is_refused_before_any_request() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    hard_monthly_cap(&f.engine, Usd(100)).await;
    let err = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: beta,
            model: None,
            attachments: Vec::new(),
            placement: Default::default(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.code(), "budget_exceeded", "{err}");
    assert!(f.server.requests().is_empty(), "nothing was sent");
    assert!(
        f.engine.list_conversations().await.unwrap().is_empty(),
        "nothing was stored"
    );
    let ad_hoc = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::AdHoc {
                kind: ProviderKind::Openai,
                base_url: f.server.base_url(),
                model: "sb-markdown".into(),
                settings: Default::default(),
                credentials: sb_engine::Credentials::ApiKey(Secret::new(KEY.into()).unwrap()),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(
        ad_hoc.code(),
        "budget_exceeded",
        "an ad-hoc model with no price under a hard cap: {ad_hoc}"
    );
    assert!(
        ad_hoc.to_string().contains("Settings → Models"),
        "says how to add a price: {ad_hoc}"
    );
    assert!(f.server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn a_model_without_a_price_goes_out_under_a_soft_cap_and_is_counted_unpriced() {
    let f = fixture().await;
    // A custom endpoint: no vendor, so its model has no price in the catalogue.
    let custom = provider(&f.engine, "custom", &f.server.base_url(), None, false).await;
    f.engine
        .set_budget_settings(BudgetSettings {
            monthly_cap: Some(cents(1.0)),
            monthly_mode: BudgetMode::Soft,
            ..BudgetSettings::default()
        })
        .await
        .unwrap();
    let (started, rx) = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: custom,
            model: None,
            attachments: Vec::new(),
            placement: Default::default(),
        })
        .await
        .unwrap();
    finish(rx).await;
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert!(!record.priced, "the record says the price is unknown");
    assert_eq!(record.selection, Selection::Chosen);
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        (usage.calls, usage.unpriced_calls),
        (1, 1),
        "the call is counted, as unpriced"
    );
    assert_eq!(usage.total, Usd::ZERO, "at no cost");
    let meter = f
        .engine
        .budget_status(started.conversation_id)
        .await
        .unwrap();
    assert_eq!(
        (
            meter.conversation.unpriced_calls,
            meter.month.unpriced_calls
        ),
        (1, 1),
        "the meter knows the spend shown leaves a call out"
    );
    assert_eq!(usage.by_model[0].input_tokens, 24, "with its tokens");
    let body = f.server.requests()[0].json().unwrap();
    assert!(
        body.get("max_completion_tokens").is_none(),
        "no cap bounds it, so no limit is imposed: {body}"
    );

    // The same provider under a hard cap is refused, with the way out.
    hard_monthly_cap(&f.engine, cents(100.0)).await;
    let err = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: custom,
            model: None,
            attachments: Vec::new(),
            placement: Default::default(),
        })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("has no price"), "{err}");
}

#[tokio::test]
async fn a_local_provider_is_free_even_with_a_spent_hard_cap() {
    let f = fixture().await;
    // Local servers need no key; the fake one wants the bearer, so give it the key.
    let local = provider(&f.engine, "lan", &f.server.base_url(), None, true).await;
    f.engine
        .set_key(local, Secret::new(KEY.into()).unwrap())
        .await
        .unwrap();
    hard_monthly_cap(&f.engine, Usd::ZERO).await;
    let (started, rx) = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: local,
            model: None,
            attachments: Vec::new(),
            placement: Default::default(),
        })
        .await
        .unwrap();
    assert!(matches!(finish(rx).await, TurnEvent::Finished { .. }));
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.settled, Some(Usd::ZERO), "free");
    assert!(record.priced, "a local model's price is known: nothing");
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        (usage.calls, usage.unpriced_calls, usage.total),
        (1, 0, Usd::ZERO)
    );
}

#[tokio::test]
async fn a_fallback_across_vendors_stores_the_provider_that_answered() {
    let f = fixture().await;
    let (started, rx) = f
        .engine
        .start_routed_turn(None, "hello".into(), RouteOptions::default())
        .await
        .unwrap();
    assert_eq!(
        started.provider, "alpha",
        "the route's first vendor is tried first"
    );
    finish(rx).await;
    let message = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(
        message.provider.as_deref(),
        Some("beta"),
        "the provider that answered"
    );
    assert_eq!(message.model.as_deref(), Some("sb-markdown"));
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.provider.as_deref(), Some("beta"));
    assert_eq!(record.fallbacks.len(), 1);
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        usage.calls, 1,
        "a refused try bills nothing and leaves no ledger row"
    );
    assert_eq!(usage.by_provider[0].key, "beta");
}

#[tokio::test]
async fn unreadable_budget_settings_refuse_to_send_rather_than_drop_the_caps() {
    let f = fixture().await;
    hard_monthly_cap(&f.engine, cents(1.0)).await;
    {
        let store = Store::open(&f.dir.path().join(sb_engine::DB_FILE)).unwrap();
        store
            .set_setting("budget", "{\"monthly_cap\": \"lots\"")
            .unwrap();
    }
    let err = f
        .engine
        .start_routed_turn(None, "hello".into(), RouteOptions::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "settings_unreadable", "{err}");
    assert!(
        err.to_string().contains("Settings → Budget"),
        "says how to fix it: {err}"
    );
    assert!(f.server.requests().is_empty(), "nothing was sent");
    f.engine
        .set_budget_settings(BudgetSettings::default())
        .await
        .unwrap();
    let (_, rx) = f
        .engine
        .start_routed_turn(None, "hello".into(), RouteOptions::default())
        .await
        .unwrap();
    assert!(
        matches!(finish(rx).await, TurnEvent::Finished { .. }),
        "saving again repairs it"
    );
}

#[tokio::test]
async fn a_provider_billing_above_the_reservation_is_recorded_as_billed_and_then_blocks() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let cap = cents(1.0);
    hard_monthly_cap(&f.engine, cap).await;
    let (started, rx) = start_on(&f.engine, beta, "sb-overbill").await;
    finish(rx).await;
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    let settled = record.settled.unwrap();
    assert!(
        settled > record.reserved,
        "billed {settled} above the reservation {}",
        record.reserved
    );
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(
        usage.total, settled,
        "the ledger holds what was billed, not the reservation"
    );
    assert!(
        usage.total > cap,
        "so a provider that overbills can pass the cap by its excess"
    );
    let err = f
        .engine
        .send_turn(SendTurn {
            conversation_id: Some(started.conversation_id),
            text: "more".into(),
            provider_id: beta,
            model: None,
            attachments: Vec::new(),
            placement: Default::default(),
        })
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        "budget_exceeded",
        "after it, nothing more goes out: {err}"
    );
}

#[tokio::test]
async fn a_stopped_turn_is_settled_from_an_estimate_within_its_reservation() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, mut rx) = f
        .engine
        .start_turn(
            None,
            "hello".into(),
            TurnTarget::Saved {
                provider_id: beta,
                model: Some("sb-slow".into()),
            },
        )
        .await
        .unwrap_err_or_start();
    let mut deltas = 0;
    while let Some(ev) = rx.recv().await {
        if matches!(ev, TurnEvent::Delta { .. }) {
            deltas += 1;
            if deltas == 5 {
                f.engine.stop_turn(started.assistant_message_id);
            }
        }
        if ev.is_final() {
            break;
        }
    }
    let record = f
        .engine
        .route_record(started.assistant_message_id)
        .await
        .unwrap()
        .unwrap();
    assert!(!record.exact, "no usage was reported: estimated");
    let cost = record.settled.unwrap();
    assert!(
        cost > Usd::ZERO && cost <= record.reserved,
        "0 < {cost} <= {}",
        record.reserved
    );
    let usage = f.engine.usage_summary(None).await.unwrap();
    assert_eq!(usage.estimated, cost, "the ledger marks it estimated");
}

/// Starting a turn the test needs running: a refusal fails loudly with its reason.
trait StartOrPanic<T> {
    fn unwrap_err_or_start(self) -> T;
}

impl<T> StartOrPanic<T> for Result<T, EngineError> {
    fn unwrap_err_or_start(self) -> T {
        match self {
            Ok(t) => t,
            Err(e) => panic!("the turn did not start: {e}"),
        }
    }
}

/// A first turn that cannot start (here: its provider's key vanished from the keyring)
/// gives its reservation back and leaves no empty conversation in the list.
#[tokio::test(flavor = "multi_thread")]
async fn a_first_turn_that_cannot_start_leaves_nothing_behind() {
    let f = fixture().await;
    for p in f.engine.list_providers().await.unwrap() {
        sb_keys::KeyStore::delete(
            f.keys.as_ref(),
            &format!("provider-{}@{}", p.id, p.base_url),
        )
        .unwrap();
    }
    let refused = f
        .engine
        .start_routed_turn(None, "hello".into(), Default::default())
        .await;
    assert!(refused.is_err(), "no key, no turn");
    assert!(
        f.engine.list_conversations().await.unwrap().is_empty(),
        "no empty conversation is left behind"
    );
    let store = Store::open(&f.dir.path().join(sb_engine::DB_FILE)).unwrap();
    let (_, month) = store.ledgers(0, &Default::default()).unwrap();
    assert_eq!(month.reserved, Usd(0), "the reservation was given back");
    assert!(f.server.requests().is_empty(), "nothing was sent");
}

/// A first turn is one unit: the conversation, its reservation, the prompt and the
/// answer row are stored together or not at all. Here the database refuses the answer's
/// row (as a full disk would) and refuses removing conversations too, which stands for
/// a kill before any cleanup could run: nothing of the turn may be left.
#[tokio::test(flavor = "multi_thread")]
async fn a_first_turn_the_database_refuses_leaves_nothing_even_without_cleanup() {
    let f = fixture().await;
    let path = f.dir.path().join(sb_engine::DB_FILE);
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER full_disk BEFORE INSERT ON messages WHEN NEW.role = 'assistant'
                 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
             CREATE TRIGGER no_cleanup BEFORE DELETE ON conversations
                 BEGIN SELECT RAISE(ABORT, 'killed before cleaning up'); END;",
        )
        .unwrap();
    let refused = f
        .engine
        .start_routed_turn(None, "hello".into(), Default::default())
        .await;
    assert!(refused.is_err(), "the turn could not be stored");
    assert!(
        f.engine.list_conversations().await.unwrap().is_empty(),
        "no empty conversation is left behind"
    );
    let store = Store::open(&path).unwrap();
    let (_, month) = store.ledgers(0, &Default::default()).unwrap();
    assert_eq!(month.reserved, Usd(0), "no reservation is left behind");
    assert!(f.server.requests().is_empty(), "nothing was sent");
}
