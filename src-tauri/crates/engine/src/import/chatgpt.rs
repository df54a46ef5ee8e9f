//! ChatGPT's `conversations.json`: each conversation is a `mapping` of nodes (a tree:
//! `parent`, `children`) and `current_node`, the leaf of the branch it showed.
//!
//! Kept: user, assistant and system messages a person saw. Skipped: empty roots, tool
//! nodes (browsing results, code run by tools), messages hidden from the conversation
//! (system prompts, custom instructions), tool calls (`recipient` other than `all`),
//! non-final channels, and content with no text. A skipped node's children hang from
//! its nearest kept ancestor, so branches survive the skipping. Citation markers
//! (`【3:0†source】`) become Markdown links; images in a zip export are attached.

use std::collections::{HashMap, HashSet, VecDeque};

use sb_core::{AttachmentKind, MessageStatus, Role};
use sb_store::{ImportedConversation, ImportedMessage, NewAttachment};
use serde_json::Value;

use super::{ms_of_seconds, Conversations};

/// Image files found beside `conversations.json` in a zip export, by file name.
pub(crate) type Assets = HashMap<String, Vec<u8>>;

/// Converts one conversation of the export into `into` (or says why it was skipped).
pub(crate) fn add(into: &mut Conversations, item: &Value, assets: &Assets) {
    into.add(
        item,
        |item| {
            item.get("conversation_id")
                .or_else(|| item.get("id"))
                .and_then(Value::as_str)
        },
        |item| item.get("title").and_then(Value::as_str),
        |item, id, title| conversation(item, id, title, assets),
    );
}

fn conversation(
    item: &Value,
    id: &str,
    title: &str,
    assets: &Assets,
) -> Option<ImportedConversation> {
    let mapping = item.get("mapping")?.as_object()?;
    let created_at = item
        .get("create_time")
        .and_then(Value::as_f64)
        .and_then(ms_of_seconds)
        .unwrap_or(0);
    let updated_at = item
        .get("update_time")
        .and_then(Value::as_f64)
        .and_then(ms_of_seconds)
        .unwrap_or(created_at);
    let default_model = item.get("default_model_slug").and_then(Value::as_str);

    // Children from the parent pointers (the `children` lists can name missing nodes),
    // in the order the parent lists them, then by time.
    let parent_of = |key: &str| -> Option<&str> {
        mapping
            .get(key)?
            .get("parent")
            .and_then(Value::as_str)
            .filter(|p| mapping.contains_key(*p))
    };
    let mut children: HashMap<Option<&str>, Vec<&str>> = HashMap::new();
    for key in mapping.keys() {
        children.entry(parent_of(key)).or_default().push(key);
    }
    for (parent, list) in &mut children {
        let listed: Vec<&str> = parent
            .and_then(|p| mapping.get(p))
            .and_then(|n| n.get("children"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        list.sort_by_key(|k| {
            (
                listed.iter().position(|l| l == k).unwrap_or(usize::MAX),
                time_of(mapping.get(*k)).map(|t| t.to_bits()),
                k.to_string(),
            )
        });
    }

    // Breadth first from the roots; each node carries its nearest kept ancestor.
    let mut messages = Vec::new();
    let mut kept_ancestor: HashMap<&str, Option<String>> = HashMap::new();
    let mut queue: VecDeque<(&str, Option<String>, i64)> = children
        .get(&None)
        .into_iter()
        .flatten()
        .map(|k| (*k, None, created_at))
        .collect();
    let mut visited = HashSet::new();
    while let Some((key, ancestor, parent_time)) = queue.pop_front() {
        if !visited.insert(key) {
            continue;
        }
        let node = &mapping[key];
        let message = node.get("message").filter(|m| m.is_object());
        let at = message
            .and_then(|m| m.get("create_time"))
            .and_then(Value::as_f64)
            .and_then(ms_of_seconds)
            .unwrap_or(parent_time);
        let kept = message.and_then(|m| render(m, default_model, assets));
        let here = match kept {
            Some(r) => {
                messages.push(ImportedMessage {
                    source: format!("chatgpt:{key}"),
                    parent: ancestor.clone(),
                    role: r.role,
                    content: r.text,
                    reasoning: None,
                    model: r.model,
                    status: r.status,
                    created_at: at,
                    attachments: r.attachments,
                    details: Default::default(),
                });
                Some(format!("chatgpt:{key}"))
            }
            None => ancestor,
        };
        kept_ancestor.insert(key, here.clone());
        for child in children.get(&Some(key)).into_iter().flatten() {
            queue.push_back((child, here.clone(), at));
        }
    }

    // The branch the export showed: current_node, or (missing) its newest leaf.
    let current = item
        .get("current_node")
        .and_then(Value::as_str)
        .filter(|c| mapping.contains_key(*c))
        .or_else(|| {
            mapping
                .keys()
                .filter(|k| !children.contains_key(&Some(k.as_str())))
                .max_by(|a, b| {
                    let ta = time_of(mapping.get(a.as_str())).unwrap_or(f64::MIN);
                    let tb = time_of(mapping.get(b.as_str())).unwrap_or(f64::MIN);
                    ta.total_cmp(&tb).then(a.cmp(b))
                })
                .map(String::as_str)
        });
    let active = current.and_then(|c| kept_ancestor.get(c).cloned().flatten());
    Some(ImportedConversation {
        source: format!("chatgpt:{id}"),
        title: title.to_owned(),
        created_at,
        updated_at,
        messages,
        active,
        state: Default::default(),
    })
}

fn time_of(node: Option<&Value>) -> Option<f64> {
    node?.get("message")?.get("create_time")?.as_f64()
}

struct Rendered {
    role: Role,
    text: String,
    model: Option<String>,
    status: MessageStatus,
    attachments: Vec<NewAttachment>,
}

/// The message as a person saw it, or `None` for a node that is skipped.
fn render(m: &Value, default_model: Option<&str>, assets: &Assets) -> Option<Rendered> {
    let role = match m.get("author")?.get("role")?.as_str()? {
        "user" => Role::User,
        "assistant" => Role::Assistant,
        "system" => Role::System,
        _ => return None, // tool output
    };
    let metadata = m.get("metadata");
    let flag = |name: &str| {
        metadata
            .and_then(|md| md.get(name))
            .and_then(Value::as_bool)
            .unwrap_or(false)
    };
    if flag("is_visually_hidden_from_conversation") {
        return None;
    }
    if m.get("recipient")
        .and_then(Value::as_str)
        .is_some_and(|r| r != "all")
    {
        return None; // a call to a tool
    }
    if m.get("channel")
        .and_then(Value::as_str)
        .is_some_and(|c| c != "final")
    {
        return None; // analysis, commentary
    }
    let content = m.get("content")?;
    let mut attachments = Vec::new();
    let text = match content.get("content_type")?.as_str()? {
        "text" | "multimodal_text" => {
            let mut pieces = Vec::new();
            for part in content.get("parts")?.as_array()? {
                match part {
                    Value::String(s) => pieces.push(s.clone()),
                    Value::Object(o)
                        if o.get("content_type").and_then(Value::as_str)
                            == Some("image_asset_pointer") =>
                    {
                        match image(o.get("asset_pointer").and_then(Value::as_str), assets) {
                            Some(file) => attachments.push(file),
                            None => pieces.push("[image not included in the export]".into()),
                        }
                    }
                    _ => {}
                }
            }
            pieces.join("\n")
        }
        "code" => {
            let language = content
                .get("language")
                .and_then(Value::as_str)
                .filter(|l| *l != "unknown")
                .unwrap_or("");
            let code = content.get("text").and_then(Value::as_str).unwrap_or("");
            format!("```{language}\n{code}\n```")
        }
        _ => return None, // custom instructions, browsing displays, other tool content
    };
    let text = match metadata
        .and_then(|md| md.get("citations"))
        .and_then(Value::as_array)
    {
        Some(citations) if role == Role::Assistant => with_citations(&text, citations),
        _ => text,
    };
    if text.trim().is_empty() && attachments.is_empty() {
        return None;
    }
    let interrupted = m.get("status").and_then(Value::as_str) == Some("in_progress")
        || metadata
            .and_then(|md| md.get("finish_details"))
            .and_then(|f| f.get("type"))
            .and_then(Value::as_str)
            == Some("interrupted");
    let model = (role == Role::Assistant)
        .then(|| {
            metadata
                .and_then(|md| md.get("model_slug"))
                .and_then(Value::as_str)
                .or(default_model)
                .map(str::to_owned)
        })
        .flatten();
    Some(Rendered {
        role,
        text,
        model,
        status: if interrupted {
            MessageStatus::Interrupted
        } else {
            MessageStatus::Complete
        },
        attachments,
    })
}

/// An image part's file from the zip (`file-service://file-ABC` → a file named
/// `file-ABC…`), if the export carried it and it is an image we keep.
fn image(pointer: Option<&str>, assets: &Assets) -> Option<NewAttachment> {
    let id = pointer?.rsplit("://").next()?;
    if id.len() < 6 {
        return None;
    }
    let (name, data) = assets.iter().find(|(name, _)| {
        let base = name.rsplit('/').next().unwrap_or(name);
        base.starts_with(id)
    })?;
    let mime = crate::turn::image_mime(data)?;
    Some(NewAttachment {
        name: name.rsplit('/').next().unwrap_or(name).to_owned(),
        mime: mime.to_owned(),
        kind: AttachmentKind::Image,
        data: data.clone(),
    })
}

/// Replaces citation markers with links: each citation's span (`start_ix`..`end_ix`,
/// counted in characters) becomes ` ([title](url))`; markers left without a citation are
/// removed.
fn with_citations(text: &str, citations: &[Value]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut spans: Vec<(usize, usize, String)> = citations
        .iter()
        .filter_map(|c| {
            let start = usize::try_from(c.get("start_ix")?.as_u64()?).ok()?;
            let end = usize::try_from(c.get("end_ix")?.as_u64()?).ok()?;
            let md = c.get("metadata")?;
            let url = md.get("url")?.as_str()?;
            let title = md.get("title").and_then(Value::as_str).unwrap_or(url);
            let span: String = chars.get(start..end)?.iter().collect();
            (span.starts_with('【') && span.ends_with('】')).then(|| {
                let title = title.replace(['[', ']'], "");
                (start, end, format!(" ([{title}]({url}))"))
            })
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = chars;
    let mut last_start = usize::MAX;
    for (start, end, link) in spans {
        if end > last_start {
            continue; // overlapping spans: keep the later one
        }
        out.splice(start..end, link.chars());
        last_start = start;
    }
    let text: String = out.into_iter().collect();
    leftover_markers().replace_all(&text, "").into_owned()
}

fn leftover_markers() -> &'static regex::Regex {
    static MARKERS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    MARKERS.get_or_init(|| {
        // A constant pattern that is valid, so building it cannot fail.
        #[allow(clippy::unwrap_used)]
        regex::Regex::new(r"【\d+(?::\d+)?†[^†【】]*[^【】]*?】").unwrap()
    })
}
