//! The one error type of `sb-store`.
//!
//! Every variant's `Display` is a complete sentence a user can act on, because the
//! engine shows it unchanged. `code()` gives the stable machine code the UI keys on.

use std::path::PathBuf;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    /// The file's schema is newer than this build understands. Opening it anyway could
    /// corrupt data the newer version relies on, so it is refused and left untouched.
    #[error(
        "database {path} was written by a newer version of Switchboard (schema {found}, this \
         app supports {supported}); update Switchboard to open it. The file was not changed."
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// The file is not a SQLite database, or SQLite found it damaged.
    #[error(
        "database {path} is damaged or is not a Switchboard database ({detail}); it was left \
         untouched. Move it aside or restore a backup, then restart Switchboard."
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },

    /// A uniqueness rule was broken, e.g. two providers with the same name.
    #[error("a {what} named \"{name}\" already exists; choose another name")]
    Duplicate { what: &'static str, name: String },

    #[error("could not read or create {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The disk is full: the change was not saved (SQLite rolled it back whole).
    #[error(
        "the disk holding {path} is full, so this change was not saved (everything saved \
         before is intact). Free some disk space and try again."
    )]
    DiskFull { path: PathBuf },

    /// The file or its folder cannot be written.
    #[error(
        "{path} cannot be written (a read-only file or folder, or no permission). Make it \
         writable by your user, or start Switchboard with a data folder you can write \
         (SWITCHBOARD_DATA_DIR)."
    )]
    ReadOnly { path: PathBuf },

    /// Another connection holds the database (at open, or for a change later: the
    /// message fits both).
    #[error(
        "{path} is busy: another Switchboard or `sb` is writing to it (a large import or an \
         upgrade can take a while). Try again when that is done."
    )]
    Busy { path: PathBuf },

    /// A schema upgrade failed; its transaction was rolled back, so the file is as it was.
    #[error(
        "could not upgrade {path} from schema {from} to {to} ({detail}); the file was left \
         exactly as it was{backup}. Report this with the file if it keeps happening."
    )]
    Migration {
        path: PathBuf,
        from: i64,
        to: i64,
        detail: String,
        /// ", and a copy was saved at …" when the pre-upgrade copy was taken.
        backup: String,
    },

    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// Nothing says the database file is damaged: what stopped it is outside it (its
    /// folder cannot be written, its disk is full, another process holds it, a newer
    /// Switchboard wrote it) or not known. Fixed there, the same file opens again, so
    /// nothing needs restoring or setting aside. Damage (said or not yet said as
    /// [`StoreError::Corrupt`]) and a failed upgrade are not: starting again cannot help.
    pub fn file_intact(&self) -> bool {
        match self {
            StoreError::Corrupt { .. } => false,
            // Not yet said as damage (see `Store::explain`), but damage all the same.
            StoreError::Sqlite(e) => !matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
            ),
            // Starting again would fail the same way: the upgrade needs a fix or a report.
            StoreError::Migration { .. } => false,
            _ => true,
        }
    }

    /// Stable code for the UI: `not_found`, `invalid_input` (the user can fix the input)
    /// or `storage` (anything wrong with the database itself).
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotFound { .. } => "not_found",
            StoreError::Duplicate { .. } => "invalid_input",
            StoreError::TooNew { .. }
            | StoreError::Corrupt { .. }
            | StoreError::Io { .. }
            | StoreError::DiskFull { .. }
            | StoreError::ReadOnly { .. }
            | StoreError::Busy { .. }
            | StoreError::Migration { .. }
            | StoreError::Sqlite(_) => "storage",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_separate_user_mistakes_from_storage_failures() {
        let not_found = StoreError::NotFound {
            what: "conversation",
            id: 7,
        };
        assert_eq!(not_found.code(), "not_found", "missing rows are not_found");
        assert_eq!(
            not_found.to_string(),
            "conversation 7 does not exist",
            "the message names what is missing"
        );
        let duplicate = StoreError::Duplicate {
            what: "provider",
            name: "Work".into(),
        };
        assert_eq!(
            duplicate.code(),
            "invalid_input",
            "a duplicate name is the user's to fix"
        );
        let too_new = StoreError::TooNew {
            path: PathBuf::from("/data/switchboard.db"),
            found: 9,
            supported: 1,
        };
        assert_eq!(
            too_new.code(),
            "storage",
            "schema problems are storage errors"
        );
        let text = too_new.to_string();
        assert!(
            text.contains("/data/switchboard.db")
                && text.contains("schema 9")
                && text.contains("supports 1")
                && text.contains("update Switchboard"),
            "the refusal must name the file, both versions and the fix: {text}"
        );
    }
}
