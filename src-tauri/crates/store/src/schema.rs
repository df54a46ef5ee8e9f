//! Schema migrations, versioned by `PRAGMA user_version`.
//!
//! `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`; each is a file in
//! `migrations/`, named by its version and what it is for, its header saying why. The
//! list is append-only: a released migration is never edited, a change is a new file
//! at the end. All pending migrations and the new version number are committed in one
//! transaction, so a crash leaves the database at its old version, never half-way.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::{classify, StoreError};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001-base.sql"),
    include_str!("migrations/002-budgets.sql"),
    include_str!("migrations/003-token-calibration.sql"),
    include_str!("migrations/004-turn-pipeline.sql"),
    include_str!("migrations/005-providers-and-attachments.sql"),
    include_str!("migrations/006-history.sql"),
    include_str!("migrations/007-sidebar-order.sql"),
    include_str!("migrations/008-message-depths.sql"),
    include_str!("migrations/009-context-limit.sql"),
];

/// The schema version this build writes and understands.
// The list has a handful of entries, far below i64::MAX, so the cast is lossless.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Refuses versions this build cannot handle and returns how many migrations the
/// database already has; `path` only names the file in the error.
pub(crate) fn check_version(found: i64, path: &Path) -> Result<usize, StoreError> {
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    usize::try_from(found).map_err(|_| StoreError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("schema version {found} is not one Switchboard ever writes"),
    })
}

/// Applies every pending migration. The version is re-read inside an IMMEDIATE
/// transaction because another process may have migrated since the file was checked.
/// `backup` names the copy taken before, for the error if the upgrade fails.
pub(crate) fn migrate(
    conn: &mut Connection,
    path: &Path,
    backup: Option<&Path>,
) -> Result<(), StoreError> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| classify(path, e))?;
    let found = user_version(&tx).map_err(|e| classify(path, e))?;
    let applied = check_version(found, path)?;
    if applied == MIGRATIONS.len() {
        return Ok(());
    }
    let failed = |e: rusqlite::Error| match classify(path, e) {
        StoreError::Sqlite(e) => StoreError::Migration {
            path: path.to_path_buf(),
            from: found,
            to: SCHEMA_VERSION,
            detail: e.to_string(),
            backup: backup
                .map(|b| format!(", and a copy was saved at {}", b.display()))
                .unwrap_or_default(),
        },
        other => other,
    };
    for sql in &MIGRATIONS[applied..] {
        tx.execute_batch(sql).map_err(failed)?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(failed)?;
    // Dropping the transaction on any error above rolls every migration back.
    tx.commit().map_err(failed)?;
    // An upgrade may rewrite most of the file (v8 gives every message its depth): copied
    // into the file now, the log does not stay that large on disk, and the header says the
    // new version (`pending_upgrade` reads it). Best effort: another process reading may
    // hold it back, and the data is safe in the log either way.
    let checkpoint = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| {
        row.get::<_, i64>(0)
    });
    if !matches!(checkpoint, Ok(0)) {
        tracing::info!(
            ?checkpoint,
            "the upgraded database's log was not copied in yet"
        );
    }
    tracing::info!(
        from = found,
        to = SCHEMA_VERSION,
        "database schema migrated"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Released migrations are never edited (a change is a new one): their statements,
    /// comments aside, must keep these FNV-1a hashes. A failure here means a released
    /// migration changed; add a new file instead.
    #[test]
    fn released_migrations_are_never_edited() {
        const RELEASED: [u64; 9] = [
            0x1fb97f89_76fb989f,
            0xbd69ed2c_dabec142,
            0x2bb2cb87_5a1e1a1f,
            0xe408b07e_45396b9f,
            0x3445920f_d2b06e50,
            0x49d5427b_16015676,
            0x9a28da2f_65a5431e,
            0xfc0d51c6_73a23e6c,
            0xe6d75321_79230476,
        ];
        fn fnv(bytes: &[u8]) -> u64 {
            bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
                (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
            })
        }
        for (i, (sql, want)) in MIGRATIONS.iter().zip(RELEASED).enumerate() {
            let statements: String = sql
                .replace('\r', "")
                .split('\n')
                .filter(|l| !l.starts_with("--"))
                .map(|l| format!("{l}\n"))
                .collect();
            assert_eq!(
                fnv(statements.as_bytes()),
                want,
                "migration v{} was edited",
                i + 1
            );
        }
    }

    fn table_names(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
            .unwrap();
        stmt.query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn migrating_from_zero_reaches_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::search::register(&conn).unwrap();
        assert_eq!(
            user_version(&conn).unwrap(),
            0,
            "a new database starts at 0"
        );
        migrate(&mut conn, Path::new("mem"), None).unwrap();
        assert_eq!(
            user_version(&conn).unwrap(),
            SCHEMA_VERSION,
            "migration must record the version it reached"
        );
        assert_eq!(SCHEMA_VERSION, 9, "this build ships schema v9");
        assert_eq!(
            table_names(&conn),
            [
                "attachments",
                "conversations",
                "messages",
                "providers",
                "reservations",
                "route_records",
                "settings",
                "token_calibration",
                "usage_ledger"
            ],
            "v1 to v6 create exactly these tables (besides the search index)"
        );
        let index: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'messages_by_conversation'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(
            index, 1,
            "listing a conversation's messages needs the index"
        );
    }

    #[test]
    fn migrating_an_up_to_date_database_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::search::register(&conn).unwrap();
        migrate(&mut conn, Path::new("mem"), None).unwrap();
        conn.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')", [])
            .unwrap();
        migrate(&mut conn, Path::new("mem"), None).unwrap();
        assert_eq!(
            user_version(&conn).unwrap(),
            SCHEMA_VERSION,
            "version is stable"
        );
        let value: String = conn
            .query_row("SELECT value FROM settings WHERE key = 'k'", [], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(value, "v", "re-running migrations must keep existing data");
    }

    #[test]
    fn a_failing_migration_leaves_the_version_untouched() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::search::register(&conn).unwrap();
        // A table the v1 migration wants to create already exists, so v1 fails.
        conn.execute_batch("CREATE TABLE settings (x)").unwrap();
        let err = migrate(&mut conn, Path::new("mem"), None).unwrap_err();
        assert!(matches!(err, StoreError::Migration { .. }), "got {err:?}");
        assert_eq!(
            user_version(&conn).unwrap(),
            0,
            "a failed migration must roll back"
        );
        assert_eq!(
            table_names(&conn),
            ["settings"],
            "no table of the failed migration may survive"
        );
    }

    #[test]
    fn versions_outside_the_known_range_are_refused() {
        let err = check_version(SCHEMA_VERSION + 1, Path::new("x.db")).unwrap_err();
        assert!(matches!(err, StoreError::TooNew { .. }), "got {err:?}");
        let err = check_version(-1, Path::new("x.db")).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "got {err:?}");
        assert_eq!(
            check_version(0, Path::new("x.db")).unwrap(),
            0,
            "0 is a fresh database with nothing applied"
        );
    }
}
