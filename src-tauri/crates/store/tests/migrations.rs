//! Migrating real databases from every released schema version to the newest: each
//! fixture (written by `scripts/make-schema-fixtures.py` with the schema as that version
//! shipped it, and data in every table) must come through with every row and every
//! value it had, a copy of the old file taken first; a migration that fails must leave
//! the file exactly as it was and say so.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::Connection;
use sb_store::{Store, StoreError, SCHEMA_VERSION};

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("schema-v{version}.db"))
}

/// Each table's columns and rows (in rowid order), as the fixture's own schema has them.
type Tables = Vec<(String, Vec<String>, Vec<Vec<Value>>)>;

fn tables(conn: &Connection) -> Tables {
    let names: Vec<String> = conn
        // The search index's own tables are SQLite's business; the rows are the data.
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
        .into_iter()
        .map(|name| {
            let columns: Vec<String> = conn
                .prepare(&format!("PRAGMA table_info({name})"))
                .unwrap()
                .query_map([], |row| row.get(1))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let rows = rows_of(conn, &name, &columns);
            (name, columns, rows)
        })
        .collect()
}

fn rows_of(conn: &Connection, table: &str, columns: &[String]) -> Vec<Vec<Value>> {
    let sql = format!("SELECT {} FROM {table} ORDER BY rowid", columns.join(", "));
    let mut stmt = conn.prepare(&sql).unwrap();
    stmt.query_map([], |row| {
        (0..columns.len())
            .map(|i| row.get::<_, Value>(i))
            .collect::<Result<Vec<_>, _>>()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn user_version(conn: &Connection) -> i64 {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap()
}

/// A copy of the fixture in a fresh data folder, as a user's file would be.
fn install(version: i64) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("switchboard.db");
    std::fs::copy(fixture(version), &path).unwrap();
    (dir, path)
}

#[test]
fn every_released_schema_migrates_to_the_newest_with_every_row_intact() {
    for version in 1..=SCHEMA_VERSION {
        let (dir, path) = install(version);
        let before = tables(&Connection::open(&path).unwrap());
        assert!(
            before.iter().all(|(_, _, rows)| !rows.is_empty()),
            "fixture v{version} has data in every table"
        );

        let store = Store::open(&path).unwrap_or_else(|e| panic!("v{version}: {e}"));

        let conn = Connection::open(&path).unwrap();
        assert_eq!(
            user_version(&conn),
            SCHEMA_VERSION,
            "v{version} reached the newest"
        );
        for (table, columns, rows) in &before {
            assert_eq!(
                &rows_of(&conn, table, columns),
                rows,
                "v{version}: every row and value of {table} survives"
            );
        }
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(check, "ok", "v{version}: the migrated file is sound");
        // The data is usable through the store, not only present.
        assert_eq!(store.list_conversations().unwrap().len(), 3, "v{version}");
        assert!(store.list_messages(1).unwrap().len() >= 9, "v{version}");
        let path = store.active_path(1).unwrap();
        assert!(
            path.windows(2).all(|w| w[1].parent_id == Some(w[0].id)),
            "v{version}: the shown branch is a chain of parents"
        );
        assert_eq!(
            path.last().map(|m| m.id),
            store.active_leaf(1).unwrap(),
            "v{version}: it ends at the active leaf"
        );
        let hits = store.search("mem::take", 10).unwrap();
        assert_eq!(
            hits.len(),
            3,
            "v{version}: old messages are searchable (one per conversation): {hits:?}"
        );

        let copy = dir
            .path()
            .join("backups")
            .join(format!("before-schema-{SCHEMA_VERSION}-from-{version}.db"));
        if version < SCHEMA_VERSION {
            let old = Connection::open(&copy)
                .unwrap_or_else(|e| panic!("v{version}: no copy before the upgrade: {e}"));
            assert_eq!(
                user_version(&old),
                version,
                "the copy is the file as it was"
            );
            assert_eq!(tables(&old), before, "v{version}: the copy holds every row");
        } else {
            assert!(!copy.exists(), "nothing to upgrade, nothing copied");
        }
    }
}

#[test]
fn a_failed_migration_leaves_the_file_as_it_was_and_says_so() {
    let previous = SCHEMA_VERSION - 1;
    let (dir, path) = install(previous);
    {
        // A table holds the name of the index the newest migration creates (tables and
        // indexes share names), so that migration fails.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE conversations_by_order (x); INSERT INTO conversations_by_order VALUES (1);",
        )
        .unwrap();
    }
    let before = tables(&Connection::open(&path).unwrap());

    let err = Store::open(&path).unwrap_err();

    assert!(
        matches!(err, StoreError::Migration { from, to, .. } if from == previous && to == SCHEMA_VERSION),
        "got {err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string())
            && text.contains("left exactly as it was")
            && text.contains("a copy was saved at"),
        "the message says which file, that it is unchanged, and where the copy is: {text}"
    );
    let conn = Connection::open(&path).unwrap();
    assert_eq!(user_version(&conn), previous, "still at the old version");
    assert_eq!(tables(&conn), before, "every table exactly as it was");
    assert!(dir.path().join("backups").read_dir().unwrap().count() == 1);
}
