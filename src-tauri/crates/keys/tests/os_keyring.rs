//! Round trip against the real OS keyring. Runs only when `SB_KEYRING_TESTS=1`, which
//! `scripts/with-keyring.sh` makes safe by giving the test a private, unlocked keyring;
//! otherwise it prints why it skipped, so a developer's own keyring is never touched.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_keys::{KeyStore, OsKeyring, Secret};

/// Not the app's "Switchboard" service, so a stray run cannot clobber real keys.
const SERVICE: &str = "Switchboard-test";

fn enabled() -> bool {
    let on = std::env::var("SB_KEYRING_TESTS").as_deref() == Ok("1");
    if !on {
        eprintln!(
            "SKIPPED: set SB_KEYRING_TESTS=1 to test against the real OS keyring \
             (e.g. scripts/with-keyring.sh env SB_KEYRING_TESTS=1 cargo test -p sb-keys)"
        );
    }
    on
}

#[test]
fn keys_survive_in_the_os_keyring_across_fresh_handles() {
    if !enabled() {
        return;
    }
    let account = format!("sb-keys-test-{}", std::process::id());

    assert_eq!(
        OsKeyring::new(SERVICE).probe(),
        sb_keys::KeyringStatus {
            available: true,
            message: None
        },
        "the keyring the test runs against must be usable"
    );
    assert!(
        OsKeyring::new(SERVICE).get(&account).unwrap().is_none(),
        "a fresh account has no key"
    );

    let secret = Secret::new(" sk-test-0123456789\n".into()).unwrap();
    OsKeyring::new(SERVICE).set(&account, &secret).unwrap();

    let read = OsKeyring::new(SERVICE).get(&account).unwrap();
    assert_eq!(
        read.as_ref().map(Secret::expose),
        Some("sk-test-0123456789"),
        "a new handle reads the trimmed key back from the OS store"
    );
    // Read through the keyring crate directly: the key is in the platform store under
    // service/account, not somewhere private to OsKeyring.
    let entry = keyring::Entry::new(SERVICE, &account).unwrap();
    assert_eq!(
        entry.get_password().unwrap(),
        "sk-test-0123456789",
        "the platform store holds the key under service/account"
    );

    let replacement = Secret::new("sk-test-replaced".into()).unwrap();
    OsKeyring::new(SERVICE).set(&account, &replacement).unwrap();
    assert_eq!(
        OsKeyring::new(SERVICE)
            .get(&account)
            .unwrap()
            .as_ref()
            .map(Secret::expose),
        Some("sk-test-replaced"),
        "setting again replaces the key"
    );

    OsKeyring::new(SERVICE).delete(&account).unwrap();
    assert!(
        OsKeyring::new(SERVICE).get(&account).unwrap().is_none(),
        "a deleted key is gone for new handles"
    );
    assert!(
        matches!(entry.get_password(), Err(keyring::Error::NoEntry)),
        "a deleted key is gone from the platform store"
    );
    assert!(
        OsKeyring::new(SERVICE).delete(&account).is_ok(),
        "deleting a missing key succeeds"
    );
}
