//! Where Switchboard keeps its data. The app and the CLI share one location so that
//! `sb` sees the app's history.

use std::path::PathBuf;

/// Overrides the data directory for both the app and `sb`.
pub const DATA_DIR_ENV: &str = "SWITCHBOARD_DATA_DIR";

/// Same folder Tauri's `app_data_dir()` gives for our bundle identifier, so the
/// CLI (which has no Tauri) finds the app's database:
/// Linux `~/.local/share/io.switchboard.desktop`, macOS
/// `~/Library/Application Support/io.switchboard.desktop`, Windows
/// `%APPDATA%\io.switchboard.desktop`.
pub const APP_IDENTIFIER: &str = "io.switchboard.desktop";

/// The data directory: `$SWITCHBOARD_DATA_DIR` when set and non-empty, otherwise the
/// platform's per-user data folder. `None` only when the OS reports no home folder.
pub fn default_data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::data_dir().map(|d| d.join(APP_IDENTIFIER)),
    }
}
