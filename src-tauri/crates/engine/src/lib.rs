//! The one API surface of Switchboard. Tauri commands, the `sb` CLI and tests all call
//! these `async fn`s; nothing above this crate talks to the store, the keyring or a
//! provider directly.
//!
//! Invariants:
//! - [`Engine`] is cheap to clone (one `Arc` inside) and safe to share across tasks.
//! - Blocking work (SQLite, OS keyring) runs on the blocking pool, never on async threads.
//! - A turn's text is written to the database as it streams (at least every
//!   `flush_interval`), and the final status is written *before* the final event is
//!   sent, so a UI that reloads on `finished` sees what was stored.
//! - A key is bound to its provider *and* base URL: changing the URL forgets the key,
//!   so it is never sent to a host the user did not enter it for.

mod backups;
mod budget;
mod catalogue;
mod coalesce;
mod connection;
mod error;
mod export;
mod history;
mod import;
mod paths;
mod record;
mod route;
mod session;
mod turn;
mod updates;
mod usage;

pub use backups::{
    backups_in, request_restore_in, set_aside_damaged, BackupInfo, BackupKind, BackupSettings,
};
pub use budget::{BudgetSettings, BudgetStatus};
pub use catalogue::CatalogueState;
pub use coalesce::Coalescer;
pub use connection::{ConnectionTest, DetectedOllama, ListedModel, ModelListing};
pub use error::EngineError;
pub use export::{ExportKind, ExportSummary, EXPORT_FORMAT, EXPORT_VERSION};
pub use history::{ConversationPage, ConversationView, MAX_PAGE, SEARCH_LIMIT};
pub use import::{ExportFormat, ImportProgress, ImportSummary, Skipped, MAX_FILE_BYTES};
pub use paths::{default_data_dir, pending_upgrade, DATA_DIR_ENV};
pub use record::{FallbackTaken, RouteRecord, Selection, StoredRecord};
pub use route::{count_tokens, RouteOptions, RoutePreview, DEFAULT_MAX_OUTPUT};
pub use sb_providers::ollama::DEFAULT_BASE_URL as OLLAMA_DEFAULT_BASE_URL;
pub use sb_providers::{presets, Credentials, StreamLimits};
pub use sb_store::ConversationRouting;
pub use sb_store::{Branch, SearchHit, MARK_END, MARK_START};
pub use turn::{
    AttachmentData, Placement, SendRoutedTurn, SendTurn, TurnEvent, TurnStarted, TurnTarget,
};
pub use updates::{
    check_due, is_newer, CheckResult, InstallOutcome, Installing, UpdateChannel, UpdateSettings,
    UpdateState, BACKUP_DIR,
};
pub use usage::{DailySpend, SpendLine, UsageSummary};

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::Duration,
};

use sb_core::{
    Clock, Conversation, ConversationId, Message, MessageId, Provider, ProviderId, ProviderInput,
    ProviderKind, ProviderSettings,
};
use sb_keys::{KeyStore, KeyringStatus, Secret};
use sb_store::Store;
use serde::Serialize;
use tokio_util::sync::CancellationToken;
use ts_rs::TS;

/// The wall clock, for the composition roots (app and CLI). Logic never reads time
/// itself; it asks the [`Clock`] it was given.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        i64::try_from(now.as_millis()).unwrap_or(i64::MAX)
    }
}

/// Everything the engine is composed of; the app and the CLI build one of these.
pub struct EngineConfig {
    pub data_dir: PathBuf,
    pub clock: Arc<dyn Clock>,
    pub keys: Arc<dyn KeyStore>,
    /// How often streamed text is written to disk while a turn runs.
    pub flush_interval: Duration,
    pub connect_timeout: Duration,
    /// Longest silence tolerated on the connection (no bytes at all); never shorter
    /// than the idle timeout in `stream_limits`.
    pub read_timeout: Duration,
    /// Bounds on what a provider may make a turn hold or wait for, including the idle
    /// timeout: the longest wait for new content, keep-alives not counting.
    pub stream_limits: StreamLimits,
    /// The model catalogue; `None` uses the one shipped with the app.
    pub catalogue: Option<sb_core::Catalogue>,
    /// First wait before retrying a call that failed before its first token (rate
    /// limit, overload, server error, no connection); each retry waits three times
    /// longer, or as long as the server asked when that is longer.
    pub retry_backoff: Duration,
    /// Where Settings looks for a local Ollama.
    pub ollama_url: String,
    /// How long after opening the classifier and the tokenizer are loaded (a few hundred
    /// ms of CPU): the app waits until its window has started, so loading them does not
    /// compete with it; a turn before then counts off the async threads, as it must.
    pub warm_up_after: Duration,
}

impl EngineConfig {
    pub fn new(data_dir: PathBuf, clock: Arc<dyn Clock>, keys: Arc<dyn KeyStore>) -> Self {
        Self {
            data_dir,
            clock,
            keys,
            flush_interval: Duration::from_millis(250),
            connect_timeout: Duration::from_secs(15),
            read_timeout: Duration::from_secs(120),
            stream_limits: StreamLimits::default(),
            catalogue: None,
            retry_backoff: Duration::from_millis(500),
            ollama_url: sb_providers::ollama::DEFAULT_BASE_URL.to_owned(),
            warm_up_after: Duration::ZERO,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppStatus {
    pub data_dir: String,
    pub keyring: KeyringStatus,
}

#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

struct Inner {
    data_dir: PathBuf,
    store: Arc<Mutex<Store>>,
    /// A second, read-only connection: reads that may be long never block the writer.
    reader: Arc<Mutex<Store>>,
    keys: Arc<dyn KeyStore>,
    clock: Arc<dyn Clock>,
    catalogues: catalogue::Catalogues,
    http: reqwest::Client,
    flush_interval: Duration,
    retry_backoff: Duration,
    ollama_url: String,
    stream_limits: StreamLimits,
    turns: Mutex<HashMap<MessageId, CancellationToken>>,
    /// Token counts of texts already counted (a long conversation's history).
    token_counts: route::CountCache,
    /// `true` once an update is being installed: no new turn may start. A turn holds a
    /// read guard from its first step until it is registered as running, so taking the
    /// write guard waits for every turn still setting up.
    turn_gate: tokio::sync::RwLock<bool>,
    /// Serialises read-modify-write of the stored update state.
    update_state_lock: tokio::sync::Mutex<()>,
    // Held for the engine's life: the lock that tells other processes this one runs.
    _session: session::Session,
}

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "switchboard.db";

impl Engine {
    /// Opens (creating if needed) the database under `config.data_dir`, marks any
    /// answer that was still streaming when the app last stopped as interrupted, and
    /// settles the money those answers held (see `turn/settle.rs`).
    pub async fn open(config: EngineConfig) -> Result<Engine, EngineError> {
        let db_path = config.data_dir.join(DB_FILE);
        let now = config.clock.now_ms();
        let data_dir = config.data_dir.clone();
        let (store, reader, session, stored_edits) =
            tokio::task::spawn_blocking(move || -> Result<_, EngineError> {
                paths::make_private(&data_dir);
                backups::apply_pending_restore(&data_dir, now)?;
                let mut store = Store::open(&db_path)?;
                let reader = Store::open_reader(&db_path)?;
                let session =
                    session::Session::start(&data_dir, format!("{}-{now}", std::process::id()))
                        .map_err(|e| EngineError::Internal {
                            message: format!(
                                "cannot start a session in {}: {e}",
                                data_dir.join("run").display()
                            ),
                        })?;
                store.set_session(session.id.clone());
                // Only turns whose process has died are taken over: another process (the
                // app while `sb` runs) may be streaming right now.
                // These are the first reads of the file's pages: damage found here is said
                // as damage to this file (`explain`), like any other refusal at open.
                let open_turns = store
                    .sessions_with_open_turns()
                    .map_err(|e| store.explain(e))?;
                let dead = session.dead_among(&open_turns);
                session.sweep();
                let recovered = store
                    .mark_streaming_interrupted(now, &dead)
                    .map_err(|e| store.explain(e))?;
                if recovered > 0 {
                    tracing::warn!(
                        recovered,
                        "answers cut off by the last shutdown marked interrupted"
                    );
                }
                let edits = store
                    .get_setting(catalogue::EDITS_KEY)
                    .map_err(|e| store.explain(e))?;
                Ok((store, reader, (session, dead), edits))
            })
            .await??;
        let (session, dead_sessions) = session;
        let warm_up_after = config.warm_up_after;
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout.max(config.stream_limits.idle_timeout))
            .user_agent(concat!("Switchboard/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| EngineError::Internal {
                message: format!("cannot start the HTTP client: {e}"),
            })?;
        let engine = Engine {
            inner: Arc::new(Inner {
                data_dir: config.data_dir,
                store: Arc::new(Mutex::new(store)),
                reader: Arc::new(Mutex::new(reader)),
                keys: config.keys,
                clock: config.clock,
                catalogues: catalogue::Catalogues::new(
                    config.catalogue.unwrap_or_else(sb_core::Catalogue::shipped),
                    stored_edits.as_deref(),
                ),
                http,
                flush_interval: config.flush_interval,
                retry_backoff: config.retry_backoff,
                ollama_url: config.ollama_url,
                stream_limits: config.stream_limits,
                turns: Mutex::new(HashMap::new()),
                token_counts: route::CountCache::default(),
                turn_gate: tokio::sync::RwLock::new(false),
                update_state_lock: tokio::sync::Mutex::new(()),
                _session: session,
            }),
        };
        turn::warm_counting(warm_up_after);
        // Recovery took over the dead processes' turns: settle the money they held.
        let settled = engine.settle_orphans(dead_sessions).await?;
        if settled > 0 {
            tracing::warn!(settled, "reservations of interrupted answers settled");
        }
        Ok(engine)
    }

    pub fn data_dir(&self) -> &Path {
        &self.inner.data_dir
    }

    pub(crate) fn now(&self) -> i64 {
        self.inner.clock.now_ms()
    }

    /// Runs `f` against the store on the blocking pool.
    pub(crate) async fn db<T, F>(&self, f: F) -> Result<T, EngineError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, sb_store::StoreError> + Send + 'static,
    {
        let store = Arc::clone(&self.inner.store);
        tokio::task::spawn_blocking(move || {
            // A poisoned lock means a panic mid-query; SQLite rolled the statement back,
            // so the connection is still consistent and safe to keep using.
            let guard = store.lock().unwrap_or_else(|p| p.into_inner());
            f(&guard).map_err(|e| EngineError::from(guard.explain(e)))
        })
        .await?
    }

    /// Runs a read-only `f` on the reading connection, which never waits for the writer
    /// (see [`Store::open_reader`]): for listings, history loads, search and exports.
    pub(crate) async fn read<T, F>(&self, f: F) -> Result<T, EngineError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, sb_store::StoreError> + Send + 'static,
    {
        let reader = Arc::clone(&self.inner.reader);
        tokio::task::spawn_blocking(move || {
            // As for the writer: a poisoned lock only means a panic mid-read.
            let guard = reader.lock().unwrap_or_else(|p| p.into_inner());
            f(&guard).map_err(|e| EngineError::from(guard.explain(e)))
        })
        .await?
    }

    /// Runs a long read-only job (a backup, an export of everything) on a reading
    /// connection opened for it alone: such a job can take seconds on a large history,
    /// and on the shared reading connection every search and page load would wait.
    pub(crate) async fn read_apart<T, F>(&self, f: F) -> Result<T, EngineError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, EngineError> + Send + 'static,
    {
        let path = self.inner.data_dir.join(DB_FILE);
        tokio::task::spawn_blocking(move || f(&Store::open_reader(&path)?)).await?
    }

    /// Runs a keyring call on the blocking pool (platform keyrings block on IPC).
    async fn keyring<T, F>(&self, f: F) -> Result<T, EngineError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn KeyStore) -> Result<T, sb_keys::KeyError> + Send + 'static,
    {
        let keys = Arc::clone(&self.inner.keys);
        tokio::task::spawn_blocking(move || f(keys.as_ref()).map_err(EngineError::from)).await?
    }

    pub async fn app_status(&self) -> AppStatus {
        let keys = Arc::clone(&self.inner.keys);
        let keyring = tokio::task::spawn_blocking(move || keys.probe())
            .await
            .unwrap_or_else(|e| KeyringStatus {
                available: false,
                message: Some(format!("the keyring check crashed: {e}")),
            });
        AppStatus {
            data_dir: self.inner.data_dir.display().to_string(),
            keyring,
        }
    }

    // ---- providers -------------------------------------------------------------

    pub async fn list_providers(&self) -> Result<Vec<Provider>, EngineError> {
        self.db(|s| s.list_providers()).await
    }

    pub async fn provider_by_name(&self, name: &str) -> Result<Provider, EngineError> {
        let owned = name.to_owned();
        self.db(move |s| s.get_provider_by_name(&owned))
            .await?
            .ok_or_else(|| EngineError::UnknownProvider {
                name: name.to_owned(),
            })
    }

    /// Adds a provider and, when given, stores its key in the OS keyring. If the key
    /// cannot be stored the provider is not kept, so the user never sees a half-added one.
    pub async fn add_provider(
        &self,
        input: ProviderInput,
        api_key: Option<Secret>,
    ) -> Result<Provider, EngineError> {
        let input = validate_provider(input, &self.catalogue())?;
        let now = self.now();
        let provider = self.db(move |s| s.insert_provider(&input, now)).await?;
        let Some(key) = api_key else {
            return Ok(provider);
        };
        match self.set_key(provider.id, key).await {
            Ok(p) => Ok(p),
            Err(e) => {
                let id = provider.id;
                self.db(move |s| s.delete_provider(id)).await?;
                Err(e)
            }
        }
    }

    pub async fn update_provider(
        &self,
        id: ProviderId,
        input: ProviderInput,
    ) -> Result<Provider, EngineError> {
        let input = validate_provider(input, &self.catalogue())?;
        let old = self.db(move |s| s.get_provider(id)).await?;
        if old.has_key && old.base_url != input.base_url {
            // The key was entered for the old host; forget it rather than send it elsewhere.
            self.delete_key(id).await?;
        }
        self.db(move |s| s.update_provider(id, &input)).await
    }

    pub async fn delete_provider(&self, id: ProviderId) -> Result<(), EngineError> {
        let provider = self.db(move |s| s.get_provider(id)).await?;
        if provider.has_key {
            let account = key_account(&provider);
            self.keyring(move |k| k.delete(&account)).await?;
        }
        self.db(move |s| s.delete_provider(id)).await
    }

    pub async fn set_key(&self, id: ProviderId, key: Secret) -> Result<Provider, EngineError> {
        let provider = self.db(move |s| s.get_provider(id)).await?;
        let account = key_account(&provider);
        self.keyring(move |k| k.set(&account, &key)).await?;
        self.db(move |s| s.set_provider_has_key(id, true)).await
    }

    /// Stores a provider's credentials as its kind takes them (Bedrock's AWS keys as
    /// one entry); `Credentials::None` removes them.
    pub async fn set_credentials(
        &self,
        id: ProviderId,
        credentials: sb_providers::Credentials,
    ) -> Result<Provider, EngineError> {
        match credentials.to_entry()? {
            Some(entry) => self.set_key(id, entry).await,
            None => self.delete_key(id).await,
        }
    }

    pub async fn delete_key(&self, id: ProviderId) -> Result<Provider, EngineError> {
        let provider = self.db(move |s| s.get_provider(id)).await?;
        let account = key_account(&provider);
        self.keyring(move |k| k.delete(&account)).await?;
        self.db(move |s| s.set_provider_has_key(id, false)).await
    }

    /// The provider's credentials from its one keyring entry, read as its kind takes
    /// them (an API key, or Bedrock's AWS keys).
    pub(crate) async fn load_credentials(
        &self,
        provider: &Provider,
    ) -> Result<sb_providers::Credentials, EngineError> {
        let account = key_account(provider);
        let entry = self
            .keyring(move |k| k.get(&account))
            .await?
            .ok_or_else(|| EngineError::NoKey {
                provider: provider.name.clone(),
            })?;
        Ok(sb_providers::Credentials::from_entry(
            provider.kind,
            Some(entry),
        )?)
    }

    // ---- conversations ---------------------------------------------------------

    pub async fn list_conversations(&self) -> Result<Vec<Conversation>, EngineError> {
        self.read(|s| s.list_conversations()).await
    }

    /// The first `limit` conversations of [`Engine::list_conversations`], in its order.
    pub async fn first_conversations(&self, limit: u32) -> Result<Vec<Conversation>, EngineError> {
        self.read(move |s| s.first_conversations(limit)).await
    }

    pub async fn message(&self, id: MessageId) -> Result<Message, EngineError> {
        self.db(move |s| s.get_message(id)).await
    }

    pub async fn rename_conversation(
        &self,
        id: ConversationId,
        title: String,
    ) -> Result<Conversation, EngineError> {
        let title = title.trim().to_owned();
        if title.is_empty() {
            return Err(EngineError::InvalidInput {
                message: "A conversation title cannot be empty.".into(),
            });
        }
        let now = self.now();
        self.db(move |s| s.rename_conversation(id, &title, now))
            .await
    }

    pub async fn delete_conversation(&self, id: ConversationId) -> Result<(), EngineError> {
        let running: Vec<MessageId> = self
            .read(move |s| s.list_messages(id))
            .await?
            .into_iter()
            .map(|m| m.id)
            .collect();
        for message_id in running {
            self.stop_turn(message_id);
        }
        self.db(move |s| s.delete_conversation(id)).await
    }

    /// Asks a running turn to stop; its partial answer is kept with status `stopped`.
    /// Returns false when no turn with that assistant message is running.
    pub fn stop_turn(&self, assistant_message_id: MessageId) -> bool {
        let turns = self.inner.turns.lock().unwrap_or_else(|p| p.into_inner());
        match turns.get(&assistant_message_id) {
            Some(token) => {
                token.cancel();
                true
            }
            None => false,
        }
    }
}

/// Keyring account for a provider's key: bound to its id and base URL.
fn key_account(provider: &Provider) -> String {
    format!("provider-{}@{}", provider.id, provider.base_url)
}

fn validate_provider(
    input: ProviderInput,
    catalogue: &sb_core::Catalogue,
) -> Result<ProviderInput, EngineError> {
    let name = input.name.trim().to_owned();
    let model = input.default_model.trim().to_owned();
    if name.is_empty() {
        return Err(EngineError::InvalidInput {
            message: "A provider needs a name.".into(),
        });
    }
    if model.is_empty() {
        return Err(EngineError::InvalidInput {
            message: "A provider needs a default model.".into(),
        });
    }
    let settings = validate_settings(input.kind, input.settings)?;
    // Bedrock's endpoint follows from its region when none is given.
    let base_url = match (input.kind, input.base_url.trim(), &settings.region) {
        (ProviderKind::Bedrock, "", Some(region)) => {
            sb_providers::bedrock::default_base_url(region)
        }
        (_, raw, _) => normalise_base_url(raw)?,
    };
    let vendor = input
        .vendor
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty());
    if let Some(v) = &vendor {
        if catalogue.vendor(v).is_none() {
            let known: Vec<&str> = catalogue.vendors.iter().map(|v| v.id.as_str()).collect();
            return Err(EngineError::InvalidInput {
                message: format!("Unknown vendor “{v}”; choose one of {}.", known.join(", ")),
            });
        }
    }
    Ok(ProviderInput {
        name,
        kind: input.kind,
        base_url,
        default_model: model,
        vendor,
        local: input.local,
        settings,
    })
}

/// Trims a provider's per-kind settings and refuses what could not work: an unknown
/// preset, a header that is not a valid HTTP header, or one that carries credentials
/// (those live in the keyring, never in the database).
fn validate_settings(
    kind: ProviderKind,
    settings: ProviderSettings,
) -> Result<ProviderSettings, EngineError> {
    let clean = |v: Option<String>| v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let preset = clean(settings.preset);
    if let Some(p) = &preset {
        if sb_providers::presets::find(p).is_none() {
            return Err(EngineError::InvalidInput {
                message: format!("Unknown preset “{p}”."),
            });
        }
    }
    let mut headers = Vec::new();
    for h in settings.headers {
        let name = h.name.trim().to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let valid = reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_ok()
            && reqwest::header::HeaderValue::from_str(h.value.trim()).is_ok();
        if !valid {
            return Err(EngineError::InvalidInput {
                message: format!("“{name}” is not a valid HTTP header."),
            });
        }
        if sb_providers::scrub::is_credential_header(&name) {
            return Err(EngineError::InvalidInput {
                message: format!(
                    "“{name}” carries credentials; put the key in the API key field instead."
                ),
            });
        }
        headers.push(sb_core::ExtraHeader {
            name,
            value: h.value.trim().to_owned(),
        });
    }
    let out = ProviderSettings {
        api_version: clean(settings.api_version),
        region: clean(settings.region),
        preset,
        headers,
    };
    if let Some(region) = &out.region {
        let valid = region
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return Err(EngineError::InvalidInput {
                message: format!("“{region}” is not an AWS region (like us-east-1)."),
            });
        }
    }
    if kind == ProviderKind::Bedrock && out.region.is_none() {
        return Err(EngineError::InvalidInput {
            message: "Bedrock needs the AWS region (like us-east-1).".into(),
        });
    }
    Ok(out)
}

pub(crate) fn normalise_base_url(raw: &str) -> Result<String, EngineError> {
    let trimmed = raw.trim().trim_end_matches('/');
    let url = reqwest::Url::parse(trimmed).map_err(|e| EngineError::InvalidInput {
        message: format!("“{trimmed}” is not a valid URL ({e})."),
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(EngineError::InvalidInput {
            message: format!("The base URL must start with http:// or https://, got “{trimmed}”."),
        });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(EngineError::InvalidInput {
            message: "Put credentials in the API key field, not in the base URL.".into(),
        });
    }
    Ok(trimmed.to_owned())
}

pub(crate) fn register_turn(engine: &Engine, id: MessageId) -> CancellationToken {
    let token = CancellationToken::new();
    engine
        .inner
        .turns
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(id, token.clone());
    token
}

pub(crate) fn unregister_turn(engine: &Engine, id: MessageId) {
    engine
        .inner
        .turns
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .remove(&id);
}

pub(crate) fn http(engine: &Engine) -> &reqwest::Client {
    &engine.inner.http
}

pub(crate) fn ollama_url(engine: &Engine) -> &str {
    &engine.inner.ollama_url
}

pub(crate) fn retry_backoff(engine: &Engine) -> Duration {
    engine.inner.retry_backoff
}

pub(crate) fn flush_interval(engine: &Engine) -> Duration {
    engine.inner.flush_interval
}

pub(crate) fn stream_limits(engine: &Engine) -> StreamLimits {
    engine.inner.stream_limits
}
