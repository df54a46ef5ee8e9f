//! The signals that stop a running `sb chat` turn the way Ctrl-C does: the partial
//! answer is kept as `stopped`, the JSON (with `--json`) is still printed, and the exit
//! code is the shell's convention for the signal (128 + its number).
//!
//! Unix: SIGINT (Ctrl-C), SIGTERM (`kill`, service managers, `timeout`) and SIGHUP (the
//! terminal closed). Windows has no such signals; Ctrl-C, Ctrl-Break and the console
//! window closing are its equivalents.

use crate::commands::CliError;

/// Listens for every stop signal from creation on; [`StopSignals::next`] waits for one.
pub struct StopSignals {
    #[cfg(unix)]
    streams: [(tokio::signal::unix::Signal, u8); 3],
    #[cfg(windows)]
    streams: (
        tokio::signal::windows::CtrlC,
        tokio::signal::windows::CtrlBreak,
        tokio::signal::windows::CtrlClose,
    ),
}

impl StopSignals {
    #[cfg(unix)]
    pub fn listen() -> Result<StopSignals, CliError> {
        use tokio::signal::unix::{signal, SignalKind};
        let on = |kind: SignalKind| signal(kind).map_err(CliError::Signal);
        Ok(StopSignals {
            streams: [
                (on(SignalKind::interrupt())?, 130),
                (on(SignalKind::terminate())?, 143),
                (on(SignalKind::hangup())?, 129),
            ],
        })
    }

    #[cfg(windows)]
    pub fn listen() -> Result<StopSignals, CliError> {
        use tokio::signal::windows;
        Ok(StopSignals {
            streams: (
                windows::ctrl_c().map_err(CliError::Signal)?,
                windows::ctrl_break().map_err(CliError::Signal)?,
                windows::ctrl_close().map_err(CliError::Signal)?,
            ),
        })
    }

    /// Waits for the next stop signal and returns the exit code it calls for.
    #[cfg(unix)]
    pub async fn next(&mut self) -> u8 {
        let [(int, int_code), (term, term_code), (hup, hup_code)] = &mut self.streams;
        tokio::select! {
            _ = int.recv() => *int_code,
            _ = term.recv() => *term_code,
            _ = hup.recv() => *hup_code,
        }
    }

    #[cfg(windows)]
    pub async fn next(&mut self) -> u8 {
        let (c, b, close) = &mut self.streams;
        tokio::select! {
            _ = c.recv() => 130,
            _ = b.recv() => 130,
            _ = close.recv() => 129,
        }
    }
}
