//! Laws: resolutions, decisions and instruments referred to by number or
//! by name (`../shared/ENTITIES.md`, LAW).
//!
//! By number:
//! - `قرار|القرار|قراره|قراراتها|المقرر… [body] [رقم] REF [SUFFIX]`: قرار
//!   مجلس الأمن رقم 2254, القرار 2254 (2015), قراره 2139 (2014) (the span
//!   starts at the noun, its pronoun kept), قرار الجمعية العامة 1514
//!   (د-15), قرار مجلس الأمن التابع للأمم المتحدة 1325 (2000). The body is
//!   a known organisation (with التابع ل…) or definite words (المجلس,
//!   الرئاسي); `قانون|مرسوم` need رقم (القانون رقم 10 لسنة 2015).
//! - REF is a number, a General Assembly number (68/262), an OIC number
//!   with its body (2/43-س) or a document symbol; SUFFIX is the year,
//!   `(2015)`, `لعام|لسنة 2015`, or the session, `(د-20)`, or the League's,
//!   `د.ع (147)`.
//! - Each item of a list is its own LAW, from its number: قراراته 2118
//!   (2013) و2165 (2014) gives «قراراته 2118 (2013)» and «2165 (2014)»; an
//!   item may follow a dated clause (المؤرخ 15 تشرين الأول/أكتوبر 1999 و
//!   1373 (2001)). A later item needs a year or session, a plural head, or
//!   the form of a resolution number.
//! - Without a head: a General Assembly resolution number (68/262, session
//!   40 to 80) and a document symbol (S/2016/57, A/RES/70/1, A/70/L.1,
//!   E/CN.4/2005/L.10): upper-case Latin letters, a slash, and touching
//!   letters, digits, slashes, dots and hyphens with a digit among them.
//!
//! By name:
//! - `اتفاق|ميثاق|إعلان|بيان|… LOC|ORG [-N|N|ORDINAL] …`: بيان جنيف -1
//!   لعام 2012, ميثاق الأمم المتحدة, اتفاقية جنيف الرابعة (بيان needs a
//!   place);
//! - `اتفاقية|معاهدة|ميثاق|عهد|بروتوكول` + a construct chain: اتفاقية حقوق
//!   الطفل, معاهدة عدم انتشار الأسلحة النووية;
//! - a definite head (الاتفاقية، العهد، الإعلان…) only with adjectives and a
//!   complement: العهد الدولي الخاص بالحقوق المدنية والسياسية, الإعلان
//!   العالمي لحقوق الإنسان — الإعلان الختامي للمؤتمر is a description;
//! - `خطة` + a phrase [+ ل LOC] + its year: خطة التنمية المستدامة لعام
//!   2030, خطة الاستجابة الإنسانية لليبيا لعام 2024;
//! - then adjectives and complements ([`super::phrase`]): اتفاقية الأمم
//!   المتحدة لقانون البحار, اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ,
//!   and the year.
//!
//! Names, dates and years inside stay as nested mentions; numbers inside a
//! LAW are never NUMBER (the longer LAW wins over them).

use super::phrase::{self, bare_definite, Allow, Bodies};
use super::{dates, starts, Ctx};
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

const NAME: &[EntityType] = &[EntityType::Org, EntityType::Loc];

/// What closes an instrument's name: لقانون البحار, بشأن تغير المناخ,
/// الخاص بالحقوق المدنية والسياسية.
const INSTRUMENT_COMPLEMENT: Allow =
    Allow { lam_words: 1, lam_org: Bodies::None, lam_names: false, body: None };

/// Most words between a resolution noun and its number.
const MAX_BODY: usize = 8;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let mut i = 0;
    while i < ctx.len() {
        i = ctx.next_start(starts::LAW, i);
        if i >= ctx.len() {
            break;
        }
        if let Some(last) = numbered(ctx, i, out) {
            i = last + 1;
            continue;
        }
        if let Some(last) = symbol_at(ctx, i).or_else(|| assembly_number(ctx, i).then_some(i)) {
            out.push(ctx.entity(i, last, EntityType::Law));
            i = last + 1;
            continue;
        }
        if let Some(last) = named(ctx, i) {
            out.push(ctx.entity(i, last, EntityType::Law));
        }
        i += 1;
    }
}

/// A resolution by number at `i` and the later items of its list, pushed
/// to `out`; the last token of the last one.
fn numbered(ctx: &Ctx, i: usize, out: &mut Vec<Entity>) -> Option<usize> {
    let needs_mark = ctx.is(i, LAW_NEEDS_NUMBER);
    if !ctx.is(i, LAW_NUM_HEAD) && !needs_mark {
        return None;
    }
    let mut j = body_end(ctx, i + 1);
    let marked = ctx.is(j, NUMBER_MARK);
    if marked {
        j += 1;
    }
    if needs_mark && !marked {
        return None;
    }
    let mut reference = reference_end(ctx, j)?;
    // القرار 32/40 باء: a part of a resolution, by letter.
    if ctx.form_norm(reference).contains('/')
        && matches!(ctx.surface(reference + 1), "ألف" | "باء" | "جيم" | "دال")
    {
        reference += 1;
    }
    let mut last =
        suffix_end(ctx, reference + 1).or_else(|| league_session(ctx, reference + 1)).unwrap_or(reference);
    out.push(ctx.entity(i, last, EntityType::Law));
    // قرارات, قراراته, القرارين, قرارا (dual): a bare number may follow.
    let core = ctx.form_norm(i).trim_start_matches(['و', 'ف', 'ب', 'ل']);
    let plural = ["قرارات", "مقررات", "القرارات", "المقررات", "قرارا", "قراري", "القراران", "القرارين"]
        .iter()
        .any(|h| core.starts_with(h));
    // The later items: [المؤرخ DATE] [،] و REF [SUFFIX]
    loop {
        let mut k = last + 1;
        if ctx.form_norm(k).starts_with("المؤرخ") {
            match dates::date_at(ctx, k + 1) {
                Some((_, end)) => k = end + 1,
                None => break,
            }
        }
        if ctx.is_punct(k, "،") || ctx.is_punct(k, ",") {
            k += 1;
        }
        if !ctx.is(k, AND) || ctx.info(k).skip != 0 {
            break;
        }
        k += 1;
        let Some(reference) = reference_end(ctx, k) else { break };
        let suffix = suffix_end(ctx, reference + 1);
        let resolution_form = ctx.kind(k) != Some(TokenKind::Number) || ctx.form_norm(k).contains('/');
        if suffix.is_none() && !plural && !resolution_form {
            break;
        }
        last = suffix.unwrap_or(reference);
        out.push(ctx.entity(k, last, EntityType::Law));
    }
    Some(last)
}

/// Where the body between a resolution noun and its number ends: a known
/// organisation (with التابع ل…), or definite words (المجلس, الجمعية
/// العامة, الرئاسي) and the heads of bodies (مجلس الإدارة).
fn body_end(ctx: &Ctx, start: usize) -> usize {
    let mut j = start;
    while j < start + MAX_BODY {
        if let Some(org) = ctx.hit_of(j, NAME).filter(|h| !h.clitic) {
            j = org.end + 1;
            if ctx.is(j, LINK_OF) {
                if let Some(end) = phrase::known_org(ctx, j + 1, "ل") {
                    j = end + 1;
                }
            }
            continue;
        }
        let body_word = bare_definite(ctx, j) || ctx.is(j, ORG_HEAD) && ctx.info(j).skip == 0;
        if !body_word || ctx.is(j, NUMBER_MARK | STOP | NOT_NAME | REFERENCE | LINK_BI) {
            break;
        }
        j += 1;
    }
    j
}

/// The last token of the number or symbol of a resolution at `j`.
fn reference_end(ctx: &Ctx, j: usize) -> Option<usize> {
    if let Some(end) = symbol_at(ctx, j) {
        return Some(end);
    }
    if ctx.kind(j) != Some(TokenKind::Number) {
        return None;
    }
    if ctx.value(j).is_none() && session_number(ctx.form_norm(j)).is_none() {
        return None;
    }
    // 2/43-س: the OIC marks the body (س: political affairs) after a hyphen.
    let body = ctx.is_punct(j + 1, "-") && ctx.touches_previous(j + 1) && ctx.touches_previous(j + 2);
    let letters = ctx.kind(j + 2) == Some(TokenKind::Word) && ctx.surface(j + 2).chars().count() <= 2;
    Some(if body && letters { j + 2 } else { j })
}

/// The year or session after a resolution's number or an instrument's
/// name: `(2015)`, `(د-20)`, `لعام 2015`, `لسنة 2015`; its last token. A
/// bare عام 1981 after it is when something happened to it, not its name.
fn suffix_end(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is(i, YEAR_WORD) && ctx.form_norm(i).starts_with('ل') && ctx.is_year(i + 1) {
        return Some(i + 1);
    }
    if !ctx.is_punct(i, "(") {
        return None;
    }
    if ctx.is_year(i + 1) && ctx.is_punct(i + 2, ")") {
        return Some(i + 2);
    }
    // (د-20): the General Assembly's session
    let session = ctx.form_norm(i + 1) == "د" && ctx.is_punct(i + 2, "-") && ctx.value(i + 3).is_some();
    (session && ctx.is_punct(i + 4, ")")).then_some(i + 4)
}

/// The session after a League of Arab States resolution number, its last
/// token: `د.ع (147)` (ordinary session), `د.غ.ع (30)` (extraordinary).
fn league_session(ctx: &Ctx, i: usize) -> Option<usize> {
    let mut k = i;
    if ctx.form_norm(k) != "د" || !ctx.is_punct(k + 1, ".") {
        return None;
    }
    k += 2;
    if ctx.form_norm(k) == "غ" && ctx.is_punct(k + 1, ".") {
        k += 2;
    }
    let numbered = ctx.form_norm(k) == "ع" && ctx.is_punct(k + 1, "(") && ctx.value(k + 2).is_some();
    (numbered && ctx.is_punct(k + 3, ")")).then_some(k + 3)
}

/// The session and number of a General Assembly resolution written `S/N`.
fn session_number(norm: &str) -> Option<(u32, u32)> {
    let (session, number) = norm.split_once('/')?;
    let ok = |p: &str| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if !ok(session) || !ok(number) || session.len() > 2 {
        return None;
    }
    Some((session.parse().ok()?, number.parse().ok()?))
}

/// A General Assembly resolution number alone (68/262, 70/1): session 40
/// to 80, not part of a symbol, a date or a fraction (1/2).
fn assembly_number(ctx: &Ctx, i: usize) -> bool {
    if ctx.kind(i) != Some(TokenKind::Number) || ctx.touches_previous(i) && ctx.is_punct(i - 1, "/") {
        return false;
    }
    let glued_after = i + 1 < ctx.len() && ctx.touches_previous(i + 1) && ctx.is_punct(i + 1, "/");
    session_number(ctx.form_norm(i)).is_some_and(|(s, n)| (40..=80).contains(&s) && n >= 1) && !glued_after
}

/// The last token of a document symbol starting at `i` (see the module
/// docs): S/2016/57, A/RES/70/1, E/CN.4/2005/L.10/Add.1.
fn symbol_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let series = ctx.surface(i);
    let upper = !series.is_empty() && series.len() <= 8 && series.bytes().all(|b| b.is_ascii_uppercase());
    // Not the tail of a longer run (a letter or digit just before).
    let inside =
        ctx.touches_previous(i) && matches!(ctx.kind(i - 1), Some(TokenKind::Latin | TokenKind::Number));
    if !upper || ctx.kind(i) != Some(TokenKind::Latin) || inside {
        return None;
    }
    if !(ctx.is_punct(i + 1, "/") && ctx.touches_previous(i + 1)) {
        return None;
    }
    let mut last = i;
    let mut digit = false;
    let mut k = i + 1;
    while k < ctx.len() && ctx.touches_previous(k) {
        let s = ctx.surface(k);
        let piece = s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'.');
        if !piece && !matches!(s, "/" | "." | "-") {
            break;
        }
        if s.bytes().any(|b| b.is_ascii_alphanumeric()) {
            last = k;
            digit |= ctx.kind(k) == Some(TokenKind::Number);
        }
        k += 1;
    }
    (digit && last > i).then_some(last)
}

/// An instrument named at `i`: its last token.
fn named(ctx: &Ctx, i: usize) -> Option<usize> {
    let info = ctx.info(i);
    if !info.word {
        return None;
    }
    // Read only by the branches that need it, and the year word tested
    // before the head: most words reach no branch, and each per-form table
    // read at every word is a cache miss.
    let definite = || ctx.front(i).article;
    let mut last = if let Some(name) = ctx.hit_of(i + 1, NAME).filter(|h| !h.clitic) {
        if !ctx.is(i, LAW_HEAD | INSTRUMENT)
            || ctx.surface(i).ends_with("بيان") && name.kind != EntityType::Loc
        {
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
        last
    } else if ctx.is(i + 1, YEAR_WORD)
        && (ctx.is(i, LAW_HEAD | INSTRUMENT) || super::orgs::core_is(ctx, i, "قرار"))
        && !definite()
        // بروتوكولها لعام 1967: an instrument with its pronoun takes لعام
        && (ctx.info(i + 1).skip == 0 || ctx.info(i).class & INSTRUMENT != 0 && ctx.form_norm(i).ends_with("ها"))
        && ctx.is_year(i + 2)
    {
        // قرار عام 1995 بشأن الشرق الأوسط, بروتوكول عام 2004: named by its year
        i + 2
    } else if ctx.is(i, INSTRUMENT) && !definite() {
        // اتفاقية حقوق الطفل
        phrase::phrase_end(ctx, i + 1, None)?
    } else if ctx.is(i, INSTRUMENT) {
        // العهد الدولي الخاص ب…: adjectives, then a complement that is
        // more than a back-reference (الإعلان الختامي للمؤتمر).
        let mut j = i + 1;
        while bare_definite(ctx, j) && ctx.info(j).class & (LINK_BI | LINK_OF | NOT_NAME | STOP) == 0 {
            if let Some(end) = annexed_end(ctx, j) {
                return Some(end); // البروتوكول الاختياري الملحق باتفاقية …
            }
            j += 1;
        }
        let end = phrase::complement_end(ctx, j, INSTRUMENT_COMPLEMENT)?;
        if end == j && ctx.is(j, EVENT_HEAD | MEETING | ORG_HEAD | LAW_HEAD | INSTRUMENT) {
            return None;
        }
        end
    } else if matches!(ctx.form_norm(i), "خطة" | "قانون") || super::orgs::core_is(ctx, i, "قانون")
    {
        // خطة التنمية لما بعد عام 2015, خطة ما بعد عام 2015: the agenda
        // named by the year it follows.
        let after = |k: usize| {
            (matches!(ctx.form_norm(k), "لما" | "ما")
                && ctx.form_norm(k + 1) == "بعد"
                && ctx.is(k + 2, YEAR_WORD)
                && ctx.is_year(k + 3))
            .then_some(k + 3)
        };
        if let Some(end) = after(i + 1).or_else(|| bare_definite(ctx, i + 1).then(|| after(i + 2)).flatten())
        {
            return Some(end);
        }
        // خطة التنمية المستدامة لعام 2030: the year makes it one plan.
        let end = phrase::phrase_end(ctx, i + 1, None)?;
        // خطة الاستجابة الإنسانية لليبيا لعام 2024: the place it serves,
        // then its year.
        let place = ctx.hit_of(end + 1, &[EntityType::Loc]).filter(|h| h.clitic && ctx.lam_before(h));
        if let Some(year_end) = place.and_then(|p| suffix_end(ctx, p.end + 1)) {
            return Some(year_end);
        }
        let year = suffix_end(ctx, end + 1);
        // قانون العقوبات, قانون الأحوال الشخصية: a national law is named by
        // its subject, with or without its year.
        let plan = ctx.form_norm(i) == "خطة";
        let law = !plan && national_law(ctx, i, end);
        // خطة العمل المتعلقة بالسلامة النووية: a plan named by its subject.
        let subject = || {
            let link = ctx.is(end + 1, LINK_BI | ABOUT) && ctx.info(end + 1).skip == 0;
            link.then(|| phrase::complement_end(ctx, end + 1, phrase::Allow::LINKS)).flatten()
        };
        return year.or(law.then_some(end)).or_else(|| plan.then(subject).flatten());
    } else {
        return None;
    };
    // Adjectives after the name: اتفاقية الأمم المتحدة الإطارية
    while bare_definite(ctx, last + 1) && ctx.info(last + 1).nisba {
        last += 1;
    }
    if let Some(end) = phrase::complements_end(ctx, last + 1, INSTRUMENT_COMPLEMENT) {
        last = end;
    }
    let last = suffix_end(ctx, last + 1).unwrap_or(last);
    Some(annexed_end(ctx, last + 1).unwrap_or(last))
}

/// An instrument annexed to another, named through it from `j`: «الملحق(ة)
/// ب» + the other's name (البروتوكول الاختياري الملحق باتفاقية حقوق الطفل,
/// بروتوكول عام 2004 الملحق باتفاقية باريس); its last token.
fn annexed_end(ctx: &Ctx, j: usize) -> Option<usize> {
    let annexed = matches!(ctx.form_norm(j), "الملحق" | "الملحقة");
    let under = ctx.front(j + 1);
    (annexed && under.first == Some("ب") && ctx.is(j + 1, INSTRUMENT | LAW_HEAD))
        .then(|| named(ctx, j + 1))
        .flatten()
}

/// Whether «قانون» at `i` and the noun phrase after it up to `end` name a
/// national law (قانون العقوبات, قانون الوراثة الهندي) rather than a body
/// of law (قانون سوكوما العرفي, قانون البحار, قانون البلد), a saying (قانون الغاب) or a
/// bill (مشروع قانون …), which `tests/gold/README.md` leaves out.
fn national_law(ctx: &Ctx, i: usize, end: usize) -> bool {
    const NOT_NAMED: &[&str] = &[
        "الدولي",
        "الدولية",
        "الانساني",
        "العرفي",
        "الاسلامي",
        "الوضعي",
        "الطبيعي",
        "الدولة",
        "البلد",
        "البلاد",
        "الغاب",
        "القوة",
        "البحار",
        "الحرب",
        "المعاهدات",
        "الفضاء",
    ];
    let bill = i > 0 && super::orgs::core_is(ctx, i - 1, "مشروع");
    !bill && (i + 1..=end).all(|k| !NOT_NAMED.contains(&ctx.form_norm(k).trim_start_matches('و')))
}
