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
mod ledger;
mod messages;
mod providers;
mod reservations;
mod route_records;
mod routing;
mod schema;
mod settings;
mod write;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

pub use attachments::{FilesByMessage, NewAttachment};
pub use error::StoreError;
pub use ledger::UsageEntry;
pub use messages::{FinishedMessage, NewMessage};
pub use reservations::{Caps, OrphanedReservation, Refused, ReservationId};
pub use routing::ConversationRouting;
pub use schema::SCHEMA_VERSION;

/// How long a statement waits for another connection's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The database handle. See the module docs for the threading and clock rules.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// The running process's session id (see [`Store::set_session`]); stamped on the
    /// answers it streams and the money it reserves.
    session: Option<String>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to
    /// [`SCHEMA_VERSION`]. Missing parent directories are created.
    ///
    /// Fails with [`StoreError::TooNew`] or [`StoreError::Corrupt`] without modifying the
    /// file when it cannot be used.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        if path.exists() {
            check_existing(path)?;
        }
        let mut conn = Connection::open(path).map_err(|e| classify(path, e))?;
        configure(&conn).map_err(|e| classify(path, e))?;
        schema::migrate(&mut conn, path)?;
        Ok(Store {
            conn,
            session: None,
        })
    }

    /// A private, empty database that vanishes when dropped. For tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        schema::migrate(&mut conn, Path::new(":memory:"))?;
        Ok(Store {
            conn,
            session: None,
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

/// Validates an existing file through a read-only connection, so that refusing it can
/// never write to it (a read-write connection could, e.g. by checkpointing a WAL on
/// close).
fn check_existing(path: &Path) -> Result<(), StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(path, e))?;
    // Reading the header is what makes SQLite notice a file that is not a database.
    let found = schema::user_version(&conn).map_err(|e| classify(path, e))?;
    schema::check_version(found, path).map(|_| ())
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // Set first: switching to WAL may itself have to wait for another connection.
    conn.busy_timeout(BUSY_TIMEOUT)?;
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

/// Turns SQLite's "this is not a (healthy) database" answers into [`StoreError::Corrupt`].
fn classify(path: &Path, err: rusqlite::Error) -> StoreError {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
            StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: err.to_string(),
            }
        }
        _ => StoreError::Sqlite(err),
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
