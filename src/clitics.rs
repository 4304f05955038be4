//! Clitic segmentation: how a word splits into و + ال + stem + ه.
//!
//! Segments are spans relative to the word; together they rebuild it
//! exactly. Each carries its kind and its restored form (للمجلس → ل + ال +
//! مجلس), which is what the page teaches and what matching looks up.

use crate::span::Span;
use serde::Serialize;

/// The role of a segment inside a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// و ف ب ك ل س and their combinations.
    Proclitic,
    /// The definite article ال (or the ل left of it after ل).
    Article,
    Stem,
    /// Attached pronouns: ه ها هم كم نا ي …
    Enclitic,
}

impl SegmentKind {
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
    pub kind: SegmentKind,
    /// The segment as a dictionary would write it.
    pub restored: String,
}

/// Splits an Arabic word into segments.
///
/// Not yet segmenting: the whole word is one stem.
pub fn segment(word: &str) -> Vec<Segment> {
    vec![Segment { span: Span::new(0, word.len()), kind: SegmentKind::Stem, restored: word.to_string() }]
}
