//! Which processes are alive: each engine holds an exclusive lock on its own file in
//! `<data dir>/run/` for as long as it lives, and names itself by that file. Answers it
//! streams and money it reserves carry the name (see `Store::set_session`), so another
//! process opening the same database — the app while `sb` runs, or two `sb`s — recovers
//! only what dead processes left behind, never a turn still running.
//!
//! The operating system releases a lock when its process dies however it dies (killed,
//! crashed, power cut), so a lock that can be taken belongs to a dead process. File
//! locks are `flock` on Unix and `LockFileEx` on Windows (std's `File::try_lock`); they
//! are per open file, so two engines in one process also see each other as alive.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// Folder of the session lock files, inside the data directory.
const RUN_DIR: &str = "run";
const SUFFIX: &str = ".lock";

/// This process's session: its name and the lock that proves it is alive.
#[derive(Debug)]
pub(crate) struct Session {
    pub(crate) id: String,
    dir: PathBuf,
    // Held, never read: dropping it (at exit or death) is what tells others we are gone.
    _lock: File,
}

impl Session {
    /// Starts a session named `id` (unique per process start: pid and start time).
    pub(crate) fn start(data_dir: &Path, id: String) -> io::Result<Session> {
        let dir = data_dir.join(RUN_DIR);
        std::fs::create_dir_all(&dir)?;
        let file = open(&dir, &id)?;
        file.try_lock().map_err(|e| match e {
            TryLockError::WouldBlock => io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("session {id} is already running"),
            ),
            TryLockError::Error(e) => e,
        })?;
        Ok(Session {
            id,
            dir,
            _lock: file,
        })
    }

    /// Of `sessions`, those whose process has ended. Their lock files are removed.
    pub(crate) fn dead_among(&self, sessions: &[String]) -> Vec<String> {
        sessions
            .iter()
            .filter(|s| **s != self.id && !is_alive(&self.dir, s))
            .cloned()
            .collect()
    }

    /// Removes the lock files of ended sessions (they pile up otherwise, one per run).
    pub(crate) fn sweep(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(SUFFIX) {
                if id != self.id {
                    is_alive(&self.dir, id);
                }
            }
        }
    }
}

fn path_of(dir: &Path, id: &str) -> PathBuf {
    // Session ids are digits and a dash, made by this module's caller; never a path.
    dir.join(format!("{}{SUFFIX}", id.replace(['/', '\\'], "_")))
}

fn open(dir: &Path, id: &str) -> io::Result<File> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path_of(dir, id))
}

/// Whether the session `id` still runs; a dead one's lock file is removed. When in doubt
/// (the lock cannot be checked), it counts as alive: leaving a turn unrecovered until
/// the next start is safe, taking over a live one is not.
fn is_alive(dir: &Path, id: &str) -> bool {
    let path = path_of(dir, id);
    let file = match OpenOptions::new().write(true).open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return false,
        Err(_) => return true,
    };
    match file.try_lock() {
        Ok(()) => {
            // Ours now, and its owner is gone: remove it while holding the lock so a
            // session of the same name (impossible in practice) cannot race us.
            let _ = std::fs::remove_file(&path);
            false
        }
        Err(TryLockError::WouldBlock) => true,
        Err(TryLockError::Error(_)) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_session_is_alive_and_an_ended_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let me = Session::start(dir.path(), "1-100".into()).unwrap();
        let other = Session::start(dir.path(), "2-200".into()).unwrap();
        let sessions = vec!["1-100".to_owned(), "2-200".to_owned(), "3-300".to_owned()];
        assert_eq!(
            me.dead_among(&sessions),
            ["3-300"],
            "a session with no lock file is dead; a locked one and our own are alive"
        );
        drop(other);
        assert_eq!(
            me.dead_among(&sessions),
            ["2-200", "3-300"],
            "a session whose lock was released is dead"
        );
        assert!(
            !path_of(&dir.path().join(RUN_DIR), "2-200").exists(),
            "its lock file was removed"
        );
        assert!(
            Session::start(dir.path(), "1-100".into()).is_err(),
            "one name, one live session"
        );
    }
}
