//! Transliteration: Buckwalter (exact, reversible) and a readable
//! romanization for students.
//!
//! **Buckwalter** maps each Arabic letter and mark to one ASCII character,
//! so it round-trips exactly: `from_buckwalter(&to_buckwalter(t)) == t` for
//! any `t` that does not itself contain the ASCII characters Buckwalter
//! uses for letters (Latin letters and `' | > & < } * $ _ ~ ` {`); digits,
//! spaces and Arabic punctuation pass through both ways.
//!
//! **Romanization** follows ALA-LC without special characters: long and
//! short vowels are both plain (ā → a), ع and ء are both `'`, emphatics are
//! plain (ḥ → h). Shadda doubles the consonant, ة is `a`, word-final case
//! vowels and nunation are dropped except -an, the article is `al-` and
//! assimilates before sun letters (ash-shams). Vowels come from the
//! diacritics: an undiacritized word gives its consonants and long vowels
//! only (المتحدة → al-mthda), which is all the spelling says. A stem's first
//! و or ي is a consonant, after the article too (الوفد → al-wfd).
//!
//! ```
//! use bayan::translit::{from_buckwalter, romanize, to_buckwalter};
//! assert_eq!(to_buckwalter("كَتَبَ"), "kataba");
//! assert_eq!(from_buckwalter("kataba"), "كَتَبَ");
//! assert_eq!(romanize("الأُمَمُ المُتَّحِدَةُ"), "al-umam al-muttahida");
//! assert_eq!(romanize("الشَّمْسُ"), "ash-shams");
//! ```

use crate::chars;
use crate::normalize::{self, Options};
use crate::tokenize::{self, TokenKind};

/// Arabic → Buckwalter, one character for one.
fn bw_of(c: char) -> Option<char> {
    Some(match c {
        'ء' => '\'',
        'آ' => '|',
        'أ' => '>',
        'ؤ' => '&',
        'إ' => '<',
        'ئ' => '}',
        'ا' => 'A',
        'ب' => 'b',
        'ة' => 'p',
        'ت' => 't',
        'ث' => 'v',
        'ج' => 'j',
        'ح' => 'H',
        'خ' => 'x',
        'د' => 'd',
        'ذ' => '*',
        'ر' => 'r',
        'ز' => 'z',
        'س' => 's',
        'ش' => '$',
        'ص' => 'S',
        'ض' => 'D',
        'ط' => 'T',
        'ظ' => 'Z',
        'ع' => 'E',
        'غ' => 'g',
        'ـ' => '_',
        'ف' => 'f',
        'ق' => 'q',
        'ك' => 'k',
        'ل' => 'l',
        'م' => 'm',
        'ن' => 'n',
        'ه' => 'h',
        'و' => 'w',
        'ى' => 'Y',
        'ي' => 'y',
        'ً' => 'F',
        'ٌ' => 'N',
        'ٍ' => 'K',
        'َ' => 'a',
        'ُ' => 'u',
        'ِ' => 'i',
        'ّ' => '~',
        'ْ' => 'o',
        'ٰ' => '`',
        'ٱ' => '{',
        'پ' => 'P',
        'چ' => 'J',
        'ڤ' => 'V',
        'گ' => 'G',
        _ => return None,
    })
}

/// The characters Buckwalter gives a meaning to, in the order of [`bw_of`].
const ARABIC: &str = "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٱپچڤگ";

/// Buckwalter → Arabic: the inverse of [`bw_of`].
fn arabic_of(b: char) -> Option<char> {
    if !b.is_ascii() {
        return None;
    }
    ARABIC.chars().find(|&c| bw_of(c) == Some(b))
}

/// The Buckwalter transliteration of `text`; other characters pass through.
pub fn to_buckwalter(text: &str) -> String {
    text.chars().map(|c| bw_of(c).unwrap_or(c)).collect()
}

/// Arabic script from Buckwalter; other characters pass through.
pub fn from_buckwalter(text: &str) -> String {
    let mut table = [None; 128];
    for c in ARABIC.chars() {
        if let Some(b) = bw_of(c) {
            table[b as usize] = Some(c);
        }
    }
    debug_assert!(ARABIC.chars().all(|c| bw_of(c).and_then(arabic_of) == Some(c)));
    text.chars().map(|b| if b.is_ascii() { table[b as usize].unwrap_or(b) } else { b }).collect()
}

/// Whether Buckwalter round-trips `text` exactly: it holds no ASCII
/// character that Buckwalter reads as an Arabic letter or mark.
pub fn buckwalter_round_trips(text: &str) -> bool {
    !text.chars().any(|c| arabic_of(c).is_some())
}

/// A readable romanization of a whole text: Arabic words romanized, Arabic
/// punctuation and digits made ASCII, everything else kept.
pub fn romanize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for token in tokenize::tokenize(text) {
        out.push_str(&text[last..token.span.start]);
        let surface = token.span.of(text);
        match token.kind {
            TokenKind::Word => out.push_str(&romanize_word(surface)),
            TokenKind::Punct | TokenKind::Number | TokenKind::Symbol => {
                out.extend(surface.chars().map(ascii_punct_or_digit));
            }
            _ => out.push_str(surface),
        }
        last = token.span.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Arabic punctuation, digits and number separators as ASCII.
fn ascii_punct_or_digit(c: char) -> char {
    match c {
        '،' | '٬' => ',',
        '؛' => ';',
        '؟' => '?',
        '«' | '»' => '"',
        '٫' | '۔' => '.',
        '٪' => '%',
        _ => chars::arabic_digit_value(c).map_or(c, |d| char::from(b'0' + d as u8)),
    }
}

/// One letter with the marks written on it.
#[derive(Clone, Copy, Default)]
struct Unit {
    letter: char,
    vowel: Option<char>,
    shadda: bool,
    dagger: bool,
}

/// The readable romanization of one word (see the module docs).
pub fn romanize_word(word: &str) -> String {
    let opts = Options {
        tatweel: true,
        controls: true,
        presentation_forms: true,
        persian_letters: true,
        quranic_marks: true,
        digits: true,
        ..Options::NONE
    };
    let mut clean = String::with_capacity(word.len());
    normalize::normalize_into(word, &opts, &mut clean);
    let units = units(&clean);
    let mut out = String::with_capacity(word.len());
    let mut start = 0;
    let mut assimilated = false;
    if let Some(after) = article(&units) {
        match units.get(after).filter(|u| is_sun_letter(u.letter)) {
            Some(u) => {
                out.push('a');
                out.push_str(consonant(u.letter));
                out.push('-');
                assimilated = true;
            }
            None => out.push_str("al-"),
        }
        start = after;
    }
    for i in start..units.len() {
        let u = units[i];
        let prev = i.checked_sub(1).map(|p| units[p]);
        let next = units.get(i + 1).copied();
        // Final -iyy is written -i (ʻarabī): عَرَبِيّ → 'arabi.
        if next.is_none() && u.letter == 'ي' && u.shadda && prev.and_then(|p| p.vowel) == Some('ِ') {
            break;
        }
        out.push_str(&letter(u, prev, next, i == start, i == 0));
        // Shadda doubles; after an assimilated article the article already did.
        if u.shadda && !(assimilated && i == start) {
            out.push_str(consonant(u.letter));
        }
        push_vowel(&mut out, u, i + 1 == units.len());
    }
    out
}

/// Splits a word into letters with their marks; marks before any letter are dropped.
fn units(word: &str) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::with_capacity(word.len() / 2);
    for c in word.chars() {
        match (c, units.last_mut()) {
            ('ّ', Some(u)) => u.shadda = true,
            ('ٰ', Some(u)) => u.dagger = true,
            (_, Some(u)) if chars::is_diacritic(c) => u.vowel = Some(c),
            (_, None) if chars::is_diacritic(c) => {}
            _ => units.push(Unit { letter: c, ..Unit::default() }),
        }
    }
    units
}

/// The index after the article ال/ٱل, when the word has one and at least
/// two letters follow it.
fn article(units: &[Unit]) -> Option<usize> {
    let starts = units.len() >= 4 && matches!(units[0].letter, 'ا' | 'ٱ') && units[1].letter == 'ل';
    starts.then_some(2)
}

fn is_sun_letter(c: char) -> bool {
    "تثدذرزسشصضطظلن".contains(c)
}

/// The romanization of a consonant letter.
fn consonant(c: char) -> &'static str {
    match c {
        'ب' => "b",
        'ت' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' => "h",
        'خ' => "kh",
        'د' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' => "z",
        'س' => "s",
        'ش' => "sh",
        'ص' => "s",
        'ض' => "d",
        'ط' => "t",
        'ظ' => "z",
        'ع' | 'ء' | 'أ' | 'إ' | 'ؤ' | 'ئ' => "'",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'ه' => "h",
        'و' => "w",
        'ي' => "y",
        'پ' => "p",
        'چ' => "ch",
        'ڤ' => "v",
        'گ' => "g",
        _ => "",
    }
}

/// The romanization of the letter of `u` (without its own vowel).
fn letter(u: Unit, prev: Option<Unit>, next: Option<Unit>, initial: bool, first: bool) -> String {
    let prev_vowel = prev.and_then(|p| p.vowel);
    let next_is_long = next.is_some_and(|n| matches!(n.letter, 'ا' | 'و' | 'ي' | 'ى'));
    let s: &str = match u.letter {
        // Word-initial hamza is not written: أُمَم → umam.
        'أ' | 'إ' | 'آ' if initial => match (u.letter, u.vowel) {
            (_, Some(_)) => "",
            ('إ', None) => "i",
            _ => "a",
        },
        'آ' => "'a",
        'ا' | 'ٱ' if first => match u.vowel {
            Some(_) => "",
            // Hamzat al-wasl of derived nouns: استقلال → istiqlal.
            None => "i",
        },
        // Alef lengthens a fatha (or carries -an) and is otherwise a.
        'ا' | 'ى' | 'ٱ' => {
            if matches!(prev_vowel, Some('َ' | 'ً')) || prev.is_some_and(|p| p.dagger) {
                ""
            } else {
                "a"
            }
        }
        // ة is pausal -a; a fatha before it already gave the a.
        'ة' if prev_vowel == Some('َ') => "",
        'ة' => "a",
        // A stem never starts with a long vowel: after the article و and ي
        // are consonants (الوزاري → al-wzari, not al-uzari).
        'و' | 'ي' if u.vowel.is_some() || u.shadda || initial || next_is_long => consonant(u.letter),
        'و' => match prev_vowel {
            Some('ُ') => "",
            Some('َ') => "w",
            _ => "u",
        },
        'ي' => match prev_vowel {
            Some('ِ') => "",
            Some('َ') => "y",
            _ => "i",
        },
        c if consonant(c).is_empty() => return c.to_string(),
        c => consonant(c),
    };
    s.to_string()
}

/// The vowel written on `u`; case endings on the last letter are dropped.
fn push_vowel(out: &mut String, u: Unit, last: bool) {
    if u.letter == 'ة' {
        return;
    }
    match u.vowel {
        Some('َ') if !(last && u.letter == 'ا') => out.push('a'),
        Some('ُ') if !last => out.push('u'),
        Some('ِ') if !last => out.push('i'),
        Some('ً') => out.push_str("an"),
        _ if u.dagger => out.push('a'),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckwalter_table_is_a_bijection() {
        let mut seen = std::collections::HashSet::new();
        for c in ARABIC.chars() {
            let b = bw_of(c).expect("every listed character has a Buckwalter letter");
            assert!(seen.insert(b), "{b:?} used twice");
            assert_eq!(arabic_of(b), Some(c));
        }
    }
}
