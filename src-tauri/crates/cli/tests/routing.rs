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

#[tokio::test]
async fn classify_answers_around_invalid_utf8_and_empty_prompts() {
    let mut cmd = sb_command();
    cmd.arg("classify");
    // Line 2 is Latin-1 ("café" with é as the single byte 0xE9), which is not UTF-8;
    // lines 4 and 5 have nothing to classify. Each must cost only its own line.
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"prompt\": \"Translate into French: good night\"}\n");
    input.extend_from_slice(b"{\"prompt\": \"caf\xe9 au lait, s'il vous pla\xeet\"}\n");
    input.extend_from_slice(
        b"{\"prompt\": \"Write a Rust function that parses an IPv4 address\"}\r\n",
    );
    input.extend_from_slice(b"{\"prompt\": \"   \\n\\t \"}\n");
    input.extend_from_slice(b"{\"prompt\": \"\"}\n");
    input.extend_from_slice(b"{\"prompt\": \"Plane eine Woche Urlaub in S\xc3\xbcdtirol.\"}");
    let run = output_with_stdin(cmd, &input).await;
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        6,
        "one answer per input line, bad ones included: {}",
        run.stdout
    );
    let error = |i: usize| lines[i]["error"].as_str().unwrap_or_default();
    assert!(
        error(1).contains("line 2") && error(1).contains("UTF-8"),
        "the invalid line gets its own error, naming it: {}",
        lines[1]
    );
    assert!(
        error(3).contains("line 4") && error(3).contains("empty"),
        "a whitespace-only prompt is refused, not called chat: {}",
        lines[3]
    );
    assert!(
        error(4).contains("line 5") && error(4).contains("empty"),
        "an empty prompt is refused: {}",
        lines[4]
    );
    let tasks: Vec<Option<&str>> = lines.iter().map(|l| l["task"].as_str()).collect();
    assert_eq!(
        tasks,
        [
            Some("translate"),
            None,
            Some("code"),
            None,
            None,
            Some("planning")
        ],
        "the good lines around the bad ones are classified, in place"
    );
    for good in [0, 2, 5] {
        let keys: Vec<&String> = lines[good].as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["basis", "confidence", "features", "reason", "task"],
            "good lines keep the contract's keys exactly"
        );
    }
    assert!(!run.status.success(), "bad lines make the exit non-zero");
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one summary line on stderr: {}",
        run.stderr
    );
}

#[tokio::test]
async fn route_refuses_an_empty_prompt() {
    let sb = Sb::default();
    for blank in ["", "   ", " \t\n "] {
        let run = output(sb.command(&["route", "--json", blank])).await;
        assert!(
            run.stdout.is_empty(),
            "no decision is printed for {blank:?}: {}",
            run.stdout
        );
        assert!(
            run.error_line().contains("empty"),
            "the error says why, for {blank:?}: {}",
            run.stderr
        );
    }
}
