//! One-line Tauri commands over the engine. Each one only unwraps the engine from
//! state, calls it, and converts the error.

use std::time::Duration;

use sb_core::{Conversation, ConversationId, MessageId, Provider, ProviderId, ProviderInput};
use sb_engine::{
    AppStatus, BackupInfo, BackupSettings, BudgetSettings, BudgetStatus, CatalogueState, Coalescer,
    ConversationPage, ConversationRouting, ConversationView, ExportSummary, ImportSummary,
    RouteOptions, RoutePreview, SearchHit, SendRoutedTurn, SendTurn, StoredRecord, TurnEvent,
    TurnStarted, UsageSummary,
};
use sb_keys::Secret;
use tauri::{ipc::Channel, AppHandle, Emitter, State};
use tauri_plugin_opener::OpenerExt;

use crate::{AppState, IpcError};

type Res<T> = Result<T, IpcError>;

/// Deltas are merged for up to this long before being sent to the webview...
const COALESCE_WINDOW: Duration = Duration::from_millis(30);
/// ...or until this many bytes are pending, so each IPC message stays small.
const COALESCE_MAX_BYTES: usize = 4096;

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Res<AppStatus> {
    Ok(state.engine().await?.app_status().await)
}

/// The schema version of the history when opening it is upgrading it first (the window
/// says so while that runs); answered without waiting for the engine.
#[tauri::command]
pub fn pending_upgrade(state: State<'_, AppState>) -> Option<i64> {
    state.data_dir().and_then(sb_engine::pending_upgrade)
}

#[tauri::command]
pub async fn list_providers(state: State<'_, AppState>) -> Res<Vec<Provider>> {
    Ok(state.engine().await?.list_providers().await?)
}

#[tauri::command]
pub async fn add_provider(
    state: State<'_, AppState>,
    input: ProviderInput,
    api_key: Option<String>,
) -> Res<Provider> {
    Ok(state
        .engine()
        .await?
        .add_provider(input, api_key.map(secret).transpose()?)
        .await?)
}

#[tauri::command]
pub async fn update_provider(
    state: State<'_, AppState>,
    id: ProviderId,
    input: ProviderInput,
) -> Res<Provider> {
    Ok(state.engine().await?.update_provider(id, input).await?)
}

#[tauri::command]
pub async fn delete_provider(state: State<'_, AppState>, id: ProviderId) -> Res<()> {
    Ok(state.engine().await?.delete_provider(id).await?)
}

#[tauri::command]
pub async fn set_key(
    state: State<'_, AppState>,
    provider_id: ProviderId,
    api_key: String,
) -> Res<Provider> {
    Ok(state
        .engine()
        .await?
        .set_key(provider_id, secret(api_key)?)
        .await?)
}

/// Stores Bedrock's AWS access keys as the provider's one keyring entry.
#[tauri::command]
pub async fn set_aws_credentials(
    state: State<'_, AppState>,
    provider_id: ProviderId,
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
) -> Res<Provider> {
    let credentials = sb_engine::Credentials::aws(access_key_id, secret_access_key, session_token)
        .map_err(sb_engine::EngineError::from)?;
    Ok(state
        .engine()
        .await?
        .set_credentials(provider_id, credentials)
        .await?)
}

#[tauri::command]
pub fn provider_presets() -> Vec<sb_engine::presets::Preset> {
    sb_engine::presets::PRESETS.to_vec()
}

#[tauri::command]
pub async fn list_models(
    state: State<'_, AppState>,
    provider_id: ProviderId,
) -> Res<sb_engine::ModelListing> {
    Ok(state.engine().await?.list_models(provider_id).await?)
}

#[tauri::command]
pub async fn test_connection(
    state: State<'_, AppState>,
    provider_id: ProviderId,
) -> Res<sb_engine::ConnectionTest> {
    Ok(state.engine().await?.test_connection(provider_id).await?)
}

#[tauri::command]
pub async fn detect_ollama(state: State<'_, AppState>) -> Res<Option<sb_engine::DetectedOllama>> {
    Ok(state.engine().await?.detect_ollama().await)
}

#[tauri::command]
pub async fn delete_key(state: State<'_, AppState>, provider_id: ProviderId) -> Res<Provider> {
    Ok(state.engine().await?.delete_key(provider_id).await?)
}

/// Every conversation, or with `limit` only the first ones (a window's first screen).
#[tauri::command]
pub async fn list_conversations(
    state: State<'_, AppState>,
    limit: Option<u32>,
) -> Res<Vec<Conversation>> {
    let engine = state.engine().await?;
    Ok(match limit {
        Some(limit) => engine.first_conversations(limit).await?,
        None => engine.list_conversations().await?,
    })
}

#[tauri::command]
pub async fn open_conversation(
    state: State<'_, AppState>,
    id: ConversationId,
) -> Res<ConversationView> {
    Ok(state.engine().await?.open_conversation(id).await?)
}

#[tauri::command]
pub async fn attachment(state: State<'_, AppState>, id: i64) -> Res<sb_engine::AttachmentData> {
    Ok(state.engine().await?.attachment(id).await?)
}

#[tauri::command]
pub async fn rename_conversation(
    state: State<'_, AppState>,
    id: ConversationId,
    title: String,
) -> Res<Conversation> {
    Ok(state.engine().await?.rename_conversation(id, title).await?)
}

/// Shows the branch through a message (its newest answers); returns the page around it.
#[tauri::command]
pub async fn select_branch(
    state: State<'_, AppState>,
    message_id: MessageId,
    limit: usize,
) -> Res<ConversationPage> {
    Ok(state
        .engine()
        .await?
        .select_branch(message_id, limit)
        .await?)
}

/// Deletes a message and everything under it; returns the newest page as now shown.
#[tauri::command]
pub async fn delete_message(
    state: State<'_, AppState>,
    message_id: MessageId,
    limit: usize,
) -> Res<ConversationPage> {
    Ok(state
        .engine()
        .await?
        .delete_message(message_id, limit)
        .await?)
}

/// Pins or unpins a conversation.
#[tauri::command]
pub async fn set_pinned(state: State<'_, AppState>, id: ConversationId, pinned: bool) -> Res<()> {
    Ok(state.engine().await?.set_pinned(id, pinned).await?)
}

/// Archives or restores a conversation.
#[tauri::command]
pub async fn set_archived(
    state: State<'_, AppState>,
    id: ConversationId,
    archived: bool,
) -> Res<()> {
    Ok(state.engine().await?.set_archived(id, archived).await?)
}

/// Full-text search over messages and titles.
#[tauri::command]
pub async fn search_history(state: State<'_, AppState>, query: String) -> Res<Vec<SearchHit>> {
    Ok(state.engine().await?.search(query).await?)
}

/// Every backup copy of the database, newest first.
#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Res<Vec<BackupInfo>> {
    Ok(state.engine().await?.list_backups().await?)
}

/// Takes a backup copy now.
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>) -> Res<BackupInfo> {
    Ok(state.engine().await?.backup_now().await?)
}

/// How daily backups are kept.
#[tauri::command]
pub async fn backup_settings(state: State<'_, AppState>) -> Res<BackupSettings> {
    Ok(state.engine().await?.backup_settings().await?)
}

/// Changes how daily backups are kept.
#[tauri::command]
pub async fn set_backup_settings(state: State<'_, AppState>, settings: BackupSettings) -> Res<()> {
    Ok(state.engine().await?.set_backup_settings(settings).await?)
}

/// Restores a backup: records it, then restarts the app, which puts it in place of the
/// current database (kept aside in the backups folder) before opening it.
#[tauri::command]
pub async fn restore_backup(app: AppHandle, state: State<'_, AppState>, name: String) -> Res<()> {
    state.engine().await?.request_restore(name).await?;
    app.restart()
}

/// One page of a conversation's shown branch (newest first when `before` is null).
#[tauri::command]
pub async fn conversation_page(
    state: State<'_, AppState>,
    id: ConversationId,
    before: Option<MessageId>,
    limit: usize,
) -> Res<ConversationPage> {
    Ok(state
        .engine()
        .await?
        .conversation_page(id, before, limit)
        .await?)
}

/// Imports an export file the person picked, sent as the request's raw bytes; progress
/// goes out as `import-progress` events.
#[tauri::command]
pub async fn import_history(
    app: AppHandle,
    state: State<'_, AppState>,
    request: tauri::ipc::Request<'_>,
) -> Res<ImportSummary> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(IpcError {
            code: "invalid_input".into(),
            message: "The file's bytes did not arrive.".into(),
        });
    };
    let bytes = bytes.clone();
    Ok(state
        .engine()
        .await?
        .import_bytes(bytes, move |p| {
            let _ = app.emit("import-progress", p);
        })
        .await?)
}

/// Exports one conversation or all to a new file in Downloads.
#[tauri::command]
pub async fn export_history(
    state: State<'_, AppState>,
    conversation: Option<ConversationId>,
    markdown: bool,
) -> Res<ExportSummary> {
    let kind = if markdown {
        sb_engine::ExportKind::Markdown
    } else {
        sb_engine::ExportKind::Json
    };
    Ok(state
        .engine()
        .await?
        .export_to_downloads(conversation, kind)
        .await?)
}

/// What the app knows when its database could not be opened: the error, the folder,
/// and the backups it could restore.
#[derive(serde::Serialize, ts_rs::TS)]
pub struct DatabaseRecovery {
    /// Why the database could not be opened; `None` when it opened.
    pub error: Option<IpcError>,
    /// The file is sound and what stopped it is outside it (a read-only folder, a full
    /// disk, a newer version): once that is fixed, starting again opens it as it was.
    pub file_intact: bool,
    pub data_dir: Option<String>,
    pub backups: Vec<BackupInfo>,
}

/// The recovery screen's facts (works whether or not the engine opened).
#[tauri::command]
pub async fn database_recovery(state: State<'_, AppState>) -> Res<DatabaseRecovery> {
    Ok(DatabaseRecovery {
        error: state.engine().await.err(),
        file_intact: state.file_intact().await,
        data_dir: state.data_dir().map(|d| d.display().to_string()),
        backups: state
            .data_dir()
            .map(sb_engine::backups_in)
            .unwrap_or_default(),
    })
}

/// When the database could not be opened for a cause outside its file (made writable,
/// space freed): starts Switchboard again, which opens it as it was. Refused while the
/// engine runs: a restart then would cut off whatever it is doing.
#[tauri::command]
pub async fn start_again(app: AppHandle, state: State<'_, AppState>) -> Res<()> {
    if state.engine().await.is_ok() {
        return Err(IpcError {
            code: "invalid_input".into(),
            message: "Switchboard is running; there is nothing to start again.".into(),
        });
    }
    app.restart()
}

/// When the database could not be opened: restore a backup (`name`) or, with no name,
/// set the unusable file aside (kept in the backups folder) and start with an empty
/// history; then restart.
#[tauri::command]
pub fn recover_database(
    app: AppHandle,
    state: State<'_, AppState>,
    name: Option<String>,
) -> Res<()> {
    let no_folder = || IpcError {
        code: "storage".into(),
        message: "Switchboard has no data folder to recover.".into(),
    };
    let dir = state.data_dir().ok_or_else(no_folder)?;
    match name {
        Some(name) => sb_engine::request_restore_in(dir, &name)?,
        None => {
            sb_engine::set_aside_damaged(dir, sb_core::Clock::now_ms(&sb_engine::SystemClock))?;
        }
    }
    app.restart()
}

/// The page of a conversation's shown branch with a message in its middle.
#[tauri::command]
pub async fn conversation_page_around(
    state: State<'_, AppState>,
    id: ConversationId,
    message_id: MessageId,
    limit: usize,
) -> Res<ConversationPage> {
    Ok(state
        .engine()
        .await?
        .conversation_page_around(id, message_id, limit)
        .await?)
}

#[tauri::command]
pub async fn delete_conversation(state: State<'_, AppState>, id: ConversationId) -> Res<()> {
    Ok(state.engine().await?.delete_conversation(id).await?)
}

#[tauri::command]
pub async fn send_turn(
    state: State<'_, AppState>,
    request: SendTurn,
    on_event: Channel<TurnEvent>,
) -> Res<TurnStarted> {
    let (started, events) = state.engine().await?.send_turn(request).await?;
    tauri::async_runtime::spawn(forward(
        Coalescer::new(events, COALESCE_WINDOW, COALESCE_MAX_BYTES),
        on_event,
    ));
    Ok(started)
}

#[tauri::command]
pub async fn send_routed_turn(
    state: State<'_, AppState>,
    request: SendRoutedTurn,
    on_event: Channel<TurnEvent>,
) -> Res<TurnStarted> {
    let (started, events) = state.engine().await?.send_routed_turn(request).await?;
    tauri::async_runtime::spawn(forward(
        Coalescer::new(events, COALESCE_WINDOW, COALESCE_MAX_BYTES),
        on_event,
    ));
    Ok(started)
}

#[tauri::command]
pub async fn preview_route(
    state: State<'_, AppState>,
    text: String,
    options: RouteOptions,
) -> Res<RoutePreview> {
    Ok(state.engine().await?.preview_route(text, options).await?)
}

#[tauri::command]
pub async fn route_records(
    state: State<'_, AppState>,
    conversation_id: ConversationId,
) -> Res<Vec<StoredRecord>> {
    Ok(state.engine().await?.route_records(conversation_id).await?)
}

#[tauri::command]
pub async fn budget_status(
    state: State<'_, AppState>,
    conversation_id: ConversationId,
) -> Res<BudgetStatus> {
    Ok(state.engine().await?.budget_status(conversation_id).await?)
}

#[tauri::command]
pub async fn conversation_routing(
    state: State<'_, AppState>,
    conversation_id: ConversationId,
) -> Res<ConversationRouting> {
    Ok(state
        .engine()
        .await?
        .conversation_routing(conversation_id)
        .await?)
}

#[tauri::command]
pub async fn set_conversation_routing(
    state: State<'_, AppState>,
    conversation_id: ConversationId,
    routing: ConversationRouting,
) -> Res<()> {
    Ok(state
        .engine()
        .await?
        .set_conversation_routing(conversation_id, routing)
        .await?)
}

#[tauri::command]
pub async fn usage_summary(state: State<'_, AppState>, days: Option<u32>) -> Res<UsageSummary> {
    Ok(state.engine().await?.usage_summary(days).await?)
}

#[tauri::command]
pub async fn catalogue_state(state: State<'_, AppState>) -> Res<CatalogueState> {
    Ok(state.engine().await?.catalogue_state().await?)
}

#[tauri::command]
pub async fn set_catalogue_edits(
    state: State<'_, AppState>,
    edits: sb_core::CatalogueEdits,
) -> Res<CatalogueState> {
    Ok(state.engine().await?.set_catalogue_edits(edits).await?)
}

#[tauri::command]
pub async fn budget_settings(state: State<'_, AppState>) -> Res<BudgetSettings> {
    Ok(state.engine().await?.budget_settings().await?)
}

#[tauri::command]
pub async fn set_budget_settings(state: State<'_, AppState>, settings: BudgetSettings) -> Res<()> {
    Ok(state.engine().await?.set_budget_settings(settings).await?)
}

#[tauri::command]
pub async fn stop_turn(state: State<'_, AppState>, message_id: MessageId) -> Res<bool> {
    Ok(state.engine().await?.stop_turn(message_id))
}

/// Opens a link from a message in the system browser; only web and mail links, so a
/// model cannot make the app open local files or custom URL handlers.
#[tauri::command]
pub fn open_external(app: AppHandle, url: String) -> Res<()> {
    let parsed =
        tauri::Url::parse(&url).map_err(|e| invalid(format!("Not a valid link ({e}).")))?;
    if !matches!(parsed.scheme(), "http" | "https" | "mailto") {
        return Err(invalid(format!(
            "Links with the “{}:” scheme are not opened.",
            parsed.scheme()
        )));
    }
    app.opener()
        .open_url(parsed.as_str(), None::<&str>)
        .map_err(|e| IpcError {
            code: "internal".into(),
            message: format!("Could not open the browser: {e}"),
        })
}

/// Sends a turn's events to the webview. If the webview goes away the turn keeps
/// running and is still stored; only the forwarding stops.
async fn forward(mut events: Coalescer, channel: Channel<TurnEvent>) {
    while let Some(event) = events.next().await {
        if channel.send(event).is_err() {
            break;
        }
    }
}

fn secret(raw: String) -> Res<Secret> {
    Secret::new(raw).map_err(|e| IpcError {
        code: e.code().to_owned(),
        message: e.to_string(),
    })
}

fn invalid(message: String) -> IpcError {
    IpcError {
        code: "invalid_input".into(),
        message,
    }
}
