//! Plain key/value settings (theme, last used provider, ...). Never secrets.

use rusqlite::{params, OptionalExtension};

use crate::{Store, StoreError};

impl Store {
    pub fn get_setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    /// Inserts or replaces the value.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_upserted() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(
            store.get_setting("theme").unwrap(),
            None,
            "unset reads as None"
        );
        store.set_setting("theme", "dark").unwrap();
        store.set_setting("theme", "light").unwrap();
        assert_eq!(
            store.get_setting("theme").unwrap().as_deref(),
            Some("light"),
            "the last write wins"
        );
    }
}
