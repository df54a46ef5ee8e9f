//! With no D-Bus session bus, the Secret Service cannot be reached: the keyring must be
//! reported unavailable with the explanation, and nothing may fall back to memory.
//!
//! A separate test binary because it clears environment variables: this is the only test
//! in the process, so no other thread reads the environment while it changes.
//! Runs only when `SB_KEYRING_TESTS=1` (see `scripts/with-keyring.sh`), so that it
//! proves the failure comes from the missing bus and not from a missing keyring.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_keys::{KeyStore, OsKeyring, Secret};

#[test]
fn without_a_session_bus_the_keyring_is_unavailable_and_explains_why() {
    if std::env::var("SB_KEYRING_TESTS").as_deref() != Ok("1") {
        eprintln!("SKIPPED: set SB_KEYRING_TESTS=1 to run keyring tests");
        return;
    }
    // libdbus finds a session bus through DBUS_SESSION_BUS_ADDRESS, then
    // $XDG_RUNTIME_DIR/bus, then X11 autolaunch via DISPLAY: remove all three.
    for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "DISPLAY"] {
        std::env::remove_var(var);
    }
    let keys = OsKeyring::new("Switchboard-test");

    let status = keys.probe();
    assert!(!status.available, "no bus means no keyring: {status:?}");
    let message = status.message.unwrap_or_default();
    assert!(
        message.contains("No Secret Service keyring is running on the D-Bus session bus")
            && message.contains("gnome-keyring"),
        "the message must say what is missing and how to fix it: {message}"
    );

    let secret = Secret::new("sk-test".into()).unwrap();
    let err = keys.set("sb-keys-test-nobus", &secret).unwrap_err();
    assert_eq!(
        err.code(),
        "keyring_unavailable",
        "storing must fail rather than fall back: {err}"
    );
    let err = keys.get("sb-keys-test-nobus").unwrap_err();
    assert_eq!(
        err.code(),
        "keyring_unavailable",
        "reading fails the same way: {err}"
    );
}
