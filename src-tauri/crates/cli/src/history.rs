//! `sb history`, `sb import` and `sb export`: reading, searching and moving history
//! (JSON shapes documented in docs/history.md).

use std::io::{IsTerminal, Write};

use sb_core::MessageStatus;
use sb_engine::Engine;

use crate::commands::CliError;
use crate::{ExportArgs, ExportFormatArg, HistoryCmd, ImportArgs};

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(crate) async fn import(engine: &Engine, args: ImportArgs) -> Result<(), CliError> {
    // Progress on a terminal only, on stderr, so stdout stays the summary.
    let show = std::io::stderr().is_terminal() && !args.json;
    let summary = engine
        .import_file(args.file, move |p| {
            if show {
                eprint!("\rImporting… {}/{}", p.done, p.total);
                if p.done == p.total {
                    eprintln!();
                }
            }
        })
        .await?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let line = serde_json::to_string(&summary).map_err(|e| CliError::Stdout(e.into()))?;
        return writeln!(out, "{line}").map_err(CliError::Stdout);
    }
    let mut text = format!(
        "Imported {} ({}) from {}",
        plural(
            summary.conversations_added,
            "new conversation",
            "new conversations"
        ),
        plural(summary.messages_added, "message", "messages"),
        summary.format.label()
    );
    if summary.conversations_updated > 0 {
        text.push_str(&format!(
            "; {} gained messages",
            plural(
                summary.conversations_updated,
                "conversation",
                "conversations"
            )
        ));
    }
    if summary.conversations_unchanged > 0 {
        text.push_str(&format!(
            "; {} already imported",
            plural(
                summary.conversations_unchanged,
                "conversation was",
                "conversations were"
            )
        ));
    }
    writeln!(out, "{text}.").map_err(CliError::Stdout)?;
    if !summary.with_system_prompt.is_empty() {
        // A few titles, then how many more: the line stays a line (`--json` lists all).
        const SHOWN: usize = 10;
        let all = &summary.with_system_prompt;
        let mut titles: Vec<String> = all.iter().take(SHOWN).map(|t| format!("\"{t}\"")).collect();
        if all.len() > SHOWN {
            titles.push(format!("and {} more", all.len() - SHOWN));
        }
        writeln!(
            out,
            "With instructions of their own (a system prompt or system messages), sent with \
             every turn in them: {}.",
            titles.join(", ")
        )
        .map_err(CliError::Stdout)?;
    }
    for s in &summary.skipped {
        writeln!(out, "Skipped \"{}\": {}.", s.title, s.reason).map_err(CliError::Stdout)?;
    }
    Ok(())
}

pub(crate) async fn export(engine: &Engine, args: ExportArgs) -> Result<(), CliError> {
    let kind = match args.format {
        ExportFormatArg::Md => sb_engine::ExportKind::Markdown,
        ExportFormatArg::Json => sb_engine::ExportKind::Json,
    };
    let summary = engine.export(args.conversation, kind, args.out).await?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "Exported {} ({}, {}) to {}",
        plural(summary.conversations, "conversation", "conversations"),
        plural(summary.messages, "message", "messages"),
        plural(summary.attachments, "attachment", "attachments"),
        summary.files.first().map(String::as_str).unwrap_or("")
    )
    .map_err(CliError::Stdout)
}

pub(crate) async fn history(engine: &Engine, cmd: HistoryCmd) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        HistoryCmd::List { json } => {
            let list = engine.list_conversations().await?;
            if json {
                let line = serde_json::to_string(&list).map_err(|e| CliError::Stdout(e.into()))?;
                return writeln!(out, "{line}").map_err(CliError::Stdout);
            }
            for c in list {
                writeln!(out, "{}\t{}", c.id, c.title).map_err(CliError::Stdout)?;
            }
            Ok(())
        }
        HistoryCmd::Show { id, json } => {
            let view = engine.open_conversation(id).await?;
            if json {
                let line = serde_json::to_string(&view).map_err(|e| CliError::Stdout(e.into()))?;
                return writeln!(out, "{line}").map_err(CliError::Stdout);
            }
            writeln!(out, "# {}\n", view.conversation.title).map_err(CliError::Stdout)?;
            for m in view.messages {
                let mut head = format!("## {}", m.role.as_str());
                if let Some(model) = &m.model {
                    head.push_str(&format!(" · {model}"));
                }
                if let Some(u) = m.usage {
                    head.push_str(&format!(
                        " · {} in / {} out",
                        u.input_tokens, u.output_tokens
                    ));
                }
                if m.status != MessageStatus::Complete {
                    head.push_str(&format!(" [{}]", m.status.as_str()));
                }
                writeln!(out, "{head}\n\n{}\n", m.content).map_err(CliError::Stdout)?;
                if let Some(err) = m.error {
                    writeln!(out, "error ({}): {}\n", err.code, err.message)
                        .map_err(CliError::Stdout)?;
                }
            }
            Ok(())
        }
        HistoryCmd::Search { query, json } => {
            let hits = engine.search(query).await?;
            let plain =
                |snippet: &str| snippet.replace([sb_engine::MARK_START, sb_engine::MARK_END], "");
            if json {
                let hits: Vec<serde_json::Value> = hits
                    .iter()
                    .map(|h| {
                        serde_json::json!({
                            "conversation_id": h.conversation_id,
                            "title": h.title,
                            "message_id": h.message_id,
                            "role": h.role.map(|r| r.as_str()),
                            "snippet": plain(&h.snippet),
                            "created_at": h.created_at,
                            "archived": h.archived,
                        })
                    })
                    .collect();
                let line = serde_json::to_string(&hits).map_err(|e| CliError::Stdout(e.into()))?;
                return writeln!(out, "{line}").map_err(CliError::Stdout);
            }
            if hits.is_empty() {
                return writeln!(out, "no matches").map_err(CliError::Stdout);
            }
            for h in hits {
                let snippet = h
                    .snippet
                    .replace([sb_engine::MARK_START, sb_engine::MARK_END], "**")
                    .replace('\n', " ");
                let at = h.message_id.map(|m| format!("#{m}")).unwrap_or_default();
                writeln!(out, "{}{at}\t{}\t{snippet}", h.conversation_id, h.title)
                    .map_err(CliError::Stdout)?;
            }
            Ok(())
        }
    }
}
