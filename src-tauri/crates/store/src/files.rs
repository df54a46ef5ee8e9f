//! The database's files on disk: private permissions, the header check that needs no
//! SQLite, the side files (`-wal`, `-shm`) a refused open must not leave behind, and the
//! copy taken before a schema upgrade.
//!
//! Invariants: on Unix, folders this module creates are `0700` and the database and its
//! side files `0600` (history is private); nothing here deletes a file that existed
//! before the current open.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::StoreError;

const SIDE_SUFFIXES: [&str; 2] = ["-wal", "-shm"];

fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Creates `dir` (and missing parents) readable by the owner only.
pub(crate) fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|source| StoreError::Io {
        path: dir.to_path_buf(),
        source,
    })
}

/// The first 100 bytes of the file (the SQLite header), or `None` for an empty file.
pub(crate) fn read_header(path: &Path) -> Result<Option<[u8; 100]>, StoreError> {
    // A file this user may not read cannot be written either: said as such, with what
    // to do, rather than as an I/O error.
    let io = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::PermissionDenied => StoreError::ReadOnly {
            path: path.to_path_buf(),
        },
        _ => StoreError::Io {
            path: path.to_path_buf(),
            source,
        },
    };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut header = [0u8; 100];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]).map_err(io)? {
            0 => break,
            n => read += n,
        }
    }
    match read {
        0 => Ok(None),
        100 => Ok(Some(header)),
        _ => Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("the file is {read} bytes long, too short to be a database"),
        }),
    }
}

/// Which side files exist now.
pub(crate) fn side_files_present(path: &Path) -> [bool; 2] {
    SIDE_SUFFIXES.map(|suffix| side_file(path, suffix).exists())
}

/// Removes the side files that were absent before (`present_before`).
pub(crate) fn remove_new_side_files(path: &Path, present_before: [bool; 2]) {
    for (suffix, before) in SIDE_SUFFIXES.iter().zip(present_before) {
        if !before {
            let _ = std::fs::remove_file(side_file(path, suffix));
        }
    }
}

/// Makes the database and its side files private (owner read/write only) on Unix; on
/// other systems the user's profile folder already keeps them private.
pub(crate) fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let files = [path.to_path_buf()]
            .into_iter()
            .chain(SIDE_SUFFIXES.iter().map(|s| side_file(path, s)));
        for file in files {
            if let Ok(meta) = std::fs::metadata(&file) {
                if meta.permissions().mode() & 0o077 != 0 {
                    if let Err(e) =
                        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))
                    {
                        tracing::warn!(file = %file.display(), error = %e, "could not make the file private");
                    }
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Where backups of the database at `path` go: `backups/` beside it.
pub fn backup_dir(path: &Path) -> PathBuf {
    path.parent()
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
}

/// A name under `dir` that does not exist yet: `stem.db`, then `stem-2.db`, …
pub(crate) fn free_name(dir: &Path, stem: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.db"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.db")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Copies the database before its schema is upgraded from `found`, so even a bug in a
/// migration that commits cannot lose history. Returns the copy's path.
pub(crate) fn pre_migration_copy(
    conn: &Connection,
    path: &Path,
    found: i64,
) -> Result<PathBuf, StoreError> {
    let dir = backup_dir(path);
    create_private_dir(&dir)?;
    let dest = free_name(
        &dir,
        &format!(
            "before-schema-{}-from-{found}",
            crate::schema::SCHEMA_VERSION
        ),
    );
    crate::backup::copy_into(conn, &dest).map_err(|e| match e {
        StoreError::Sqlite(e) => crate::classify(&dest, e),
        other => other,
    })?;
    tracing::info!(copy = %dest.display(), from = found, "database copied before its upgrade");
    Ok(dest)
}
