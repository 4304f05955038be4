//! Arabic character classes.
//!
//! Small predicates over `char`, written as range matches so they compile to
//! a few comparisons: they sit on the per-character hot path of every stage.

/// U+0640 ARABIC TATWEEL, the stretching stroke used to justify text.
pub const TATWEEL: char = '\u{0640}';

/// U+0670 ARABIC LETTER SUPERSCRIPT ALEF (the "dagger" alef): a long ā
/// written above the line, as in السمٰوات for السماوات.
pub const SUPERSCRIPT_ALEF: char = '\u{0670}';

/// Harakat, tanween, shadda and sukun (U+064B–U+0652): the marks a
/// diacritized text adds and an undiacritized one leaves out.
#[inline]
pub fn is_haraka(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}')
}

/// U+0654 / U+0655 hamza above / below as separate combining marks (the
/// decomposed spelling of أ إ ؤ ئ).
#[inline]
pub fn is_hamza_mark(c: char) -> bool {
    matches!(c, '\u{0654}' | '\u{0655}')
}

/// Quranic annotation marks U+06D6–U+06ED, except U+06E5/U+06E6 (small waw
/// and small yeh), which stand for letters.
#[inline]
pub fn is_quranic_mark(c: char) -> bool {
    matches!(c, '\u{06D6}'..='\u{06E4}' | '\u{06E7}'..='\u{06ED}')
}

/// The remaining combining marks of the Arabic blocks: honorific signs
/// U+0610–U+061A, maddah U+0653, U+0656–U+065F, and the marks of Arabic
/// Extended-A/B. They go with the harakat: none of them is a letter.
#[inline]
pub fn is_other_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{0653}' | '\u{0656}'..='\u{065F}' | '\u{0898}'..='\u{089F}'
        | '\u{08CA}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}')
}

/// Any Arabic combining mark: harakat, hamza marks, superscript alef,
/// Quranic and other marks. What "undiacritized" removes.
#[inline]
pub fn is_diacritic(c: char) -> bool {
    is_haraka(c) || is_hamza_mark(c) || c == SUPERSCRIPT_ALEF || is_quranic_mark(c) || is_other_arabic_mark(c)
}

/// A letter of the Arabic script (base letters of the Arabic, Arabic
/// Supplement and Extended-A blocks), not a mark, digit or punctuation.
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06E5}'..='\u{06E6}' | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0870}'..='\u{0887}'
        | '\u{0889}'..='\u{088E}' | '\u{08A0}'..='\u{08C9}' | '\u{FB50}'..='\u{FBB1}' | '\u{FBD3}'..='\u{FD3D}'
        | '\u{FD40}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FDFB}' | '\u{FDFD}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
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

/// The names reports and the page give to invisible and format characters,
/// sorted by code point: a person looking for a spoofed word needs to know
/// *which* character hides in it.
///
/// One spelling rule: Unicode's abbreviation (an alias of type
/// "abbreviation" in the UCD's NameAliases.txt) where there is one, else the
/// character's Unicode name. U+FEFF has two abbreviations, BOM and ZWNBSP:
/// inside a text (decoding strips a leading byte-order mark) it is a
/// zero-width no-break space, so ZWNBSP. The page's copy of this table,
/// `www/core-facts.js`, is generated from it (tests/page_facts.rs).
pub const CONTROL_NAMES: &[(char, &str)] = &[
    ('\u{0000}', "NUL"),
    ('\u{007F}', "DEL"),
    ('\u{00AD}', "SHY"),
    ('\u{034F}', "CGJ"),
    ('\u{061C}', "ALM"),
    ('\u{115F}', "HANGUL CHOSEONG FILLER"),
    ('\u{1160}', "HANGUL JUNGSEONG FILLER"),
    ('\u{180E}', "MVS"),
    ('\u{200B}', "ZWSP"),
    ('\u{200C}', "ZWNJ"),
    ('\u{200D}', "ZWJ"),
    ('\u{200E}', "LRM"),
    ('\u{200F}', "RLM"),
    ('\u{202A}', "LRE"),
    ('\u{202B}', "RLE"),
    ('\u{202C}', "PDF"),
    ('\u{202D}', "LRO"),
    ('\u{202E}', "RLO"),
    ('\u{2060}', "WJ"),
    ('\u{2061}', "FUNCTION APPLICATION"),
    ('\u{2062}', "INVISIBLE TIMES"),
    ('\u{2063}', "INVISIBLE SEPARATOR"),
    ('\u{2064}', "INVISIBLE PLUS"),
    ('\u{2066}', "LRI"),
    ('\u{2067}', "RLI"),
    ('\u{2068}', "FSI"),
    ('\u{2069}', "PDI"),
    ('\u{206A}', "INHIBIT SYMMETRIC SWAPPING"),
    ('\u{206B}', "ACTIVATE SYMMETRIC SWAPPING"),
    ('\u{206C}', "INHIBIT ARABIC FORM SHAPING"),
    ('\u{206D}', "ACTIVATE ARABIC FORM SHAPING"),
    ('\u{206E}', "NATIONAL DIGIT SHAPES"),
    ('\u{206F}', "NOMINAL DIGIT SHAPES"),
    ('\u{3164}', "HANGUL FILLER"),
    ('\u{FEFF}', "ZWNBSP"),
    ('\u{FFA0}', "HALFWIDTH HANGUL FILLER"),
    ('\u{FFF9}', "INTERLINEAR ANNOTATION ANCHOR"),
    ('\u{FFFA}', "INTERLINEAR ANNOTATION SEPARATOR"),
    ('\u{FFFB}', "INTERLINEAR ANNOTATION TERMINATOR"),
];

/// The name of an invisible or format character (see [`CONTROL_NAMES`]).
pub fn control_name(c: char) -> Option<&'static str> {
    CONTROL_NAMES.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| CONTROL_NAMES[i].1)
}

/// A character of the Arabic Presentation Forms blocks (A: U+FB50–U+FDFF,
/// B: U+FE70–U+FEFF), which the presentation-form table may decompose.
#[inline]
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The mark that closes a quotation opened by `open` («…», “…”, "…"): the
/// entity rules' QUOTE and quoted names and the statement rules' quoted
/// titles pair the same marks.
pub fn closing_quote(open: &str) -> Option<&'static str> {
    match open {
        "«" => Some("»"),
        "“" => Some("”"),
        "\"" => Some("\""),
        _ => None,
    }
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
        assert!(is_quranic_mark('\u{06D6}') && !is_quranic_mark('\u{06E5}'), "small waw is a letter");
        assert!(
            is_arabic_letter('\u{FEFB}') && !is_arabic_letter('\u{FD3E}'),
            "ornate parenthesis is punctuation"
        );
        assert!(CONTROL_NAMES.windows(2).all(|w| w[0].0 < w[1].0), "CONTROL_NAMES is sorted");
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_invisible_control(c)) {
            assert!(control_name(c).is_some(), "control {c:?} has no name");
        }
    }
}
