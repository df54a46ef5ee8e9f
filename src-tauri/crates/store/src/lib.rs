//! SQLite storage for Switchboard: providers, conversations, messages and settings.
//!
//! The API is synchronous and blocking; async callers run it on a blocking thread
//! (`tokio::task::spawn_blocking`). A [`Store`] owns one connection, is `Send` but not
//! `Sync`, so share it behind a mutex.
//!
//! Invariants:
//! - No secret is ever stored here. Providers only record `has_key`; keys live in the OS
//!   keyring (`sb-keys`).
//! - Nothing reads the clock: every timestamp is passed in as `now_ms` (Unix ms).
//! - Opening never damages a file it cannot use: a file that is not a SQLite database,
//!   or whose schema is newer than this build knows, is refused before anything is
//!   written to it.
//! - Every schema change is applied in a single transaction together with the new
//!   `PRAGMA user_version`, so a database is always at exactly one known version.

mod attachments;
mod backup;
mod calibration;
mod conversations;
mod error;
mod files;
mod import;
mod ledger;
mod messages;
mod providers;
mod reservations;
mod route_records;
mod routing;
mod schema;
mod search;
mod settings;
mod tree;
mod write;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use attachments::{FilesByMessage, NewAttachment};
pub use error::StoreError;
pub use import::{
    AnswerDetails, ConversationState, ImportOutcome, ImportedConversation, ImportedMessage,
};
pub use ledger::UsageEntry;
pub use messages::{FinishedMessage, NewMessage, Parent};
pub use reservations::{Caps, OrphanedReservation, Refused, ReservationId};
pub use routing::ConversationRouting;
pub use schema::SCHEMA_VERSION;
pub use search::{SearchHit, MARK_END, MARK_START};
pub use tree::Branch;

/// How long a statement waits for another connection's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The database handle. See the module docs for the threading and clock rules.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// The running process's session id (see [`Store::set_session`]); stamped on the
    /// answers it streams and the money it reserves.
    session: Option<String>,
    /// The database file, named in every error a user sees.
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to
    /// [`SCHEMA_VERSION`]. Missing parent directories are created.
    ///
    /// Fails with [`StoreError::TooNew`] or [`StoreError::Corrupt`] without modifying the
    /// file when it cannot be used.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            files::create_private_dir(dir)?;
        }
        if path.exists() {
            check_existing(path)?;
        }
        let side_files = files::side_files_present(path);
        match open_checked(path) {
            Ok(store) => {
                files::restrict(path);
                Ok(store)
            }
            Err(e) => {
                // Refusing a file must not leave traces beside it: remove the `-wal` and
                // `-shm` files this attempt created (never ones that were there before,
                // which may hold committed data).
                files::remove_new_side_files(path, side_files);
                Err(e)
            }
        }
    }

    /// A second handle on an existing database, for reading only: under WAL its reads
    /// never wait for the writer, so a search or a long history load cannot hold up
    /// the streaming writes of a turn (and SQLite refuses any write through it). Open
    /// it after [`Store::open`], which creates and upgrades the file.
    pub fn open_reader(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| classify(path, e))?;
        search::register(&conn).map_err(|e| classify(path, e))?;
        let found = schema::user_version(&conn).map_err(|e| classify(path, e))?;
        if found != SCHEMA_VERSION {
            // Only possible if another build changed the file since it was opened.
            schema::check_version(found, path)?;
            return Err(StoreError::Migration {
                path: path.to_path_buf(),
                from: found,
                to: SCHEMA_VERSION,
                detail: "the file is not at this build's schema; open it for writing first"
                    .to_owned(),
                backup: String::new(),
            });
        }
        Ok(Store {
            conn,
            session: None,
            path: path.to_path_buf(),
        })
    }

    /// Checks a copy of a database (a backup about to be restored) without changing it:
    /// a Switchboard database this build can open, that SQLite finds sound.
    pub fn verify_copy(path: &Path) -> Result<(), StoreError> {
        check_existing(path)?;
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        let verdict: String = conn
            .query_row("PRAGMA quick_check", [], |row| row.get(0))
            .map_err(|e| classify(path, e))?;
        if verdict != "ok" {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: verdict,
            });
        }
        Ok(())
    }

    /// A private, empty database that vanishes when dropped. For tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        schema::migrate(&mut conn, Path::new(":memory:"), None)?;
        Ok(Store {
            conn,
            session: None,
            path: PathBuf::from(":memory:"),
        })
    }

    /// Names the process using this handle. Answers it starts streaming and money it
    /// reserves carry the name, so another process opening the same database (the app
    /// and `sb`, or two `sb`s) can tell a live turn from one whose process died, and
    /// recovers only the latter.
    pub fn set_session(&mut self, session: String) {
        self.session = Some(session);
    }

    /// Sessions with unfinished work: answers still streaming, or reservations held.
    pub fn sessions_with_open_turns(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT owner FROM messages WHERE status = 'streaming' AND owner IS NOT NULL
             UNION SELECT owner FROM reservations WHERE owner IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Opens a file that passed [`check_existing`] (or does not exist yet) for reading and
/// writing, and brings its schema up to date, after a copy when it has data to upgrade.
fn open_checked(path: &Path) -> Result<Store, StoreError> {
    let mut conn = Connection::open(path).map_err(|e| classify(path, e))?;
    // SQLite quietly falls back to read-only when the file or its volume cannot be
    // written; the app cannot work like that (every session writes), so say so now,
    // naming the file, instead of failing later somewhere less clear.
    if conn
        .is_readonly(rusqlite::MAIN_DB)
        .map_err(|e| classify(path, e))?
    {
        return Err(StoreError::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    configure(&conn).map_err(|e| classify(path, e))?;
    let found = schema::user_version(&conn).map_err(|e| classify(path, e))?;
    schema::check_version(found, path)?;
    let backup = if found > 0 && found < SCHEMA_VERSION {
        Some(files::pre_migration_copy(&conn, path, found)?)
    } else {
        None
    };
    schema::migrate(&mut conn, path, backup.as_deref())?;
    Ok(Store {
        conn,
        session: None,
        path: path.to_path_buf(),
    })
}

/// The schema version an existing database file is at, when it is older than this
/// build's and will be upgraded when it is opened (a copy taken first): read from the
/// file's header without opening it, so the app can say so while the upgrade runs.
/// `None` for no file, a new or current one, or one that is not a database. (A version
/// committed but still only in the write-ahead log reads as the one before it.)
pub fn pending_upgrade(path: &Path) -> Option<i64> {
    let header = files::read_header(path).ok()??;
    if !header.starts_with(b"SQLite format 3\0") {
        return None;
    }
    let found = i64::from(i32::from_be_bytes([
        header[60], header[61], header[62], header[63],
    ]));
    (found > 0 && found < SCHEMA_VERSION).then_some(found)
}

/// Validates an existing file by reading its header bytes, without SQLite, so that
/// refusing it can never write to it or create files beside it. Deeper damage is found
/// when the file is opened, and the traces of that attempt are removed (see `open`).
fn check_existing(path: &Path) -> Result<(), StoreError> {
    let header = files::read_header(path)?;
    let Some(header) = header else {
        // An empty file is an empty database (SQLite writes the header on first use).
        return Ok(());
    };
    if !header.starts_with(b"SQLite format 3\0") {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: "the file is not an SQLite database".to_owned(),
        });
    }
    // `PRAGMA user_version` is the big-endian 32-bit integer at byte 60 of the header.
    let found = i32::from_be_bytes([header[60], header[61], header[62], header[63]]);
    schema::check_version(i64::from(found), path).map(|_| ())
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // Set first: switching to WAL may itself have to wait for another connection.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    search::register(conn)?;
    // In-memory databases answer "memory"; a file that cannot use WAL (some network
    // file systems) keeps its old mode, which is slower but still correct.
    let mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if mode != "wal" && mode != "memory" {
        tracing::warn!(%mode, "SQLite could not switch to WAL; continuing in this mode");
    }
    // NORMAL is durable in WAL mode except for the last commits before a power loss.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Turns SQLite's answers about the file itself (damaged, not a database, disk full,
/// read-only) into errors that name the file and say what to do.
fn classify(path: &Path, err: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    // Growing the `-shm` index fails this way when the volume is full: opening a WAL
    // database whose side files were removed at the last close has to create it again.
    if err.sqlite_extended_error_code() == Some(rusqlite::ffi::SQLITE_IOERR_SHMSIZE) {
        return StoreError::DiskFull {
            path: path.to_path_buf(),
        };
    }
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: err.to_string(),
        },
        Some(ErrorCode::DiskFull) => StoreError::DiskFull {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            StoreError::ReadOnly {
                path: path.to_path_buf(),
            }
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy {
            path: path.to_path_buf(),
        },
        _ => StoreError::Sqlite(err),
    }
}

impl Store {
    /// The same error, naming this store's file and what to do when the file itself is
    /// the problem (full disk, read-only, damaged). The engine passes every error
    /// through this before a person sees it.
    pub fn explain(&self, err: StoreError) -> StoreError {
        match err {
            StoreError::Sqlite(e) => classify(&self.path, e),
            other => other,
        }
    }

    /// The database file (`:memory:` for a test store).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Maps a row-affecting statement's "no row matched" into [`StoreError::NotFound`].
fn require_row<T>(row: Option<T>, what: &'static str, id: i64) -> Result<T, StoreError> {
    row.ok_or(StoreError::NotFound { what, id })
}

/// Builds a conversion error for a stored text value this build does not recognise.
fn unknown_value(column: usize, value: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        column,
        rusqlite::types::Type::Text,
        Box::new(UnknownValue(value)),
    )
}

#[derive(Debug, thiserror::Error)]
#[error("unknown stored value \"{0}\"")]
struct UnknownValue(String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_reported_with_the_file_and_loses_nothing_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sb.db");
        let store = Store::open(&path).unwrap();
        let kept = store.create_conversation("kept", 1).unwrap();
        // SQLite answers SQLITE_FULL when a write needs a page past this limit: the same
        // error a full disk gives, reached through the same code paths.
        let pages: i64 = store
            .conn
            .pragma_query_value(None, "page_count", |row| row.get(0))
            .unwrap();
        store
            .conn
            .pragma_update(None, "max_page_count", pages)
            .unwrap();
        let err = store
            .write(|s| {
                let c = s.create_conversation("lost", 2)?;
                s.set_setting("big", &"x".repeat(1 << 20))?;
                Ok(c)
            })
            .map_err(|e| store.explain(e))
            .unwrap_err();
        assert!(matches!(err, StoreError::DiskFull { .. }), "got {err:?}");
        let text = err.to_string();
        assert!(
            text.contains(&path.display().to_string()) && text.contains("Free some disk space"),
            "names the file and the fix: {text}"
        );
        let titles: Vec<String> = store
            .list_conversations()
            .unwrap()
            .into_iter()
            .map(|c| c.title)
            .collect();
        assert_eq!(
            titles,
            vec![kept.title],
            "the failed unit left nothing behind"
        );
    }

    #[test]
    fn a_read_only_file_is_reported_with_the_file_and_the_fix() {
        let store = Store::open_in_memory().unwrap();
        let err = store.explain(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
            None,
        )));
        assert!(matches!(err, StoreError::ReadOnly { .. }), "got {err:?}");
        assert!(err.to_string().contains("writable"), "{err}");
    }

    /// A sound file another process holds (a large import writes in one unit) past the
    /// busy timeout: named, said to be in use, and not called damaged (from a review).
    #[test]
    fn a_file_held_by_another_writer_is_busy_not_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("switchboard.db");
        drop(Store::open(&path).unwrap());
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let err = Store::open(&path).map(|_| ()).unwrap_err();
        other.execute_batch("ROLLBACK").unwrap();
        assert!(matches!(err, StoreError::Busy { .. }), "got {err:?}");
        assert!(
            err.to_string()
                .contains("switchboard.db is busy: another Switchboard or `sb` is writing to it"),
            "{err}"
        );
        assert!(err.file_intact(), "{err}");
        assert!(Store::open(&path).is_ok(), "free again, it opens");
        let damaged = StoreError::Corrupt {
            path: path.clone(),
            detail: "file is not a database".into(),
        };
        assert!(!damaged.file_intact(), "a damaged file is not intact");
        let unsaid = StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            None,
        ));
        assert!(!unsaid.file_intact(), "nor is damage not yet said as such");
    }

    #[test]
    fn a_shm_index_that_cannot_grow_is_reported_as_a_full_disk() {
        let store = Store::open_in_memory().unwrap();
        let err = store.explain(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR_SHMSIZE),
            None,
        )));
        assert!(matches!(err, StoreError::DiskFull { .. }), "got {err:?}");
    }

    #[test]
    fn in_memory_store_has_foreign_keys_on() {
        let store = Store::open_in_memory().unwrap();
        let on: bool = store
            .conn
            .pragma_query_value(None, "foreign_keys", |row| row.get(0))
            .unwrap();
        assert!(on, "cascading deletes rely on foreign keys being enforced");
    }

    #[test]
    fn file_store_uses_wal_and_normal_sync() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("nested/dir/sb.db")).unwrap();
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |row| row.get(0))
            .unwrap();
        assert_eq!(
            mode, "wal",
            "WAL lets readers and the streaming writer overlap"
        );
        let sync: i64 = store
            .conn
            .pragma_query_value(None, "synchronous", |row| row.get(0))
            .unwrap();
        assert_eq!(sync, 1, "synchronous must be NORMAL (1)");
        let timeout: i64 = store
            .conn
            .pragma_query_value(None, "busy_timeout", |row| row.get(0))
            .unwrap();
        assert_eq!(
            timeout, 5000,
            "a second handle must wait, not fail, on a lock"
        );
    }
}
