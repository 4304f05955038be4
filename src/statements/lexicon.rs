//! The statement lexicon: `src/data/statements.tsv` expanded into every
//! written form of each predicate, looked up once per distinct form.
//!
//! A line names a family by its 3ms perfect and imperfect (with the short
//! stems of hollow verbs), verbal nouns and circumstantial participles;
//! [`StatementLexicon::parse`] generates the persons, tenses, moods and
//! enclitic pronouns from them, so a new verb is one line. Keys are
//! `search`-normalized like the tokens' forms; a token matches under its
//! proclitics (و ف ب ل ك س, and ال for nouns), which are stripped from the
//! normalized form until the rest is a key.

use super::Class;
use crate::lexed::Form;
use crate::normalize::{self, Options};
use rustc_hash::{FxHashMap, FxHashSet};

/// What a word of the lexicon is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A finite verb (perfect, imperfect or passive).
    Verb,
    /// A verbal noun.
    Noun,
    /// A circumstantial participle (داعياً).
    Participle,
}

/// A family of the lexicon (one data line).
#[derive(Clone, Debug)]
pub struct Entry {
    /// The class of its acts; `None` for light verbs that need a class
    /// noun and for carriers.
    pub class: Option<Class>,
    /// The family's name: its perfect as written in the data.
    pub lemma: String,
    /// Its own prepositions, normalized (skipped before the object).
    pub preps: Vec<String>,
    /// A class noun after it makes one act with it.
    pub light: bool,
    /// Not an act: its subject only carries to the next act.
    pub carrier: bool,
    /// Its 3ms perfect is also its verbal noun (طلب).
    pub nounlike: bool,
    /// An act only with its preposition near (أثنى على; تثني عن is "deters").
    pub needs_prep: bool,
    /// Prepositions (normalized) that make it another verb when they follow
    /// it or its subject: أقرّ بـ "acknowledges" (the gold's decision 2)
    /// beside أقرّ X "approves"; اعتمد على "relies on" beside اعتمد "adopts".
    pub other_with: Vec<String>,
    /// Written forms (normalized, proclitics aside) that are also a noun
    /// outside the family: read as the verb only before a subject or the
    /// family's preposition (توافق "consensus" beside «توافق اللجنة على»).
    pub homographs: Vec<String>,
}

/// A token's form found in the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`StatementLexicon::entries`].
    pub entry: u16,
    /// What the word is.
    pub kind: Kind,
    /// An imperfect verb (whose subject before it is common: «إن الوزارة تدين»).
    pub imperfect: bool,
    /// Normalized letters of proclitics before the word (the act starts after them).
    pub proclitics: u8,
    /// The word carries an enclitic pronoun (أكدها).
    pub enclitic: bool,
    /// The bare 3ms perfect (طلب), which a `nounlike` family shares with its noun.
    pub bare: bool,
}

/// A class noun of a light verb (قلقه, ترحيبها, علما).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NounHit {
    /// The class it gives.
    pub class: Class,
    /// Normalized letters of proclitics before it.
    pub proclitics: u8,
}

/// The predicates, their class nouns, the adverbs that may stand between an
/// act and its object and the head nouns that can speak.
#[derive(Clone, Debug, Default)]
pub struct StatementLexicon {
    /// The families, in data order.
    pub entries: Vec<Entry>,
    words: FxHashMap<String, Hit>,
    nouns: FxHashMap<String, Class>,
    /// Adverbial phrases, as normalized words.
    pub adverbs: Vec<Vec<String>>,
    speakers: FxHashSet<String>,
    /// The speaker heads with a possessive pronoun (بلاده، حكومتها).
    possessed: FxHashSet<String>,
    /// Subjects that are evidence, not speakers (تشير الإحصاءات، تؤكد الوقائع).
    evidence: FxHashSet<String>,
    /// Every head and possessed head, bare and after و or ف: one lookup per form.
    any_head: FxHashSet<String>,
    /// The first words of the adverbs.
    adverb_starts: FxHashSet<String>,
}

/// A line of the data that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "statement lexicon, line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// Enclitic pronouns (not the 2nd person singular ك: هنأ + ك would be هناك).
const ENCLITICS: [&str; 10] = ["ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني", "ي"];
/// Proclitic strings tried before a key, shortest first. Not the future
/// س: a planned act is not performed (وستشدد اليونيدو).
const PROCLITICS: [&str; 13] = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "ولل", "فلل"];
const ARTICLES: [&str; 8] = ["ال", "وال", "فال", "بال", "كال", "وبال", "لل", "ولل"];

/// Generated forms that are far commoner as other words: ادني (أدنِ +
/// ني, "condemn me") is أدنى "lowest, minimum" (الحد الأدنى); ابد (أُبدِ,
/// "I show") is أبد "ever" (لابد، للأبد).
const LOOKALIKES: [&str; 2] = ["ادني", "ابد"];

/// Function words that a predicate's form becomes once its hamza is folded:
/// «هنأ» (congratulated) normalizes to «هنا» (here), far the commoner word,
/// so a form that is one of these, alone or after و or ف (وهنا، فهنا), is
/// an act only where its hamza is written (وهنأ).
const FOLDED_FUNCTION_WORDS: [&str; 1] = ["هنا"];

fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize::normalize_into(s, &Options::SEARCH, &mut out);
    out
}

fn drop_last(s: &str) -> &str {
    s.char_indices().last().map_or(s, |(i, _)| &s[..i])
}

fn drop_first(s: &str) -> &str {
    s.char_indices().nth(1).map_or("", |(i, _)| &s[i..])
}

/// Every perfect form of a 3ms perfect `p` (normalized) with its short stem.
fn perfect(p: &str, short: &str) -> Vec<String> {
    let mut out = vec![p.to_string()];
    if p.ends_with('ا') {
        // Defective in و: دعا, دعت, دعوا, دعوت, دعونا.
        let b = drop_last(p);
        for s in ["ت", "تا", "وا", "وت", "ونا", "وتم", "وتما", "ون"] {
            out.push(format!("{b}{s}"));
        }
    } else if p.ends_with('ي') {
        // Defective in ي (ى normalized): أبدى, أبدت, أبدوا, أبديت.
        let b = drop_last(p);
        for s in ["ت", "تا", "يا", "وا", "يت", "ينا", "يتم", "ين"] {
            out.push(format!("{b}{s}"));
        }
    } else {
        for s in ["ت", "ا", "تا", "وا"] {
            out.push(format!("{p}{s}"));
        }
        for s in ["ت", "تم", "تما", "نا", "ن", "تن"] {
            out.push(format!("{short}{s}"));
        }
    }
    out
}

/// Every imperfect form of a 3ms imperfect `y` (normalized) with its jussive stem.
fn imperfect(y: &str, jussive: &str) -> Vec<String> {
    let stem = drop_first(y);
    let short = drop_first(jussive);
    let mut bodies: Vec<String> = vec![stem.to_string()];
    if stem.ends_with('و') || stem.ends_with('ي') {
        let b = drop_last(stem);
        for s in ["ون", "وا", "ين", "يان", "وان", "ان"] {
            bodies.push(format!("{b}{s}"));
        }
        bodies.push(b.to_string());
    } else {
        for s in ["ون", "ان", "ين", "وا", "ا", "ن"] {
            bodies.push(format!("{stem}{s}"));
        }
        if short != stem {
            bodies.push(short.to_string());
            bodies.push(format!("{short}ن"));
        }
    }
    let mut out = Vec::new();
    for body in &bodies {
        for pre in ["ي", "ت", "ن", "ا"] {
            out.push(format!("{pre}{body}"));
        }
    }
    out
}

/// `w` with each enclitic pronoun (the final ا of وا drops, ة becomes ت).
fn with_enclitics(w: &str) -> Vec<String> {
    let base = if w.ends_with("وا") {
        drop_last(w).to_string()
    } else if let Some(b) = w.strip_suffix('ة') {
        format!("{b}ت")
    } else {
        w.to_string()
    };
    ENCLITICS.iter().map(|e| format!("{base}{e}")).collect()
}

/// The written forms of a verbal noun: bare, with enclitics and the
/// indefinite accusative (plurals are listed in the data: اعتمادات is
/// "appropriations", not a plural of decisions).
fn noun_forms(n: &str) -> Vec<String> {
    let mut out = vec![n.to_string()];
    out.extend(with_enclitics(n));
    match n.strip_suffix('ة') {
        Some(b) => out.push(format!("{b}تا")),
        None => out.push(format!("{n}ا")),
    }
    out
}

fn list(cell: Option<&str>) -> Vec<&str> {
    cell.unwrap_or("").split(',').map(str::trim).filter(|s| !s.is_empty()).collect()
}

fn split_stem(cell: &str) -> (String, String) {
    match cell.split_once('|') {
        Some((a, b)) => (norm(a), norm(b)),
        None => (norm(cell), norm(cell)),
    }
}

impl StatementLexicon {
    /// The built-in lexicon (`src/data/statements.tsv`), parsed on first use.
    pub fn builtin() -> std::sync::Arc<StatementLexicon> {
        static LEXICON: std::sync::OnceLock<std::sync::Arc<StatementLexicon>> = std::sync::OnceLock::new();
        LEXICON
            .get_or_init(|| {
                std::sync::Arc::new(
                    StatementLexicon::parse(crate::data::STATEMENTS).expect("the statement lexicon is valid"),
                )
            })
            .clone()
    }

    /// Reads and expands a lexicon in the format of `src/data/statements.tsv`.
    pub fn parse(data: &str) -> Result<StatementLexicon, LexiconError> {
        let mut lex = StatementLexicon::default();
        for (n, line) in data.lines().enumerate() {
            let err = |message: String| LexiconError { line: n + 1, message };
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            match cells[0] {
                "VERB" => lex.add_verb(&cells).map_err(err)?,
                "NOUN" => {
                    let class = cells
                        .get(1)
                        .and_then(|c| Class::from_name(c))
                        .ok_or_else(|| err("bad class".into()))?;
                    for noun in list(cells.get(2).copied()) {
                        let n = norm(noun);
                        for f in noun_forms(&n) {
                            lex.nouns.entry(f).or_insert(class);
                        }
                    }
                }
                "ADVERB" => {
                    let words: Vec<String> = cells.get(1).unwrap_or(&"").split(' ').map(norm).collect();
                    if words.iter().any(String::is_empty) {
                        return Err(err("an empty adverb".into()));
                    }
                    lex.adverbs.push(words);
                }
                "SPEAKER" => lex.speakers.extend(list(cells.get(1).copied()).into_iter().map(norm)),
                "EVIDENCE" => lex.evidence.extend(list(cells.get(1).copied()).into_iter().map(norm)),
                other => return Err(err(format!("unknown line kind {other:?}"))),
            }
        }
        // Longest adverbs first, so that «من جديد» is not read as «من».
        lex.adverbs.sort_by_key(|a| std::cmp::Reverse(a.len()));
        for w in LOOKALIKES {
            lex.words.remove(w);
        }
        // Each head with a possessive pronoun (البلاد → بلاده، حكومة → حكومتها).
        for head in &lex.speakers {
            let base = head.strip_prefix("ال").unwrap_or(head);
            let base = base.strip_suffix('ة').map_or(base.to_string(), |b| format!("{b}ت"));
            if base.chars().count() >= 3 {
                lex.possessed.extend(["ه", "ها", "هم", "نا"].iter().map(|p| format!("{base}{p}")));
            }
        }
        for w in lex.speakers.iter().chain(&lex.possessed) {
            lex.any_head.extend([w.clone(), format!("و{w}"), format!("ف{w}")]);
        }
        lex.adverb_starts = lex.adverbs.iter().map(|a| a[0].clone()).collect();
        Ok(lex)
    }

    fn add_verb(&mut self, cells: &[&str]) -> Result<(), String> {
        let cell = |i: usize| cells.get(i).copied().unwrap_or("").trim();
        let class = match cell(1) {
            "-" => None,
            c => Some(Class::from_name(c).ok_or_else(|| format!("unknown class {c:?}"))?),
        };
        if cell(2).is_empty() || cell(3).is_empty() {
            return Err("a verb needs its perfect and imperfect".into());
        }
        let flags = list(Some(cell(7)));
        let entry = Entry {
            class,
            lemma: cell(2).split('|').next().unwrap_or("").to_string(),
            preps: list(Some(cell(6))).into_iter().map(norm).collect(),
            light: flags.contains(&"light"),
            carrier: flags.contains(&"carrier"),
            nounlike: flags.contains(&"nounlike"),
            needs_prep: flags.contains(&"prep"),
            other_with: flags.iter().filter_map(|f| f.strip_prefix("other-with-")).map(norm).collect(),
            homographs: list(Some(cell(9))).into_iter().map(norm).collect(),
        };
        if entry.class.is_none() && !entry.light && !entry.carrier {
            return Err("a verb without a class must be light or a carrier".into());
        }
        let id = self.entries.len() as u16;
        self.entries.push(entry);
        let hit =
            |kind, imperfect| Hit { entry: id, kind, imperfect, proclitics: 0, enclitic: false, bare: false };
        let (p, short) = split_stem(cell(2));
        let (y, juss) = split_stem(cell(3));
        let mut add = |forms: Vec<String>, h: Hit, enclitics: bool| {
            for f in forms {
                if enclitics {
                    for e in with_enclitics(&f) {
                        self.words.entry(e).or_insert(Hit { enclitic: true, bare: false, ..h });
                    }
                }
                self.words.entry(f).or_insert(h);
            }
        };
        add(vec![p.clone()], Hit { bare: true, ..hit(Kind::Verb, false) }, true);
        add(perfect(&p, &short), hit(Kind::Verb, false), true);
        add(imperfect(&y, &juss), hit(Kind::Verb, true), true);
        add(list(Some(cell(8))).into_iter().map(norm).collect(), hit(Kind::Verb, false), true);
        for noun in list(Some(cell(4))) {
            let n = norm(noun);
            // A verbal noun with a pronoun (اعتماده، مطالبتها): its agent is the pronoun.
            add(with_enclitics(&n), Hit { enclitic: true, ..hit(Kind::Noun, false) }, false);
            add(noun_forms(&n), hit(Kind::Noun, false), false);
        }
        for part in list(Some(cell(5))) {
            let a = norm(part);
            let b = drop_last(&a).to_string();
            add(vec![format!("{b}ين"), a], hit(Kind::Participle, false), false);
        }
        Ok(())
    }

    /// The predicate `form` is, if any: its normalized form as a key, or
    /// under proclitics (and the article, for verbal nouns).
    pub fn lookup(&self, form: &Form) -> Option<Hit> {
        let w = form.norm.as_str();
        let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        if FOLDED_FUNCTION_WORDS.contains(&bare) && !form.segments.iter().any(|s| s.restored.contains('أ')) {
            return None;
        }
        if let Some(h) = self.words.get(w) {
            return Some(*h);
        }
        // Only the prefixes that start with the word's first letter are
        // tried: twenty-one string comparisons per form were a fifth of the stage.
        let first = w.chars().next()?;
        let may_start = |pre: &str| pre.starts_with(first);
        for pre in PROCLITICS.into_iter().filter(|p| may_start(p)) {
            if let Some(rest) = w.strip_prefix(pre) {
                if let Some(h) = self.words.get(rest) {
                    if h.kind == Kind::Verb && pre.ends_with('ب') {
                        continue;
                    }
                    if pre.ends_with("لل") {
                        continue;
                    }
                    return Some(Hit { proclitics: pre.chars().count() as u8, ..*h });
                }
            }
        }
        for pre in ARTICLES.into_iter().filter(|p| may_start(p)) {
            if let Some(rest) = w.strip_prefix(pre) {
                if let Some(h) = self.words.get(rest).filter(|h| h.kind == Kind::Noun && !h.enclitic) {
                    // After a contracted لل the act starts after the first ل.
                    let skip =
                        if pre.ends_with("لل") { pre.chars().count() - 1 } else { pre.chars().count() };
                    return Some(Hit { proclitics: skip as u8, ..*h });
                }
            }
        }
        None
    }

    /// The class noun `form` is, if any (قلقه, بالقلق, علما).
    pub fn class_noun(&self, form: &Form) -> Option<NounHit> {
        let w = form.norm.as_str();
        if let Some(c) = self.nouns.get(w) {
            return Some(NounHit { class: *c, proclitics: 0 });
        }
        for pre in ARTICLES.iter().chain(["ب", "و", "ل"].iter()) {
            if let Some(rest) = w.strip_prefix(pre) {
                if let Some(c) = self.nouns.get(rest) {
                    let skip =
                        if pre.ends_with("لل") { pre.chars().count() - 1 } else { pre.chars().count() };
                    return Some(NounHit { class: *c, proclitics: skip as u8 });
                }
            }
        }
        None
    }

    /// Whether `word` (normalized, proclitics stripped by the caller) is a head noun that can speak.
    pub fn is_speaker_head(&self, word: &str) -> bool {
        self.speakers.contains(word)
    }

    /// Whether `word` (normalized) is the first word of an adverb.
    pub fn may_start_adverb(&self, word: &str) -> bool {
        self.adverb_starts.contains(word)
    }

    /// Whether `word` (normalized) may be a head that can speak: a head or
    /// a head with a possessive pronoun, after و or ف or not.
    pub fn may_be_head(&self, word: &str) -> bool {
        self.any_head.contains(word)
    }

    /// Whether `word` (normalized, a conjunction stripped by the caller) is
    /// evidence rather than a speaker (الإحصاءات، الوقائع، مستندات).
    pub fn is_evidence(&self, word: &str) -> bool {
        self.evidence.contains(word)
    }

    /// Whether `word` is a head noun with a possessive pronoun (بلاده،
    /// حكومتها، وفدنا), which speaks like the head (STATEMENTS.md's
    /// «قال الوزير إن بلاده تدين»).
    pub fn is_speaker_head_with_pronoun(&self, word: &str) -> bool {
        self.possessed.contains(word)
    }

    /// How many distinct written forms the lexicon matches.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the lexicon has no form.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}
