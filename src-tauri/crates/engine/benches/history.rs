//! History at scale: on a generated database of a million messages
//! (`scripts/gen-history.py`), how long the engine takes to open and list
//! conversations, to open a 10,000-message conversation at its end (and in full), to
//! route a turn in it (read, count and fit its context to each window), to
//! search (p50/p95 over the fixed query set written beside the database), to store
//! messages while answers stream, and how much the search index adds to the file.
//!
//! Run:
//!   python3 scripts/gen-history.py /tmp/history.db
//!   SB_HISTORY_DB=/tmp/history.db cargo bench -p sb-engine --bench history
//!
//! The database is copied first, so the generated file is never changed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sb_core::{MessageStatus, Role};
use sb_engine::{Engine, EngineConfig, SystemClock};
use sb_keys::MemoryKeyStore;
use sb_store::{NewMessage, Store};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

async fn open(dir: &Path) -> Engine {
    let config = EngineConfig::new(
        dir.to_path_buf(),
        Arc::new(SystemClock),
        Arc::new(MemoryKeyStore::new()),
    );
    Engine::open(config).await.unwrap()
}

/// Five route previews of a prompt in `conversation` (a preview does all a turn does up to
/// the request): their times in order, and how many oldest messages the last one's pick
/// left out.
async fn previews(engine: &Engine, conversation: i64) -> (Vec<Duration>, u32) {
    let mut times = Vec::new();
    let mut left_out = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let preview = engine
            .preview_route(
                "And what would you change now?".into(),
                sb_engine::RouteOptions {
                    conversation_id: Some(conversation),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
        times.push(t.elapsed());
        left_out = preview.decision.picked().map_or(0, |c| c.left_out);
    }
    (times, left_out)
}

fn main() {
    let Some(source) = std::env::var_os("SB_HISTORY_DB").map(PathBuf::from) else {
        println!(
            "history bench skipped: set SB_HISTORY_DB to a database made by \
             `python3 scripts/gen-history.py OUT.db`"
        );
        return;
    };
    let queries: Vec<serde_json::Value> = {
        let mut q = source.as_os_str().to_owned();
        q.push(".queries.json");
        serde_json::from_slice(&std::fs::read(PathBuf::from(q)).unwrap()).unwrap()
    };
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join(sb_engine::DB_FILE);
    std::fs::copy(&source, &db).unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        // 1. Start: open the engine (recovery included) and list the conversations.
        let started = Instant::now();
        let engine = open(dir.path()).await;
        let opened = started.elapsed();
        let list = engine.list_conversations().await.unwrap();
        let listed = started.elapsed();
        println!(
            "history of {} conversations ({:.0} MiB file)",
            list.len(),
            mib(file_size(&db))
        );
        println!(
            "  start: engine open {:.1} ms, conversation list ({} rows) shown after {:.1} ms",
            ms(opened),
            list.len(),
            ms(listed)
        );

        // 2. The longest conversation: its newest page, then the whole shown branch.
        let mut longest = (0i64, 0usize);
        for c in list.iter().take(20_000) {
            let page = engine.conversation_page(c.id, None, 1).await.unwrap();
            if page.total > longest.1 {
                longest = (c.id, page.total);
            }
        }
        let mut page_times = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            let page = engine
                .conversation_page(longest.0, None, 100)
                .await
                .unwrap();
            page_times.push(t.elapsed());
            assert_eq!(page.messages.len(), 100.min(longest.1));
        }
        page_times.sort();
        let t = Instant::now();
        let full = engine.open_conversation(longest.0).await.unwrap();
        let full_time = t.elapsed();
        println!(
            "  open a {}-message conversation: newest 100 in {:.1} ms (p50 of 20), \
             all {} in {:.1} ms",
            longest.1,
            ms(percentile(&page_times, 0.5)),
            full.messages.len(),
            ms(full_time)
        );

        // 2b. What a turn in it costs before its request leaves: the context read, the
        // whole conversation counted, each model offered the newest part its window
        // holds (a route preview does all a turn does up to the request).
        let (mut preview_times, left_out) = previews(&engine, longest.0).await;
        let first = preview_times[0];
        preview_times.sort();
        println!(
            "  a turn's route in it (context, count, fit): first {:.0} ms, then {:.0} ms \
             (p50 of 5, its history's counts cached); {left_out} oldest messages left out \
             for the pick",
            ms(first),
            ms(percentile(&preview_times, 0.5)),
        );

        // 2c. The same with the conversation set to send only its newest 20 messages:
        // a turn reads that part of it, not the whole path (the setting is put back).
        let routing = engine.conversation_routing(longest.0).await.unwrap();
        let mut limited = routing.clone();
        limited.context_messages = Some(20);
        engine
            .set_conversation_routing(longest.0, limited)
            .await
            .unwrap();
        let (mut limited_times, _) = previews(&engine, longest.0).await;
        engine
            .set_conversation_routing(longest.0, routing)
            .await
            .unwrap();
        limited_times.sort();
        println!(
            "  the same set to its last 20 messages: {:.1} ms (p50 of 5)",
            ms(percentile(&limited_times, 0.5)),
        );

        // 3. Search over the fixed queries (5 runs each, warm).
        let mut times = Vec::new();
        let mut by_kind: std::collections::BTreeMap<String, Vec<Duration>> = Default::default();
        let mut empty = Vec::new();
        for q in &queries {
            let query = q["query"].as_str().unwrap().to_owned();
            let kind = q["kind"].as_str().unwrap_or("?").to_owned();
            let mut hits = 0;
            for _ in 0..5 {
                let t = Instant::now();
                hits = engine.search(query.clone()).await.unwrap().len();
                let d = t.elapsed();
                times.push(d);
                by_kind.entry(kind.clone()).or_default().push(d);
            }
            if hits == 0 {
                empty.push(query);
            }
        }
        times.sort();
        println!(
            "  search: {} queries × 5: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
            queries.len(),
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(*times.last().unwrap())
        );
        for (kind, mut t) in by_kind {
            t.sort();
            println!(
                "    {kind:<12} p50 {:>6.1} ms  p95 {:>6.1} ms",
                ms(percentile(&t, 0.5)),
                ms(percentile(&t, 0.95))
            );
        }
        if !empty.is_empty() {
            println!("    queries with no result: {empty:?}");
        }

        // 3b. Search as it is typed: every prefix of some inputs, one key at a time (the
        //     word being typed matches as a prefix, the costliest case).
        let mut typed = Vec::new();
        let mut slowest = (Duration::ZERO, String::new());
        for input in [
            "function",
            "configuration",
            "programming language",
            "connection pool",
            "HashMap::new",
            "the weather",
            "Übersetzung",
            "数据库",
        ] {
            let chars: Vec<char> = input.chars().collect();
            for end in 1..=chars.len() {
                let query: String = chars[..end].iter().collect();
                let t = Instant::now();
                engine.search(query.clone()).await.unwrap();
                let d = t.elapsed();
                typed.push(d);
                if d > slowest.0 {
                    slowest = (d, query);
                }
            }
        }
        typed.sort();
        println!(
            "  search as typed: {} inputs: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms ({:?})",
            typed.len(),
            ms(percentile(&typed, 0.5)),
            ms(percentile(&typed, 0.95)),
            ms(slowest.0),
            slowest.1
        );
        drop(engine);

        // 4. Writes while answers stream: one message per transaction (indexed by the
        //    triggers), with a streaming answer's 20 KB text rewritten between them.
        let store = Store::open(&db).unwrap();
        let conv = store.create_conversation("bench writes", 1).unwrap().id;
        let answer = store
            .insert_message(
                NewMessage {
                    conversation_id: conv,
                    role: Role::Assistant,
                    content: String::new(),
                    status: MessageStatus::Streaming,
                    model: None,
                    provider: None,
                    parent: Default::default(),
                },
                1,
            )
            .unwrap();
        let text = "Streaming answer text with some code `parse_frame` and prose. ".repeat(330);
        let mut flushes = Vec::new();
        let t = Instant::now();
        for i in 0..1000 {
            store
                .insert_message(
                    NewMessage {
                        conversation_id: conv,
                        role: Role::User,
                        content: format!("A prompt written during the benchmark, number {i}."),
                        status: MessageStatus::Complete,
                        model: None,
                        provider: None,
                        parent: Default::default(),
                    },
                    2,
                )
                .unwrap();
            let f = Instant::now();
            store
                .update_message_content(answer.id, &text[..(i * 20) % text.len()], None, 2)
                .unwrap();
            flushes.push(f.elapsed());
        }
        let elapsed = t.elapsed();
        flushes.sort();
        println!(
            "  writes: {:.0} messages/s (one transaction each, indexed) with a 20 KB \
             streaming flush between each; flush p50 {:.2} ms, p99 {:.2} ms",
            1000.0 / elapsed.as_secs_f64(),
            ms(percentile(&flushes, 0.5)),
            ms(percentile(&flushes, 0.99))
        );

        // 5. Size with and without the search index.
        store.checkpoint().unwrap();
        let with_index = dir.path().join("with-index.db");
        store.backup_to(&with_index).unwrap();
        drop(store);
        let without = dir.path().join("without-index.db");
        {
            let conn = rusqlite::Connection::open(&with_index).unwrap();
            conn.execute_batch("DROP TABLE messages_fts; DROP TABLE conversations_fts;")
                .unwrap();
            conn.execute("VACUUM INTO ?1", [without.to_str().unwrap()])
                .unwrap();
        }
        println!(
            "  size: {:.0} MiB with the search index, {:.0} MiB without ({:.0}% for the index)",
            mib(file_size(&with_index)),
            mib(file_size(&without)),
            100.0 * (file_size(&with_index) as f64 - file_size(&without) as f64)
                / file_size(&with_index) as f64
        );
    });
}
