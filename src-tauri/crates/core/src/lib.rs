//! Switchboard's domain types, shared by every other crate.
//!
//! Invariants: this crate is pure. It performs no I/O, reads no clock and holds no
//! global state; anything time-dependent takes the time as an argument. Every type that
//! crosses into the UI derives `ts_rs::TS` so its TypeScript twin is generated, never
//! hand-written.

mod clock;
mod types;

pub use clock::{Clock, FixedClock};
pub use types::*;
