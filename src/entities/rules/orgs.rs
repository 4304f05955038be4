//! Organisations by their head word: منظمة، مجلس، وزارة، هيئة، لجنة، حزب …
//!
//! Arabic names of organisations are construct chains: an indefinite head,
//! maybe more indefinite nouns, then a definite noun, then definite
//! adjectives (وزارة الخارجية الأمريكية, مجلس وزراء الخارجية). The name
//! ends at the last definite word before anything else: a word with a
//! conjunction or preposition other than the genitive ل (برئاسة, والآداب —
//! as the clitic segmenter splits it), a function word,
//! punctuation, an indefinite word after the definite part, or a verb. A
//! known place or organisation inside the chain counts as one definite word.
//!
//! A definite head (الحزب، المجلس) alone is a back-reference, not a name; it
//! becomes one with a nisba adjective (الحزب الديمقراطي, المجلس الوطني) —
//! but not with a nationality alone: الجيش اللبناني, المنتخب الكويتي are
//! descriptions ("the Lebanese army"), like النظام السوري, whereas an
//! indefinite head in construct is the form of a body's name (وزارة
//! الخارجية الأمريكية). An ordinal is no nisba: المركز الثاني is "second
//! place".
//!
//! Some heads are ordinary nouns first (حركة "motion", مركز "position",
//! برنامج, هيئة "form", قوات "forces"): with them a bare genitive is just a
//! phrase (حركة الطائرات, مركز الشمس), so the chain must hold a nisba
//! adjective or a known name (حركة المقاومة الإسلامية, حركة حماس).

use super::Ctx;
use crate::clitics::SegmentKind;
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Heads whose everyday sense is not an organisation (see the module docs).
const COMMON_HEADS: &[&str] = &[
    "حركة",
    "الحركة",
    "مركز",
    "المركز",
    "برنامج",
    "البرنامج",
    "هيئة",
    "الهيئة",
    "فريق",
    "مجموعة",
    "قوات",
    "صندوق",
    "الصندوق",
    "لواء",
    "كتيبة",
];

/// Words that end a name: function words, verbs of saying, date words.
const NOT_IN_NAME: u64 = STOP | NOT_NAME | VERB_SAYS | REL_UNIT | REL_MOD | REL_DATE | DAY_WORD | YEAR_WORD;

/// Longest chain after the head.
const MAX_WORDS: usize = 5;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    for i in 0..ctx.len() {
        if !ctx.is(i, ORG_HEAD) {
            continue;
        }
        let definite_head = ctx.info(i).definite;
        let Some(last) = chain_end(ctx, i + 1, definite_head) else { continue };
        if definite_head && last == i + 1 && is_nationality(ctx.form_norm(last)) {
            continue; // الجيش اللبناني: a description
        }
        let common = COMMON_HEADS.iter().any(|h| core_is(ctx, i, h));
        if common && !(i + 1..=last).any(|j| ctx.info(j).nisba || ctx.hit(j).is_some()) {
            continue; // حركة الطائرات: a phrase
        }
        out.push(ctx.entity(i, last, EntityType::Org));
    }
}

/// The first proclitic the clitic segmenter split off token `i`, as a
/// dictionary writes it (ومدير is و + مدير; وليد stays whole).
pub(super) fn proclitic<'a>(ctx: &Ctx<'a>, i: usize) -> Option<&'a str> {
    let t = ctx.lexed.tokens.get(i)?;
    let first = ctx.lexed.form(t).segments.first()?;
    (first.kind == SegmentKind::Proclitic).then_some(first.restored.as_str())
}

/// Whether token `i` is `word` (normalized) behind optional proclitics:
/// والحركة, لحركة and للحركة (ل + الحركة) are all الحركة or حركة.
fn core_is(ctx: &Ctx, i: usize, word: &str) -> bool {
    let norm = ctx.form_norm(i);
    let Some(prefix) = norm.strip_suffix(word) else {
        // ل before the article drops its alef: للحركة = ل + الحركة.
        let bare = word.strip_prefix("ال");
        return bare.is_some_and(|b| norm.strip_suffix(b).is_some_and(|p| matches!(p, "لل" | "ولل" | "فلل")));
    };
    matches!(prefix, "" | "و" | "ف" | "ب" | "ل" | "ك" | "وب" | "ول" | "فب" | "فل")
}

/// Whether a definite nisba adjective names a nationality: its stem is a
/// place in the built-in lists (اللبناني ← لبنان, السوري ← سوريا, العراقي ←
/// العراق, الأمريكية ← أمريكا).
fn is_nationality(norm: &str) -> bool {
    let Some(stem) = norm.strip_prefix("ال") else { return false };
    let Some(stem) = stem.strip_suffix("ية").or_else(|| stem.strip_suffix('ي')) else { return false };
    let places = places();
    [String::new(), "ا".into(), "ة".into(), "يا".into()]
        .iter()
        .any(|end| places.contains(&format!("{stem}{end}")) || places.contains(&format!("ال{stem}{end}")))
}

/// One-word place names of the built-in lists, normalized.
fn places() -> &'static HashSet<String> {
    static PLACES: OnceLock<HashSet<String>> = OnceLock::new();
    PLACES.get_or_init(|| {
        [crate::data::PLACES, crate::data::PLACES_EXTRA]
            .iter()
            .flat_map(|tsv| tsv.lines())
            .filter_map(|line| line.split_once('\t'))
            .filter(|(name, rest)| !name.contains(' ') && rest.starts_with("LOC"))
            .map(|(name, _)| key(name))
            .collect()
    })
}

/// The last token of the name whose head precedes `start`.
fn chain_end(ctx: &Ctx, start: usize, definite_head: bool) -> Option<usize> {
    let mut last_definite = None;
    let mut after_name = false;
    let mut j = start;
    while j < ctx.len() && j < start + MAX_WORDS {
        let info = ctx.info(j);
        if ctx.kind(j) != Some(TokenKind::Word) || info.class & NOT_IN_NAME != 0 || info.skip > 0 {
            break;
        }
        if proclitic(ctx, j).is_some_and(|p| p != "ل") {
            break; // و, ب, ف, ك start a new phrase; ل is the genitive of names
        }
        if let Some(name) = ctx.hit_of(j, &[EntityType::Loc, EntityType::Org]) {
            if name.clitic || definite_head && last_definite.is_none() {
                break; // وإسرائيل starts a new phrase; المجلس البحرين is no chain
            }
            last_definite = Some(name.end);
            after_name = true;
            j = name.end + 1;
            continue;
        }
        if ctx.hit(j).is_some() {
            break; // a date, a person: not part of the name
        }
        if info.definite {
            // After a known name only adjectives follow: مجلس الأمن الدولي,
            // not مجلس الأمن الأسبوع المقبل.
            let nisba = info.nisba && info.class & (ORDINAL | ORDINAL_TENS) == 0;
            if (definite_head || after_name) && !nisba {
                break;
            }
            last_definite = Some(j);
        } else if last_definite.is_some() || definite_head {
            break; // indefinite after the definite part: the name is over
        }
        j += 1;
    }
    last_definite
}
