//! Classifier and route-decision latency: p50/p99 over many single calls, and
//! decisions per second, for a 20-token and a ~4,000-token prompt, on one thread.
//!
//! Also the token counting the engine does first (tiktoken-rs o200k, a dev-dependency
//! here only so the full pipeline is timed in one place).
//!
//! Run: `cargo bench -p sb-core --bench route`. A plain harness rather than criterion
//! because the figures we report are percentiles of single calls, which criterion
//! does not print.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use sb_core::catalogue::{Catalogue, ModelInfo};
use sb_core::route::{
    decide, Access, BudgetLeft, BudgetMode, Needs, PromptFit, QualityPreference, RouteInput,
};
use sb_core::tokens::estimate_tokens;
use sb_core::{Classifier, Task, Usd};

const SHORT: &str = "Can you write a Python function that reverses a linked list?";

/// About 4,000 tokens of varied English prose with a request at the end.
fn long_prompt() -> String {
    let sentences = [
        "The quarterly review covered revenue, hiring and the product roadmap in detail.",
        "Sales in the northern region grew by twelve percent while the south stayed flat.",
        "Engineering shipped the new billing system two weeks late because of a migration bug.",
        "Customer support reduced the median response time from nine hours to four.",
        "The board asked for a clearer plan for international expansion next year.",
        "Marketing spend shifted from paid search towards community events and partnerships.",
        "Two senior engineers left, and recruiting has three offers outstanding.",
        "The security audit found no critical issues but flagged outdated dependencies.",
    ];
    let mut text = String::from("Here are my notes from the meeting:\n\n");
    let mut i = 0;
    while text.len() < 16_500 {
        text.push_str(sentences[i % sentences.len()]);
        text.push(if i % 5 == 4 { '\n' } else { ' ' });
        i += 1;
    }
    text.push_str("\n\nCan you summarize the key decisions and open questions?");
    text
}

fn percentiles(mut samples: Vec<Duration>) -> (Duration, Duration) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    (at(0.50), at(0.99))
}

fn measure(name: &str, iterations: usize, mut f: impl FnMut()) {
    for _ in 0..iterations / 10 {
        f();
    }
    let mut samples = Vec::with_capacity(iterations);
    let start = Instant::now();
    for _ in 0..iterations {
        let t = Instant::now();
        f();
        samples.push(t.elapsed());
    }
    let total = start.elapsed();
    let (p50, p99) = percentiles(samples);
    println!(
        "{name:<38} p50 {:>8.1} µs   p99 {:>8.1} µs   {:>9.0} per second",
        p50.as_secs_f64() * 1e6,
        p99.as_secs_f64() * 1e6,
        iterations as f64 / total.as_secs_f64()
    );
}

fn main() {
    let classifier = Classifier::shipped();
    let catalogue = Catalogue::shipped();
    let long = long_prompt();
    println!(
        "prompts: short {} chars (~{} tokens), long {} chars (~{} tokens)",
        SHORT.len(),
        SHORT.len() / 4,
        long.len(),
        long.len() / 4
    );
    for (label, prompt) in [("20-token", SHORT), ("4000-token", long.as_str())] {
        measure(&format!("classify {label}"), 5_000, || {
            black_box(classifier.classify(black_box(prompt), Some(Task::Chat)));
        });
        let route = |tokens: u64| {
            let c = classifier.classify(black_box(prompt), None);
            let count = move |_: &ModelInfo, _: u64| PromptFit::whole(tokens);
            let access = |_: &ModelInfo| Access::Ready;
            decide(&RouteInput {
                catalogue: &catalogue,
                task: c.task,
                needs: Needs::default(),
                quality: QualityPreference::Balanced,
                budget: BudgetLeft {
                    remaining: Usd::from_dollars(0.5),
                    mode: BudgetMode::Hard,
                },
                wanted_output: 4_096,
                sticky: None,
                pinned: None,
                unsure: None,
                prompt_fit: &count,
                access: &access,
            })
        };
        measure(&format!("classify + route decision {label}"), 5_000, || {
            black_box(route((prompt.len() / 4) as u64));
        });
        // What the engine adds before deciding: exact o200k counting for OpenAI-family
        // models and a character count for the calibrated estimate of the others.
        let bpe = tiktoken_rs::o200k_base_singleton();
        let count_tokens = || {
            let exact = bpe.encode_ordinary(black_box(prompt)).len() as u64;
            let chars = prompt.chars().count() as u64;
            exact.max(estimate_tokens(chars, 3.15))
        };
        measure(
            &format!("count tokens (o200k + chars) {label}"),
            2_000,
            || {
                black_box(count_tokens());
            },
        );
        measure(&format!("count + classify + route {label}"), 2_000, || {
            black_box(route(count_tokens()));
        });
    }
}
