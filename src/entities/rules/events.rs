//! Events: named meetings, sessions, conferences, summits, wars and
//! international days, years and decades, with their ordinal and body
//! (`../shared/ENTITIES.md`, EVENT).
//!
//! - `القمة|الدورة|دورته|مؤتمر|… | a known event`, then in any order القمة
//!   (مؤتمر **القمة**), adjectives (العربية, العادية) and a known
//!   organisation or place (مؤتمر **الأمم المتحدة**, مؤتمر **جنيف**), or an
//!   indefinite head's noun with its adjective (مؤتمر **الحوار الوطني**),
//!   then the ordinal whole (الحادية والسبعين, الرابعة عشرة) or a number
//!   (دورته العادية 146), then its body and place: ل + an organisation
//!   (الدورة الحادية والسبعين **للجمعية العامة**), المعني ب… (مؤتمر الأمم المتحدة العالمي الثالث **المعني بالحد
//!   من أخطار الكوارث**), ل + a phrase when a name is inside (مؤتمر الأمم
//!   المتحدة **للتنمية المستدامة**), `في LOC` (القمة الإسلامية **في
//!   إسطنبول**). An ordinal, a name or a known event makes it specific; a
//!   back-reference body is left out (الدورة الثانية والأربعون للمنظمة).
//! - `الاجتماع`, `اجتماعات` only with an ordinal: الاجتماع الوزاري السادس
//!   والثلاثين; a head's own noun names an event only after مؤتمر, منتدى,
//!   قمة, ندوة (اجتماعات الهيئات الحكومية الدولية, دورة التخطيط الوطني are
//!   descriptions).
//! - `اليوم|السنة|العقد|… العالمي|الدولي|الأمم المتحدة … ل…`: اليوم العالمي
//!   للاجئين, عقد الأمم المتحدة للسلامة على الطرق.
//! - `حرب|الحرب (LOC | DATE | YEAR | العالمية ORDINAL)`: حرب الخليج.
//!
//! Names inside (الجمعية العامة, إسطنبول) stay as nested mentions.

use super::phrase::{self, bare_definite, Allow, Bodies};
use super::{starts, Ctx};
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};

const NAME: &[EntityType] = &[EntityType::Org, EntityType::Loc];
const ORDINAL_WORD: u64 = ORDINAL | ORDINAL_TENS;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    for i in ctx.starts(starts::EVENT) {
        let last = war_at(ctx, i)
            .or_else(|| observance_at(ctx, i))
            .or_else(|| session_at(ctx, i))
            .or_else(|| event_at(ctx, i));
        if let Some(last) = last {
            out.push(ctx.entity_from(ctx.start_of(i), last, EntityType::Event));
        }
    }
}

/// حرب الخليج, حرب أكتوبر, حرب 1967, الحرب العالمية الثانية.
fn war_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.is(i, WAR_HEAD) {
        return None;
    }
    if let Some(name) = ctx.hit_of(i + 1, &[EntityType::Loc, EntityType::Date]).filter(|h| !h.clitic) {
        return Some(name.end);
    }
    if ctx.is_year(i + 1) {
        return Some(i + 1);
    }
    // الحرب في السودان: a war named by its place.
    if ctx.surface(i + 1) == "في" {
        if let Some(place) = ctx.hit_of(i + 2, &[EntityType::Loc]).filter(|h| !h.clitic) {
            return Some(place.end);
        }
    }
    let worldwide = ctx.surface(i + 1).ends_with("العالمية");
    (worldwide && ctx.is(i + 2, ORDINAL)).then_some(i + 2)
}

/// A numbered meeting: الجلسة 7396, جلسة مجلس الأمن 7386, جلستها العامة 56
/// (the gold's README: numbered sessions and meetings are EVENT). Without
/// its number a meeting is a description (جلسة مجلس الأمن المعقودة يوم …).
fn session_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.is(i, SESSION) || !ctx.info(i).word {
        return None;
    }
    let mut j = i + 1;
    if let Some(org) = ctx.hit_of(j, &[EntityType::Org]).filter(|h| !h.clitic) {
        j = org.end + 1;
    }
    while bare_definite(ctx, j) && (ctx.info(j).nisba || matches!(ctx.form_norm(j), "العامة" | "العلنية"))
    {
        j += 1;
    }
    let number = ctx.value(j).is_some() && !ctx.info(j).decimal && ctx.form_norm(j).len() <= 5;
    number.then_some(j)
}

/// International days, years and decades: اليوم العالمي للاجئين, السنة
/// الدولية للأسر, عقد الأمم المتحدة للسلامة على الطرق.
fn observance_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.is(i, PERIOD_HEAD) || !ctx.info(i).word {
        return None;
    }
    let mut j = i + 1;
    if let Some(org) = ctx.hit_of(j, &[EntityType::Org]).filter(|h| !h.clitic && !ctx.front(i).article) {
        j = org.end + 1;
    } else if bare_definite(ctx, j) && ctx.is(j, INTL) {
        j += 1;
    } else {
        return None;
    }
    while bare_definite(ctx, j) && ctx.info(j).nisba {
        j += 1;
    }
    let end = phrase::complement_end(
        ctx,
        j,
        Allow { lam_words: 1, lam_org: Bodies::None, lam_names: true, body: None },
    )?;
    // اليوم الدولي للتضامن مع الشعب الفلسطيني: with whom.
    if ctx.surface(end + 1) == "مع" && bare_definite(ctx, end + 2) {
        if let Some(with) = phrase::phrase_end(ctx, end + 2, None) {
            return Some(with);
        }
    }
    Some(end)
}

/// A named meeting, session, conference or summit (see the module docs).
fn event_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let known = ctx.hit_of(i, &[EntityType::Event]);
    // الاجتماع, اجتماعات: a meeting is one only with its ordinal.
    let meeting = ctx.is(i, MEETING) || ctx.info(i).meetings;
    if known.is_none() && !ctx.is(i, EVENT_HEAD) && !meeting {
        return None;
    }
    let mut last = known.map_or(i, |k| k.end);
    let (mut named, mut adjective, mut construct) = (false, false, false);
    // مؤتمر الحوار الوطني: an indefinite head's own noun, named by the
    // adjective after it.
    let noun = i + 1;
    let construct_head = ["مؤتمر", "منتدى", "قمة", "ندوة"].iter().any(|h| super::orgs::core_is(ctx, i, h));
    if known.is_none() && construct_head && bare_definite(ctx, noun) && ctx.hit(noun).is_none() {
        let plain =
            ctx.info(noun).class & (STOP | NOT_NAME | ORDINAL_WORD | REL_DATE | REL_UNIT | YEAR_WORD) == 0;
        if plain && !ctx.info(noun).nisba && bare_definite(ctx, noun + 1) && ctx.info(noun + 1).nisba {
            last = noun;
            construct = true;
        }
    }
    // مؤتمر القمة, مؤتمر الأمم المتحدة, القمة العربية, الاجتماع الوزاري
    loop {
        let j = last + 1;
        if let Some(name) = ctx.hit_of(j, NAME).filter(|h| !h.clitic && !meeting) {
            last = name.end;
            named = true;
        } else if bare_definite(ctx, j)
            && (ctx.info(j).nisba
                || ctx.is(j, INTL)
                || ctx.form_norm(j) == "القمة"
                || phrase::ADJECTIVES.contains(&ctx.form_norm(j)))
        {
            if ctx.is(j, ORDINAL_WORD) {
                break;
            }
            last = j;
            adjective = true;
        } else {
            break;
        }
    }
    let mut ordinal = ordinal_end(ctx, last + 1);
    // دورته العادية 146: a session numbered in digits, after an adjective
    // or a pronoun, or past the days of a month (not استمرت الدورة 3 أيام).
    let pronoun =
        !ctx.front(i).article && ctx.form_norm(i).ends_with('ه') || ctx.form_norm(i).ends_with("ها");
    let digits = ctx.value(last + 1).filter(|&v| v < 1000 && !meeting);
    if ordinal.is_none() && digits.is_some() {
        let pause = ctx.kind(last + 2) != Some(crate::tokenize::TokenKind::Word) || ctx.is(last + 2, STOP);
        if adjective || pronoun || pause && digits.is_some_and(|v| v > 31) {
            ordinal = Some(last + 1);
        }
    }
    if let Some(end) = ordinal {
        last = end;
    }
    // مؤتمر استعراض المعاهدة عام 2010, مؤتمر الاستعراض لعام 2015: a
    // conference named by its year.
    let mut dated = false;
    if ordinal.is_none() && ["مؤتمر", "مؤتمري"].iter().any(|h| super::orgs::core_is(ctx, i, h)) {
        let words = (last + 1..last + 4).take_while(|&k| {
            ctx.kind(k) == Some(crate::tokenize::TokenKind::Word) && ctx.info(k).class & STOP == 0
        });
        if let Some(end) = (last + 1..last + 4).take(words.count() + 1).find_map(|k| year_end(ctx, k)) {
            last = end;
            dated = true;
        }
    }
    let specific =
        known.is_some() || ordinal.is_some() || named && !meeting || construct && adjective || dated;
    // القمة الإسلامية في إسطنبول: a place makes a described summit one.
    let place = (ctx.surface(last + 1) == "في")
        .then(|| ctx.hit_of(last + 2, &[EntityType::Loc]).filter(|h| !h.clitic))
        .flatten();
    if !(specific || adjective && place.is_some() && !meeting) {
        return None;
    }
    if !meeting {
        // مؤتمر القمة العالمي للتنمية الاجتماعية: a summit named by its
        // adjective takes its purpose as a name inside would.
        let summit = adjective && (i..=last).any(|k| super::orgs::core_is(ctx, k, "القمة"));
        let allow = Allow {
            lam_words: usize::from(named || summit),
            lam_org: Bodies::Any,
            lam_names: true,
            body: None,
        };
        if let Some(end) = phrase::complement_end(ctx, last + 1, allow) {
            last = end;
        } else if ctx.front(last + 1).first == Some("ل") && ctx.front(last + 1).last == Some("ل") {
            // للمجلس الأعلى لمجلس التعاون: a body the organisation rule names
            if let Some(end) = super::orgs::org_end(ctx, last + 1) {
                last = end;
            }
        }
    }
    if ctx.surface(last + 1) == "في" {
        if let Some(place) = ctx.hit_of(last + 2, &[EntityType::Loc]).filter(|h| !h.clitic) {
            last = place.end;
        }
    }
    Some(last)
}

/// The last token of a year named at `k` (عام 2010, لعام 2015, and a
/// second one joined by و: عام 2010 وعام 2015).
fn year_end(ctx: &Ctx, k: usize) -> Option<usize> {
    if !(ctx.is(k, YEAR_WORD) && ctx.is_year(k + 1)) {
        return None;
    }
    let second = ctx.is(k + 2, YEAR_WORD) && ctx.surface(k + 2).starts_with('و') && ctx.is_year(k + 3);
    Some(if second { k + 3 } else { k + 1 })
}

/// The last token of an ordinal starting at `j`, whole: الثالثة, الحادية
/// والسبعين, الرابعة عشرة.
fn ordinal_end(ctx: &Ctx, j: usize) -> Option<usize> {
    if !ctx.is(j, ORDINAL_WORD) || ctx.info(j).skip != 0 || !ctx.front(j).article {
        return None;
    }
    let mut last = j;
    loop {
        let next = last + 1;
        let joined = ctx.is(next, ORDINAL_WORD) && ctx.surface(next).starts_with('و');
        if !(joined || matches!(ctx.form_norm(next), "عشر" | "عشرة")) {
            break;
        }
        last = next;
    }
    Some(last)
}
