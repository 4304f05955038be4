//! Dates: day ranges around a month name, years, Hijri dates, relative
//! dates.
//!
//! - `[يوم|يومي] [weekday] DAY ([و|-|إلى|حتى] DAY)* MONTH [YEAR [هـ|م]]`:
//!   يومي 14و15 أبريل 2016, 27 و28 مايو 2015, 5 محرم 1438 هـ
//! - `[مطلع|أواخر|…] MONTH [YEAR]`: مطلع أكتوبر 2016
//! - `عام|سنة YEAR [هـ|م]` and `عامي YEAR و YEAR`
//! - `يوم WEEKDAY`, `أمس`, `اليوم`, `الأسبوع الماضي`, `العام المقبل`
//! - numeric dates: 2016/4/14

use super::Ctx;
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let n = ctx.len();
    let mut i = 0;
    while i < n {
        if let Some(month) = ctx.month(i) {
            let first = days_before(ctx, i);
            let last = year_after(ctx, month.end + 1).unwrap_or(month.end);
            if first < i || last > month.end {
                out.push(ctx.entity(first, last, EntityType::Date));
            }
            i = month.end + 1;
            continue;
        }
        let info = ctx.info(i);
        if info.class & YEAR_WORD != 0 {
            if let Some(last) = year_after(ctx, i + 1) {
                out.push(ctx.entity(i, last, EntityType::Date));
            }
        }
        if info.class & REL_DATE != 0 {
            out.push(ctx.entity(i, i, EntityType::Date));
        }
        if info.class & REL_UNIT != 0 && ctx.is(i + 1, REL_MOD) {
            out.push(ctx.entity(i, i + 1, EntityType::Date));
        }
        if info.class & DAY_WORD != 0 {
            if let Some(day) = ctx.hit_of(i + 1, &[EntityType::Date]).filter(|h| h.id.starts_with("weekday-"))
            {
                out.push(ctx.entity(i, day.end, EntityType::Date));
            }
        }
        if info.numeric_date {
            out.push(ctx.entity(i, i, EntityType::Date));
        }
        i += 1;
    }
}

/// Where a date ending in the month at `month` starts: the day numbers and
/// ranges before it, a weekday, يوم/يومي, مطلع/أواخر.
fn days_before(ctx: &Ctx, month: usize) -> usize {
    let mut first = month;
    if first > 0 && ctx.is_day(first - 1) {
        first -= 1;
        // 14و15, 27 و28, 14-16, 14 إلى 16
        while first >= 2 && ctx.is(first - 1, RANGE) && ctx.is_day(first - 2) {
            first -= 2;
        }
    }
    if first > 0 && ctx.hit_of(first - 1, &[EntityType::Date]).is_some_and(|h| h.id.starts_with("weekday-")) {
        first -= 1;
    }
    if first > 0 && ctx.is(first - 1, DAY_WORD | DATE_EDGE) {
        first -= 1;
    }
    first
}

/// The last token of a year starting at `i` (with هـ or م after it), or of
/// two years joined by و (عامي 2015 و2016).
fn year_after(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ctx.is_year(i) {
        return None;
    }
    let mut last = i;
    if ctx.is(last + 1, AND) && ctx.is_year(last + 2) {
        last += 2;
    }
    if ctx.is(last + 1, HIJRI_MARK | GREG_MARK) {
        last += 1;
    }
    Some(last)
}
