//! Reading an export's JSON one conversation at a time. A list of conversations (the
//! ChatGPT and Claude exports) is converted item by item as it is parsed, so memory holds
//! the file, what was understood so far and the one item being read, not a parsed tree of
//! the whole file (that took about three times the file's size: 1.0 GB for a 300 MB
//! export). A Switchboard export is read straight into its own types.
//!
//! Invariant: the items decide the format, whatever their order: every item that looks
//! like a ChatGPT conversation or a Claude one counts, a file with both is refused, and
//! items that look like neither are converted in the file's format (or, with no item of
//! either, the file is not an export).

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer as _};
use serde_json::Value;

use super::{chatgpt, claude, invalid, own_export, Conversations, ExportFormat, Parsed};
use crate::EngineError;

const MIXED: &str =
    "The file mixes ChatGPT and Claude conversations; import each export on its own.";

/// Understands `json` (the file, or the `conversations.json` of a zip, with `assets` the
/// images beside it).
pub(super) fn parse_json(json: &[u8], assets: &chatgpt::Assets) -> Result<Parsed, EngineError> {
    match json.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'[') => {
            let mut items = Items::new(assets);
            let mut de = serde_json::Deserializer::from_slice(json);
            let read = de.deserialize_seq(Each(&mut items)).and_then(|()| de.end());
            // A file cut short says so first (the likeliest cause: an unfinished download),
            // then one refused by what it holds.
            read.map_err(not_json)?;
            if let Some(why) = items.refused {
                return Err(invalid(why));
            }
            items.finish()
        }
        Some(b'{') => {
            if is_own_export(json) {
                let file: crate::export::ExportFile =
                    serde_json::from_slice(json).map_err(|e| {
                        invalid(format!("The Switchboard export cannot be read ({e})."))
                    })?;
                return own_export(file);
            }
            // A single conversation saved on its own.
            let item: Value = serde_json::from_slice(json).map_err(not_json)?;
            let mut items = Items::new(assets);
            items.take(item);
            match items.refused {
                Some(why) => Err(invalid(why)),
                None => items.finish(),
            }
        }
        _ => {
            serde_json::from_slice::<serde::de::IgnoredAny>(json).map_err(not_json)?;
            Err(invalid("The file is not a ChatGPT or Claude export."))
        }
    }
}

/// Whether a JSON object says it is Switchboard's export (`"format"`), read without
/// keeping anything else of it.
fn is_own_export(json: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Head {
        #[serde(default)]
        format: Option<Value>,
    }
    serde_json::from_slice::<Head>(json)
        .ok()
        .and_then(|h| h.format)
        .is_some_and(|f| f.as_str() == Some(crate::EXPORT_FORMAT))
}

fn not_json(e: serde_json::Error) -> EngineError {
    if e.is_eof() {
        invalid("The file ends in the middle: it was cut short (an unfinished download?). Nothing was imported.")
    } else {
        invalid(format!(
            "The file is not a ChatGPT or Claude export: it is not JSON ({e})."
        ))
    }
}

/// The items of an export as they are read, converted once their format is known.
struct Items<'a> {
    assets: &'a chatgpt::Assets,
    converted: Option<Conversations>,
    /// Items read before any said which format the file is (they look like neither).
    waiting: Vec<Value>,
    /// Why the file is refused, once it is.
    refused: Option<&'static str>,
}

impl<'a> Items<'a> {
    fn new(assets: &'a chatgpt::Assets) -> Items<'a> {
        Items {
            assets,
            converted: None,
            waiting: Vec::new(),
            refused: None,
        }
    }

    fn take(&mut self, item: Value) {
        let kind = match (looks_chatgpt(&item), looks_claude(&item)) {
            (true, true) => {
                self.refused = Some(MIXED);
                return;
            }
            (true, false) => Some(ExportFormat::Chatgpt),
            (false, true) => Some(ExportFormat::Claude),
            (false, false) => None,
        };
        match (&self.converted, kind) {
            (Some(c), Some(k)) if c.format != k => {
                self.refused = Some(MIXED);
                return;
            }
            (Some(_), _) => {}
            (None, Some(k)) => {
                let mut converted = Conversations::new(k);
                for earlier in std::mem::take(&mut self.waiting) {
                    self.convert(&mut converted, &earlier);
                }
                self.converted = Some(converted);
            }
            (None, None) => {
                self.waiting.push(item);
                return;
            }
        }
        if let Some(mut converted) = self.converted.take() {
            self.convert(&mut converted, &item);
            self.converted = Some(converted);
        }
    }

    fn convert(&self, into: &mut Conversations, item: &Value) {
        match into.format {
            ExportFormat::Claude => claude::add(into, item),
            // (A Switchboard export is never a list: it is read whole, see `parse_json`.)
            ExportFormat::Chatgpt | ExportFormat::Switchboard => {
                chatgpt::add(into, item, self.assets)
            }
        }
    }

    fn finish(self) -> Result<Parsed, EngineError> {
        match self.converted {
            Some(converted) => Ok(converted.done()),
            // An empty list: an export of no conversations.
            None if self.waiting.is_empty() => Ok(Conversations::new(ExportFormat::Chatgpt).done()),
            None => Err(invalid(
                "The file is JSON but not a ChatGPT or Claude export (no conversations in it).",
            )),
        }
    }
}

fn looks_chatgpt(v: &Value) -> bool {
    v.get("mapping").is_some_and(Value::is_object)
        || (v.get("chat_messages").is_none()
            && (v.get("conversation_id").is_some() || v.get("id").is_some())
            && v.get("create_time").is_some_and(Value::is_number))
}

fn looks_claude(v: &Value) -> bool {
    v.get("uuid").is_some_and(Value::is_string)
        && v.get("chat_messages").is_some_and(Value::is_array)
}

/// Feeds a JSON list to [`Items`] one element at a time, only reading past the rest once
/// it is refused.
struct Each<'i, 'a>(&'i mut Items<'a>);

impl<'de> Visitor<'de> for Each<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of conversations")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element::<Value>()? {
            self.0.take(item);
            if self.0.refused.is_some() {
                // The rest is only checked to be whole JSON, nothing of it kept.
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                break;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chatgpt(id: &str) -> Value {
        serde_json::json!({
            "id": id, "title": id, "create_time": 1.0, "current_node": "b",
            "mapping": {
                "a": {"id": "a", "parent": null, "message": {"id": "a", "author": {"role": "user"},
                      "content": {"content_type": "text", "parts": ["hi"]}}},
                "b": {"id": "b", "parent": "a", "message": {"id": "b", "author": {"role": "assistant"},
                      "content": {"content_type": "text", "parts": ["hello"]}}}
            }
        })
    }

    fn claude(id: &str) -> Value {
        serde_json::json!({
            "uuid": id, "name": id, "created_at": "2024-01-01T00:00:00Z",
            "chat_messages": [{"uuid": "m1", "sender": "human", "text": "hi",
                               "created_at": "2024-01-01T00:00:00Z"}]
        })
    }

    fn read(items: Vec<Value>) -> Result<Parsed, EngineError> {
        parse_json(
            serde_json::to_vec(&items).unwrap().as_slice(),
            &Default::default(),
        )
    }

    fn message(r: Result<Parsed, EngineError>) -> String {
        match r {
            Err(EngineError::InvalidInput { message }) => message,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn items_before_the_format_is_known_are_converted_in_it_in_order() {
        let odd = serde_json::json!({"title": "no id, no mapping"});
        let parsed = read(vec![odd, chatgpt("one"), chatgpt("one"), chatgpt("two")]).unwrap();
        assert_eq!(parsed.format, ExportFormat::Chatgpt);
        let titles: Vec<&str> = parsed
            .conversations
            .iter()
            .map(|c| c.title.as_str())
            .collect();
        assert_eq!(titles, ["one", "two"]);
        let skipped: Vec<(&str, &str)> = parsed
            .skipped
            .iter()
            .map(|s| (s.title.as_str(), s.reason.as_str()))
            .collect();
        assert_eq!(
            skipped,
            [
                ("no id, no mapping", "it has no id"),
                (
                    "one",
                    "it appears twice in the file; the first was imported"
                )
            ]
        );
    }

    #[test]
    fn both_formats_in_one_list_are_refused_wherever_the_second_comes() {
        for items in [
            vec![chatgpt("a"), claude("b")],
            vec![claude("b"), chatgpt("a")],
            vec![
                serde_json::json!({}),
                claude("b"),
                claude("c"),
                chatgpt("a"),
            ],
        ] {
            assert!(message(read(items)).contains("mixes ChatGPT and Claude"));
        }
        let mixed = serde_json::to_vec(&vec![chatgpt("a"), claude("b"), chatgpt("c")]).unwrap();
        let cut = &mixed[..mixed.len() - 20];
        assert!(
            message(parse_json(cut, &Default::default())).contains("cut short"),
            "a file cut short says so first"
        );
        let parsed = read(vec![claude("b"), claude("c")]).unwrap();
        assert_eq!(
            (parsed.format, parsed.conversations.len()),
            (ExportFormat::Claude, 2)
        );
    }

    #[test]
    fn what_is_not_an_export_says_why() {
        assert!(
            read(Vec::new()).unwrap().conversations.is_empty(),
            "no conversations"
        );
        assert!(message(read(vec![serde_json::json!({"a": 1})])).contains("no conversations in it"));
        let cut = serde_json::to_vec(&vec![chatgpt("a"), chatgpt("b")]).unwrap();
        let cut = &cut[..cut.len() - 20];
        assert!(message(parse_json(cut, &Default::default())).contains("cut short"));
        assert!(message(parse_json(b"[1, 2] x", &Default::default())).contains("not JSON"));
        assert!(message(parse_json(b"42", &Default::default())).contains("not a ChatGPT or Claude"));
        let one = serde_json::to_vec(&chatgpt("single")).unwrap();
        let parsed = parse_json(&one, &Default::default()).unwrap();
        assert_eq!(
            parsed.conversations[0].title, "single",
            "a conversation on its own"
        );
    }
}
