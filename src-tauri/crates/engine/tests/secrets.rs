//! Keys a server echoes back, in an error body, a 401 or inside the answer itself, reach
//! no error text, no event for the UI and no byte of the database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use sb_engine::{SendTurn, TurnEvent};
use sb_keys::Secret;

mod common;
use common::*;

#[tokio::test]
async fn a_key_echoed_by_the_server_reaches_no_error_text_and_no_database_byte() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, rx) = start_on(&f.engine, beta, "sb-echo-key").await;
    let TurnEvent::Error { message, .. } = finish(rx).await else {
        panic!("the echo is an error")
    };
    assert!(!message.contains(KEY), "the event's error text: {message}");
    assert!(
        message.contains("[redacted]"),
        "the echo shows as redacted: {message}"
    );
    let stored = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert!(!stored.error.unwrap().message.contains(KEY));

    // A wrong key, echoed by the 401.
    let wrong = "sk-test-wrong-0000aaaa1111bbbb";
    f.engine
        .set_key(beta, Secret::new(wrong.into()).unwrap())
        .await
        .unwrap();
    let (_, rx) = f
        .engine
        .send_turn(SendTurn {
            conversation_id: None,
            text: "hello".into(),
            provider_id: beta,
            model: None,
            attachments: Vec::new(),
            placement: Default::default(),
        })
        .await
        .unwrap();
    let TurnEvent::Error { code, message } = finish(rx).await else {
        panic!("a wrong key is an error")
    };
    assert_eq!(code, "auth");
    assert!(!message.contains(wrong), "{message}");

    drop(f.engine);
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(f.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            bytes.extend(std::fs::read(path).unwrap());
        }
    }
    let haystack = String::from_utf8_lossy(&bytes);
    assert!(
        !haystack.contains(KEY) && !haystack.contains(wrong),
        "a key reached the database files"
    );
    let _ = &f.keys;
}

#[tokio::test]
async fn a_key_echoed_inside_the_answer_is_redacted_before_the_ui_or_the_database() {
    let f = fixture().await;
    let beta = f.engine.provider_by_name("beta").await.unwrap().id;
    let (started, mut rx) = start_on(&f.engine, beta, "sb-echo-key-answer").await;
    let mut shown = String::new();
    while let Some(ev) = rx.recv().await {
        if let TurnEvent::Delta { text } = &ev {
            assert!(!text.contains(KEY), "a delta carried the key");
            shown.push_str(text);
        }
        if ev.is_final() {
            break;
        }
    }
    assert_eq!(
        shown, "You sent: Bearer [redacted]. Keep it safe.",
        "only the key is changed"
    );
    let stored = f
        .engine
        .message(started.assistant_message_id)
        .await
        .unwrap();
    assert_eq!(stored.content, shown, "the database holds what the UI saw");
}
