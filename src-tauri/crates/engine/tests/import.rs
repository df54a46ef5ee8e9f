//! Importing real ChatGPT and Claude exports (fixtures copied from public projects, see
//! testsupport's PROVENANCE.md; a Claude export with branches is built here, as no real
//! one is public): what is kept and skipped, branches and the branch the export showed,
//! idempotency, zips (with an image), and files that must change nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::sync::{Arc, Mutex};

use sb_core::{MessageStatus, Role};
use sb_engine::{Engine, ExportFormat, ImportProgress, ImportSummary};
use sb_testsupport::fixtures::export_path;

mod common;
use common::*;

async fn import(
    engine: &Engine,
    path: std::path::PathBuf,
) -> Result<ImportSummary, sb_engine::EngineError> {
    engine.import_file(path, |_| {}).await
}

async fn all_conversations(engine: &Engine) -> Vec<(String, Vec<(Role, String)>)> {
    let mut out = Vec::new();
    for c in engine.list_conversations().await.unwrap() {
        let view = engine.open_conversation(c.id).await.unwrap();
        out.push((
            c.title,
            view.messages
                .into_iter()
                .map(|m| (m.role, m.content))
                .collect(),
        ));
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chatgpt_export_imports_its_visible_messages_and_twice_adds_nothing() {
    let f = fixture().await;
    let summary = import(&f.engine, export_path("chatgpt/chatgpt-export.json"))
        .await
        .unwrap();
    assert_eq!(summary.format, ExportFormat::Chatgpt);
    assert_eq!(summary.conversations_added, 2);
    assert_eq!(
        summary.messages_added, 10,
        "5 prompts and 5 answers; tool and hidden nodes skipped"
    );
    let all = all_conversations(&f.engine).await;
    for (title, messages) in &all {
        assert!(
            messages.windows(2).all(|w| w[0].0 != w[1].0),
            "{title}: prompts and answers alternate once tool turns are gone: {messages:?}"
        );
        assert!(messages.iter().all(|(r, _)| *r != Role::System));
    }
    let again = import(&f.engine, export_path("chatgpt/chatgpt-export.json"))
        .await
        .unwrap();
    assert_eq!(
        (
            again.conversations_added,
            again.messages_added,
            again.conversations_unchanged
        ),
        (0, 0, 2),
        "importing the same file twice adds nothing"
    );
    assert_eq!(all_conversations(&f.engine).await, all);
}

#[tokio::test(flavor = "multi_thread")]
async fn branches_of_a_chatgpt_export_are_kept_and_its_shown_branch_is_shown() {
    let f = fixture().await;
    let summary = import(&f.engine, export_path("chatgpt/chatgpt-tree.json"))
        .await
        .unwrap();
    assert_eq!(summary.conversations_added, 1);
    assert_eq!(
        summary.messages_added, 11,
        "6 on the shown branch and 5 on the others"
    );
    let c = f.engine.list_conversations().await.unwrap()[0].id;
    let view = f.engine.open_conversation(c).await.unwrap();
    let texts: Vec<&str> = view.messages.iter().map(|m| m.content.as_str()).collect();
    assert_eq!(texts.len(), 6, "{texts:?}");
    assert_eq!(texts[0], "hi there");
    assert_eq!(
        texts[2], "hi again",
        "current_node's branch, not the first child"
    );
    assert_eq!(texts[4], "tell me a joke");
    assert_eq!(
        view.branches.len(),
        2,
        "two places with alternatives: {:?}",
        view.branches
    );
    // The other branch holds the answer that was cut off, kept as interrupted.
    let other = view.branches[0].siblings[0];
    let other_view = f
        .engine
        .select_branch(other, sb_engine::MAX_PAGE)
        .await
        .unwrap();
    assert!(
        other_view
            .messages
            .iter()
            .any(|m| m.status == MessageStatus::Interrupted),
        "the abandoned branch's unfinished answer: {:?}",
        other_view.messages
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn models_citations_and_a_corrupted_entry() {
    let f = fixture().await;
    let modern = import(&f.engine, export_path("chatgpt/chatgpt-modern-export.json"))
        .await
        .unwrap();
    assert_eq!(modern.conversations_added, 2);
    assert_eq!(modern.skipped.len(), 1, "the entry without a mapping");
    assert!(modern.skipped[0].reason.contains("no messages"));
    let models: Vec<Option<String>> = {
        let mut out = Vec::new();
        for c in f.engine.list_conversations().await.unwrap() {
            for m in f.engine.open_conversation(c.id).await.unwrap().messages {
                if m.role == Role::Assistant {
                    out.push(m.model);
                }
            }
        }
        out
    };
    assert!(models.contains(&Some("o4-mini".into())), "{models:?}");
    assert!(
        models.contains(&Some("gpt-5-thinking".into())),
        "the conversation's default model when the message names none: {models:?}"
    );

    let g = fixture().await;
    import(&g.engine, export_path("chatgpt/chatgpt-citations.json"))
        .await
        .unwrap();
    let all = all_conversations(&g.engine).await;
    let answer = &all[0].1[0].1;
    assert!(!answer.contains('【'), "markers become links: {answer}");
    assert!(answer.contains("](http"), "{answer}");
}

#[tokio::test(flavor = "multi_thread")]
async fn claude_exports_import_in_time_order_with_artifacts_and_thinking() {
    let f = fixture().await;
    let s = import(&f.engine, export_path("claude/example.json"))
        .await
        .unwrap();
    assert_eq!(
        (s.format, s.conversations_added, s.messages_added),
        (ExportFormat::Claude, 1, 2)
    );
    let s = import(&f.engine, export_path("claude/artifacts.json"))
        .await
        .unwrap();
    assert_eq!((s.conversations_added, s.messages_added), (1, 20));
    let c = f
        .engine
        .list_conversations()
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.title != all_titles_of_example())
        .unwrap();
    let view = f.engine.open_conversation(c.id).await.unwrap();
    assert!(
        view.messages.windows(2).all(|w| w[0].role != w[1].role),
        "sorted by time, prompts and answers alternate"
    );
    let answer = view
        .messages
        .iter()
        .find(|m| m.role == Role::Assistant)
        .unwrap();
    assert!(
        !answer.content.starts_with(' '),
        "the stray leading space is gone"
    );
    assert!(
        !answer.content.contains("<antArtifact"),
        "{}",
        answer.content
    );
    assert!(
        answer.content.contains("```html"),
        "artifacts become fenced blocks"
    );
    assert!(
        answer.reasoning.is_some(),
        "antThinking becomes the reasoning"
    );
}

fn all_titles_of_example() -> String {
    let raw = std::fs::read_to_string(export_path("claude/example.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    v[0]["name"].as_str().unwrap().to_owned()
}

// A Claude export with branches. No real one is in the shared fixtures (example.json and
// artifacts.json have no `parent_message_uuid`), so it is built here in the shape of a
// newer claude.ai export: `chat_messages` with `uuid`, `text`, `content` blocks,
// `sender`, times, `attachments`, `files` and `parent_message_uuid` (the root parent is
// claude.ai's all-zero id), and the conversation's `current_leaf_message_uuid`.
//
//   p1 "Name a colour."
//   └ a1 "Red."
//     ├ p2 "Another one?"
//     │ ├ a2  "Blue."             (the first answer)
//     │ └ a2b "Green."            (regenerated; the branch shown)
//     └ p2e "Name a fruit instead." (the prompt edited)
//       └ a3 "Apple."             (the newest message)
const ROOT: &str = "00000000-0000-4000-8000-000000000000";
const P1: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b01";
const A1: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b02";
const P2: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b03";
const A2: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b04";
const A2B: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b05";
const P2E: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b06";
const A3: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b07";
const A2C: &str = "3b0f6a1e-51c7-4d2a-9e40-6f1d2c7a9b08";

fn claude_message(
    uuid: &str,
    parent: &str,
    sender: &str,
    at: &str,
    text: &str,
) -> serde_json::Value {
    serde_json::json!({
        "uuid": uuid,
        "text": text,
        "content": [{"start_timestamp": at, "stop_timestamp": at, "type": "text", "text": text, "citations": []}],
        "sender": sender,
        "created_at": at,
        "updated_at": at,
        "attachments": [],
        "files": [],
        "parent_message_uuid": parent,
    })
}

/// The export above; `leaf` is its `current_leaf_message_uuid` (left out for `None`),
/// `regenerated_again` adds a third answer to "Another one?" (a newer export).
fn branched_claude_export(leaf: Option<&str>, regenerated_again: bool) -> Vec<u8> {
    // Not in time order, as in real exports: the import sorts by time.
    let mut messages = vec![
        claude_message(
            P1,
            ROOT,
            "human",
            "2025-03-02T10:00:00.000000Z",
            "Name a colour.",
        ),
        claude_message(A1, P1, "assistant", "2025-03-02T10:00:05.000000Z", "Red."),
        claude_message(
            P2,
            A1,
            "human",
            "2025-03-02T10:01:00.000000Z",
            "Another one?",
        ),
        claude_message(A2, P2, "assistant", "2025-03-02T10:01:05.000000Z", "Blue."),
        claude_message(
            P2E,
            A1,
            "human",
            "2025-03-02T10:03:00.000000Z",
            "Name a fruit instead.",
        ),
        claude_message(
            A3,
            P2E,
            "assistant",
            "2025-03-02T10:03:05.000000Z",
            "Apple.",
        ),
        claude_message(
            A2B,
            P2,
            "assistant",
            "2025-03-02T10:02:00.000000Z",
            "Green.",
        ),
    ];
    if regenerated_again {
        messages.push(claude_message(
            A2C,
            P2,
            "assistant",
            "2025-03-02T10:04:00.000000Z",
            "Yellow.",
        ));
    }
    let mut conversation = serde_json::json!({
        "uuid": "9d4e2f10-7a3b-4c55-8e21-0b6c1d2e3f40",
        "name": "Colours and fruit",
        "created_at": "2025-03-02T10:00:00.000000Z",
        "updated_at": if regenerated_again { "2025-03-02T10:04:00.000000Z" } else { "2025-03-02T10:03:05.000000Z" },
        "account": {"uuid": "5a6b7c8d-0000-4000-8000-000000000001"},
        "chat_messages": messages,
    });
    if let Some(leaf) = leaf {
        conversation["current_leaf_message_uuid"] = leaf.into();
    }
    serde_json::to_vec(&serde_json::json!([conversation])).unwrap()
}

/// Every message of conversation `c`, on every branch, as (text, its parent's text),
/// sorted; found by showing each alternative in turn (this changes the branch shown).
async fn every_message_and_parent(engine: &Engine, c: i64) -> Vec<(String, Option<String>)> {
    let mut found = std::collections::BTreeMap::new();
    let view = engine.open_conversation(c).await.unwrap();
    let mut todo: Vec<i64> = view
        .branches
        .iter()
        .flat_map(|b| b.siblings.clone())
        .collect();
    for m in view.messages {
        found.insert(m.id, m);
    }
    while let Some(id) = todo.pop() {
        if found.contains_key(&id) {
            continue;
        }
        let page = engine.select_branch(id, sb_engine::MAX_PAGE).await.unwrap();
        todo.extend(page.branches.iter().flat_map(|b| b.siblings.clone()));
        for m in page.messages {
            found.insert(m.id, m);
        }
    }
    let mut out: Vec<(String, Option<String>)> = found
        .values()
        .map(|m| {
            let parent = m.parent_id.map(|p| found[&p].content.clone());
            (m.content.clone(), parent)
        })
        .collect();
    out.sort();
    out
}

/// The shown branch's texts, and for each place on it with alternatives, their texts.
async fn shown_and_alternatives(engine: &Engine, c: i64) -> (Vec<String>, Vec<Vec<String>>) {
    let view = engine.open_conversation(c).await.unwrap();
    let mut alternatives = Vec::new();
    for b in &view.branches {
        let mut texts = Vec::new();
        for id in &b.siblings {
            texts.push(engine.message(*id).await.unwrap().content);
        }
        alternatives.push(texts);
    }
    (
        view.messages.into_iter().map(|m| m.content).collect(),
        alternatives,
    )
}

fn texts(list: &[&str]) -> Vec<String> {
    list.iter().map(|t| (*t).to_owned()).collect()
}

fn edges(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = list
        .iter()
        .map(|(t, p)| ((*t).to_owned(), p.map(str::to_owned)))
        .collect();
    out.sort();
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn branches_of_a_claude_export_are_kept_and_its_shown_branch_is_shown() {
    let f = fixture().await;
    let e = &f.engine;
    let s = e
        .import_bytes(branched_claude_export(Some(A2B), false), |_| {})
        .await
        .unwrap();
    assert_eq!(
        (s.format, s.conversations_added, s.messages_added),
        (ExportFormat::Claude, 1, 7),
        "every message of every branch"
    );
    let c = e.list_conversations().await.unwrap()[0].id;
    let (shown, alternatives) = shown_and_alternatives(e, c).await;
    assert_eq!(
        shown,
        texts(&["Name a colour.", "Red.", "Another one?", "Green."]),
        "current_leaf_message_uuid's branch: not the first answer, not the newest message"
    );
    assert_eq!(
        alternatives,
        vec![
            texts(&["Another one?", "Name a fruit instead."]),
            texts(&["Blue.", "Green."]),
        ],
        "the edited prompt and the regenerated answer are siblings, oldest first"
    );

    let again = e
        .import_bytes(branched_claude_export(Some(A2B), false), |_| {})
        .await
        .unwrap();
    assert_eq!(
        (
            again.conversations_added,
            again.messages_added,
            again.conversations_unchanged
        ),
        (0, 0, 1),
        "importing the same file twice adds nothing"
    );
    assert_eq!(shown_and_alternatives(e, c).await, (shown, alternatives));

    let tree = edges(&[
        ("Name a colour.", None),
        ("Red.", Some("Name a colour.")),
        ("Another one?", Some("Red.")),
        ("Blue.", Some("Another one?")),
        ("Green.", Some("Another one?")),
        ("Name a fruit instead.", Some("Red.")),
        ("Apple.", Some("Name a fruit instead.")),
    ]);
    assert_eq!(every_message_and_parent(e, c).await, tree);

    // A newer export of the same conversation, with "Another one?" answered a third time.
    let newer = e
        .import_bytes(branched_claude_export(Some(A2C), true), |_| {})
        .await
        .unwrap();
    assert_eq!(
        (
            newer.conversations_added,
            newer.conversations_updated,
            newer.messages_added
        ),
        (0, 1, 1),
        "only the new answer is added"
    );
    assert_eq!(e.list_conversations().await.unwrap().len(), 1);
    assert_eq!(
        shown_and_alternatives(e, c).await,
        (
            texts(&["Name a colour.", "Red.", "Another one?", "Yellow."]),
            vec![
                texts(&["Another one?", "Name a fruit instead."]),
                texts(&["Blue.", "Green.", "Yellow."]),
            ]
        ),
        "the newer export's shown branch, with the new answer beside the other two"
    );
    let mut grown = tree.clone();
    grown.push(("Yellow.".into(), Some("Another one?".into())));
    grown.sort();
    assert_eq!(every_message_and_parent(e, c).await, grown);
}

/// Without `current_leaf_message_uuid`, the branch shown is the one ending at the newest
/// message (claude.rs falls back to the last message in time order).
#[tokio::test(flavor = "multi_thread")]
async fn a_claude_export_without_a_current_leaf_shows_the_newest_messages_branch() {
    let f = fixture().await;
    let e = &f.engine;
    let s = e
        .import_bytes(branched_claude_export(None, false), |_| {})
        .await
        .unwrap();
    assert_eq!((s.conversations_added, s.messages_added), (1, 7));
    let c = e.list_conversations().await.unwrap()[0].id;
    let (shown, alternatives) = shown_and_alternatives(e, c).await;
    assert_eq!(
        shown,
        texts(&["Name a colour.", "Red.", "Name a fruit instead.", "Apple."])
    );
    assert_eq!(
        alternatives,
        vec![texts(&["Another one?", "Name a fruit instead."])]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn files_that_cannot_be_read_change_nothing_and_say_why() {
    let f = fixture().await;
    let dir = tempfile::tempdir().unwrap();
    let full = std::fs::read(export_path("chatgpt/chatgpt-export.json")).unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("cut.json", full[..full.len() / 2].to_vec(), "cut short"),
        ("empty.json", Vec::new(), "empty"),
        (
            "object.json",
            br#"{"prices": {"gpt": 1}}"#.to_vec(),
            "not a ChatGPT or Claude export",
        ),
        (
            "lines.jsonl",
            b"{\"a\":1}\n{\"a\":2}\n".to_vec(),
            "not JSON",
        ),
        ("binary.bin", vec![0, 159, 146, 150, 255], "not JSON"),
        ("bad.zip", b"PK\x03\x04garbage".to_vec(), "zip"),
    ];
    for (name, bytes, says) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let err = import(&f.engine, path).await.unwrap_err();
        assert!(err.to_string().contains(says), "{name}: {err}");
    }
    let missing = import(&f.engine, dir.path().join("nope.json"))
        .await
        .unwrap_err();
    assert!(missing.to_string().contains("nope.json"), "{missing}");
    assert!(
        f.engine.list_conversations().await.unwrap().is_empty(),
        "nothing was stored"
    );
}

/// A zip bomb: a few hundred KB that inflate to 80 MB of spaces inside valid JSON. It is
/// refused once the inflated bytes pass 100 times the packed size (beyond 64 MB), before
/// the rest is inflated, and nothing is stored.
#[tokio::test]
async fn a_zip_bomb_is_refused_before_it_fills_the_memory() {
    let f = fixture().await;
    let path = tempfile::tempdir().unwrap().keep().join("bomb.zip");
    {
        let file = std::fs::File::create(&path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(false);
        zip.start_file("conversations.json", opts).unwrap();
        zip.write_all(b"[").unwrap();
        let spaces = vec![b' '; 1 << 20];
        for _ in 0..80 {
            zip.write_all(&spaces).unwrap();
        }
        zip.write_all(b"]").unwrap();
        zip.finish().unwrap();
    }
    let packed = std::fs::metadata(&path).unwrap().len();
    assert!(packed < 1 << 20, "the bomb is small: {packed} bytes");
    let err = import(&f.engine, path).await.unwrap_err().to_string();
    assert!(err.contains("zip bomb"), "{err}");
    assert!(err.contains("conversations.json"), "{err}");
    assert!(f.engine.list_conversations().await.unwrap().is_empty());
}

/// A tiny valid PNG (1×1).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
    1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0d, 0x49, 0x44, 0x41, 0x54,
    0x78, 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1, 0x54, 0xa2, 0x4f, 0x5f, 0, 0, 0, 0, 0x49, 0x45, 0x4e,
    0x44, 0xae, 0x42, 0x60, 0x82,
];

#[tokio::test(flavor = "multi_thread")]
async fn a_chatgpt_zip_imports_with_its_images_and_reports_progress() {
    let f = fixture().await;
    let conversation = serde_json::json!([{
        "id": "zip-conv", "conversation_id": "zip-conv", "title": "A photo",
        "create_time": 1_700_000_000.5, "update_time": 1_700_000_100.0,
        "current_node": "a",
        "mapping": {
            "root": {"id": "root", "message": null, "parent": null, "children": ["u"]},
            "u": {"id": "u", "parent": "root", "children": ["a"], "message": {
                "id": "u", "author": {"role": "user"}, "create_time": 1_700_000_001.0,
                "content": {"content_type": "multimodal_text", "parts": [
                    {"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-AbC123"},
                    {"content_type": "image_asset_pointer", "asset_pointer": "file-service://file-Missing9"},
                    "What is in this picture?"]},
                "status": "finished_successfully", "metadata": {}}},
            "a": {"id": "a", "parent": "u", "children": [], "message": {
                "id": "a", "author": {"role": "assistant"}, "create_time": 1_700_000_002.0,
                "content": {"content_type": "text", "parts": ["A single pixel."]},
                "status": "finished_successfully", "metadata": {"model_slug": "gpt-4o"}}}
        }
    }]);
    let path = tempfile::tempdir().unwrap().keep().join("export.zip");
    {
        let file = std::fs::File::create(&path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("conversations.json", opts).unwrap();
        zip.write_all(conversation.to_string().as_bytes()).unwrap();
        zip.start_file("file-AbC123-photo.png", opts).unwrap();
        zip.write_all(PNG).unwrap();
        zip.start_file("chat.html", opts).unwrap();
        zip.write_all(b"<html></html>").unwrap();
        zip.finish().unwrap();
    }
    let seen: Arc<Mutex<Vec<ImportProgress>>> = Arc::default();
    let log = Arc::clone(&seen);
    let summary = f
        .engine
        .import_file(path, move |p| log.lock().unwrap().push(p))
        .await
        .unwrap();
    assert_eq!(
        (summary.conversations_added, summary.messages_added),
        (1, 2)
    );
    assert_eq!(
        *seen.lock().unwrap(),
        vec![ImportProgress { done: 1, total: 1 }],
        "progress counts conversations stored"
    );
    let c = f.engine.list_conversations().await.unwrap()[0].clone();
    let view = f.engine.open_conversation(c.id).await.unwrap();
    let prompt = &view.messages[0];
    assert_eq!(
        prompt.attachments.len(),
        1,
        "the image in the zip is attached"
    );
    assert_eq!(prompt.attachments[0].mime, "image/png");
    assert!(
        prompt.content.contains("What is in this picture?")
            && prompt
                .content
                .contains("[image not included in the export]"),
        "an image the zip lacks is said, not dropped silently: {}",
        prompt.content
    );
    assert_eq!(view.messages[1].model.as_deref(), Some("gpt-4o"));
    assert_eq!(c.created_at, 1_700_000_000_500, "times are kept, in ms");
}

/// A ChatGPT conversation whose visible system message is kept: it is sent with every
/// turn, so the summary names it with those that brought a system prompt (from a review).
#[tokio::test(flavor = "multi_thread")]
async fn a_conversation_with_kept_system_messages_is_named_in_the_summary() {
    let f = fixture().await;
    let node = |id: &str, parent: Option<&str>, role: &str, text: &str| {
        serde_json::json!({
            "id": id,
            "parent": parent,
            "children": [],
            "message": {
                "id": id,
                "author": {"role": role},
                "create_time": 1_700_000_000.0,
                "content": {"content_type": "text", "parts": [text]},
                "status": "finished_successfully",
                "recipient": "all",
                "metadata": {}
            }
        })
    };
    let export = serde_json::json!([
        {
            "id": "with-system", "conversation_id": "with-system", "title": "Pirate talk",
            "create_time": 1_700_000_000.0, "update_time": 1_700_000_100.0, "current_node": "c",
            "mapping": {
                "a": node("a", None, "system", "Answer as a pirate."),
                "b": node("b", Some("a"), "user", "Hello"),
                "c": node("c", Some("b"), "assistant", "Ahoy"),
            }
        },
        {
            "id": "plain", "conversation_id": "plain", "title": "Plain talk",
            "create_time": 1_700_000_000.0, "update_time": 1_700_000_100.0, "current_node": "e",
            "mapping": {
                "d": node("d", None, "user", "Hello"),
                "e": node("e", Some("d"), "assistant", "Hi"),
            }
        }
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("conversations.json");
    std::fs::write(&path, export.to_string()).unwrap();
    let summary = import(&f.engine, path.clone()).await.unwrap();
    assert_eq!(summary.conversations_added, 2, "{summary:?}");
    assert_eq!(summary.with_system_prompt, ["Pirate talk"]);
    let again = import(&f.engine, path).await.unwrap();
    assert!(
        again.with_system_prompt.is_empty(),
        "named once, when added"
    );
}
