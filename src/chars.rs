//! Arabic character classes.
//!
//! Small predicates over `char`, written as range matches so they compile to
//! a few comparisons: they sit on the per-character hot path of every stage.

/// U+0640 ARABIC TATWEEL, the stretching stroke used to justify text.
pub const TATWEEL: char = '\u{0640}';

/// Harakat, tanween, shadda, sukun and the other combining marks of the
/// Arabic block (U+064B–U+065F), the superscript alef U+0670 and the Quranic
/// annotation marks U+06D6–U+06ED (except the two that are letters).
#[inline]
pub fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
        || (matches!(c, '\u{06D6}'..='\u{06ED}') && !matches!(c, '\u{06E5}' | '\u{06E6}'))
}

/// A letter of the Arabic script (base letters of the Arabic, Arabic
/// Supplement and Extended-A blocks), not a mark, digit or punctuation.
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06E5}'..='\u{06E6}' | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// A character that continues an Arabic word: letters, marks and tatweel.
#[inline]
pub fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_diacritic(c) || c == TATWEEL
}

/// Arabic-Indic (٠–٩) or Extended Arabic-Indic (۰–۹) digit value.
#[inline]
pub fn arabic_digit_value(c: char) -> Option<u32> {
    match c {
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// Any decimal digit Bayan reads as part of a number.
#[inline]
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || arabic_digit_value(c).is_some()
}

/// Zero-width and bidirectional formatting controls: invisible, and the
/// usual means of spoofing text (Trojan Source).
#[inline]
pub fn is_invisible_control(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!("بيانً".chars().all(is_arabic_word_char));
        assert!(is_diacritic('\u{064E}') && is_diacritic('\u{0670}'));
        assert!(!is_diacritic('ا') && is_arabic_letter('ا'));
        assert_eq!(arabic_digit_value('٣'), Some(3));
        assert!(is_invisible_control('\u{202E}'));
    }
}
