//! Full-text search over message text and conversation titles: FTS5 with the unicode61
//! tokenizer (case- and accent-insensitive words) over text in which every Chinese,
//! Japanese or Korean character is its own token ([`search_text`]), so CJK text, which
//! has no spaces between words, is found at any length. docs/search.md says why this
//! and not trigrams, with measurements.
//!
//! Invariants: user input never reaches FTS5 as query syntax — every term is quoted, so
//! `"`, `*`, `-`, `NEAR` or `:` in a search are just characters; the index and the query
//! split text the same way (one function); results are ranked (bm25) and bounded.

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;
use sb_core::{ConversationId, MessageId, Role};
use serde::{Deserialize, Serialize};

use crate::{unknown_value, Store, StoreError};

/// Opens a highlighted match in a snippet.
pub const MARK_START: char = '\u{E000}';
/// Closes a highlighted match in a snippet.
pub const MARK_END: char = '\u{E001}';
/// What [`search_text`] puts around a CJK character: a separator to the tokenizer,
/// removed again from snippets.
const SPLIT: char = '\u{1F}';

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

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'      // Hangul Jamo
        | '\u{3040}'..='\u{30FF}'    // Hiragana, Katakana
        | '\u{3130}'..='\u{318F}'    // Hangul compatibility Jamo
        | '\u{3400}'..='\u{4DBF}'    // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'    // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}'    // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'    // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'    // half-width Katakana
        | '\u{20000}'..='\u{2FFFF}') // CJK extensions B and later
}

/// Text as the index sees it: every CJK character set apart as its own token.
pub(crate) fn search_text(text: &str) -> String {
    if !text.chars().any(is_cjk) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for c in text.chars() {
        if is_cjk(c) {
            out.push(SPLIT);
            out.push(c);
            out.push(SPLIT);
        } else {
            out.push(c);
        }
    }
    out
}

/// Registers `sb_search_text` on a connection: the index's triggers and views call it,
/// so every connection that writes messages or reads snippets needs it.
pub(crate) fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "sb_search_text",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text = ctx.get_raw(0);
            Ok(match text {
                rusqlite::types::ValueRef::Text(bytes) => {
                    Some(search_text(&String::from_utf8_lossy(bytes)))
                }
                _ => None,
            })
        },
    )
}

/// A query ranks its best matches among the newest this many: bm25 over every match of a
/// word in half of a million messages takes most of a second, and among recent matches
/// is what a person looking back through their chats wants first.
pub const RANK_WINDOW: i64 = 2_000;

/// The word being typed matches as a prefix only while the whole word alone finds fewer
/// than this many messages: a prefix of a common stem ("con*", "the*") merges the
/// postings of hundreds of words (200 ms at a million messages), and a word that is
/// already that common ("the") shows plenty to choose from as it is.
pub const PREFIX_BELOW: i64 = 200;

/// The shortest word matched as a prefix while typed (shorter prefixes match most words).
const PREFIX_MIN_CHARS: usize = 3;

/// What a person typed, as FTS5 terms: each word or "quoted phrase" one quoted term (so
/// nothing typed is syntax), ANDed; CJK split as the index is.
struct Terms {
    quoted: Vec<String>,
    /// The last word is still being typed (the input does not end in a space or quote)
    /// and is long enough to match as a prefix.
    typing: bool,
}

impl Terms {
    fn parse(input: &str) -> Option<Terms> {
        let mut terms: Vec<(String, bool)> = Vec::new();
        for (i, part) in input.split('"').enumerate() {
            if i % 2 == 1 {
                let phrase = part.trim();
                if !phrase.is_empty() {
                    terms.push((phrase.to_owned(), true));
                }
            } else {
                terms.extend(part.split_whitespace().map(|w| (w.to_owned(), false)));
            }
        }
        // Terms with no letter or digit (`-`, `::`) index nothing and would match nothing.
        terms.retain(|(t, _)| t.chars().any(char::is_alphanumeric));
        let (last, phrase) = terms.last()?;
        let typing = !phrase
            && !input.ends_with(char::is_whitespace)
            && !input.ends_with('"')
            && !last.chars().any(is_cjk)
            // The index splits `HashMap::n` into words: the prefix is its last one ("n").
            && last
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|word| word.chars().count() >= PREFIX_MIN_CHARS);
        let quoted = terms
            .iter()
            .map(|(term, _)| format!("\"{}\"", search_text(term).replace('"', "\"\"")))
            .collect();
        Some(Terms { quoted, typing })
    }

    /// Every term whole.
    fn exact(&self) -> String {
        self.quoted.join(" ")
    }

    /// The last term as a prefix, when it is being typed.
    fn prefixed(&self) -> Option<String> {
        self.typing.then(|| format!("{}*", self.exact()))
    }
}

fn clean(snippet: &str) -> String {
    snippet.replace(SPLIT, "")
}

impl Store {
    /// Messages and titles matching `input`, best first, at most `limit` of each. Messages
    /// are ranked among the newest [`RANK_WINDOW`] matches; the word being typed is a
    /// prefix unless it alone is common ([`PREFIX_BELOW`]).
    pub fn search(&self, input: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let Some(terms) = Terms::parse(input) else {
            return Ok(Vec::new());
        };
        let exact = terms.exact();
        let query = match terms.prefixed() {
            Some(prefixed) if self.nth_newest_match(&exact, PREFIX_BELOW)?.is_none() => prefixed,
            _ => exact,
        };
        let limit = i64::try_from(limit.clamp(1, 500)).unwrap_or(50);
        let mut hits = self.title_hits(&query, limit)?;
        hits.extend(self.message_hits(&query, limit)?);
        Ok(hits)
    }

    /// The id of the `n`th newest message matching `query` (1 = the newest), or `None`
    /// when fewer match. Cheap: FTS5 walks the matches newest first and stops there.
    fn nth_newest_match(&self, query: &str, n: i64) -> Result<Option<i64>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?1
             ORDER BY rowid DESC LIMIT 1 OFFSET ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![query, n - 1])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get(0)?),
            None => None,
        })
    }

    fn message_hits(&self, query: &str, limit: i64) -> Result<Vec<SearchHit>, StoreError> {
        // Matches older than the newest RANK_WINDOW are not ranked (see there).
        let from = self
            .nth_newest_match(query, RANK_WINDOW)?
            .unwrap_or(i64::MIN);
        let sql = format!(
            "SELECT m.conversation_id, c.title, m.id, m.role,
                    snippet(messages_fts, 0, '{MARK_START}', '{MARK_END}', '…', 20),
                    m.created_at, c.archived
             FROM messages_fts
             JOIN messages m ON m.id = messages_fts.rowid
             JOIN conversations c ON c.id = m.conversation_id
             WHERE messages_fts MATCH ?1 AND messages_fts.rowid >= ?3
               AND m.status != 'streaming'
             ORDER BY rank LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params![query, limit, from], |row| {
            let role: String = row.get(3)?;
            Ok(SearchHit {
                conversation_id: row.get(0)?,
                title: row.get(1)?,
                message_id: Some(row.get(2)?),
                role: Some(Role::parse(&role).ok_or_else(|| unknown_value(3, role))?),
                snippet: clean(&row.get::<_, String>(4)?),
                created_at: row.get(5)?,
                archived: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn title_hits(&self, query: &str, limit: i64) -> Result<Vec<SearchHit>, StoreError> {
        let sql = format!(
            "SELECT c.id, c.title,
                    highlight(conversations_fts, 0, '{MARK_START}', '{MARK_END}'),
                    c.created_at, c.archived,
                    (SELECT min(m.id) FROM messages m WHERE m.conversation_id = c.id)
             FROM conversations_fts JOIN conversations c ON c.id = conversations_fts.rowid
             WHERE conversations_fts MATCH ?1 ORDER BY rank LIMIT ?2"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params![query, limit], |row| {
            Ok(SearchHit {
                conversation_id: row.get(0)?,
                title: row.get(1)?,
                message_id: row.get(5)?,
                role: None,
                snippet: clean(&row.get::<_, String>(2)?),
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
        assert_eq!(
            found(&s, "parse_frame"),
            vec![Some(ids[0])],
            "identifiers stay whole"
        );
        assert_eq!(
            found(&s, "cafe"),
            vec![Some(ids[1])],
            "accents do not matter"
        );
        assert_eq!(found(&s, "MONTREAL"), vec![Some(ids[1])], "nor does case");
        assert_eq!(
            found(&s, "检索"),
            vec![Some(ids[2])],
            "a two-character CJK word"
        );
        assert_eq!(found(&s, "数据库"), vec![Some(ids[2])]);
        assert_eq!(
            found(&s, "muller httprequest"),
            vec![Some(ids[3])],
            "terms are ANDed"
        );
        assert!(found(&s, "muller café").is_empty());
        assert_eq!(found(&s, "\"wrote the\""), vec![Some(ids[3])], "phrases");
        assert_eq!(
            found(&s, "Mül"),
            vec![Some(ids[3])],
            "the word being typed is a prefix"
        );
        assert!(found(&s, "Mül ").is_empty(), "a finished word is whole");
        assert_eq!(found(&s, "据"), vec![Some(ids[2])], "one CJK character");
        assert!(
            found(&s, "库据").is_empty(),
            "CJK characters in order, adjacent"
        );
    }

    #[test]
    fn query_syntax_in_input_is_just_text() {
        let (s, _) = store_with(&[(
            "a AND b OR NOT c NEAR(d) \"e\" col:f *g",
            MessageStatus::Complete,
        )]);
        for q in [
            "\"", "AND", "NEAR(", "col:f", "*g", "-", "\"\"\"", "a AND", ")(", "%", "_", "\\",
        ] {
            assert!(s.search(q, 10).is_ok(), "{q:?} must not be a syntax error");
        }
        assert_eq!(found(&s, "col:f").len(), 1);
        assert_eq!(found(&s, "NEAR(d)").len(), 1);
        assert!(
            found(&s, "%").is_empty(),
            "a percent sign is not a wildcard"
        );
        assert!(found(&s, "zzz*").is_empty(), "a star is not a wildcard");
    }

    #[test]
    fn a_streaming_answer_is_indexed_when_it_ends_and_snippets_mark_matches() {
        let (s, ids) =
            store_with(&[("partial answer about quaternions", MessageStatus::Streaming)]);
        assert!(
            found(&s, "quaternions").is_empty(),
            "not indexed while streaming"
        );
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
        assert!(
            found(&s, "partial").is_empty(),
            "the old text left the index"
        );
    }

    #[test]
    fn titles_match_too() {
        let (s, ids) = store_with(&[("nothing here", MessageStatus::Complete)]);
        let hits = s.search("tokyo 東京", 10).unwrap();
        assert!(hits.is_empty(), "both terms must match");
        let hits = s.search("東京", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].role, None, "a title hit");
        assert_eq!(
            hits[0].message_id,
            Some(ids[0]),
            "opens at the first message"
        );
        let hits = s.search("cafe plans", 10).unwrap();
        assert_eq!(hits.len(), 1, "accent-insensitive titles");
    }

    #[test]
    fn a_common_query_is_ranked_among_its_newest_matches() {
        use MessageStatus::Complete;
        let window = usize::try_from(RANK_WINDOW).unwrap();
        let mut texts = vec![("kiwi kiwi kiwi kiwi", Complete)];
        texts.extend(std::iter::repeat_n(
            (
                "a long message that mentions kiwi once among many other words",
                Complete,
            ),
            window,
        ));
        let (s, ids) = store_with(&texts);
        let hits = found(&s, "kiwi ");
        assert_eq!(hits.len(), 20);
        assert!(
            !hits.contains(&Some(ids[0])),
            "the best match is older than the newest {window}: not ranked"
        );
        // Once it is among the newest, it ranks first.
        let (s, ids) = store_with(&texts[..window]);
        assert_eq!(found(&s, "kiwi ")[0], Some(ids[0]));
    }

    #[test]
    fn the_word_typed_is_a_prefix_only_while_it_alone_is_rare() {
        use MessageStatus::Complete;
        let common = usize::try_from(PREFIX_BELOW).unwrap();
        let mut texts = vec![("there and then", Complete)];
        texts.extend(std::iter::repeat_n(("the end", Complete), common));
        let (s, ids) = store_with(&texts);
        assert!(
            !found(&s, "the").contains(&Some(ids[0])),
            "\"the\" alone is common: typing it does not also match \"there\""
        );
        assert_eq!(found(&s, "ther"), vec![Some(ids[0])], "a rare prefix does");
        assert!(found(&s, "th").is_empty(), "two letters are not a prefix");
        assert!(
            found(&s, "and::th").is_empty(),
            "nor are two after a separator"
        );
        assert_eq!(found(&s, "and::the"), vec![Some(ids[0])]);
        // Below the threshold, the complete word and its longer forms are found.
        let (s, ids) = store_with(&texts[..2]);
        assert_eq!(found(&s, "the").len(), 2);
        assert!(found(&s, "the").contains(&Some(ids[0])));
    }
}
