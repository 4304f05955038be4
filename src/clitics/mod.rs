//! Clitic segmentation: how a word splits into و + ال + stem + ه.
//!
//! Segments are spans relative to the word; together they rebuild it
//! exactly. Each carries its kind and its restored form (للمجلس → ل + ال +
//! مجلس), which is what the page teaches and what matching looks up.
//!
//! The decision is lexical, not only orthographic: a split is taken when
//! the stem it leaves is a word attested in real text often enough to pay
//! for the clitics it assumes (see `analyze.rs` and the generated
//! `src/data/clitics-stems.tsv`). Closed-class words that frequencies
//! cannot decide (كما, مما, الله) are listed in `src/data/clitics-fixed.tsv`.
//! Where the lexicon is silent, the stem's shape speaks (see `shape.rs`: a
//! derived pattern after ب or ل, an imperfect after س, a verb before its
//! object ه), and one-word names from the gazetteers keep their letters.
//! Orthography decides a few cases outright: و or ف before a written
//! hamza-alef is the conjunction, and a word opening with a bare ال takes
//! the article, not a pronoun.
//! The work is a few hash lookups per distinct word.

mod analyze;
mod letters;
mod lexicon;
mod shape;

pub use lexicon::{Lexicon, LexiconError};

use crate::span::Span;
use analyze::Piece;
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
        let whole = || {
            vec![Segment {
                span: Span::new(0, word.len()),
                kind: SegmentKind::Stem,
                restored: word.to_string(),
            }]
        };
        let Some(letters) = Letters::of(word) else { return whole() };
        if letters.len() < 2 {
            return whole();
        }
        let pieces = fixed(&letters, self).unwrap_or_else(|| analyze::analyze(&letters, self));
        pieces
            .into_iter()
            .map(|p| Segment {
                span: Span::new(letters.surface_at(p.from), letters.surface_at(p.to)),
                kind: p.kind,
                restored: p.restored,
            })
            .collect()
    }
}

/// The listed analysis of the word, or of the word after a و/ف.
fn fixed(w: &Letters, lex: &Lexicon) -> Option<Vec<Piece>> {
    let conj = usize::from(matches!(w.char_at(0), 'و' | 'ف'));
    let (p, listed) = std::iter::once(0)
        .chain((conj == 1).then_some(1))
        .find_map(|p| Some((p, lex.fixed(w.fold(p, w.len()))?)))?;
    let mut out = Vec::with_capacity(listed.len() + 1);
    if p == 1 {
        out.push(Piece { kind: SegmentKind::Proclitic, from: 0, to: 1, restored: w.written(0, 1) });
    }
    let mut at = p;
    for seg in listed {
        let to = at + seg.surface.chars().count();
        let restored = seg.restored.map_or_else(|| w.written(at, to), str::to_string);
        out.push(Piece { kind: seg.kind, from: at, to, restored });
        at = to;
    }
    (at == w.len()).then_some(out)
}
