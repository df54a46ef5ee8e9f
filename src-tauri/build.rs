//! Declares the app's own commands so Tauri generates a permission for each
//! (`allow-<command>`), which `capabilities/default.json` grants to the main window.

/// Every `#[tauri::command]` in `src/commands.rs`; a command missing here cannot be called.
const COMMANDS: &[&str] = &[
    "app_status",
    "pending_upgrade",
    "list_providers",
    "add_provider",
    "update_provider",
    "delete_provider",
    "set_key",
    "delete_key",
    "set_aws_credentials",
    "provider_presets",
    "list_models",
    "test_connection",
    "detect_ollama",
    "list_conversations",
    "open_conversation",
    "attachment",
    "rename_conversation",
    "conversation_page_around",
    "database_recovery",
    "recover_database",
    "start_again",
    "import_history",
    "export_history",
    "conversation_page",
    "list_backups",
    "backup_now",
    "backup_settings",
    "set_backup_settings",
    "restore_backup",
    "select_branch",
    "delete_message",
    "set_pinned",
    "set_archived",
    "search_history",
    "delete_conversation",
    "send_turn",
    "stop_turn",
    "open_external",
    "send_routed_turn",
    "preview_route",
    "route_records",
    "budget_status",
    "conversation_routing",
    "set_conversation_routing",
    "budget_settings",
    "set_budget_settings",
    "usage_summary",
    "catalogue_state",
    "set_catalogue_edits",
    "update_status",
    "set_update_settings",
    "check_for_update",
    "download_update",
    "install_update",
    "acknowledge_update",
    "about",
];

fn main() {
    // The build date shown in Settings → About: SOURCE_DATE_EPOCH when set (reproducible
    // release builds), else now.
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    println!("cargo:rustc-env=SB_BUILD_EPOCH={epoch}");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        println!("cargo:warning=tauri build setup failed: {e:#}");
        std::process::exit(1);
    }
}
