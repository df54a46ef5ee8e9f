//! Shared by the `sb` integration tests: running the real binary against a private data
//! folder, a fake provider on the test's own runtime, and the checks every test repeats
//! (one-line errors, the stored conversation, no key on disk).
//!
//! Invariants:
//! - Every child gets a clean environment for the variables `sb` reads (`SB_API_KEY`,
//!   `SWITCHBOARD_DATA_DIR`, `SB_LOG`), so the developer's shell cannot change a result.
//! - Every child is killed when its handle is dropped and every wait is bounded, so a hung
//!   `sb` fails its test instead of stalling the suite.
// Each test file is its own crate and uses a different subset of these helpers.
#![allow(dead_code)]

use std::{
    hash::{DefaultHasher, Hash, Hasher},
    path::{Path, PathBuf},
    process::{ExitStatus, Stdio},
    time::Duration,
};

use sb_testsupport::{scenario_responder, FakeServer};
use serde_json::Value;
use tempfile::TempDir;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    process::{Child, ChildStderr, ChildStdout, Command},
};

/// Longest any single `sb` run may take; far above the slowest scenario used here.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(30);

/// A realistic-looking but fake key, different per test so no test passes with another's.
pub fn test_key(label: &str) -> String {
    let half = |salt: u8| {
        let mut hasher = DefaultHasher::new();
        (salt, label).hash(&mut hasher);
        hasher.finish()
    };
    format!("sk-test-{:016x}{:016x}", half(0), half(1))
}

/// The scenario fake provider, accepting only `key`. Must be started on the test's runtime,
/// which has to outlive every `sb` child that talks to it.
pub async fn fake_provider(key: &str) -> FakeServer {
    FakeServer::start(scenario_responder(key.to_owned()))
        .await
        .expect("the fake provider binds an ephemeral port on 127.0.0.1")
}

/// `sb` with a clean environment, nothing on stdin, killed if the test drops it.
pub fn sb_command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sb"));
    cmd.env_remove("SB_API_KEY")
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_SESSION_TOKEN")
        .env_remove(sb_engine::DATA_DIR_ENV)
        .env_remove("SB_LOG")
        .stdin(Stdio::null())
        .kill_on_drop(true);
    cmd
}

/// What one finished `sb` run left behind.
#[derive(Debug)]
pub struct Run {
    /// The command line, for assertion messages.
    pub label: String,
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts the run succeeded and returns its stdout.
    pub fn ok(&self) -> &str {
        assert!(
            self.status.success(),
            "`{}` must succeed; got {:?}, stderr: {}",
            self.label,
            self.status,
            self.stderr
        );
        &self.stdout
    }

    /// Asserts the run failed the way every `sb` failure must (non-zero exit, exactly one
    /// non-empty `sb: error:` line on stderr, no panic) and returns that line.
    pub fn error_line(&self) -> &str {
        assert!(
            !self.status.success(),
            "`{}` must fail; stdout: {}",
            self.label,
            self.stdout
        );
        assert!(
            self.status.code().is_some(),
            "`{}` must exit with a code, not die from a signal: {:?}",
            self.label,
            self.status
        );
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "`{}` must report its error on exactly one stderr line: {:?}",
            self.label,
            self.stderr
        );
        let line = lines[0];
        assert!(
            line.starts_with("sb: error: ") && line.len() > "sb: error: ".len(),
            "`{}` error lines start with `sb: error:` and say something: {line:?}",
            self.label
        );
        assert!(
            !line.contains("panicked") && !line.contains("RUST_BACKTRACE"),
            "`{}` must not panic: {line:?}",
            self.label
        );
        line
    }
}

/// `program args...`, with the program's file name only.
fn label_of(cmd: &Command) -> String {
    let cmd = cmd.as_std();
    let program = Path::new(cmd.get_program())
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    std::iter::once(program)
        .chain(cmd.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `cmd` to completion (bounded by [`RUN_TIMEOUT`]) and captures its output.
pub async fn output(mut cmd: Command) -> Run {
    let label = label_of(&cmd);
    let out = tokio::time::timeout(RUN_TIMEOUT, cmd.output())
        .await
        .unwrap_or_else(|_| panic!("`{label}` must finish within {RUN_TIMEOUT:?}"))
        .unwrap_or_else(|e| panic!("`{label}` must start: {e}"));
    Run {
        label,
        status: out.status,
        stdout: String::from_utf8(out.stdout).expect("sb writes UTF-8 to stdout"),
        stderr: String::from_utf8(out.stderr).expect("sb writes UTF-8 to stderr"),
    }
}

/// Runs `cmd` with `input` on its stdin, then closes stdin.
pub async fn output_with_stdin(mut cmd: Command, input: &[u8]) -> Run {
    let label = label_of(&cmd);
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("`{label}` must start: {e}"));
    let mut stdin = child.stdin.take().expect("stdin was piped");
    stdin.write_all(input).await.expect("sb reads its stdin");
    drop(stdin);
    let out = tokio::time::timeout(RUN_TIMEOUT, child.wait_with_output())
        .await
        .unwrap_or_else(|_| panic!("`{label}` must finish within {RUN_TIMEOUT:?}"))
        .expect("waiting for sb works");
    Run {
        label,
        status: out.status,
        stdout: String::from_utf8(out.stdout).expect("sb writes UTF-8 to stdout"),
        stderr: String::from_utf8(out.stderr).expect("sb writes UTF-8 to stderr"),
    }
}

/// A private data folder and the `sb` commands that use it.
pub struct Sb {
    dir: TempDir,
}

impl Default for Sb {
    fn default() -> Self {
        Sb {
            dir: tempfile::tempdir().expect("a temporary data folder can be created"),
        }
    }
}

impl Sb {
    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// The database file `sb` keeps in the data folder.
    pub fn db_path(&self) -> PathBuf {
        self.data_dir().join(sb_engine::DB_FILE)
    }

    /// `sb --data-dir DIR ARGS...`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = sb_command();
        cmd.arg("--data-dir").arg(self.data_dir()).args(args);
        cmd
    }

    pub async fn run(&self, args: &[&str]) -> Run {
        output(self.command(args)).await
    }

    /// `sb chat --kind openai --base-url URL --model MODEL [--json] PROMPT` with `key` in
    /// `SB_API_KEY`.
    pub fn chat_command(
        &self,
        base_url: &str,
        key: &str,
        model: &str,
        json: bool,
        prompt: &str,
    ) -> Command {
        let mut args = vec![
            "chat",
            "--kind",
            "openai",
            "--base-url",
            base_url,
            "--model",
            model,
        ];
        if json {
            args.push("--json");
        }
        args.push(prompt);
        let mut cmd = self.command(&args);
        cmd.env("SB_API_KEY", key);
        cmd
    }

    pub async fn chat(
        &self,
        base_url: &str,
        key: &str,
        model: &str,
        json: bool,
        prompt: &str,
    ) -> Run {
        output(self.chat_command(base_url, key, model, json, prompt)).await
    }

    /// `sb history list --json`, parsed.
    pub async fn conversations(&self) -> Vec<Value> {
        let run = self.run(&["history", "list", "--json"]).await;
        let list: Value = serde_json::from_str(run.ok()).expect("history list --json is JSON");
        list.as_array()
            .expect("history list --json is an array")
            .clone()
    }

    /// `sb history show ID --json`, parsed.
    pub async fn conversation(&self, id: i64) -> Value {
        let run = self
            .run(&["history", "show", &id.to_string(), "--json"])
            .await;
        serde_json::from_str(run.ok()).expect("history show --json is JSON")
    }

    /// The one conversation in this data folder, as `history show --json` gives it.
    pub async fn only_conversation(&self) -> Value {
        let list = self.conversations().await;
        assert_eq!(
            list.len(),
            1,
            "exactly one conversation must exist: {list:?}"
        );
        let id = list[0]["id"]
            .as_i64()
            .expect("conversation ids are numbers");
        self.conversation(id).await
    }

    /// The assistant message of the one conversation (user message first, answer second).
    pub async fn only_answer(&self) -> Value {
        let view = self.only_conversation().await;
        let messages = view["messages"]
            .as_array()
            .expect("a conversation view lists its messages");
        assert_eq!(
            messages.len(),
            2,
            "one turn stores the user message and the answer: {messages:?}"
        );
        assert_eq!(messages[0]["role"], "user", "the prompt comes first");
        assert_eq!(messages[1]["role"], "assistant", "the answer comes second");
        messages[1].clone()
    }
}

/// Fails if `key` appears in any file under `dir` (database, WAL, shared memory, logs).
pub fn assert_key_absent(dir: &Path, key: &str) {
    let mut pending = vec![dir.to_path_buf()];
    let mut scanned = 0;
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).expect("the data folder is readable") {
                pending.push(entry.expect("directory entries are readable").path());
            }
            continue;
        }
        let bytes = std::fs::read(&path).expect("data files are readable");
        assert!(
            !bytes
                .windows(key.len())
                .any(|window| window == key.as_bytes()),
            "the API key must never be written to disk, but {} contains it",
            path.display()
        );
        scanned += 1;
    }
    assert!(
        scanned > 0,
        "the scan must have looked at the database in {}",
        dir.display()
    );
}

/// An `sb` child whose stdout is read while it runs (to act in the middle of a stream).
pub struct Streaming {
    pub label: String,
    child: Child,
    stdout: ChildStdout,
    stderr: ChildStderr,
    /// Everything read from stdout so far.
    pub seen: Vec<u8>,
}

impl Streaming {
    pub fn spawn(mut cmd: Command) -> Self {
        let label = label_of(&cmd);
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("`{label}` must start: {e}"));
        let stdout = child.stdout.take().expect("stdout was piped");
        let stderr = child.stderr.take().expect("stderr was piped");
        Streaming {
            label,
            child,
            stdout,
            stderr,
            seen: Vec::new(),
        }
    }

    /// The child's process id (it is still running).
    pub fn pid(&self) -> u32 {
        self.child
            .id()
            .expect("the child has not been waited for yet")
    }

    /// Reads stdout until at least `n` bytes have arrived in total.
    pub async fn read_at_least(&mut self, n: usize) {
        let read = async {
            let mut buf = [0u8; 4096];
            while self.seen.len() < n {
                let got = self
                    .stdout
                    .read(&mut buf)
                    .await
                    .expect("stdout is readable");
                assert!(
                    got > 0,
                    "`{}` closed stdout after {:?}, before {n} bytes arrived",
                    self.label,
                    String::from_utf8_lossy(&self.seen)
                );
                self.seen.extend_from_slice(&buf[..got]);
            }
        };
        tokio::time::timeout(RUN_TIMEOUT, read)
            .await
            .unwrap_or_else(|_| panic!("`{}` must print {n} bytes in time", self.label));
    }

    /// SIGKILL on Unix: the process gets no chance to clean up.
    pub async fn kill(&mut self) {
        self.child.kill().await.expect("the child can be killed");
    }

    /// Waits for the child to end and collects the rest of its output.
    pub async fn finish(mut self) -> Run {
        let label = self.label.clone();
        let finish = async {
            let mut stderr = Vec::new();
            self.stdout
                .read_to_end(&mut self.seen)
                .await
                .expect("stdout is readable");
            self.stderr
                .read_to_end(&mut stderr)
                .await
                .expect("stderr is readable");
            let status = self.child.wait().await.expect("waiting for sb works");
            (status, stderr)
        };
        let (status, stderr) = tokio::time::timeout(RUN_TIMEOUT, finish)
            .await
            .unwrap_or_else(|_| panic!("`{label}` must end within {RUN_TIMEOUT:?}"));
        Run {
            label,
            status,
            stdout: String::from_utf8(self.seen).expect("sb writes UTF-8 to stdout"),
            stderr: String::from_utf8(stderr).expect("sb writes UTF-8 to stderr"),
        }
    }
}
