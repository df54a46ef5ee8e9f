//! Declares the app's own commands so Tauri generates a permission for each
//! (`allow-<command>`), which `capabilities/default.json` grants to the main window.

/// Every `#[tauri::command]` in `src/commands.rs`; a command missing here cannot be called.
const COMMANDS: &[&str] = &[
    "app_status",
    "list_providers",
    "add_provider",
    "update_provider",
    "delete_provider",
    "set_key",
    "delete_key",
    "list_conversations",
    "open_conversation",
    "rename_conversation",
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
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        println!("cargo:warning=tauri build setup failed: {e:#}");
        std::process::exit(1);
    }
}
