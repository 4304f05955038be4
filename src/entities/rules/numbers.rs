//! Numbers: digits, number words (الثانية والأربعون, خمسة ملايين),
//! percentages (15%, 15 في المائة, 15 بالمئة) and money (3 ملايين دولار).
//!
//! Digits inside a date or a resolution number are proposed too; the
//! overlap rule drops them there, because the date or law is longer.

use super::Ctx;
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

const NUMBER_WORD: u64 = CARDINAL | TENS | HUNDREDS | SCALE | ORDINAL | ORDINAL_TENS;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let n = ctx.len();
    let mut i = 0;
    while i < n {
        let Some(mut last) = number_at(ctx, i) else {
            i += 1;
            continue;
        };
        // Scales and currencies after the number: 3 ملايين دولار.
        while ctx.is(last + 1, SCALE) {
            last += 1;
        }
        let sign =
            ctx.kind(last + 1) == Some(TokenKind::Symbol) && matches!(ctx.surface(last + 1), "%" | "٪" | "$");
        if ctx.is(last + 1, CURRENCY | PERCENT_HEAD) || sign {
            last += 1; // دولار, %, بالمئة
        } else if ctx.surface(last + 1) == "في" && ctx.is(last + 2, PERCENT_HEAD) {
            last += 2; // في المائة
        }
        out.push(ctx.entity(i, last, EntityType::Number));
        i = last + 1;
    }
}

/// The last token of a number starting at `i`: digits, or number words
/// joined by و (the و is a proclitic of the next word: والأربعون).
fn number_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.value(i).is_some() {
        return Some(i);
    }
    let info = ctx.info(i);
    if !info.word || info.class & NUMBER_WORD == 0 {
        return None;
    }
    let mut last = i;
    while ctx.is(last + 1, NUMBER_WORD) {
        let next = last + 1;
        let joined = ctx.info(next).skip > 0 && ctx.surface(next).starts_with('و');
        if !(joined || ctx.is(next, SCALE) || matches!(ctx.surface(next), "عشر" | "عشرة")) {
            break;
        }
        last = next;
    }
    // A lone ambiguous word (عشر, أحد) is not a number.
    let lone_ok = info.class & (TENS | HUNDREDS | ORDINAL | ORDINAL_TENS) != 0
        || !matches!(ctx.surface(i), "عشر" | "أحد" | "احد" | "إحدى" | "ست" | "سبع" | "خمس" | "ثمان");
    (last > i || lone_ok).then_some(last)
}
