//! Importing another app's history: a ChatGPT data export (`conversations.json`, or the
//! export .zip as downloaded) or a Claude.ai export, with branches where the export has
//! them. The format is read from the content, never from the file name.
//!
//! Invariants: a file is read and understood whole before anything is stored, and then
//! stored in one unit — a file that cannot be read changes nothing; importing the same
//! file twice adds nothing (every row keeps its source key, see `sb_store::import`);
//! memory stays bounded by the file size limits below (a zip's entry is capped before it
//! is inflated) and a list of conversations is converted as it is read (see `read`).

mod chatgpt;
mod claude;
mod read;

use std::io::Read;

use sb_store::ImportedConversation;
use serde::Serialize;
use ts_rs::TS;

use crate::{Engine, EngineError};

/// Largest export file read (the biggest real exports are a few hundred MB).
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// Largest `conversations.json` inflated from a zip.
const MAX_INFLATED_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// Which app an export came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Chatgpt,
    Claude,
    /// Switchboard's own JSON export.
    Switchboard,
}

impl ExportFormat {
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Chatgpt => "a ChatGPT export",
            ExportFormat::Claude => "a Claude export",
            ExportFormat::Switchboard => "a Switchboard export",
        }
    }
}

/// A conversation of the file that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Skipped {
    pub title: String,
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    pub format: ExportFormat,
    /// Conversations new to Switchboard.
    pub conversations_added: usize,
    /// Conversations imported before that gained messages now.
    pub conversations_updated: usize,
    /// Conversations imported before with nothing new.
    pub conversations_unchanged: usize,
    pub messages_added: usize,
    /// Titles of the conversations added with instructions of their own, sent with every
    /// turn in them: a system prompt (a Switchboard export's) or system messages (a
    /// ChatGPT export's). The summary says so: someone else's export brings theirs.
    pub with_system_prompt: Vec<String>,
    pub skipped: Vec<Skipped>,
}

/// How far an import is: `done` of `total` conversations stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
}

/// An export, understood.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub(crate) format: ExportFormat,
    pub(crate) conversations: Vec<ImportedConversation>,
    pub(crate) skipped: Vec<Skipped>,
}

fn invalid(message: impl Into<String>) -> EngineError {
    EngineError::InvalidInput {
        message: message.into(),
    }
}

/// Largest image taken from a zip export (as for any attached image).
const MAX_ASSET_BYTES: u64 = 5 * 1024 * 1024;
/// Most image bytes taken from one zip export in all.
const MAX_ASSETS_TOTAL: u64 = 512 * 1024 * 1024;

/// The `conversations.json` inside a zip, and the image files beside it (ChatGPT names
/// them `file-…`), each bounded before it is inflated.
fn from_zip(bytes: &[u8]) -> Result<(Vec<u8>, chatgpt::Assets), EngineError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| invalid(format!("The file is a damaged zip archive ({e}).")))?;
    // Entry names the archive cannot decode are not ours to read.
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(std::borrow::Cow::into_owned)
        .collect();
    let name = names
        .iter()
        .filter(|n| n.rsplit('/').next() == Some("conversations.json"))
        .min_by_key(|n| n.matches('/').count())
        .cloned()
        .ok_or_else(|| {
            invalid("The zip has no conversations.json: it is not a ChatGPT or Claude export.")
        })?;
    let json = read_entry(&mut archive, &name, MAX_INFLATED_BYTES)?.ok_or_else(|| {
        invalid(format!(
            "{name} in the zip is larger than {} GB; it was not imported.",
            MAX_INFLATED_BYTES >> 30
        ))
    })?;
    let mut assets = chatgpt::Assets::new();
    let mut total = 0u64;
    let images: Vec<String> = names
        .into_iter()
        .filter(|n| {
            let base = n.rsplit('/').next().unwrap_or(n);
            base.starts_with("file-") || base.starts_with("file_")
        })
        .collect();
    for name in images {
        if total >= MAX_ASSETS_TOTAL {
            break;
        }
        // An image too large to attach is left out (the message says so).
        if let Some(data) = read_entry(&mut archive, &name, MAX_ASSET_BYTES)? {
            total += data.len() as u64;
            assets.insert(name, data);
        }
    }
    Ok((json, assets))
}

/// Past this size, an entry may inflate to at most [`MAX_RATIO`] times its compressed
/// size: real exports compress 5–20 times, a zip bomb (a few MB that inflate to gigabytes
/// of one repeated byte) a thousandfold, and must not fill the memory before it is refused.
const RATIO_FLOOR: u64 = 64 * 1024 * 1024;
const MAX_RATIO: u64 = 100;

/// An entry's bytes, or `None` when it inflates past `limit` (read no further). An entry
/// that inflates past [`MAX_RATIO`] times its compressed size (beyond [`RATIO_FLOOR`]) is
/// refused as a zip bomb, also read no further.
fn read_entry(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
    limit: u64,
) -> Result<Option<Vec<u8>>, EngineError> {
    let entry = archive
        .by_name(name)
        .map_err(|e| invalid(format!("Cannot read {name} in the zip ({e}).")))?;
    let bomb = RATIO_FLOOR.max(entry.compressed_size().saturating_mul(MAX_RATIO));
    let mut out = Vec::new();
    entry
        .take(limit.min(bomb) + 1)
        .read_to_end(&mut out)
        .map_err(|e| invalid(format!("Cannot read {name} in the zip ({e}).")))?;
    let read = out.len() as u64;
    if read > bomb && bomb < limit {
        return Err(invalid(format!(
            "{name} in the zip inflates to more than {MAX_RATIO} times its packed size, as a \
             zip bomb does; it was not imported."
        )));
    }
    Ok((read <= limit).then_some(out))
}

/// Reads an export from its bytes: detects the format and converts every conversation.
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed, EngineError> {
    let inflated;
    let mut assets = chatgpt::Assets::new();
    let json = if bytes.starts_with(b"PK\x03\x04") {
        let (json, images) = from_zip(bytes)?;
        inflated = json;
        assets = images;
        &inflated[..]
    } else {
        bytes
    };
    let json = json.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(json);
    if json.iter().all(u8::is_ascii_whitespace) {
        return Err(invalid("The file is empty."));
    }
    read::parse_json(json, &assets)
}

/// Switchboard's own export: the tree as it was, keyed by the exported ids.
fn own_export(file: crate::export::ExportFile) -> Result<Parsed, EngineError> {
    use base64::Engine as _;
    if file.version > crate::EXPORT_VERSION {
        return Err(invalid(format!(
            "The export was written by a newer Switchboard (format version {}); update \
             Switchboard to import it.",
            file.version
        )));
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut conversations = Vec::new();
    for c in file.conversations {
        let key = |id: i64| format!("switchboard:{}:{id}", c.created_at);
        let mut messages = Vec::with_capacity(c.messages.len());
        for m in c.messages {
            let attachments = m
                .attachments
                .into_iter()
                .map(|a| {
                    Ok(sb_store::NewAttachment {
                        data: b64.decode(a.data_base64.as_bytes()).map_err(|e| {
                            invalid(format!("An attachment in the export is damaged ({e})."))
                        })?,
                        name: a.name,
                        mime: a.mime,
                        kind: a.kind,
                    })
                })
                .collect::<Result<Vec<_>, EngineError>>()?;
            messages.push(sb_store::ImportedMessage {
                source: key(m.id),
                parent: m.parent_id.map(key),
                role: m.role,
                content: m.content,
                reasoning: m.reasoning,
                model: m.model,
                // An answer that was streaming when exported did not finish.
                status: match m.status {
                    sb_core::MessageStatus::Streaming => sb_core::MessageStatus::Interrupted,
                    other => other,
                },
                created_at: m.created_at,
                attachments,
                details: sb_store::AnswerDetails {
                    provider: m.provider,
                    usage: m.input_tokens.zip(m.output_tokens).map(|(input, output)| {
                        sb_core::Usage {
                            input_tokens: input,
                            output_tokens: output,
                            ..Default::default()
                        }
                    }),
                    stop: m.stop,
                    error: m.error,
                },
            });
        }
        conversations.push(ImportedConversation {
            source: format!("switchboard:{}:{}", c.created_at, c.id),
            title: c.title,
            created_at: c.created_at,
            updated_at: c.updated_at,
            messages,
            active: c.active_leaf.map(key),
            state: sb_store::ConversationState {
                pinned: c.pinned,
                archived: c.archived,
                system_prompt: c.system_prompt,
            },
        });
    }
    Ok(Parsed {
        format: ExportFormat::Switchboard,
        conversations,
        skipped: Vec::new(),
    })
}

/// The conversations of an export as they are converted, each from its id and title;
/// one without an id, repeated, or with no message left is skipped with the reason.
pub(crate) struct Conversations {
    format: ExportFormat,
    conversations: Vec<ImportedConversation>,
    skipped: Vec<Skipped>,
    seen: std::collections::HashSet<String>,
}

impl Conversations {
    pub(crate) fn new(format: ExportFormat) -> Conversations {
        Conversations {
            format,
            conversations: Vec::new(),
            skipped: Vec::new(),
            seen: std::collections::HashSet::new(),
        }
    }

    /// Converts `item` by `convert`, or records why it was skipped.
    pub(crate) fn add(
        &mut self,
        item: &serde_json::Value,
        id_of: impl Fn(&serde_json::Value) -> Option<&str>,
        title_of: impl Fn(&serde_json::Value) -> Option<&str>,
        convert: impl Fn(&serde_json::Value, &str, &str) -> Option<ImportedConversation>,
    ) {
        let title = title_or_untitled(title_of(item));
        let reason = match id_of(item) {
            None => "it has no id",
            Some(id) if !self.seen.insert(id.to_owned()) => {
                "it appears twice in the file; the first was imported"
            }
            Some(id) => match convert(item, id, &title) {
                Some(c) if !c.messages.is_empty() => {
                    self.conversations.push(c);
                    return;
                }
                _ => "it has no messages",
            },
        };
        self.skipped.push(Skipped {
            title,
            reason: reason.into(),
        });
    }

    pub(crate) fn done(self) -> Parsed {
        Parsed {
            format: self.format,
            conversations: self.conversations,
            skipped: self.skipped,
        }
    }
}

/// Milliseconds from Unix seconds with a fraction (ChatGPT's times).
pub(crate) fn ms_of_seconds(seconds: f64) -> Option<i64> {
    let ms = (seconds * 1000.0).round();
    // Saturating float-to-int: out-of-range or NaN times are treated as missing.
    (ms.is_finite() && ms.abs() < 1e15).then_some(ms as i64)
}

/// Milliseconds from an RFC 3339 time (Claude's times).
pub(crate) fn ms_of_rfc3339(text: &str) -> Option<i64> {
    let t =
        time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()?;
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).ok()
}

/// A title for a conversation the export left untitled.
pub(crate) fn title_or_untitled(title: Option<&str>) -> String {
    match title.map(str::trim) {
        Some(t) if !t.is_empty() => t.chars().take(200).collect(),
        _ => "Untitled".to_owned(),
    }
}

impl Engine {
    /// Imports an export file (format detected from its content). `progress` is told how
    /// many conversations are stored as the import goes. Nothing is stored unless the
    /// whole file could be read.
    pub async fn import_file(
        &self,
        path: std::path::PathBuf,
        progress: impl Fn(ImportProgress) + Send + Sync + 'static,
    ) -> Result<ImportSummary, EngineError> {
        let shown = path.display().to_string();
        let parsed = tokio::task::spawn_blocking(move || -> Result<Parsed, EngineError> {
            let meta = std::fs::metadata(&path)
                .map_err(|e| invalid(format!("Cannot read {shown}: {e}.")))?;
            if meta.len() > MAX_FILE_BYTES {
                return Err(invalid(format!(
                    "{shown} is larger than {} GB; it was not imported.",
                    MAX_FILE_BYTES >> 30
                )));
            }
            let bytes =
                std::fs::read(&path).map_err(|e| invalid(format!("Cannot read {shown}: {e}.")))?;
            parse(&bytes)
        })
        .await??;
        self.store_import(parsed, progress).await
    }

    /// Imports an export given as bytes (the app reads the file the person picked).
    pub async fn import_bytes(
        &self,
        bytes: Vec<u8>,
        progress: impl Fn(ImportProgress) + Send + Sync + 'static,
    ) -> Result<ImportSummary, EngineError> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(invalid(format!(
                "The file is larger than {} GB; it was not imported.",
                MAX_FILE_BYTES >> 30
            )));
        }
        let parsed = tokio::task::spawn_blocking(move || parse(&bytes)).await??;
        self.store_import(parsed, progress).await
    }

    /// Stores an understood export in one unit, reporting progress per conversation.
    pub(crate) async fn store_import(
        &self,
        parsed: Parsed,
        progress: impl Fn(ImportProgress) + Send + Sync + 'static,
    ) -> Result<ImportSummary, EngineError> {
        let Parsed {
            format,
            conversations,
            skipped,
        } = parsed;
        let total = conversations.len();
        let outcomes = self
            .db(move |s| {
                s.write(|s| {
                    let mut out = Vec::with_capacity(total);
                    for (done, c) in conversations.iter().enumerate() {
                        let outcome = s.import_conversation(c)?;
                        // Instructions sent with every turn: a system prompt of its
                        // own, or system messages kept in it (a ChatGPT export's).
                        let prompted = outcome.created
                            && (c
                                .state
                                .system_prompt
                                .as_deref()
                                .is_some_and(|p| !p.trim().is_empty())
                                || c.messages.iter().any(|m| m.role == sb_core::Role::System));
                        out.push((outcome, prompted.then(|| c.title.clone())));
                        progress(ImportProgress {
                            done: done + 1,
                            total,
                        });
                    }
                    Ok(out)
                })
            })
            .await?;
        let mut summary = ImportSummary {
            format,
            conversations_added: 0,
            conversations_updated: 0,
            conversations_unchanged: 0,
            messages_added: 0,
            with_system_prompt: Vec::new(),
            skipped,
        };
        for (o, prompted) in outcomes {
            summary.with_system_prompt.extend(prompted);
            summary.messages_added += o.added;
            match (o.created, o.added) {
                (true, _) => summary.conversations_added += 1,
                (false, 0) => summary.conversations_unchanged += 1,
                (false, _) => summary.conversations_updated += 1,
            }
        }
        Ok(summary)
    }
}
