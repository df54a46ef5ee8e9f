//! The Tauri shell: wires the shared tokio runtime, logging, the [`sb_engine::Engine`]
//! and one-line commands. Behaviour lives in the engine; this crate only translates.
//!
//! Invariants: one tokio runtime for Tauri and the engine; the window is created first and
//! the engine opens beside it (a command that comes before it is open waits for it), so a
//! long upgrade or a large history never delays the window; if the engine cannot start
//! (unreadable or too-new database, no data folder) the window still opens and every
//! command answers with the reason, so the user is told instead of seeing a crash.

mod commands;
mod ipc;
mod logging;
mod updater;

use std::sync::Arc;

use sb_engine::{Engine, EngineConfig, SystemClock};
use sb_keys::OsKeyring;

pub use ipc::{typescript_bindings, IpcError};

/// The engine (opened once, on first use or when start-up begins it), or why it could not
/// start.
pub struct AppState {
    engine: tokio::sync::OnceCell<Result<Engine, StartFailure>>,
    /// The data folder, known even when the engine could not open (for recovery).
    data_dir: Option<std::path::PathBuf>,
}

/// Why the engine could not start.
struct StartFailure {
    error: IpcError,
    /// The database file is sound (see `EngineError::file_intact`): starting again once
    /// the cause is fixed opens it.
    file_intact: bool,
}

impl AppState {
    /// The engine, once open: the first caller opens it, later ones wait for that.
    pub async fn engine(&self) -> Result<&Engine, IpcError> {
        self.started().await.map_err(|f| f.error.clone())
    }

    /// Whether the engine failed with its database file sound (false when it started).
    pub async fn file_intact(&self) -> bool {
        self.started().await.is_err_and(|f| f.file_intact)
    }

    async fn started(&self) -> Result<&Engine, &StartFailure> {
        self.engine
            .get_or_init(|| start_engine(self.data_dir.clone()))
            .await
            .as_ref()
    }

    pub fn data_dir(&self) -> Option<&std::path::Path> {
        self.data_dir.as_deref()
    }
}

/// Service name under which keys are stored in the OS keyring.
const KEYRING_SERVICE: &str = "Switchboard";

pub fn run() {
    // Start-up time is instrumentation, not logic: it is only logged.
    let launched = std::time::Instant::now();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("switchboard")
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("Switchboard cannot start its async runtime: {e}");
            std::process::exit(1);
        }
    };
    tauri::async_runtime::set(runtime.handle().clone());

    let state = AppState {
        engine: tokio::sync::OnceCell::new(),
        data_dir: sb_engine::default_data_dir(),
    };

    let result = tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(state)
        .manage(updater::Pending::default())
        .setup(|app| {
            // The window is on its way: open the engine beside it.
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                use tauri::Manager;
                if let Err(e) = handle.state::<AppState>().engine().await {
                    tracing::error!(code = %e.code, "engine failed to start: {}", e.message);
                    eprintln!("Switchboard: {}", e.message);
                }
            });
            updater::spawn_background_checks(app.handle().clone());
            spawn_daily_backups(app.handle().clone());
            Ok(())
        })
        .on_page_load(move |_, payload| {
            if matches!(payload.event(), tauri::webview::PageLoadEvent::Finished) {
                tracing::info!(
                    elapsed_ms = u64::try_from(launched.elapsed().as_millis()).unwrap_or(u64::MAX),
                    "window content loaded"
                );
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::pending_upgrade,
            commands::list_providers,
            commands::add_provider,
            commands::update_provider,
            commands::delete_provider,
            commands::set_key,
            commands::delete_key,
            commands::set_aws_credentials,
            commands::provider_presets,
            commands::list_models,
            commands::test_connection,
            commands::detect_ollama,
            commands::list_conversations,
            commands::open_conversation,
            commands::attachment,
            commands::rename_conversation,
            commands::conversation_page_around,
            commands::database_recovery,
            commands::start_again,
            commands::recover_database,
            commands::import_history,
            commands::export_history,
            commands::conversation_page,
            commands::list_backups,
            commands::backup_now,
            commands::backup_settings,
            commands::set_backup_settings,
            commands::restore_backup,
            commands::select_branch,
            commands::delete_message,
            commands::set_pinned,
            commands::set_archived,
            commands::search_history,
            commands::delete_conversation,
            commands::send_turn,
            commands::stop_turn,
            commands::open_external,
            commands::send_routed_turn,
            commands::preview_route,
            commands::route_records,
            commands::budget_status,
            commands::conversation_routing,
            commands::set_conversation_routing,
            commands::budget_settings,
            commands::set_budget_settings,
            commands::usage_summary,
            commands::catalogue_state,
            commands::set_catalogue_edits,
            updater::update_status,
            updater::set_update_settings,
            updater::check_for_update,
            updater::download_update,
            updater::install_update,
            updater::acknowledge_update,
            updater::about,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        tracing::error!("the app stopped with an error: {e}");
        eprintln!("Switchboard stopped with an error: {e}");
        std::process::exit(1);
    }
}

/// After start-up (the window first), takes the day's backup copy when one is due, and
/// checks again every hour the app stays open.
fn spawn_daily_backups(app: tauri::AppHandle) {
    use tauri::Manager;
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_secs(20)).await;
        loop {
            let Ok(engine) = app.state::<AppState>().engine().await.cloned() else {
                return;
            };
            if let Err(e) = engine.daily_backup().await {
                tracing::warn!(error = %e, "the daily backup failed");
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    });
}

async fn start_engine(data_dir: Option<std::path::PathBuf>) -> Result<Engine, StartFailure> {
    let data_dir = data_dir.ok_or_else(|| StartFailure {
        error: IpcError {
            code: "storage".into(),
            message: format!(
                "Switchboard cannot find a folder for its data: the OS reports no home folder. Set {} to a writable folder.",
                sb_engine::DATA_DIR_ENV
            ),
        },
        file_intact: false,
    })?;
    logging::init(&data_dir);
    tracing::info!(data_dir = %data_dir.display(), version = env!("CARGO_PKG_VERSION"), "starting");
    let keys = Arc::new(OsKeyring::new(KEYRING_SERVICE));
    let mut config = EngineConfig::new(data_dir, Arc::new(SystemClock), keys);
    // The classifier and tokenizer take a few hundred ms of CPU to load: not while the
    // window starts (on two cores it competes with WebKit for them).
    config.warm_up_after = std::time::Duration::from_secs(3);
    // Timed for the start-up benchmark's log (instrumentation only).
    let opening = std::time::Instant::now();
    let engine = Engine::open(config).await.map_err(|e| StartFailure {
        file_intact: e.file_intact(),
        error: IpcError::from(e),
    })?;
    tracing::info!(
        elapsed_ms = u64::try_from(opening.elapsed().as_millis()).unwrap_or(u64::MAX),
        "engine open"
    );
    Ok(engine)
}
