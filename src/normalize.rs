//! Normalization: one option per operation, named presets, and an offset map.
//!
//! Normalization never replaces the original text. It produces *forms*: the
//! normalized text plus a map from every position of it back to the
//! original, so that anything found in a form can be shown in the original.

use crate::chars::{self, TATWEEL};
use serde::Serialize;

/// Which operations to apply. Each flag is one operation, on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
    pub diacritics: bool,
    /// Remove tatweel (U+0640).
    pub tatweel: bool,
    /// أ إ آ ٱ → ا
    pub alef: bool,
    /// ى → ي
    pub alef_maqsura: bool,
    /// ة → ه. Off in `search`: ة marks the feminine and is rarely misspelled
    /// in edited text, while folding it merges words such as مدينة/مدينه
    /// only at the cost of also merging real pairs (e.g. عامة/عامه).
    pub teh_marbuta: bool,
    /// Arabic-Indic and Extended Arabic-Indic digits → ASCII.
    pub digits: bool,
    /// Remove zero-width and bidi controls.
    pub controls: bool,
}

impl Options {
    /// Nothing destructive: only invisible controls go.
    pub const DISPLAY: Options = Options {
        diacritics: false,
        tatweel: false,
        alef: false,
        alef_maqsura: false,
        teh_marbuta: false,
        digits: false,
        controls: true,
    };

    /// What matching uses: spelling variation that does not change the word
    /// is folded away.
    pub const SEARCH: Options = Options {
        diacritics: true,
        tatweel: true,
        alef: true,
        alef_maqsura: true,
        teh_marbuta: false,
        digits: true,
        controls: true,
    };

    /// Everything, including teh marbuta.
    pub const STRICT: Options = Options { teh_marbuta: true, ..Options::SEARCH };

    /// The named presets, for the CLI, the page and documentation.
    pub const PRESETS: [(&'static str, Options); 3] =
        [("display", Options::DISPLAY), ("search", Options::SEARCH), ("strict", Options::STRICT)];

    /// The preset called `name`.
    pub fn preset(name: &str) -> Option<Options> {
        Self::PRESETS.iter().find(|(n, _)| *n == name).map(|(_, o)| *o)
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::SEARCH
    }
}

/// Normalized text and the way back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` is the byte offset in the original of byte `i` of `text`;
    /// `map[text.len()]` is the original's length. Monotone.
    pub map: Vec<usize>,
}

/// What one character becomes under `opts`: `None` to delete it.
#[inline]
pub fn map_char(c: char, opts: &Options) -> Option<char> {
    if (opts.diacritics && chars::is_diacritic(c))
        || (opts.tatweel && c == TATWEEL)
        || (opts.controls && chars::is_invisible_control(c))
    {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' if opts.alef => 'ا',
        'ى' if opts.alef_maqsura => 'ي',
        'ة' if opts.teh_marbuta => 'ه',
        _ if opts.digits => match chars::arabic_digit_value(c) {
            Some(d) => char::from(b'0' + d as u8),
            None => c,
        },
        _ => c,
    })
}

/// Appends the normalized form of `src` to `out`, without an offset map.
/// This is the per-token fast path.
pub fn normalize_into(src: &str, opts: &Options, out: &mut String) {
    out.extend(src.chars().filter_map(|c| map_char(c, opts)));
}

/// Normalizes `text` and keeps the map back to it.
pub fn normalize(text: &str, opts: &Options) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        if let Some(n) = map_char(c, opts) {
            out.push(n);
            map.extend(std::iter::repeat_n(at, n.len_utf8()));
        }
    }
    map.push(text.len());
    Normalized { text: out, map }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_folds_spelling() {
        let n = normalize("إِسطنبـــول ٢٠١٦", &Options::SEARCH);
        assert_eq!(n.text, "اسطنبول 2016");
        assert_eq!(n.map.len(), n.text.len() + 1);
        assert!(n.map.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn display_keeps_letters() {
        assert_eq!(normalize("مَدينة\u{200F}", &Options::DISPLAY).text, "مَدينة");
    }
}
