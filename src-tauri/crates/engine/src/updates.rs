//! Self-update bookkeeping that does not depend on Tauri: the user's update settings,
//! what the last check found, the once-a-day rule for offering a version, and the data
//! safety steps around an install (stop turns, checkpoint, back up the database) with
//! the check after relaunch that the new version is really running.
//!
//! The app crate does the network and install work with tauri-plugin-updater; this
//! module decides when and records what happened, so it is the same on every platform
//! and testable without a window.
//!
//! Invariants: an install never starts while a turn streams (the caller must stop them,
//! after asking); a backup copy of the database exists beside it before the install
//! starts; a version is offered at most once a day; after a relaunch the outcome
//! (updated, or failed and still on the old version) is reported exactly once.

use std::path::PathBuf;
use std::time::Duration;

use semver::Version;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Engine, EngineError};

const SETTINGS_KEY: &str = "updates";
const STATE_KEY: &str = "update_state";
/// The manifest URL template used when neither the settings, the environment nor the
/// app's config name one: one `latest.json` per channel, holding every platform (the
/// updater picks its own entry). `{{current_version}}` (and `{{target}}`, `{{arch}}` in a
/// custom template) are filled in by the updater, `{{channel}}` by us.
pub const DEFAULT_ENDPOINT: &str =
    "https://releases.switchboard.invalid/{{channel}}/latest.json?from={{current_version}}";
const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Folder for database copies, inside the data directory.
pub const BACKUP_DIR: &str = "backups";
/// Longest wait for stopped turns to store their partial answers before an install.
const STOP_WAIT: Duration = Duration::from_secs(10);
/// Database copies kept from before updates; older ones are removed.
const KEPT_BACKUPS: usize = 5;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UpdateChannel {
    #[default]
    Stable,
    Beta,
}

impl UpdateChannel {
    pub fn as_str(self) -> &'static str {
        match self {
            UpdateChannel::Stable => "stable",
            UpdateChannel::Beta => "beta",
        }
    }
}

/// Settings → Updates. Fields missing from stored settings (written by an older build)
/// take their defaults, so a new field never resets the user's choices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct UpdateSettings {
    /// Check on start and every `interval_hours`; off means only "Check now".
    pub automatic: bool,
    pub channel: UpdateChannel,
    pub interval_hours: u32,
    /// Manifest URL template; `None` uses the built-in one.
    pub endpoint: Option<String>,
}

impl Default for UpdateSettings {
    fn default() -> Self {
        UpdateSettings {
            automatic: true,
            channel: UpdateChannel::Stable,
            interval_hours: 24,
            endpoint: None,
        }
    }
}

impl UpdateSettings {
    /// The manifest URL template for the updater, with the channel filled in.
    pub fn endpoint_template(&self) -> String {
        self.endpoint
            .as_deref()
            .unwrap_or(DEFAULT_ENDPOINT)
            .replace("{{channel}}", self.channel.as_str())
            // As a parsed URL writes it (a template read back from a URL-typed config).
            .replace("%7B%7Bchannel%7D%7D", self.channel.as_str())
    }
}

/// What the last check found, for Settings → Updates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CheckResult {
    UpToDate,
    Available { version: String },
    Failed { message: String },
}

/// An install in progress: written before it starts, read after the relaunch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Installing {
    pub from: String,
    pub to: String,
    #[ts(type = "number")]
    pub at: i64,
    pub backup: String,
}

/// What happened to the last install, reported once after the relaunch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InstallOutcome {
    Updated {
        from: String,
        to: String,
    },
    Failed {
        from: String,
        to: String,
        running: String,
    },
}

/// The updater's stored state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct UpdateState {
    #[ts(type = "number | null")]
    pub last_check_at: Option<i64>,
    pub last_result: Option<CheckResult>,
    /// The last version offered and when, for the once-a-day rule.
    pub offered_version: Option<String>,
    #[ts(type = "number | null")]
    pub offered_at: Option<i64>,
    pub installing: Option<Installing>,
    /// Set after a relaunch, until the UI has shown it.
    pub outcome: Option<InstallOutcome>,
}

/// Whether an automatic check is due.
pub fn check_due(now: i64, settings: &UpdateSettings, state: &UpdateState) -> bool {
    if !settings.automatic {
        return false;
    }
    let interval = i64::from(settings.interval_hours.max(1)) * 60 * 60 * 1000;
    state
        .last_check_at
        .is_none_or(|at| now.saturating_sub(at) >= interval || now < at)
}

/// Whether `version` is newer than `current` (semantic versioning; pre-releases such as
/// `1.2.0-beta.1` sort before `1.2.0`). Unparseable versions are never newer.
pub fn is_newer(current: &str, version: &str) -> bool {
    match (Version::parse(current), Version::parse(version)) {
        (Ok(c), Ok(v)) => v > c,
        _ => false,
    }
}

/// Whether to show the "update available" notice for `version` now: not for a version
/// offered less than a day ago (a dismissed or failed update does not nag).
pub fn should_offer(version: &str, now: i64, state: &UpdateState) -> bool {
    match (&state.offered_version, state.offered_at) {
        (Some(v), Some(at)) if v == version => now.saturating_sub(at) >= DAY_MS || now < at,
        _ => true,
    }
}

/// The outcome of an install recorded before a relaunch, judged by the version running.
pub fn outcome_after_start(installing: &Installing, running: &str) -> InstallOutcome {
    if running == installing.to {
        InstallOutcome::Updated {
            from: installing.from.clone(),
            to: installing.to.clone(),
        }
    } else {
        InstallOutcome::Failed {
            from: installing.from.clone(),
            to: installing.to.clone(),
            running: running.to_owned(),
        }
    }
}

impl Engine {
    pub async fn update_settings(&self) -> Result<UpdateSettings, EngineError> {
        let raw = self.db(|s| s.get_setting(SETTINGS_KEY)).await?;
        Ok(match raw {
            // Unreadable update settings fall back to the defaults: unlike budgets, no
            // promise is broken by checking for updates with default settings.
            Some(r) => serde_json::from_str(&r).unwrap_or_default(),
            None => UpdateSettings::default(),
        })
    }

    pub async fn set_update_settings(&self, settings: UpdateSettings) -> Result<(), EngineError> {
        if settings.interval_hours == 0 || settings.interval_hours > 24 * 30 {
            return Err(EngineError::InvalidInput {
                message: "Check for updates every 1 to 720 hours.".into(),
            });
        }
        if let Some(e) = &settings.endpoint {
            let filled = e
                .replace("{{target}}", "t")
                .replace("{{arch}}", "a")
                .replace("{{current_version}}", "1.0.0")
                .replace("{{channel}}", "stable");
            let ok =
                reqwest::Url::parse(&filled).is_ok_and(|u| matches!(u.scheme(), "https" | "http"));
            if !ok {
                return Err(EngineError::InvalidInput {
                    message: format!("“{e}” is not a valid update URL."),
                });
            }
        }
        let json = encode(&settings)?;
        self.db(move |s| s.set_setting(SETTINGS_KEY, &json)).await
    }

    pub async fn update_state(&self) -> Result<UpdateState, EngineError> {
        let raw = self.db(|s| s.get_setting(STATE_KEY)).await?;
        Ok(raw
            .and_then(|r| serde_json::from_str(&r).ok())
            .unwrap_or_default())
    }

    async fn save_update_state(&self, state: &UpdateState) -> Result<(), EngineError> {
        let json = encode(state)?;
        self.db(move |s| s.set_setting(STATE_KEY, &json)).await
    }

    /// Records a finished check and returns whether to offer what it found now.
    pub async fn record_check(
        &self,
        result: CheckResult,
    ) -> Result<(UpdateState, bool), EngineError> {
        let _guard = self.inner.update_state_lock.lock().await;
        let now = self.now();
        let mut state = self.update_state().await?;
        state.last_check_at = Some(now);
        let offer = match &result {
            CheckResult::Available { version } => {
                let offer = should_offer(version, now, &state);
                if offer {
                    state.offered_version = Some(version.clone());
                    state.offered_at = Some(now);
                }
                offer
            }
            _ => false,
        };
        state.last_result = Some(result);
        self.save_update_state(&state).await?;
        Ok((state, offer))
    }

    /// Streaming turns right now (an install must wait for them or stop them).
    pub fn running_turns(&self) -> usize {
        self.inner
            .turns
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .len()
    }

    /// Makes the data safe for an install of `to` over `from`: refuses while turns
    /// stream unless `stop_turns` (the user said yes), then stops them and waits for
    /// their partial answers to be stored, checkpoints the WAL, writes a backup copy of
    /// the database beside it, and records the install so the next start can tell
    /// whether it worked. Returns the backup's path.
    pub async fn prepare_for_update(
        &self,
        from: &str,
        to: &str,
        stop_turns: bool,
    ) -> Result<PathBuf, EngineError> {
        // Close the gate first: turns still setting up finish registering, and no new one
        // starts while the install runs (it may wait minutes on a password prompt).
        *self.inner.turn_gate.write().await = true;
        let prepared = self.prepare_closed(from, to, stop_turns).await;
        if prepared.is_err() {
            *self.inner.turn_gate.write().await = false;
        }
        prepared
    }

    async fn prepare_closed(
        &self,
        from: &str,
        to: &str,
        stop_turns: bool,
    ) -> Result<PathBuf, EngineError> {
        let running = self.running_turns();
        if running > 0 {
            if !stop_turns {
                return Err(EngineError::InvalidInput {
                    message: format!(
                        "{running} answer{} still streaming: stop {} before updating, or let it finish.",
                        if running == 1 { " is" } else { "s are" },
                        if running == 1 { "it" } else { "them" }
                    ),
                });
            }
            let ids: Vec<_> = self
                .inner
                .turns
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .keys()
                .copied()
                .collect();
            for id in ids {
                self.stop_turn(id);
            }
            let deadline = tokio::time::Instant::now() + STOP_WAIT;
            while self.running_turns() > 0 && tokio::time::Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            if self.running_turns() > 0 {
                return Err(EngineError::Internal {
                    message: "A stopped answer did not finish saving; try again.".into(),
                });
            }
        }
        let now = self.now();
        let (year, month, day) = sb_core::budget::utc_date(now);
        let name = format!("switchboard-{from}-before-{to}-{year:04}{month:02}{day:02}-{now}.db");
        let backup = self.inner.data_dir.join(BACKUP_DIR).join(name);
        let dest = backup.clone();
        self.db(move |s| {
            s.checkpoint()?;
            s.backup_to(&dest)
        })
        .await?;
        self.prune_update_backups();
        let _guard = self.inner.update_state_lock.lock().await;
        let mut state = self.update_state().await?;
        state.installing = Some(Installing {
            from: from.to_owned(),
            to: to.to_owned(),
            at: now,
            backup: backup.display().to_string(),
        });
        self.save_update_state(&state).await?;
        tracing::info!(from, to, backup = %backup.display(), "database backed up before an update");
        Ok(backup)
    }

    /// Called once at start with the running version: turns a recorded install into its
    /// outcome (kept until [`Engine::acknowledge_update_outcome`]).
    pub async fn check_install_outcome(
        &self,
        running: &str,
    ) -> Result<Option<InstallOutcome>, EngineError> {
        let _guard = self.inner.update_state_lock.lock().await;
        let mut state = self.update_state().await?;
        if let Some(installing) = state.installing.take() {
            let outcome = outcome_after_start(&installing, running);
            match &outcome {
                InstallOutcome::Updated { from, to } => {
                    tracing::info!(from, to, "updated");
                }
                InstallOutcome::Failed { to, running, .. } => {
                    tracing::warn!(
                        to,
                        running,
                        "an update did not install; still on the old version"
                    );
                }
            }
            state.outcome = Some(outcome);
            self.save_update_state(&state).await?;
        }
        Ok(state.outcome)
    }

    /// The UI showed the outcome: forget it.
    pub async fn acknowledge_update_outcome(&self) -> Result<(), EngineError> {
        let _guard = self.inner.update_state_lock.lock().await;
        let mut state = self.update_state().await?;
        state.outcome = None;
        self.save_update_state(&state).await
    }

    /// An install that failed before the relaunch (no permission, bad signature…):
    /// turns may start again.
    pub async fn record_install_failure(&self) -> Result<(), EngineError> {
        *self.inner.turn_gate.write().await = false;
        let _guard = self.inner.update_state_lock.lock().await;
        let mut state = self.update_state().await?;
        state.installing = None;
        self.save_update_state(&state).await
    }

    /// Keeps the newest [`KEPT_BACKUPS`] copies made before updates; a failure to remove
    /// one is logged, never fatal.
    fn prune_update_backups(&self) {
        let dir = self.inner.data_dir.join(BACKUP_DIR);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let mut copies: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                    n.starts_with("switchboard-") && n.contains("-before-") && n.ends_with(".db")
                })
            })
            .collect();
        // Names end in the creation time in ms; newest last when sorted by it.
        copies.sort_by_key(|p| {
            p.file_stem()
                .and_then(|s| s.to_str())
                .and_then(|s| s.rsplit('-').next())
                .and_then(|ms| ms.parse::<i64>().ok())
                .unwrap_or(0)
        });
        let excess = copies.len().saturating_sub(KEPT_BACKUPS);
        for old in copies.into_iter().take(excess) {
            if let Err(e) = std::fs::remove_file(&old) {
                tracing::warn!(path = %old.display(), error = %e, "could not remove an old backup");
            }
        }
    }
}

fn encode<T: Serialize>(value: &T) -> Result<String, EngineError> {
    serde_json::to_string(value).map_err(|e| EngineError::Internal {
        message: format!("cannot encode update settings: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_semver_and_garbage_is_never_newer() {
        assert!(is_newer("0.1.0", "0.2.0"));
        assert!(is_newer("0.9.0", "0.10.0"), "numeric, not text, order");
        assert!(!is_newer("0.2.0", "0.2.0"), "equal is not newer");
        assert!(!is_newer("0.2.0", "0.1.9"), "older is not newer");
        assert!(
            is_newer("1.2.0-beta.1", "1.2.0"),
            "a release follows its beta"
        );
        assert!(
            !is_newer("1.2.0", "1.2.0-beta.2"),
            "a beta does not follow its release"
        );
        assert!(!is_newer("0.1.0", "latest"), "unparseable");
    }

    #[test]
    fn a_version_is_offered_at_most_once_a_day() {
        let mut state = UpdateState::default();
        assert!(should_offer("0.2.0", 1_000, &state));
        state.offered_version = Some("0.2.0".into());
        state.offered_at = Some(1_000);
        assert!(
            !should_offer("0.2.0", 1_000 + DAY_MS - 1, &state),
            "same day"
        );
        assert!(should_offer("0.2.0", 1_000 + DAY_MS, &state), "a day later");
        assert!(
            should_offer("0.3.0", 2_000, &state),
            "a newer version at once"
        );
    }

    #[test]
    fn automatic_checks_follow_the_settings() {
        let settings = UpdateSettings::default();
        let mut state = UpdateState::default();
        assert!(check_due(0, &settings, &state), "never checked");
        state.last_check_at = Some(1_000);
        assert!(!check_due(1_000 + DAY_MS - 1, &settings, &state));
        assert!(check_due(1_000 + DAY_MS, &settings, &state));
        let off = UpdateSettings {
            automatic: false,
            ..UpdateSettings::default()
        };
        assert!(
            !check_due(i64::MAX, &off, &UpdateState::default()),
            "off means off"
        );
        assert!(
            settings.endpoint_template().contains("/stable/latest.json"),
            "{}",
            settings.endpoint_template()
        );
    }

    #[test]
    fn the_version_running_after_a_relaunch_decides_the_outcome() {
        let installing = Installing {
            from: "0.1.0".into(),
            to: "0.2.0".into(),
            at: 1,
            backup: "b".into(),
        };
        assert!(matches!(
            outcome_after_start(&installing, "0.2.0"),
            InstallOutcome::Updated { .. }
        ));
        assert!(matches!(
            outcome_after_start(&installing, "0.1.0"),
            InstallOutcome::Failed { .. }
        ));
    }
}
