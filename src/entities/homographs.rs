//! Listed names spelled like something else, decided before anything
//! reads the lists' mentions.
//!
//! A name that is also a common noun: القاعدة is al-Qaeda and "the base,
//! the rule". It is the noun when an adjective follows it (القاعدة
//! السياسية، القاعدة الأمريكية، القاعدة الجماهيرية) or a demonstrative
//! comes before it (هذه القاعدة); the organisation otherwise (زعيم القاعدة،
//! تنظيم القاعدة، القاعدة في بلاد الرافدين). On ANERcorp's training text,
//! the lists' mentions that the tagger did not confirm were this noun seven
//! times in eleven (docs/ACCURACY.md, round 5).
//!
//! One spelling, two places: عمان is Oman (عُمان) and Amman (عمّان), and
//! without its marks the lists can hold it once, as the country. Each
//! mention of it is decided here:
//!
//! - the marks decide when they are written: a shadda on م is Amman, a
//!   damma on ع is Oman;
//! - Amman when a city word or a Jordanian word comes just before (العاصمة
//!   الأردنية عمان، مدينة عمان) or a Jordanian word just after (مطاري عمان
//!   الأردني), when it opens a line as a dateline (عمان - بترا:), or when a
//!   preposition of place
//!   brings it (في عمان، من عمان، إلى عمان، بعمان) in a sentence that speaks
//!   of no Omani thing (العماني، مسقط، السلطنة…);
//! - Amman too in any sentence that speaks of Jordan and not of Oman;
//! - otherwise Oman: in a list of states (وقطر وعمان), after a noun
//!   (شبه جزيرة عمان، تجار عمان) and in brackets after a name (UN
//!   documents name a speaker's country so).
//!
//! On the 20 occurrences in the shared dev texts (news, UN, AQMAR, PUD,
//! Wild2Max) this gives the reading a person gives each time; they are
//! what the rule was written from, so that is a floor for errors, not a
//! measure. `tests/cases/entities.tsv` holds a case for each branch.

use super::Entity;
use crate::lexed::{Lexed, Token};
use crate::tokenize::TokenKind;

const OMAN: &str = "oman";
const AMMAN: (&str, &str) = ("city-amman", "Amman");

/// Words (normalized, space-separated) that put a sentence in Jordan or
/// in Oman, that name a city before its name, and prepositions of place.
const JORDAN: &str = "الاردن الاردني الاردنية الاردنيين الاردنيون اردني اردنية بترا";
const OMANI: &str = "العماني العمانية العمانيين العمانيون عماني عمانية مسقط سلطنة السلطنة قابوس صلالة ظفار";
const CITY: &str = "العاصمة عاصمة مدينة بمدينة والعاصمة";
const PLACE: &str = "في من الي الى";

/// Whether `word` is one of the space-separated `words`. Out of line: a
/// copy per call would weigh on the page's module.
#[inline(never)]
fn among(words: &str, word: &str) -> bool {
    words.split(' ').any(|w| w == word)
}

/// Drops the lists' mentions that are a common noun here (see the module
/// docs), and gives each mention of عمان that the lists call Oman the
/// place its marks and context say.
pub(super) fn resolve(text: &str, lexed: &Lexed, found: &mut Vec<Entity>) {
    found.retain(|e| !common_noun(lexed, e));
    places(text, lexed, found);
}

/// Listed one-word names that are also common nouns, by their stem
/// (normalized, both spellings of a final ة).
const NOUNS: &str = "قاعدة قاعده";
/// Demonstratives before a noun, normalized.
const DEMONSTRATIVES: &str = "هذه هذا تلك ذلك";

/// Whether the one-word listed name `e` is the common noun it is spelled
/// like: an adjective (a definite word ending in ي, ية) follows it, or a
/// demonstrative comes before it.
fn common_noun(lexed: &Lexed, e: &Entity) -> bool {
    let tokens = &lexed.tokens;
    let i = tokens.partition_point(|t| t.span.end <= e.span.start);
    if i >= tokens.len() || tokens[i].span.end != e.span.end {
        return false;
    }
    let form = lexed.form(&tokens[i]);
    let stem = form.segments.iter().find(|s| s.kind == crate::clitics::SegmentKind::Stem);
    if !stem.is_some_and(|s| among(NOUNS, &s.restored)) {
        return false;
    }
    let word = |j: usize| (tokens[j].kind == TokenKind::Word).then(|| lexed.form(&tokens[j]).norm.as_str());
    let adjective = (i + 1 < tokens.len())
        .then(|| word(i + 1))
        .flatten()
        .is_some_and(|w| w.starts_with("ال") && w.ends_with(['ي', 'ة', 'ه']) && w.chars().count() > 4);
    let demonstrative = i > 0 && word(i - 1).is_some_and(|w| among(DEMONSTRATIVES, w));
    adjective || demonstrative
}

/// Gives each mention of عمان that the lists call Oman the place its marks
/// and context say.
fn places(text: &str, lexed: &Lexed, found: &mut [Entity]) {
    let tokens = &lexed.tokens;
    let norm = |i: usize| lexed.form(&tokens[i]).norm.as_str();
    for e in found.iter_mut().filter(|e| e.id.as_deref() == Some(OMAN)) {
        let i = tokens.partition_point(|t| t.span.end <= e.span.start);
        if i >= tokens.len() || tokens[i].span.end != e.span.end {
            continue; // not one word: سلطنة عمان, a user's longer name
        }
        let word = &text[tokens[i].span.start..e.span.end];
        let proclitic = &text[tokens[i].span.start..e.span.start];
        if !is_amman(text, lexed, i, word, proclitic, &norm) {
            continue;
        }
        e.id = Some(AMMAN.0.to_string());
        e.gloss = Some(AMMAN.1.to_string());
    }
}

fn is_amman<'a>(
    text: &str,
    lexed: &Lexed,
    i: usize,
    word: &str,
    proclitic: &str,
    norm: &impl Fn(usize) -> &'a str,
) -> bool {
    if let Some(amman) = marked(word) {
        return amman;
    }
    let tokens = &lexed.tokens;
    let word_before = (i > 0 && tokens[i - 1].kind == TokenKind::Word).then(|| norm(i - 1));
    if word_before.is_some_and(|w| among(CITY, w) || among(JORDAN, w))
        || (i + 1 < tokens.len() && among(JORDAN, norm(i + 1)))
        || dateline(text, tokens[i].span.start, tokens.get(i + 1))
    {
        return true;
    }
    // The sentence's words: is it about Jordan, about Oman?
    let at = tokens[i].span.start;
    let k = lexed.sentences.partition_point(|s| s.start <= at);
    let sentence = k.checked_sub(1).map(|k| lexed.sentences[k]).filter(|s| at < s.end);
    let (from, to) = match sentence {
        Some(s) => (
            tokens.partition_point(|t| t.span.end <= s.start),
            tokens.partition_point(|t| t.span.start < s.end),
        ),
        None => (i, i + 1),
    };
    let about = |words: &str| (from..to).any(|j| among(words, norm(j)));
    if about(OMANI) {
        return false;
    }
    // بعمان is "in Amman"; و, ف and ل say nothing of the place.
    let by_place = match proclitic {
        "" => word_before.is_some_and(|w| among(PLACE, w)),
        p => p.ends_with('ب'),
    };
    by_place || about(JORDAN)
}

/// What the marks on عمان say: a shadda on its م is Amman (عمّان), a
/// damma on its ع Oman (عُمان); `None` when they say neither.
fn marked(word: &str) -> Option<bool> {
    let mut letter = ' ';
    for c in word.chars() {
        match (letter, c) {
            ('م', '\u{0651}') => return Some(true),
            ('ع', '\u{064F}') => return Some(false),
            // Another mark: the letter it sits on is still the last one.
            (_, '\u{064B}'..='\u{065F}') => {}
            _ => letter = c,
        }
    }
    None
}

/// Whether the word at `start` opens its line and a dash, colon or bracket
/// follows: a press agency's dateline (عمان - بترا:) names a city.
fn dateline(text: &str, start: usize, next: Option<&Token>) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    (before.is_empty() || before.ends_with('\n'))
        && next
            .is_some_and(|n| matches!(text[n.span.start..].chars().next(), Some('-' | '–' | '—' | ':' | '(')))
}
