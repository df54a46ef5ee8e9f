//! `sb classify`: the task classifier over JSON Lines.
//!
//! Contract (stable): each input line is a JSON object with a `"prompt"` string (other
//! fields ignored); each output line, in order, is `{"task", "confidence", ...}` with
//! extra fields allowed. Needs no keys, no network and no database, so it runs before
//! anything opens the data folder. Blank lines are not inputs and get no output. A
//! line that cannot be classified — not valid UTF-8, not such an object, or a prompt
//! with nothing but whitespace — gets `{"error": "..."}` in its place (so outputs stay
//! aligned with inputs), the lines after it are still classified, and the exit status
//! is 1 at the end.

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

/// Why one input line gets an `{"error"}` answer instead of a task.
#[derive(Debug, thiserror::Error)]
enum BadLine {
    #[error("line {line}: not valid UTF-8 (at byte {at})")]
    NotUtf8 { line: usize, at: usize },
    #[error("line {line}: expected a JSON object with a \"prompt\" string")]
    NoPrompt { line: usize },
    // `sb chat` refuses such a message, so classifying it would describe a turn that
    // can never happen; the model would also call it `chat` with high confidence.
    #[error("line {line}: the prompt is empty")]
    EmptyPrompt { line: usize },
}

/// The prompt of one input line (without its line ending), or why there is none.
fn prompt_of(raw: &[u8], line: usize) -> Result<String, BadLine> {
    let text = std::str::from_utf8(raw).map_err(|e| BadLine::NotUtf8 {
        line,
        at: e.valid_up_to(),
    })?;
    let prompt = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("prompt").and_then(|p| p.as_str()).map(str::to_owned))
        .ok_or(BadLine::NoPrompt { line })?;
    if prompt.trim().is_empty() {
        return Err(BadLine::EmptyPrompt { line });
    }
    Ok(prompt)
}

pub fn run(mut input: impl BufRead, mut output: impl Write) -> std::io::Result<ExitCode> {
    let classifier = Classifier::shipped();
    let mut failed = 0usize;
    let mut raw = Vec::new();
    let mut line = 0usize;
    // Bytes, not `lines()`: one line of invalid UTF-8 must cost that line an error
    // answer, not end the run (which would misalign every answer after it).
    loop {
        raw.clear();
        if input.read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        line += 1;
        let content = raw.strip_suffix(b"\n").unwrap_or(&raw);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        if std::str::from_utf8(content).is_ok_and(|t| t.trim().is_empty()) {
            continue;
        }
        let json = match prompt_of(content, line) {
            Ok(prompt) => {
                let c = classifier.classify(&prompt, None);
                serde_json::to_string(&Answer {
                    task: c.task,
                    confidence: c.confidence,
                    basis: c.basis,
                    reason: &c.reason,
                    features: &c.features,
                })
            }
            Err(bad) => {
                failed += 1;
                serde_json::to_string(&Failure {
                    error: bad.to_string(),
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
            "sb: error: {failed} input line(s) could not be classified (each has an \"error\" answer in its place)"
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
