#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Crash safety: `sb chat` streaming a long answer is SIGKILLed at 20 seeded random
//! points, early (before or at the first token) and late, and started again after each
//! kill. Every earlier message must be intact, the cut answer present and `interrupted`
//! with the start of the streamed text, and `PRAGMA integrity_check` must say ok. The
//! text lost (printed on the terminal but not on disk) is reported and held to the
//! engine's flush interval. Unix only: SIGKILL.
#![cfg(unix)]

mod common;

use std::time::Duration;

use common::{fake_provider, test_key, Sb, Streaming};
use sb_testsupport::scenario::{slow_deltas, MODEL_SLOW, SLOW_DELTA_INTERVAL};

const KILLS: u64 = 20;
/// The engine writes streamed text at least this often.
const FLUSH: Duration = Duration::from_millis(250);

/// A small seeded generator (the test picks its kill points from it, reproducibly).
struct Lcg(u64);
impl Lcg {
    fn next_below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// Every message of every conversation, as `(conversation, id, role, status, content)`.
async fn snapshot(sb: &Sb) -> Vec<(i64, i64, String, String, String)> {
    let mut out = Vec::new();
    for c in sb.conversations().await {
        let id = c["id"].as_i64().unwrap();
        let view = sb.conversation(id).await;
        for m in view["messages"].as_array().unwrap() {
            let s = |k: &str| m[k].as_str().unwrap_or_default().to_owned();
            out.push((
                id,
                m["id"].as_i64().unwrap(),
                s("role"),
                s("status"),
                s("content"),
            ));
        }
    }
    out.sort();
    out
}

fn integrity(db: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn twenty_kills_lose_nothing_but_the_last_moments() {
    let key = test_key("twenty_kills_lose_nothing_but_the_last_moments");
    let server = fake_provider(&key).await;
    let sb = Sb::default();
    let full = slow_deltas().concat();
    let chars_per_ms =
        full.len() as f64 / (slow_deltas().len() as f64 * SLOW_DELTA_INTERVAL.as_millis() as f64);
    let mut rng = Lcg(20_261_202);
    let mut worst_loss_ms = 0.0f64;
    let mut losses = Vec::new();
    let mut before: Vec<(i64, i64, String, String, String)> = Vec::new();

    for kill in 0..KILLS {
        // Half the kills come early (from before the turn is stored to just after the
        // first tokens), half later, up to 3 s into the answer.
        let wait = if kill % 2 == 0 {
            400 + rng.next_below(900)
        } else {
            900 + rng.next_below(2100)
        };
        let prompt = format!("Count slowly, run {kill}");
        let mut chat =
            Streaming::spawn(sb.chat_command(&server.base_url(), &key, MODEL_SLOW, false, &prompt));
        let _ =
            tokio::time::timeout(Duration::from_millis(wait), chat.read_at_least(usize::MAX)).await;
        chat.kill().await;
        let run = chat.finish().await;
        assert!(
            run.status.code().is_none(),
            "kill {kill}: SIGKILL ends the process"
        );

        // Restarting (any sb) recovers; the database must be sound.
        let after = snapshot(&sb).await;
        assert_eq!(
            integrity(&sb.db_path()),
            "ok",
            "kill {kill}: integrity_check"
        );
        for earlier in &before {
            assert!(
                after.contains(earlier),
                "kill {kill}: an earlier message changed or vanished: {earlier:?}"
            );
        }
        let new: Vec<_> = after.iter().filter(|m| !before.contains(m)).collect();
        if let Some(answer) = new.iter().find(|m| m.2 == "assistant") {
            assert_eq!(answer.3, "interrupted", "kill {kill}: {answer:?}");
            assert!(
                full.starts_with(&answer.4),
                "kill {kill}: the stored text is the start of the stream: {:?}",
                answer.4
            );
            let user = new
                .iter()
                .find(|m| m.2 == "user")
                .expect("the prompt is stored");
            assert_eq!(user.4, prompt);
            let printed = run.stdout.len();
            let lost = printed.saturating_sub(answer.4.len());
            let lost_ms = lost as f64 / chars_per_ms;
            worst_loss_ms = worst_loss_ms.max(lost_ms);
            losses.push((wait, printed, answer.4.len(), lost_ms));
        } else {
            // Killed before the turn was stored: nothing half-made may remain.
            assert!(new.is_empty(), "kill {kill}: {new:?}");
            losses.push((wait, run.stdout.len(), 0, 0.0));
        }
        before = after;
    }
    eprintln!(
        "crash safety: {KILLS} kills (ms after start, printed bytes, stored bytes, lost ms):"
    );
    for l in &losses {
        eprintln!("  {:>5} ms  {:>5}  {:>5}  {:>6.0}", l.0, l.1, l.2, l.3);
    }
    eprintln!("crash safety: worst loss {worst_loss_ms:.0} ms of tokens");
    let bound = (FLUSH + SLOW_DELTA_INTERVAL * 2).as_millis() as f64;
    assert!(
        worst_loss_ms <= bound,
        "text older than the flush interval was lost: {worst_loss_ms:.0} ms > {bound} ms"
    );
}
