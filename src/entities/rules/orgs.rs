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
//!
//! A name may close with complements ([`super::phrase`]): ل + a phrase
//! after a known name or an indefinite head (منظمة الأمم المتحدة للتربية
//! والعلم والثقافة, مكتب الأمم المتحدة الإقليمي لوسط أفريقيا), المعني ب…
//! and التابع ل… (اللجنة العربية الدائمة لحقوق الإنسان التابعة لجامعة
//! الدول العربية). A definite head with adjectives is a back-reference
//! (اللجنة الخاصة, الفريق العامل) unless such a complement follows
//! (الفريق العامل المعني بالاختفاء القسري). A listed organisation takes
//! المعني ب… and التابع ل… too (مجلس الأمن التابع للأمم المتحدة); the
//! shorter organisation inside is then not a mention of its own. A mission
//! or office keeps its place: بعثة الأمم المتحدة لتحقيق الاستقرار في مالي.

use super::phrase::{self, bare_definite, Allow, Bodies};
use super::{starts, Ctx};
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
    "القوات",
    "صندوق",
    "الصندوق",
    "لواء",
    "كتيبة",
    "مكتب",
    "المكتب",
    "بعثة",
    "البعثة",
    "الفريق",
    "معهد",
];

/// Heads whose name keeps the place it serves (في مالي).
const PLACED_HEADS: &[&str] = &["مكتب", "بعثة", "مركز"];

/// Longest chain after the head.
const MAX_WORDS: usize = 5;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    // The last token of the latest organisation named, listed or by its head.
    let mut org_last = None;
    for i in ctx.starts(starts::ORG) {
        // وكالة الفضاء الأمريكية (ناسا), حزب اليسار الديمقراطي (ديمار): a
        // short name in parentheses right after a body is its own ORG.
        if org_last.is_some_and(|last| i == last + 1) && short_name_in_brackets(ctx, i) {
            out.push(ctx.entity(i + 1, i + 1, EntityType::Org));
        }
        if let Some(org) = ctx.hit_of(i, &[EntityType::Org]) {
            org_last = org_last.max(Some(org.end));
            // مجلس الأمن التابع للأمم المتحدة
            let listed =
                Allow { lam_words: 0, lam_org: Bodies::None, lam_names: false, body: Some(feminine(ctx, i)) };
            if let Some(end) = phrase::complements_end(ctx, org.end + 1, listed) {
                out.push(ctx.entity_from(org.start, end, EntityType::Org));
            }
            // وزارة الخارجية وشؤون المغتربين
            let affairs = super::people::affairs_end(ctx, org.end);
            if affairs > org.end {
                out.push(ctx.entity_from(org.start, affairs, EntityType::Org));
            }
        }
        if let Some(end) = org_end(ctx, i) {
            out.push(ctx.entity(i, end, EntityType::Org));
            org_last = org_last.max(Some(end));
        }
    }
}

/// Whether tokens `i..i + 3` are «(» + one bare word the rules do not know,
/// of two to eight letters, + «)»: an abbreviation or short name (ناسا).
fn short_name_in_brackets(ctx: &Ctx, i: usize) -> bool {
    let k = i + 1;
    let front = ctx.front(k);
    let letters = ctx.form_norm(k).chars().count();
    ctx.is_punct(i, "(")
        && ctx.is_punct(i + 2, ")")
        && ctx.info(k).word
        && ctx.info(k).class == 0
        && front.first.is_none()
        && !front.article
        && (2..=8).contains(&letters)
}

/// The last token of an organisation named by its head at `i` (see the
/// module docs).
pub(super) fn org_end(ctx: &Ctx, i: usize) -> Option<usize> {
    // وزارة الخارجية وشؤون المغتربين: the portfolio's second part.
    head_end(ctx, i).map(|end| super::people::affairs_end(ctx, end))
}

fn head_end(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.is(i, ORG_HEAD) {
        return None;
    }
    let definite_head = ctx.info(i).definite;
    // القوات المسلحة لجمهورية الكونغو الديمقراطية: a state's armed forces.
    if core_is(ctx, i, "القوات") && ctx.form_norm(i + 1) == "المسلحة" {
        return ctx
            .hit_of(i + 2, &[EntityType::Loc])
            .filter(|h| h.clitic && ctx.lam_before(h))
            .map(|h| h.end);
    }
    // اللجنة الخامسة: the General Assembly's main committees, by number.
    if core_is(ctx, i, "اللجنة") && bare_definite(ctx, i + 1) && ctx.is(i + 1, ORDINAL) {
        let allow = Allow { lam_words: 0, lam_org: Bodies::None, lam_names: false, body: Some(true) };
        return Some(phrase::complements_end(ctx, i + 2, allow).unwrap_or(i + 1));
    }
    if definite_head {
        // الفريق العامل المعني ب…, اللجنة العربية الدائمة لحقوق الإنسان
        let adjective = |j: usize| {
            bare_definite(ctx, j)
                && ctx.hit(j).is_none()
                && ctx.info(j).class & (phrase::NOT_IN_NAME | LINK_BI | LINK_OF) == 0
        };
        let mut j = i + 1;
        while j < i + 4 && adjective(j) {
            j += 1;
        }
        // ل + a phrase only after a nisba (العربية الدائمة لحقوق الإنسان,
        // اللجنة الاقتصادية لأفريقيا; not المنظمة العابرة للحدود الوطنية)
        let nisba = (i + 1..j).any(|k| ctx.info(k).nisba);
        let lam_words = if nisba { 1 } else { 0 };
        let allow = Allow {
            lam_words,
            lam_org: Bodies::UnitedNations,
            lam_names: nisba,
            body: Some(feminine(ctx, i)),
        };
        if let Some(end) = phrase::complements_end(ctx, j, allow).filter(|_| j > i + 1) {
            return Some(end);
        }
    }
    let mut last = chain_end(ctx, i + 1, definite_head)?;
    // النظام السوري, المنتخب الكويتي: descriptions; but a country's army is
    // an organisation (الجيش اللبناني).
    if definite_head && last == i + 1 && is_nationality(ctx.form_norm(last)) && !core_is(ctx, i, "الجيش")
    {
        return None;
    }
    let common = COMMON_HEADS.iter().any(|h| core_is(ctx, i, h));
    if common && !(i + 1..=last).any(|j| ctx.info(j).nisba || ctx.hit(j).is_some()) {
        return None; // حركة الطائرات: a phrase
    }
    // ل + a phrase closes the name of a body whose head governs a known
    // name (مفوضية الأمم المتحدة لشؤون اللاجئين), or, two words at least
    // after a nisba, of one named by its head alone (الصندوق الدولي للتنمية
    // الزراعية; not لجنة فحص وثائق التفويض لمنتحلي الصفة).
    // A listed name is whole already: مجلس الأمن لوقف التخصيب is a purpose.
    let named = (i + 1..=last).any(|j| ctx.hit(j).is_some());
    let listed = ctx.hit_of(i, &[EntityType::Org]).is_some();
    let nisba = (i + 1..=last).any(|k| ctx.info(k).nisba);
    let lam_words = match (listed, named) {
        (true, _) => 0,
        (false, true) => 1,
        (false, false) if !definite_head && nisba => 2,
        _ => 0,
    };
    // لوسط أفريقيا after a name inside; not هيئة الطيران المدني للجمهورية التركية
    let allow =
        Allow { lam_words, lam_org: Bodies::UnitedNations, lam_names: named, body: Some(feminine(ctx, i)) };
    if let Some(end) = phrase::complements_end(ctx, last + 1, allow) {
        last = end;
    }
    let placed = named && PLACED_HEADS.iter().any(|h| core_is(ctx, i, h));
    if placed && ctx.surface(last + 1) == "في" {
        if let Some(place) = ctx.hit_of(last + 2, &[EntityType::Loc]).filter(|h| !h.clitic) {
            last = place.end;
        }
    }
    Some(last)
}

/// Whether the head at token `i` is feminine (اللجنة, منظمة): its links
/// must be too (التابعة, المعنية).
fn feminine(ctx: &Ctx, i: usize) -> bool {
    ctx.form_norm(i).ends_with('ة')
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
pub(super) fn core_is(ctx: &Ctx, i: usize, word: &str) -> bool {
    let norm = ctx.form_norm(i);
    // Asked for a dozen heads at many tokens: every prefix below is 0, 2 or
    // 4 bytes longer than what it stands for (لل for ال included), and both
    // ways of matching end on the word's last byte (when more than ال is
    // left of it), so anything else is a no without comparing strings.
    let last_differs = word.len() > 4 && norm.as_bytes().last() != word.as_bytes().last();
    if last_differs || !matches!(norm.len().checked_sub(word.len()), Some(0 | 2 | 4)) {
        return false;
    }
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
pub(super) fn is_nationality(norm: &str) -> bool {
    let Some(stem) = norm.strip_prefix("ال") else { return false };
    let Some(stem) = stem.strip_suffix("ية").or_else(|| stem.strip_suffix('ي')) else { return false };
    let places = places();
    [String::new(), "ا".into(), "ة".into(), "يا".into(), "ية".into()]
        .iter()
        .any(|end| places.contains(&format!("{stem}{end}")) || places.contains(&format!("ال{stem}{end}")))
}

/// Whether a nisba adjective, definite or not, names a nationality:
/// أمريكي, سويسريا, السعودية (after a currency: دولار أمريكي).
pub(super) fn is_nationality_word(norm: &str) -> bool {
    let definite = if norm.starts_with("ال") { norm.to_string() } else { format!("ال{norm}") };
    let base = definite.strip_suffix('ا').filter(|b| b.ends_with('ي')).unwrap_or(&definite);
    is_nationality(base)
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
    let mut noun_conjunct = false;
    let mut j = start;
    while j < ctx.len() && j < start + MAX_WORDS {
        let info = ctx.info(j);
        if ctx.kind(j) != Some(TokenKind::Word)
            || info.class & phrase::NOT_IN_NAME != 0
            || info.skip > 0
            || ctx.starts_line(j)
        {
            break;
        }
        if proclitic(ctx, j).is_some_and(|p| p != "ل") {
            // A conjunct inside the chain, not after a name: an adjective
            // (المجلس الاقتصادي والاجتماعي), or after an indefinite head one
            // noun (مجلس السلم والأمن) — not a list (الجبهة الداخلية
            // والإصلاحات السياسية والإصلاحات الاقتصادية).
            let bare = ctx.form_norm(j).strip_prefix('و').unwrap_or("");
            let adjective = bare.starts_with("ال") && (bare.ends_with('ي') || bare.ends_with("ية"));
            let allowed = adjective || !definite_head && !noun_conjunct;
            if !after_name && allowed && phrase::conjunct(ctx, j, last_definite.is_some()) {
                noun_conjunct |= !adjective;
                last_definite = Some(j);
                j += 1;
                continue;
            }
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
        if ctx.hit(j).is_some() || ctx.title(j).is_some() || info.class & ROLE != 0 {
            break; // a date, a person, a title (السفير): not part of the name
        }
        if info.definite {
            // After a known name only adjectives follow: مجلس الأمن الدولي,
            // not مجلس الأمن الأسبوع المقبل.
            // اللجنة الأردنية العُمانية المشتركة: «joint» after a nisba.
            let joint = last_definite.is_some()
                && matches!(ctx.form_norm(j), "المشتركة" | "المشترك")
                && ctx.info(j - 1).nisba;
            let nisba = (info.nisba || joint) && info.class & (ORDINAL | ORDINAL_TENS) == 0;
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
