//! Numbers: a quantity as written with its scale, unit, currency or
//! percent, without the counted noun (`../shared/ENTITIES.md`, NUMBER).
//!
//! - the figure: digits in either set, with a decimal point or thousands
//!   separators (1.7, 1,200, ١٫٧, ٢٬٥٠٠), thousands parted by spaces as UN
//!   documents print them (10 000, and 500 275 2 where the groups come out
//!   reversed), or number words joined by و (الثانية والأربعون, خمسة
//!   وعشرون);
//! - then scales (ألف, مليون, مليار, بليون, تريليون), a currency with its
//!   nationality (دولار أمريكي, فرنك سويسري) or a unit (كيلومترا مربعا),
//!   or the percent (%, في المائة, في المئة, بالمائة); a currency sign
//!   touching the figure comes with it ($5);
//! - 230 in «230 لاجئاً»: the counted noun stays out.
//!
//! Labels are not quantities and give nothing: a paragraph or list number
//! opening a line («9 -», «١٢٣ -», «(3)», «4.», «2-1»), a numbered item
//! «'3`», a post's grade (ف-4), and the numbers a reference word points to (الفقرة 4, المادة 73
//! (هـ), الفقرتين 5 و6, البند 113). Digits inside a date or a resolution
//! are proposed too; the overlap rule drops them there, because the date or
//! law is longer.

use super::orgs::is_nationality_word;
use super::{starts, Ctx};
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

pub(super) const NUMBER_WORD: u64 = CARDINAL | TENS | HUNDREDS | SCALE | ORDINAL | ORDINAL_TENS;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let n = ctx.len();
    let mut i = 0;
    while i < n {
        i = ctx.next_start(starts::NUMBER, i);
        if i >= n {
            break;
        }
        if let Some(end) = label_end(ctx, i) {
            i = end + 1;
            continue;
        }
        let Some(mut last) = number_at(ctx, i) else {
            i += 1;
            continue;
        };
        let sign_before = i > 0 && ctx.touches_previous(i) && ctx.is(i - 1, CURRENCY_SIGN);
        let first = if sign_before { i - 1 } else { i };
        // Scales and currencies after the number: 3 ملايين دولار.
        while ctx.is(last + 1, SCALE) {
            last += 1;
        }
        let sign = ctx.kind(last + 1) == Some(TokenKind::Symbol)
            && (matches!(ctx.surface(last + 1), "%" | "٪") || ctx.is(last + 1, CURRENCY_SIGN));
        if ctx.is(last + 1, CURRENCY) {
            last += 1; // دولار, then أمريكي
            if is_nationality_word(ctx.form_norm(last + 1)) && ctx.info(last + 1).skip == 0 {
                last += 1;
            }
        } else if ctx.is(last + 1, UNIT) {
            last += 1; // كيلومترا, then مربعا
            if ctx.is(last + 1, UNIT_ADJ) {
                last += 1;
            }
        } else if ctx.is(last + 1, PERCENT_HEAD) || sign {
            last += 1; // %, بالمئة
        } else if ctx.surface(last + 1) == "في" && ctx.is(last + 2, PERCENT_HEAD) {
            last += 2; // في المائة
        }
        out.push(ctx.entity(first, last, EntityType::Number));
        i = last + 1;
    }
}

/// The last token of a label starting at `i`, which is no quantity (see
/// the module docs).
fn label_end(ctx: &Ctx, i: usize) -> Option<usize> {
    // 9 -, ١٢٣ -, 4., 3) at the start of a line, and 2-1, 1.2 headings
    if ctx.value(i).is_some() && ctx.starts_line(i) {
        let next = ctx.surface(i + 1);
        if ctx.kind(i + 1) == Some(TokenKind::Punct) && matches!(next, "-" | "–" | "." | ")") {
            let sub_number =
                ctx.value(i + 2).is_some() && ctx.touches_previous(i + 1) && ctx.touches_previous(i + 2);
            return Some(if sub_number { i + 2 } else { i + 1 });
        }
    }
    // ف-4, مد-1: a post's grade
    if i >= 2
        && ctx.value(i).is_some()
        && ctx.is_punct(i - 1, "-")
        && ctx.touches_previous(i)
        && ctx.touches_previous(i - 1)
    {
        let grade = ctx.kind(i - 2) == Some(TokenKind::Word) && ctx.surface(i - 2).chars().count() <= 2;
        if grade {
            return Some(i);
        }
    }
    // (3) at the start of a line
    if ctx.is_punct(i, "(") && ctx.starts_line(i) && ctx.value(i + 1).is_some() && ctx.is_punct(i + 2, ")") {
        return Some(i + 2);
    }
    // '3` — the UN's numbered sub-items
    if ctx.surface(i) == "'" && ctx.value(i + 1).is_some() && ctx.surface(i + 2) == "`" {
        return Some(i + 2);
    }
    // 19:48 — a clock time
    if ctx.value(i).is_some_and(|h| h <= 24)
        && ctx.is_punct(i + 1, ":")
        && ctx.value(i + 2).is_some_and(|m| m < 60 && ctx.form_norm(i + 2).len() == 2)
    {
        return Some(i + 2);
    }
    // 18 ألف-54, الجدول 18 ألف-9: a section numbered with a letter's name
    if ctx.value(i).is_some() && lettered(ctx, i + 1) {
        return Some(i + 3);
    }
    if i > 0 && ctx.value(i - 1).is_some() && lettered(ctx, i) {
        return Some(i + 2);
    }
    // الفقرة 4 (أ), الفقرتين 5 و 6, الفقرات 3 إلى 10, الفقرتين الفرعيتين 2
    let reference = ctx.is(i, REFERENCE) && ctx.info(i).word;
    let sub = reference && matches!(ctx.form_norm(i + 1), "الفرعية" | "الفرعيتين" | "الفرعيتان" | "الفرعيات");
    let mut first = i + 1 + usize::from(sub);
    // المرفقات من 1 إلى 7: a range of labels opened by من.
    if reference && ctx.form_norm(first) == "من" && ctx.value(first + 1).is_some() {
        first += 1;
    }
    if reference && ctx.value(first).is_some() {
        let mut last = first;
        loop {
            if ctx.is_punct(last + 1, "(")
                && ctx.kind(last + 2) == Some(TokenKind::Word)
                && ctx.is_punct(last + 3, ")")
            {
                last += 3; // (أ)
            }
            let joined =
                ctx.is(last + 1, RANGE) || ctx.is_punct(last + 1, "،") || ctx.is_punct(last + 1, "-");
            if !(joined && ctx.value(last + 2).is_some()) {
                break;
            }
            last += 2;
        }
        return Some(last);
    }
    None
}

/// Whether `k` opens a letter's name joined to a number by a hyphen
/// (ألف-54), as UN budget sections number their paragraphs.
fn lettered(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.surface(k), "ألف" | "باء" | "جيم" | "دال")
        && ctx.is_punct(k + 1, "-")
        && ctx.touches_previous(k + 1)
        && ctx.value(k + 2).is_some()
}

/// The last token of the figure starting at `i`: digits (with thousands
/// parted by spaces), or number words joined by و (the و is a proclitic of
/// the next word: والأربعون).
fn number_at(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.info(i).decimal {
        return Some(i);
    }
    if ctx.value(i).is_some() {
        return Some(spaced_groups_end(ctx, i));
    }
    let info = ctx.info(i);
    // الدول الخمس, المصابين الثلاثة: a definite cardinal counts (ENTITIES.md
    // and the gold's README: «الثلاثة، الخمس»); not after a proclitic
    // other than و (بالخمس is no count of its own).
    if info.word && info.class & DEF_CARDINAL != 0 && ctx.form_norm(i).starts_with("ال") {
        return Some(if matches!(ctx.form_norm(i + 1), "عشر" | "عشرة") { i + 1 } else { i });
    }
    if !info.word || info.class & NUMBER_WORD == 0 {
        return None;
    }
    // الحادي عشر, الخامسة عشرة: the teen of an ordinal counts nothing.
    if matches!(ctx.form_norm(i), "عشر" | "عشرة")
        && i > 0
        && ctx.is(i - 1, ORDINAL)
        && ctx.info(i - 1).definite
    {
        return None;
    }
    // An ordinal (المرفق الثالث, دون الخامسة عشرة) counts nothing.
    if info.class & (ORDINAL | ORDINAL_TENS) != 0 && info.class & (CARDINAL | TENS | HUNDREDS) == 0 {
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
    // A lone ambiguous word (عشر, أحد) is not a number; ست, سبع, خمس, ثمان
    // are one before the indefinite noun they count (سبع نساء).
    let counts_noun = matches!(ctx.surface(i), "ست" | "سبع" | "خمس" | "ثمان")
        && ctx.kind(i + 1) == Some(TokenKind::Word)
        && ctx.info(i + 1).class & (STOP | NOT_NAME | NUMBER_WORD) == 0
        && ctx.info(i + 1).skip == 0
        && !ctx.front(i + 1).article
        && ctx.hit(i + 1).is_none();
    let lone_ok = info.class & (TENS | HUNDREDS | ORDINAL | ORDINAL_TENS) != 0
        || counts_noun
        || !matches!(ctx.surface(i), "عشر" | "أحد" | "احد" | "إحدى" | "ست" | "سبع" | "خمس" | "ثمان");
    // Nor is a lone plural scale (ملايين من النساء) or «one» (إدارة واحدة).
    let norm = ctx.form_norm(i);
    let core = norm.strip_prefix('و').filter(|_| info.skip > 0).unwrap_or(norm);
    let lone_ok = lone_ok
        && !matches!(
            core,
            "واحد"
                | "واحدة"
                | "الواحد"
                | "الواحدة"
                | "ملايين"
                | "الاف"
                | "آلاف"
                | "مليارات"
                | "بلايين"
        );
    (last > i || lone_ok).then_some(last)
}

/// The last group of a number whose thousands are parted by single spaces
/// (10 000 000), in either order: groups of three digits, but the first or
/// the last (the highest, wherever the direction put it) may be shorter.
fn spaced_groups_end(ctx: &Ctx, i: usize) -> usize {
    let digits = |k: usize| ctx.value(k).map(|_| ctx.form_norm(k).len());
    let tokens = &ctx.lexed.tokens;
    let spaced = |k: usize| {
        let gap = &ctx.text[tokens[k - 1].span.end..tokens[k].span.start];
        matches!(gap, " " | "\u{a0}" | "\u{202f}")
    };
    let Some(first) = digits(i).filter(|&d| d <= 3) else { return i };
    let mut last = i;
    while last + 1 < ctx.len() && spaced(last + 1) && digits(last + 1).is_some_and(|d| d <= 3) {
        last += 1;
    }
    // Every group between is three digits; of the ends, one may be short.
    let inner_ok = (i + 1..last).all(|k| digits(k) == Some(3));
    let end_short = digits(last).is_some_and(|d| d < 3);
    match last > i && inner_ok && !(first < 3 && end_short) {
        true => last,
        false => i,
    }
}
