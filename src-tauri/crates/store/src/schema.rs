//! Schema migrations, versioned by `PRAGMA user_version`.
//!
//! `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`. The list is append-only:
//! a released migration is never edited, a change is a new entry at the end. All pending
//! migrations and the new version number are committed in one transaction, so a crash
//! leaves the database at its old version, never half-way.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::{classify, StoreError};

const MIGRATIONS: &[&str] = &[
    // v1. AUTOINCREMENT keeps ids from being reused after a delete, so a stale id held
    // by the UI (or a keyring entry named after a provider id) never reaches a new row.
    "
    CREATE TABLE providers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        base_url TEXT NOT NULL,
        default_model TEXT NOT NULL,
        has_key INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
        content TEXT NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('streaming', 'complete', 'stopped', 'interrupted', 'error')),
        model TEXT,
        provider TEXT,
        input_tokens INTEGER,
        output_tokens INTEGER,
        error_code TEXT,
        error_message TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK ((input_tokens IS NULL) = (output_tokens IS NULL)),
        CHECK ((error_code IS NULL) = (error_message IS NULL))
    );
    CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    ",
    // v2. Routing and budgets. Money is integer nano-dollars. The usage ledger has no
    // foreign keys and refuses updates and deletes, so spend history outlives the
    // conversations it came from. Reservations hold money for turns in flight.
    "
    ALTER TABLE providers ADD COLUMN vendor TEXT;
    ALTER TABLE conversations ADD COLUMN budget_cap INTEGER CHECK (budget_cap >= 0);
    ALTER TABLE conversations ADD COLUMN budget_mode TEXT CHECK (budget_mode IN ('soft', 'hard'));
    ALTER TABLE conversations ADD COLUMN quality TEXT
        CHECK (quality IN ('cheapest', 'balanced', 'best'));
    ALTER TABLE conversations ADD COLUMN pinned_model TEXT;
    CREATE TABLE reservations (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id INTEGER NOT NULL,
        amount INTEGER NOT NULL CHECK (amount >= 0),
        created_at INTEGER NOT NULL
    );
    CREATE INDEX reservations_by_conversation ON reservations(conversation_id);
    CREATE TABLE usage_ledger (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        conversation_id INTEGER,
        message_id INTEGER,
        provider TEXT,
        model TEXT NOT NULL,
        task TEXT,
        input_tokens INTEGER NOT NULL CHECK (input_tokens >= 0),
        output_tokens INTEGER NOT NULL CHECK (output_tokens >= 0),
        reasoning_tokens INTEGER NOT NULL DEFAULT 0 CHECK (reasoning_tokens >= 0),
        cache_read_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_read_tokens >= 0),
        cache_write_tokens INTEGER NOT NULL DEFAULT 0 CHECK (cache_write_tokens >= 0),
        cost INTEGER NOT NULL CHECK (cost >= 0),
        exact INTEGER NOT NULL CHECK (exact IN (0, 1))
    );
    CREATE INDEX usage_by_time ON usage_ledger(at);
    CREATE INDEX usage_by_conversation ON usage_ledger(conversation_id);
    CREATE TRIGGER usage_ledger_append_only_update BEFORE UPDATE ON usage_ledger
        BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END;
    CREATE TRIGGER usage_ledger_append_only_delete BEFORE DELETE ON usage_ledger
        BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END;
    CREATE TABLE route_records (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        task TEXT NOT NULL,
        record TEXT NOT NULL
    );
    ",
    // v3. Per-vendor token calibration: decayed sums of characters sent and prompt
    // tokens billed, for vendors whose tokenizer is not shipped.
    "
    CREATE TABLE token_calibration (
        vendor TEXT PRIMARY KEY,
        chars REAL NOT NULL CHECK (chars >= 0),
        tokens REAL NOT NULL CHECK (tokens >= 0),
        samples INTEGER NOT NULL CHECK (samples >= 0)
    );
    ",
    // v4. One turn pipeline: providers can be marked local (free to the budget); a
    // ledger row says whether the model had a price (unpriced calls still count their
    // tokens); a reservation names the answer it holds money for, so recovery after a
    // kill can settle it instead of holding it for an hour; a conversation keeps the
    // provider and model chosen for it (none = Auto); streaming answers and reservations
    // name the process session that owns them, so recovery leaves live ones alone.
    "
    ALTER TABLE messages ADD COLUMN owner TEXT;
    ALTER TABLE reservations ADD COLUMN owner TEXT;
    ALTER TABLE providers ADD COLUMN local INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1));
    ALTER TABLE conversations ADD COLUMN chosen_provider_id INTEGER;
    ALTER TABLE conversations ADD COLUMN chosen_model TEXT;
    ALTER TABLE usage_ledger ADD COLUMN priced INTEGER NOT NULL DEFAULT 1 CHECK (priced IN (0, 1));
    ALTER TABLE reservations ADD COLUMN message_id INTEGER;
    ",
    // v5. Every major provider: per-kind provider settings (JSON: Azure api-version,
    // Bedrock region, preset, extra headers); an answer's reasoning kept apart from its
    // text; why the model stopped, typed and as the provider said it; a conversation's
    // own system prompt; files attached to a message (images, text files), kept with it.
    "
    ALTER TABLE providers ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE conversations ADD COLUMN system_prompt TEXT;
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'text')),
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL
    );
    CREATE INDEX attachments_by_message ON attachments(message_id);
    ALTER TABLE messages ADD COLUMN reasoning TEXT;
    ALTER TABLE messages ADD COLUMN stop_kind TEXT
        CHECK (stop_kind IN ('end', 'length', 'content_filter', 'refusal', 'tool_use', 'other'));
    ALTER TABLE messages ADD COLUMN stop_reason TEXT;
    ",
    // v6. History. Messages form a tree: each has a parent (none for a first message),
    // and siblings are alternatives (an edited prompt, a regenerated answer). No foreign
    // key on the parent: a chain of 10,000 messages would pass SQLite's trigger depth
    // when cascading, so subtrees are deleted by one recursive statement instead. A
    // conversation keeps the leaf of the branch it shows; existing conversations are one
    // chain in id order ending at their newest message. Conversations can be pinned or
    // archived and remember whether a person titled them. Imported rows keep the key of
    // their source, so importing a file twice adds nothing. Full-text search: FTS5 over
    // finished messages (a streaming answer is indexed once, when it ends) and titles,
    // kept in sync by triggers; words by unicode61 (case- and accent-insensitive), and
    // every Chinese, Japanese or Korean character its own token (`sb_search_text`, a
    // function every connection registers), so CJK text without spaces is found at any
    // length. See docs/search.md for why, with measurements.
    "
    ALTER TABLE messages ADD COLUMN parent_id INTEGER;
    UPDATE messages SET parent_id = (
        SELECT max(p.id) FROM messages p
        WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id);
    CREATE INDEX messages_by_parent ON messages(parent_id);
    -- Start-up recovery looks for answers still streaming: without this (tiny) index that
    -- is a scan of every message, half a second at a million.
    CREATE INDEX messages_streaming ON messages(owner) WHERE status = 'streaming';
    ALTER TABLE messages ADD COLUMN source TEXT;
    CREATE UNIQUE INDEX messages_by_source ON messages(conversation_id, source)
        WHERE source IS NOT NULL;
    ALTER TABLE conversations ADD COLUMN active_leaf INTEGER;
    UPDATE conversations SET active_leaf =
        (SELECT max(m.id) FROM messages m WHERE m.conversation_id = conversations.id);
    ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0
        CHECK (pinned IN (0, 1));
    ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0
        CHECK (archived IN (0, 1));
    ALTER TABLE conversations ADD COLUMN titled INTEGER NOT NULL DEFAULT 0
        CHECK (titled IN (0, 1));
    ALTER TABLE conversations ADD COLUMN source TEXT;
    CREATE UNIQUE INDEX conversations_by_source ON conversations(source)
        WHERE source IS NOT NULL;

    CREATE VIEW messages_search AS
        SELECT id, sb_search_text(content) AS content FROM messages;
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content = 'messages_search', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages
        WHEN new.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (rowid, content)
                VALUES (new.id, sb_search_text(new.content));
        END;
    CREATE TRIGGER messages_fts_unindex AFTER UPDATE OF content, status ON messages
        WHEN old.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, content)
                VALUES ('delete', old.id, sb_search_text(old.content));
        END;
    CREATE TRIGGER messages_fts_reindex AFTER UPDATE OF content, status ON messages
        WHEN new.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (rowid, content)
                VALUES (new.id, sb_search_text(new.content));
        END;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages
        WHEN old.status != 'streaming'
        BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, content)
                VALUES ('delete', old.id, sb_search_text(old.content));
        END;
    INSERT INTO messages_fts (rowid, content)
        SELECT id, sb_search_text(content) FROM messages WHERE status != 'streaming';

    CREATE VIEW conversations_search AS
        SELECT id, sb_search_text(title) AS title FROM conversations;
    CREATE VIRTUAL TABLE conversations_fts USING fts5(
        title, content = 'conversations_search', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER conversations_fts_insert AFTER INSERT ON conversations
        BEGIN
            INSERT INTO conversations_fts (rowid, title)
                VALUES (new.id, sb_search_text(new.title));
        END;
    CREATE TRIGGER conversations_fts_update AFTER UPDATE OF title ON conversations
        BEGIN
            INSERT INTO conversations_fts (conversations_fts, rowid, title)
                VALUES ('delete', old.id, sb_search_text(old.title));
            INSERT INTO conversations_fts (rowid, title)
                VALUES (new.id, sb_search_text(new.title));
        END;
    CREATE TRIGGER conversations_fts_delete AFTER DELETE ON conversations
        BEGIN
            INSERT INTO conversations_fts (conversations_fts, rowid, title)
                VALUES ('delete', old.id, sb_search_text(old.title));
        END;
    INSERT INTO conversations_fts (rowid, title)
        SELECT id, sb_search_text(title) FROM conversations;
    ",
    // v7. The sidebar's order as an index, so its first rows (read first at start-up) and
    // the whole list are read in order instead of scanned and sorted: 20,000 conversations
    // took ~40-60 ms to sort before the window could show any.
    "
    CREATE INDEX conversations_by_order ON conversations(pinned DESC, updated_at DESC, id DESC);
    ",
    // v8. Each message's depth in its tree (0 for a first message, its parent's plus one
    // otherwise), written with the message, so the newest page of a long conversation is
    // read by walking up from its leaf only as far as the page goes: walking all 10,000
    // parents took ~15 ms warm and ~60 ms cold before a conversation could open. Parents
    // never change after insert, so a depth never goes stale. Existing messages get theirs
    // from a walk down from every first message (~9 s at a million messages); a message
    // whose parent is gone counts as a first one, as the path walk always treated it.
    "
    ALTER TABLE messages ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;
    CREATE TEMP TABLE message_depths (id INTEGER PRIMARY KEY, depth INTEGER NOT NULL);
    INSERT INTO message_depths (id, depth)
        WITH RECURSIVE down(id, depth) AS (
            SELECT id, 0 FROM messages
            WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM messages)
            UNION ALL
            SELECT m.id, down.depth + 1 FROM messages m JOIN down ON m.parent_id = down.id
        )
        SELECT id, depth FROM down;
    UPDATE messages SET depth = d.depth FROM message_depths d
        WHERE d.id = messages.id AND d.depth != 0;
    DROP TABLE temp.message_depths;
    ",
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
        assert_eq!(SCHEMA_VERSION, 8, "this build ships schema v8");
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
