#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every way a turn can fail ends the same way: a non-zero exit, one `sb: error:` line that
//! says what happened, and the answer stored with status `error` and whatever text arrived.

mod common;

use common::{fake_provider, test_key, Run, Sb};
use sb_testsupport::scenario::{
    DROP_SENT_DELTAS, MALFORMED_GOOD_DELTAS, MODEL_CONTEXT, MODEL_DROP, MODEL_MALFORMED,
    MODEL_OVERLOADED, MODEL_RATE_LIMIT, MODEL_TEXT,
};
use sb_testsupport::{FakeServer, Reply};

const PROMPT: &str = "Say something";

/// Runs one chat against the scenario server (key `key` accepted, `sent_key` sent).
async fn chat_failing(sb: &Sb, key: &str, sent_key: &str, model: &str) -> Run {
    let server = fake_provider(key).await;
    sb.chat(&server.base_url(), sent_key, model, false, PROMPT)
        .await
}

/// Checks the one-line error contains `needle` (case-insensitive), stdout holds exactly the
/// partial text (plus the newline that ends it), and history kept it with status `error`.
async fn assert_failed_turn(sb: &Sb, run: &Run, needle: &str, code: &str, partial: &str) {
    let line = run.error_line();
    assert!(
        line.to_lowercase().contains(&needle.to_lowercase()),
        "the error must say {needle:?}: {line}"
    );
    let printed = if partial.is_empty() {
        String::new()
    } else {
        format!("{partial}\n")
    };
    assert_eq!(
        run.stdout, printed,
        "stdout holds exactly the text that arrived before the failure"
    );
    let answer = sb.only_answer().await;
    assert_eq!(
        answer["status"], "error",
        "a failed turn is stored as error: {answer}"
    );
    assert_eq!(
        answer["content"], partial,
        "the text that arrived is kept: {answer}"
    );
    assert_eq!(
        answer["error"]["code"], code,
        "the stored error keeps its stable code: {answer}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_key_says_the_api_key_was_rejected() {
    let key = test_key("wrong_key_says_the_api_key_was_rejected");
    let wrong = test_key("wrong_key_says_the_api_key_was_rejected/other");
    let sb = Sb::default();
    let run = chat_failing(&sb, &key, &wrong, MODEL_TEXT).await;
    assert_failed_turn(&sb, &run, "API key", "auth", "").await;
    assert!(
        !run.stderr.contains(&wrong),
        "the rejected key is not echoed: {}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn rate_limit_says_when_to_retry() {
    let key = test_key("rate_limit_says_when_to_retry");
    let sb = Sb::default();
    let run = chat_failing(&sb, &key, &key, MODEL_RATE_LIMIT).await;
    assert_failed_turn(&sb, &run, "retry after 30", "rate_limited", "").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn dropped_connection_keeps_the_partial_answer() {
    let key = test_key("dropped_connection_keeps_the_partial_answer");
    let sb = Sb::default();
    let run = chat_failing(&sb, &key, &key, MODEL_DROP).await;
    assert_failed_turn(&sb, &run, "network", "network", &DROP_SENT_DELTAS.concat()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_stream_is_named_as_such() {
    let key = test_key("malformed_stream_is_named_as_such");
    let sb = Sb::default();
    let run = chat_failing(&sb, &key, &key, MODEL_MALFORMED).await;
    assert_failed_turn(
        &sb,
        &run,
        "malformed",
        "decode",
        &MALFORMED_GOOD_DELTAS.concat(),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unreachable_provider_says_it_could_not_connect() {
    let key = test_key("unreachable_provider_says_it_could_not_connect");
    let sb = Sb::default();
    // Port 9 (discard) has no listener on a test machine: the connection is refused.
    let run = sb
        .chat("http://127.0.0.1:9/v1", &key, MODEL_TEXT, false, PROMPT)
        .await;
    assert_failed_turn(&sb, &run, "could not connect", "network", "").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn overloaded_provider_says_so() {
    let key = test_key("overloaded_provider_says_so");
    let sb = Sb::default();
    let run = chat_failing(&sb, &key, &key, MODEL_OVERLOADED).await;
    assert_failed_turn(&sb, &run, "overloaded", "overloaded", "").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn context_overflow_says_the_conversation_is_too_long() {
    let key = test_key("context_overflow_says_the_conversation_is_too_long");
    let sb = Sb::default();
    let run = chat_failing(&sb, &key, &key, MODEL_CONTEXT).await;
    assert_failed_turn(&sb, &run, "context", "context_too_long", "").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn multi_line_gateway_page_is_still_one_error_line() {
    let key = test_key("multi_line_gateway_page_is_still_one_error_line");
    // What a reverse proxy in front of a self-hosted model sends when the model is down.
    let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
                <center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    let server =
        FakeServer::start(move |_| Reply::error(502, page).header("content-type", "text/html"))
            .await
            .unwrap();
    let sb = Sb::default();
    let run = sb
        .chat(&server.base_url(), &key, MODEL_TEXT, false, PROMPT)
        .await;
    assert_failed_turn(&sb, &run, "502 Bad Gateway", "server", "").await;
}
