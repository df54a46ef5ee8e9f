//! Architecture rules checked against `cargo metadata`'s resolved dependency graph:
//! no library crate under `src-tauri/crates` reaches `tauri` (directly or through
//! anything else), and no crate below the engine depends on it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, HashSet};

use serde_json::Value;

/// The host target triple, from `rustc -vV`.
fn host_triple() -> String {
    let out = std::process::Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc -vV names the host")
        .to_owned()
}

/// The resolved graph for the host platform. Offline, so it only needs what the build
/// already fetched; other platforms' crates are left out because they were never fetched
/// (the Tauri rule is the same on every platform: no platform section adds `tauri`).
fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--filter-platform",
        ])
        .arg(host_triple())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Package name of every package reachable from `root` through normal and build
/// dependencies (dev-dependencies do not ship, so they are not followed).
fn reachable(meta: &Value, root: &str) -> HashSet<String> {
    let names: HashMap<&str, &str> = meta["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let nodes: HashMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n))
        .collect();
    let start = names
        .iter()
        .find(|(_, n)| **n == root)
        .map(|(id, _)| *id)
        .expect("root package exists");
    let mut seen = HashSet::new();
    let mut stack = vec![start];
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().unwrap() {
            let shipped = dep["dep_kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"].is_null() || k["kind"] == "build");
            if shipped {
                stack.push(dep["pkg"].as_str().unwrap());
            }
        }
    }
    seen.into_iter()
        .filter(|id| *id != start)
        .map(|id| names[id].to_owned())
        .collect()
}

#[test]
fn library_crates_never_reach_tauri() {
    let meta = metadata();
    for krate in [
        "sb-core",
        "sb-providers",
        "sb-store",
        "sb-keys",
        "sb-engine",
        "sb-cli",
        "sb-testsupport",
    ] {
        let deps = reachable(&meta, krate);
        let tauri: Vec<_> = deps.iter().filter(|d| d.starts_with("tauri")).collect();
        assert!(
            tauri.is_empty(),
            "{krate} must build without Tauri, but reaches {tauri:?}"
        );
    }
}

#[test]
fn crates_below_the_engine_do_not_depend_on_it() {
    let meta = metadata();
    for krate in ["sb-core", "sb-providers", "sb-store", "sb-keys"] {
        let deps = reachable(&meta, krate);
        assert!(
            !deps.contains("sb-engine"),
            "{krate} sits below the engine and must not depend on it"
        );
    }
    assert!(
        reachable(&meta, "sb-core")
            .iter()
            .all(|d| !d.starts_with("sb-")),
        "core depends on no other crate of ours"
    );
}
