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

/// Every message's depth is its parent's plus one, or 0 when it has no parent (or its
/// parent is gone), counted here by walking the parents.
fn assert_depths_follow_parents(conn: &Connection, what: &str) {
    let rows: Vec<(i64, Option<i64>, i64)> = conn
        .prepare("SELECT id, parent_id, depth FROM messages")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let parents: std::collections::HashMap<i64, Option<i64>> =
        rows.iter().map(|(id, parent, _)| (*id, *parent)).collect();
    for (id, _, depth) in &rows {
        let mut walked = 0;
        let mut at = *id;
        while let Some(Some(parent)) = parents.get(&at) {
            if !parents.contains_key(parent) {
                break;
            }
            walked += 1;
            at = *parent;
        }
        assert_eq!(*depth, walked, "{what}: message {id}'s depth");
    }
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

        assert_eq!(
            sb_store::pending_upgrade(&path),
            (version < SCHEMA_VERSION).then_some(version),
            "v{version}: the header says whether opening will upgrade it"
        );
        let store = Store::open(&path).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(
            sb_store::pending_upgrade(&path),
            None,
            "v{version}: upgraded"
        );

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
        assert_depths_follow_parents(&conn, &format!("v{version}"));
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
        // Conversations already have the column the newest migration adds, so it fails.
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("ALTER TABLE conversations ADD COLUMN context_messages INTEGER;")
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

#[test]
fn depths_come_from_the_parents_for_long_chains_branches_and_lost_parents() {
    // v7 (before depths) with what a real history has and the fixture lacks: a chain of
    // 3,000 messages with a branch far down it, and messages whose parent is gone.
    let (_dir, path) = install(7);
    {
        let conn = Connection::open(&path).unwrap();
        // The search triggers call the app's text function; every text written or
        // deleted here is ASCII, which it leaves as it is.
        conn.create_scalar_function(
            "sb_search_text",
            1,
            rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC,
            |ctx| ctx.get::<Option<String>>(0),
        )
        .unwrap();
        conn.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
             INSERT INTO messages (conversation_id, role, content, status, created_at, updated_at)
                 SELECT 2, CASE i % 2 WHEN 1 THEN 'user' ELSE 'assistant' END,
                        'long ' || i, 'complete', i, i FROM n;
             UPDATE messages SET parent_id = id - 1
                 WHERE conversation_id = 2 AND content LIKE 'long %' AND content != 'long 1';
             UPDATE messages SET parent_id = (SELECT max(id) FROM messages WHERE conversation_id = 2
                                              AND parent_id IS NULL AND content NOT LIKE 'long %')
                 WHERE content = 'long 1';
             INSERT INTO messages (conversation_id, role, content, status, created_at, updated_at,
                                   parent_id)
                 SELECT 2, 'assistant', 'another answer', 'complete', 1, 1, parent_id
                 FROM messages WHERE content = 'long 2000';
             UPDATE conversations SET active_leaf = (SELECT max(id) FROM messages
                                                     WHERE content LIKE 'long %') WHERE id = 2;
             DELETE FROM messages WHERE conversation_id = 3 AND id = (
                 SELECT min(id) + 3 FROM messages WHERE conversation_id = 3);",
        )
        .unwrap();
    }

    let store = Store::open(&path).unwrap();

    let conn = Connection::open(&path).unwrap();
    assert_depths_follow_parents(&conn, "v7 with a long chain");
    let path = store.active_path(2).unwrap();
    assert!(path.len() > 3000, "the chain is on the shown branch");
    let leaf = *path.last().map(|m| &m.id).unwrap();
    let depth: i64 = conn
        .query_row("SELECT depth FROM messages WHERE id = ?1", [leaf], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(
        depth as usize,
        path.len() - 1,
        "the leaf's depth counts the branch"
    );
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM messages m WHERE m.parent_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM messages p WHERE p.id = m.parent_id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 1, "the test has a message whose parent is gone");
}

#[test]
fn only_an_older_database_is_reported_as_needing_an_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("switchboard.db");
    assert_eq!(sb_store::pending_upgrade(&path), None, "no file");
    std::fs::write(&path, b"").unwrap();
    assert_eq!(
        sb_store::pending_upgrade(&path),
        None,
        "an empty file is new"
    );
    std::fs::write(&path, vec![b'x'; 4096]).unwrap();
    assert_eq!(sb_store::pending_upgrade(&path), None, "not a database");
    let mut newer = std::fs::read(fixture(SCHEMA_VERSION)).unwrap();
    newer[60..64].copy_from_slice(&i32::try_from(SCHEMA_VERSION + 1).unwrap().to_be_bytes());
    std::fs::write(&path, newer).unwrap();
    assert_eq!(
        sb_store::pending_upgrade(&path),
        None,
        "a newer one is refused, not upgraded"
    );
}
