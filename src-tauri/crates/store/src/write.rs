//! The one write path: [`Store::write`] runs a closure as one atomic unit, so a change
//! spanning several rows or tables (a turn's messages and its reservation, an import,
//! a branch edit) is stored whole or not at all.
//!
//! Invariants: the outermost unit is a `BEGIN IMMEDIATE` transaction (it takes the write
//! lock at once, so two writers never both read a ledger and then both book against
//! it); a unit inside another is a savepoint, so store methods that need atomicity use
//! `write` themselves and still compose. An error or a panic in the closure undoes the
//! unit's changes; the connection is left outside any transaction it opened.

use rusqlite::Connection;

use crate::{Store, StoreError};

/// An open unit; dropping it without [`Unit::finish`] (an error or a panic) undoes it.
struct Unit<'a> {
    conn: &'a Connection,
    nested: bool,
    open: bool,
}

impl<'a> Unit<'a> {
    fn begin(conn: &'a Connection) -> Result<Self, StoreError> {
        let nested = !conn.is_autocommit();
        conn.execute_batch(if nested {
            "SAVEPOINT sb_write"
        } else {
            "BEGIN IMMEDIATE"
        })?;
        Ok(Unit {
            conn,
            nested,
            open: true,
        })
    }

    fn finish(mut self) -> Result<(), StoreError> {
        self.conn.execute_batch(if self.nested {
            "RELEASE sb_write"
        } else {
            "COMMIT"
        })?;
        self.open = false;
        Ok(())
    }
}

impl Drop for Unit<'_> {
    fn drop(&mut self) {
        if self.open {
            let undo = if self.nested {
                "ROLLBACK TO sb_write; RELEASE sb_write"
            } else {
                "ROLLBACK"
            };
            // Nothing more can be done if the undo fails: SQLite then rolls back on
            // its own when the connection closes, and a later BEGIN reports the state.
            if let Err(e) = self.conn.execute_batch(undo) {
                tracing::error!(error = %e, "could not undo a failed write");
            }
        }
    }
}

impl Store {
    /// Runs `f` as one atomic unit: everything it writes is kept if it returns `Ok`,
    /// nothing if it returns `Err` or panics. Units nest (an inner one is a savepoint).
    pub fn write<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let unit = Unit::begin(&self.conn)?;
        let value = f(self)?;
        unit.finish()?;
        Ok(value)
    }

    /// Runs a long read-only `f` on one snapshot of the database: everything it reads is
    /// as of its first read, whatever is written meanwhile (under WAL the writer goes on).
    /// For a connection of its own (an export of everything), not the shared ones.
    pub fn snapshot<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn
            .execute_batch("BEGIN DEFERRED")
            .map_err(|e| E::from(self.explain(e.into())))?;
        let value = f(self);
        // A read has nothing to keep: ending it cannot lose anything, and a failure to
        // end it only holds the snapshot until the connection closes, right after.
        if let Err(e) = self.conn.execute_batch("COMMIT") {
            tracing::warn!(error = %e, "could not end a read snapshot");
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use crate::{NewMessage, Store, StoreError};
    use sb_core::{MessageStatus, Role};

    fn store() -> Store {
        Store::open_in_memory().unwrap()
    }

    fn count(s: &Store) -> usize {
        s.list_conversations().unwrap().len()
    }

    #[test]
    fn a_unit_is_kept_whole_or_not_at_all() {
        let s = store();
        s.write(|s| {
            s.create_conversation("kept", 1)?;
            s.create_conversation("kept too", 1)?;
            Ok(())
        })
        .unwrap();
        assert_eq!(count(&s), 2, "a unit that succeeds keeps every row");
        let failed: Result<(), StoreError> = s.write(|s| {
            s.create_conversation("undone", 2)?;
            Err(StoreError::NotFound {
                what: "thing",
                id: 9,
            })
        });
        assert!(failed.is_err());
        assert_eq!(count(&s), 2, "a unit that fails keeps nothing");
        assert!(s.conn.is_autocommit(), "and leaves no transaction open");
    }

    #[test]
    fn units_nest_and_an_inner_failure_undoes_only_the_inner_unit() {
        let s = store();
        s.write(|s| {
            let c = s.create_conversation("outer", 1)?;
            let inner: Result<(), StoreError> = s.write(|s| {
                s.create_conversation("inner", 1)?;
                Err(StoreError::NotFound { what: "x", id: 1 })
            });
            assert!(inner.is_err());
            // A store method that is itself a unit (it uses `write`) composes.
            s.insert_message(
                NewMessage {
                    conversation_id: c.id,
                    role: Role::User,
                    content: "hi".into(),
                    status: MessageStatus::Complete,
                    model: None,
                    provider: None,
                    parent: Default::default(),
                },
                1,
            )?;
            Ok(())
        })
        .unwrap();
        let titles: Vec<String> = s
            .list_conversations()
            .unwrap()
            .into_iter()
            .map(|c| c.title)
            .collect();
        assert_eq!(
            titles,
            vec!["outer".to_owned()],
            "the inner unit was undone"
        );
        assert!(s.conn.is_autocommit());
    }

    #[test]
    fn a_panic_inside_a_unit_undoes_it() {
        let s = store();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = s.write(|s| -> Result<(), StoreError> {
                s.create_conversation("lost", 1)?;
                panic!("a bug mid-write");
            });
        }));
        assert!(outcome.is_err());
        assert!(s.conn.is_autocommit(), "the transaction was closed");
        assert_eq!(count(&s), 0, "and its rows undone");
        s.create_conversation("after", 2).unwrap();
        assert_eq!(count(&s), 1, "the store keeps working");
    }

    #[test]
    fn a_snapshot_reads_one_state_while_another_connection_writes() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("s.db");
        let writer = Store::open(&path).unwrap();
        writer.create_conversation("first", 1).unwrap();
        let reader = Store::open_reader(&path).unwrap();
        let (during, inside) = reader
            .snapshot(|r| -> Result<_, StoreError> {
                let before = count(r);
                writer.create_conversation("written meanwhile", 2).unwrap();
                Ok((count(r), before))
            })
            .unwrap();
        assert_eq!(
            (inside, during),
            (1, 1),
            "the snapshot does not see the new row"
        );
        assert_eq!(count(&reader), 2, "after it, the reader does");
    }
}
