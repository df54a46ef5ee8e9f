//! Self-update in the app, on tauri-plugin-updater: check (on start once the window is
//! up, then whenever the interval is due, never when the user turned checks off), download
//! with progress, install after the engine made the data safe, relaunch. The engine's
//! `updates` module decides when and records what happened; this module does the network
//! and install work and translates its errors for the UI.
//!
//! Invariants: nothing here blocks the UI or chatting (checks run on the async runtime,
//! failures are recorded and shown, never raised as dialogs); an update is installed
//! only from bytes whose signature the plugin verified against the public key in
//! `tauri.conf.json`; before installing, no turn streams and a backup of the database
//! exists.

use std::sync::Mutex;
use std::time::Duration;

use sb_core::Clock;
use sb_engine::{CheckResult, Engine, InstallOutcome, SystemClock, UpdateSettings, UpdateState};
use serde::Serialize;
use tauri::{ipc::Channel, AppHandle, Manager, State};
use tauri_plugin_updater::{Update, UpdaterExt};
use ts_rs::TS;

use crate::{AppState, IpcError};

type Res<T> = Result<T, IpcError>;

/// First automatic check this long after start, so it never competes with the window.
const FIRST_CHECK_DELAY: Duration = Duration::from_secs(5);
/// How often the background task asks whether a check is due.
const TICK: Duration = Duration::from_secs(15 * 60);
/// Longest wait for the manifest request as a whole.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Longest silence while downloading a package (the plugin sets no overall timeout on
/// downloads, which can be large): a stalled server fails the download instead of
/// leaving it "downloading" for ever.
const READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Replaces the built-in update URL template (tests point it at a loopback server; a
/// company can point it at its own mirror). A URL set in Settings → Updates wins over it.
pub const ENDPOINT_ENV: &str = "SWITCHBOARD_UPDATE_URL";

/// The update found by the last check, and its verified package once downloaded.
#[derive(Default)]
pub struct Pending {
    update: Mutex<Option<Update>>,
    bytes: Mutex<Option<Vec<u8>>>,
    /// Whether to show it: an automatic check found a version not offered in the last
    /// day, or the user asked ("Check now").
    shown: Mutex<bool>,
}

/// An update the server offers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UpdateOffer {
    pub version: String,
    pub current_version: String,
    /// Release notes (Markdown; the UI sanitises it like model output).
    pub notes: Option<String>,
    /// Publication date (RFC 3339), when the manifest gives one.
    pub date: Option<String>,
}

/// Everything Settings → Updates and the notice show.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UpdateStatus {
    pub current_version: String,
    pub settings: UpdateSettings,
    pub state: UpdateState,
    /// Found by the last check and worth showing now.
    pub offer: Option<UpdateOffer>,
    /// The offer's package is downloaded and verified: "Restart to update" is next.
    pub downloaded: bool,
}

/// Settings → About.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AboutInfo {
    pub version: String,
    /// UTC date of the build, `YYYY-MM-DD`.
    pub build_date: String,
    pub data_dir: String,
    pub log_file: String,
    pub backups_dir: String,
}

/// Download progress, as the update's package arrives.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DownloadEvent {
    Progress {
        #[ts(type = "number")]
        downloaded: u64,
        #[ts(type = "number | null")]
        total: Option<u64>,
    },
    Finished,
}

fn offer_of(update: &Update) -> UpdateOffer {
    UpdateOffer {
        version: update.version.clone(),
        current_version: update.current_version.clone(),
        notes: update.body.clone(),
        date: update.date.and_then(|d| {
            d.format(&time::format_description::well_known::Rfc3339)
                .ok()
        }),
    }
}

/// The plugin's errors as the user should read them, with a stable code each.
fn update_error(e: &tauri_plugin_updater::Error) -> IpcError {
    use tauri_plugin_updater::Error as E;
    let (code, message) = match e {
        E::Reqwest(r) if r.is_connect() || r.is_timeout() => (
            "update_offline",
            "Could not reach the update server; check your connection. Chatting is not affected.".to_owned(),
        ),
        E::Reqwest(r) if r.is_decode() || r.is_body() => (
            "update_server",
            "The update server's reply was cut off or is not what Switchboard expects; nothing was installed. Try again later.".to_owned(),
        ),
        E::Reqwest(r) => match r.status() {
            Some(s) => ("update_server", format!("The update server answered HTTP {s}.")),
            // Without the URL: a mirror's URL may carry a token.
            None => (
                "update_server",
                format!(
                    "The update server could not be read: {}",
                    without_credentials(&r.to_string())
                ),
            ),
        },
        E::Network(m) => ("update_server", format!("The update server failed: {m}")),
        E::Serialization(_) => (
            "update_server",
            "The update server sent a manifest Switchboard cannot read.".to_owned(),
        ),
        // The plugin reports an HTTP error status this way (it logs the status only).
        E::ReleaseNotFound => (
            "update_server",
            "The update server gave no release information: it may be down, or the update URL may be wrong.".to_owned(),
        ),
        E::TargetNotFound(t) => (
            "update_no_platform",
            format!("The update server offers nothing for this system ({t})."),
        ),
        E::TargetsNotFound(targets, ..) => (
            "update_no_platform",
            format!(
                "The update server offers nothing for this system ({}).",
                targets.join(", ")
            ),
        ),
        E::Minisign(_)
        | E::Base64(_)
        | E::SignatureUtf8(_)
        | E::MissingSignedVersion
        | E::SignedVersionMismatch { .. } => (
            "update_signature",
            "The downloaded update is not signed by Switchboard's key; it was not installed.".to_owned(),
        ),
        // pkexec, the graphical sudo prompt and sudo were missing, refused or cancelled,
        // or the package manager itself failed (a held lock, a missing dependency).
        E::AuthenticationFailed => (
            "update_permission",
            "No permission to install the update: installing a package needs an administrator (pkexec or sudo), and none agreed. Nothing changed; try again, or install the new version with your package manager.".to_owned(),
        ),
        E::PackageInstallFailed | E::DebInstallFailed => (
            "update_permission",
            "The package manager did not install the update (no administrator agreed, or it is busy or missing a dependency). Nothing changed; try again, or install the new version with your package manager.".to_owned(),
        ),
        // No pkexec, zenity, kdialog or sudo on this system.
        E::Io(io) if io.kind() == std::io::ErrorKind::NotFound => (
            "update_permission",
            "No permission to install the update: this system has neither pkexec nor sudo to ask for an administrator. Nothing changed; install the new version with your package manager.".to_owned(),
        ),
        E::Io(io) if io.kind() == std::io::ErrorKind::PermissionDenied => (
            "update_permission",
            "No permission to install the update. On Linux, install it with your package manager or run Switchboard as a user who may use pkexec or sudo.".to_owned(),
        ),
        other => ("update_failed", format!("The update failed: {other}")),
    };
    IpcError {
        code: code.to_owned(),
        message: message.to_owned(),
    }
}

fn updater_for(
    app: &AppHandle,
    settings: &UpdateSettings,
) -> Result<tauri_plugin_updater::Updater, IpcError> {
    // Settings → Updates, else the environment, else `plugins.updater.endpoints` in
    // tauri.conf.json (what the release was built with).
    let from_env = std::env::var(ENDPOINT_ENV)
        .ok()
        .filter(|url| !url.trim().is_empty());
    let from_config = app
        .config()
        .plugins
        .0
        .get("updater")
        .and_then(|u| u.get("endpoints"))
        .and_then(|e| e.get(0))
        .and_then(|v| v.as_str())
        .map(str::to_owned);
    let template = UpdateSettings {
        endpoint: settings.endpoint.clone().or(from_env).or(from_config),
        ..settings.clone()
    }
    .endpoint_template();
    let url = template.parse().map_err(|e| IpcError {
        code: "invalid_input".into(),
        message: format!("The update URL is not valid: {e}"),
    })?;
    app.updater_builder()
        .endpoints(vec![url])
        .and_then(|b| {
            b.timeout(REQUEST_TIMEOUT)
                .configure_client(|c| c.read_timeout(READ_TIMEOUT))
                .build()
        })
        .map_err(|e| update_error(&e))
}

/// Checks now; records the result and keeps what was found for download.
async fn check(app: &AppHandle, engine: &Engine) -> Res<Option<UpdateOffer>> {
    let settings = engine.update_settings().await?;
    let found = match updater_for(app, &settings) {
        Ok(updater) => updater.check().await.map_err(|e| update_error(&e)),
        Err(e) => Err(e),
    };
    let pending = app.state::<Pending>();
    let (result, update) = match found {
        // The plugin compares versions itself; this also holds if downgrades were ever
        // allowed in its config: an older or equal version is never offered.
        Ok(Some(update)) if !sb_engine::is_newer(&update.current_version, &update.version) => {
            (CheckResult::UpToDate, None)
        }
        Ok(Some(update)) => (
            CheckResult::Available {
                version: update.version.clone(),
            },
            Some(update),
        ),
        Ok(None) => (CheckResult::UpToDate, None),
        Err(e) => {
            engine
                .record_check(CheckResult::Failed {
                    message: e.message.clone(),
                })
                .await?;
            return Err(e);
        }
    };
    let (_, offer_now) = engine.record_check(result).await?;
    let offer = update.as_ref().map(offer_of);
    let same = |a: &Option<Update>, b: &Option<Update>| {
        a.as_ref().map(|u| &u.version) == b.as_ref().map(|u| &u.version)
    };
    {
        let mut slot = pending.update.lock().unwrap_or_else(|p| p.into_inner());
        let mut shown = pending.shown.lock().unwrap_or_else(|p| p.into_inner());
        if same(&slot, &update) {
            // The same version stays shown once offered (a later check within the day
            // must not hide a notice the user is acting on).
            *shown |= offer_now;
        } else {
            *pending.bytes.lock().unwrap_or_else(|p| p.into_inner()) = None;
            *shown = offer_now;
        }
        *slot = update;
    }
    Ok(offer.filter(|_| offer_now))
}

/// After start: records the last install's outcome, then checks on start and whenever
/// due; never when checks are off.
pub fn spawn_background_checks(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        if let Ok(engine) = app.state::<AppState>().engine().await {
            check_outcome(&app, engine).await;
        }
        tokio::time::sleep(FIRST_CHECK_DELAY).await;
        loop {
            let Ok(engine) = app.state::<AppState>().engine().await.cloned() else {
                return;
            };
            let due = match (engine.update_settings().await, engine.update_state().await) {
                (Ok(settings), Ok(state)) => {
                    sb_engine::check_due(SystemClock.now_ms(), &settings, &state)
                }
                _ => false,
            };
            if due {
                if let Err(e) = check(&app, &engine).await {
                    tracing::info!(code = %e.code, "automatic update check failed: {}", e.message);
                }
            }
            tokio::time::sleep(TICK).await;
        }
    });
}

/// The app's version as the updater compares it: `version` in `tauri.conf.json` (which a
/// release build may override), not the Rust crates' version.
fn app_version(app: &AppHandle) -> String {
    app.package_info().version.to_string()
}

/// Records, once per start, whether the last install brought the new version.
async fn check_outcome(app: &AppHandle, engine: &Engine) {
    match engine.check_install_outcome(&app_version(app)).await {
        Ok(Some(InstallOutcome::Failed { to, .. })) => {
            tracing::warn!(to, "the last update did not install")
        }
        Ok(_) => {}
        Err(e) => tracing::error!(error = %e, "could not read the update state"),
    }
}

#[tauri::command]
pub async fn update_status(app: AppHandle, state: State<'_, AppState>) -> Res<UpdateStatus> {
    let engine = state.engine().await?;
    let pending = app.state::<Pending>();
    let shown = *pending.shown.lock().unwrap_or_else(|p| p.into_inner());
    let offer = pending
        .update
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .filter(|_| shown)
        .map(offer_of);
    let downloaded = pending
        .bytes
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .is_some();
    Ok(UpdateStatus {
        current_version: app_version(&app),
        settings: engine.update_settings().await?,
        state: engine.update_state().await?,
        offer,
        downloaded,
    })
}

#[tauri::command]
pub async fn set_update_settings(
    app: AppHandle,
    state: State<'_, AppState>,
    settings: UpdateSettings,
) -> Res<()> {
    // A release build refuses plain-http update servers unless it was built to allow them
    // (the test harness); say so when saving rather than at every check.
    let insecure_allowed = cfg!(debug_assertions)
        || app
            .config()
            .plugins
            .0
            .get("updater")
            .and_then(|u| u.get("dangerousInsecureTransportProtocol"))
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false);
    if let Some(url) = &settings.endpoint {
        if !insecure_allowed && !url.trim_start().starts_with("https://") {
            return Err(IpcError {
                code: "invalid_input".into(),
                message: "Update servers must use https:// (the package is verified by its signature, but its notes and version travel in the manifest).".into(),
            });
        }
    }
    Ok(state.engine().await?.set_update_settings(settings).await?)
}

#[tauri::command]
pub async fn check_for_update(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Res<Option<UpdateOffer>> {
    let engine = state.engine().await?.clone();
    check(&app, &engine).await?;
    // "Check now" always shows what it found, whatever the once-a-day rule says.
    let pending = app.state::<Pending>();
    *pending.shown.lock().unwrap_or_else(|p| p.into_inner()) = true;
    let offer = pending
        .update
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .map(offer_of);
    Ok(offer)
}

#[tauri::command]
pub async fn download_update(app: AppHandle, on_event: Channel<DownloadEvent>) -> Res<()> {
    let pending = app.state::<Pending>();
    let update = pending
        .update
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .ok_or_else(|| IpcError {
            code: "not_found".into(),
            message: "No update to download; check for updates first.".into(),
        })?;
    let mut downloaded = 0u64;
    let progress = on_event.clone();
    // `download` verifies the signature before returning the bytes.
    let bytes = update
        .download(
            move |chunk, total| {
                downloaded += chunk as u64;
                let _ = progress.send(DownloadEvent::Progress { downloaded, total });
            },
            || {},
        )
        .await
        .map_err(|e| update_error(&e))?;
    *pending.bytes.lock().unwrap_or_else(|p| p.into_inner()) = Some(bytes);
    let _ = on_event.send(DownloadEvent::Finished);
    Ok(())
}

/// Installs the downloaded update and relaunches. `stop_turns`: the user agreed to stop
/// answers still streaming (otherwise their presence refuses the install).
#[tauri::command]
pub async fn install_update(
    app: AppHandle,
    state: State<'_, AppState>,
    stop_turns: bool,
) -> Res<()> {
    let engine = state.engine().await?.clone();
    let pending = app.state::<Pending>();
    let update = pending
        .update
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let bytes = pending
        .bytes
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let (Some(update), Some(bytes)) = (update, bytes) else {
        return Err(IpcError {
            code: "not_found".into(),
            message: "Download the update before installing it.".into(),
        });
    };
    engine
        .prepare_for_update(&update.current_version, &update.version, stop_turns)
        .await?;
    // The install blocks on the package manager (and, on Linux, a password prompt).
    let installed = tauri::async_runtime::spawn_blocking(move || update.install(&bytes))
        .await
        .map_err(|e| IpcError {
            code: "update_failed".into(),
            message: format!("The install stopped unexpectedly: {e}"),
        })?;
    if let Err(e) = installed {
        let _ = engine.record_install_failure().await;
        return Err(update_error(&e));
    }
    tracing::info!("update installed; relaunching");
    app.restart();
}

#[tauri::command]
pub async fn acknowledge_update(state: State<'_, AppState>) -> Res<()> {
    Ok(state.engine().await?.acknowledge_update_outcome().await?)
}

#[tauri::command]
pub async fn about(app: AppHandle, state: State<'_, AppState>) -> Res<AboutInfo> {
    let engine = state.engine().await?;
    let data_dir = engine.data_dir();
    let epoch: i64 = env!("SB_BUILD_EPOCH").parse().unwrap_or(0);
    let (y, m, d) = sb_core::budget::utc_date(epoch.saturating_mul(1000));
    Ok(AboutInfo {
        version: app_version(&app),
        build_date: format!("{y:04}-{m:02}-{d:02}"),
        data_dir: data_dir.display().to_string(),
        log_file: data_dir
            .join("logs")
            .join("switchboard.log")
            .display()
            .to_string(),
        backups_dir: data_dir.join(sb_engine::BACKUP_DIR).display().to_string(),
    })
}

/// Error text of a request with any URL in it cut down to scheme, host and path (the
/// provider layer's `display_url`: no user info, query or fragment).
fn without_credentials(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            let bare = word.trim_matches(|c| c == '(' || c == ')');
            if bare.contains("://") {
                word.replace(bare, &sb_providers::scrub::display_url(bare))
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use minisign_verify::{PublicKey, Signature};
    use sb_testsupport::scenario::{SIGNED_BYTES, STRANGER_SIGNATURE, TAMPERED_SIGNATURE};

    use super::*;

    /// The public key this build trusts, as `tauri.conf.json` gives it to the plugin.
    fn configured_key() -> String {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        config["plugins"]["updater"]["pubkey"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    fn text(b64: &str) -> String {
        String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(b64)
                .unwrap(),
        )
        .unwrap()
    }

    /// The plugin's own check: base64 of minisign text for key and signature, legacy
    /// signatures allowed.
    fn verify(key: &str, signature: &str, bytes: &[u8]) -> Result<(), minisign_verify::Error> {
        let key = PublicKey::decode(&text(key))?;
        let signature = Signature::decode(&text(signature))?;
        key.verify(bytes, &signature, true)
    }

    #[test]
    fn the_configured_key_accepts_only_untampered_bytes_it_signed() {
        let key = configured_key();
        assert!(
            verify(&key, TAMPERED_SIGNATURE, SIGNED_BYTES.as_bytes()).is_ok(),
            "a signature made with the configured key verifies its own bytes"
        );
        let tampered = verify(&key, TAMPERED_SIGNATURE, b"the package that was signeD\n");
        let foreign = verify(&key, STRANGER_SIGNATURE, SIGNED_BYTES.as_bytes());
        for (case, result) in [("tampered bytes", tampered), ("another key", foreign)] {
            let err = result.expect_err(case);
            let shown = update_error(&tauri_plugin_updater::Error::Minisign(err));
            assert_eq!(shown.code, "update_signature", "{case}");
            assert!(
                shown.message.contains("was not installed"),
                "{case}: {}",
                shown.message
            );
        }
    }

    #[test]
    fn the_app_version_and_the_crates_version_are_one() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        assert_eq!(
            config["version"].as_str(),
            Some(env!("CARGO_PKG_VERSION")),
            "tauri.conf.json's version (the updater's) must equal the workspace version (sb --version's)"
        );
    }

    #[test]
    fn request_errors_lose_the_credentials_in_their_urls() {
        let text = without_credentials(
            "error decoding response body for url (https://u:p@mirror.example/latest.json?token=s3cret)",
        );
        assert!(!text.contains("s3cret") && !text.contains("u:p@"), "{text}");
        assert!(
            text.contains("https://mirror.example/latest.json"),
            "{text}"
        );
    }

    #[test]
    fn an_update_url_must_be_a_url() {
        let settings = UpdateSettings {
            endpoint: Some(
                "https://mirror.example/{{channel}}/{{target}}-{{arch}}/latest.json".into(),
            ),
            ..UpdateSettings::default()
        };
        let template = settings.endpoint_template();
        assert!(
            template.starts_with("https://mirror.example/stable/"),
            "{template}"
        );
        assert!(template.parse::<tauri::Url>().is_ok());
    }
}
