//! `sb`: Switchboard in the terminal, on the same engine, store and keyring as the app.
//!
//! Contracts (stable; scripts and later features rely on them):
//! - `sb chat` streams the answer to stdout; with `--json` prints one JSON object at the
//!   end instead. Errors are one line on stderr and a non-zero exit.
//! - An ad-hoc provider's key comes from `SB_API_KEY`, never from argv (argv is visible
//!   to every user of the machine through the process list).
//! - Commands that need no stored key never touch the keyring.

mod classify;
mod commands;
mod history;
mod signals;

use std::{path::PathBuf, process::ExitCode};

use clap::{Args, Parser, Subcommand};
use sb_core::ProviderKind;

/// `--kind`'s values: every protocol's storage name.
fn kind_parser() -> impl clap::builder::TypedValueParser<Value = ProviderKind> {
    use clap::builder::TypedValueParser;
    let names: Vec<&'static str> = <ProviderKind as strum::VariantArray>::VARIANTS
        .iter()
        .map(|k| k.as_str())
        .collect();
    // Only the variants' own names pass the list, so parsing them back cannot fail.
    clap::builder::PossibleValuesParser::new(names)
        .map(|s| ProviderKind::parse(&s).unwrap_or(ProviderKind::Openai))
}

#[derive(Parser)]
#[command(
    name = "sb",
    version,
    about = "Switchboard in the terminal: chat with your models, read your history"
)]
struct Cli {
    /// Data folder (default: $SWITCHBOARD_DATA_DIR, else the app's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Send one message and stream the answer. Without --provider or --base-url the
    /// router picks the model (see `sb route`).
    Chat(ChatArgs),
    /// Manage saved providers.
    #[command(subcommand)]
    Providers(ProvidersCmd),
    /// Store or remove a saved provider's API key in the OS keyring.
    #[command(subcommand)]
    Keys(KeysCmd),
    /// Read past conversations.
    #[command(subcommand)]
    History(HistoryCmd),
    /// Show which model the router would pick for a prompt, and why. Makes no call.
    Route(RouteArgs),
    /// Show or set spending caps: app defaults and the month, or one conversation's.
    Budget(BudgetArgs),
    /// Print spend: total, by model, provider, task and day (this month by default).
    Usage(UsageArgs),
    /// Import a ChatGPT or Claude export (conversations.json or the export .zip) or a
    /// Switchboard JSON export. The format is detected; importing twice adds nothing.
    Import(ImportArgs),
    /// Export one conversation or all, as Markdown or JSON (with attachments).
    Export(ExportArgs),
    /// Classify prompts by task: JSON Lines {"prompt": ...} on stdin, one
    /// {"task", "confidence", ...} line per input on stdout. Needs no keys or database.
    Classify,
}

#[derive(Args)]
pub struct ImportArgs {
    /// The export file.
    pub file: PathBuf,
    /// Print what was imported as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportFormatArg {
    Md,
    Json,
}

#[derive(Args)]
pub struct ExportArgs {
    /// Only this conversation (default: all).
    #[arg(long)]
    pub conversation: Option<i64>,
    /// `md`: one Markdown file per conversation (the branch it shows), files beside it;
    /// `json`: one file with every branch and attachment (imports back with `sb import`).
    #[arg(long)]
    pub format: ExportFormatArg,
    /// Where to write: a file (JSON, or Markdown for one conversation) or a folder
    /// (Markdown for all conversations).
    pub out: PathBuf,
}

#[derive(Args)]
pub struct ChatArgs {
    /// Use a saved provider (and its key from the OS keyring).
    #[arg(long, conflicts_with_all = ["kind", "base_url"])]
    provider: Option<String>,
    /// Wire protocol of an ad-hoc provider.
    #[arg(long, value_parser = kind_parser())]
    kind: Option<ProviderKind>,
    /// API root of an ad-hoc provider as its SDK takes it, e.g. https://api.openai.com/v1,
    /// https://api.anthropic.com, http://localhost:11434 (key from SB_API_KEY; Bedrock
    /// reads AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN). Optional
    /// for Bedrock when --region is given.
    #[arg(long)]
    base_url: Option<String>,
    /// AWS region of an ad-hoc Bedrock provider, e.g. us-east-1.
    #[arg(long, value_name = "R")]
    region: Option<String>,
    /// Azure OpenAI api-version of an ad-hoc Azure provider (default 2024-10-21).
    #[arg(long, value_name = "V")]
    api_version: Option<String>,
    /// Model to use (default: the saved provider's default model). Without a provider,
    /// pins a catalogue model given as vendor/model-id.
    #[arg(long)]
    model: Option<String>,
    /// Continue this conversation instead of starting a new one.
    #[arg(long, value_name = "ID")]
    conversation: Option<i64>,
    /// Attach a file: an image (PNG, JPEG, GIF, WebP) for models that read images, or a
    /// text file (code, Markdown, CSV, JSON, plain text), sent as text. Repeatable.
    #[arg(long, value_name = "FILE")]
    attach: Vec<PathBuf>,
    /// Print one JSON object with the whole answer at the end instead of streaming text.
    #[arg(long)]
    json: bool,
    /// Longest wait, in seconds, for new content from the provider (keep-alives do not
    /// count); past it the turn ends with a timeout error and keeps its partial text.
    #[arg(long, value_name = "SECS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    idle_timeout: u64,
    /// The message.
    #[arg(required = true, num_args = 1.., trailing_var_arg = true)]
    prompt: Vec<String>,
}

#[derive(Args)]
pub struct RouteArgs {
    /// Print the whole decision as one JSON object.
    #[arg(long)]
    json: bool,
    /// Route as if a hard cap left this many US dollars.
    #[arg(long, value_name = "USD")]
    budget_left: Option<f64>,
    /// Quality preference: cheapest, balanced (default) or best.
    #[arg(long, value_parser = ["cheapest", "balanced", "best"])]
    quality: Option<String>,
    /// Route as a turn in this conversation (its history counts towards the input).
    #[arg(long, value_name = "ID")]
    conversation: Option<i64>,
    /// Pin a model (vendor/model-id), bypassing the route table.
    #[arg(long, value_name = "MODEL")]
    pin: Option<String>,
    /// The message.
    #[arg(required = true, num_args = 1.., trailing_var_arg = true)]
    prompt: Vec<String>,
}

#[derive(Args)]
pub struct BudgetArgs {
    /// Show or set this conversation's cap instead of the app defaults.
    #[arg(long, value_name = "ID")]
    conversation: Option<i64>,
    /// Cap in US dollars ("none" removes it). With --conversation: that conversation's
    /// cap; otherwise the default cap of conversations that set none.
    #[arg(long, value_name = "USD")]
    cap: Option<String>,
    /// hard (the default): never exceeded; soft: warn at 80% and 100%, never block.
    #[arg(long, value_parser = ["hard", "soft"])]
    mode: Option<String>,
    /// Cap on all spend in a calendar month (UTC), in US dollars ("none" removes it).
    #[arg(long, value_name = "USD", conflicts_with = "conversation")]
    monthly_cap: Option<String>,
    #[arg(long, value_parser = ["hard", "soft"], conflicts_with = "conversation")]
    monthly_mode: Option<String>,
    /// Default quality preference: cheapest, balanced or best.
    #[arg(long, value_parser = ["cheapest", "balanced", "best"])]
    quality: Option<String>,
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct UsageArgs {
    /// Count from this many days ago instead of the start of the month (UTC).
    #[arg(long, value_name = "N")]
    days: Option<u32>,
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
pub enum ProvidersCmd {
    /// Add a provider. Set its key afterwards with `sb keys set NAME`.
    Add {
        name: String,
        /// API root (optional with --preset, or for Bedrock with --region).
        #[arg(long)]
        base_url: Option<String>,
        #[arg(long)]
        model: String,
        /// Wire protocol: openai (and compatibles), anthropic, gemini, bedrock, azure, ollama.
        #[arg(long, default_value = "openai", value_parser = kind_parser())]
        kind: ProviderKind,
        /// An OpenAI-compatible preset (openrouter, groq, mistral, deepseek, xai,
        /// together, lmstudio, vllm, llamacpp): its base URL unless --base-url is given,
        /// and its request quirks.
        #[arg(long)]
        preset: Option<String>,
        /// AWS region (Bedrock).
        #[arg(long, value_name = "R")]
        region: Option<String>,
        /// api-version (Azure OpenAI).
        #[arg(long, value_name = "V")]
        api_version: Option<String>,
        /// An extra request header, NAME:VALUE (repeatable; no credentials).
        #[arg(long = "header", value_name = "NAME:VALUE")]
        headers: Vec<String>,
        /// Catalogue vendor whose models it serves (openai, anthropic, google, mistral,
        /// deepseek, groq, openrouter, ollama); default: recognised from the URL.
        #[arg(long)]
        vendor: Option<String>,
        /// A server on your own machine or network: its calls cost nothing, so budgets
        /// never limit it and models without a price are fine.
        #[arg(long)]
        local: bool,
    },
    /// List saved providers.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a provider and its key.
    Remove { name: String },
}

#[derive(Subcommand)]
pub enum KeysCmd {
    /// Read a key from stdin and store it in the OS keyring for provider NAME. For a
    /// Bedrock provider, --aws-env stores AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
    /// AWS_SESSION_TOKEN from the environment instead (stdin then takes a Bedrock API key).
    Set {
        name: String,
        #[arg(long)]
        aws_env: bool,
    },
    /// Remove provider NAME's key from the OS keyring.
    Remove { name: String },
}

#[derive(Subcommand)]
pub enum HistoryCmd {
    /// List conversations, newest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show one conversation (the branch it shows).
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Search every message and title (full text; "quoted phrases" stay whole).
    Search {
        query: String,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    if let Command::Classify = cli.command {
        // Before the runtime and the data folder: classifying needs neither.
        return match classify::run(std::io::stdin().lock(), std::io::stdout().lock()) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("sb: error: {}", one_line(&e.to_string()));
                ExitCode::FAILURE
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("sb: error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let idle_timeout = match &cli.command {
        Command::Chat(args) => Some(std::time::Duration::from_secs(args.idle_timeout)),
        _ => None,
    };
    match runtime.block_on(commands::run(cli.data_dir, cli.command, idle_timeout)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sb: error: {}", one_line(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// Joins a message's lines with spaces. Errors are one line on stderr (a contract scripts
/// rely on), but some text comes from outside verbatim, e.g. the HTML error page a proxy in
/// front of a provider sends.
fn one_line(message: &str) -> String {
    message
        .split(['\r', '\n'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Quiet by default so stdout/stderr carry only the answer and errors; `SB_LOG=info`
/// shows the engine's log on stderr.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SB_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("off"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
