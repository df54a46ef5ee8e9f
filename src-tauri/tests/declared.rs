//! Every IPC command is written in five places that nothing else cross-checks: its
//! `#[tauri::command]` in `src/commands.rs` (or `src/updater.rs`), `generate_handler!` in `src/lib.rs`, the
//! `COMMANDS` list in `build.rs` (its permission), `allow-<name>` in
//! `capabilities/default.json`, and its wrapper in `ui/src/lib/api.ts`. This test fails,
//! naming the command and the place, as soon as they disagree.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Names after `pattern` up to the first character that cannot be in an identifier.
fn names_after(text: &str, pattern: &str) -> BTreeSet<String> {
    text.match_indices(pattern)
        .map(|(i, _)| {
            text[i + pattern.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|n| !n.is_empty())
        .collect()
}

#[test]
fn commands_are_declared_everywhere() {
    let sources = read("src/commands.rs") + &read("src/updater.rs");
    let defined: BTreeSet<String> = sources
        .split("#[tauri::command]")
        .skip(1)
        .map(|rest| {
            let after_fn = rest.split("fn ").nth(1).expect("a command is a fn");
            after_fn
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    assert!(defined.len() > 20, "commands were found: {defined:?}");

    let lib = read("src/lib.rs");
    let handler = lib
        .split("generate_handler![")
        .nth(1)
        .and_then(|s| s.split(']').next())
        .expect("lib.rs registers commands");
    let mut registered = names_after(handler, "commands::");
    registered.extend(names_after(handler, "updater::"));

    let build = read("build.rs");
    let list = build
        .split("const COMMANDS")
        .nth(1)
        .and_then(|s| s.split("];").next())
        .expect("build.rs lists COMMANDS");
    let permitted_build = names_after(list, "\"");

    let caps = read("capabilities/default.json");
    let granted: BTreeSet<String> = names_after(&caps, "\"allow-")
        .into_iter()
        .map(|n| n.replace('-', "_"))
        .collect();

    let api = read("../ui/src/lib/api.ts");
    let wrapped = names_after(&api, "call(\"");

    for (place, set) in [
        ("generate_handler! in src/lib.rs", &registered),
        ("COMMANDS in build.rs", &permitted_build),
        ("capabilities/default.json", &granted),
        ("ui/src/lib/api.ts", &wrapped),
    ] {
        let missing: Vec<_> = defined.difference(set).collect();
        let extra: Vec<_> = set.difference(&defined).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{place} disagrees with src/commands.rs: missing {missing:?}, unknown {extra:?}"
        );
    }
}
