//! A word as the segmenter sees it: its letters, folded, each tied to the
//! place in the surface string where it starts.
//!
//! Segmentation decides between letters; the surface keeps its diacritics,
//! tatweel and joiners, which stay with the letter before them, so segment
//! spans always rebuild the surface exactly.

use crate::normalize::{map_char, Options};

/// Words longer than this (in letters) are not segmented: no Arabic word
/// is, and the limit bounds the work on hostile input.
pub const MAX_LETTERS: usize = 32;

pub struct Letters {
    /// The `search` fold of the word.
    pub folded: String,
    /// `at[k]`: byte offset of letter `k` in `folded`; `at[n]` = its length.
    at: Vec<usize>,
    /// `surface[k]`: byte offset in the word where letter `k` starts;
    /// `surface[0]` = 0 and `surface[n]` = the word's length.
    surface: Vec<usize>,
    /// The letters as written (hamza forms and ى kept, marks dropped).
    pub original: Vec<char>,
    /// Whether the word ends in tanween (ً ٌ ٍ).
    pub tanween: bool,
    /// Whether that tanween is the genitive's (ٍ), which a noun takes after
    /// a preposition: كمغنٍ, بمبلغٍ.
    pub genitive: bool,
}

impl Letters {
    /// The letters of `word`, or `None` when it is not a plain Arabic word
    /// this segmenter should touch (too long, or not only Arabic).
    pub fn of(word: &str) -> Option<Letters> {
        let mut letters = Letters {
            folded: String::with_capacity(word.len()),
            at: Vec::with_capacity(16),
            surface: Vec::with_capacity(16),
            original: Vec::with_capacity(16),
            tanween: false,
            genitive: false,
        };
        for (i, c) in word.char_indices() {
            let Some(f) = map_char(c, &Options::SEARCH) else { continue };
            if !crate::chars::is_arabic_letter(c) || letters.original.len() == MAX_LETTERS {
                return None;
            }
            letters.at.push(letters.folded.len());
            letters.surface.push(if letters.original.is_empty() { 0 } else { i });
            letters.folded.push(f);
            letters.original.push(c);
        }
        letters.at.push(letters.folded.len());
        letters.surface.push(word.len());
        let tail = &word[letters.surface[letters.original.len().saturating_sub(1)]..];
        letters.tanween = tail.contains(['\u{064B}', '\u{064C}', '\u{064D}']);
        letters.genitive = tail.contains('\u{064D}');
        Some(letters)
    }

    pub fn len(&self) -> usize {
        self.original.len()
    }

    /// The folded letters `from..to`.
    #[inline]
    pub fn fold(&self, from: usize, to: usize) -> &str {
        &self.folded[self.at[from]..self.at[to]]
    }

    /// Byte offset in the surface word of the boundary before letter `k`.
    #[inline]
    pub fn surface_at(&self, k: usize) -> usize {
        self.surface[k]
    }

    /// The original letters `from..to`, without marks: the restored form of
    /// a stem.
    pub fn written(&self, from: usize, to: usize) -> String {
        self.original[from..to].iter().collect()
    }

    /// Folded letter `k`.
    #[inline]
    pub fn char_at(&self, k: usize) -> char {
        self.fold(k, k + 1).chars().next().unwrap_or('\0')
    }
}
