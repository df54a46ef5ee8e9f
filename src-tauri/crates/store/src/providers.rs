//! Provider rows. They never hold a secret: `has_key` only records that the engine
//! stored a key in the OS keyring.

use rusqlite::{params, OptionalExtension, Row};
use sb_core::{Provider, ProviderId, ProviderInput, ProviderKind, ProviderSettings};

use crate::{require_row, unknown_value, Store, StoreError};

const COLUMNS: &str =
    "id, name, kind, base_url, default_model, has_key, created_at, vendor, local, \
                       settings";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Provider> {
    let kind: String = row.get(2)?;
    Ok(Provider {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: ProviderKind::parse(&kind).ok_or_else(|| unknown_value(2, kind))?,
        base_url: row.get(3)?,
        default_model: row.get(4)?,
        has_key: row.get(5)?,
        created_at: row.get(6)?,
        vendor: row.get(7)?,
        local: row.get(8)?,
        settings: settings_from_json(row.get(9)?)?,
    })
}

fn settings_from_json(text: String) -> rusqlite::Result<ProviderSettings> {
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn settings_to_json(settings: &ProviderSettings) -> String {
    // Strings and a list of string pairs always serialise.
    serde_json::to_string(settings).unwrap_or_else(|_| "{}".to_owned())
}

/// Reports a broken UNIQUE(name) as [`StoreError::Duplicate`] naming the taken name.
fn duplicate_name(err: rusqlite::Error, name: &str) -> StoreError {
    let unique = err
        .sqlite_error()
        .is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE);
    if unique {
        StoreError::Duplicate {
            what: "provider",
            name: name.to_owned(),
        }
    } else {
        StoreError::Sqlite(err)
    }
}

impl Store {
    /// All providers, ordered by name.
    pub fn list_providers(&self) -> Result<Vec<Provider>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM providers ORDER BY name, id"
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn get_provider(&self, id: ProviderId) -> Result<Provider, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM providers WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?;
        require_row(row, "provider", id)
    }

    /// The provider with exactly this name (names are case-sensitive), if any.
    pub fn get_provider_by_name(&self, name: &str) -> Result<Option<Provider>, StoreError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM providers WHERE name = ?1"),
                [name],
                from_row,
            )
            .optional()?)
    }

    /// Adds a provider without a key. A taken name gives [`StoreError::Duplicate`].
    pub fn insert_provider(
        &self,
        input: &ProviderInput,
        now_ms: i64,
    ) -> Result<Provider, StoreError> {
        self.conn
            .query_row(
                &format!(
                    "INSERT INTO providers (name, kind, base_url, default_model, has_key, created_at, vendor,
                                            local, settings)
                     VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8) RETURNING {COLUMNS}"
                ),
                params![
                    input.name,
                    input.kind.as_str(),
                    input.base_url,
                    input.default_model,
                    now_ms,
                    input.vendor,
                    input.local,
                    settings_to_json(&input.settings)
                ],
                from_row,
            )
            .map_err(|e| duplicate_name(e, &input.name))
    }

    /// Replaces the user-editable fields; `has_key` and `created_at` are kept.
    pub fn update_provider(
        &self,
        id: ProviderId,
        input: &ProviderInput,
    ) -> Result<Provider, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!(
                    "UPDATE providers SET name = ?2, kind = ?3, base_url = ?4, default_model = ?5,
                     vendor = ?6, local = ?7, settings = ?8 WHERE id = ?1 RETURNING {COLUMNS}"
                ),
                params![
                    id,
                    input.name,
                    input.kind.as_str(),
                    input.base_url,
                    input.default_model,
                    input.vendor,
                    input.local,
                    settings_to_json(&input.settings)
                ],
                from_row,
            )
            .optional()
            .map_err(|e| duplicate_name(e, &input.name))?;
        require_row(row, "provider", id)
    }

    /// Records whether the keyring holds a key for this provider.
    pub fn set_provider_has_key(
        &self,
        id: ProviderId,
        has_key: bool,
    ) -> Result<Provider, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("UPDATE providers SET has_key = ?2 WHERE id = ?1 RETURNING {COLUMNS}"),
                params![id, has_key],
                from_row,
            )
            .optional()?;
        require_row(row, "provider", id)
    }

    pub fn delete_provider(&self, id: ProviderId) -> Result<(), StoreError> {
        let deleted = self
            .conn
            .execute("DELETE FROM providers WHERE id = ?1", [id])?;
        require_row((deleted > 0).then_some(()), "provider", id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str) -> ProviderInput {
        ProviderInput {
            name: name.into(),
            kind: ProviderKind::Openai,
            base_url: "https://api.example.com/v1".into(),
            default_model: "gpt-test".into(),
            vendor: None,
            local: false,
            settings: Default::default(),
        }
    }

    #[test]
    fn providers_round_trip_and_list_by_name() {
        let store = Store::open_in_memory().unwrap();
        let zed = store.insert_provider(&input("Zed"), 10).unwrap();
        let alpha = store.insert_provider(&input("Alpha"), 20).unwrap();
        assert!(!zed.has_key, "a new provider has no key yet");
        assert_eq!(zed.created_at, 10, "created_at is the passed-in time");
        assert_eq!(
            store.get_provider(zed.id).unwrap(),
            zed,
            "get returns the inserted row"
        );
        let names: Vec<_> = store
            .list_providers()
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Alpha", "Zed"], "providers are listed by name");
        assert_eq!(
            store.get_provider_by_name("Alpha").unwrap(),
            Some(alpha),
            "lookup by name finds the row"
        );
        assert_eq!(
            store.get_provider_by_name("alpha").unwrap(),
            None,
            "names are matched exactly"
        );
    }

    #[test]
    fn duplicate_names_are_rejected_on_insert_and_update() {
        let store = Store::open_in_memory().unwrap();
        store.insert_provider(&input("Work"), 1).unwrap();
        let other = store.insert_provider(&input("Home"), 1).unwrap();
        let err = store.insert_provider(&input("Work"), 2).unwrap_err();
        assert!(
            matches!(&err, StoreError::Duplicate { name, .. } if name == "Work"),
            "got {err:?}"
        );
        assert_eq!(err.code(), "invalid_input", "the user picks another name");
        assert!(
            err.to_string().contains("\"Work\" already exists"),
            "message names the taken name: {err}"
        );
        let err = store.update_provider(other.id, &input("Work")).unwrap_err();
        assert!(matches!(err, StoreError::Duplicate { .. }), "got {err:?}");
    }

    #[test]
    fn update_keeps_key_flag_and_creation_time() {
        let store = Store::open_in_memory().unwrap();
        let p = store.insert_provider(&input("Work"), 5).unwrap();
        let keyed = store.set_provider_has_key(p.id, true).unwrap();
        assert!(keyed.has_key, "the key flag is recorded");
        let mut changed = input("Office");
        changed.default_model = "other-model".into();
        let updated = store.update_provider(p.id, &changed).unwrap();
        assert_eq!(updated.name, "Office", "name is updated");
        assert_eq!(updated.default_model, "other-model", "model is updated");
        assert!(updated.has_key, "editing must not forget the key");
        assert_eq!(updated.created_at, 5, "editing must not change created_at");
    }

    #[test]
    fn missing_providers_are_not_found() {
        let store = Store::open_in_memory().unwrap();
        let p = store.insert_provider(&input("Work"), 1).unwrap();
        store.delete_provider(p.id).unwrap();
        for err in [
            store.get_provider(p.id).unwrap_err(),
            store.update_provider(p.id, &input("X")).unwrap_err(),
            store.set_provider_has_key(p.id, true).unwrap_err(),
            store.delete_provider(p.id).unwrap_err(),
        ] {
            assert_eq!(
                err.code(),
                "not_found",
                "a deleted provider is gone: {err:?}"
            );
        }
        let again = store.insert_provider(&input("Work"), 2).unwrap();
        assert_ne!(again.id, p.id, "ids of deleted providers are never reused");
    }

    #[test]
    fn unknown_stored_kind_is_an_error_not_a_default() {
        let store = Store::open_in_memory().unwrap();
        let p = store.insert_provider(&input("Work"), 1).unwrap();
        store
            .conn
            .execute(
                "UPDATE providers SET kind = 'martian' WHERE id = ?1",
                [p.id],
            )
            .unwrap();
        let err = store.get_provider(p.id).unwrap_err();
        assert!(
            err.to_string().contains("martian"),
            "the error names the unknown value: {err}"
        );
    }
}
