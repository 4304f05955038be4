//! Laws and events: a head word, then what makes it one specific thing.
//!
//! LAW
//! - `قرار|القرار [ORG] [رقم] N [(/YEAR)] [لعام YEAR]`: قرار مجلس الأمن رقم 2254;
//!   a resolution needs its number (قرارات مجلس الأمن ذات الصلة is not one).
//! - `اتفاق|ميثاق|بيان|إعلان|… (LOC|ORG) [-N|N] [ORDINAL] [لعام YEAR]`:
//!   بيان جنيف -1 لعام 2012, ميثاق الأمم المتحدة; بيان needs a place.
//!
//! EVENT
//! - `القمة|الدورة|مؤتمر|… (ORDINAL | ORG | LOC)`, or a summit the gazetteer
//!   knows, then `في LOC` if it follows: القمة الإسلامية في إسطنبول,
//!   الدورة الثالثة والأربعون.
//! - `حرب|الحرب (LOC | DATE | العالمية ORDINAL)`: حرب الخليج.
//!
//! Names inside (مجلس الأمن, جنيف) stay as nested mentions.

use super::Ctx;
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};

const NAME: &[EntityType] = &[EntityType::Org, EntityType::Loc];
const ORDINAL_WORD: u64 = ORDINAL | ORDINAL_TENS;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    for i in 0..ctx.len() {
        if let Some(last) = law_at(ctx, i) {
            out.push(ctx.entity(i, last, EntityType::Law));
        }
        if let Some(last) = event_at(ctx, i) {
            out.push(ctx.entity(i, last, EntityType::Event));
        }
    }
}

fn law_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is(i, LAW_NUM_HEAD) {
        let mut j = i + 1;
        if let Some(org) = ctx.hit_of(j, &[EntityType::Org]) {
            j = org.end + 1;
        }
        if ctx.is(j, NUMBER_MARK) {
            j += 1;
        }
        ctx.value(j)?;
        let mut last = j;
        // 242 و338
        while ctx.is(last + 1, AND) && ctx.value(last + 2).is_some() {
            last += 2;
        }
        if let Some(year) = year_suffix(ctx, last + 1) {
            last = year;
        }
        return Some(last);
    }
    if !ctx.is(i, LAW_HEAD) {
        return None;
    }
    let name = ctx.hit_of(i + 1, NAME)?;
    if ctx.surface(i).ends_with("بيان") && name.kind != EntityType::Loc {
        return None;
    }
    let mut last = name.end;
    // جنيف -1, جنيف 2, اتفاقية جنيف الرابعة
    if ctx.is_punct(last + 1, "-") && ctx.value(last + 2).is_some() {
        last += 2;
    } else if ctx.value(last + 1).is_some_and(|v| v < 100)
        || ctx.is(last + 1, ORDINAL) && ctx.info(last + 1).skip == 0
    {
        last += 1;
    }
    if let Some(year) = year_suffix(ctx, last + 1) {
        last = year;
    }
    Some(last)
}

/// `لعام 2012`, `عام 2012`, `(2015)`: the year of a law, its last token.
fn year_suffix(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is(i, YEAR_WORD) && ctx.is_year(i + 1) {
        return Some(i + 1);
    }
    if ctx.is_punct(i, "(") && ctx.is_year(i + 1) && ctx.is_punct(i + 2, ")") {
        return Some(i + 2);
    }
    None
}

fn event_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is(i, WAR_HEAD) {
        if let Some(name) = ctx.hit_of(i + 1, &[EntityType::Loc, EntityType::Date]) {
            return Some(name.end);
        }
        let worldwide = ctx.surface(i + 1).ends_with("العالمية");
        return (worldwide && ctx.is(i + 2, ORDINAL)).then_some(i + 2);
    }
    let known = ctx.hit_of(i, &[EntityType::Event]);
    if known.is_none() && !ctx.is(i, EVENT_HEAD) {
        return None;
    }
    let mut last = known.map_or(i, |k| k.end);
    let mut specific = known.is_some();
    if ctx.is(last + 1, ORDINAL_WORD) && ctx.info(last + 1).skip == 0 {
        last += 1;
        while ctx.is(last + 1, ORDINAL_WORD) && ctx.surface(last + 1).starts_with('و') {
            last += 1;
        }
        specific = true;
    } else if let Some(name) = ctx.hit_of(last + 1, NAME).filter(|_| ctx.info(last + 1).skip == 0) {
        last = name.end;
        specific = true;
    }
    if !specific {
        return None;
    }
    if ctx.surface(last + 1) == "في" {
        if let Some(place) = ctx.hit_of(last + 2, &[EntityType::Loc]) {
            last = place.end;
        }
    }
    Some(last)
}
