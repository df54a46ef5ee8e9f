//! Full-text search over message text and conversation titles (FTS5, trigram
//! tokenizer: see docs/search.md for why and for the measurements).
//!
//! Invariants: user input never reaches FTS5 as query syntax — every term is quoted, so
//! `"`, `*`, `-`, `NEAR` or `:` in a search are just characters; a term shorter than
//! three characters (which trigrams cannot index, e.g. a two-character CJK word) is
//! still found, by a substring filter; results are ranked (bm25) and bounded by `limit`.

use rusqlite::params_from_iter;
use sb_core::{ConversationId, MessageId, Role};
use serde::{Deserialize, Serialize};

use crate::{unknown_value, Store, StoreError};

/// Opens a highlighted match in a snippet.
pub const MARK_START: char = '\u{E000}';
/// Closes a highlighted match in a snippet.
pub const MARK_END: char = '\u{E001}';

/// One search result: a message (or a title) that matches, in its conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct SearchHit {
    #[ts(type = "number")]
    pub conversation_id: ConversationId,
    pub title: String,
    /// The matching message; for a title match, the conversation's first message.
    #[ts(type = "number | null")]
    pub message_id: Option<MessageId>,
    /// `None` for a title match.
    pub role: Option<Role>,
    /// Text around the match, each match between [`MARK_START`] and [`MARK_END`].
    pub snippet: String,
    #[ts(type = "number")]
    pub created_at: i64,
    pub archived: bool,
}

/// A search as FTS5 and SQL take it.
struct Query {
    /// Terms of three characters or more, each quoted, ANDed.
    fts: Option<String>,
    /// `LIKE` patterns for shorter terms (escaped with `\`).
    like: Vec<String>,
}

fn parse(input: &str) -> Query {
    let mut terms = Vec::new();
    // "quoted phrases" stay whole; everything else splits on whitespace.
    for (i, part) in input.split('"').enumerate() {
        if i % 2 == 1 {
            let phrase = part.trim();
            if !phrase.is_empty() {
                terms.push(phrase.to_owned());
            }
        } else {
            terms.extend(part.split_whitespace().map(str::to_owned));
        }
    }
    let (long, short): (Vec<String>, Vec<String>) =
        terms.into_iter().partition(|t| t.chars().count() >= 3);
    let fts = (!long.is_empty()).then(|| {
        long.iter()
            .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let like = short
        .iter()
        .map(|t| {
            let escaped = t
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        })
        .collect();
    Query { fts, like }
}

/// Marks the first occurrence of each short term in `text` (case-insensitive ASCII),
/// and cuts the text around the first mark: the snippet for a substring match.
fn mark_short(text: &str, terms: &[String]) -> String {
    let lower = text.to_lowercase();
    let first = terms
        .iter()
        .filter_map(|t| {
            let needle = t.trim_matches('%').replace("\\%", "%").replace("\\_", "_");
            lower.find(&needle.to_lowercase()).map(|at| (at, needle.len()))
        })
        .min();
    let Some((at, len)) = first.filter(|_| lower.len() == text.len()) else {
        return text.chars().take(160).collect();
    };
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(i, _)| i);
    let end = (at + len..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let tail: String = text[end..].chars().take(100).collect();
    format!(
        "{}{}{MARK_START}{}{MARK_END}{tail}",
        if start > 0 { "…" } else { "" },
        &text[start..at],
        &text[at..end]
    )
}

impl Store {
    /// Messages and titles matching `input`, best first, at most `limit`.
    pub fn search(&self, input: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let query = parse(input);
        if query.fts.is_none() && query.like.is_empty() {
            return Ok(Vec::new());
        }
        let limit = i64::try_from(limit.clamp(1, 500)).unwrap_or(50);
        let mut hits = self.title_hits(&query, limit)?;
        hits.extend(self.message_hits(&query, limit)?);
        hits.truncate(usize::try_from(limit).unwrap_or(50));
        Ok(hits)
    }

    fn message_hits(&self, query: &Query, limit: i64) -> Result<Vec<SearchHit>, StoreError> {
        let mut args: Vec<String> = Vec::new();
        let mut filters = Vec::new();
        let from = match &query.fts {
            Some(fts) => {
                args.push(fts.clone());
                filters.push("messages_fts MATCH ?".to_owned());
                "messages_fts JOIN messages m ON m.id = messages_fts.rowid"
            }
            None => "messages m",
        };
        for pattern in &query.like {
            args.push(pattern.clone());
            filters.push("m.content LIKE ? ESCAPE '\\'".to_owned());
        }
        let (snippet, order) = match &query.fts {
            Some(_) => (
                format!(
                    "snippet(messages_fts, 0, '{MARK_START}', '{MARK_END}', '…', 64)"
                ),
                "bm25(messages_fts)",
            ),
            None => ("m.content".to_owned(), "m.id DESC"),
        };
        let sql = format!(
            "SELECT m.conversation_id, c.title, m.id, m.role, {snippet}, m.created_at, c.archived
             FROM {from} JOIN conversations c ON c.id = m.conversation_id
             WHERE {} AND m.status != 'streaming'
             ORDER BY {order} LIMIT {limit}",
            filters.join(" AND ")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args.iter()), |row| {
            let role: String = row.get(3)?;
            let snippet: String = row.get(4)?;
            Ok(SearchHit {
                conversation_id: row.get(0)?,
                title: row.get(1)?,
                message_id: Some(row.get(2)?),
                role: Some(Role::parse(&role).ok_or_else(|| unknown_value(3, role))?),
                snippet: if query.fts.is_some() {
                    snippet
                } else {
                    mark_short(&snippet, &query.like)
                },
                created_at: row.get(5)?,
                archived: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn title_hits(&self, query: &Query, limit: i64) -> Result<Vec<SearchHit>, StoreError> {
        let mut args: Vec<String> = Vec::new();
        let mut filters = Vec::new();
        let from = match &query.fts {
            Some(fts) => {
                args.push(fts.clone());
                filters.push("conversations_fts MATCH ?".to_owned());
                "conversations_fts JOIN conversations c ON c.id = conversations_fts.rowid"
            }
            None => "conversations c",
        };
        for pattern in &query.like {
            args.push(pattern.clone());
            filters.push("c.title LIKE ? ESCAPE '\\'".to_owned());
        }
        let (snippet, order) = match &query.fts {
            Some(_) => (
                format!("highlight(conversations_fts, 0, '{MARK_START}', '{MARK_END}')"),
                "bm25(conversations_fts)",
            ),
            None => ("c.title".to_owned(), "c.updated_at DESC"),
        };
        let sql = format!(
            "SELECT c.id, c.title, {snippet}, c.created_at, c.archived,
                    (SELECT min(m.id) FROM messages m WHERE m.conversation_id = c.id)
             FROM {from} WHERE {} ORDER BY {order} LIMIT {limit}",
            filters.join(" AND ")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args.iter()), |row| {
            let snippet: String = row.get(2)?;
            Ok(SearchHit {
                conversation_id: row.get(0)?,
                title: row.get(1)?,
                message_id: row.get(5)?,
                role: None,
                snippet: if query.fts.is_some() {
                    snippet
                } else {
                    mark_short(&snippet, &query.like)
                },
                created_at: row.get(3)?,
                archived: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FinishedMessage, NewMessage, Parent};
    use sb_core::MessageStatus;

    fn store_with(texts: &[(&str, MessageStatus)]) -> (Store, Vec<MessageId>) {
        let s = Store::open_in_memory().unwrap();
        let c = s.create_conversation("Café plans — 東京", 0).unwrap().id;
        let ids = texts
            .iter()
            .map(|(text, status)| {
                s.insert_message(
                    NewMessage {
                        conversation_id: c,
                        role: Role::User,
                        content: (*text).into(),
                        status: *status,
                        model: None,
                        provider: None,
                        parent: Parent::Active,
                    },
                    1,
                )
                .unwrap()
                .id
            })
            .collect();
        (s, ids)
    }

    fn found(s: &Store, q: &str) -> Vec<Option<MessageId>> {
        s.search(q, 20)
            .unwrap()
            .into_iter()
            .filter(|h| h.role.is_some())
            .map(|h| h.message_id)
            .collect()
    }

    #[test]
    fn words_code_accents_and_cjk_are_found() {
        use MessageStatus::Complete;
        let (s, ids) = store_with(&[
            ("Call std::mem::take(&mut buf) inside parse_frame", Complete),
            ("Un café à Montréal, s'il vous plaît", Complete),
            ("数据库的检索很快", Complete),
            ("Müller wrote the HttpRequest builder", Complete),
        ]);
        assert_eq!(found(&s, "mem::take"), vec![Some(ids[0])]);
        assert_eq!(found(&s, "parse_frame"), vec![Some(ids[0])], "identifiers stay whole");
        assert_eq!(found(&s, "cafe"), vec![Some(ids[1])], "accents do not matter");
        assert_eq!(found(&s, "MONTREAL"), vec![Some(ids[1])], "nor does case");
        assert_eq!(found(&s, "检索"), vec![Some(ids[2])], "a two-character CJK word");
        assert_eq!(found(&s, "数据库"), vec![Some(ids[2])]);
        assert_eq!(found(&s, "muller httprequest"), vec![Some(ids[3])], "terms are ANDed");
        assert!(found(&s, "muller café").is_empty());
        assert_eq!(found(&s, "\"wrote the\""), vec![Some(ids[3])], "phrases");
    }

    #[test]
    fn query_syntax_in_input_is_just_text() {
        let (s, _) = store_with(&[("a AND b OR NOT c NEAR(d) \"e\" col:f *g", MessageStatus::Complete)]);
        for q in ["\"", "AND", "NEAR(", "col:f", "*g", "-", "\"\"\"", "a AND", ")(", "%", "_", "\\"] {
            assert!(s.search(q, 10).is_ok(), "{q:?} must not be a syntax error");
        }
        assert_eq!(found(&s, "col:f").len(), 1);
        assert_eq!(found(&s, "NEAR(d)").len(), 1);
        assert!(found(&s, "%").is_empty(), "a percent sign is not a wildcard");
    }

    #[test]
    fn a_streaming_answer_is_indexed_when_it_ends_and_snippets_mark_matches() {
        let (s, ids) = store_with(&[("partial answer about quaternions", MessageStatus::Streaming)]);
        assert!(found(&s, "quaternions").is_empty(), "not indexed while streaming");
        s.update_message_content(ids[0], "partial answer about quaternions and more", None, 2)
            .unwrap();
        assert!(found(&s, "quaternions").is_empty(), "flushes do not index");
        s.finish_message(
            ids[0],
            &FinishedMessage::plain(MessageStatus::Complete, "final answer about quaternions"),
            3,
        )
        .unwrap();
        let hits = s.search("quaternions", 10).unwrap();
        assert_eq!(hits.len(), 1, "indexed once finished");
        assert!(
            hits[0]
                .snippet
                .contains(&format!("{MARK_START}quaternions{MARK_END}")),
            "{:?}",
            hits[0].snippet
        );
        assert!(found(&s, "partial").is_empty(), "the old text left the index");
    }

    #[test]
    fn titles_match_too() {
        let (s, ids) = store_with(&[("nothing here", MessageStatus::Complete)]);
        let hits = s.search("tokyo 東京", 10).unwrap();
        assert!(hits.is_empty(), "both terms must match");
        let hits = s.search("東京", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].role, None, "a title hit");
        assert_eq!(hits[0].message_id, Some(ids[0]), "opens at the first message");
        let hits = s.search("cafe plans", 10).unwrap();
        assert_eq!(hits.len(), 1, "accent-insensitive titles");
    }
}
