//! `sb classify` and `sb route`: the routing contracts, through the real binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{output, output_with_stdin, sb_command, Sb};
use serde_json::Value;

#[tokio::test]
async fn classify_answers_every_line_in_order_without_data_keys_or_network() {
    // A data folder that does not exist and a HOME with nothing in it: classify must
    // not need either (nor a keyring, which this process has none of).
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("never-created");
    let mut cmd = sb_command();
    cmd.env("HOME", home.path())
        .arg("--data-dir")
        .arg(&missing)
        .arg("classify");
    let input = concat!(
        "{\"prompt\": \"Translate into French: good night\", \"id\": 1}\n",
        "\n",
        "{\"prompt\": \"Write a Rust function that parses an IPv4 address\"}\n",
        "{\"prompt\": \"hi there!\"}\n",
        "{\"prompt\": \"Plane eine Woche Urlaub in Südtirol mit Wanderungen.\"}\n",
    );
    let run = output_with_stdin(cmd, input.as_bytes()).await;
    let lines: Vec<Value> = run
        .ok()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        4,
        "one answer per input line, blank lines skipped: {}",
        run.stdout
    );
    let tasks: Vec<&str> = lines.iter().map(|l| l["task"].as_str().unwrap()).collect();
    assert_eq!(
        tasks,
        ["translate", "code", "chat", "planning"],
        "answers stay in input order"
    );
    for l in &lines {
        let c = l["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c), "confidence is a probability: {l}");
    }
    assert!(!missing.exists(), "classify created no data folder");
}

#[tokio::test]
async fn classify_flags_bad_lines_in_place_and_exits_non_zero() {
    let mut cmd = sb_command();
    cmd.arg("classify");
    let run = output_with_stdin(cmd, b"{\"prompt\": \"hello\"}\nnot json\n{\"text\": 1}\n").await;
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "bad lines keep their place: {}", run.stdout);
    assert!(lines[0]["task"].is_string(), "the good line is classified");
    assert!(
        lines[1]["error"].as_str().unwrap().contains("line 2"),
        "the error names the line"
    );
    assert!(
        lines[2]["error"].is_string(),
        "an object without a prompt is an error too"
    );
    assert!(!run.status.success(), "bad input makes the exit non-zero");
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one line on stderr: {}",
        run.stderr
    );
}

#[tokio::test]
async fn route_explains_the_decision_and_respects_the_budget() {
    let sb = Sb::default();
    let run = sb
        .run(&[
            "route",
            "--json",
            "Prove that there are infinitely many primes",
        ])
        .await;
    let v: Value = serde_json::from_str(run.ok()).unwrap();
    assert_eq!(
        v["classification"]["task"], "reasoning",
        "a proof is reasoning: {v}"
    );
    assert!(
        v["assumed_access"].as_bool().unwrap(),
        "with no providers every vendor is assumed usable"
    );
    assert!(
        v["decision"]["pick"].is_string(),
        "something is picked: {v}"
    );
    let candidates = v["decision"]["candidates"].as_array().unwrap();
    assert!(candidates.len() > 3, "every candidate is reported");
    assert!(
        candidates.iter().all(|c| c["verdict"]["kind"].is_string()),
        "each with a verdict"
    );

    let cheap = sb
        .run(&[
            "route",
            "--json",
            "--budget-left",
            "0.0001",
            "--quality",
            "cheapest",
            "Prove that there are infinitely many primes",
        ])
        .await;
    let v: Value = serde_json::from_str(cheap.ok()).unwrap();
    let pick = v["decision"]["pick"].as_str().unwrap();
    let picked = v["decision"]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["model"] == pick)
        .unwrap();
    assert!(
        picked["reserve"].as_i64().unwrap() <= 100_000,
        "the reservation fits $0.0001: {picked}"
    );
    assert!(
        v["decision"]["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["verdict"]["reason"]["kind"] == "over_budget"),
        "expensive models are skipped for the budget: {v}"
    );

    let human = sb.run(&["route", "Bonjour, comment ça va ?"]).await;
    assert!(
        human.ok().contains("task: chat"),
        "the human form names the task: {}",
        human.stdout
    );

    let bad = output(sb.command(&["route", "--budget-left=-3", "hi"])).await;
    assert!(!bad.status.success(), "a negative budget is refused");
    assert!(
        bad.error_line().contains("--budget-left"),
        "and the error says which option"
    );
}
