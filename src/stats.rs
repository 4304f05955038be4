//! Statistics over normalized forms: word frequencies and a concordance
//! (key word in context).
//!
//! Both work per distinct [`Form`](crate::Form) first and only then walk the
//! token list once, so a 100 MB document costs one pass over its tokens plus
//! work proportional to its vocabulary — never per-character regex work.
//!
//! Matching is done on `search`-normalized forms, so a query finds the word
//! whatever its diacritics, alef or alef-maqsura spelling. With clitic
//! tolerance on, a query also finds the word under any attached conjunction,
//! preposition, article and pronoun (مجلس finds لمجلس، والمجلس، مجلسه). That
//! tolerance is a matcher of its own rather than a lookup of the clitic
//! segmenter's single best split: a search should find every reading in
//! which the word could be there, while segmentation must pick one.

use crate::clitics::{self, proclitics, SegmentKind};
use crate::lexed::Lexed;
use crate::normalize::{self, Options};
use crate::order::{sort_keys, Key};
use crate::span::Span;
use crate::tokenize::{self, TokenKind};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// Options for [`frequencies`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrequencyOptions {
    /// Count the stem of each word (as the clitic segmenter splits it)
    /// instead of the whole word.
    pub strip_clitics: bool,
    /// Leave out the words of the built-in Arabic stopword list.
    pub skip_stopwords: bool,
    /// Keep at most this many words (0: all).
    pub limit: usize,
}

impl Default for FrequencyOptions {
    fn default() -> Self {
        FrequencyOptions { strip_clitics: false, skip_stopwords: true, limit: 0 }
    }
}

/// How often one normalized word occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordCount {
    /// The normalized key counted (a stem when clitics are stripped).
    pub key: String,
    /// Its most frequent spelling in the text, for display.
    pub example: String,
    /// How many word tokens it counts.
    pub count: usize,
    /// How many distinct spellings were counted under this key.
    pub spellings: usize,
}

/// The frequency list of a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frequencies {
    /// Word tokens counted (after stopwords were left out).
    pub total: usize,
    /// Distinct keys counted.
    pub distinct: usize,
    /// Most frequent first; ties in key order, so the list is stable.
    pub words: Vec<WordCount>,
}

/// Counts the words of `lexed` (of `text`) by normalized form.
pub fn frequencies(text: &str, lexed: &Lexed, opts: &FrequencyOptions) -> Frequencies {
    // Tokens per form, and one surface per form for display.
    let mut per_form = vec![0usize; lexed.forms.len()];
    let mut surface: Vec<Option<Span>> = vec![None; lexed.forms.len()];
    for t in &lexed.tokens {
        if matches!(t.kind, TokenKind::Word | TokenKind::Latin) {
            per_form[t.form as usize] += 1;
            surface[t.form as usize].get_or_insert(t.span);
        }
    }
    let stop = stopwords();
    // key → (count, spellings, best example form, its count), in key order:
    // a key's place then breaks count ties, and the sort is on numbers.
    let mut by_key: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    let mut total = 0;
    for (f, &n) in per_form.iter().enumerate() {
        if n == 0 {
            continue;
        }
        let form = &lexed.forms[f];
        let key = if opts.strip_clitics { stem_key(form) } else { form.norm.clone() };
        if key.is_empty()
            || (opts.skip_stopwords && (stop.contains(form.norm.as_str()) || stop.contains(key.as_str())))
        {
            continue;
        }
        total += n;
        let entry = by_key.entry(key).or_insert((0, 0, f, 0));
        entry.0 += n;
        entry.1 += 1;
        if n > entry.3 {
            (entry.2, entry.3) = (f, n);
        }
    }
    let mut keys: Vec<(String, (usize, usize, usize, usize))> = by_key.into_iter().collect();
    // Most frequent first (the count's complement ascending), then in key order.
    let mut order: Vec<Key> =
        keys.iter().enumerate().map(|(i, (_, (count, ..)))| (!(*count as u64), i as u64, 0)).collect();
    sort_keys(&mut order);
    let distinct = order.len();
    if opts.limit > 0 {
        order.truncate(opts.limit);
    }
    let words = order
        .into_iter()
        .map(|(_, i, _)| {
            let (key, (count, spellings, f, _)) = &mut keys[i as usize];
            WordCount {
                key: std::mem::take(key),
                example: surface[*f].map(|s| s.of(text).to_string()).unwrap_or_default(),
                count: *count,
                spellings: *spellings,
            }
        })
        .collect();
    Frequencies { total, distinct, words }
}

/// The normalized stem of a form, or its whole normalized form when the
/// segmenter found no stem.
fn stem_key(form: &crate::Form) -> String {
    match form.segments.iter().find(|s| s.kind == SegmentKind::Stem) {
        Some(stem) => search_form(&stem.restored),
        None => form.norm.clone(),
    }
}

fn search_form(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize::normalize_into(s, &Options::SEARCH, &mut out);
    out
}

/// The built-in stopword list, normalized as forms are.
pub fn stopwords() -> &'static HashSet<String> {
    static LIST: OnceLock<HashSet<String>> = OnceLock::new();
    LIST.get_or_init(|| {
        crate::data::STOPWORDS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .map(|w| search_form(w.trim()))
            .filter(|w| !w.is_empty())
            .collect()
    })
}

/// Options for [`concordance`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConcordanceOptions {
    /// Treat the query as a regular expression over one normalized word.
    pub regex: bool,
    /// Also match under attached clitics (و، ب، ال، ـه …).
    pub clitics: bool,
    /// Keep at most this many hits (all are counted).
    pub limit: usize,
    /// Characters of context on each side.
    pub context: usize,
}

impl Default for ConcordanceOptions {
    fn default() -> Self {
        ConcordanceOptions { regex: false, clitics: true, limit: 500, context: 60 }
    }
}

/// One occurrence: the match and its context, as byte ranges into the text.
/// Context stops at a line break, so a hit never shows another paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The match.
    pub span: Span,
    /// Context before it.
    pub left: Span,
    /// Context after it.
    pub right: Span,
    /// Index of the first matching token.
    pub token: usize,
}

/// The hits of a query, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concordance {
    /// Every hit, including those beyond the limit.
    pub total: usize,
    /// The hits kept (at most the limit), in text order.
    pub hits: Vec<Hit>,
}

/// The longest query, in words: a search box must not be a way to exhaust
/// memory.
pub const MAX_QUERY_WORDS: usize = 16;

/// A compiled regular expression: whether it matches a whole string (the
/// pattern it was compiled from is anchored).
pub type Matcher = Box<dyn Fn(&str) -> bool>;

/// A query that cannot be searched for.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConcordanceError {
    /// The query has no word (only spaces or punctuation).
    EmptyQuery,
    /// The query has more words than a search may ([`MAX_QUERY_WORDS`]).
    TooManyWords,
    /// The regular expression is empty.
    EmptyPattern,
    /// The regular expression does not compile; the engine's reason.
    InvalidRegex(String),
    /// A regex query in a build without the `regex` feature.
    NoRegexEngine,
}

impl std::fmt::Display for ConcordanceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConcordanceError::EmptyQuery => write!(f, "type a word to search for"),
            ConcordanceError::TooManyWords => write!(f, "a query may have at most {MAX_QUERY_WORDS} words"),
            ConcordanceError::EmptyPattern => write!(f, "type a pattern to search for"),
            ConcordanceError::InvalidRegex(why) => write!(f, "invalid regular expression: {why}"),
            ConcordanceError::NoRegexEngine => {
                write!(f, "this build has no regular expression engine (the `regex` feature)")
            }
        }
    }
}

impl std::error::Error for ConcordanceError {}

/// Finds `query` in `text`. A plain query may hold several words, matched
/// on consecutive tokens; a regex query matches one whole normalized word
/// ([`compile_regex`]); a build without the `regex` feature refuses regex
/// queries.
pub fn concordance(
    text: &str,
    lexed: &Lexed,
    query: &str,
    opts: &ConcordanceOptions,
) -> Result<Concordance, ConcordanceError> {
    #[cfg(feature = "regex")]
    return concordance_with(text, lexed, query, opts, compile_regex);
    #[cfg(not(feature = "regex"))]
    match opts.regex {
        true => Err(ConcordanceError::NoRegexEngine),
        false => concordance_with(text, lexed, query, opts, |_| unreachable!("only regex queries compile")),
    }
}

/// Compiles a pattern with the regex crate: Unicode-aware classes (`\w`
/// is any letter, Arabic included, `\d` any digit, `\b` a word edge), a
/// size limit on the compiled program, and a one-line reason for a bad
/// pattern. The page's regex search runs this same function, compiled into
/// a wasm module of its own (bindings/regex/).
#[cfg(feature = "regex")]
pub fn compile_regex(pattern: &str) -> Result<Matcher, String> {
    let re = regex::RegexBuilder::new(pattern).size_limit(1 << 20).build().map_err(|e| match e {
        // "regex parse error:\n    (\n    ^\nerror: unclosed group": the
        // last line is the reason; the lines above repeat the pattern.
        regex::Error::Syntax(s) => {
            let last = s.lines().last().unwrap_or_default();
            match last.strip_prefix("error: ").unwrap_or(last) {
                // The tables these need are left out of the engine (see
                // Cargo.toml); say so rather than "not found".
                "Unicode property not found" => {
                    "\\p{…} classes are not available: use \\w or a range such as [ء-ي]".into()
                }
                why if why.contains("case insensitivity") => {
                    "(?i) is not available: Arabic has no case".into()
                }
                why => why.to_string(),
            }
        }
        regex::Error::CompiledTooBig(_) => "the pattern is too large".to_string(),
        other => other.to_string(),
    })?;
    Ok(Box::new(move |s| re.is_match(s)))
}

/// [`concordance`] with the regex engine given by the caller: the browser
/// build passes [`compile_regex`] from the regex module the page loads on
/// its first regex search (src/wasm/document.rs), so the main module does
/// not carry the engine. `compile` gets an anchored pattern and says what
/// is wrong with a bad one.
pub fn concordance_with(
    text: &str,
    lexed: &Lexed,
    query: &str,
    opts: &ConcordanceOptions,
    compile: impl Fn(&str) -> Result<Matcher, String>,
) -> Result<Concordance, ConcordanceError> {
    // matches[f] has bit w set when form f matches query word w.
    let (words, matches) = if opts.regex {
        (1, regex_matches(lexed, query, opts.clitics, compile)?)
    } else {
        let q = query_words(query)?;
        let m = lexed
            .forms
            .iter()
            .map(|f| {
                q.iter().enumerate().fold(0u32, |bits, (w, q)| {
                    bits | (u32::from(word_matches(&f.norm, q, opts.clitics)) << w)
                })
            })
            .collect();
        (q.len(), m)
    };
    let tokens = &lexed.tokens;
    let mut out = Concordance::default();
    let mut i = 0;
    while i + words <= tokens.len() {
        if (0..words).all(|w| matches[tokens[i + w].form as usize] & (1 << w) != 0) {
            out.total += 1;
            if out.hits.len() < opts.limit {
                let span = Span::new(tokens[i].span.start, tokens[i + words - 1].span.end);
                let (left, right) = context(text, span, opts.context);
                out.hits.push(Hit { span, left, right, token: i });
            }
            i += words;
        } else {
            i += 1;
        }
    }
    Ok(out)
}

/// The normalized words of a plain query.
fn query_words(query: &str) -> Result<Vec<String>, ConcordanceError> {
    let words: Vec<String> = tokenize::tokenize(query)
        .iter()
        .filter(|t| !matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
        .map(|t| search_form(t.span.of(query)))
        .filter(|w| !w.is_empty())
        .collect();
    match words.len() {
        0 => Err(ConcordanceError::EmptyQuery),
        n if n > MAX_QUERY_WORDS => Err(ConcordanceError::TooManyWords),
        _ => Ok(words),
    }
}

/// Conjunction, then preposition or future س, then the article; ل + ال is
/// written لل (see [`proclitics::sequences`]). The flag says whether the
/// article is in.
fn proclitics() -> impl Iterator<Item = (&'static str, bool)> {
    proclitics::sequences().iter().map(|p| (p.text, p.article))
}

/// No attached pronoun, then each (see [`clitics::ENCLITICS`]).
fn enclitics() -> impl Iterator<Item = &'static str> {
    std::iter::once("").chain(clitics::ENCLITICS)
}

/// Whether the normalized word `norm` is the query word `q`, possibly under
/// clitics. A query given with the article also matches it inside لل or
/// وال; a final ة of the query is written ت before a pronoun (مدينته).
fn word_matches(norm: &str, q: &str, clitics: bool) -> bool {
    if norm == q {
        return true;
    }
    if !clitics {
        return false;
    }
    let q_bare = q.strip_prefix("ال").filter(|b| !b.is_empty());
    proclitics().filter(|(p, _)| norm.starts_with(p)).any(|(p, has_article)| {
        let rest = &norm[p.len()..];
        enclitics().filter(|s| rest.len() > s.len() && rest.ends_with(s)).any(|s| {
            let core = &rest[..rest.len() - s.len()];
            let is = |q: &str| {
                core == q
                    || (!s.is_empty()
                        && q.strip_suffix('ة').is_some_and(|b| core.strip_suffix('ت') == Some(b)))
            };
            is(q) || (has_article && q_bare.is_some_and(is))
        })
    })
}

/// Per form, bit 0 set when the regex matches the whole normalized form
/// (optionally under clitics).
fn regex_matches(
    lexed: &Lexed,
    pattern: &str,
    clitics: bool,
    compile: impl Fn(&str) -> Result<Matcher, String>,
) -> Result<Vec<u32>, ConcordanceError> {
    let pattern = search_form(pattern.trim());
    if pattern.is_empty() {
        return Err(ConcordanceError::EmptyPattern);
    }
    let invalid = ConcordanceError::InvalidRegex;
    // Validate the pattern alone first, so errors point at what was typed.
    drop(compile(&pattern).map_err(invalid)?);
    let full = if clitics {
        let pre: Vec<&str> = proclitics().map(|(p, _)| p).filter(|p| !p.is_empty()).collect();
        let suf: Vec<&str> = enclitics().filter(|s| !s.is_empty()).collect();
        format!("^(?:{})?(?:{pattern})(?:{})?$", pre.join("|"), suf.join("|"))
    } else {
        format!("^(?:{pattern})$")
    };
    let is_match = compile(&full).map_err(invalid)?;
    Ok(lexed.forms.iter().map(|f| u32::from(is_match(&f.norm))).collect())
}

/// Up to `chars` characters either side of `span`, stopping at line breaks.
fn context(text: &str, span: Span, chars: usize) -> (Span, Span) {
    let before = &text[..span.start];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let left_start = match chars {
        0 => span.start,
        n => before[line_start..].char_indices().rev().nth(n - 1).map_or(line_start, |(i, _)| line_start + i),
    };
    let after = &text[span.end..];
    let line_end = after.find('\n').unwrap_or(after.len());
    let right_end = after[..line_end].char_indices().nth(chars).map_or(line_end, |(i, _)| i);
    (Span::new(left_start, span.start), Span::new(span.end, span.end + right_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'t>(text: &'t str, query: &str, opts: ConcordanceOptions) -> Vec<&'t str> {
        let a = crate::Analyzer::builtin().lex(text);
        concordance(text, &a, query, &opts).unwrap().hits.iter().map(|h| h.span.of(text)).collect()
    }

    #[test]
    fn concordance_matches_across_clitics_and_spelling() {
        let text = "دعا المجلس لمجلس والمجلس مجلسَ مجلسه مجالس. للأمن الأمن أمنه";
        let opts = ConcordanceOptions::default();
        assert_eq!(find(text, "مجلس", opts), ["المجلس", "لمجلس", "والمجلس", "مجلسَ", "مجلسه"]);
        assert_eq!(find(text, "الأمن", opts), ["للأمن", "الأمن"]);
        assert_eq!(find(text, "امن", opts), ["للأمن", "الأمن", "أمنه"]);
        let exact = ConcordanceOptions { clitics: false, ..opts };
        assert_eq!(find(text, "مجلس", exact), ["مجلسَ"]);
    }

    #[test]
    fn concordance_finds_phrases_and_teh_marbuta_before_pronouns() {
        let text = "مجلس الأمن الدولي، ومجلس الأمن. زار مدينته ومدينة حلب";
        let opts = ConcordanceOptions::default();
        assert_eq!(find(text, "مجلس الامن", opts), ["مجلس الأمن", "ومجلس الأمن"]);
        assert_eq!(find(text, "مدينة", opts), ["مدينته", "ومدينة"]);
    }

    #[test]
    fn concordance_regex_and_context() {
        let text = "سطر أول\nالمجلس الوزاري والمجالس المحلية\nسطر آخر";
        let a = crate::Analyzer::builtin().lex(text);
        let opts = ConcordanceOptions { regex: true, context: 7, ..Default::default() };
        let c = concordance(text, &a, "مج(لس|الس)", &opts).unwrap();
        let shown: Vec<_> =
            c.hits.iter().map(|h| (h.left.of(text), h.span.of(text), h.right.of(text))).collect();
        assert_eq!(shown, [("", "المجلس", " الوزار"), ("لوزاري ", "والمجالس", " المحلي")]);
        let err = concordance(text, &a, "(", &opts).unwrap_err();
        assert_eq!(err.to_string(), "invalid regular expression: unclosed group");
        assert!(concordance(text, &a, " ، ", &ConcordanceOptions::default()).is_err());
    }

    /// `\w` and `\b` are Unicode-aware: `\w+` is any Arabic word, as it is
    /// in the page (regex-lite's ASCII `\w` found none).
    #[cfg(feature = "regex")]
    #[test]
    fn regex_classes_are_unicode_aware() {
        let text = "زار الوزير مدينة حلب عام 2016 و٢٠١٧";
        let a = crate::Analyzer::builtin().lex(text);
        let find = |pattern: &str| {
            let opts = ConcordanceOptions { regex: true, clitics: false, ..Default::default() };
            let c = concordance(text, &a, pattern, &opts).unwrap();
            c.hits.iter().map(|h| h.span.of(text)).collect::<Vec<_>>()
        };
        assert_eq!(find(r"\w+ة"), ["مدينة"]);
        assert_eq!(find(r"\w{3}"), ["زار", "حلب", "عام"]);
        assert_eq!(find(r"\d+"), ["2016", "٢٠١٧"], "digits are searched in their search form, 2017");
        assert_eq!(find(r"\bال\w+"), ["الوزير"]);
    }

    #[test]
    fn concordance_counts_beyond_the_limit() {
        let text = "حلب ".repeat(10);
        let a = crate::Analyzer::builtin().lex(&text);
        let c =
            concordance(&text, &a, "حلب", &ConcordanceOptions { limit: 3, ..Default::default() }).unwrap();
        assert_eq!((c.total, c.hits.len()), (10, 3));
    }

    #[test]
    fn frequencies_fold_spelling_and_skip_stopwords() {
        let text = "في حلب وفي حلبَ، في إسطنبول واسطنبول في إسطنبول.";
        let a = crate::Analyzer::builtin().lex(text);
        let f = frequencies(text, &a, &FrequencyOptions::default());
        let got: Vec<_> = f.words.iter().map(|w| (w.key.as_str(), w.example.as_str(), w.count)).collect();
        assert_eq!(got, [("اسطنبول", "إسطنبول", 2), ("حلب", "حلب", 2), ("واسطنبول", "واسطنبول", 1)]);
        assert_eq!((f.total, f.distinct), (5, 3));
        let all = frequencies(
            text,
            &a,
            &FrequencyOptions { skip_stopwords: false, limit: 1, ..Default::default() },
        );
        assert_eq!((all.words[0].key.as_str(), all.words[0].count, all.distinct), ("في", 3, 5));
    }
}
