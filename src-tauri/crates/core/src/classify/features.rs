//! Feature extraction for the task model: hashed word, word-pair, character n-gram,
//! symbol and shape features of a prompt.
//!
//! Invariant: this must produce exactly the features `training/train.py` produces (the
//! spec is in docs/classifier.md, "Features"); the weights are only meaningful for
//! this extractor. `tests/classifier_crosscheck.rs` compares the two on fixed prompts.
//!
//! Nothing here allocates per feature: hashes are computed over borrowed slices, and
//! the readable form of a feature is rebuilt only for the handful that explain a
//! decision.

/// Number of hash buckets (a power of two).
pub const BUCKETS: usize = 1 << 17;

/// Prompts longer than this many chars are read through a window: the start and the
/// end, where instructions sit; the middle is usually the material they refer to.
const WINDOW_LIMIT: usize = 3000;
const WINDOW_HEAD: usize = 2000;
const WINDOW_TAIL: usize = 1000;
/// Longer words are cut, so a pasted hash or base64 blob costs no more than a word.
const MAX_WORD_CHARS: usize = 24;
/// Symbol runs are cut too: `);` and `);}}}}` say the same.
const MAX_SYMBOL_CHARS: usize = 4;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over several byte slices, as if they were concatenated.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(FNV_OFFSET)
    }

    fn bytes(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
        self
    }

    fn bucket(self) -> usize {
        // Masking keeps the low 17 bits, so the value always fits in usize.
        (self.0 & (BUCKETS as u64 - 1)) as usize
    }
}

/// FNV-1a 64 of a string; exposed for the cross-check with the training script.
pub fn fnv1a(s: &str) -> u64 {
    Fnv::new().bytes(s.as_bytes()).0
}

/// One feature occurrence, borrowed from the prompt, in a form that can be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature<'a> {
    Word(&'a str),
    Pair(&'a str, &'a str),
    /// A character n-gram of `<word>`; the flags say whether it includes the `<` / `>`.
    Gram {
        text: &'a str,
        start: bool,
        end: bool,
        /// The word it was cut from, so an explanation can point at the word itself.
        word: &'a str,
    },
    Symbol(&'a str),
    First(&'a str),
    FirstPair(&'a str, &'a str),
    Fence,
    Length(u32),
    CodeLines(u32),
    Question,
}

impl<'a> Feature<'a> {
    /// The feature's name as the model knows it (`w:word`, `c:<ab`, `shape:q` ...).
    pub fn key(&self) -> String {
        match self {
            Feature::Word(w) => format!("w:{w}"),
            Feature::Pair(a, b) => format!("b:{a} {b}"),
            Feature::Gram {
                text, start, end, ..
            } => format!(
                "c:{}{text}{}",
                if *start { "<" } else { "" },
                if *end { ">" } else { "" }
            ),
            Feature::Symbol(s) => format!("s:{s}"),
            Feature::First(w) => format!("f:{w}"),
            Feature::FirstPair(a, b) => format!("f2:{a} {b}"),
            Feature::Fence => "shape:fence".to_owned(),
            Feature::Length(k) => format!("shape:len{k}"),
            Feature::CodeLines(k) => format!("shape:code{k}"),
            Feature::Question => "shape:q".to_owned(),
        }
    }

    /// What in the prompt the feature stands for, as a person would point at it: the
    /// word a character n-gram was cut from, the two words of a pair, the opening, a
    /// symbol run, or the shape of the text.
    pub fn source(&self) -> Source<'a> {
        match *self {
            Feature::Word(w) | Feature::Gram { word: w, .. } | Feature::First(w) => Source::Word(w),
            Feature::Pair(a, b) | Feature::FirstPair(a, b) => Source::Phrase(a, b),
            Feature::Symbol(s) => Source::Symbols(s),
            Feature::Fence => Source::Fence,
            Feature::Length(k) => Source::Length(k),
            Feature::CodeLines(k) => Source::CodeLines(k),
            Feature::Question => Source::Question,
        }
    }

    /// Whether the feature is about how the prompt opens (its first word or two).
    pub fn opens(&self) -> bool {
        matches!(self, Feature::First(_) | Feature::FirstPair(..))
    }

    pub(crate) fn bucket(&self) -> usize {
        let h = Fnv::new();
        let h = match self {
            Feature::Word(w) => h.bytes(b"w:").bytes(w.as_bytes()),
            Feature::Pair(a, b) => h
                .bytes(b"b:")
                .bytes(a.as_bytes())
                .bytes(b" ")
                .bytes(b.as_bytes()),
            Feature::Gram {
                text, start, end, ..
            } => {
                let h = h.bytes(b"c:");
                let h = if *start { h.bytes(b"<") } else { h };
                let h = h.bytes(text.as_bytes());
                if *end {
                    h.bytes(b">")
                } else {
                    h
                }
            }
            Feature::Symbol(s) => h.bytes(b"s:").bytes(s.as_bytes()),
            Feature::First(w) => h.bytes(b"f:").bytes(w.as_bytes()),
            Feature::FirstPair(a, b) => h
                .bytes(b"f2:")
                .bytes(a.as_bytes())
                .bytes(b" ")
                .bytes(b.as_bytes()),
            Feature::Fence => h.bytes(b"shape:fence"),
            Feature::Length(k) => h.bytes(b"shape:len").bytes(k.to_string().as_bytes()),
            Feature::CodeLines(k) => h.bytes(b"shape:code").bytes(k.to_string().as_bytes()),
            Feature::Question => h.bytes(b"shape:q"),
        };
        h.bucket()
    }
}

/// What a feature points at in the prompt; several features share one source (a word
/// and all its character n-grams), so an explanation names each source once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source<'a> {
    Word(&'a str),
    Phrase(&'a str, &'a str),
    Symbols(&'a str),
    Fence,
    Length(u32),
    CodeLines(u32),
    Question,
}

impl Source<'_> {
    /// How the source reads in an explanation; `opens` when it is how the prompt starts.
    /// `prepared` is the prompt the source was cut from: a phrase is shown as it stands
    /// there ("what's", not "what s") and the length as the prompt's word count.
    pub fn describe(&self, opens: bool, prepared: &Prepared) -> String {
        match self {
            Source::Word(w) if opens => format!("opens with “{w}”"),
            Source::Word(w) => format!("the word “{w}”"),
            Source::Phrase(a, b) if opens => format!("opens with “{}”", prepared.phrase(a, b)),
            Source::Phrase(a, b) => format!("the phrase “{}”", prepared.phrase(a, b)),
            Source::Symbols(s) => match punctuation_name(s) {
                Some(name) => name.to_owned(),
                None if s.chars().count() == 1 => format!("the symbol “{s}”"),
                None => format!("the symbols “{s}”"),
            },
            Source::Fence => "a ``` code block".to_owned(),
            // The model's length feature is coarse (powers of two); the word count is what
            // a person can check.
            Source::Length(_) => match prepared.word_count() {
                1 => "a one-word message".to_owned(),
                words if words <= SHORT_WORDS => format!("a short message ({words} words)"),
                words if words >= LONG_WORDS => format!("a long text (about {words} words)"),
                words => format!("a message of about {words} words"),
            },
            Source::CodeLines(0) => "no lines that look like code".to_owned(),
            Source::CodeLines(4) => "lines that all look like code".to_owned(),
            Source::CodeLines(_) => "lines that look like code".to_owned(),
            Source::Question => "ends with a question".to_owned(),
        }
    }
}

/// Sentence punctuation in words: "the symbols “.”" says nothing to a person, "full
/// stops" does. A run of one mark (`...`, `!!`) is named like the mark; runs that mix
/// marks or look like code (`();`, `=>`) keep their symbols.
fn punctuation_name(run: &str) -> Option<&'static str> {
    let mut marks = run.chars();
    let first = marks.next()?;
    if !marks.all(|c| c == first) {
        return match run {
            "?!" | "!?" => Some("a questioning exclamation (“?!”)"),
            _ => None,
        };
    }
    let repeated = run.chars().count() > 1;
    Some(match first {
        '.' if repeated => "an ellipsis (“...”)",
        '…' => "an ellipsis (“…”)",
        '.' | '。' => "full stops",
        ',' | '，' | '、' => "commas",
        '?' | '？' => "question marks",
        '!' | '！' => "exclamation marks",
        ':' | '：' => "a colon",
        ';' | '；' => "a semicolon",
        '\'' | '’' => "an apostrophe",
        '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' => "quotation marks",
        '(' | ')' | '（' | '）' => "brackets",
        '-' | '–' | '—' => "a dash",
        _ => return None,
    })
}

/// Up to this many words a prompt reads as a short message, from this many as a long text.
const SHORT_WORDS: usize = 12;
const LONG_WORDS: usize = 150;
/// A phrase is shown with what joins its two words when that is this short ("'", ". ").
const MAX_JOIN_CHARS: usize = 3;
/// Chinese and Japanese are written without spaces; a word there is about two
/// ideographs or kana, so each counts as half a word.
const CJK_CHARS_PER_WORD: usize = 2;

/// The length of `text` in words, counting up to a little past `stop` (so a caller that
/// only needs "more than `stop`" reads no further): runs between whitespace, and in
/// Chinese and Japanese script every [`CJK_CHARS_PER_WORD`] characters, which have no
/// spaces between words (their punctuation, "。" or "、", separates like a space).
/// Without CJK the count is that of `split_whitespace`.
pub fn words_in(text: &str, stop: usize) -> usize {
    // A CJK character is one unit, any other word CJK_CHARS_PER_WORD units.
    let mut units = 0usize;
    let mut in_word = false;
    for c in text.chars() {
        if is_cjk(c) {
            units += 1;
            in_word = false;
        } else if c.is_whitespace() || is_cjk_punctuation(c) {
            in_word = false;
        } else if !in_word {
            units += CJK_CHARS_PER_WORD;
            in_word = true;
        }
        if units / CJK_CHARS_PER_WORD > stop {
            break;
        }
    }
    units.div_ceil(CJK_CHARS_PER_WORD)
}

/// The ideographic space and CJK punctuation ("。", "、", "「", "！", "？").
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff1f}')
}

/// Han ideographs, hiragana and katakana: scripts written without spaces between words.
/// (Hangul is written with spaces and counts like any other word.)
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'     // hiragana, katakana
        | '\u{31f0}'..='\u{31ff}'   // katakana extensions
        | '\u{3400}'..='\u{4dbf}'   // Han extension A
        | '\u{4e00}'..='\u{9fff}'   // Han
        | '\u{f900}'..='\u{faff}'   // Han compatibility
        | '\u{ff66}'..='\u{ff9f}'   // half-width katakana
        | '\u{20000}'..='\u{2ffff}' // Han extensions B and later
    )
}

/// The lowered prompt and the window the n-gram features read; owns the text the
/// borrowed [`Feature`]s point into.
pub struct Prepared {
    lowered: String,
    window: Option<String>,
}

impl Prepared {
    pub fn new(prompt: &str) -> Self {
        let lowered = prompt.to_lowercase();
        let chars = lowered.chars().count();
        let window = (chars > WINDOW_LIMIT).then(|| {
            let head_end = byte_offset_of_char(&lowered, WINDOW_HEAD);
            let tail_start = byte_offset_of_char(&lowered, chars - WINDOW_TAIL);
            let mut w = String::with_capacity(head_end + 1 + lowered.len() - tail_start);
            w.push_str(&lowered[..head_end]);
            w.push('\n');
            w.push_str(&lowered[tail_start..]);
            w
        });
        Prepared { lowered, window }
    }

    /// The lowercased prompt (the whole of it).
    pub fn lowered(&self) -> &str {
        &self.lowered
    }

    /// Words of the whole prompt: the length a person sees (see [`words_in`]).
    pub fn word_count(&self) -> usize {
        words_in(&self.lowered, usize::MAX)
    }

    /// Two consecutive words of the window as they stand in it, with what joins them
    /// ("what's", "e-mail", "end. next"), or the two words when more stands between them
    /// (a line break, a code fragment). `a` and `b` must be words of this prompt's window;
    /// other strings read as the two words.
    pub fn phrase(&self, a: &str, b: &str) -> String {
        let window = self.window();
        // Words are slices of the window, so their addresses give their offsets.
        let offset = |w: &str| (w.as_ptr() as usize).checked_sub(window.as_ptr() as usize);
        let joined = match (offset(a), offset(b)) {
            (Some(start), Some(b_start)) => {
                let gap = window.get(start + a.len()..b_start);
                gap.filter(|g| g.chars().count() <= MAX_JOIN_CHARS && !g.contains('\n'))
                    .and_then(|_| window.get(start..b_start + b.len()))
            }
            _ => None,
        };
        joined.map_or_else(|| format!("{a} {b}"), str::to_owned)
    }

    fn window(&self) -> &str {
        self.window.as_deref().unwrap_or(&self.lowered)
    }

    /// The words of the window, in order, each cut to its first 24 chars.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        word_tokens(self.window())
    }

    /// Calls `visit` once per feature occurrence, with the feature and its bucket.
    pub fn for_each<'a>(&'a self, mut visit: impl FnMut(Feature<'a>, usize)) {
        let mut emit = |f: Feature<'a>| {
            let b = f.bucket();
            visit(f, b);
        };
        let mut previous: Option<&'a str> = None;
        let mut first: Option<&'a str> = None;
        let mut second: Option<&'a str> = None;
        for token in tokens(self.window()) {
            match token {
                Token::Word(w) => {
                    emit(Feature::Word(w));
                    if let Some(p) = previous {
                        emit(Feature::Pair(p, w));
                    }
                    grams(w, &mut emit);
                    if first.is_none() {
                        first = Some(w);
                    } else if second.is_none() {
                        second = Some(w);
                    }
                    previous = Some(w);
                }
                Token::Symbol(s) => emit(Feature::Symbol(s)),
            }
        }
        if let Some(a) = first {
            emit(Feature::First(a));
            if let Some(b) = second {
                emit(Feature::FirstPair(a, b));
            }
        }
        self.shape(&mut emit);
    }

    fn shape<'a>(&'a self, emit: &mut impl FnMut(Feature<'a>)) {
        let t = &self.lowered;
        if t.contains("```") {
            emit(Feature::Fence);
        }
        let chars = t.chars().count() / 16;
        let bits = usize::BITS - chars.leading_zeros();
        emit(Feature::Length(bits.min(12)));
        let (mut nonempty, mut code) = (0u32, 0u32);
        for line in t.split('\n') {
            if line.trim().is_empty() {
                continue;
            }
            nonempty += 1;
            let end = line.trim_end();
            if end.ends_with([';', '{', '}', ')', ':'])
                || line.starts_with("    ")
                || line.starts_with('\t')
            {
                code += 1;
            }
        }
        if nonempty >= 3 {
            emit(Feature::CodeLines(4 * code / nonempty));
        }
        if t.trim().ends_with('?') {
            emit(Feature::Question);
        }
    }
}

/// Byte offset of the `n`th char (or the end of the string).
fn byte_offset_of_char(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Word(&'a str),
    Symbol(&'a str),
}

/// The words of `text` as the model reads them (runs of letters, digits and `_`, cut
/// to 24 chars); `text` should be lowercased, as the model sees it.
pub fn word_tokens(text: &str) -> impl Iterator<Item = &str> {
    tokens(text).filter_map(|t| match t {
        Token::Word(w) => Some(w),
        Token::Symbol(_) => None,
    })
}

/// Splits text into words and symbol runs (whitespace separates, and is dropped);
/// both are cut to their maximum lengths.
fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> {
    let mut rest = text;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(char::is_whitespace);
        let first = rest.chars().next()?;
        let word = is_word_char(first);
        let len = rest
            .char_indices()
            .find(|&(_, c)| c.is_whitespace() || is_word_char(c) != word)
            .map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(len);
        rest = tail;
        let limit = if word {
            MAX_WORD_CHARS
        } else {
            MAX_SYMBOL_CHARS
        };
        let cut = &run[..byte_offset_of_char(run, limit)];
        Some(if word {
            Token::Word(cut)
        } else {
            Token::Symbol(cut)
        })
    })
}

/// Emits the 3- and 4-char n-grams of `<word>`.
fn grams<'a>(word: &'a str, emit: &mut impl FnMut(Feature<'a>)) {
    // Char boundaries of the word, plus its end; the padded word has n + 2 chars, where
    // padded position 0 is `<`, positions 1..=n the word's chars and n + 1 is `>`.
    let mut bounds: [usize; MAX_WORD_CHARS + 1] = [0; MAX_WORD_CHARS + 1];
    let mut n = 0;
    for (i, _) in word.char_indices() {
        bounds[n] = i;
        n += 1;
    }
    bounds[n] = word.len();
    let padded = n + 2;
    for size in [3, 4] {
        if padded < size {
            continue;
        }
        for start in 0..=padded - size {
            let end = start + size; // exclusive, in padded positions
            let has_start = start == 0;
            let has_end = end == padded;
            // Word chars covered: padded positions max(start,1) .. min(end, n+1).
            let from = start.max(1) - 1;
            let to = end.min(n + 1) - 1;
            emit(Feature::Gram {
                text: &word[bounds[from]..bounds[to]],
                start: has_start,
                end: has_end,
                word,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(prompt: &str) -> Vec<String> {
        let p = Prepared::new(prompt);
        let mut out = Vec::new();
        p.for_each(|f, b| {
            assert_eq!(
                b,
                (fnv1a(&f.key()) & (BUCKETS as u64 - 1)) as usize,
                "bucket of {f:?} must be the hash of its key"
            );
            out.push(f.key());
        });
        out
    }

    #[test]
    fn fnv_matches_published_vectors() {
        assert_eq!(
            fnv1a(""),
            0xcbf2_9ce4_8422_2325,
            "empty input is the offset basis"
        );
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c, "FNV-1a 64 of 'a'");
        assert_eq!(
            fnv1a("foobar"),
            0x8594_4171_f739_67e8,
            "FNV-1a 64 of 'foobar'"
        );
    }

    #[test]
    fn words_symbols_and_grams_follow_the_spec() {
        let k = keys("Fix x();");
        let expected = [
            "w:fix",
            "c:<fi",
            "c:fix",
            "c:ix>",
            "c:<fix",
            "c:fix>",
            "w:x",
            "b:fix x",
            "c:<x>",
            "s:();",
            "f:fix",
            "f2:fix x",
            "shape:len0",
        ];
        assert_eq!(k, expected, "features of a tiny prompt");
    }

    #[test]
    fn long_words_and_symbol_runs_are_cut() {
        let long = "a".repeat(30);
        let k = keys(&format!("{long} ););););"));
        assert!(
            k.contains(&format!("w:{}", "a".repeat(24))),
            "words are cut at 24 chars: {k:?}"
        );
        assert!(
            k.contains(&"s:););".to_owned()),
            "symbol runs are cut at 4 chars: {k:?}"
        );
    }

    #[test]
    fn grams_are_char_based_for_non_ascii_words() {
        let k = keys("Übersetze");
        assert!(
            k.contains(&"c:<üb".to_owned()),
            "grams count chars, not bytes: {k:?}"
        );
        assert!(
            k.contains(&"c:tze>".to_owned()),
            "last gram carries the end marker: {k:?}"
        );
    }

    #[test]
    fn shape_features_see_fences_code_lines_and_questions() {
        let k = keys("why?\n```\nfn main() {\n    let x = 1;\n}\n```\nany idea?");
        for f in ["shape:fence", "shape:q", "shape:code1", "shape:len2"] {
            assert!(k.contains(&f.to_owned()), "expected {f} in {k:?}");
        }
    }

    #[test]
    fn long_prompts_are_read_through_head_and_tail() {
        let prompt = format!("summarize {} tldr", "word ".repeat(2000));
        let p = Prepared::new(&prompt);
        let words: Vec<&str> = p.words().collect();
        assert_eq!(words.first(), Some(&"summarize"), "the head is kept");
        assert_eq!(words.last(), Some(&"tldr"), "the tail is kept");
        assert!(
            words.len() < 700,
            "the middle is skipped: {} words",
            words.len()
        );
    }
    #[test]
    fn punctuation_is_named_in_words_and_code_symbols_are_quoted() {
        let p = Prepared::new("x");
        let read = |s: &str| Source::Symbols(s).describe(false, &p);
        assert_eq!(
            read("."),
            "full stops",
            "a full stop is not “the symbols “.””"
        );
        assert_eq!(read(","), "commas");
        assert_eq!(read("..."), "an ellipsis (“...”)");
        assert_eq!(read("?"), "question marks");
        assert_eq!(read("，"), "commas", "and in Chinese");
        assert_eq!(
            read("=>"),
            "the symbols “=>”",
            "code symbols stay as written"
        );
        assert_eq!(read("{"), "the symbol “{”", "one symbol is not “symbols”");
    }

    #[test]
    fn phrases_keep_the_punctuation_that_joins_their_words() {
        let p = Prepared::new("What's the plan? Re-check the e-mail.\nNext: go");
        let words: Vec<&str> = p.words().collect();
        let pair = |a: &str, b: &str| {
            let i = words
                .windows(2)
                .position(|w| w[0] == a && w[1] == b)
                .expect("the pair is in the prompt");
            Source::Phrase(words[i], words[i + 1]).describe(false, &p)
        };
        assert_eq!(pair("what", "s"), "the phrase “what's”", "not “what s”");
        assert_eq!(pair("plan", "re"), "the phrase “plan? re”");
        assert_eq!(pair("e", "mail"), "the phrase “e-mail”");
        assert_eq!(
            pair("mail", "next"),
            "the phrase “mail next”",
            "a line break between the words is not shown"
        );
        assert_eq!(
            Source::Phrase(words[0], words[1]).describe(true, &p),
            "opens with “what's”"
        );
    }

    #[test]
    fn chinese_and_japanese_count_by_characters_not_by_spaces() {
        assert_eq!(words_in("make it shorter", usize::MAX), 3);
        assert_eq!(words_in("  a — b  ", usize::MAX), 3, "as split_whitespace");
        // Seven ideographs, no spaces: four words, not one.
        assert_eq!(words_in("请帮我写一封信", usize::MAX), 4);
        assert_eq!(words_in("短くして。", usize::MAX), 2, "「。」 separates");
        assert_eq!(
            words_in("用 Python 写一个函数", usize::MAX),
            4,
            "1 + 2 + 5 halves"
        );
        assert!(
            words_in(&"长".repeat(10_000), 60) <= 62,
            "counting stops soon after the limit"
        );
        assert_eq!(Prepared::new("写一首关于秋天的诗").word_count(), 5);
    }
}
