#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A database `sb` cannot use is refused with one clear line and left byte-for-byte as it was.

mod common;

use common::Sb;

/// Runs `sb history list` on the data folder and checks it refused without touching the file;
/// returns the error line.
async fn refused(sb: &Sb, before: &[u8]) -> String {
    let run = sb.run(&["history", "list"]).await;
    let line = run.error_line().to_owned();
    assert!(
        run.stdout.is_empty(),
        "nothing is listed from a refused database: {:?}",
        run.stdout
    );
    assert!(
        line.contains(&sb.db_path().display().to_string()),
        "the error names the file: {line}"
    );
    assert_eq!(
        std::fs::read(sb.db_path()).unwrap(),
        before,
        "a refused database is not modified"
    );
    line
}

#[tokio::test(flavor = "multi_thread")]
async fn corrupt_database_is_refused_and_left_alone() {
    let sb = Sb::default();
    let garbage: Vec<u8> = b"this is not a SQLite database\n"
        .iter()
        .copied()
        .cycle()
        .take(8192)
        .collect();
    std::fs::write(sb.db_path(), &garbage).unwrap();

    let line = refused(&sb, &garbage).await;
    assert!(
        line.contains("damaged") || line.contains("not a Switchboard database"),
        "the error says the file is unusable: {line}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn database_from_a_newer_switchboard_is_refused_and_left_alone() {
    let sb = Sb::default();
    {
        let conn = rusqlite::Connection::open(sb.db_path()).unwrap();
        conn.execute_batch("CREATE TABLE future_things (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    let before = std::fs::read(sb.db_path()).unwrap();

    let line = refused(&sb, &before).await;
    assert!(
        line.contains("newer version of Switchboard"),
        "the error says a newer version wrote the file: {line}"
    );
}
