//! `sb route` explanations a person can read: evidence in words and the models without a
//! key said once, through the real binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Sb;
use serde_json::Value;

#[tokio::test]
async fn route_names_words_and_groups_the_models_without_a_key() {
    let sb = Sb::default();
    // A provider for one vendor and no key: every catalogue model lacks one.
    sb.run(&[
        "providers",
        "add",
        "openai",
        "--model",
        "gpt-4.1-mini",
        "--base-url",
        "https://api.openai.com/v1",
    ])
    .await
    .ok();
    let prompt = "Prove that there are infinitely many primes";

    let json = sb.run(&["route", "--json", prompt]).await;
    let v: Value = serde_json::from_str(json.ok()).unwrap();
    let candidates = v["decision"]["candidates"].as_array().unwrap();
    let group = v["decision"]["no_key"]["models"].as_array().unwrap();
    assert_eq!(
        group.len(),
        candidates.len(),
        "with no key anywhere every candidate is in the group: {v}"
    );
    assert!(
        candidates
            .iter()
            .all(|c| c["verdict"]["reason"]["kind"].is_string()),
        "the candidates keep their documented verdicts: {v}"
    );

    let human = sb.run(&["route", prompt]).await;
    let text = human.ok();
    let skipped: Vec<&str> = text.lines().filter(|l| l.contains("skipped")).collect();
    assert_eq!(
        skipped.len(),
        1,
        "one line for the models without a key, not one per model:\n{text}"
    );
    assert!(
        skipped[0].contains(&format!("{} models skipped: no key", candidates.len()))
            && skipped[0].contains("sb keys set"),
        "the line counts them and says how to add a key:\n{text}"
    );
    assert!(
        text.contains("the word “primes”") && !text.contains("letters"),
        "evidence is named in words:\n{text}"
    );
}
