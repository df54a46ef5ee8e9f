//! Rolling backups of the history database, and restoring one.
//!
//! A daily copy is taken when the engine opens (and the app calls
//! [`Engine::daily_backup`] again while it runs) if the newest is older than a day; the
//! newest `keep` daily copies are kept (setting, default 7). Copies are also taken
//! before every schema upgrade (by the store) and every update (see `updates.rs`); all
//! live in `backups/` beside the database and are listed together.
//!
//! Restoring replaces the database, which cannot happen under an open connection: the
//! request is recorded (after the copy is checked), and the next start moves the current
//! file aside into `backups/` (never deleting it) and puts the copy in its place.
//!
//! Invariants: a copy is written by `VACUUM INTO` through a reading connection of its
//! own (it never blocks a streaming turn's writes, nor searches and page loads) to a temporary name, then renamed; no backup file is
//! ever overwritten; restoring never loses the file it replaces.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::updates::BACKUP_DIR;
use crate::{Engine, EngineError, DB_FILE};

/// Settings key of [`BackupSettings`].
const SETTINGS_KEY: &str = "backups";
/// File in the data folder naming the backup to restore at the next start.
const RESTORE_REQUEST: &str = "restore-request";
const DAY_MS: i64 = 86_400_000;

/// How backups are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupSettings {
    /// Take a copy each day.
    pub daily: bool,
    /// How many daily copies to keep (1–365).
    pub keep: u32,
}

impl Default for BackupSettings {
    fn default() -> Self {
        BackupSettings {
            daily: true,
            keep: 7,
        }
    }
}

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    Daily,
    BeforeUpdate,
    BeforeUpgrade,
    /// The database a restore replaced, kept aside.
    Replaced,
    /// A database that could not be opened, set aside to start afresh.
    Damaged,
    Manual,
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupInfo {
    /// File name inside the backups folder (what restore takes).
    pub name: String,
    pub kind: BackupKind,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number")]
    pub size: u64,
}

fn kind_of(name: &str) -> Option<BackupKind> {
    if !name.ends_with(".db") {
        return None;
    }
    Some(if name.starts_with("daily-") {
        BackupKind::Daily
    } else if name.starts_with("manual-") {
        BackupKind::Manual
    } else if name.starts_with("replaced-") {
        BackupKind::Replaced
    } else if name.starts_with("damaged-") {
        BackupKind::Damaged
    } else if name.starts_with("before-schema-") {
        BackupKind::BeforeUpgrade
    } else if name.contains("-before-") {
        BackupKind::BeforeUpdate
    } else {
        return None;
    })
}

/// The time in a backup's name (`…-<ms>.db`), else the file's modification time.
fn created_of(path: &Path) -> i64 {
    let from_name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.rsplit('-').next())
        .and_then(|ms| ms.parse::<i64>().ok())
        .filter(|ms| *ms > 1_000_000_000_000);
    from_name.unwrap_or_else(|| {
        std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .and_then(|d| i64::try_from(d.as_millis()).ok())
            .unwrap_or(0)
    })
}

fn list_in(dir: &Path) -> Vec<BackupInfo> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<BackupInfo> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_owned();
            let kind = kind_of(&name)?;
            let path = e.path();
            Some(BackupInfo {
                size: e.metadata().ok()?.len(),
                created_at: created_of(&path),
                kind,
                name,
            })
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.created_at));
    out
}

fn invalid(message: impl Into<String>) -> EngineError {
    EngineError::InvalidInput {
        message: message.into(),
    }
}

/// At start, before the database is opened: carries out a recorded restore. The current
/// file (with its write-ahead log) moves into `backups/` as `replaced-<now>.db`; the copy
/// takes its place. Returns the restored backup's name.
pub(crate) fn apply_pending_restore(
    data_dir: &Path,
    now: i64,
) -> Result<Option<String>, EngineError> {
    let request = data_dir.join(RESTORE_REQUEST);
    let Ok(name) = std::fs::read_to_string(&request) else {
        return Ok(None);
    };
    let name = name.trim().to_owned();
    let dir = data_dir.join(BACKUP_DIR);
    let source = dir.join(&name);
    if kind_of(&name).is_none() || name.contains(['/', '\\']) || !source.is_file() {
        let _ = std::fs::remove_file(&request);
        tracing::warn!(name, "the backup to restore is gone; nothing was restored");
        return Ok(None);
    }
    let db = data_dir.join(DB_FILE);
    let io =
        |what: &str, e: std::io::Error| invalid(format!("Could not restore {name}: {what} ({e})."));
    if db.exists() {
        let aside = dir.join(format!("replaced-{now}.db"));
        std::fs::rename(&db, &aside).map_err(|e| io("moving the current database aside", e))?;
        for suffix in ["-wal", "-shm"] {
            let mut side = db.as_os_str().to_owned();
            side.push(suffix);
            let mut side_aside = aside.as_os_str().to_owned();
            side_aside.push(suffix);
            let _ = std::fs::rename(PathBuf::from(side), PathBuf::from(side_aside));
        }
    }
    std::fs::copy(&source, &db).map_err(|e| io("copying the backup", e))?;
    std::fs::remove_file(&request).map_err(|e| io("clearing the request", e))?;
    tracing::warn!(name, "database restored from a backup");
    Ok(Some(name))
}

impl Engine {
    fn backup_dir(&self) -> PathBuf {
        self.inner.data_dir.join(BACKUP_DIR)
    }

    pub async fn backup_settings(&self) -> Result<BackupSettings, EngineError> {
        let raw = self.read(|s| s.get_setting(SETTINGS_KEY)).await?;
        Ok(raw
            .and_then(|r| serde_json::from_str(&r).ok())
            .unwrap_or_default())
    }

    pub async fn set_backup_settings(&self, settings: BackupSettings) -> Result<(), EngineError> {
        if !(1..=365).contains(&settings.keep) {
            return Err(invalid("Keep between 1 and 365 daily backups."));
        }
        let json = serde_json::to_string(&settings).map_err(|e| EngineError::Internal {
            message: format!("cannot encode backup settings: {e}"),
        })?;
        self.db(move |s| s.set_setting(SETTINGS_KEY, &json)).await?;
        self.prune_daily(settings.keep);
        Ok(())
    }

    /// Every backup, newest first.
    pub async fn list_backups(&self) -> Result<Vec<BackupInfo>, EngineError> {
        let dir = self.backup_dir();
        Ok(tokio::task::spawn_blocking(move || list_in(&dir)).await?)
    }

    /// Takes a copy now (`manual-<now>.db`).
    pub async fn backup_now(&self) -> Result<BackupInfo, EngineError> {
        self.take_backup("manual").await
    }

    /// Takes the day's copy if daily backups are on and the newest is a day old (or
    /// there is none), then keeps only the newest `keep`. Returns the new copy, if any.
    pub async fn daily_backup(&self) -> Result<Option<BackupInfo>, EngineError> {
        let settings = self.backup_settings().await?;
        if !settings.daily {
            return Ok(None);
        }
        let now = self.now();
        let newest = self
            .list_backups()
            .await?
            .into_iter()
            .find(|b| b.kind == BackupKind::Daily);
        if newest.is_some_and(|b| now - b.created_at < DAY_MS) {
            return Ok(None);
        }
        let taken = self.take_backup("daily").await?;
        self.prune_daily(settings.keep);
        Ok(Some(taken))
    }

    async fn take_backup(&self, prefix: &str) -> Result<BackupInfo, EngineError> {
        let now = self.now();
        let name = format!("{prefix}-{now}.db");
        let dest = self.backup_dir().join(&name);
        let target = dest.clone();
        // VACUUM INTO reads one consistent snapshot, so a reading connection can take
        // it without holding up the writer; one of its own, as the copy of a large
        // history takes seconds.
        self.read_apart(move |s| s.backup_to(&target).map_err(|e| s.explain(e).into()))
            .await?;
        let size = std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0);
        tracing::info!(name, "database backed up");
        Ok(BackupInfo {
            name,
            kind: kind_of(&format!("{prefix}-x.db")).unwrap_or(BackupKind::Manual),
            created_at: now,
            size,
        })
    }

    /// Keeps the newest `keep` daily copies; a failure to remove one is logged.
    fn prune_daily(&self, keep: u32) {
        let daily: Vec<BackupInfo> = list_in(&self.backup_dir())
            .into_iter()
            .filter(|b| b.kind == BackupKind::Daily)
            .collect();
        for old in daily
            .iter()
            .skip(usize::try_from(keep).unwrap_or(usize::MAX))
        {
            let path = self.backup_dir().join(&old.name);
            if let Err(e) = std::fs::remove_file(&path) {
                tracing::warn!(path = %path.display(), error = %e, "could not remove an old backup");
            }
        }
    }

    /// Checks `name` is a readable Switchboard database and records it to be restored at
    /// the next start (the app restarts to do it; the current file is kept aside).
    pub async fn request_restore(&self, name: String) -> Result<(), EngineError> {
        let data_dir = self.inner.data_dir.clone();
        tokio::task::spawn_blocking(move || request_restore_in(&data_dir, &name)).await?
    }
}

/// The backups in a data folder, newest first (works when the database cannot be
/// opened: the app offers them on its recovery screen).
pub fn backups_in(data_dir: &Path) -> Vec<BackupInfo> {
    list_in(&data_dir.join(BACKUP_DIR))
}

/// Checks a backup and records it to be restored at the next start.
pub fn request_restore_in(data_dir: &Path, name: &str) -> Result<(), EngineError> {
    if kind_of(name).is_none() || name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(invalid(format!("{name} is not one of the backups.")));
    }
    let path = data_dir.join(BACKUP_DIR).join(name);
    // An older schema is fine: it is upgraded (after a copy) when opened.
    sb_store::Store::verify_copy(&path)
        .map_err(|e| invalid(format!("{name} cannot be restored: {e}")))?;
    std::fs::write(data_dir.join(RESTORE_REQUEST), name)
        .map_err(|e| invalid(format!("Cannot record the restore: {e}.")))
}

/// Moves a database that cannot be opened (with its side files) into `backups/` as
/// `damaged-<now>.db`, so the next start begins with an empty history. Nothing is
/// deleted. Returns where it went.
pub fn set_aside_damaged(data_dir: &Path, now: i64) -> Result<PathBuf, EngineError> {
    let dir = data_dir.join(BACKUP_DIR);
    std::fs::create_dir_all(&dir)
        .map_err(|e| invalid(format!("Cannot create {}: {e}.", dir.display())))?;
    let db = data_dir.join(DB_FILE);
    let aside = dir.join(format!("damaged-{now}.db"));
    std::fs::rename(&db, &aside)
        .map_err(|e| invalid(format!("Cannot move {} aside: {e}.", db.display())))?;
    for suffix in ["-wal", "-shm"] {
        let mut side = db.as_os_str().to_owned();
        side.push(suffix);
        let mut side_aside = aside.as_os_str().to_owned();
        side_aside.push(suffix);
        let _ = std::fs::rename(PathBuf::from(side), PathBuf::from(side_aside));
    }
    tracing::warn!(to = %aside.display(), "a database that could not be opened was set aside");
    Ok(aside)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::sync::Arc;
    use std::time::Duration;

    use sb_core::FixedClock;
    use sb_keys::MemoryKeyStore;

    use crate::{Engine, EngineConfig, ExportKind};

    /// The long jobs must not wait on the shared reading connection: here a search or a
    /// page load holds it (as it would, for the whole copy, if they shared it), and a
    /// backup and an export of everything still finish.
    // Holding the lock across the jobs is the point: it stands for a long read.
    #[allow(clippy::await_holding_lock)]
    #[tokio::test(flavor = "multi_thread")]
    async fn a_backup_and_an_export_do_not_wait_for_the_shared_reader() {
        let dir = tempfile::TempDir::new().unwrap();
        let config = EngineConfig::new(
            dir.path().to_path_buf(),
            Arc::new(FixedClock::new(1_764_000_000_000)),
            Arc::new(MemoryKeyStore::new()),
        );
        let engine = Engine::open(config).await.unwrap();
        engine
            .db(|s| s.create_conversation("kept", 1).map(|_| ()))
            .await
            .unwrap();
        let held = engine.inner.reader.lock().unwrap();
        let out = dir.path().join("all.json");
        let jobs = async {
            let copy = engine.backup_now().await.unwrap();
            let summary = engine
                .export(None, ExportKind::Json, out.clone())
                .await
                .unwrap();
            (copy, summary)
        };
        let (copy, summary) = tokio::time::timeout(Duration::from_secs(10), jobs)
            .await
            .expect("a backup or an export waited for the shared reading connection");
        drop(held);
        assert!(copy.size > 0);
        assert_eq!(summary.conversations, 1);
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        assert_eq!(json["conversations"][0]["title"], "kept");
    }
}
