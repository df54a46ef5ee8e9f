//! Whole-database copies: before an update installs (and, later, scheduled backups).
//!
//! Invariant: a backup is a complete, consistent database file or nothing: `VACUUM INTO`
//! writes it from one read transaction (other connections may keep writing in WAL
//! mode), into a file that must not exist yet, so an existing file is never clobbered
//! and a failed copy leaves no half-written file behind under the final name.

use std::path::Path;

use crate::{Store, StoreError};

impl Store {
    /// Moves everything in the write-ahead log into the main file, so the file on disk
    /// is the whole database (what an installer or a file copy would see).
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Writes a consistent copy of the database to `dest`, which must not exist.
    pub fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        copy_into(&self.conn, dest)
    }
}

/// Writes a consistent copy of the database behind `conn` to `dest`, which must not
/// exist, through a `.partial` file renamed into place; the copy is private (`0600`).
pub(crate) fn copy_into(conn: &rusqlite::Connection, dest: &Path) -> Result<(), StoreError> {
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::files::create_private_dir(dir)?;
    }
    let partial = dest.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    let target = partial.to_string_lossy().into_owned();
    conn.execute("VACUUM INTO ?1", [&target])?;
    crate::files::restrict(&partial);
    if dest.exists() {
        let _ = std::fs::remove_file(&partial);
        return Err(StoreError::Io {
            path: dest.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "a backup with this name exists already",
            ),
        });
    }
    std::fs::rename(&partial, dest).map_err(|source| StoreError::Io {
        path: dest.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_holds_every_row_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("a.db")).unwrap();
        let conv = store.create_conversation("kept", 1).unwrap();
        store.set_setting("k", "v").unwrap();
        store.checkpoint().unwrap();
        let dest = dir.path().join("backups").join("copy.db");
        store.backup_to(&dest).unwrap();
        let copy = Store::open(&dest).unwrap();
        assert_eq!(copy.get_conversation(conv.id).unwrap().title, "kept");
        assert_eq!(copy.get_setting("k").unwrap().as_deref(), Some("v"));
        assert!(
            store.backup_to(&dest).is_err(),
            "an existing backup is never clobbered"
        );
        assert!(
            !dest.with_extension("partial").exists(),
            "no partial file is left"
        );
    }
}
