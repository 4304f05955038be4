//! Whether an unattested stem looks like an Arabic word of a derived
//! pattern, which is what a real proclitic leaves behind.
//!
//! Words outside the lexicon that start with ب or ل are as often names
//! (بيرنز, ليندسي, بوليا) as a preposition before a rare word (باختصار,
//! لمشغلي). The letters decide many of them: a stem of a derived pattern
//! (افتعال, انفعال, استفعال, تفعيل, تفاعل, a participle in م, an imperfect of
//! the forms with ت) is native Arabic, and a native word almost never begins
//! with the ب or ل before such a pattern. Checked on the training corpora
//! (scripts/clitic-lexicon.py's sources): after ب or ل, over 90% of the
//! types of these shapes leave a stem that occurs on its own there.

use super::letters::MAX_LETTERS;

/// Endings an inflected form adds to a stem the lexicon may know bare:
/// plural, dual, feminine, nisba. (Not the accusative alef after a ب or
/// ل: names end in -يا too often, بيريا; see [`WHOLE_ENDINGS`].)
const INFLECTIONS: [&str; 7] = ["ين", "ون", "ات", "ان", "ية", "ة", "ي"];

/// More endings, for the whole word only (see [`inflected_bucket`]).
const WHOLE_ENDINGS: [&str; 2] = ["وا", "ا"];

/// The frequency bucket of `word` with an inflectional ending taken off
/// (زوجين → زوج), when at least three letters remain; 0 when unknown.
///
/// For a `whole` word, the past plural's وا (ولدوا ← ولد) and the
/// accusative alef (كتابا, وعيا ← وعي) count too, and a base ending in ت
/// bare or before ين or ان is also looked up with its ة, which a dual
/// writes ت (ولايتين ← ولاية), as does the feminine past of a verb whose
/// noun is known (سيطرت ← سيطرة, not the future س + يطرت). Not after a ب
/// or ل: a stem read so is as often a stranger's (لافتين is not ل + آفتين,
/// بيريا not ب + يري).
pub fn inflected_bucket(word: &str, whole: bool, bucket: impl Fn(&str) -> u8) -> u8 {
    let mut restored = String::new();
    let bare = whole.then_some(("", word));
    let endings: &[&str] = if whole { &WHOLE_ENDINGS } else { &[] };
    INFLECTIONS
        .iter()
        .chain(endings)
        .filter_map(|e| Some((*e, word.strip_suffix(e)?)))
        .chain(bare)
        .filter(|(_, base)| base.chars().count() >= 3)
        .map(|(ending, base)| {
            let feminine = if whole && matches!(ending, "ين" | "ان" | "") && base.ends_with('ت') {
                restored.clear();
                restored.push_str(&base[..base.len() - 'ت'.len_utf8()]);
                restored.push('ة');
                bucket(&restored)
            } else {
                0
            };
            if ending.is_empty() {
                feminine
            } else {
                bucket(base).max(feminine)
            }
        })
        .max()
        .unwrap_or(0)
}

/// Suffixes a derived noun may carry: plural, feminine, nisba.
const NOUN_ENDINGS: [&[char]; 5] = [&['ا', 'ت'], &['ي', 'ة'], &['ة'], &['ي'], &['ي', 'ن']];

/// The letters of a folded stem on the stack: the segmenter's words have at
/// most [`MAX_LETTERS`] letters, and this runs for many readings of a word.
fn letters_of(stem: &str) -> ([char; MAX_LETTERS], usize) {
    let mut out = ['\0'; MAX_LETTERS];
    let mut n = 0;
    for c in stem.chars().take(MAX_LETTERS) {
        out[n] = c;
        n += 1;
    }
    (out, n)
}

/// Whether `stem` (folded) has a derived pattern that makes a split before
/// it after the proclitic `clitic` plausible even though it is unattested.
/// `hamza` says whether its first letter is written أ or إ.
pub fn derived(clitic: char, stem: &str, hamza: bool) -> bool {
    let (buffer, n) = letters_of(stem);
    let letters = &buffer[..n];
    if letters.len() < 4 {
        return false;
    }
    match clitic {
        'ب' | 'ل' => {
            participle(letters)
                || masdar(letters)
                || broken_plural(letters, hamza)
                || (clitic == 'ل' && imperfect(letters))
        }
        'ف' | 'و' => imperfect(letters),
        'س' => imperfect(letters) || plain_imperfect(letters),
        _ => false,
    }
}

/// Whether `stem` (folded) is a derived noun (a participle in م or a verbal
/// noun) that may carry the pronoun ه: محصوله. A stem ending in a weak
/// letter is more often a verb with its object (كتبوه) or a word of its
/// own (مكروه).
pub fn derived_noun(stem: &str) -> bool {
    let (buffer, n) = letters_of(stem);
    let letters = &buffer[..n];
    letters.len() >= 4
        && !matches!(letters.last(), Some('و' | 'ا' | 'ي'))
        && (participle(letters) || masdar(letters))
}

/// Whether `stem` (folded) is the verbal noun of form VIII of a root whose
/// first letter is ل (التزام, التحاقات, التقاء): its ال is that letter after
/// the connecting alef, written bare because that alef has no hamza, so
/// unlike the article it can carry a pronoun (التزاماته, التحاقه).
pub fn wasl_masdar(stem: &str) -> bool {
    let (buffer, n) = letters_of(stem);
    let letters = &buffer[..n];
    letters.starts_with(&['ا', 'ل', 'ت']) && masdar(letters)
}

/// Whether the folded `word` is shaped like فاعل of a root whose first
/// letter is و: وا, two more root letters and at most a noun ending
/// (واعية, واجبا, واثقين, وافرة). Such a word is as often the participle
/// as the conjunction before a two-letter-rooted stem.
pub fn waw_participle(word: &str) -> bool {
    let (buffer, n) = letters_of(word);
    let letters = &buffer[..n];
    let Some(rest) = letters.strip_prefix(&['و', 'ا']) else { return false };
    let core = PARTICIPLE_ENDINGS.iter().find_map(|e| rest.strip_suffix(*e)).unwrap_or(rest);
    core.len() == 2 && core.iter().all(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ة'))
}

/// Endings of a participle: feminine, accusative, plurals, nisba.
const PARTICIPLE_ENDINGS: [&[char]; 7] =
    [&['ي', 'ن'], &['و', 'ن'], &['ا', 'ت'], &['ي', 'ة'], &['ة'], &['ا'], &['ي']];

/// Whether `stem` (folded) is shaped like a verb that takes an object
/// pronoun: an imperfect (يصيب, تتزعم, نودع) or a past plural whose وا lost
/// its alef before the pronoun (قرأو in قرأوه). Nouns of these shapes are
/// mostly in the lexicon and win there; this speaks for unknown words only.
pub fn verb_with_object(stem: &str) -> bool {
    let (buffer, n) = letters_of(stem);
    let letters = &buffer[..n];
    letters.len() >= 4 && (matches!(letters[0], 'ي' | 'ت' | 'ن') || letters[n - 1] == 'و')
}

/// Whether `stem` (folded) ends in a past tense's subject ت (أحرزت in
/// أحرزته) or a noun's ة written ت before a pronoun (جدولت in جدولته):
/// hardly a word ends in ته of its own, so an unknown one is split.
pub fn ends_in_ta(stem: &str) -> bool {
    let (buffer, n) = letters_of(stem);
    n >= 4 && buffer[n - 1] == 'ت'
}

/// مفعول, مفعل, مفاعل, متفعل …: a participle or place noun in م with at
/// least three letters after it. (Not after ك, where كميات, كمبيوتر abound.)
fn participle(w: &[char]) -> bool {
    w[0] == 'م' && w.len() >= 4 && w[1] != 'ا'
}

/// The verbal nouns of forms V–VIII and X, with an optional noun ending.
fn masdar(w: &[char]) -> bool {
    let core = NOUN_ENDINGS
        .iter()
        .find_map(|ending| w.strip_suffix(*ending).filter(|rest| rest.len() >= 5))
        .unwrap_or(w);
    match core.len() {
        // تفعيل, تفاعل
        5 => core[0] == 'ت' && (core[3] == 'ي' || core[2] == 'ا'),
        // افتعال (ت assimilated to ط or د), انفعال
        6 => core[0] == 'ا' && core[4] == 'ا' && (matches!(core[2], 'ت' | 'ط' | 'د') || core[1] == 'ن'),
        // استفعال
        7 => core[..3] == ['ا', 'س', 'ت'] && core[5] == 'ا',
        _ => false,
    }
}

/// The broken plurals أفعال (أطفال; and the verbal noun إفعال, إشعال),
/// فعلاء (زملاء) and فعاة (قضاة): patterns of plurals of people and things,
/// which a name after ب or ل rarely has. أفعال only with its hamza written:
/// a bare alef there is as often a name's (باسكال) or a word's (لافتات).
fn broken_plural(w: &[char], hamza: bool) -> bool {
    match w.len() {
        4 => w[2] == 'ا' && w[3] == 'ة' && !matches!(w[0], 'ا' | 'و' | 'ي') && w[1] != 'ا',
        5 => (hamza && w[3] == 'ا' && w[4] != 'ا') || (w[3] == 'ا' && w[4] == 'ء'),
        _ => false,
    }
}

/// An imperfect verb of forms V, VI, VIII or X: يت-, تت-, نت-, يست- ….
fn imperfect(w: &[char]) -> bool {
    w.len() >= 5 && matches!(w[0], 'ي' | 'ت' | 'ن') && (w[1] == 'ت' || (w[1] == 'س' && w[2] == 'ت'))
}

/// A form I imperfect: يفعل, تفعلون … with three strong root letters (a
/// weak letter there is more often a name's: سيسيلي, سيدني).
fn plain_imperfect(w: &[char]) -> bool {
    let core = match w.len() {
        4 => w,
        6 if matches!((w[4], w[5]), ('و', 'ن') | ('ا', 'ن') | ('ي', 'ن') | ('و', 'ا')) => &w[..4],
        _ => return false,
    };
    matches!(core[0], 'ي' | 'ت' | 'ن') && core[1..].iter().all(|c| !matches!(c, 'ا' | 'و' | 'ي' | 'ة'))
}

#[cfg(test)]
mod tests {
    use super::{
        derived, derived_noun, ends_in_ta, inflected_bucket, verb_with_object, wasl_masdar, waw_participle,
    };

    #[test]
    fn inflected_forms() {
        let bucket = |s: &str| u8::from(s == "زوج") * 5;
        assert_eq!(inflected_bucket("زوجين", false, bucket), 5);
        assert_eq!(inflected_bucket("زوجات", false, bucket), 5);
        assert_eq!(inflected_bucket("زوجا", false, bucket), 0, "no accusative alef");
        assert_eq!(inflected_bucket("زو", false, bucket), 0);
        let bucket = |s: &str| u8::from(s == "ولاية") * 5;
        assert_eq!(inflected_bucket("ولايتين", true, bucket), 5, "a dual's ة is written ت");
        assert_eq!(inflected_bucket("ولايتي", true, bucket), 0, "not before ي");
        assert_eq!(inflected_bucket("ولايتين", false, bucket), 0);
        assert_eq!(inflected_bucket("ولايت", true, bucket), 5, "a feminine past or a construct");
        let bucket = |s: &str| u8::from(s == "وعي") * 5;
        assert_eq!(inflected_bucket("وعيا", true, bucket), 5, "an accusative alef, whole");
        assert_eq!(inflected_bucket("وعيا", false, bucket), 0, "no accusative alef after ب or ل");
    }

    #[test]
    fn derived_patterns() {
        assert!(derived('ب', "اختصار", false));
        assert!(derived('ل', "مشغلي", false));
        assert!(derived('ل', "تتعلم", false));
        assert!(derived('ب', "استخدامات", false));
        assert!(derived('ل', "تحقيق", false));
        assert!(derived('ل', "هواة", false), "فعاة");
        assert!(derived('ل', "زملاء", false), "فعلاء");
        assert!(derived('ب', "اطفال", true), "أفعال");
        assert!(!derived('ب', "اسكال", false), "a bare alef: باسكال");
        assert!(!derived('ب', "يرنز", false), "a name");
        assert!(!derived('ل', "يندسي", false), "a name");
        assert!(!derived('ك', "مبيوتر", false), "not after ك");
        assert!(!derived('ب', "تكو", false), "too short");
        assert!(derived_noun("محصول"));
        assert!(verb_with_object("تصيب"));
        assert!(verb_with_object("قراو"));
        assert!(ends_in_ta("احرزت"));
        assert!(waw_participle("واثقين"));
        assert!(waw_participle("واجبا"));
        assert!(!waw_participle("واستاثرت"), "a conjunction before a verb");
        assert!(!ends_in_ta("بيت"), "too short");
        assert!(!verb_with_object("يصب"), "too short");
        assert!(!verb_with_object("كتاب"));
        assert!(!derived_noun("مكرو"));
        assert!(derived('س', "يخفض", false));
        assert!(derived('س', "يلعبون", false));
        assert!(!derived('س', "يسيلي", false), "a name");
        assert!(wasl_masdar("التزامات"));
        assert!(wasl_masdar("التحاق"));
        assert!(!wasl_masdar("الف"), "ألف");
        assert!(!wasl_masdar("اتفاق"), "no ل");
    }
}
