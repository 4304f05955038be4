//! The gazetteer: names Bayan knows, matched on normalized forms.
//!
//! Entries are tokenized and normalized exactly as documents are, then stored
//! in a trie keyed by word ids. Matching walks the trie from each token as
//! far as the following tokens lead, and keeps the longest name ending on
//! the way: a few hash lookups per token, since names are a few words long
//! and most tokens start none. The first word of a mention may carry proclitics
//! (والكويت، بسوريا، لمجلس، للأمم): they are stripped only when what remains
//! is a known name, so ليبيا or بلجيكا are never cut, and the entity span
//! starts after them.

use super::{Entity, EntityType};
use crate::chars;
use crate::clitics::proclitics;
use crate::lexed::{Form, Lexed};
use crate::normalize::{self, Options};
use crate::tokenize::{self, TokenKind};
use rustc_hash::FxHashMap;
use std::fmt;

/// The built-in lists, embedded at compile time.
const BUILTIN: &[(&str, &str)] = &[
    ("places.tsv", crate::data::PLACES),
    ("places-extra.tsv", crate::data::PLACES_EXTRA),
    ("organizations.tsv", crate::data::ORGANIZATIONS),
    ("persons.tsv", crate::data::PERSONS),
    ("months.tsv", crate::data::MONTHS),
];

/// Titles and roles: matched separately, because a title is only a TITLE
/// where the rules say so (see `rules::people`).
pub(super) const TITLES: (&str, &str) = ("titles.tsv", crate::data::TITLES);

/// A gazetteer entry's payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntityType,
    pub id: String,
    pub gloss: String,
}

/// A line that could not be read, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct GazetteerError {
    /// The name the list was given (a file name, `user gazetteer`).
    pub source: String,
    /// The line (or item), counting from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.message)
    }
}

impl std::error::Error for GazetteerError {}

/// Names to find, as a trie over normalized words.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    /// Normalized word → word id.
    words: FxHashMap<String, u32>,
    /// Per word id, where it stands in listed names ([`Gazetteer::word_roles`]).
    roles: Vec<u64>,
    /// (node, word id) → child node. Node 0 is the root.
    edges: FxHashMap<(u32, u32), u32>,
    /// Entry ending at each node, if any (the first one added wins).
    terminal: Vec<Option<u32>>,
    entries: Vec<Entry>,
    /// Per entry: added by the user rather than from the built-in lists.
    /// The user's names win over the learned tagger (they know their
    /// documents), the built-in ones are only its evidence.
    user: Vec<bool>,
    /// The built-in lists are being added.
    adding_builtin: bool,
    /// The wide lists added (their file names).
    wide: Vec<&'static str>,
}

/// An empty gazetteer, as [`Gazetteer::new`]: not derived, since a derived
/// one would lack the trie's root node and a name added to it would end on
/// the root itself.
impl Default for Gazetteer {
    fn default() -> Self {
        Gazetteer::new()
    }
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Self {
        Gazetteer {
            words: FxHashMap::default(),
            roles: Vec::new(),
            edges: FxHashMap::default(),
            // The root: every name's first word is an edge from it.
            terminal: vec![None],
            entries: Vec::new(),
            user: Vec::new(),
            adding_builtin: false,
            wide: Vec::new(),
        }
    }

    /// The lists shipped with Bayan.
    pub fn builtin() -> Self {
        let mut g = Gazetteer::new();
        g.add_builtin_lists();
        g
    }

    /// Adds the built-in lists after what is already there (which wins
    /// where both list a name): the core lists, then the wide ones this
    /// build embeds (where both list a name, the core's entry wins).
    pub fn add_builtin_lists(&mut self) {
        self.adding_builtin = true;
        for (name, tsv) in BUILTIN {
            self.add_tsv(name, tsv).expect("the built-in gazetteer is valid (tests check it)");
        }
        for (name, tsv) in crate::data::WIDE_GAZETTEERS {
            self.add_tsv(name, tsv).expect("the wide lists are valid (tests check it)");
            self.wide.push(super::wide::file_name(name).expect("the embedded wide lists are wide"));
        }
        self.adding_builtin = false;
    }

    /// Adds the wide list `name` (one of [`super::wide::FILES`], fetched at
    /// run time where the build does not embed it) as built-in names:
    /// below what is there already, and evidence for the tagger rather
    /// than the user's own names. Returns how many names it holds. A list
    /// that is not a wide one, is here already, or has a bad line is
    /// refused with the reason, and nothing changes.
    pub fn add_wide_list(&mut self, name: &str, tsv: &str) -> Result<usize, String> {
        let file = super::wide::file_name(name)?;
        if self.wide.contains(&file) {
            return Err(format!("{file} is loaded already"));
        }
        self.adding_builtin = true;
        let added = self.add_tsv(file, tsv).map_err(|e| e.to_string());
        self.adding_builtin = false;
        if added.is_ok() {
            self.wide.push(file);
        }
        added
    }

    /// Whether any name was added by the user (not from the built-in lists).
    pub fn has_user_names(&self) -> bool {
        self.user.contains(&true)
    }

    /// A user's terms (see [`Gazetteer::add_user`]) on top of the built-in
    /// lists. The user's come first, so where both list a name the user's
    /// type and id win: they know their documents.
    pub fn with_user(source: &str, text: &str) -> Result<Self, GazetteerError> {
        let mut g = Gazetteer::new();
        g.add_user(source, text)?;
        g.add_builtin_lists();
        Ok(g)
    }

    /// Adds a user's terms: TSV (`surface<TAB>TYPE<TAB>id<TAB>gloss`) or CSV
    /// (the same columns, comma-separated, fields may be double-quoted),
    /// told apart by the first data line. A first line whose second column
    /// is `type` is a header. Types are case-insensitive, and PER/PERS mean
    /// PERSON, as in the NER corpora. Nothing is added if a line is wrong.
    pub fn add_user(&mut self, source: &str, text: &str) -> Result<usize, GazetteerError> {
        let first = text.lines().find(|l| !l.trim().is_empty() && !l.starts_with('#')).unwrap_or("");
        let csv = !first.contains('\t');
        self.add_lines(source, text, |line| {
            if csv {
                split_csv(line)
            } else {
                line.split('\t').map(str::to_string).collect()
            }
        })
    }

    /// Adds one term, checked like a line of a file; `line` is where it came
    /// from, for the error.
    pub fn add_term(&mut self, source: &str, line: usize, fields: &[&str]) -> Result<(), GazetteerError> {
        let (surface, entry) = parse_fields(fields).map_err(|message| GazetteerError {
            source: source.to_string(),
            line,
            message,
        })?;
        self.insert(&surface, entry);
        Ok(())
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds the lines of a TSV file: `surface<TAB>TYPE<TAB>id<TAB>gloss`
    /// (an empty id is made from the gloss: `Saudi Arabia` → `saudi-arabia`), `#` comments and blank lines
    /// ignored. Nothing is added if any line is
    /// wrong.
    #[inline(never)]
    pub fn add_tsv(&mut self, source: &str, tsv: &str) -> Result<usize, GazetteerError> {
        self.add_lines(source, tsv, |line| line.split('\t').map(str::to_string).collect())
    }

    fn add_lines(
        &mut self,
        source: &str,
        text: &str,
        split: impl Fn(&str) -> Vec<String>,
    ) -> Result<usize, GazetteerError> {
        let mut parsed = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r').trim_start_matches('\u{FEFF}');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields = split(line);
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            if parsed.is_empty() && fields.get(1).is_some_and(|t| t.trim().eq_ignore_ascii_case("type")) {
                continue; // a header line
            }
            let err = |message: String| GazetteerError { source: source.to_string(), line: i + 1, message };
            parsed.push(parse_fields(&fields).map_err(err)?);
        }
        let n = parsed.len();
        for (surface, entry) in parsed {
            self.insert(&surface, entry);
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
        let last = keys.len() - 1;
        for (k, key) in keys.into_iter().enumerate() {
            let next_word = self.words.len() as u32;
            let word = *self.words.entry(key).or_insert(next_word);
            if word == next_word {
                self.roles.push(0);
            }
            let place = if last == 0 {
                0
            } else if k == 0 {
                1
            } else if k == last {
                3
            } else {
                2
            };
            self.roles[word as usize] |= 1 << (4 * entry.kind as u32 + place);
            let next_node = self.terminal.len() as u32;
            node = *self.edges.entry((node, word)).or_insert(next_node);
            if node == next_node {
                self.terminal.push(None);
            }
        }
        if self.terminal[node as usize].is_none() {
            self.entries.push(entry);
            self.user.push(!self.adding_builtin);
            self.terminal[node as usize] = Some(self.entries.len() as u32 - 1);
        }
    }

    /// Where the normalized word `key` stands in the listed names: bit
    /// `4·type + place`, place 0 for a one-word name, 1 its first word, 2
    /// inside, 3 its last. A word of a name the text does not hold whole
    /// is still evidence (a surname of a listed person, the head of a listed
    /// body), and the learned tagger reads it for whatever lists it holds.
    pub fn word_roles(&self, key: &str) -> u64 {
        self.words.get(key).map_or(0, |&w| self.roles[w as usize])
    }

    /// Every mention of a known name in the analysed text (overlaps
    /// included; the caller resolves them).
    pub fn find(&self, text: &str, lexed: &Lexed) -> Vec<Entity> {
        self.find_marked(text, lexed).into_iter().map(|(e, _)| e).collect()
    }

    /// [`Gazetteer::find`], each mention marked with whether its name is
    /// the user's.
    pub fn find_marked(&self, text: &str, lexed: &Lexed) -> Vec<(Entity, bool)> {
        // Per distinct form: its exact word id, and the ids it could have
        // with proclitics stripped (with how many bytes of surface they take).
        let exact: Vec<Option<u32>> = lexed.forms.iter().map(|f| self.words.get(&f.norm).copied()).collect();
        let mut stripped: Vec<Option<Vec<(usize, u32)>>> = vec![None; lexed.forms.len()];
        let mut found = Vec::new();
        let tokens = &lexed.tokens;
        for (i, token) in tokens.iter().enumerate() {
            let options: &[(usize, u32)] = if token.kind == TokenKind::Word {
                let form = &lexed.forms[token.form as usize];
                stripped[token.form as usize]
                    .get_or_insert_with(|| self.strip_candidates(token.span.of(text), form))
            } else {
                &[]
            };
            let exact_start = exact[token.form as usize].map(|id| (0, id));
            let mut best: Option<(usize, usize, u32)> = None; // (end token, skip, entry)
            for (skip, first) in exact_start.into_iter().chain(options.iter().copied()) {
                let mut node = 0;
                let mut word = first;
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
                let user = self.user[entry as usize];
                let entry = &self.entries[entry as usize];
                found.push((
                    Entity {
                        span: crate::span::Span::new(token.span.start + skip, tokens[end].span.end),
                        kind: entry.kind,
                        id: (!entry.id.is_empty()).then(|| entry.id.clone()),
                        gloss: (!entry.gloss.is_empty()).then(|| entry.gloss.clone()),
                        inner: vec![],
                    },
                    user,
                ));
            }
        }
        found
    }

    /// Word ids this form could have once a proclitic is taken off, each
    /// with the number of surface bytes the proclitic occupies.
    fn strip_candidates(&self, surface: &str, form: &Form) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        // Conjunction, then preposition: what may stand before a name.
        for p in proclitics::sequences().iter().filter(|p| p.before_noun()).map(|p| p.text) {
            if !may_start(&form.norm, p) {
                continue;
            }
            let Some(rest) = form.norm.strip_prefix(p) else { continue };
            if rest.chars().count() < 2 {
                continue;
            }
            let skip = surface_prefix_len(surface, p.chars().count());
            if let Some(&id) = self.words.get(rest) {
                out.push((skip, id));
            }
            // ل + ال is written لل: للأمم is ل + الأمم, and للجنة is ل + اللجنة.
            if p.ends_with('ل') && rest.starts_with('ل') {
                for restored in [format!("ا{rest}"), format!("ال{rest}")] {
                    if let Some(&id) = self.words.get(&restored) {
                        out.push((skip, id));
                    }
                }
            }
        }
        out
    }
}

/// Whether `word` may start with `prefix`: false when their first two bytes
/// (an Arabic letter) differ. Most words start with none of the proclitic
/// sequences tried on each distinct word, and this is two loads and a
/// compare, where `strip_prefix` with a prefix from a table is a call to
/// `memcmp`.
#[inline(always)]
pub(super) fn may_start(word: &str, prefix: &str) -> bool {
    match (word.as_bytes().first_chunk::<2>(), prefix.as_bytes().first_chunk::<2>()) {
        (Some(w), Some(p)) => w == p,
        (None, Some(_)) => false,
        (_, None) => true,
    }
}

/// A term from its fields: surface, type, and optionally id and gloss.
fn parse_fields(fields: &[&str]) -> Result<(String, Entry), String> {
    if fields.len() < 2 || fields.len() > 4 {
        return Err(format!("expected 2 to 4 fields (surface, type, id, gloss), found {}", fields.len()));
    }
    let kind = match fields[1].trim().to_ascii_uppercase().as_str() {
        "PER" | "PERS" => EntityType::Person,
        other => other.parse().map_err(|e: super::TypeError| e.to_string())?,
    };
    let surface = fields[0].trim();
    if surface.is_empty() {
        return Err("empty surface form".into());
    }
    let gloss = fields.get(3).map_or("", |s| s.trim()).to_string();
    let id = match fields.get(2).map_or("", |s| s.trim()) {
        "" => default_id(kind, &gloss),
        id => id.to_string(),
    };
    Ok((surface.to_string(), Entry { kind, id, gloss }))
}

/// The id of a line that leaves it empty: the gloss's [`slug`], and for a
/// title `title-` before it, since a title's id names the role (`title-
/// secretary-general`), not the person or body it belongs to.
fn default_id(kind: EntityType, gloss: &str) -> String {
    match slug(gloss) {
        s if kind == EntityType::Title && !s.is_empty() => format!("title-{s}"),
        s => s,
    }
}

/// The id a gloss stands for when a line leaves the id empty: lowercase
/// ASCII letters and digits, every other run of characters one hyphen
/// (`Saudi Arabia` → `saudi-arabia`). Most lines of the built-in lists
/// need no id of their own, which keeps them (and the page) smaller; a
/// gloss with other letters (`Åland Islands`) keeps its written id.
pub fn slug(gloss: &str) -> String {
    let mut out = String::with_capacity(gloss.len());
    for c in gloss.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The fields of one CSV line; `"a, b"` keeps its comma and `""` is a quote.
fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// Byte length of the first `letters` letters of `surface`, with the marks
/// and tatweel that follow each.
pub(super) fn surface_prefix_len(surface: &str, letters: usize) -> usize {
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
        for (name, tsv) in BUILTIN.iter().chain([&TITLES]).chain(crate::data::WIDE_GAZETTEERS) {
            Gazetteer::new().add_tsv(name, tsv).unwrap_or_else(|e| panic!("fix {e}"));
        }
    }

    /// A default gazetteer has its root: with حلب and دمشق listed, «حلب
    /// دمشق» is two places, not one name made of both.
    #[test]
    fn a_default_gazetteer_keeps_names_apart() {
        let mut g = Gazetteer::default();
        g.add_tsv("t.tsv", "حلب\tLOC\t\tAleppo\nدمشق\tLOC\t\tDamascus\n").unwrap();
        let text = "حلب دمشق";
        let found = g.find(text, &crate::Lexed::new(text, &crate::clitics::Lexicon::builtin()));
        let found: Vec<_> = found.iter().map(|e| (e.span.of(text), e.id.as_deref())).collect();
        assert_eq!(found, [("حلب", Some("aleppo")), ("دمشق", Some("damascus"))]);
    }

    /// Each word knows where it stands in the names that hold it.
    #[test]
    fn word_roles_say_type_and_place() {
        let mut g = Gazetteer::new();
        g.add_tsv("t.tsv", "حلب\tLOC\nمجلس الأمن الدولي\tORG\nعبد الله الثاني\tPER\n").unwrap();
        let bit = |kind: EntityType, place: u32| 1u64 << (4 * kind as u32 + place);
        assert_eq!(g.word_roles("حلب"), bit(EntityType::Loc, 0));
        assert_eq!(g.word_roles("مجلس"), bit(EntityType::Org, 1));
        assert_eq!(g.word_roles("الامن"), bit(EntityType::Org, 2));
        assert_eq!(g.word_roles("الدولي"), bit(EntityType::Org, 3));
        assert_eq!(g.word_roles("عبد"), bit(EntityType::Person, 1));
        assert_eq!(g.word_roles("دمشق"), 0);
    }

    #[test]
    fn user_terms_in_csv_with_header_override_the_builtin_lists() {
        let g = Gazetteer::with_user(
            "user.csv",
            "surface,type,id,gloss\nحلب,org,\"aleppo-fc\",\"Aleppo, the club\"\n",
        )
        .unwrap();
        let text = "فاز حلب";
        let found = g.find(text, &crate::Lexed::new(text, &crate::clitics::Lexicon::builtin()));
        assert_eq!(found[0].kind, EntityType::Org);
        assert_eq!(found[0].gloss.as_deref(), Some("Aleppo, the club"));
    }

    #[test]
    fn an_empty_id_is_the_gloss_slug() {
        assert_eq!(slug("Saudi Arabia"), "saudi-arabia");
        assert_eq!(slug(" U.N. Security Council (UNSC) "), "u-n-security-council-unsc");
        assert_eq!(slug("Åland Islands"), "land-islands");
        assert_eq!(slug("حلب"), "");
        let mut g = Gazetteer::new();
        g.add_tsv("t.tsv", "حلب\tLOC\t\tAleppo\nجدة\tLOC\tcity-jeddah\tJeddah\nمكة\tLOC\n").unwrap();
        g.add_tsv("u.tsv", "سفير\tTITLE\t\tAmbassador\n").unwrap();
        let ids: Vec<&str> = g.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["aleppo", "city-jeddah", "", "title-ambassador"]);
    }

    #[test]
    fn user_errors_name_the_line() {
        let err = Gazetteer::with_user("user.tsv", "حلب\tLOC\nجدة\n").unwrap_err();
        assert_eq!(err.to_string(), "user.tsv:2: expected 2 to 4 fields (surface, type, id, gloss), found 1");
    }

    #[test]
    fn reports_bad_lines() {
        let err = Gazetteer::new().add_tsv("user.tsv", "# c\nحلب\tCITY\taleppo\n").unwrap_err();
        assert_eq!(err.to_string(), "user.tsv:2: unknown entity type \"CITY\"");
    }
}
