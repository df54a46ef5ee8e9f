//! Test support for Switchboard (dev-only; never a dependency of shipped code).
//!
//! - [`fixtures`]: recorded OpenAI Chat Completions streams and error bodies, embedded in the
//!   binary so tests need no paths, plus a small independent SSE decoder used as a test oracle.
//! - [`server`]: [`FakeServer`], an OpenAI-compatible HTTP/1.1 server on `127.0.0.1` whose
//!   responder decides every reply, down to how the body bytes are written ([`Reply`]).
//! - [`scenario`]: the model-name router (`sb-text`, `sb-markdown`, `sb-slow`, ...) shared by the
//!   Rust tests, the CLI tests and the `sb-fake-provider` binary used by the WebDriver e2e test.
//! - [`hostile`]: [`HostileServer`], providers that misbehave on purpose (endless lines,
//!   giant events and error bodies, keep-alives forever, echoed keys, web pages, cut streams).

pub mod fixtures;
pub mod hostile;
pub mod protocols;
pub mod reply;
pub mod request;
pub mod scenario;
pub mod server;
pub mod spec;
pub mod wire;

pub use fixtures::{DecodedStream, ExpectedReply};
pub use hostile::{Hostile, HostileServer, HOSTILE_DELTAS};
pub use reply::{Ending, Framing, Reply, WritePlan};
pub use request::RecordedRequest;
pub use scenario::{scenario_responder, synth_stream};
pub use server::{FakeServer, Responder};
