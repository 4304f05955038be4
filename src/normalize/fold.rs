//! What one character becomes under the options: the per-character table of
//! every context-free operation. (Number separators depend on the digits
//! around them; the driver in `mod.rs` handles them.)

use super::options::{Op, Options};
use super::presentation::PRESENTATION_FORMS;
use crate::chars::{self, SUPERSCRIPT_ALEF, TATWEEL};

/// The fate of one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fold {
    Keep,
    Delete(Op),
    /// Replaced by one character, already folded as far as it goes.
    To(char, Op),
    /// Replaced by several characters, each still to be folded.
    Expand(&'static str, Op),
}

/// Folds `c` completely: chains such as ۃ → ة → ه run to the end, so the
/// result is a fixed point and normalizing twice equals normalizing once.
#[inline]
pub(super) fn fold(c: char, o: &Options) -> Fold {
    if c.is_ascii() {
        // The hot path: only one operation touches ASCII.
        return match c {
            '0'..='9' if o.digits_to_arabic && !o.digits => {
                To(arabic_indic(c as u32 - '0' as u32), Op::DigitsToArabic)
            }
            _ => Fold::Keep,
        };
    }
    // The other hot path: Arabic letters that no operation touches.
    if matches!(c, '\u{0627}' | '\u{0628}' | '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}') {
        return Fold::Keep;
    }
    match step(c, o) {
        Fold::To(mut to, op) => loop {
            match step(to, o) {
                Fold::To(next, _) => to = next,
                // ﹶ → َ, and the mark goes too.
                Fold::Delete(_) => return Fold::Delete(op),
                _ => return Fold::To(to, op),
            }
        },
        other => other,
    }
}

use Fold::To;

fn arabic_indic(d: u32) -> char {
    char::from_u32(0x0660 + d).unwrap_or('٠')
}

/// One operation's worth of change to `c` (non-ASCII).
fn step(c: char, o: &Options) -> Fold {
    let delete = |on: bool, op: Op| if on { Fold::Delete(op) } else { Fold::Keep };
    let to = |on: bool, to: char, op: Op| if on { To(to, op) } else { Fold::Keep };
    match c {
        _ if chars::is_haraka(c) || chars::is_other_arabic_mark(c) => delete(o.diacritics, Op::Diacritics),
        SUPERSCRIPT_ALEF if o.dagger_alef_to_alef => To('ا', Op::DaggerAlefToAlef),
        SUPERSCRIPT_ALEF => delete(o.dagger_alef, Op::DaggerAlef),
        _ if chars::is_quranic_mark(c) => delete(o.quranic_marks, Op::QuranicMarks),
        _ if chars::is_hamza_mark(c) => delete(o.hamza_marks, Op::HamzaMarks),
        TATWEEL => delete(o.tatweel, Op::Tatweel),
        'أ' | 'إ' | 'آ' | 'ٱ' => to(o.alef, 'ا', Op::Alef),
        'ى' => to(o.alef_maqsura, 'ي', Op::AlefMaqsura),
        'ة' => to(o.teh_marbuta, 'ه', Op::TehMarbuta),
        'ؤ' => to(o.hamza_carriers, 'و', Op::HamzaCarriers),
        'ئ' => to(o.hamza_carriers, 'ي', Op::HamzaCarriers),
        'ک' | 'ڪ' => to(o.persian_letters, 'ك', Op::PersianLetters),
        'ی' => to(o.persian_letters, 'ي', Op::PersianLetters),
        'ہ' | 'ۀ' | 'ە' => to(o.persian_letters, 'ه', Op::PersianLetters),
        'ۃ' => to(o.persian_letters, 'ة', Op::PersianLetters),
        '\u{0660}'..='\u{0669}' => to(o.digits, char::from(b'0' + (c as u32 - 0x0660) as u8), Op::Digits),
        '\u{06F0}'..='\u{06F9}' if o.digits => To(char::from(b'0' + (c as u32 - 0x06F0) as u8), Op::Digits),
        '\u{06F0}'..='\u{06F9}' => {
            to(o.digits_to_arabic, arabic_indic(c as u32 - 0x06F0), Op::DigitsToArabic)
        }
        _ if chars::is_invisible_control(c) => delete(o.controls, Op::Controls),
        _ => variant(c, o),
    }
}

/// Whitespace, punctuation and presentation-form variants of `c`, if on.
fn variant(c: char, o: &Options) -> Fold {
    let found = if o.whitespace { whitespace(c).map(|s| (s, Op::Whitespace)) } else { None }
        .or_else(|| if o.punctuation { punctuation(c).map(|s| (s, Op::Punctuation)) } else { None })
        .or_else(|| {
            if o.presentation_forms && chars::is_presentation_form(c) {
                presentation_form(c).map(|s| (s, Op::PresentationForms))
            } else {
                None
            }
        });
    found.map_or(Fold::Keep, |(s, op)| expand(s, op))
}

/// A one-character replacement as `To`, so that it can chain; longer ones as `Expand`.
fn expand(s: &'static str, op: Op) -> Fold {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => To(c, op),
        _ => Fold::Expand(s, op),
    }
}

/// Space variants → one space; line and paragraph separators → newlines,
/// which is what the sentence splitter and every text tool understand.
fn whitespace(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        '\u{0085}' | '\u{2028}' => "\n",
        '\u{2029}' => "\n\n",
        _ => return None,
    })
}

/// Punctuation variants → one form each. Arabic ، ؛ ؟ are the standard
/// forms in Arabic text and stay; ٫ ٬ belong to numbers (number_separators).
fn punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '«' | '»' | '“' | '”' | '„' | '‟' | '″' | '〝' | '〞' => "\"",
        '‘' | '’' | '‚' | '‛' | '′' => "'",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '…' => "...",
        '۔' => ".",
        '٪' => "%",
        '٭' => "*",
        '؍' => "/",
        // In Unicode ≥ 14 U+FD3F opens and U+FD3E closes (Quranic usage).
        '\u{FD3F}' => "(",
        '\u{FD3E}' => ")",
        '！' => "!",
        '？' => "?",
        '，' => ",",
        '．' => ".",
        '：' => ":",
        '；' => ";",
        '（' => "(",
        '）' => ")",
        _ => return None,
    })
}

/// The base letters of a presentation form, from the generated table.
fn presentation_form(c: char) -> Option<&'static str> {
    PRESENTATION_FORMS.binary_search_by_key(&c, |(k, _)| *k).ok().map(|i| PRESENTATION_FORMS[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(PRESENTATION_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn chains_reach_a_fixed_point() {
        let o = Options::STRICT;
        assert_eq!(fold('ۃ', &o), To('ه', Op::PersianLetters), "ۃ → ة → ه");
        assert_eq!(fold('ﻷ', &o), Fold::Expand("\u{0644}\u{0623}", Op::PresentationForms));
        assert_eq!(fold('ﺃ', &o), To('ا', Op::PresentationForms), "ﺃ → أ → ا");
    }
}
