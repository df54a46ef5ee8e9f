//! Exporting history: one conversation or all, as JSON (every branch and attachment;
//! the schema is in docs/history.md and imports back to the same tree) or as Markdown
//! (the branch each conversation shows, attachments written beside it).
//!
//! Invariants: an export holds conversations and messages only — never a key, a
//! provider's settings or any other setting; files are written to a temporary name and
//! renamed, so a failed export leaves no half-written file; an export reads on a
//! connection of its own, one conversation at a time, so exporting a large history
//! neither holds up searches and page loads nor holds the history in memory.

use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use sb_core::{Attachment, AttachmentKind, Conversation, ConversationId, Message, Role};
use serde::{Deserialize, Serialize};

use crate::{Engine, EngineError};

/// The `format` field of a JSON export.
pub const EXPORT_FORMAT: &str = "switchboard-export";
/// The JSON export's schema version.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportFile {
    pub(crate) format: String,
    pub(crate) version: u32,
    pub(crate) exported_at: i64,
    pub(crate) conversations: Vec<ExportedConversation>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportedConversation {
    pub(crate) id: ConversationId,
    pub(crate) title: String,
    pub(crate) created_at: i64,
    pub(crate) updated_at: i64,
    #[serde(default)]
    pub(crate) pinned: bool,
    #[serde(default)]
    pub(crate) archived: bool,
    #[serde(default)]
    pub(crate) system_prompt: Option<String>,
    /// The message the conversation shows last.
    #[serde(default)]
    pub(crate) active_leaf: Option<i64>,
    /// Every message, every branch, parents before children.
    pub(crate) messages: Vec<ExportedMessage>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportedMessage {
    pub(crate) id: i64,
    pub(crate) parent_id: Option<i64>,
    pub(crate) role: Role,
    pub(crate) content: String,
    #[serde(default)]
    pub(crate) reasoning: Option<String>,
    pub(crate) status: sb_core::MessageStatus,
    /// Why the model stopped, when it said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) stop: Option<sb_core::StopReason>,
    /// What went wrong, for an answer that failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) error: Option<sb_core::ErrorInfo>,
    #[serde(default)]
    pub(crate) model: Option<String>,
    #[serde(default)]
    pub(crate) provider: Option<String>,
    #[serde(default)]
    pub(crate) input_tokens: Option<u32>,
    #[serde(default)]
    pub(crate) output_tokens: Option<u32>,
    pub(crate) created_at: i64,
    #[serde(default)]
    pub(crate) attachments: Vec<ExportedAttachment>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportedAttachment {
    pub(crate) name: String,
    pub(crate) mime: String,
    pub(crate) kind: AttachmentKind,
    pub(crate) data_base64: String,
}

/// How to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Json,
    Markdown,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ExportSummary {
    pub conversations: usize,
    pub messages: usize,
    pub attachments: usize,
    /// Every file written, the main one first.
    pub files: Vec<String>,
}

struct Loaded {
    conversation: Conversation,
    system_prompt: Option<String>,
    active_leaf: Option<i64>,
    /// The whole tree, in id order.
    messages: Vec<Message>,
    shown: Vec<i64>,
    files: sb_store::FilesByMessage,
}

fn io_error(path: &Path, e: &std::io::Error) -> EngineError {
    EngineError::InvalidInput {
        message: format!("Cannot write {}: {e}.", path.display()),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), EngineError> {
    write_through(path, |w| w.write_all(bytes).map_err(|e| io_error(path, &e)))
}

/// A file name from a title: letters, digits and dashes, at most 60 characters.
fn slug(id: ConversationId, title: &str) -> String {
    let mut s: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    s = s.chars().take(60).collect();
    if s.is_empty() {
        format!("{id}")
    } else {
        format!("{id}-{s}")
    }
}

/// An attachment's name made safe as a file name.
fn safe_file_name(a: &Attachment) -> String {
    let name: String = a
        .name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '\0') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let name = name.trim_start_matches('.');
    format!("{}-{}", a.id, if name.is_empty() { "file" } else { name })
}

/// Reads one conversation whole: every message of every branch, and its files.
fn load(s: &sb_store::Store, conversation: Conversation) -> Result<Loaded, EngineError> {
    let id = conversation.id;
    let read = |e| EngineError::from(s.explain(e));
    Ok(Loaded {
        system_prompt: s.conversation_routing(id).map_err(read)?.system_prompt,
        active_leaf: s.active_leaf(id).map_err(read)?,
        messages: s.list_messages(id).map_err(read)?,
        shown: s
            .active_path(id)
            .map_err(read)?
            .iter()
            .map(|m| m.id)
            .collect(),
        files: s.attachment_data_of(id, true).map_err(read)?,
        conversation,
    })
}

impl Engine {
    /// Exports to a new file (or folder, for Markdown of every conversation) in the
    /// person's Downloads folder (the data folder's `exports/` when there is none), named
    /// after the time; never overwrites anything.
    pub async fn export_to_downloads(
        &self,
        scope: Option<ConversationId>,
        kind: ExportKind,
    ) -> Result<ExportSummary, EngineError> {
        let dir = dirs::download_dir()
            .filter(|d| d.is_dir())
            .unwrap_or_else(|| self.data_dir().join("exports"));
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
        let (year, month, day) = sb_core::budget::utc_date(self.now());
        let stem = match scope {
            Some(id) => format!("switchboard-conversation-{id}-{year:04}-{month:02}-{day:02}"),
            None => format!("switchboard-{year:04}-{month:02}-{day:02}"),
        };
        let extension = match (kind, scope) {
            (ExportKind::Json, _) => ".json",
            (ExportKind::Markdown, Some(_)) => ".md",
            (ExportKind::Markdown, None) => "",
        };
        let out = (1..)
            .map(|n| {
                let suffix = if n == 1 {
                    String::new()
                } else {
                    format!("-{n}")
                };
                dir.join(format!("{stem}{suffix}{extension}"))
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(format!("{stem}{extension}")));
        self.export(scope, kind, out).await
    }

    /// Exports one conversation (`scope`) or all to `out`. JSON: one file. Markdown: one
    /// file per conversation, attachments in a folder beside it; `out` is the file for
    /// one conversation, or a folder (created if needed) for all.
    pub async fn export(
        &self,
        scope: Option<ConversationId>,
        kind: ExportKind,
        out: PathBuf,
    ) -> Result<ExportSummary, EngineError> {
        let now = self.now();
        // An export of everything reads the whole history: on a connection of its own,
        // one conversation at a time, so neither memory nor the shared reading
        // connection (searches, opening a conversation) is held for it.
        // One snapshot: a conversation deleted or a turn added while it runs changes
        // nothing of what is exported.
        self.read_apart(move |s| {
            s.snapshot(|s| {
                let conversations = match scope {
                    Some(id) => vec![s.get_conversation(id).map_err(|e| s.explain(e))?],
                    None => s.list_conversations().map_err(|e| s.explain(e))?,
                };
                let each = conversations.into_iter().map(|c| load(s, c));
                match kind {
                    ExportKind::Json => write_json(each, now, &out),
                    ExportKind::Markdown => write_markdown(each, scope.is_some(), &out),
                }
            })
        })
        .await
    }
}

/// Writes `path` through a temporary file in the same folder, handing `body` a buffered
/// writer; the file appears whole, under its name, only if everything was written.
fn write_through(
    path: &Path,
    body: impl FnOnce(&mut dyn Write) -> Result<(), EngineError>,
) -> Result<(), EngineError> {
    // A name of its own, so two exports to the same file never write into one another.
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut partial = path.as_os_str().to_owned();
    partial.push(format!(
        ".{}-{}.partial",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let partial = PathBuf::from(partial);
    let written = (|| {
        let file = std::fs::File::create(&partial).map_err(|e| io_error(path, &e))?;
        let mut w = std::io::BufWriter::new(file);
        body(&mut w)?;
        let file = w.into_inner().map_err(|e| io_error(path, e.error()))?;
        file.sync_all().map_err(|e| io_error(path, &e))?;
        std::fs::rename(&partial, path).map_err(|e| io_error(path, &e))
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written
}

/// One conversation as the JSON export holds it.
fn exported(mut l: Loaded, summary: &mut ExportSummary) -> ExportedConversation {
    let b64 = base64::engine::general_purpose::STANDARD;
    summary.conversations += 1;
    summary.messages += l.messages.len();
    ExportedConversation {
        id: l.conversation.id,
        title: l.conversation.title,
        created_at: l.conversation.created_at,
        updated_at: l.conversation.updated_at,
        pinned: l.conversation.pinned,
        archived: l.conversation.archived,
        system_prompt: l.system_prompt,
        active_leaf: l.active_leaf,
        messages: l
            .messages
            .into_iter()
            .map(|m| {
                let files = l.files.remove(&m.id).unwrap_or_default();
                summary.attachments += files.len();
                ExportedMessage {
                    id: m.id,
                    parent_id: m.parent_id,
                    role: m.role,
                    content: m.content,
                    reasoning: m.reasoning,
                    status: m.status,
                    stop: m.stop,
                    error: m.error,
                    model: m.model,
                    provider: m.provider,
                    input_tokens: m.usage.map(|u| u.input_tokens),
                    output_tokens: m.usage.map(|u| u.output_tokens),
                    created_at: m.created_at,
                    attachments: files
                        .into_iter()
                        .map(|(a, data)| ExportedAttachment {
                            name: a.name,
                            mime: a.mime,
                            kind: a.kind,
                            data_base64: b64.encode(data),
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}

/// Writes the JSON export conversation by conversation, so only one is in memory at a
/// time; the file reads as one [`ExportFile`].
fn write_json(
    loaded: impl Iterator<Item = Result<Loaded, EngineError>>,
    now: i64,
    out: &Path,
) -> Result<ExportSummary, EngineError> {
    let mut summary = ExportSummary {
        conversations: 0,
        messages: 0,
        attachments: 0,
        files: vec![out.display().to_string()],
    };
    let encode = |e: serde_json::Error| EngineError::Internal {
        message: format!("cannot encode the export: {e}"),
    };
    write_through(out, |w| {
        let io = |e: std::io::Error| io_error(out, &e);
        write!(
            w,
            "{{\n  \"format\": {},\n  \"version\": {EXPORT_VERSION},\n  \"exported_at\": {now},\n  \"conversations\": [",
            serde_json::to_string(EXPORT_FORMAT).map_err(encode)?
        )
        .map_err(io)?;
        for (n, l) in loaded.enumerate() {
            w.write_all(if n == 0 { b"\n" } else { b",\n" })
                .map_err(io)?;
            serde_json::to_writer_pretty(&mut *w, &exported(l?, &mut summary)).map_err(encode)?;
        }
        w.write_all(b"\n  ]\n}\n").map_err(io)
    })?;
    Ok(summary)
}

fn write_markdown(
    loaded: impl Iterator<Item = Result<Loaded, EngineError>>,
    single: bool,
    out: &Path,
) -> Result<ExportSummary, EngineError> {
    if !single {
        std::fs::create_dir_all(out).map_err(|e| io_error(out, &e))?;
    }
    let mut summary = ExportSummary {
        conversations: 0,
        messages: 0,
        attachments: 0,
        files: Vec::new(),
    };
    for l in loaded {
        let mut l = l?;
        summary.conversations += 1;
        let base = slug(l.conversation.id, &l.conversation.title);
        let md_path = if single {
            out.to_path_buf()
        } else {
            out.join(format!("{base}.md"))
        };
        let files_dir_name = format!(
            "{}-files",
            md_path
                .file_stem()
                .map_or_else(|| base.clone(), |s| s.to_string_lossy().into_owned())
        );
        let files_dir = md_path
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join(&files_dir_name);
        let mut text = format!("# {}\n\n", l.conversation.title.trim());
        if let Some(p) = &l.system_prompt {
            text.push_str(&format!("> System prompt: {}\n\n", p.replace('\n', "\n> ")));
        }
        let branches = l.messages.len().saturating_sub(l.shown.len());
        if branches > 0 {
            text.push_str(&format!(
                "*The branch shown in Switchboard; {branches} more message{} on other branches are in the JSON export.*\n\n",
                if branches == 1 { "" } else { "s" }
            ));
        }
        let mut written = Vec::new();
        for id in &l.shown {
            let Some(m) = l.messages.iter().find(|m| m.id == *id) else {
                continue;
            };
            summary.messages += 1;
            let who = match m.role {
                Role::User => "You".to_owned(),
                Role::System => "System".to_owned(),
                Role::Assistant => match &m.model {
                    Some(model) => format!("Assistant · {model}"),
                    None => "Assistant".to_owned(),
                },
            };
            text.push_str(&format!("## {who}\n\n"));
            if let Some(r) = m.reasoning.as_deref().filter(|r| !r.trim().is_empty()) {
                text.push_str("<details><summary>Thinking</summary>\n\n");
                text.push_str(r.trim());
                text.push_str("\n\n</details>\n\n");
            }
            text.push_str(m.content.trim_end());
            text.push_str("\n\n");
            for (a, data) in l.files.remove(&m.id).unwrap_or_default() {
                let name = safe_file_name(&a);
                std::fs::create_dir_all(&files_dir).map_err(|e| io_error(&files_dir, &e))?;
                let path = files_dir.join(&name);
                write_whole(&path, &data)?;
                written.push(path.display().to_string());
                summary.attachments += 1;
                let link = format!("{files_dir_name}/{}", name.replace(' ', "%20"));
                match a.kind {
                    AttachmentKind::Image => text.push_str(&format!("![{}]({link})\n\n", a.name)),
                    AttachmentKind::Text => text.push_str(&format!("[{}]({link})\n\n", a.name)),
                }
            }
        }
        write_whole(&md_path, text.as_bytes())?;
        summary.files.push(md_path.display().to_string());
        summary.files.extend(written);
    }
    Ok(summary)
}
