//! One spelling, two places: عمان is Oman (عُمان) and Amman (عمّان), and
//! without its marks the lists can hold it once, as the country. Each
//! mention of it is decided here, before anything reads the lists' ids:
//!
//! - the marks decide when they are written: a shadda on م is Amman, a
//!   damma on ع is Oman;
//! - Amman when a city word or «الأردنية» comes just before (العاصمة
//!   الأردنية عمان، مدينة عمان), «الأردني(ة)» just after (مطار عمان
//!   الدولي stays Oman-neutral, مطاري عمان الأردني is Amman), when it opens
//!   a line as a dateline (عمان - بترا:), or when a preposition of place
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
use crate::analysis::Analysis;
use crate::chars;

const OMAN: &str = "oman";
const AMMAN: (&str, &str) = ("city-amman", "Amman");

/// Words (normalized) that put a sentence in Jordan or in Oman.
const JORDAN: &[&str] = &["الاردن", "الاردني", "الاردنية", "الاردنيين", "الاردنيون", "اردني", "اردنية", "بترا"];
const OMANI: &[&str] = &[
    "العماني",
    "العمانية",
    "العمانيين",
    "العمانيون",
    "عماني",
    "عمانية",
    "مسقط",
    "سلطنة",
    "السلطنة",
    "قابوس",
    "صلالة",
    "ظفار",
];
/// Words that name a city before its name.
const CITY: &[&str] = &["العاصمة", "عاصمة", "مدينة", "بمدينة", "والعاصمة"];
/// Prepositions of place before a separate word.
const PLACE: &[&str] = &["في", "من", "الي", "الى"];

/// Gives each mention of عمان that the lists call Oman the place its marks
/// and context say.
pub(super) fn resolve(text: &str, analysis: &Analysis, found: &mut [Entity]) {
    let tokens = &analysis.tokens;
    let norm = |i: usize| analysis.form(&tokens[i]).norm.as_str();
    for e in found.iter_mut().filter(|e| e.id.as_deref() == Some(OMAN)) {
        let i = tokens.partition_point(|t| t.span.end <= e.span.start);
        if i >= tokens.len() || tokens[i].span.end != e.span.end {
            continue; // not one word: سلطنة عمان, a user's longer name
        }
        let word = &text[tokens[i].span.start..e.span.end];
        let proclitic = &text[tokens[i].span.start..e.span.start];
        if !is_amman(text, analysis, i, word, proclitic, &norm) {
            continue;
        }
        e.id = Some(AMMAN.0.to_string());
        e.gloss = Some(AMMAN.1.to_string());
    }
}

fn is_amman<'a>(
    text: &str,
    analysis: &Analysis,
    i: usize,
    word: &str,
    proclitic: &str,
    norm: &impl Fn(usize) -> &'a str,
) -> bool {
    if let Some(amman) = marked(word) {
        return amman;
    }
    let tokens = &analysis.tokens;
    let word_before = (i > 0 && tokens[i - 1].kind == crate::tokenize::TokenKind::Word).then(|| norm(i - 1));
    if word_before.is_some_and(|w| CITY.contains(&w) || w == "الاردنية")
        || (i + 1 < tokens.len() && matches!(norm(i + 1), "الاردني" | "الاردنية"))
        || dateline(text, &tokens[i].span, tokens.get(i + 1).map(|t| &t.span))
    {
        return true;
    }
    // The sentence's words: is it about Jordan, about Oman?
    let at = tokens[i].span.start;
    let k = analysis.sentences.partition_point(|s| s.start <= at);
    let sentence = k.checked_sub(1).map(|k| analysis.sentences[k]).filter(|s| at < s.end);
    let (from, to) = match sentence {
        Some(s) => (
            tokens.partition_point(|t| t.span.end <= s.start),
            tokens.partition_point(|t| t.span.start < s.end),
        ),
        None => (i, i + 1),
    };
    let about = |list: &[&str]| (from..to).any(|j| list.contains(&norm(j)));
    if about(OMANI) {
        return false;
    }
    // بعمان is "in Amman"; و, ف and ل say nothing of the place.
    let by_place = match proclitic {
        "" => word_before.is_some_and(|w| PLACE.contains(&w)),
        p => p.ends_with('ب'),
    };
    by_place || about(JORDAN)
}

/// What the marks on عمان say: a shadda on its م is Amman (عمّان), a
/// damma on its ع Oman (عُمان); `None` when they say neither.
fn marked(word: &str) -> Option<bool> {
    let mut last = ' ';
    for c in word.chars() {
        if chars::is_diacritic(c) {
            match (last, c) {
                ('م', '\u{0651}') => return Some(true),
                ('ع', '\u{064F}') => return Some(false),
                _ => {}
            }
        } else {
            last = c;
        }
    }
    None
}

/// Whether the word opens its line and a dash, colon or bracket follows:
/// a press agency's dateline (عمان - بترا:) names a city.
fn dateline(text: &str, word: &crate::span::Span, next: Option<&crate::span::Span>) -> bool {
    let line_start = text[..word.start].rfind('\n').map_or(0, |n| n + 1);
    let opens = text[line_start..word.start].trim().is_empty();
    opens && next.is_some_and(|n| matches!(n.of(text).chars().next(), Some('-' | '–' | '—' | ':' | '(')))
}
