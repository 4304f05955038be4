//! Spans into the original text and conversion between offset units.
//!
//! Inside Rust every span is a half-open byte range into the original text.
//! At the edges the same positions are needed in other units: JavaScript
//! indexes strings in UTF-16 code units, Python and most users count Unicode
//! scalar values. [`OffsetCursor`] converts a rising sequence of byte offsets
//! in one pass, so converting every span of a document costs one walk over
//! the text rather than one walk per span.

use serde::Serialize;

/// A half-open byte range `start..end` into the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Its length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The slice of `text` this span covers.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The unit an offset is counted in outside Rust.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes, as Rust slices.
    Byte,
    /// Unicode scalar values, as Python indexes strings.
    Char,
    /// UTF-16 code units, as JavaScript indexes strings.
    Utf16,
}

impl OffsetUnit {
    /// How many units `c` counts for.
    #[inline]
    pub fn width(self, c: char) -> usize {
        match self {
            OffsetUnit::Byte => c.len_utf8(),
            OffsetUnit::Char => 1,
            OffsetUnit::Utf16 => c.len_utf16(),
        }
    }
}

impl std::str::FromStr for OffsetUnit {
    type Err = UnitError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "byte" => Ok(OffsetUnit::Byte),
            "char" => Ok(OffsetUnit::Char),
            "utf16" => Ok(OffsetUnit::Utf16),
            _ => Err(UnitError::Unknown(s.to_string())),
        }
    }
}

/// An offset unit that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnitError {
    /// The name is not `char`, `utf16` or `byte`.
    Unknown(String),
}

impl std::fmt::Display for UnitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UnitError::Unknown(name) => {
                write!(f, "unknown offset unit {name:?}: expected char, utf16 or byte")
            }
        }
    }
}

impl std::error::Error for UnitError {}

/// Converts byte offsets into another unit, walking the text once for a
/// rising sequence of offsets. Going backwards restarts the walk from the
/// beginning, so callers should ask in ascending order.
pub struct OffsetCursor<'t> {
    text: &'t str,
    unit: OffsetUnit,
    byte: usize,
    units: usize,
}

impl<'t> OffsetCursor<'t> {
    /// A cursor at the start of `text`, counting in `unit`.
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        OffsetCursor { text, unit, byte: 0, units: 0 }
    }

    /// The offset of byte position `byte` in this cursor's unit.
    ///
    /// # Panics
    /// If `byte` is out of bounds or not on a char boundary: spans that are
    /// not are a bug upstream, and hiding it here would corrupt every later
    /// offset.
    pub fn to_unit(&mut self, byte: usize) -> usize {
        assert!(self.text.is_char_boundary(byte), "offset {byte} is not a char boundary");
        if self.unit == OffsetUnit::Byte {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.units = 0;
        }
        // Bytes, not a str slice: both ends are known boundaries, and this
        // runs twice per token.
        let gap = &self.text.as_bytes()[self.byte..byte];
        self.units += count(gap, self.unit == OffsetUnit::Utf16);
        self.byte = byte;
        self.units
    }

    /// A span converted to this cursor's unit.
    pub fn span(&mut self, span: Span) -> (usize, usize) {
        (self.to_unit(span.start), self.to_unit(span.end))
    }
}

/// Characters in `bytes` (whole characters of UTF-8), counted eight bytes
/// at a time: every token's start and end are converted, so the whole text
/// is counted once per analysis, and byte by byte that was about 5 % of the
/// wasm pipeline's time. A character is a byte that is not a continuation
/// byte (`10xxxxxx`); with `utf16`, a four-byte one (`11110xxx`) counts two
/// UTF-16 units.
pub fn count(bytes: &[u8], utf16: bool) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        // Bit 7 of each byte, and (shifted up) its bits 6, 5 and 4.
        let continuation = w & !(w << 1) & HIGH;
        n += 8 - continuation.count_ones() as usize;
        if utf16 {
            n += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
        }
    }
    for &b in words.remainder() {
        n += usize::from((b as i8) >= -0x40) + usize::from(utf16 && b >= 0xF0);
    }
    n
}

/// The byte offset of UTF-16 position `unit` in `text`, if it falls on a
/// char boundary. Used where JavaScript hands a position back to Rust.
pub fn utf16_to_byte(text: &str, unit: usize) -> Option<usize> {
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        if units == unit {
            return Some(byte);
        }
        if units > unit {
            return None;
        }
        units += c.len_utf16();
    }
    (units == unit).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_mixed_text() {
        let text = "aب😀c";
        let mut utf16 = OffsetCursor::new(text, OffsetUnit::Utf16);
        let mut chars = OffsetCursor::new(text, OffsetUnit::Char);
        // byte offsets of each boundary: a=0, ب=1, 😀=3, c=7, end=8
        assert_eq!([0, 1, 3, 7, 8].map(|b| utf16.to_unit(b)), [0, 1, 2, 4, 5]);
        assert_eq!([0, 1, 3, 7, 8].map(|b| chars.to_unit(b)), [0, 1, 2, 3, 4]);
        assert_eq!(utf16.to_unit(3), 2, "going back restarts the walk");
        assert_eq!(utf16_to_byte(text, 4), Some(7));
        assert_eq!(utf16_to_byte(text, 3), None, "inside a surrogate pair");
    }

    #[test]
    fn counts_words_and_tails_alike() {
        // Longer than a word, astral characters across word edges.
        let text = "ab😀cd😀ب😀 مرحبا بالعالم 😀😀x";
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            let bytes = &text.as_bytes()[..end];
            assert_eq!(count(bytes, false), text[..end].chars().count(), "{end}");
            assert_eq!(count(bytes, true), text[..end].encode_utf16().count(), "{end}");
        }
    }
}
