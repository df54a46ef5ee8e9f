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

/// The schema version of the history in `data_dir` when opening it will first upgrade
/// it (which takes a while for a large history), read without opening it.
pub fn pending_upgrade(data_dir: &std::path::Path) -> Option<i64> {
    sb_store::pending_upgrade(&data_dir.join(crate::DB_FILE))
}

/// Makes the data folder the owner's alone (`0700`) on Unix when it is looser, since it
/// holds the whole history. A folder shared by design is left alone: one with the
/// sticky bit (like `/tmp`) or the home folder itself, in case `SWITCHBOARD_DATA_DIR`
/// points there. Other systems keep per-user profile folders private already.
pub(crate) fn make_private(dir: &std::path::Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(dir) else {
            return; // created private by the store
        };
        let mode = meta.permissions().mode();
        let shared = mode & 0o1000 != 0 || dirs::home_dir().is_some_and(|home| home == dir);
        if mode & 0o077 != 0 && !shared {
            if let Err(e) = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)) {
                tracing::warn!(dir = %dir.display(), error = %e, "could not make the data folder private");
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}
