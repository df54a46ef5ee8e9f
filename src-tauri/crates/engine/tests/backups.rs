//! Backups: a daily copy when one is due (not twice a day), only the newest `keep`
//! kept, copies listed with their kind, and restoring one at the next start with the
//! replaced database kept aside; a damaged copy is refused before anything changes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use sb_core::FixedClock;
use sb_engine::{BackupKind, BackupSettings, Engine};
use sb_keys::MemoryKeyStore;
use tempfile::TempDir;

mod common;
use common::*;

const DAY: i64 = 86_400_000;

/// Gives the history one conversation titled `title` (through a second handle on the
/// same file, as `sb` would).
fn set_title(dir: &TempDir, title: &str) {
    let store = sb_store::Store::open(&dir.path().join(sb_engine::DB_FILE)).unwrap();
    match store.list_conversations().unwrap().first() {
        Some(c) => {
            store.rename_conversation(c.id, title, 2).unwrap();
        }
        None => {
            store.create_conversation(title, 1).unwrap();
        }
    }
}

async fn engine_at(dir: &TempDir, clock: &Arc<FixedClock>) -> Engine {
    open_engine(
        dir,
        "127.0.0.1:9",
        Arc::new(MemoryKeyStore::new()),
        clock.clone(),
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn daily_copies_are_taken_when_due_and_pruned_to_keep() {
    let dir = TempDir::new().unwrap();
    let clock = Arc::new(FixedClock::new(1_764_000_000_000));
    let engine = engine_at(&dir, &clock).await;
    engine
        .set_backup_settings(BackupSettings {
            daily: true,
            keep: 3,
        })
        .await
        .unwrap();
    assert!(
        engine.daily_backup().await.unwrap().is_some(),
        "none yet: one is taken"
    );
    clock.advance(DAY / 2);
    assert!(
        engine.daily_backup().await.unwrap().is_none(),
        "not twice a day"
    );
    for _ in 0..4 {
        clock.advance(DAY);
        assert!(engine.daily_backup().await.unwrap().is_some());
    }
    let list = engine.list_backups().await.unwrap();
    let daily: Vec<_> = list
        .iter()
        .filter(|b| b.kind == BackupKind::Daily)
        .collect();
    assert_eq!(daily.len(), 3, "only the newest three are kept: {list:?}");
    assert!(
        daily.windows(2).all(|w| w[0].created_at > w[1].created_at),
        "newest first"
    );
    assert!(
        engine
            .set_backup_settings(BackupSettings {
                daily: true,
                keep: 0
            })
            .await
            .is_err(),
        "keeping none is refused"
    );
    engine
        .set_backup_settings(BackupSettings {
            daily: false,
            keep: 3,
        })
        .await
        .unwrap();
    clock.advance(3 * DAY);
    assert!(engine.daily_backup().await.unwrap().is_none(), "turned off");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_restore_takes_effect_at_the_next_start_and_keeps_the_replaced_file() {
    let dir = TempDir::new().unwrap();
    let clock = Arc::new(FixedClock::new(1_764_000_000_000));
    let engine = engine_at(&dir, &clock).await;
    set_title(&dir, "before the backup");
    let copy = engine.backup_now().await.unwrap();
    assert_eq!(copy.kind, BackupKind::Manual);
    set_title(&dir, "after the backup");

    // A damaged copy is refused and nothing is recorded.
    let damaged = dir.path().join("backups").join("manual-1.db");
    std::fs::write(&damaged, b"SQLite format 3\0 but not really a database at all, padded to be long enough to have a header ....................................").unwrap();
    assert!(engine.request_restore("manual-1.db".into()).await.is_err());
    assert!(engine
        .request_restore("../switchboard.db".into())
        .await
        .is_err());

    engine.request_restore(copy.name.clone()).await.unwrap();
    drop(engine);
    clock.advance(1000);
    let reopened = engine_at(&dir, &clock).await;
    let titles: Vec<String> = reopened
        .list_conversations()
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(titles, ["before the backup"], "the copy is in place");
    let replaced = reopened
        .list_backups()
        .await
        .unwrap()
        .into_iter()
        .find(|b| b.kind == BackupKind::Replaced)
        .expect("the replaced database is kept");
    let kept = sb_store::Store::open(&dir.path().join("backups").join(&replaced.name)).unwrap();
    assert_eq!(
        kept.list_conversations().unwrap()[0].title,
        "after the backup"
    );
}

/// A database that cannot be opened is refused with the file and the fix named; the
/// recovery screen can set it aside (kept, listed) and start afresh, or restore a copy.
#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_database_can_be_set_aside_or_replaced_by_a_backup() {
    let dir = TempDir::new().unwrap();
    let clock = Arc::new(FixedClock::new(1_764_000_000_000));
    let engine = engine_at(&dir, &clock).await;
    set_title(&dir, "kept in the backup");
    let copy = engine.backup_now().await.unwrap();
    drop(engine);
    let db = dir.path().join(sb_engine::DB_FILE);
    std::fs::write(&db, vec![0x42u8; 8192]).unwrap();

    let config = sb_engine::EngineConfig::new(
        dir.path().to_path_buf(),
        clock.clone(),
        Arc::new(MemoryKeyStore::new()),
    );
    let Err(err) = Engine::open(config).await else {
        panic!("a damaged database must be refused");
    };
    let text = err.to_string();
    assert!(text.contains(&db.display().to_string()), "{text}");

    // Restore the copy through the recovery path (no engine needed).
    let backups = sb_engine::backups_in(dir.path());
    assert!(backups.iter().any(|b| b.name == copy.name));
    sb_engine::request_restore_in(dir.path(), &copy.name).unwrap();
    let restored = engine_at(&dir, &clock).await;
    let titles: Vec<String> = restored
        .list_conversations()
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.title)
        .collect();
    assert_eq!(titles, ["kept in the backup"]);
    drop(restored);

    // Or set the unusable file aside and start with an empty history.
    std::fs::write(&db, vec![0x42u8; 8192]).unwrap();
    let _ = std::fs::remove_file(dir.path().join("switchboard.db-wal"));
    let _ = std::fs::remove_file(dir.path().join("switchboard.db-shm"));
    let aside = sb_engine::set_aside_damaged(dir.path(), 1_764_000_500_000).unwrap();
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        vec![0x42u8; 8192],
        "kept as it was"
    );
    let fresh = engine_at(&dir, &clock).await;
    assert!(fresh.list_conversations().await.unwrap().is_empty());
    assert!(sb_engine::backups_in(dir.path())
        .iter()
        .any(|b| b.kind == BackupKind::Damaged));
}

/// A history left readable by others by an older build (folder 0755, database 0644) is
/// made the owner's alone when the engine opens it; a folder shared by design (sticky,
/// like /tmp) is left as it is.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread")]
async fn a_history_readable_by_others_is_made_private_at_start() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    let set = |p: &std::path::Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap()
    };
    let dir = TempDir::new().unwrap();
    let clock = Arc::new(FixedClock::new(1_764_000_000_000));
    drop(engine_at(&dir, &clock).await);
    let db = dir.path().join(sb_engine::DB_FILE);
    set(dir.path(), 0o755);
    set(&db, 0o644);
    let _engine = engine_at(&dir, &clock).await;
    assert_eq!(
        mode(dir.path()),
        0o700,
        "the folder is the owner's alone again"
    );
    assert_eq!(mode(&db), 0o600, "and so is the database");

    let shared = TempDir::new().unwrap();
    set(shared.path(), 0o1777);
    let _engine = engine_at(&shared, &clock).await;
    assert_eq!(
        mode(shared.path()),
        0o1777,
        "a shared (sticky) folder is left alone"
    );
    assert_eq!(
        mode(&shared.path().join(sb_engine::DB_FILE)),
        0o600,
        "the database in it is still private"
    );
}
