//! A JSON export imports back to the same history: every branch and the one shown,
//! pins, archive, system prompts, who answered, tokens, why an answer stopped or
//! failed, reasoning, attachments (image and text) and times. And what an export never
//! holds: keys and settings.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::sync::Arc;

use sb_core::{
    AttachmentKind, ErrorInfo, FixedClock, MessageStatus, Role, StopKind, StopReason, Usage,
};
use sb_engine::{Engine, ExportKind};
use sb_keys::MemoryKeyStore;
use sb_store::{FinishedMessage, NewAttachment, NewMessage, Parent, Store};
use tempfile::TempDir;

mod common;
use common::*;

async fn engine_in(dir: &TempDir) -> Engine {
    let keys = Arc::new(MemoryKeyStore::new());
    let engine = open_engine(
        dir,
        "127.0.0.1:9",
        keys,
        Arc::new(FixedClock::new(1_764_000_000_000)),
    )
    .await;
    engine
}

fn message(store: &Store, conversation: i64, role: Role, text: &str, parent: Parent) -> i64 {
    store
        .insert_message(
            NewMessage {
                conversation_id: conversation,
                role,
                content: text.into(),
                status: MessageStatus::Streaming,
                model: None,
                provider: None,
                parent,
            },
            10,
        )
        .unwrap()
        .id
}

/// A history with all a conversation can carry, written through a second handle on
/// the engine's file (as `sb` would).
fn fill(dir: &TempDir) {
    let store = Store::open(&dir.path().join(sb_engine::DB_FILE)).unwrap();
    let c = store.create_conversation("Everything", 5).unwrap().id;
    let mut routing = store.conversation_routing(c).unwrap();
    routing.system_prompt = Some("Answer in French.".into());
    store.set_conversation_routing(c, &routing).unwrap();
    store.set_pinned(c, true).unwrap();

    let q = message(&store, c, Role::User, "Describe this picture", Parent::Root);
    store
        .finish_message(
            q,
            &FinishedMessage::plain(MessageStatus::Complete, "Describe this picture"),
            11,
        )
        .unwrap();
    for (name, mime, kind, data) in [
        (
            "cat.png",
            "image/png",
            AttachmentKind::Image,
            vec![0x89, b'P', b'N', b'G', 0, 1, 2, 255],
        ),
        (
            "notes.txt",
            "text/plain",
            AttachmentKind::Text,
            b"line one\nline two".to_vec(),
        ),
    ] {
        store
            .insert_attachment(
                q,
                &NewAttachment {
                    name: name.into(),
                    mime: mime.into(),
                    kind,
                    data,
                },
                11,
            )
            .unwrap();
    }
    let finished =
        |id: i64, status, text: &str, stop: Option<&StopReason>, error: Option<&ErrorInfo>| {
            store
                .set_message_answerer(id, "acme-large", "Acme")
                .unwrap();
            store
                .finish_message(
                    id,
                    &FinishedMessage {
                        status,
                        content: text,
                        reasoning: Some("Looking at the colours first."),
                        usage: Some(Usage {
                            input_tokens: 1200,
                            output_tokens: 34,
                            ..Default::default()
                        }),
                        stop,
                        error,
                    },
                    12,
                )
                .unwrap();
        };
    let cut = StopReason::new(StopKind::Length, "max_tokens");
    let first = message(&store, c, Role::Assistant, "", Parent::Message(q));
    finished(
        first,
        MessageStatus::Complete,
        "Un chat roux.",
        Some(&cut),
        None,
    );
    let failed = message(&store, c, Role::Assistant, "", Parent::Message(q));
    let error = ErrorInfo {
        code: "rate_limited".into(),
        message: "Acme is busy; try again in a minute.".into(),
    };
    finished(failed, MessageStatus::Error, "Un ch", None, Some(&error));
    // The branch shown is the first answer, not the newest.
    store.select_branch(first).unwrap();

    let archived = store.create_conversation("Put away", 6).unwrap().id;
    let only = message(&store, archived, Role::User, "old question", Parent::Root);
    store
        .finish_message(
            only,
            &FinishedMessage::plain(MessageStatus::Complete, "old question"),
            13,
        )
        .unwrap();
    store.set_archived(archived, true).unwrap();
}

/// Everything a history shows of itself, without its ids: per conversation (by title)
/// its state, and each message with its parent's position, answer details and files.
fn snapshot(dir: &TempDir) -> BTreeMap<String, String> {
    let store = Store::open(&dir.path().join(sb_engine::DB_FILE)).unwrap();
    let mut out = BTreeMap::new();
    for c in store.list_conversations().unwrap() {
        let messages = store.list_messages(c.id).unwrap();
        let position = |id: Option<i64>| id.and_then(|id| messages.iter().position(|m| m.id == id));
        let files = store.attachment_data_of(c.id, true).unwrap();
        let mut text = format!(
            "pinned={} archived={} created={} updated={} prompt={:?}\nshown={:?}\n",
            c.pinned,
            c.archived,
            c.created_at,
            c.updated_at,
            store.conversation_routing(c.id).unwrap().system_prompt,
            store
                .active_path(c.id)
                .unwrap()
                .iter()
                .map(|m| position(Some(m.id)))
                .collect::<Vec<_>>(),
        );
        for m in &messages {
            text.push_str(&format!(
                "{:?} {:?} {:?} {:?} stop={:?} model={:?} provider={:?} usage={:?} error={:?} at={} parent={:?}\n",
                m.role,
                m.content,
                m.reasoning,
                m.status,
                m.stop,
                m.model,
                m.provider,
                m.usage,
                m.error,
                m.created_at,
                position(m.parent_id),
            ));
            for (a, data) in files.get(&m.id).into_iter().flatten() {
                text.push_str(&format!(
                    "  file {} {} {:?} {:?}\n",
                    a.name, a.mime, a.kind, data
                ));
            }
        }
        out.insert(c.title, text);
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_json_export_imports_back_to_the_same_history() {
    let source = TempDir::new().unwrap();
    let engine = engine_in(&source).await;
    // A provider with a key and an address: neither may reach an export.
    provider(
        &engine,
        "Acme",
        "http://127.0.0.1:9/acme-secret-path",
        None,
        false,
    )
    .await;
    fill(&source);
    let before = snapshot(&source);
    assert_eq!(before.len(), 2);
    assert!(
        before["Everything"].contains("Looking at the colours"),
        "{before:?}"
    );

    let out = TempDir::new().unwrap();
    let file = out.path().join("all.json");
    let summary = engine
        .export(None, ExportKind::Json, file.clone())
        .await
        .unwrap();
    assert_eq!(
        (summary.conversations, summary.messages, summary.attachments),
        (2, 4, 2)
    );
    let json = std::fs::read_to_string(&file).unwrap();
    for never in [KEY, "acme-secret-path", "budget"] {
        assert!(
            !json.contains(never),
            "an export holds no key or setting: {never}"
        );
    }

    let copy = TempDir::new().unwrap();
    let other = engine_in(&copy).await;
    let imported = other.import_file(file.clone(), |_| {}).await.unwrap();
    assert_eq!(imported.conversations_added, 2);
    assert_eq!(
        imported.with_system_prompt,
        ["Everything"],
        "the summary names the conversation that brought its own system prompt"
    );
    assert_eq!(snapshot(&copy), before, "the same history, field by field");

    let again = other.import_file(file, |_| {}).await.unwrap();
    assert_eq!(
        (again.conversations_added, again.messages_added),
        (0, 0),
        "importing it twice adds nothing"
    );
    assert!(
        again.with_system_prompt.is_empty(),
        "nor applies a system prompt again"
    );
}
