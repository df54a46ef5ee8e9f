//! Settling a turn's money: each attempt's reservation becomes one ledger row (or is
//! released when the provider never accepted the request), and a reservation left by a
//! killed process is settled by recovery on the next start.
//!
//! Rules:
//! - reported usage is priced exactly and recorded as billed, even above the
//!   reservation (a provider that bills more prompt tokens than were counted): the
//!   ledger holds what was spent, the excess is logged, and the next turn's reservation
//!   sees the cap reached;
//! - without reported usage (stopped, dropped, killed) the cost is estimated: the
//!   prompt as counted, if the request was accepted, plus the text received; an
//!   estimate never exceeds the reservation (the provider cannot bill past `max_tokens`);
//! - a local provider costs nothing; a model without a price records its tokens with
//!   `priced = false` and no cost.

use sb_core::catalogue::{ModelRef, Tokenizer};
use sb_core::{ConversationId, MessageId, Usage, Usd};
use sb_store::{Caps, UsageEntry};

use super::target::estimate_output;
use super::{Booking, Outcome};
use crate::record::RouteRecord;
use crate::{Engine, EngineError};

impl Engine {
    /// Settles one attempt of a turn and completes its route record.
    pub(crate) async fn settle_turn(
        &self,
        record: &mut RouteRecord,
        booking: &Booking,
        outcome: &Outcome,
        conversation_id: ConversationId,
        message_id: MessageId,
        caps: &Caps,
    ) {
        let acc = outcome.accumulated();
        let reservation = booking.reservation;
        let caps = *caps;
        if acc.usage.is_none() && !acc.accepted {
            // Refused before it started (connection failed, HTTP error): nothing billed.
            match self
                .db(move |s| {
                    s.release(reservation)?;
                    s.ledgers(conversation_id, &caps)
                })
                .await
            {
                Ok((after, _)) => {
                    record.settled = Some(Usd::ZERO);
                    record.exact = true;
                    record.budget_after = Some(after);
                }
                Err(e) => {
                    tracing::error!(message_id, error = %e, "could not release a reservation")
                }
            }
            return;
        }
        let catalogue = self.catalogue();
        let (usage, exact) = match acc.usage {
            Some(u) => (u, true),
            None => {
                // Reasoning is billed as output too.
                let said = format!("{}{}", acc.reasoning, acc.text);
                let output = estimate_output(&catalogue, booking.vendor.as_deref(), &said);
                (
                    Usage {
                        input_tokens: u32::try_from(booking.candidate.input_tokens)
                            .unwrap_or(u32::MAX),
                        output_tokens: u32::try_from(output).unwrap_or(u32::MAX),
                        ..Usage::default()
                    },
                    false,
                )
            }
        };
        let cost = match (&booking.rates, booking.free) {
            (Some(rates), false) => rates.cost_of(&usage),
            _ => Usd::ZERO,
        };
        let cost = if exact {
            if cost > booking.candidate.reserve {
                tracing::warn!(
                    message_id,
                    reserved = %booking.candidate.reserve,
                    billed = %cost,
                    "reported usage cost more than the reservation; recorded as billed"
                );
            }
            cost
        } else {
            cost.min(booking.candidate.reserve)
        };
        let entry = UsageEntry {
            at: self.now(),
            conversation_id: Some(conversation_id),
            message_id: Some(message_id),
            provider: Some(booking.endpoint.label.clone()),
            model: booking.candidate.model.0.clone(),
            task: Some(record.classification.task.as_str().to_owned()),
            input_tokens: u64::from(usage.input_tokens),
            output_tokens: u64::from(usage.output_tokens),
            reasoning_tokens: u64::from(usage.reasoning_tokens),
            cache_read_tokens: u64::from(usage.cache_read_tokens),
            cache_write_tokens: u64::from(usage.cache_write_tokens),
            cost,
            exact,
            priced: booking.rates.is_some() || booking.free,
        };
        // Reported prompt tokens teach the estimate for vendors we cannot count exactly,
        // set against what was sent (a long conversation's oldest part may not be).
        let sent = booking.size.kept(booking.candidate.left_out);
        let sample = booking
            .vendor
            .clone()
            .filter(|v| {
                // Images are billed at the vendor's rate, not by characters: a turn with
                // any would teach the calibration a wrong ratio.
                exact
                    && sent.images() == 0
                    && usage.input_tokens > 0
                    && catalogue
                        .vendor(v)
                        .is_some_and(|v| v.tokenizer == Tokenizer::Estimate)
            })
            .map(|vendor| {
                let tokens = u64::from(usage.input_tokens)
                    .saturating_sub(sent.framing_tokens())
                    .max(1);
                (vendor, sent.total_chars(), tokens)
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
    }

    /// Settles the reservations that dead processes left behind (recovery has just
    /// marked their answers interrupted), from the text that reached the database: an
    /// estimate, capped at the reservation. Without a readable route record the whole
    /// reservation is charged, the upper bound of what the call could have cost. One
    /// that never got an answer is released: nothing was sent before the answer was
    /// stored.
    pub(crate) async fn settle_orphans(&self, dead: Vec<String>) -> Result<usize, EngineError> {
        let orphans = self.db(move |s| s.orphaned_reservations(&dead)).await?;
        let catalogue = self.catalogue();
        let count = orphans.len();
        for orphan in orphans {
            let Some(message_id) = orphan.message_id else {
                let id = orphan.id;
                self.db(move |s| s.release(id)).await?;
                continue;
            };
            let stored = self.db(move |s| s.route_record(message_id)).await?;
            let record: Option<RouteRecord> =
                stored.and_then(|json| serde_json::from_str(&json).ok());
            let answered = record.as_ref().and_then(|r| {
                let model = r.answered_by.clone()?;
                let candidate = r.decision.candidates.iter().find(|c| c.model == model)?;
                Some((model, candidate.input_tokens, r.priced))
            });
            let (model, input_tokens, priced) = answered
                .clone()
                .unwrap_or_else(|| (ModelRef("unknown".to_owned()), 0, true));
            let info = catalogue.model(&model).cloned();
            let output = estimate_output(
                &catalogue,
                info.as_ref().map(|i| i.vendor.as_str()),
                &orphan.content,
            );
            let usage = Usage {
                input_tokens: u32::try_from(input_tokens).unwrap_or(u32::MAX),
                output_tokens: u32::try_from(output).unwrap_or(u32::MAX),
                ..Usage::default()
            };
            let cost = match (&answered, info.and_then(|i| i.price.rates())) {
                (Some(_), Some(rates)) => rates.cost_of(&usage).min(orphan.amount),
                (Some(_), None) => Usd::ZERO,
                (None, _) => orphan.amount,
            };
            let entry = UsageEntry {
                at: self.now(),
                conversation_id: Some(orphan.conversation_id),
                message_id: Some(message_id),
                provider: record.as_ref().and_then(|r| r.provider.clone()),
                model: model.0,
                task: record
                    .as_ref()
                    .map(|r| r.classification.task.as_str().to_owned()),
                input_tokens: u64::from(usage.input_tokens),
                output_tokens: u64::from(usage.output_tokens),
                reasoning_tokens: 0,
                cache_read_tokens: 0,
                cache_write_tokens: 0,
                cost,
                exact: false,
                priced,
            };
            let id = orphan.id;
            self.db(move |s| s.settle(id, &entry)).await?;
            if let Some(mut record) = record {
                record.settled = Some(cost);
                record.exact = false;
                self.save_record(message_id, &record).await;
            }
        }
        Ok(count)
    }
}
