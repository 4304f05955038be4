//! The gazetteer: names Bayan knows, matched on normalized forms.
//!
//! Entries are tokenized and normalized exactly as documents are, then stored
//! in a trie keyed by word ids, so one pass over the tokens finds every
//! multi-word name (the multi-pattern matching of Aho–Corasick, over words
//! instead of bytes). The first word of a mention may carry proclitics
//! (والكويت، بسوريا، لمجلس، للأمم): they are stripped only when what remains
//! is a known name, so ليبيا or بلجيكا are never cut, and the entity span
//! starts after them.

use super::{Entity, EntityType};
use crate::analysis::{Analysis, Form};
use crate::chars;
use crate::hash::FxHashMap;
use crate::normalize::{self, Options};
use crate::tokenize::{self, TokenKind};
use std::fmt;

/// The built-in lists, embedded at compile time.
const BUILTIN: &[(&str, &str)] = &[
    ("places.tsv", include_str!("../data/places.tsv")),
    ("places-extra.tsv", include_str!("../data/places-extra.tsv")),
    ("organizations.tsv", include_str!("../data/organizations.tsv")),
    ("persons.tsv", include_str!("../data/persons.tsv")),
    ("months.tsv", include_str!("../data/months.tsv")),
];

/// Proclitic sequences that may stand before a name: conjunction, then
/// preposition. Normalized spelling.
const PROCLITICS: &[&str] = &["و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"];

/// Where names may start inside a word: (surface bytes skipped, word id).
type Starts = Box<[(usize, u32)]>;

/// A gazetteer entry's payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntityType,
    pub id: String,
    pub gloss: String,
}

/// A line that could not be read, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerError {
    pub source: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.message)
    }
}

impl std::error::Error for GazetteerError {}

/// Names to find, as a trie over normalized words.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    /// Normalized word → word id.
    words: FxHashMap<String, u32>,
    /// (node, word id) → child node. Node 0 is the root.
    edges: FxHashMap<(u32, u32), u32>,
    /// Entry ending at each node, if any (the first one added wins).
    terminal: Vec<Option<u32>>,
    entries: Vec<Entry>,
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Self {
        Gazetteer { terminal: vec![None], ..Default::default() }
    }

    /// The lists shipped with Bayan.
    pub fn builtin() -> Self {
        let mut g = Gazetteer::new();
        for (name, tsv) in BUILTIN {
            g.add_tsv(name, tsv).expect("the built-in gazetteer is valid (tests check it)");
        }
        g
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds the lines of a TSV file: `surface<TAB>TYPE<TAB>id<TAB>gloss`,
    /// `#` comments and blank lines ignored. Nothing is added if any line is
    /// wrong.
    pub fn add_tsv(&mut self, source: &str, tsv: &str) -> Result<usize, GazetteerError> {
        let mut parsed = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| GazetteerError { source: source.to_string(), line: i + 1, message };
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 2 || fields.len() > 4 {
                return Err(err(format!("expected 2 to 4 tab-separated fields, found {}", fields.len())));
            }
            let kind: EntityType = fields[1].trim().parse().map_err(err)?;
            let surface = fields[0].trim();
            if surface.is_empty() {
                return Err(err("empty surface form".into()));
            }
            let id = fields.get(2).map_or("", |s| s.trim());
            let gloss = fields.get(3).map_or("", |s| s.trim());
            parsed.push((surface, Entry { kind, id: id.to_string(), gloss: gloss.to_string() }));
        }
        let n = parsed.len();
        for (surface, entry) in parsed {
            self.insert(surface, entry);
        }
        Ok(n)
    }

    /// Adds one name.
    pub fn insert(&mut self, surface: &str, entry: Entry) {
        let keys = name_keys(surface);
        if keys.is_empty() {
            return;
        }
        let mut node = 0;
        for key in keys {
            let next_word = self.words.len() as u32;
            let word = *self.words.entry(key).or_insert(next_word);
            let next_node = self.terminal.len() as u32;
            node = *self.edges.entry((node, word)).or_insert(next_node);
            if node == next_node {
                self.terminal.push(None);
            }
        }
        if self.terminal[node as usize].is_none() {
            self.entries.push(entry);
            self.terminal[node as usize] = Some(self.entries.len() as u32 - 1);
        }
    }

    /// Every mention of a known name in the analysed text (overlaps
    /// included; the caller resolves them).
    pub fn find(&self, text: &str, analysis: &Analysis) -> Vec<Entity> {
        // Per distinct form, once: its exact word id, and whether that word
        // can start a name; the ids it could have with proclitics stripped
        // (and how many surface bytes they take) are computed at the form's
        // first Arabic token. Most tokens start no name and cost two loads.
        let exact: Vec<Option<u32>> =
            analysis.forms.iter().map(|f| self.words.get(f.norm.as_str()).copied()).collect();
        let first: Vec<Option<u32>> =
            exact.iter().map(|w| w.filter(|&w| self.edges.contains_key(&(0, w)))).collect();
        let mut stripped: Vec<Option<Starts>> = vec![None; analysis.forms.len()];
        let mut found = Vec::new();
        let tokens = &analysis.tokens;
        for (i, token) in tokens.iter().enumerate() {
            let f = token.form as usize;
            let options: &[(usize, u32)] = if token.kind == TokenKind::Word {
                stripped[f].get_or_insert_with(|| {
                    self.strip_candidates(token.span.of(text), &analysis.forms[f]).into_boxed_slice()
                })
            } else {
                &[]
            };
            if first[f].is_none() && options.is_empty() {
                continue;
            }
            let starts = first[f].map(|w| (0, w)).into_iter().chain(options.iter().copied());
            let mut best: Option<(usize, usize, u32)> = None; // (end token, skip, entry)
            for (skip, start) in starts {
                let mut node = 0;
                let mut word = start;
                let mut j = i;
                while let Some(&child) = self.edges.get(&(node, word)) {
                    node = child;
                    if let Some(entry) = self.terminal[node as usize] {
                        if best.is_none_or(|(end, s, _)| j > end || (j == end && skip < s)) {
                            best = Some((j, skip, entry));
                        }
                    }
                    j += 1;
                    match tokens.get(j).and_then(|t| exact[t.form as usize]) {
                        Some(w) => word = w,
                        None => break,
                    }
                }
            }
            if let Some((end, skip, entry)) = best {
                let entry = &self.entries[entry as usize];
                found.push(Entity {
                    span: crate::span::Span::new(token.span.start + skip, tokens[end].span.end),
                    kind: entry.kind,
                    id: (!entry.id.is_empty()).then(|| entry.id.clone()),
                    gloss: (!entry.gloss.is_empty()).then(|| entry.gloss.clone()),
                });
            }
        }
        found
    }

    /// Whether some name begins with word `id`.
    fn starts_name(&self, id: u32) -> bool {
        self.edges.contains_key(&(0, id))
    }

    /// Word ids this form could have once a proclitic is taken off, each
    /// with the number of surface bytes the proclitic occupies.
    fn strip_candidates(&self, surface: &str, form: &Form) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        for p in PROCLITICS {
            let Some(rest) = form.norm.strip_prefix(p) else { continue };
            if rest.chars().count() < 2 {
                continue;
            }
            let skip = surface_prefix_len(surface, p.chars().count());
            if let Some(&id) = self.words.get(rest).filter(|&&id| self.starts_name(id)) {
                out.push((skip, id));
            }
            // ل + ال is written لل: للأمم is ل + الأمم, and للجنة is ل + اللجنة.
            if p.ends_with('ل') && rest.starts_with('ل') {
                for restored in [format!("ا{rest}"), format!("ال{rest}")] {
                    if let Some(&id) = self.words.get(&restored).filter(|&&id| self.starts_name(id)) {
                        out.push((skip, id));
                    }
                }
            }
        }
        out
    }
}

/// Byte length of the first `letters` letters of `surface`, with the marks
/// and tatweel that follow each.
fn surface_prefix_len(surface: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (at, c) in surface.char_indices() {
        if !(chars::is_diacritic(c) || c == chars::TATWEEL || chars::is_invisible_control(c)) {
            if seen == letters {
                return at;
            }
            seen += 1;
        }
    }
    surface.len()
}

/// The normalized words of a name, as documents' tokens would give them.
fn name_keys(surface: &str) -> Vec<String> {
    tokenize::tokenize(surface)
        .iter()
        .map(|t| {
            let mut key = String::new();
            normalize::normalize_into(t.span.of(surface), &Options::SEARCH, &mut key);
            key
        })
        .filter(|k| !k.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_are_valid() {
        for (name, tsv) in BUILTIN {
            Gazetteer::new().add_tsv(name, tsv).unwrap_or_else(|e| panic!("fix {e}"));
        }
    }

    #[test]
    fn reports_bad_lines() {
        let err = Gazetteer::new().add_tsv("user.tsv", "# c\nحلب\tCITY\taleppo\n").unwrap_err();
        assert_eq!(err.to_string(), "user.tsv:2: unknown entity type \"CITY\"");
    }
}
