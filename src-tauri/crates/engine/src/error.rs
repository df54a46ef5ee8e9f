//! The engine's error: every failure the app or CLI can show, each with a stable
//! `code` that the IPC layer passes on as `{code, message}`.

use sb_keys::KeyError;
use sb_providers::ProviderError;
use sb_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Store(#[from] StoreError),

    #[error(transparent)]
    Keys(#[from] KeyError),

    #[error(transparent)]
    Provider(#[from] ProviderError),

    #[error("No API key is stored for provider “{provider}”. Add one in Settings → Providers (or `sb keys set {provider}`).")]
    NoKey { provider: String },

    #[error("There is no provider named “{name}”. See `sb providers list`.")]
    UnknownProvider { name: String },

    #[error("{message}")]
    InvalidInput { message: String },

    /// A hard cap leaves too little for even the cheapest usable model; nothing was sent.
    #[error("{message}")]
    BudgetExceeded { message: String },

    /// Stored settings cannot be read; nothing is sent until they are saved again.
    #[error("{message}")]
    SettingsUnreadable { message: String },

    /// No model in the route can be used (no provider, no key, nothing fits).
    #[error("{message}")]
    NoRoute { message: String },

    #[error("Internal error: {message}")]
    Internal { message: String },
}

impl EngineError {
    /// Nothing says the database file is damaged (see [`StoreError::file_intact`]; a
    /// failure outside the store, such as a session or a pending restore, never is):
    /// trying again once the cause is fixed is the way out.
    pub fn file_intact(&self) -> bool {
        match self {
            EngineError::Store(e) => e.file_intact(),
            _ => true,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            EngineError::Store(e) => e.code(),
            EngineError::Keys(e) => e.code(),
            EngineError::Provider(e) => e.code(),
            EngineError::NoKey { .. } => "no_key",
            EngineError::UnknownProvider { .. } => "not_found",
            EngineError::InvalidInput { .. } => "invalid_input",
            EngineError::BudgetExceeded { .. } => "budget_exceeded",
            EngineError::SettingsUnreadable { .. } => "settings_unreadable",
            EngineError::NoRoute { .. } => "no_route",
            EngineError::Internal { .. } => "internal",
        }
    }
}

impl From<tokio::task::JoinError> for EngineError {
    fn from(e: tokio::task::JoinError) -> Self {
        EngineError::Internal {
            message: format!("a background task failed: {e}"),
        }
    }
}
