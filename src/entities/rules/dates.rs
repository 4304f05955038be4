//! Dates, whole as written (`../shared/ENTITIES.md`: a date is one mention
//! with its day names and ranges).
//!
//! A date is one or more *units* joined into one mention:
//!
//! - unit: `[يوم|يومي|مطلع|…] [WEEKDAY [،]] [DAY ((و|-|إلى) DAY)*] MONTH
//!   [/ MONTH | ( MONTH )] [YEAR [هـ|م]]` — 3 حزيران/يونيه 2014, أيار
//!   (مايو) 2015, يومي 14و15 أبريل 2016, in either digit set; `عام|لعام|سنة
//!   YEAR [و YEAR] [هـ|م]`; `YEAR هـ|م`; `[يوم] WEEKDAY [المقبل|الماضي]`;
//!   2016/4/14;
//! - one date of two units: `UNIT الموافق UNIT` (1437هـ الموافق 2016م, also
//!   in parentheses), a range `من UNIT إلى|حتى UNIT` or `بين UNIT و UNIT`
//!   (من 1 تموز/يوليه إلى 30 أيلول/سبتمبر 2016, من 2002 إلى 2004: the من
//!   or بين belongs to it), `UNIT -|إلى UNIT` between months, and `UNIT و
//!   UNIT` when only the second has the year they share (تشرين الأول/أكتوبر
//!   وتشرين الثاني/نوفمبر 2014);
//! - a year alone is a date inside parentheses (the year of القرار 2254
//!   (2015), nested in the LAW) or after في, منذ, حتى, قبل, بعد, خلال,
//!   بحلول before a pause;
//! - relative: `الأسبوع|الشهر|العام… الماضي|المقبل|…`.
//!
//! A bare اليوم, أمس, غدا is not a date, nor is a clock time. A lone month
//! name is the gazetteer's mention, not repeated here.

use super::{starts, Ctx, OPENS_BETWEEN, OPENS_FROM};
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

/// One unit of a date: where it starts (byte) and its last token.
#[derive(Clone, Copy, Debug)]
struct Unit {
    start: usize,
    last: usize,
    month: bool,
    year: bool,
    /// Its days are a range (3 إلى 5 شباط): a من or بين before is its own.
    range: bool,
}

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let n = ctx.len();
    let mut i = 0;
    while i < n {
        i = ctx.next_start(starts::DATE, i);
        if i >= n {
            break;
        }
        if let Some((start, last)) = date_at(ctx, i) {
            let single_hit = ctx.hit(i).is_some_and(|h| h.end == last && h.start == start);
            if !single_hit {
                out.push(ctx.entity_from(start, last, EntityType::Date));
            }
            i = last + 1;
            continue;
        }
        if let Some(year) = lone_year(ctx, i) {
            out.push(ctx.entity(year, year, EntityType::Date));
        }
        i += 1;
    }
}

/// The date starting at token `i`: its first byte and last token.
pub(super) fn date_at(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    // من … إلى …, بين … و …: the word belongs to the range, if there is one
    // (not the و of ومن).
    let opens = ctx.info(i).opener;
    let from = (opens & OPENS_FROM != 0).then(|| ctx.word_after_and(i, "من")).flatten();
    let between = (opens & OPENS_BETWEEN != 0).then(|| ctx.word_after_and(i, "بين")).flatten();
    let (from, opener) = match (from, between) {
        (Some(at), _) => (at, Some(TO)),
        (_, Some(at)) => (at, Some(AND)),
        _ => (0, None),
    };
    let first_unit = if opener.is_some() {
        unit_at(ctx, i + 1).or_else(|| bare_year(ctx, i + 1))?
    } else {
        unit_at(ctx, i)?
    };
    let mut last = first_unit.last;
    if let Some(link) = opener {
        if ctx.is(last + 1, link) && ctx.info(last + 1).skip == 0 {
            let second =
                unit_at(ctx, last + 2).or_else(|| bare_year(ctx, last + 2).filter(|_| !first_unit.month));
            if let Some(second) = second {
                return Some((from, corresponding(ctx, second.last)));
            }
        }
        // بين عامي 2008 و 2013: the two years are the range
        let years = ctx.form_norm(i + 1) == "عامي";
        if !first_unit.month && !first_unit.range && !years {
            return None; // من 2000 شخص: no range, and a year alone is not a date here
        }
        let start = if first_unit.range || years { from } else { first_unit.start };
        return Some((start, corresponding(ctx, last)));
    }
    last = corresponding(ctx, last);
    if first_unit.month {
        // آذار/مارس - نيسان/أبريل 2015; تشرين الأول/أكتوبر وتشرين الثاني/نوفمبر 2014
        let (and, second) = if ctx.is(last + 1, TO | AND) || ctx.is_punct(last + 1, "-") {
            (ctx.is(last + 1, AND), unit_at(ctx, last + 2))
        } else {
            let glued = unit_at(ctx, last + 1).filter(|u| u.start > ctx.lexed.tokens[last + 1].span.start);
            (true, glued.filter(|_| ctx.front(last + 1).first == Some("و")))
        };
        if let Some(second) = second.filter(|u| u.month) {
            if !and || !first_unit.year && second.year {
                last = corresponding(ctx, second.last);
            }
        }
    }
    Some((first_unit.start, last))
}

/// The last token of a date with its equivalent in the other calendar
/// after it (1437هـ الموافق 2016م, or the same in parentheses), or `last`.
fn corresponding(ctx: &Ctx, last: usize) -> usize {
    let paren = ctx.is_punct(last + 1, "(");
    let word = last + 1 + usize::from(paren);
    if !ctx.is(word, CORRESPONDING) {
        return last;
    }
    // الموافق لـ 6 أكتوبر
    let mut next = word + 1;
    if ctx.form_norm(next) == "ل" || ctx.form_norm(next) == "لـ" {
        next += 1;
    }
    let Some(other) = unit_at(ctx, next).or_else(|| bare_year(ctx, next)) else { return last };
    if paren {
        return if ctx.is_punct(other.last + 1, ")") { other.last + 1 } else { last };
    }
    other.last
}

/// A year in digits alone as a unit (within a range or after الموافق).
fn bare_year(ctx: &Ctx, i: usize) -> Option<Unit> {
    if !ctx.is_year(i) {
        return None;
    }
    let last = if ctx.is(i + 1, HIJRI_MARK | GREG_MARK) { i + 1 } else { i };
    Some(Unit { start: ctx.lexed.tokens[i].span.start, last, month: false, year: true, range: false })
}

/// The unit of a date starting at token `i` (see the module docs).
fn unit_at(ctx: &Ctx, i: usize) -> Option<Unit> {
    if i >= ctx.len() {
        return None;
    }
    let start = ctx.start_of(i);
    let mut j = i;
    let mut lead = false;
    let weekday_at =
        |k: usize| ctx.hit_of(k, &[EntityType::Date]).is_some_and(|h| h.id.starts_with("weekday-"));
    // يوم الأحد, مطلع شهر, and اليوم الأحد, أمس الإثنين
    if ctx.is(j, DAY_WORD | DATE_EDGE) || ctx.is(j, REL_DATE) && weekday_at(j + 1) {
        j += 1;
        lead = true;
    }
    let mut weekday = None;
    if let Some(day) = ctx.hit_of(j, &[EntityType::Date]).filter(|h| h.id.starts_with("weekday-")) {
        weekday = Some(day.end);
        j = day.end + 1;
        if ctx.is_punct(j, "،") && ctx.is_day(j + 1) {
            j += 1;
        }
    }
    let (mut days, mut range) = (false, false);
    if ctx.is_day(j) {
        days = true;
        j += 1;
        // 14و15, 27 و28, 14-16, 3 إلى 5
        while (ctx.is(j, RANGE) || ctx.is_punct(j, "-")) && ctx.is_day(j + 1) {
            range = true;
            j += 2;
        }
    }
    if let Some(month) = ctx.month(j) {
        let mut last = month_pair(ctx, month.end);
        let year = ctx.is_year(last + 1);
        if year {
            last += 1;
            if ctx.is(last + 1, HIJRI_MARK | GREG_MARK) {
                last += 1;
            }
        } else if ctx.is(last + 1, REL_MOD) {
            last += 1; // نوفمبر القادم
        }
        // A month alone is the gazetteer's; with a day or a year, or
        // paired, it is a date here.
        return Some(Unit { start, last, month: true, year, range });
    }
    if days {
        return None;
    }
    if let Some(day) = weekday {
        // يوم الأحد, الأحد, السبت المقبل
        let last = if ctx.is(day + 1, REL_MOD) { day + 1 } else { day };
        return Some(Unit { start, last, month: false, year: false, range: false });
    }
    if ctx.is(j, YEAR_WORD) && ctx.info(j).word {
        if let Some(last) = years_after(ctx, j + 1) {
            let start = ctx.start_of(if lead { i } else { j });
            return Some(Unit { start, last, month: false, year: true, range: false });
        }
        return None;
    }
    if lead {
        return None;
    }
    if ctx.is_year(i) && ctx.is(i + 1, HIJRI_MARK | GREG_MARK) && ctx.info(i + 1).word {
        return Some(Unit { start, last: i + 1, month: false, year: true, range: false });
    }
    // 2014-2015: a span of years
    if ctx.is_year(i) && ctx.is_punct(i + 1, "-") && ctx.is_year(i + 2) {
        let (from, to) = (ctx.value(i).unwrap_or(0), ctx.value(i + 2).unwrap_or(0));
        if from < to && to - from <= 10 {
            return Some(Unit { start, last: i + 2, month: false, year: true, range: true });
        }
    }
    if ctx.info(i).numeric_date {
        return Some(Unit { start, last: i, month: true, year: true, range: false });
    }
    None
}

/// The last token of a month name and its pair in the other naming, if
/// written: حزيران/يونيه, أيار (مايو), كانون الأول/ ديسمبر.
fn month_pair(ctx: &Ctx, end: usize) -> usize {
    if ctx.is_punct(end + 1, "/") {
        if let Some(other) = ctx.month(end + 2) {
            return other.end;
        }
    }
    if ctx.is_punct(end + 1, "(") {
        if let Some(other) = ctx.month(end + 2).filter(|m| ctx.is_punct(m.end + 1, ")")) {
            return other.end + 1;
        }
    }
    end
}

/// The last token of a year after a year word, with a second joined by و
/// (عامي 2015 و2016) and the calendar's mark (هـ, م).
fn years_after(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.is_year(i) {
        return None;
    }
    let mut last = i;
    if (ctx.is(last + 1, AND) || ctx.is_punct(last + 1, "-")) && ctx.is_year(last + 2) {
        last += 2;
    }
    if ctx.is(last + 1, HIJRI_MARK | GREG_MARK) && ctx.info(last + 1).word {
        last += 1;
    }
    Some(last)
}

/// A year standing alone that is still a date: in parentheses (the year of
/// a resolution), or after في, منذ, حتى… before a pause.
fn lone_year(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.is_year(i) {
        return None;
    }
    if ctx.is_punct(i.wrapping_sub(1), "(") && ctx.is_punct(i + 1, ")") {
        return Some(i);
    }
    let after_prep = i > 0 && ctx.is(i - 1, DATE_PREP);
    let pause = ctx.kind(i + 1) != Some(TokenKind::Word) || ctx.is(i + 1, STOP);
    (after_prep && pause && !ctx.is_punct(i + 1, "%")).then_some(i)
}
