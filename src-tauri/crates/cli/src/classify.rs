//! `sb classify`: the task classifier over JSON Lines.
//!
//! Contract (stable): each input line is a JSON object with a `"prompt"` string (other
//! fields ignored); each output line, in order, is `{"task", "confidence", ...}` with
//! extra fields allowed. Needs no keys, no network and no database, so it runs before
//! anything opens the data folder. Blank lines are not inputs and get no output. A
//! line that is not such an object gets `{"error": "..."}` in its place (so outputs
//! stay aligned with inputs) and makes the exit status 1 at the end.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use sb_core::{Basis, Classifier, Evidence, Task};
use serde::Serialize;

#[derive(Serialize)]
struct Answer<'a> {
    task: Task,
    confidence: f32,
    basis: Basis,
    reason: &'a str,
    features: &'a [Evidence],
}

#[derive(Serialize)]
struct Failure {
    error: String,
}

pub fn run(input: impl BufRead, mut output: impl Write) -> std::io::Result<ExitCode> {
    let classifier = Classifier::shipped();
    let mut failed = 0usize;
    for (index, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let prompt = serde_json::from_str::<serde_json::Value>(&line)
            .ok()
            .and_then(|v| v.get("prompt").and_then(|p| p.as_str()).map(str::to_owned));
        let json = match prompt {
            Some(prompt) => {
                let c = classifier.classify(&prompt, None);
                serde_json::to_string(&Answer {
                    task: c.task,
                    confidence: c.confidence,
                    basis: c.basis,
                    reason: &c.reason,
                    features: &c.features,
                })
            }
            None => {
                failed += 1;
                serde_json::to_string(&Failure {
                    error: format!(
                        "line {}: expected a JSON object with a \"prompt\" string",
                        index + 1
                    ),
                })
            }
        }
        .map_err(std::io::Error::other)?;
        writeln!(output, "{json}")?;
        // Flushed per line so a caller can feed one prompt and read one answer.
        output.flush()?;
    }
    if failed > 0 {
        eprintln!(
            "sb: error: {failed} input line(s) were not JSON objects with a \"prompt\" string"
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
