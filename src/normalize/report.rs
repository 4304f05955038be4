//! What normalization changed: the edits, counts per operation and the
//! invisible controls found. This is the data behind a "what changed" view
//! and behind spotting spoofed text.

use super::options::Op;
use crate::span::Span;
use serde::Serialize;

/// One change: the original span, where its replacement sits in the
/// normalized text (empty for a deletion), and the operation that made it.
/// A change that chains (ۃ → ة → ه, ﺃ → أ → ا) is one edit, credited to
/// the first operation of the chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// Byte range in the original text.
    pub span: Span,
    /// Byte range of the replacement in the normalized text.
    pub out: Span,
    /// The operation that made it.
    pub op: Op,
}

/// An invisible zero-width or bidi control found in the original, whether
/// or not the options removed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Control {
    /// Byte range in the original text.
    pub span: Span,
    /// The control character.
    pub ch: char,
    /// The usual abbreviation: "RLM", "ZWNJ", "RLO", …
    pub name: &'static str,
}

/// How many edits each operation made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts([usize; Op::COUNT]);

impl Counts {
    /// The edits `op` made.
    pub fn get(&self, op: Op) -> usize {
        self.0[op as usize]
    }

    pub(super) fn add(&mut self, op: Op) {
        self.0[op as usize] += 1;
    }

    /// Operations that made at least one edit, with their counts.
    pub fn nonzero(&self) -> impl Iterator<Item = (Op, usize)> + '_ {
        Op::ALL.into_iter().map(|op| (op, self.get(op))).filter(|(_, n)| *n > 0)
    }

    /// Every edit.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }
}

/// Counts serialize as `{ "diacritics": 12, … }`, operations with no edit left out.
impl Serialize for Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.nonzero().map(|(op, n)| (op.name(), n)))
    }
}
