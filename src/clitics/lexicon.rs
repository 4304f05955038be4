//! The stems and exceptions the segmenter consults, parsed once from the
//! embedded TSV files.
//!
//! Letter rules alone split بلد into ب + لد and وزير into و + زير; what
//! prevents it is knowing which stems people write on their own, and how
//! often. `clitics-stems.tsv` is generated from real text by
//! scripts/clitic-lexicon.py; `clitics-fixed.tsv` lists the closed-class
//! words no frequency can decide.
//!
//! The stems file is compiled into the page's wasm, so it is front coded
//! (see [`stem_buckets`]): about 22 KB brotli for 11.3k stems, parsed into
//! owned keys once per lexicon (about 1.8 ms natively with the name lists).
//! The page's module holds the common stems only (5 KB brotli); the rare
//! ones arrive after its first highlight ([`Lexicon::add_rare_stems`]).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

const STEMS: &str = crate::data::CLITIC_STEMS;
const FIXED: &str = crate::data::CLITICS_FIXED;

/// Gazetteers whose one-word names must never lose a letter to a clitic
/// (بغداد is not ب + غداد, كمال not ك + مال, the month يوليه not يولي + ه).
/// They are embedded for the entity recognizer already, so reading them
/// here costs no page weight.
const NAME_LISTS: [&str; 5] = [
    crate::data::PLACES,
    crate::data::PLACES_EXTRA,
    crate::data::PERSONS,
    crate::data::NAME_PARTS,
    crate::data::MONTHS,
];

/// The built-in lexicon, parsed at first use: every stem natively, the
/// common ones alone in the page's build (src/data.rs).
static BUILTIN: OnceLock<Arc<Lexicon>> = OnceLock::new();
/// The page's built-in lexicon with the rare stems, once it has them
/// ([`Lexicon::add_rare_stems`]).
#[cfg(not(feature = "embedded-lists"))]
static WITH_RARE: OnceLock<Arc<Lexicon>> = OnceLock::new();

/// One segment of a fixed analysis, as written in `clitics-fixed.tsv`.
#[derive(Debug)]
pub struct FixedSegment {
    pub kind: super::SegmentKind,
    /// Folded surface letters it covers.
    pub surface: &'static str,
    /// The restored form, when it differs from the surface.
    pub restored: Option<&'static str>,
}

/// What the lexicon knows about one stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct StemInfo {
    /// log2 frequency bucket, 1..=15.
    bucket: u8,
    /// Whether the stem, folded to end in ي, is mostly written with ى.
    maqsura: bool,
}

/// What the segmenter knows: attested stems and their frequencies, the
/// closed-class words it reads from a list, and the one-word names that
/// keep their letters. Keyed by the `search` fold.
///
/// An [`Analyzer`](crate::Analyzer) holds one: the built-in lexicon
/// ([`Lexicon::builtin`]), or one with other stems
/// ([`Lexicon::with_stems`], as `bayan eval-seg --stems` scores a lexicon
/// counted without the text it is scored on).
#[derive(Debug)]
pub struct Lexicon {
    /// Stem → its frequency; owned, as the file stores stems front coded.
    stems: HashMap<Box<str>, StemInfo>,
    /// Word → its analysis, for closed-class words.
    fixed: HashMap<&'static str, Vec<FixedSegment>>,
    /// Stem → restored spelling before a pronoun (علي → على).
    restore: HashMap<&'static str, &'static str>,
    /// Folded one-word names from the gazetteers.
    names: HashSet<String>,
}

/// A stems file that could not be read: the line and what is wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LexiconError {
    /// A stem's frequency letter is not `a`–`o` (or `A`–`O`).
    BadBucket {
        /// The line, counting from 1.
        line: usize,
        /// The letter found.
        letter: char,
    },
    /// A line ends without a frequency letter after its stem.
    Unterminated {
        /// The line, counting from 1.
        line: usize,
    },
    /// The file has no stem at all.
    Empty,
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LexiconError::BadBucket { line, letter } => {
                write!(f, "line {line}: {letter:?} is not a frequency letter (a to o, or A to O)")
            }
            LexiconError::Unterminated { line } => {
                write!(f, "line {line}: a stem without its frequency letter")
            }
            LexiconError::Empty => write!(f, "no stems in the file"),
        }
    }
}

impl std::error::Error for LexiconError {}

impl Lexicon {
    /// The built-in lexicon, parsed once per process (about 1.8 ms
    /// natively) and shared: constant data, like the word lists. The page's
    /// build has the common stems only until [`Lexicon::add_rare_stems`].
    pub fn builtin() -> Arc<Lexicon> {
        Lexicon::builtin_ref().clone()
    }

    /// The shared built-in lexicon by reference: the entity rules ask it
    /// word by word, too often to pay for an `Arc` clone each time. In a
    /// build without the rare stems, the one with them once they are added.
    pub(crate) fn builtin_ref() -> &'static Arc<Lexicon> {
        #[cfg(not(feature = "embedded-lists"))]
        if let Some(full) = WITH_RARE.get() {
            return full;
        }
        BUILTIN.get_or_init(|| {
            let lexicon = Lexicon::with_stems(STEMS).expect("the built-in stems are valid (tests check it)");
            #[cfg(feature = "embedded-lists")]
            let lexicon =
                lexicon.and_stems(crate::data::WIDE_CLITIC_STEMS).expect("the rare stems are valid");
            Arc::new(lexicon)
        })
    }

    /// Adds the rare stems (`pkg/wide/clitics-stems.tsv`, the end of
    /// `src/data/clitics-stems.tsv`) to the built-in lexicon of a build that
    /// does not embed them, the page's: from then on [`Lexicon::builtin`]
    /// and the entity rules' word frequencies are what they are natively.
    /// Returns how many stems came. Refused with the reason, nothing
    /// changed, when the text is not a stems file, the stems were added
    /// already or the build embeds them.
    pub fn add_rare_stems(text: &str) -> Result<usize, String> {
        #[cfg(feature = "embedded-lists")]
        {
            let _ = text;
            Err("the rare stems are built in already".into())
        }
        #[cfg(not(feature = "embedded-lists"))]
        {
            if WITH_RARE.get().is_some() {
                return Err("the rare stems are loaded already".into());
            }
            let common = Lexicon::with_stems(STEMS).expect("the built-in stems are valid (tests check it)");
            let lexicon = common.and_stems(text).map_err(|e| e.to_string())?;
            let count = lexicon.stems.len() - Lexicon::builtin_ref().stems.len();
            WITH_RARE.set(Arc::new(lexicon)).map_err(|_| "the rare stems are loaded already")?;
            Ok(count)
        }
    }

    /// The built-in lexicon with `stems` (the front-coded format of
    /// `src/data/clitics-stems.tsv`, written by scripts/clitic-lexicon.py)
    /// instead of the built-in stems; the closed-class words and names
    /// stay.
    pub fn with_stems(stems: &str) -> Result<Lexicon, LexiconError> {
        let stems = stem_buckets(stems)?;
        let mut fixed = HashMap::new();
        let mut restore = HashMap::new();
        for (key, value) in data_lines(FIXED) {
            match key.strip_prefix('~') {
                Some(stem) => {
                    restore.insert(stem, value);
                }
                None => {
                    fixed.insert(key, value.split(' ').map(fixed_segment).collect());
                }
            }
        }
        Ok(Lexicon { stems, fixed, restore, names: names() })
    }

    /// This lexicon with the stems of `stems` (the format of
    /// [`Lexicon::with_stems`]) added: the rare ones after the common.
    fn and_stems(mut self, stems: &str) -> Result<Lexicon, LexiconError> {
        self.stems.extend(stem_buckets(stems)?);
        Ok(self)
    }

    /// The frequency bucket of `stem` as a free word; 0 when unattested.
    #[inline]
    pub(crate) fn bucket(&self, stem: &str) -> u8 {
        self.stems.get(stem).map_or(0, |s| s.bucket)
    }

    /// Whether `stem` (folded) is mostly written with a final ى (على,
    /// مستوى): the fold makes ي of it, and only the sources' spelling
    /// tells a word ending in a written ي (فعلي) from ف + على.
    #[inline]
    pub(crate) fn written_with_maqsura(&self, stem: &str) -> bool {
        self.stems.get(stem).is_some_and(|s| s.maqsura)
    }

    /// Whether the folded `word` is a one-word name from the gazetteers.
    #[inline]
    pub(crate) fn is_name(&self, word: &str) -> bool {
        self.names.contains(word)
    }

    pub(crate) fn fixed(&self, word: &str) -> Option<&[FixedSegment]> {
        self.fixed.get(word).map(Vec::as_slice)
    }

    pub(crate) fn restored_before_pronoun(&self, stem: &str) -> Option<&'static str> {
        self.restore.get(stem).copied()
    }
}

/// The one-word names of [`NAME_LISTS`], folded: places and persons, the
/// given and family names of name-parts.tsv (not its connectors, which
/// are words like بن and أبو) and the months.
fn names() -> HashSet<String> {
    let mut out = HashSet::new();
    for list in NAME_LISTS {
        for (surface, kind) in data_lines(list) {
            let kind = kind.split('\t').next().unwrap_or("");
            // Weekdays carry the article, which still splits off (السبت).
            let weekday = kind == "DATE" && surface.starts_with("ال");
            if surface.contains(' ') || kind == "connector" || weekday {
                continue;
            }
            if let Some(letters) = super::letters::Letters::of(surface) {
                out.insert(letters.folded);
            }
        }
    }
    out
}

/// Parses the front-coded stems file.
///
/// The file is compiled into the page's wasm, so it is front coded: in
/// code-point order (the common stems, then the rare ones after a comment
/// line, each part in that order), neighbouring stems share long prefixes (23 KB brotli
/// instead of 31 KB as one `stem<TAB>bucket` line each). Each stem is a
/// digit `1`-`9` (leading letters shared with the stem before it), its
/// remaining letters, and its bucket as one letter `a`-`o` (1-15), upper
/// case `A`-`O` when the stem is mostly written with a final ى. A stem
/// that shares nothing with the one before starts a new line, without the
/// digit. The keys are built once here; lookups borrow them as `&str`.
fn stem_buckets(text: &str) -> Result<HashMap<Box<str>, StemInfo>, LexiconError> {
    let mut out = HashMap::with_capacity(16_384);
    let mut previous = String::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty() && !l.starts_with('#')) {
        let line = line.trim_end_matches('\r');
        // Shared letters of the stem being read, and where its own begin.
        let (mut shared, mut start) = (0, 0);
        for (i, c) in line.char_indices() {
            if let Some(digit) = c.to_digit(10) {
                (shared, start) = (digit as usize, i + 1);
            } else if c.is_ascii_alphabetic() {
                let bucket = c.to_ascii_lowercase() as u8 - b'a' + 1;
                if bucket > 15 {
                    return Err(LexiconError::BadBucket { line: n + 1, letter: c });
                }
                let cut = previous.char_indices().nth(shared).map_or(previous.len(), |(at, _)| at);
                previous.truncate(cut);
                previous.push_str(&line[start..i]);
                out.insert(previous.as_str().into(), StemInfo { bucket, maqsura: c.is_ascii_uppercase() });
                (shared, start) = (0, i + 1);
            }
        }
        if start < line.len() {
            return Err(LexiconError::Unterminated { line: n + 1 });
        }
    }
    if out.is_empty() {
        return Err(LexiconError::Empty);
    }
    Ok(out)
}

/// `key<TAB>value` pairs, skipping comments and blank lines.
fn data_lines(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).filter_map(|l| l.split_once('\t'))
}

/// Parses `x+`, `+x`, `x~` or `x`, each optionally `=restored`.
fn fixed_segment(text: &'static str) -> FixedSegment {
    use super::SegmentKind::*;
    let (form, restored) = match text.split_once('=') {
        Some((form, restored)) => (form, Some(restored)),
        None => (text, None),
    };
    // The marker sits on the surface part, or after the restored form.
    let (restored, marker_after) = match restored {
        Some(r) if r.ends_with('+') || r.ends_with('~') => (Some(&r[..r.len() - 1]), &r[r.len() - 1..]),
        r => (r, ""),
    };
    let (kind, surface) = if let Some(s) = form.strip_suffix('+') {
        (Proclitic, s)
    } else if let Some(s) = form.strip_prefix('+') {
        (Enclitic, s)
    } else if let Some(s) = form.strip_suffix('~') {
        (Article, s)
    } else {
        (
            match marker_after {
                "+" => Proclitic,
                "~" => Article,
                _ => Stem,
            },
            form,
        )
    };
    FixedSegment { kind, surface, restored }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_front_coded() {
        // كتاب shares nothing with the line before; كتابة shares 4 letters
        // with it, كتب 2 with كتابة, كثير 1 with كتب; استقلاليتها shares 10
        // with استقلاليته, written as 9 (the cap) and its last two letters;
        // upper case: علي is mostly written على.
        let text = "# comment\nمنi\nكتابd4ةc2بe1ثيرf\nاستقلاليتهb9هاc\nعليM\n";
        let stems = stem_buckets(text).unwrap();
        let expect = [
            ("من", 9, false),
            ("كتاب", 4, false),
            ("كتابة", 3, false),
            ("كتب", 5, false),
            ("كثير", 6, false),
            ("استقلاليته", 2, false),
            ("استقلاليتها", 3, false),
            ("علي", 13, true),
        ];
        assert_eq!(stems.len(), expect.len());
        for (stem, bucket, maqsura) in expect {
            assert_eq!(stems.get(stem), Some(&StemInfo { bucket, maqsura }), "{stem}");
        }
    }

    #[test]
    fn bad_stems_files_are_refused_with_the_line() {
        let err = |text: &str| Lexicon::with_stems(text).unwrap_err().to_string();
        assert_eq!(err("منi\nكتابz\n"), "line 2: 'z' is not a frequency letter (a to o, or A to O)");
        assert_eq!(err("# stems\nمنi\nكتاب\n"), "line 3: a stem without its frequency letter");
        assert_eq!(err("# nothing\n\n"), "no stems in the file");
    }

    #[test]
    fn natively_the_rare_stems_are_built_in() {
        // ختامي is a rare stem (the page adds it after its first highlight).
        let bucket = Lexicon::builtin().bucket("ختامي");
        assert!((1..5).contains(&bucket), "{bucket}");
        assert!(stem_buckets(crate::data::WIDE_CLITIC_STEMS).unwrap().contains_key("ختامي"));
        assert!(!stem_buckets(STEMS).unwrap().contains_key("ختامي"));
        assert_eq!(Lexicon::add_rare_stems("منi\n"), Err("the rare stems are built in already".to_string()));
    }

    #[test]
    fn tables_parse() {
        let lex = Lexicon::builtin();
        assert!(lex.bucket("مجلس") > 5, "a common stem is attested");
        assert_eq!(lex.bucket("زير"), 0);
        assert_eq!(
            lex.stems.len(),
            [STEMS, crate::data::WIDE_CLITIC_STEMS]
                .iter()
                .flat_map(|part| part.lines())
                .filter(|l| !l.starts_with('#'))
                .flat_map(|l| l.matches(|c: char| c.is_ascii_alphabetic()))
                .count()
        );
        let mimma = lex.fixed("مما").expect("مما is listed");
        assert_eq!(mimma[0].kind, crate::clitics::SegmentKind::Proclitic);
        assert_eq!((mimma[0].surface, mimma[0].restored), ("م", Some("من")));
        assert_eq!(lex.restored_before_pronoun("علي"), Some("على"));
        assert!(lex.written_with_maqsura("علي") && !lex.written_with_maqsura("مجلس"));
        assert!(lex.is_name("بغداد"), "a place, folded");
        assert!(!lex.is_name("بن"), "a connector is not a name");
    }
}
