//! Switchboard's domain types, shared by every other crate.
//!
//! Invariants: this crate is pure. It performs no I/O, reads no clock and holds no
//! global state; anything time-dependent takes the time as an argument. Every type that
//! crosses into the UI derives `ts_rs::TS` so its TypeScript twin is generated, never
//! hand-written.

pub mod budget;
pub mod catalogue;
pub mod classify;
mod clock;
pub mod money;
pub mod route;
pub mod title;
pub mod tokens;
mod types;

pub use budget::{Cap, Ledger, Level};
pub use catalogue::{Catalogue, CatalogueEdits, ModelInfo, ModelRef};
pub use classify::{Alternative, Basis, Classification, Classifier, Evidence, Task};
pub use clock::{Clock, FixedClock};
pub use money::{PerMillion, Usd};
pub use route::{decide, BudgetMode, QualityPreference, RouteDecision};
pub use types::*;
