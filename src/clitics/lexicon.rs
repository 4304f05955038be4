//! The stems and exceptions the segmenter consults, parsed once from the
//! embedded TSV files.
//!
//! Letter rules alone split بلد into ب + لد and وزير into و + زير; what
//! prevents it is knowing which stems people write on their own, and how
//! often. `clitics-stems.tsv` is generated from real text by
//! scripts/clitic-lexicon.py; `clitics-fixed.tsv` lists the closed-class
//! words no frequency can decide.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const STEMS: &str = crate::data::CLITIC_STEMS;
const FIXED: &str = crate::data::CLITICS_FIXED;

/// Gazetteers whose one-word names must never lose a letter to a clitic
/// (بغداد is not ب + غداد, كمال not ك + مال). They are embedded for the
/// entity recognizer already, so reading them here costs no page weight.
const NAME_LISTS: [&str; 4] =
    [crate::data::PLACES, crate::data::PLACES_EXTRA, crate::data::PERSONS, crate::data::NAME_PARTS];

/// One segment of a fixed analysis, as written in `clitics-fixed.tsv`.
#[derive(Debug)]
pub struct FixedSegment {
    pub kind: super::SegmentKind,
    /// Folded surface letters it covers.
    pub surface: &'static str,
    /// The restored form, when it differs from the surface.
    pub restored: Option<&'static str>,
}

/// Both tables, keyed by the `search` fold.
pub struct Lexicon {
    /// Stem → log2 frequency bucket (1..=15).
    stems: HashMap<&'static str, u8>,
    /// Word → its analysis, for closed-class words.
    fixed: HashMap<&'static str, Vec<FixedSegment>>,
    /// Stem → restored spelling before a pronoun (علي → على).
    restore: HashMap<&'static str, &'static str>,
    /// Folded one-word names from the gazetteers.
    names: HashSet<String>,
}

impl Lexicon {
    /// The built-in lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::parse)
    }

    fn parse() -> Lexicon {
        let stems = stem_buckets(STEMS);
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
        Lexicon { stems, fixed, restore, names: names() }
    }

    /// The frequency bucket of `stem` as a free word; 0 when unattested.
    #[inline]
    pub fn bucket(&self, stem: &str) -> u8 {
        self.stems.get(stem).copied().unwrap_or(0)
    }

    /// Whether the folded `word` is a one-word name from the gazetteers.
    #[inline]
    pub fn is_name(&self, word: &str) -> bool {
        self.names.contains(word)
    }

    pub fn fixed(&self, word: &str) -> Option<&[FixedSegment]> {
        self.fixed.get(word).map(Vec::as_slice)
    }

    pub fn restored_before_pronoun(&self, stem: &str) -> Option<&'static str> {
        self.restore.get(stem).copied()
    }
}

/// The one-word names of [`NAME_LISTS`], folded: places and persons, and
/// the given and family names of name-parts.tsv (not its connectors, which
/// are words like بن and أبو).
fn names() -> HashSet<String> {
    let mut out = HashSet::new();
    for list in NAME_LISTS {
        for (surface, kind) in data_lines(list) {
            let kind = kind.split('\t').next().unwrap_or("");
            if surface.contains(' ') || kind == "connector" {
                continue;
            }
            if let Some(letters) = super::letters::Letters::of(surface) {
                out.insert(letters.folded);
            }
        }
    }
    out
}

/// The stems file: `stem<TAB>bucket` opens a group, and each bare `stem`
/// line after it has the same bucket (writing it once per group keeps the
/// embedded file smaller).
fn stem_buckets(text: &'static str) -> HashMap<&'static str, u8> {
    let mut bucket = 0;
    let mut out = HashMap::with_capacity(16_384);
    for line in text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let stem = match line.split_once('\t') {
            Some((stem, value)) => {
                bucket = value.parse().unwrap_or(0);
                stem
            }
            None => line,
        };
        if bucket > 0 {
            out.insert(stem, bucket);
        }
    }
    out
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
    fn tables_parse() {
        let lex = Lexicon::get();
        assert!(lex.bucket("مجلس") > 5, "a common stem is attested");
        assert_eq!(lex.bucket("زير"), 0);
        let grouped = stem_buckets("# comment\nمن\t9\nفي\nكتاب\t4\nقلم\n");
        assert_eq!((grouped["من"], grouped["في"], grouped["كتاب"], grouped["قلم"]), (9, 9, 4, 4));
        let mimma = lex.fixed("مما").expect("مما is listed");
        assert_eq!(mimma[0].kind, crate::clitics::SegmentKind::Proclitic);
        assert_eq!((mimma[0].surface, mimma[0].restored), ("م", Some("من")));
        assert_eq!(lex.restored_before_pronoun("علي"), Some("على"));
        assert!(lex.is_name("بغداد"), "a place, folded");
        assert!(!lex.is_name("بن"), "a connector is not a name");
    }
}
