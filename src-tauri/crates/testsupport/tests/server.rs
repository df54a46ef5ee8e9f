#![allow(clippy::unwrap_used, clippy::expect_used)]
//! FakeServer wire behaviour: write plans, recording, concurrency, shutdown.

mod common;

use std::time::{Duration, Instant};

use common::{call, exchange, parse, request};
use sb_testsupport::{FakeServer, Reply};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[tokio::test]
async fn split_writes_become_separate_chunks_with_delays() {
    let delay = Duration::from_millis(80);
    let server = FakeServer::replay(Reply::sse("abcdefghij").split_at([3, 7]).delay(delay))
        .await
        .unwrap();
    let started = Instant::now();
    let response = call(server.addr(), "POST", "/v1/chat/completions", None, "{}").await;
    let elapsed = started.elapsed();
    assert_eq!(response.status, 200, "sse replies are 200");
    assert_eq!(
        response.header("content-type"),
        Some("text/event-stream"),
        "sse content type"
    );
    assert_eq!(
        response.header("connection"),
        Some("close"),
        "no keep-alive"
    );
    let (chunks, terminated) = response.chunks();
    assert_eq!(
        chunks,
        vec![b"abc".to_vec(), b"defg".to_vec(), b"hij".to_vec()],
        "each planned write is one chunk"
    );
    assert!(terminated, "a complete reply ends with the zero-size chunk");
    assert!(
        elapsed >= delay * 2,
        "two pauses between three writes: took {elapsed:?}"
    );
}

#[tokio::test]
async fn drop_after_cuts_a_chunked_body_without_terminator() {
    let server = FakeServer::replay(Reply::sse("abcdefghij").split_at([3]).drop_after(5))
        .await
        .unwrap();
    let response = call(server.addr(), "GET", "/", None, "").await;
    let (chunks, terminated) = response.chunks();
    assert_eq!(
        chunks,
        vec![b"abc".to_vec(), b"de".to_vec()],
        "exactly 5 body bytes arrive, in the planned writes"
    );
    assert!(
        !terminated,
        "a dropped stream never gets the terminating chunk"
    );
}

#[tokio::test]
async fn drop_after_leaves_a_content_length_body_short() {
    let server = FakeServer::replay(Reply::json(200, "0123456789").drop_after(4))
        .await
        .unwrap();
    let response = call(server.addr(), "GET", "/", None, "").await;
    assert_eq!(
        response.header("content-length"),
        Some("10"),
        "the full length is announced"
    );
    assert_eq!(response.raw_body, b"0123", "only 4 bytes are sent");
}

#[tokio::test]
async fn every_request_is_recorded() {
    let server = FakeServer::replay(Reply::json(200, "{}")).await.unwrap();
    call(
        server.addr(),
        "POST",
        "/v1/chat/completions",
        Some("sk-test"),
        r#"{"model":"m","stream":true}"#,
    )
    .await;
    call(server.addr(), "GET", "/v1/models", None, "").await;
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "both requests recorded");
    let first = &requests[0];
    assert_eq!(
        (first.method.as_str(), first.path.as_str()),
        ("POST", "/v1/chat/completions"),
        "method and path of the first request"
    );
    assert_eq!(first.bearer_token(), Some("sk-test"), "auth header kept");
    assert_eq!(first.json().unwrap()["model"], "m", "JSON body recorded");
    assert_eq!(
        requests[1].path, "/v1/models",
        "second request recorded after the first"
    );
    assert!(
        server.base_url().starts_with("http://127.0.0.1:") && server.base_url().ends_with("/v1"),
        "base url is loopback with /v1: {}",
        server.base_url()
    );
}

#[tokio::test]
async fn connections_are_served_concurrently() {
    let delay = Duration::from_millis(300);
    let server = FakeServer::replay(Reply::sse("ab").split_at([1]).delay(delay))
        .await
        .unwrap();
    let started = Instant::now();
    let calls: Vec<_> = (0..5)
        .map(|_| {
            let addr = server.addr();
            tokio::spawn(async move { call(addr, "GET", "/", None, "").await })
        })
        .collect();
    for handle in calls {
        assert_eq!(
            handle.await.unwrap().dechunked(),
            b"ab",
            "each client gets the body"
        );
    }
    assert!(
        started.elapsed() < delay * 4,
        "five delayed replies overlap instead of queueing: {:?}",
        started.elapsed()
    );
    assert_eq!(server.requests().len(), 5, "all five recorded");
}

#[tokio::test]
async fn hang_records_the_request_and_never_answers() {
    let server = FakeServer::replay(Reply::sse("x").hang()).await.unwrap();
    let mut stream = TcpStream::connect(server.addr()).await.unwrap();
    stream
        .write_all(&request("POST", "/v1/chat/completions", None, "{}"))
        .await
        .unwrap();
    let mut buf = [0u8; 64];
    let read = tokio::time::timeout(Duration::from_millis(300), stream.read(&mut buf)).await;
    assert!(read.is_err(), "no byte arrives: {read:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "the unanswered request is still recorded"
    );
}

#[tokio::test]
async fn hang_after_stalls_mid_body_and_drop_closes_it() {
    let server = FakeServer::replay(Reply::sse("abcdef").hang_after(2))
        .await
        .unwrap();
    let mut stream = TcpStream::connect(server.addr()).await.unwrap();
    stream
        .write_all(&request("GET", "/", None, ""))
        .await
        .unwrap();
    let mut received = Vec::new();
    let mut buf = [0u8; 256];
    while !received.ends_with(b"2\r\nab\r\n") {
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("the first two bytes arrive promptly")
            .unwrap();
        assert!(read > 0, "connection stays open while stalled");
        received.extend_from_slice(&buf[..read]);
    }
    let stalled = tokio::time::timeout(Duration::from_millis(200), stream.read(&mut buf)).await;
    assert!(
        stalled.is_err(),
        "nothing follows the stall point: {stalled:?}"
    );

    drop(server);
    let after_drop = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
        .await
        .expect("dropping the server closes its connections");
    assert!(
        matches!(after_drop, Ok(0) | Err(_)),
        "the stalled connection ends once the server is dropped: {after_drop:?}"
    );
}

#[tokio::test]
async fn malformed_request_gets_400() {
    let server = FakeServer::replay(Reply::json(200, "{}")).await.unwrap();
    let response = parse(&exchange(server.addr(), b"NOT HTTP AT ALL\r\n\r\n").await);
    assert_eq!(response.status, 400, "garbage is rejected");
    assert!(
        server.requests().is_empty(),
        "garbage is not recorded as a request"
    );
}

#[tokio::test]
async fn real_client_sees_a_dropped_stream_as_an_error() {
    let server = FakeServer::replay(Reply::sse("data: {}\n\n").drop_after(4))
        .await
        .unwrap();
    let response = reqwest::get(server.url()).await.unwrap();
    assert_eq!(response.status(), 200, "the head arrives before the drop");
    let body = response.bytes().await;
    assert!(
        body.is_err(),
        "a chunked body cut before its terminator is a transport error: {body:?}"
    );

    let complete = FakeServer::replay(Reply::sse("data: {}\n\n").split_at_events())
        .await
        .unwrap();
    let text = reqwest::get(complete.url())
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(text, "data: {}\n\n", "a complete reply decodes cleanly");
}
