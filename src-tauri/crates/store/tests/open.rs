//! Opening database files: migration on first open, idempotent re-open, refusal of
//! files this build must not touch, and visibility between two handles (WAL).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use sb_core::{MessageStatus, ProviderInput, ProviderKind, Role};
use sb_store::{NewMessage, Store, StoreError, SCHEMA_VERSION};

fn user_version(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap()
}

/// Every file in `dir` with its bytes, to prove a refused open wrote nothing anywhere.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            (
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn first_open_migrates_and_reopening_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("switchboard.db");
    {
        let store = Store::open(&path).unwrap();
        store.set_setting("theme", "dark").unwrap();
    }
    assert_eq!(
        user_version(&path),
        SCHEMA_VERSION,
        "first open migrates to the latest schema"
    );
    let store = Store::open(&path).unwrap();
    assert_eq!(
        user_version(&path),
        SCHEMA_VERSION,
        "re-opening keeps the version"
    );
    assert_eq!(
        store.get_setting("theme").unwrap().as_deref(),
        Some("dark"),
        "re-opening keeps the data"
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("switchboard.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); INSERT INTO future VALUES (1);")
            .unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let before = snapshot(dir.path());

    let err = Store::open(&path).unwrap_err();

    assert!(
        matches!(err, StoreError::TooNew { found, supported, .. }
            if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION),
        "got {err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string())
            && text.contains("newer version of Switchboard")
            && text.contains("update Switchboard"),
        "the message must name the file and the fix: {text}"
    );
    assert_eq!(err.code(), "storage", "schema refusals are storage errors");
    assert_eq!(
        snapshot(dir.path()),
        before,
        "a refused database and its directory must not change"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("switchboard.db");
    let garbage = b"this is definitely not a SQLite database file\n".repeat(100);
    std::fs::write(&path, &garbage).unwrap();
    let before = snapshot(dir.path());

    let err = Store::open(&path).unwrap_err();

    assert!(matches!(err, StoreError::Corrupt { .. }), "got {err:?}");
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string()) && text.contains("restore a backup"),
        "the message must name the file and what to do: {text}"
    );
    assert_eq!(
        snapshot(dir.path()),
        before,
        "a corrupt file must not be overwritten or gain side files"
    );
}

#[test]
fn writes_through_one_handle_are_visible_through_another() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("switchboard.db");
    let writer = Store::open(&path).unwrap();
    let reader = Store::open(&path).unwrap();

    let provider = writer
        .insert_provider(
            &ProviderInput {
                name: "Work".into(),
                kind: ProviderKind::Openai,
                base_url: "https://api.example.com/v1".into(),
                default_model: "gpt-test".into(),
                vendor: None,
                local: false,
                settings: Default::default(),
            },
            1,
        )
        .unwrap();
    let conv = writer.create_conversation("Shared", 2).unwrap();
    let msg = writer
        .insert_message(
            NewMessage {
                conversation_id: conv.id,
                role: Role::Assistant,
                content: String::new(),
                status: MessageStatus::Streaming,
                model: Some("gpt-test".into()),
                provider: Some("Work".into()),
                parent: Default::default(),
            },
            3,
        )
        .unwrap();
    writer
        .update_message_content(msg.id, "partial", None, 4)
        .unwrap();

    assert_eq!(
        reader.get_provider(provider.id).unwrap(),
        provider,
        "committed provider is visible to a second handle"
    );
    assert_eq!(
        reader.get_message(msg.id).unwrap().content,
        "partial",
        "streamed content is visible to a second handle before the message finishes"
    );

    // The other direction: a second process (e.g. the CLI) recovers, the app sees it.
    assert_eq!(
        reader.mark_streaming_interrupted(5, &[]).unwrap(),
        1,
        "one message was streaming"
    );
    assert_eq!(
        writer.get_message(msg.id).unwrap().status,
        MessageStatus::Interrupted,
        "the first handle sees the second handle's write"
    );
    assert_eq!(
        writer.list_conversations().unwrap()[0].updated_at,
        3,
        "the message insert touched the conversation"
    );
}

#[test]
fn a_damaged_page_gives_an_error_naming_the_file_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("switchboard.db");
    {
        let store = Store::open(&path).unwrap();
        let conv = store.create_conversation("kept", 1).unwrap();
        for i in 0..200 {
            store
                .insert_message(
                    NewMessage {
                        conversation_id: conv.id,
                        role: Role::User,
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
    // Zero every page after the first: the header and schema survive, the rows do not
    // (what a failing disk or a bad copy leaves behind: "malformed").
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    for b in &mut bytes[page..] {
        *b = 0;
    }
    std::fs::write(&path, &bytes).unwrap();

    let outcome = Store::open(&path).and_then(|store| {
        store
            .list_messages(1)
            .map(|_| ())
            .map_err(|e| store.explain(e))
    });
    let err = outcome.unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "got {err:?}");
    let text = err.to_string();
    assert!(
        text.contains(&path.display().to_string()) && text.contains("restore a backup"),
        "the message names the file and what to do: {text}"
    );
}

#[cfg(unix)]
#[test]
fn history_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("new-data-dir");
    let path = data.join("switchboard.db");
    drop(Store::open(&path).unwrap());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700, "a new data folder is the owner's alone");
    assert_eq!(mode(&path), 0o600, "the database is the owner's alone");

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(
        mode(&path),
        0o600,
        "an existing readable file is made private"
    );
    store.set_setting("k", "v").unwrap();
    let wal = dir.path().join("new-data-dir").join("switchboard.db-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600, "and so is its write-ahead log");
    }
}
