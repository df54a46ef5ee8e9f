//! Turns across processes and restarts: a killed turn is recovered and settled, a dead
//! process's reservation is released, a second engine on the same database leaves a
//! running turn alone, and an update waits for turns and backs the database up first.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{sync::Arc, time::Duration};

use sb_core::{FixedClock, MessageStatus, Usd};
use sb_engine::{Engine, EngineConfig, SystemClock, TurnEvent, TurnTarget};
use sb_keys::{KeyStore, MemoryKeyStore};
use sb_store::Store;
use sb_testsupport::{scenario, FakeServer};
use tempfile::TempDir;

mod common;
use common::*;

#[test]
fn a_turn_killed_mid_stream_is_settled_by_recovery_not_held_for_an_hour() {
    let dir = TempDir::new().unwrap();
    let keys = Arc::new(MemoryKeyStore::new());
    // The "app": its own runtime, killed mid-answer by dropping the runtime.
    let app = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let (server_addr, message_id, conversation) = {
        let keys = Arc::clone(&keys);
        let dir_path = dir.path().to_path_buf();
        app.block_on(async move {
            let server = FakeServer::start(scenario::scenario_responder(KEY.into()))
                .await
                .unwrap();
            let host = server.addr().to_string();
            let mut config = EngineConfig::new(dir_path, Arc::new(SystemClock), keys);
            config.flush_interval = Duration::from_millis(20);
            config.catalogue = Some(catalogue(&host));
            let engine = Engine::open(config).await.unwrap();
            let beta = provider(&engine, "beta", &server.base_url(), Some("beta"), false).await;
            hard_monthly_cap(&engine, cents(100.0)).await;
            let (started, mut rx) = engine
                .start_turn(
                    None,
                    "hello".into(),
                    TurnTarget::Saved {
                        provider_id: beta,
                        model: Some("sb-slow".into()),
                    },
                )
                .await
                .unwrap();
            // Wait for text to reach the database, then "kill" before the end.
            let mut deltas = 0;
            while let Some(ev) = rx.recv().await {
                if matches!(ev, TurnEvent::Delta { .. }) {
                    deltas += 1;
                }
                if deltas >= 3 {
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(60)).await;
            let status = engine.budget_status(started.conversation_id).await.unwrap();
            assert!(
                status.month.reserved > Usd::ZERO,
                "the turn holds its reservation while it runs"
            );
            std::mem::forget(server);
            (host, started.assistant_message_id, started.conversation_id)
        })
    };
    // Shutting the runtime down drops the turn mid-stream (it never finishes); the wait
    // only lets the worker threads finish dropping it, so its session lock is released
    // as a killed process's would be (a lock is per open file, even in one process).
    app.shutdown_timeout(Duration::from_secs(2));
    let _ = keys.probe();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let engine = open_engine(&dir, &server_addr, keys, Arc::new(SystemClock)).await;
        let message = engine.message(message_id).await.unwrap();
        assert_eq!(
            message.status,
            MessageStatus::Interrupted,
            "recovery took the answer over"
        );
        assert!(
            !message.content.is_empty(),
            "the text that reached the disk is kept"
        );
        let status = engine.budget_status(conversation).await.unwrap();
        assert_eq!(
            status.month.reserved,
            Usd::ZERO,
            "the reservation is released at once"
        );
        let usage = engine.usage_summary(None).await.unwrap();
        assert_eq!(usage.calls, 1, "the killed call is in the ledger");
        assert!(
            usage.estimated > Usd::ZERO,
            "settled from an estimate: {usage:?}"
        );
        let record = engine.route_record(message_id).await.unwrap().unwrap();
        assert!(
            record.settled.is_some_and(|c| c <= record.reserved),
            "within the reservation: {record:?}"
        );
    });
}

#[tokio::test]
async fn a_reservation_left_by_a_dead_process_before_its_answer_existed_is_released() {
    let dir = TempDir::new().unwrap();
    let t0 = 1_796_000_000_000;
    {
        let mut store = Store::open(&dir.path().join(sb_engine::DB_FILE)).unwrap();
        // A process that died between reserving and storing its answer: nothing was sent.
        store.set_session("999999-1".into());
        let conversation = store.create_conversation("c", t0).unwrap().id;
        store
            .reserve(conversation, Usd(5_000), &Default::default(), t0)
            .unwrap()
            .unwrap();
    }
    let engine = open_engine(
        &dir,
        "127.0.0.1:9",
        Arc::new(MemoryKeyStore::new()),
        Arc::new(FixedClock::new(t0 + 60_000)),
    )
    .await;
    let status = engine.budget_status(1).await.unwrap();
    assert_eq!(
        status.month.reserved,
        Usd::ZERO,
        "released at once, not after an hour"
    );
    assert_eq!(
        engine.usage_summary(None).await.unwrap().calls,
        0,
        "and billed nothing"
    );
}

/// Two processes on one database (the app while `sb` runs): opening the second must not
/// take over, settle or free the first one's running turn.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn opening_a_second_engine_leaves_a_running_turn_alone() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    hard_monthly_cap(&f.engine, cents(100.0)).await;
    let (started, mut rx) = start_on(&f.engine, beta, "sb-slow").await;
    let mut deltas = 0;
    while deltas < 3 {
        if let Some(TurnEvent::Delta { .. }) = rx.recv().await {
            deltas += 1;
        }
    }
    let second = open_engine(
        &f.dir,
        &f.server.addr().to_string(),
        Arc::clone(&f.keys),
        Arc::new(SystemClock),
    )
    .await;
    let message = second.message(started.assistant_message_id).await.unwrap();
    assert_eq!(
        message.status,
        MessageStatus::Streaming,
        "the running answer is not taken over"
    );
    let held = second
        .budget_status(started.conversation_id)
        .await
        .unwrap()
        .month;
    assert!(held.reserved > Usd::ZERO, "its money stays held");
    assert_eq!(
        second.usage_summary(None).await.unwrap().calls,
        0,
        "nothing was settled for it"
    );
    f.engine.stop_turn(started.assistant_message_id);
    while let Some(ev) = rx.recv().await {
        if ev.is_final() {
            break;
        }
    }
    let usage = second.usage_summary(None).await.unwrap();
    assert_eq!(
        usage.calls, 1,
        "the turn is in the ledger once, settled by its own process"
    );
    assert_eq!(
        second
            .budget_status(started.conversation_id)
            .await
            .unwrap()
            .month
            .reserved,
        Usd::ZERO
    );
}

/// Before an update installs: a streaming turn blocks it until the user agrees to stop it;
/// then the turn's partial answer is stored, the database is copied beside itself with
/// every row, and the next start reports whether the new version is running.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_update_waits_for_turns_backs_up_the_database_and_checks_the_result() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, mut rx) = start_on(&f.engine, beta, "sb-slow").await;
    while !matches!(rx.recv().await, Some(TurnEvent::Delta { .. })) {}
    let refused = f
        .engine
        .prepare_for_update("0.1.0", "0.2.0", false)
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("still streaming"), "{refused}");
    let backup = f
        .engine
        .prepare_for_update("0.1.0", "0.2.0", true)
        .await
        .unwrap();
    let answer = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(
        answer.status,
        MessageStatus::Stopped,
        "the turn was stopped and stored first"
    );
    assert!(
        backup.starts_with(f.dir.path().join(sb_engine::BACKUP_DIR)),
        "{}",
        backup.display()
    );
    let copy = Store::open(&backup).unwrap();
    assert_eq!(
        copy.get_message(started.assistant_message_id)
            .unwrap()
            .content,
        answer.content,
        "the backup holds the stopped answer"
    );
    assert_eq!(
        copy.list_providers().unwrap().len(),
        2,
        "and every provider"
    );

    let outcome = f.engine.check_install_outcome("0.2.0").await.unwrap();
    assert!(
        matches!(outcome, Some(sb_engine::InstallOutcome::Updated { .. })),
        "{outcome:?}"
    );
    f.engine.acknowledge_update_outcome().await.unwrap();
    assert_eq!(
        f.engine.check_install_outcome("0.2.0").await.unwrap(),
        None,
        "reported once"
    );
}

/// A file whose pages are damaged past its header is found so by the engine's first reads
/// at open (its recovery of cut-off answers): the refusal names the file as damaged and
/// does not call it intact, so the app offers a backup or a fresh start, not a restart that
/// would fail the same way (from a review).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn damage_found_by_the_first_reads_at_open_is_said_as_damage() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(sb_engine::DB_FILE);
    {
        let store = Store::open(&path).unwrap();
        let conv = store.create_conversation("kept", 1).unwrap();
        for i in 0..200 {
            store
                .insert_message(
                    sb_store::NewMessage {
                        conversation_id: conv.id,
                        role: sb_core::Role::User,
                        content: format!("message {i} {}", "x".repeat(500)),
                        status: MessageStatus::Complete,
                        model: None,
                        provider: None,
                        parent: Default::default(),
                    },
                    2,
                )
                .unwrap();
        }
        store.checkpoint().unwrap();
    }
    // The root pages of the messages and reservations tables and their indexes zeroed: the
    // header, the schema and the other tables survive, so the store opens and the damage is
    // first met by the engine's own reads (which answers were cut off, which sessions hold
    // money).
    let (roots, page_size): (Vec<i64>, i64) = {
        let raw = rusqlite::Connection::open(&path).unwrap();
        let mut stmt = raw
            .prepare(
                "SELECT rootpage FROM sqlite_master
                 WHERE tbl_name IN ('messages', 'reservations') AND rootpage > 1",
            )
            .unwrap();
        let roots = stmt
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let size = raw
            .query_row("PRAGMA page_size", [], |row| row.get(0))
            .unwrap();
        (roots, size)
    };
    let mut bytes = std::fs::read(&path).unwrap();
    let page = usize::try_from(page_size).unwrap();
    for root in roots {
        let start = usize::try_from(root - 1).unwrap() * page;
        bytes[start..start + page].fill(0);
    }
    std::fs::write(&path, &bytes).unwrap();
    assert!(Store::open(&path).is_ok(), "the store itself still opens");

    let config = EngineConfig::new(
        dir.path().to_path_buf(),
        Arc::new(SystemClock),
        Arc::new(MemoryKeyStore::new()),
    );
    let err = match Engine::open(config).await {
        Ok(_) => panic!("a damaged file opened"),
        Err(e) => e,
    };
    assert!(!err.file_intact(), "damage is not called intact: {err:?}");
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string()) && text.contains("restore a backup"),
        "the message names the file and what to do: {text}"
    );
}
