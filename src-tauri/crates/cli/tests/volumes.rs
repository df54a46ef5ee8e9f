//! `sb` on a data folder whose volume misbehaves, on a real file system (a small tmpfs per
//! test): on a read-only volume every command is refused with one line that names the
//! database and says what to do, and nothing on the volume changes; on a full disk a write
//! is refused with one line that names the database and says the disk is full, and the
//! history saved before it is intact and sound once space is freed.
//!
//! These tests mount file systems, so they need root (or `CAP_SYS_ADMIN`) and the right to
//! mount; without them they fail with a message saying so, rather than pass unchecked.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::Command as StdCommand,
    time::{SystemTime, UNIX_EPOCH},
};

use common::{output, sb_command, Run};
use sb_testsupport::fixtures::export_path;
use serde_json::Value;

/// A tmpfs mounted on a fresh directory under the system temp folder, unmounted and
/// removed when dropped (also when the test panics).
struct Tmpfs {
    dir: PathBuf,
}

/// Runs a system command, returning its stderr on failure.
fn system(program: &str, args: &[&str]) -> Result<(), String> {
    let out = StdCommand::new(program)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run `{program}`: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{program} {}` failed ({}): {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (as `mount` takes it, e.g. `4m`).
    fn mount(label: &str, size: &str) -> Tmpfs {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir =
            std::env::temp_dir().join(format!("sb-volumes-{label}-{}-{nanos}", std::process::id()));
        std::fs::create_dir(&dir).unwrap();
        let dir_str = dir.to_str().unwrap().to_owned();
        if let Err(e) = system(
            "mount",
            &[
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size}"),
                "tmpfs",
                &dir_str,
            ],
        ) {
            let _ = std::fs::remove_dir(&dir);
            panic!(
                "this test needs root and the right to mount a tmpfs (run it as root in a \
                 container or VM that allows `mount`); mounting {dir_str} failed: {e}"
            );
        }
        Tmpfs { dir }
    }

    fn path(&self) -> &Path {
        &self.dir
    }

    fn remount(&self, mode: &str) {
        system(
            "mount",
            &["-o", &format!("remount,{mode}"), self.dir.to_str().unwrap()],
        )
        .unwrap_or_else(|e| panic!("remounting {mode} must work: {e}"));
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let dir = self.dir.to_str().unwrap_or_default().to_owned();
        // A lazy unmount as a fallback, so a still-open file cannot leave the mount behind.
        if system("umount", &[&dir]).is_err() {
            if let Err(e) = system("umount", &["-l", &dir]) {
                eprintln!("could not unmount {dir}: {e}");
                return;
            }
        }
        let _ = std::fs::remove_dir(&self.dir);
    }
}

/// `sb --data-dir DATA ARGS...`, run to completion.
async fn sb(data: &Path, args: &[&str]) -> Run {
    let mut cmd = sb_command();
    cmd.arg("--data-dir").arg(data).args(args);
    output(cmd).await
}

/// `sb import FIXTURE` (a file under testsupport's `fixtures/exports`).
async fn import(data: &Path, fixture: &str) -> Run {
    let file = export_path(fixture);
    sb(data, &["import", file.to_str().unwrap()]).await
}

/// `sb history list --json`, parsed, asserting it succeeded.
async fn history(data: &Path) -> Value {
    let run = sb(data, &["history", "list", "--json"]).await;
    serde_json::from_str(run.ok()).expect("history list --json is JSON")
}

/// Every file under `dir` with its size, sorted (what "nothing appeared" compares).
fn files_under(dir: &Path) -> Vec<(PathBuf, u64)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(path) = pending.pop() {
        for entry in std::fs::read_dir(&path).unwrap() {
            let entry = entry.unwrap();
            let meta = entry.metadata().unwrap();
            if meta.is_dir() {
                pending.push(entry.path());
            }
            found.push((entry.path(), if meta.is_dir() { 0 } else { meta.len() }));
        }
    }
    found.sort();
    found
}

/// Asserts `run` failed with one clear line naming `db` and returns that line.
fn refused_naming(run: &Run, db: &Path) -> String {
    let line = run.error_line().to_owned();
    assert!(
        line.contains(&db.display().to_string()),
        "`{}`: the error names the database file {}: {line}",
        run.label,
        db.display()
    );
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("backtrace"),
        "`{}` must not panic: {}",
        run.label,
        run.stderr
    );
    line
}

#[tokio::test(flavor = "multi_thread")]
async fn a_read_only_volume_is_refused_clearly_and_left_untouched() {
    let volume = Tmpfs::mount("ro", "16m");
    let data = volume.path().join("data");
    let db = data.join(sb_engine::DB_FILE);
    import(&data, "claude/example.json").await.ok();
    let listed = history(&data).await;
    assert_eq!(
        listed.as_array().map(Vec::len),
        Some(1),
        "the history holds the imported conversation: {listed}"
    );
    let db_before = std::fs::read(&db).unwrap();
    let files_before = files_under(volume.path());

    volume.remount("ro");

    // Reading: SQLite cannot open a WAL database read-only without creating its `-shm`
    // index, which a read-only volume forbids, so `sb` refuses the data folder as a whole
    // (the same way for every command) and says how to fix it.
    let read = sb(&data, &["history", "list", "--json"]).await;
    let line = refused_naming(&read, &db);
    assert!(
        read.stdout.is_empty(),
        "nothing half-listed: {}",
        read.stdout
    );
    assert!(
        line.contains("cannot be written") && line.contains("writable"),
        "the error says the file cannot be written and what to do: {line}"
    );

    // Writing: refused the same way, nothing imported.
    let write = import(&data, "chatgpt/chatgpt-tree.json").await;
    let line = refused_naming(&write, &db);
    assert!(
        line.contains("cannot be written") && line.contains("writable"),
        "the error says the file cannot be written and what to do: {line}"
    );

    assert_eq!(
        std::fs::read(&db).unwrap(),
        db_before,
        "the database is byte-for-byte as it was"
    );
    assert_eq!(
        files_under(volume.path()),
        files_before,
        "no file appeared, vanished or changed size on the volume"
    );

    // Made writable again, the history is all there.
    volume.remount("rw");
    assert_eq!(
        history(&data).await,
        listed,
        "the history is intact afterwards"
    );
}

/// Writes `path` until the file system reports it full (ENOSPC).
fn fill(path: &Path) {
    let mut file = std::fs::File::create(path).unwrap();
    let chunk = vec![0x5au8; 64 * 1024];
    loop {
        match file.write(&chunk) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.raw_os_error() == Some(28) => break,
            Err(e) => panic!("filling the volume failed otherwise than with ENOSPC: {e}"),
        }
    }
    // Whatever is buffered is on the tmpfs already; a last small write proves it is full.
    let err = file
        .write_all(b"x")
        .and_then(|()| file.sync_all())
        .expect_err("the volume is full");
    assert_eq!(err.raw_os_error(), Some(28), "full means ENOSPC: {err}");
}

/// Fills a small volume holding a two-conversation history, then checks a large import is
/// refused with the disk-full line and loses nothing. With `closed_cleanly`, the database is
/// first checkpointed and closed the way the last connection leaves it (no `-wal`, no
/// `-shm`), so even opening it needs space: reading is refused the same way then. Otherwise
/// (the side files `sb` leaves were kept) reading still works on the full disk.
async fn full_disk(label: &str, closed_cleanly: bool) {
    let volume = Tmpfs::mount(label, "4m");
    let data = volume.path().join("data");
    let db = data.join(sb_engine::DB_FILE);
    import(&data, "claude/example.json").await.ok();
    import(&data, "chatgpt/chatgpt-tree.json").await.ok();
    let before = history(&data).await;
    assert_eq!(
        before.as_array().map(Vec::len),
        Some(2),
        "the history holds both imports: {before}"
    );
    if closed_cleanly {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
        drop(conn);
        assert!(
            !data.join("switchboard.db-shm").exists(),
            "the last connection removed the side files"
        );
    }

    let filler = volume.path().join("filler");
    fill(&filler);
    let files_before = files_under(&data);

    let read = sb(&data, &["history", "list", "--json"]).await;
    if closed_cleanly {
        let line = refused_naming(&read, &db);
        assert!(
            line.contains("is full") && line.contains("Free some disk space"),
            "the error says the disk is full and what to do: {line}"
        );
    } else {
        let listed: Value = serde_json::from_str(read.ok()).unwrap();
        assert_eq!(listed, before, "reading needs no space");
    }

    let run = import(&data, "chatgpt/chatgpt-export.json").await;
    assert!(
        run.stdout.is_empty(),
        "nothing is reported imported: {}",
        run.stdout
    );
    let line = refused_naming(&run, &db);
    assert!(
        line.contains("is full") && line.contains("Free some disk space"),
        "the error says the disk is full and what to do: {line}"
    );
    if closed_cleanly {
        assert_eq!(
            files_under(&data),
            files_before,
            "a refused open leaves no side files behind"
        );
    }

    std::fs::remove_file(&filler).unwrap();
    assert_eq!(
        history(&data).await,
        before,
        "the history saved before the full disk is all there"
    );
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let verdict: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .unwrap();
        assert_eq!(verdict, "ok", "SQLite finds the database sound");
    }
    // With space again, the same import goes through: "try again" was good advice.
    let again = import(&data, "chatgpt/chatgpt-export.json").await;
    assert!(
        again.ok().starts_with("Imported "),
        "the import works once space is freed: {}",
        again.ok()
    );
    assert!(
        history(&data).await.as_array().unwrap().len() > 2,
        "and adds its conversations"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_refuses_the_write_clearly_and_keeps_the_history() {
    full_disk("full", false).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_refuses_even_opening_a_cleanly_closed_database_clearly() {
    full_disk("full-closed", true).await;
}
