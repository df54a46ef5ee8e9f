//! Claude.ai's `conversations.json`: each conversation has `uuid`, `name` and
//! `chat_messages` (`sender` human or assistant, `text`, RFC 3339 times, attachments
//! with their extracted text).
//!
//! The list is not always in time order, so messages are sorted by time (a prompt and
//! its answer can share a timestamp: the prompt goes first). Where messages carry
//! `parent_message_uuid` (newer exports), the tree is kept as it is; otherwise the
//! conversation is one chain. Newer exports' `content` blocks give the answer text and
//! the thinking apart; in older ones `<antThinking>` becomes the reasoning and
//! `<antArtifact>` a titled fenced block.

use std::collections::HashMap;

use sb_core::{AttachmentKind, MessageStatus, Role};
use sb_store::{ImportedConversation, ImportedMessage, NewAttachment};
use serde_json::Value;

use super::{ms_of_rfc3339, Conversations};

/// The id claude.ai gives the parent of a first message.
const ROOT_PARENT: &str = "00000000-0000-4000-8000-000000000000";

/// Converts one conversation of the export into `into` (or says why it was skipped).
pub(crate) fn add(into: &mut Conversations, item: &Value) {
    into.add(
        item,
        |item| item.get("uuid").and_then(Value::as_str),
        |item| item.get("name").and_then(Value::as_str),
        conversation,
    );
}

fn conversation(item: &Value, id: &str, title: &str) -> Option<ImportedConversation> {
    let created_at = item
        .get("created_at")
        .and_then(Value::as_str)
        .and_then(ms_of_rfc3339)
        .unwrap_or(0);
    let updated_at = item
        .get("updated_at")
        .and_then(Value::as_str)
        .and_then(ms_of_rfc3339)
        .unwrap_or(created_at);
    let list = item.get("chat_messages")?.as_array()?;
    let mut entries: Vec<(i64, bool, usize, &Value)> = list
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let at = m
                .get("created_at")
                .and_then(Value::as_str)
                .and_then(ms_of_rfc3339)
                .unwrap_or(created_at);
            let answer = m.get("sender").and_then(Value::as_str) != Some("human");
            (at, answer, i, m)
        })
        .collect();
    entries.sort_by_key(|(at, answer, i, _)| (*at, *answer, *i));
    let tree = entries
        .iter()
        .any(|(_, _, _, m)| m.get("parent_message_uuid").is_some());
    let mut messages = Vec::new();
    let mut kept: HashMap<String, Option<String>> = HashMap::new();
    let mut previous: Option<String> = None;
    for (at, _, _, m) in entries {
        let Some(uuid) = m.get("uuid").and_then(Value::as_str) else {
            continue;
        };
        let parent = if tree {
            m.get("parent_message_uuid")
                .and_then(Value::as_str)
                .filter(|p| *p != ROOT_PARENT)
                .and_then(|p| kept.get(p).cloned().flatten())
        } else {
            previous.clone()
        };
        match render(m) {
            Some(r) => {
                let source = format!("claude:{uuid}");
                messages.push(ImportedMessage {
                    source: source.clone(),
                    parent,
                    role: r.role,
                    content: r.text,
                    reasoning: r.reasoning,
                    model: None,
                    status: MessageStatus::Complete,
                    created_at: at,
                    attachments: r.attachments,
                    details: Default::default(),
                });
                kept.insert(uuid.to_owned(), Some(source.clone()));
                previous = Some(source);
            }
            None => {
                kept.insert(uuid.to_owned(), parent);
            }
        }
    }
    let active = item
        .get("current_leaf_message_uuid")
        .and_then(Value::as_str)
        .and_then(|leaf| kept.get(leaf).cloned().flatten())
        .or(previous);
    Some(ImportedConversation {
        source: format!("claude:{id}"),
        title: title.to_owned(),
        created_at,
        updated_at,
        messages,
        active,
        state: Default::default(),
    })
}

struct Rendered {
    role: Role,
    text: String,
    reasoning: Option<String>,
    attachments: Vec<NewAttachment>,
}

fn render(m: &Value) -> Option<Rendered> {
    let role = match m.get("sender")?.as_str()? {
        "human" => Role::User,
        "assistant" => Role::Assistant,
        _ => return None,
    };
    let mut reasoning = Vec::new();
    let blocks = m.get("content").and_then(Value::as_array);
    let raw = match blocks {
        Some(blocks) if !blocks.is_empty() => {
            let mut text = Vec::new();
            for b in blocks {
                match b.get("type").and_then(Value::as_str) {
                    Some("text") => text.extend(b.get("text").and_then(Value::as_str)),
                    Some("thinking") => reasoning
                        .extend(b.get("thinking").and_then(Value::as_str).map(str::to_owned)),
                    _ => {}
                }
            }
            text.join("\n\n")
        }
        _ => m
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    };
    let (text, thinking) = artifacts(raw.trim());
    reasoning.extend(thinking);
    let attachments: Vec<NewAttachment> = m
        .get("attachments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|a| {
            let text = a.get("extracted_content")?.as_str()?;
            Some(NewAttachment {
                name: a
                    .get("file_name")
                    .and_then(Value::as_str)
                    .unwrap_or("attachment.txt")
                    .to_owned(),
                mime: "text/plain".to_owned(),
                kind: AttachmentKind::Text,
                data: text.as_bytes().to_vec(),
            })
        })
        .collect();
    let missing: Vec<&str> = m
        .get("files")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| f.get("file_name").and_then(Value::as_str))
        .collect();
    let mut text = text;
    if !missing.is_empty() {
        // The export names the images but does not carry them.
        let note = format!("[not in the export: {}]", missing.join(", "));
        text = if text.is_empty() {
            note
        } else {
            format!("{text}\n\n{note}")
        };
    }
    if text.trim().is_empty() && attachments.is_empty() {
        return None;
    }
    Some(Rendered {
        role,
        text,
        reasoning: (!reasoning.is_empty()).then(|| reasoning.join("\n\n")),
        attachments,
    })
}

/// Moves `<antThinking>` into the reasoning and turns each `<antArtifact>` into a
/// titled fenced block.
fn artifacts(text: &str) -> (String, Vec<String>) {
    static THINKING: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static ARTIFACT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static ATTRIBUTE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // Constant, valid patterns: building them cannot fail.
    #[allow(clippy::unwrap_used)]
    let thinking = THINKING
        .get_or_init(|| regex::Regex::new(r"(?s)<antThinking>(.*?)</antThinking>").unwrap());
    #[allow(clippy::unwrap_used)]
    let artifact = ARTIFACT.get_or_init(|| {
        regex::Regex::new(r"(?s)<antArtifact\s+([^>]*)>(.*?)</antArtifact>").unwrap()
    });
    #[allow(clippy::unwrap_used)]
    let attribute = ATTRIBUTE.get_or_init(|| regex::Regex::new(r#"(\w+)="([^"]*)""#).unwrap());
    let thoughts: Vec<String> = thinking
        .captures_iter(text)
        .map(|c| c[1].trim().to_owned())
        .collect();
    let text = thinking.replace_all(text, "");
    let text = artifact.replace_all(&text, |c: &regex::Captures<'_>| {
        let attrs: HashMap<&str, &str> = attribute
            .captures_iter(c.get(1).map_or("", |m| m.as_str()))
            .filter_map(|a| Some((a.get(1)?.as_str(), a.get(2)?.as_str())))
            .collect();
        let info = match (attrs.get("type").copied(), attrs.get("language").copied()) {
            (_, Some(language)) => language,
            (Some("text/html"), None) => "html",
            (Some("image/svg+xml"), None) => "svg",
            (Some("text/markdown"), None) => "markdown",
            (Some("application/vnd.ant.mermaid"), None) => "mermaid",
            _ => "",
        };
        let title = attrs.get("title").copied().unwrap_or("Artifact");
        format!("**{title}**\n\n```{info}\n{}\n```", c[2].trim())
    });
    (text.trim().to_owned(), thoughts)
}
