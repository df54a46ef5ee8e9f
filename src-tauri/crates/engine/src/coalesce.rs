//! Merges bursts of `Delta` events so the UI gets a few small messages per frame
//! instead of one per token.
//!
//! Invariants: order is preserved; text is never lost or duplicated; a non-delta event
//! first flushes any pending text; pending text waits at most `window`, and never grows
//! past `max_bytes` before it is sent. A delta that arrives when no text went out within
//! the last `window` (the answer's first token above all) is sent at once: merging only
//! starts once text is flowing, so it never delays the first words a person waits for.

use std::time::Duration;

use tokio::{sync::mpsc, time::Instant};

use crate::TurnEvent;

pub struct Coalescer {
    rx: mpsc::UnboundedReceiver<TurnEvent>,
    window: Duration,
    max_bytes: usize,
    pending: String,
    held: Option<TurnEvent>,
    closed: bool,
    /// When text last went out; `None` before the first.
    last_sent: Option<Instant>,
}

impl Coalescer {
    pub fn new(rx: mpsc::UnboundedReceiver<TurnEvent>, window: Duration, max_bytes: usize) -> Self {
        Self {
            rx,
            window,
            max_bytes,
            pending: String::new(),
            held: None,
            closed: false,
            last_sent: None,
        }
    }

    /// The next event to deliver, or `None` when the turn's channel is closed and drained.
    pub async fn next(&mut self) -> Option<TurnEvent> {
        if let Some(ev) = self.held.take() {
            return Some(ev);
        }
        if self.closed {
            return self.take_pending();
        }
        let mut deadline: Option<Instant> = None;
        loop {
            let received = match deadline {
                None => self.rx.recv().await,
                Some(at) => match tokio::time::timeout_at(at, self.rx.recv()).await {
                    Ok(ev) => ev,
                    Err(_) => return self.take_pending(),
                },
            };
            match received {
                Some(TurnEvent::Delta { text }) => {
                    let quiet = self.last_sent.is_none_or(|at| at.elapsed() >= self.window);
                    if self.pending.is_empty() && quiet {
                        self.last_sent = Some(Instant::now());
                        return Some(TurnEvent::Delta { text });
                    }
                    self.pending.push_str(&text);
                    if self.pending.len() >= self.max_bytes {
                        return self.take_pending();
                    }
                    deadline.get_or_insert_with(|| Instant::now() + self.window);
                }
                Some(other) => {
                    if self.pending.is_empty() {
                        return Some(other);
                    }
                    self.held = Some(other);
                    return self.take_pending();
                }
                None => {
                    self.closed = true;
                    return self.take_pending();
                }
            }
        }
    }

    fn take_pending(&mut self) -> Option<TurnEvent> {
        if self.pending.is_empty() {
            return None;
        }
        self.last_sent = Some(Instant::now());
        Some(TurnEvent::Delta {
            text: std::mem::take(&mut self.pending),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delta(t: &str) -> TurnEvent {
        TurnEvent::Delta { text: t.into() }
    }

    async fn drain(mut c: Coalescer) -> Vec<TurnEvent> {
        let mut out = Vec::new();
        while let Some(ev) = c.next().await {
            out.push(ev);
        }
        out
    }

    #[tokio::test]
    async fn bursts_merge_and_order_is_kept() {
        let (tx, rx) = mpsc::unbounded_channel();
        for t in ["a", "b", "c"] {
            tx.send(delta(t)).unwrap();
        }
        tx.send(TurnEvent::Usage {
            usage: Default::default(),
        })
        .unwrap();
        tx.send(delta("d")).unwrap();
        drop(tx);
        let got = drain(Coalescer::new(rx, Duration::from_millis(30), 4096)).await;
        assert_eq!(
            got,
            vec![
                delta("a"),
                delta("bc"),
                TurnEvent::Usage {
                    usage: Default::default()
                },
                delta("d")
            ],
            "the first delta goes at once; the burst after it merges and is flushed \
             before a non-delta"
        );
    }

    #[tokio::test]
    async fn size_cap_splits_large_bursts_without_losing_text() {
        let (tx, rx) = mpsc::unbounded_channel();
        for _ in 0..100 {
            tx.send(delta("0123456789")).unwrap();
        }
        drop(tx);
        let got = drain(Coalescer::new(rx, Duration::from_secs(60), 256)).await;
        let text: String = got
            .iter()
            .map(|e| match e {
                TurnEvent::Delta { text } => text.as_str(),
                _ => "",
            })
            .collect();
        assert_eq!(text.len(), 1000, "no text is lost or duplicated");
        assert!(
            got.len() >= 4,
            "a 1000-byte burst with a 256-byte cap needs several messages"
        );
        assert!(
            got.iter()
                .all(|e| matches!(e, TurnEvent::Delta { text } if text.len() < 256 + 10)),
            "each message stays near the cap"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn first_delta_goes_at_once_and_later_text_waits_at_most_the_window() {
        let (tx, rx) = mpsc::unbounded_channel();
        let mut c = Coalescer::new(rx, Duration::from_millis(30), 4096);
        tx.send(delta("x")).unwrap();
        tx.send(delta("y")).unwrap();
        let started = Instant::now();
        assert_eq!(c.next().await, Some(delta("x")), "the first token");
        assert_eq!(started.elapsed(), Duration::ZERO, "is not held back");
        assert_eq!(c.next().await, Some(delta("y")), "a delta right after it");
        assert_eq!(
            started.elapsed(),
            Duration::from_millis(30),
            "waits exactly one window"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        tx.send(delta("z")).unwrap();
        let resumed = Instant::now();
        assert_eq!(c.next().await, Some(delta("z")), "after a quiet spell");
        assert_eq!(resumed.elapsed(), Duration::ZERO, "text goes at once again");
        drop(tx);
    }
}
