//! Clitic segmentation: how a word splits into و + ال + stem + ه.
//!
//! Segments are spans relative to the word; together they rebuild it
//! exactly. Each carries its kind and its restored form (للمجلس → ل + ال +
//! مجلس), which is what the page teaches and what matching looks up.
//!
//! The decision is lexical, not only orthographic: a split is taken when
//! the stem it leaves is a word attested in real text often enough to pay
//! for the clitics it assumes (the generated `src/data/clitics-stems.tsv`).
//! Closed-class words that frequencies cannot decide (كما, مما, الله) are
//! listed in `src/data/clitics-fixed.tsv`. Where the lexicon is silent, the
//! stem's shape speaks (see `shape.rs`: a derived pattern after ب or ل, an
//! imperfect after س, a verb before its object ه), and one-word names from
//! the gazetteers keep their letters. Orthography decides a few cases
//! outright: و or ف before a written hamza-alef is the conjunction, and a
//! word opening with a bare ال takes the article, not a pronoun.
//!
//! How: every reading the letters allow is enumerated first (`reading.rs`),
//! then a named list of rules (`rules.rs`, listed by [`rules`]) rejects the
//! impossible ones, weighs the lexicon's evidence and scores the rest; the
//! best wins (`analyze.rs`). [`Lexicon::explain`] says which rule decided a
//! word. The work is a few hash lookups per distinct word.
//!
//! [`proclitics`] is the one list of proclitic sequences that the other
//! stages (the gazetteer, the entity rules, the concordance) match.

mod analyze;
mod explain;
mod letters;
mod lexicon;
pub mod proclitics;
mod reading;
mod rules;
mod shape;

pub use explain::{explain, Considered, Explanation};
pub use lexicon::{Lexicon, LexiconError};
pub use reading::ENCLITICS;

use crate::span::Span;
use analyze::{Off, Piece};
use letters::Letters;
use serde::Serialize;

/// The role of a segment inside a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// و ف ب ك ل س and their combinations.
    Proclitic,
    /// The definite article ال (or the ل left of it after ل).
    Article,
    /// The word itself, as a dictionary would list it.
    Stem,
    /// Attached pronouns: ه ها هم كم نا ي …
    Enclitic,
}

impl SegmentKind {
    /// Every kind, in discriminant order.
    pub const ALL: [SegmentKind; 4] =
        [SegmentKind::Proclitic, SegmentKind::Article, SegmentKind::Stem, SegmentKind::Enclitic];

    /// The name used in JSON and in the page.
    pub fn name(self) -> &'static str {
        match self {
            SegmentKind::Proclitic => "proclitic",
            SegmentKind::Article => "article",
            SegmentKind::Stem => "stem",
            SegmentKind::Enclitic => "enclitic",
        }
    }
}

/// One segment of a word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// Byte range relative to the start of the word.
    pub span: Span,
    /// Its role in the word.
    pub kind: SegmentKind,
    /// The segment as a dictionary would write it.
    pub restored: String,
}

/// How common `word` (search-folded) is as a free word in the lexicon's
/// sources: a log2 frequency bucket, 0 when unattested. The entity rules
/// read it to tell an ordinary word from a name they do not list.
pub fn frequency(word: &str) -> u8 {
    Lexicon::builtin_ref().bucket(word)
}

/// Whether `word` (search-folded) is a one-word name of the gazetteers.
pub fn is_listed_name(word: &str) -> bool {
    Lexicon::builtin_ref().is_name(word)
}

/// Splits an Arabic word with the built-in lexicon ([`Lexicon::builtin`]);
/// see [`Lexicon::segment`].
pub fn segment(word: &str) -> Vec<Segment> {
    Lexicon::builtin().segment(word)
}

impl Lexicon {
    /// Splits an Arabic word into segments whose spans rebuild `word`
    /// exactly, deciding with this lexicon.
    ///
    /// Anything that is not a plain Arabic word (digits, Latin, over
    /// 32 letters) comes back whole, as one stem.
    pub fn segment(&self, word: &str) -> Vec<Segment> {
        let Some(letters) = Letters::of(word).filter(|w| w.len() >= 2) else {
            return vec![Segment {
                span: Span::new(0, word.len()),
                kind: SegmentKind::Stem,
                restored: word.to_string(),
            }];
        };
        segments_of(word, &letters, analyze::analyze(&letters, self, Off::NONE, &mut ()))
    }
}

/// The segmenter's rules, in the order they run: name and kind (`listed`,
/// `reject`, `weigh`, `reject stem`, `score`, `tie`; see
/// `docs/ARCHITECTURE.md`, "Clitic segmentation").
pub fn rules() -> impl Iterator<Item = (&'static str, &'static str)> {
    rules::RULES.iter().map(|r| (r.name, r.step.kind()))
}

/// Segments in the notation of `tests/cases/clitics.tsv` and `bayan
/// segment`: `x+` a proclitic, `x~` the article, `+x` an enclitic, the stem
/// bare, each followed by `=restored` when its restored form differs from
/// its surface; separated by spaces (وللمجلس → `و+ ل+ ل~=ال مجلس`).
pub fn notation(word: &str, segments: &[Segment]) -> String {
    let mut out = String::new();
    for s in segments {
        if !out.is_empty() {
            out.push(' ');
        }
        let surface = s.span.of(word);
        match s.kind {
            SegmentKind::Proclitic => out.extend([surface, "+"]),
            SegmentKind::Enclitic => out.extend(["+", surface]),
            SegmentKind::Article => out.extend([surface, "~"]),
            SegmentKind::Stem => out.push_str(surface),
        }
        if s.restored != surface {
            out.extend(["=", &s.restored]);
        }
    }
    out
}

/// Pieces (letter indices) as segments of the surface `word`.
fn segments_of(word: &str, letters: &Letters, pieces: Vec<Piece>) -> Vec<Segment> {
    debug_assert!(letters.surface_at(letters.len()) == word.len());
    pieces
        .into_iter()
        .map(|p| Segment {
            span: Span::new(letters.surface_at(p.from), letters.surface_at(p.to)),
            kind: p.kind,
            restored: p.restored,
        })
        .collect()
}
