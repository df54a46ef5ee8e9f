//! The `sb` subcommands, each a thin call into the engine plus terminal formatting.

use std::{
    io::{IsTerminal, Read, Write},
    path::PathBuf,
    process::ExitCode,
    sync::Arc,
    time::Duration,
};

use sb_core::route::Verdict;
use sb_core::{
    BudgetMode, ExtraHeader, MessageStatus, ModelRef, ProviderInput, ProviderKind,
    ProviderSettings, QualityPreference, Usage, Usd,
};
use sb_engine::{
    Credentials, Engine, EngineConfig, EngineError, RouteOptions, SystemClock, TurnEvent,
    TurnTarget,
};
use sb_keys::{KeyError, OsKeyring, Secret};
use serde::Serialize;

use crate::{history, BudgetArgs, ChatArgs, Command, KeysCmd, ProvidersCmd, RouteArgs, UsageArgs};

/// The environment variable an ad-hoc provider's key is read from.
const KEY_ENV: &str = "SB_API_KEY";

/// Exit code after Ctrl-C stopped a turn (the shell convention for SIGINT: 128 + 2).
const EXIT_INTERRUPTED: u8 = 130;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("{0}")]
    Key(#[from] KeyError),
    #[error("no data folder: the OS reports no home folder; pass --data-dir or set SWITCHBOARD_DATA_DIR")]
    NoDataDir,
    #[error("an ad-hoc provider needs --kind, --base-url and --model (Bedrock: --region instead of --base-url)")]
    IncompleteAdHoc,
    #[error("the API key for --base-url is read from the {KEY_ENV} environment variable, which is not set")]
    NoKeyEnv,
    #[error("Bedrock credentials are read from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), or a Bedrock API key from {KEY_ENV}; none is set")]
    NoAwsEnv,
    #[error("{0}")]
    Credentials(String),
    #[error("could not read {path}: {error}")]
    Attach { path: String, error: std::io::Error },
    #[error("--header takes NAME:VALUE, got “{0}”")]
    BadHeader(String),
    #[error("unknown preset “{0}”; one of: {1}")]
    UnknownPreset(String, String),
    #[error("{0} needs --base-url")]
    NoBaseUrl(String),
    #[error("could not read the key from stdin: {0}")]
    Stdin(std::io::Error),
    #[error("could not write output: {0}")]
    Stdout(std::io::Error),
    #[error("could not listen for stop signals: {0}")]
    Signal(std::io::Error),
    #[error("{message}")]
    Turn { message: String },
    #[error("--budget-left must be a non-negative number of dollars, e.g. 0.25")]
    BadBudget,
    #[error("{option} must be a non-negative number of dollars, e.g. 0.50, or \"none\"")]
    BadCap { option: &'static str },
}

pub async fn run(
    data_dir: Option<PathBuf>,
    command: Command,
    idle_timeout: Option<Duration>,
) -> Result<ExitCode, CliError> {
    let data_dir = data_dir
        .or_else(sb_engine::default_data_dir)
        .ok_or(CliError::NoDataDir)?;
    // Creating the keyring handle does not contact the keyring; only get/set/delete do,
    // so commands that need no key work where no keyring service runs.
    let keyring = Arc::new(OsKeyring::new("Switchboard"));
    let mut config = EngineConfig::new(data_dir, Arc::new(SystemClock), keyring);
    if let Some(idle) = idle_timeout {
        config.stream_limits.idle_timeout = idle;
    }
    let engine = Engine::open(config).await?;
    match command {
        Command::Chat(args) => chat(&engine, args).await,
        Command::Providers(cmd) => providers(&engine, cmd).await.map(|()| ExitCode::SUCCESS),
        Command::Keys(cmd) => keys(&engine, cmd).await.map(|()| ExitCode::SUCCESS),
        Command::History(cmd) => history::history(&engine, cmd)
            .await
            .map(|()| ExitCode::SUCCESS),
        Command::Route(args) => route(&engine, args).await.map(|()| ExitCode::SUCCESS),
        Command::Budget(args) => budget(&engine, args).await.map(|()| ExitCode::SUCCESS),
        Command::Usage(args) => usage(&engine, args).await.map(|()| ExitCode::SUCCESS),
        Command::Import(args) => history::import(&engine, args)
            .await
            .map(|()| ExitCode::SUCCESS),
        Command::Export(args) => history::export(&engine, args)
            .await
            .map(|()| ExitCode::SUCCESS),
        // Handled in main before any engine exists; kept here so the match stays total.
        Command::Classify => Ok(ExitCode::SUCCESS),
    }
}

#[derive(Serialize)]
struct ChatJson {
    text: String,
    /// The thinking text, when the model showed any.
    #[serde(skip_serializing_if = "Option::is_none")]
    reasoning: Option<String>,
    model: String,
    provider: String,
    usage: ChatUsage,
    stop_reason: Option<String>,
    conversation_id: i64,
    message_id: i64,
}

/// The `usage` object of `sb chat --json`, exactly as the stable contract names it:
/// the two totals always, and the cache and reasoning parts of them where reported.
#[derive(Serialize)]
struct ChatUsage {
    input_tokens: u32,
    output_tokens: u32,
    #[serde(skip_serializing_if = "is_zero")]
    cache_read_tokens: u32,
    #[serde(skip_serializing_if = "is_zero")]
    cache_write_tokens: u32,
    #[serde(skip_serializing_if = "is_zero")]
    reasoning_tokens: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl From<Usage> for ChatUsage {
    fn from(u: Usage) -> Self {
        ChatUsage {
            input_tokens: u.input_tokens,
            output_tokens: u.output_tokens,
            cache_read_tokens: u.cache_read_tokens,
            cache_write_tokens: u.cache_write_tokens,
            reasoning_tokens: u.reasoning_tokens,
        }
    }
}

/// The files given with `--attach`, read for the engine (which checks their type and
/// size).
fn read_attachments(paths: &[PathBuf]) -> Result<Vec<sb_core::AttachmentInput>, CliError> {
    use base64::Engine as _;
    paths
        .iter()
        .map(|path| {
            let data = std::fs::read(path).map_err(|e| CliError::Attach {
                path: path.display().to_string(),
                error: e,
            })?;
            let name = path
                .file_name()
                .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
            Ok(sb_core::AttachmentInput {
                name,
                // The engine decides images by their bytes; anything else must be text.
                mime: String::new(),
                data_base64: base64::engine::general_purpose::STANDARD.encode(data),
            })
        })
        .collect()
}

/// An environment variable's value, if set and not blank.
fn env_value(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The credentials of an ad-hoc provider, from the environment (never argv): Bedrock's
/// standard AWS variables or a Bedrock API key, an Ollama's optional key, else the
/// required `SB_API_KEY`.
fn adhoc_credentials(kind: ProviderKind) -> Result<Credentials, CliError> {
    let api_key = env_value(KEY_ENV);
    let aws = (
        env_value("AWS_ACCESS_KEY_ID"),
        env_value("AWS_SECRET_ACCESS_KEY"),
    );
    match (kind, aws, api_key) {
        (ProviderKind::Bedrock, (Some(id), Some(secret)), _) => {
            Credentials::aws(id, secret, env_value("AWS_SESSION_TOKEN"))
                .map_err(|e| CliError::Credentials(e.to_string()))
        }
        (ProviderKind::Bedrock, _, Some(key)) => Ok(Credentials::ApiKey(Secret::new(key)?)),
        (ProviderKind::Bedrock, _, None) => Err(CliError::NoAwsEnv),
        (_, _, Some(key)) => Ok(Credentials::ApiKey(Secret::new(key)?)),
        (ProviderKind::Ollama, _, None) => Ok(Credentials::None),
        (_, _, None) => Err(CliError::NoKeyEnv),
    }
}

async fn chat(engine: &Engine, args: ChatArgs) -> Result<ExitCode, CliError> {
    let target = match (&args.provider, &args.kind, &args.base_url) {
        (Some(name), _, _) => Some(TurnTarget::Saved {
            provider_id: engine.provider_by_name(name).await?.id,
            model: args.model.clone(),
        }),
        // No provider named: the router picks (a --model here pins vendor/model-id).
        (None, None, None) => None,
        (None, Some(kind), base_url) => {
            let kind = *kind;
            let model = args.model.clone().ok_or(CliError::IncompleteAdHoc)?;
            let base_url = match (base_url, kind, &args.region) {
                (Some(url), _, _) => url.clone(),
                (None, ProviderKind::Bedrock, Some(_)) => String::new(),
                (None, _, _) => return Err(CliError::IncompleteAdHoc),
            };
            Some(TurnTarget::AdHoc {
                kind,
                base_url,
                model,
                settings: ProviderSettings {
                    region: args.region.clone(),
                    api_version: args.api_version.clone(),
                    ..ProviderSettings::default()
                },
                credentials: adhoc_credentials(kind)?,
            })
        }
        _ => return Err(CliError::IncompleteAdHoc),
    };
    let prompt = args.prompt.join(" ");
    let files = read_attachments(&args.attach)?;
    // Listening starts before the turn does: a signal during setup (keyring, booking)
    // stops the turn as soon as it exists, instead of killing the process mid-booking.
    let mut signals = crate::signals::StopSignals::listen()?;
    let (started, mut events) = match target {
        Some(target) => {
            engine
                .start_turn_with_files(args.conversation, prompt, files, target)
                .await?
        }
        None => {
            let options = RouteOptions {
                pinned: args.model.clone().map(ModelRef),
                ..RouteOptions::default()
            };
            engine
                .send_routed_turn(sb_engine::SendRoutedTurn {
                    conversation_id: args.conversation,
                    text: prompt,
                    options,
                    attachments: files,
                    placement: Default::default(),
                })
                .await?
        }
    };
    let mut out = std::io::stdout().lock();
    let mut text = String::new();
    let mut reasoning = String::new();
    let mut stopped_by: Option<u8> = None;
    let mut last = None;
    // Output that cannot be written (a closed pipe: `sb chat … | head`) stops the turn;
    // its end is still awaited, so the answer and its money are settled before exit.
    let mut write_failed: Option<std::io::Error> = None;
    loop {
        let event = tokio::select! {
            ev = events.recv() => ev,
            code = signals.next(), if stopped_by.is_none() => {
                stopped_by = Some(code);
                engine.stop_turn(started.assistant_message_id);
                continue;
            }
        };
        let Some(event) = event else { break };
        match &event {
            TurnEvent::Delta { text: t } => {
                text.push_str(t);
                if !args.json && write_failed.is_none() {
                    if let Err(e) = out.write_all(t.as_bytes()).and_then(|()| out.flush()) {
                        write_failed = Some(e);
                        engine.stop_turn(started.assistant_message_id);
                    }
                }
            }
            TurnEvent::Finished { .. } | TurnEvent::Error { .. } => {
                last = Some(event);
                break;
            }
            TurnEvent::Reasoning { text: t } => reasoning.push_str(t),
            TurnEvent::Retrying {
                attempt,
                wait_ms,
                message,
                ..
            } => {
                // Nothing reached stdout yet (retries happen only before the first
                // token), so the note cannot interleave with the answer. Only a person
                // at a terminal sees it: scripts keep the one-line error contract.
                if std::io::stderr().is_terminal() {
                    eprintln!(
                        "note: {message}; trying again in {:.1} s (retry {attempt})",
                        *wait_ms as f64 / 1000.0
                    );
                }
            }
            TurnEvent::Started { .. } | TurnEvent::Usage { .. } => {}
        }
    }
    if let Some(e) = write_failed {
        return Err(CliError::Stdout(e));
    }
    if !args.json && !text.is_empty() && !text.ends_with('\n') {
        out.write_all(b"\n").map_err(CliError::Stdout)?;
    }
    if matches!(last, Some(TurnEvent::Finished { .. })) {
        // Soft caps never stop a turn, so this is where the user hears about them.
        match engine.budget_status(started.conversation_id).await {
            Ok(budget) => {
                for warning in budget.warnings() {
                    eprintln!("warning: {warning}");
                }
            }
            Err(e) => tracing::warn!(error = %e, "could not read the budget after a turn"),
        }
    }
    match last {
        Some(TurnEvent::Finished {
            status,
            stop_reason,
            usage,
            ..
        }) => {
            if args.json {
                let stored = engine.message(started.assistant_message_id).await?;
                let body = ChatJson {
                    text,
                    reasoning: (!reasoning.is_empty()).then_some(reasoning),
                    model: stored.model.unwrap_or(started.model),
                    // After a fallback across vendors, the provider that answered.
                    provider: stored.provider.unwrap_or(started.provider),
                    usage: usage.unwrap_or_default().into(),
                    stop_reason: stop_reason
                        .or_else(|| (status == MessageStatus::Stopped).then(|| "stopped".into())),
                    conversation_id: started.conversation_id,
                    message_id: started.assistant_message_id,
                };
                let line = serde_json::to_string(&body).map_err(|e| CliError::Stdout(e.into()))?;
                writeln!(out, "{line}").map_err(CliError::Stdout)?;
            }
            if status == MessageStatus::Stopped {
                return Ok(ExitCode::from(stopped_by.unwrap_or(EXIT_INTERRUPTED)));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(TurnEvent::Error { message, .. }) => Err(CliError::Turn { message }),
        _ => Err(CliError::Turn {
            message: "the turn ended without a result".into(),
        }),
    }
}

async fn providers(engine: &Engine, cmd: ProvidersCmd) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        ProvidersCmd::Add {
            name,
            base_url,
            model,
            kind,
            preset,
            region,
            api_version,
            headers,
            vendor,
            local,
        } => {
            let preset = match preset {
                Some(id) => Some(sb_engine::presets::find(&id).ok_or_else(|| {
                    let known: Vec<&str> =
                        sb_engine::presets::PRESETS.iter().map(|p| p.id).collect();
                    CliError::UnknownPreset(id.clone(), known.join(", "))
                })?),
                None => None,
            };
            let base_url = match (base_url, preset, kind) {
                (Some(url), _, _) => url,
                (None, Some(p), _) => p.base_url.to_owned(),
                (None, None, ProviderKind::Bedrock) => String::new(),
                (None, None, ProviderKind::Ollama) => sb_engine::OLLAMA_DEFAULT_BASE_URL.to_owned(),
                (None, None, kind) => return Err(CliError::NoBaseUrl(kind.label().to_owned())),
            };
            let headers = headers
                .iter()
                .map(|h| match h.split_once(':') {
                    Some((name, value)) => Ok(ExtraHeader {
                        name: name.trim().to_owned(),
                        value: value.trim().to_owned(),
                    }),
                    None => Err(CliError::BadHeader(h.clone())),
                })
                .collect::<Result<Vec<_>, _>>()?;
            let input = ProviderInput {
                name,
                kind,
                base_url,
                default_model: model,
                vendor,
                local: local || preset.is_some_and(|p| p.local) || kind == ProviderKind::Ollama,
                settings: ProviderSettings {
                    api_version,
                    region,
                    preset: preset.map(|p| p.id.to_owned()),
                    headers,
                },
            };
            let p = engine.add_provider(input, None).await?;
            writeln!(
                out,
                "added provider {} ({}); set its key with: sb keys set {}",
                p.name, p.base_url, p.name
            )
            .map_err(CliError::Stdout)
        }
        ProvidersCmd::List { json } => {
            let list = engine.list_providers().await?;
            if json {
                let line = serde_json::to_string(&list).map_err(|e| CliError::Stdout(e.into()))?;
                return writeln!(out, "{line}").map_err(CliError::Stdout);
            }
            if list.is_empty() {
                return writeln!(out, "no providers yet; add one with: sb providers add NAME --base-url URL --model MODEL")
                    .map_err(CliError::Stdout);
            }
            for p in list {
                let key = if p.has_key {
                    "key in OS keyring"
                } else {
                    "no key"
                };
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{key}",
                    p.name,
                    p.kind.as_str(),
                    p.base_url,
                    p.default_model
                )
                .map_err(CliError::Stdout)?;
            }
            Ok(())
        }
        ProvidersCmd::Remove { name } => {
            let p = engine.provider_by_name(&name).await?;
            engine.delete_provider(p.id).await?;
            writeln!(out, "removed provider {name}").map_err(CliError::Stdout)
        }
    }
}

async fn keys(engine: &Engine, cmd: KeysCmd) -> Result<(), CliError> {
    match cmd {
        KeysCmd::Set { name, aws_env } => {
            let p = engine.provider_by_name(&name).await?;
            if aws_env {
                let id = env_value("AWS_ACCESS_KEY_ID").ok_or(CliError::NoAwsEnv)?;
                let secret = env_value("AWS_SECRET_ACCESS_KEY").ok_or(CliError::NoAwsEnv)?;
                let creds = Credentials::aws(id, secret, env_value("AWS_SESSION_TOKEN"))
                    .map_err(|e| CliError::Credentials(e.to_string()))?;
                engine.set_credentials(p.id, creds).await?;
                eprintln!("stored the AWS credentials for {name} in the OS keyring");
                return Ok(());
            }
            if std::io::stdin().is_terminal() {
                eprintln!("Paste the API key for {name} and press Ctrl-D:");
            }
            let mut raw = String::new();
            std::io::stdin()
                .read_to_string(&mut raw)
                .map_err(CliError::Stdin)?;
            engine.set_key(p.id, Secret::new(raw)?).await?;
            eprintln!("stored the key for {name} in the OS keyring");
            Ok(())
        }
        KeysCmd::Remove { name } => {
            let p = engine.provider_by_name(&name).await?;
            engine.delete_key(p.id).await?;
            eprintln!("removed the key for {name}");
            Ok(())
        }
    }
}

async fn route(engine: &Engine, args: RouteArgs) -> Result<(), CliError> {
    let budget_left = match args.budget_left {
        Some(d) => Some(Usd::from_dollars(d).ok_or(CliError::BadBudget)?),
        None => None,
    };
    let options = RouteOptions {
        conversation_id: args.conversation,
        quality: args.quality.as_deref().and_then(QualityPreference::parse),
        budget_left,
        pinned: args.pin.map(ModelRef),
    };
    let preview = engine.preview_route(args.prompt.join(" "), options).await?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let line = serde_json::to_string(&preview).map_err(|e| CliError::Stdout(e.into()))?;
        writeln!(out, "{line}").map_err(CliError::Stdout)?;
        return Ok(());
    }
    let c = &preview.classification;
    let d = &preview.decision;
    let mut text = format!(
        "task: {} ({:.0}%, {})\n",
        c.task,
        c.confidence * 100.0,
        c.reason
    );
    if !c.features.is_empty() {
        let top: Vec<&str> = c.features.iter().map(|f| f.feature.as_str()).collect();
        text.push_str(&format!("  because of: {}\n", top.join(", ")));
    }
    text.push_str(&format!("route: {}\n", d.reason));
    if preview.assumed_access {
        text.push_str("  (no provider is configured: every vendor was assumed usable)\n");
    }
    let grouped = |c: &&sb_core::route::Candidate| {
        d.no_key
            .as_ref()
            .is_some_and(|g| g.models.contains(&c.model))
    };
    for cand in d.candidates.iter().filter(|c| !grouped(c)) {
        let verdict = match &cand.verdict {
            Verdict::Picked => "picked".to_owned(),
            Verdict::Fallback { rank } => format!("fallback {rank}"),
            Verdict::Rejected { reason } => format!("skipped: {reason}"),
        };
        let part = match cand.left_out {
            0 => String::new(),
            1 => "  (oldest message not sent)".to_owned(),
            n => format!("  (oldest {n} messages not sent)"),
        };
        text.push_str(&format!(
            "  {:<40} tier {}  ~{} (reserve {})  {verdict}{part}\n",
            cand.model.0, cand.quality, cand.expected_cost, cand.reserve
        ));
    }
    if let Some(g) = &d.no_key {
        text.push_str(&format!(
            "  {} — add one with `sb providers add` or `sb keys set`\n",
            g.summary
        ));
    }
    out.write_all(text.as_bytes()).map_err(CliError::Stdout)?;
    Ok(())
}

/// `Some(None)` for "none", `Some(Some(amount))` for dollars, `None` when not given.
fn cap_arg(raw: Option<&str>, option: &'static str) -> Result<Option<Option<Usd>>, CliError> {
    match raw {
        None => Ok(None),
        Some(r) if r.trim().eq_ignore_ascii_case("none") => Ok(Some(None)),
        Some(r) => r
            .trim()
            .trim_start_matches('$')
            .parse::<f64>()
            .ok()
            .and_then(Usd::from_dollars)
            .map(|u| Some(Some(u)))
            .ok_or(CliError::BadCap { option }),
    }
}

fn mode_arg(raw: Option<&str>) -> Option<BudgetMode> {
    raw.map(|m| {
        if m == "soft" {
            BudgetMode::Soft
        } else {
            BudgetMode::Hard
        }
    })
}

fn describe_cap(cap: Option<Usd>, mode: BudgetMode) -> String {
    match cap {
        Some(c) => format!(
            "{c} ({})",
            if mode == BudgetMode::Hard {
                "hard"
            } else {
                "soft"
            }
        ),
        None => "none".to_owned(),
    }
}

async fn budget(engine: &Engine, args: BudgetArgs) -> Result<(), CliError> {
    let cap = cap_arg(args.cap.as_deref(), "--cap")?;
    let mode = mode_arg(args.mode.as_deref());
    let quality = args.quality.as_deref().and_then(QualityPreference::parse);
    let mut out = std::io::stdout().lock();
    if let Some(id) = args.conversation {
        let mut routing = engine.conversation_routing(id).await?;
        if let Some(c) = cap {
            routing.budget_cap = c;
        }
        if mode.is_some() {
            routing.budget_mode = mode;
        }
        if quality.is_some() {
            routing.quality = quality;
        }
        engine.set_conversation_routing(id, routing.clone()).await?;
        let status = engine.budget_status(id).await?;
        let warnings = status.warnings();
        if args.json {
            let line =
                serde_json::json!({"routing": routing, "status": status, "warnings": warnings});
            return writeln!(out, "{line}").map_err(CliError::Stdout);
        }
        let c = status.conversation;
        let mut text = format!(
            "conversation {id}: spent {} (+{} in flight); cap {}\nmonth: spent {}; cap {}\n",
            c.spent,
            c.reserved,
            c.cap
                .map_or("none (app default: none)".to_owned(), |cap| describe_cap(
                    Some(cap.amount),
                    cap.mode
                )),
            status.month.spent,
            status
                .month
                .cap
                .map_or("none".to_owned(), |cap| describe_cap(
                    Some(cap.amount),
                    cap.mode
                )),
        );
        for warning in warnings {
            text.push_str(&format!("warning: {warning}\n"));
        }
        return out.write_all(text.as_bytes()).map_err(CliError::Stdout);
    }
    let mut settings = match engine.budget_settings().await {
        Ok(s) => s,
        // Unreadable settings block every turn until saved again. Replacing them is safe
        // only when both caps are given again: anything else would quietly drop a cap the
        // user set.
        Err(EngineError::SettingsUnreadable { message })
            if cap.is_some() && args.monthly_cap.is_some() =>
        {
            eprintln!("warning: {message} Replacing them with the caps given.");
            sb_engine::BudgetSettings::default()
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(c) = cap {
        settings.conversation_cap = c;
    }
    if let Some(m) = mode {
        settings.conversation_mode = m;
    }
    if let Some(c) = cap_arg(args.monthly_cap.as_deref(), "--monthly-cap")? {
        settings.monthly_cap = c;
    }
    if let Some(m) = mode_arg(args.monthly_mode.as_deref()) {
        settings.monthly_mode = m;
    }
    if let Some(q) = quality {
        settings.quality = q;
    }
    engine.set_budget_settings(settings.clone()).await?;
    let month = engine.usage_summary(None).await?;
    if args.json {
        let line = serde_json::json!({"settings": settings, "month_spent": month.total});
        return writeln!(out, "{line}").map_err(CliError::Stdout);
    }
    let text = format!(
        "default conversation cap: {}\nmonthly cap: {}\nquality: {}\nspent this month: {}\n",
        describe_cap(settings.conversation_cap, settings.conversation_mode),
        describe_cap(settings.monthly_cap, settings.monthly_mode),
        settings.quality.as_str(),
        month.total
    );
    out.write_all(text.as_bytes()).map_err(CliError::Stdout)
}

async fn usage(engine: &Engine, args: UsageArgs) -> Result<(), CliError> {
    let summary = engine.usage_summary(args.days).await?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let line = serde_json::to_string(&summary).map_err(|e| CliError::Stdout(e.into()))?;
        return writeln!(out, "{line}").map_err(CliError::Stdout);
    }
    let mut text = format!(
        "spent {} in {} ({} estimated)\n",
        summary.total,
        calls(summary.calls),
        summary.estimated
    );
    if summary.unpriced_calls > 0 {
        text.push_str(&format!(
            "{} on models with no price (tokens counted, cost unknown; add prices in Settings → Models)\n",
            calls(summary.unpriced_calls)
        ));
    }
    for (title, lines) in [
        ("by model", &summary.by_model),
        ("by provider", &summary.by_provider),
        ("by task", &summary.by_task),
        ("by day (UTC)", &summary.by_day),
    ] {
        if lines.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{title}\n"));
        for l in lines {
            let cost = if l.unpriced_calls == l.calls {
                "price unknown".to_owned()
            } else {
                l.cost.to_string()
            };
            text.push_str(&format!(
                "  {:<40} {:>13}  {:>10}  {} in / {} out\n",
                l.key,
                cost,
                calls(l.calls),
                l.input_tokens,
                l.output_tokens
            ));
        }
    }
    out.write_all(text.as_bytes()).map_err(CliError::Stdout)
}

/// "1 call", "2 calls".
fn calls(n: u64) -> String {
    if n == 1 {
        "1 call".to_owned()
    } else {
        format!("{n} calls")
    }
}
