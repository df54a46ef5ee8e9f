//! Log to `<data dir>/logs/switchboard.log` (and warnings to stderr).
//!
//! Invariant: nothing logged carries an API key; keys only exist inside `Secret` and
//! redacted request headers, whose `Debug` prints `<redacted>`.

use std::{fs::OpenOptions, path::Path, sync::Mutex};

use tracing_subscriber::{fmt, layer::SubscriberExt, util::SubscriberInitExt, EnvFilter, Layer};

pub fn init(data_dir: &Path) {
    let dir = data_dir.join("logs");
    let file = std::fs::create_dir_all(&dir).and_then(|_| {
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("switchboard.log"))
    });
    let filter =
        || EnvFilter::try_from_env("SWITCHBOARD_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let stderr = fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(tracing_subscriber::filter::LevelFilter::WARN);
    let registry = tracing_subscriber::registry().with(stderr);
    match file {
        Ok(file) => {
            let to_file = fmt::layer()
                .with_ansi(false)
                .with_writer(Mutex::new(file))
                .with_filter(filter());
            let _ = registry.with(to_file).try_init();
        }
        Err(e) => {
            let _ = registry.try_init();
            tracing::warn!("cannot open the log file in {}: {e}", dir.display());
        }
    }
}
