//! `sb import` and `sb export` as a user runs them: a real ChatGPT export imported (twice:
//! nothing added the second time), a file that cannot be read refused with a clear line
//! and no change, and a JSON export that imports into a fresh data folder as the same tree.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Sb;
use sb_testsupport::fixtures::export_path;
use serde_json::Value;

/// Every conversation as `(title, [(role, content, parent's content)])`, all branches.
async fn trees(sb: &Sb) -> Vec<(String, Vec<(String, String, String)>)> {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("all.json");
    sb.run(&["export", "--format", "json", file.to_str().unwrap()])
        .await
        .ok();
    let v: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(v["format"], "switchboard-export");
    let mut all: Vec<_> = v["conversations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let messages = c["messages"].as_array().unwrap();
            let content_of = |id: &Value| {
                messages
                    .iter()
                    .find(|m| &m["id"] == id)
                    .map(|m| m["content"].as_str().unwrap().to_owned())
                    .unwrap_or_default()
            };
            let mut tree: Vec<_> = messages
                .iter()
                .map(|m| {
                    (
                        m["role"].as_str().unwrap().to_owned(),
                        m["content"].as_str().unwrap().to_owned(),
                        content_of(&m["parent_id"]),
                    )
                })
                .collect();
            tree.sort();
            (c["title"].as_str().unwrap().to_owned(), tree)
        })
        .collect();
    all.sort();
    all
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chatgpt_export_imports_once_and_a_json_export_round_trips() {
    let sb = Sb::default();
    let file = export_path("chatgpt/chatgpt-tree.json");
    let first = sb.run(&["import", file.to_str().unwrap()]).await;
    assert_eq!(
        first.ok(),
        "Imported 1 new conversation (11 messages) from a ChatGPT export.\n"
    );
    let again = sb.run(&["import", file.to_str().unwrap(), "--json"]).await;
    let summary: Value = serde_json::from_str(again.ok()).unwrap();
    assert_eq!(
        (
            &summary["conversations_added"],
            &summary["messages_added"],
            &summary["conversations_unchanged"]
        ),
        (&Value::from(0), &Value::from(0), &Value::from(1)),
        "importing twice adds nothing: {summary}"
    );
    sb.run(&[
        "import",
        export_path("claude/artifacts.json").to_str().unwrap(),
    ])
    .await
    .ok();

    let before = trees(&sb).await;
    let out = tempfile::tempdir().unwrap();
    let json = out.path().join("export.json");
    let run = sb
        .run(&["export", "--format", "json", json.to_str().unwrap()])
        .await;
    assert!(
        run.ok()
            .starts_with("Exported 2 conversations (31 messages"),
        "{}",
        run.ok()
    );

    let fresh = Sb::default();
    let imported = fresh.run(&["import", json.to_str().unwrap()]).await;
    assert!(
        imported.ok().contains("from a Switchboard export"),
        "{}",
        imported.ok()
    );
    assert_eq!(trees(&fresh).await, before, "the same trees, every branch");
    let id = fresh.conversations().await[0]["id"].as_i64().unwrap();
    let shown = fresh.conversation(id).await;
    let original = sb
        .conversation(sb.conversations().await[0]["id"].as_i64().unwrap())
        .await;
    let texts = |v: &Value| -> Vec<String> {
        v["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["content"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(texts(&shown), texts(&original), "and the same branch shown");

    let md = out.path().join("one.md");
    sb.run(&[
        "export",
        "--conversation",
        &id.to_string(),
        "--format",
        "md",
        md.to_str().unwrap(),
    ])
    .await
    .ok();
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# "), "{text}");
    assert!(
        text.contains("## You") && text.contains("## Assistant"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_cannot_be_read_is_refused_and_changes_nothing() {
    let sb = Sb::default();
    sb.run(&[
        "import",
        export_path("claude/example.json").to_str().unwrap(),
    ])
    .await
    .ok();
    let before = sb.run(&["history", "list", "--json"]).await.ok().to_owned();
    let dir = tempfile::tempdir().unwrap();
    let full = std::fs::read(export_path("chatgpt/chatgpt-export.json")).unwrap();
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &full[..full.len() - 40]).unwrap();
    let run = sb.run(&["import", cut.to_str().unwrap()]).await;
    assert!(!run.status.success(), "a cut file fails");
    let line = run.error_line();
    assert!(line.contains("cut short"), "{line}");
    let missing = sb.run(&["import", "/nonexistent/export.zip"]).await;
    assert!(!missing.status.success());
    assert!(missing.error_line().contains("/nonexistent/export.zip"));
    assert_eq!(
        sb.run(&["history", "list", "--json"]).await.ok(),
        before,
        "nothing changed"
    );
}
