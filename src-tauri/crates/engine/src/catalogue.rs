//! The model catalogue in effect: the defaults this build ships (or a test's own) with
//! the user's edits from Settings → Models and Settings → Routing laid over them.
//!
//! Each model comes with its access (a provider with a key serves it, or not), decided
//! by the router's own rule so Settings → Routing shows exactly what routing will skip.
//!
//! Edits are stored apart from the defaults (settings key `catalogue_edits`), so an
//! update that ships new prices or models keeps them. Invariants: the catalogue in
//! effect always passed `Catalogue::check`; edits are validated strictly before they
//! are stored, and stored edits that a newer build's defaults no longer accept are
//! applied leniently (unknown route entries dropped) or, failing that, set aside with
//! a warning rather than stopping the app.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

use sb_core::catalogue::{Catalogue, CatalogueEdits, ModelRef};
use sb_core::route::Access;
use sb_core::Task;
use serde::Serialize;
use ts_rs::TS;

use crate::{Engine, EngineError};

/// Settings key holding [`CatalogueEdits`] as JSON.
pub(crate) const EDITS_KEY: &str = "catalogue_edits";

/// What Settings → Models and Settings → Routing show.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CatalogueState {
    /// In effect: defaults plus edits.
    pub catalogue: Catalogue,
    /// The user's edits, as stored.
    pub edits: CatalogueEdits,
    /// Models the defaults ship (a model in `catalogue` but not here was added by the user).
    pub shipped_models: Vec<ModelRef>,
    /// Routes the defaults ship, to show what "Reset" goes back to.
    pub shipped_routes: BTreeMap<Task, Vec<ModelRef>>,
    /// Whether each model in effect can be called with the providers and keys set up now
    /// (the router's own rule), so Settings → Routing can mark the ones without a key.
    pub access: BTreeMap<ModelRef, Access>,
}

/// The defaults and the catalogue in effect, swapped as a whole on each edit.
pub(crate) struct Catalogues {
    pub(crate) base: Catalogue,
    pub(crate) current: RwLock<Arc<Catalogue>>,
}

impl Catalogues {
    pub(crate) fn new(base: Catalogue, stored_edits: Option<&str>) -> Catalogues {
        let current = match stored_edits.map(serde_json::from_str::<CatalogueEdits>) {
            None => base.clone(),
            Some(Ok(edits)) => base.with_edits(&edits).unwrap_or_else(|e| {
                tracing::warn!(error = %e, "stored model edits no longer apply; using the defaults");
                base.clone()
            }),
            Some(Err(e)) => {
                tracing::warn!(error = %e, "stored model edits are unreadable; using the defaults");
                base.clone()
            }
        };
        Catalogues {
            base,
            current: RwLock::new(Arc::new(current)),
        }
    }
}

impl Engine {
    /// The model catalogue and route table in effect (cheap: shares one snapshot).
    pub fn catalogue(&self) -> Arc<Catalogue> {
        let guard = self
            .inner
            .catalogues
            .current
            .read()
            // A poisoned lock only means a panic while swapping an Arc: the value is
            // either the old or the new snapshot, both complete.
            .unwrap_or_else(|p| p.into_inner());
        Arc::clone(&guard)
    }

    async fn stored_edits(&self) -> Result<CatalogueEdits, EngineError> {
        let raw = self.db(|s| s.get_setting(EDITS_KEY)).await?;
        Ok(raw
            .and_then(|r| serde_json::from_str(&r).ok())
            .unwrap_or_default())
    }

    pub async fn catalogue_state(&self) -> Result<CatalogueState, EngineError> {
        let edits = self.stored_edits().await?;
        let providers = self.list_providers().await?;
        let base = &self.inner.catalogues.base;
        let catalogue = (*self.catalogue()).clone();
        let access = catalogue
            .models
            .iter()
            .map(|m| {
                let access = crate::route::access_for(&catalogue, &providers, m);
                (m.reference(), access)
            })
            .collect();
        Ok(CatalogueState {
            catalogue,
            edits,
            shipped_models: base.models.iter().map(|m| m.reference()).collect(),
            shipped_routes: base.routes.clone(),
            access,
        })
    }

    /// Replaces the user's edits (all of them: the UI sends the whole set) after
    /// checking them, stores them, and puts the result in effect for the next turn.
    pub async fn set_catalogue_edits(
        &self,
        edits: CatalogueEdits,
    ) -> Result<CatalogueState, EngineError> {
        let merged = self
            .inner
            .catalogues
            .base
            .with_edits_strict(&edits)
            .map_err(|e| EngineError::InvalidInput {
                message: format!("Not saved: {e}."),
            })?;
        let json = serde_json::to_string(&edits).map_err(|e| EngineError::Internal {
            message: format!("cannot encode model edits: {e}"),
        })?;
        self.db(move |s| s.set_setting(EDITS_KEY, &json)).await?;
        {
            let mut current = self
                .inner
                .catalogues
                .current
                .write()
                .unwrap_or_else(|p| p.into_inner());
            *current = Arc::new(merged);
        }
        self.catalogue_state().await
    }
}
