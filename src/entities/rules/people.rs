//! Titles, roles and the names of persons.
//!
//! TITLE
//! - a title from titles.tsv (الشيخ، معالي، وزير الخارجية) is a TITLE when a
//!   name follows it, or when it is unambiguous on its own; titles written
//!   one after another are one TITLE, the honorific before the role
//!   included (صاحب السمو الملكي ولي العهد, سماحة شيخ الأزهر);
//! - its span starts where the title list's match does, after a proclitic
//!   (والأمين العام → الأمين العام) and never inside a word: the و of ولي
//!   العهد is no proclitic;
//! - a role with whom it serves is one TITLE: `ROLE [الدائم] LOC|ORG|ل+TITLE
//!   [لدى|في|باسم LOC|ORG] [المعني ب…]` — سفير البحرين لدى السعودية,
//!   مندوبها الدائم لدى منظمة التعاون الإسلامي, المتحدث الرسمي باسم وزارة
//!   الخارجية, الممثل الخاص للأمين العام المعني بالعنف الجنسي. The places and
//!   organisations inside stay as nested mentions.
//!
//! PERSON — a run of name parts (name-parts.tsv):
//! - after a title, any run: الشيخ حمود بن عبدالله آل خليفة;
//! - without one, at least two parts starting with a given name, joined by
//!   a connector (بن، أبو، آل، عبد) or ending in a family name or a word the
//!   lists do not know (محمد مرسي). Given names alone are often ordinary
//!   words (أمل، سلام), so one never makes a person by itself;
//! - a run stops at a word the clitic segmenter gives a proclitic (الرئيس
//!   والشعب, الوزير ومدير: و, ب, ل start a new phrase), at a one-letter
//!   word (the ب أ of د ب أ, the news agency) and at another title or role
//!   (سمو، حاكم). A dotted abbreviation's letter is no title: the م of
//!   ق.م. ("BC") is not م. ("engineer"). On ANERcorp these stops removed
//!   about 80 of the rule's 190 wrong persons and none of its right ones.

use super::orgs::{core_is, is_nationality, proclitic};
use super::{phrase, starts, Ctx, Hit};
use crate::clitics::SegmentKind;
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

/// Titles that are also ordinary words: a TITLE only before a name.
const CUE_ONLY: &[&str] =
    &["الرائد", "المقدم", "الفريق", "اللواء", "د", "د.", "أ.", "م.", "المستشار", "الحاج"];

/// Most words of a name run.
const MAX_NAME: usize = 7;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let mut i = 0;
    while i < ctx.len() {
        i = ctx.next_start(starts::PERSON, i);
        if i >= ctx.len() {
            break;
        }
        if let Some(title) = ctx.title(i).filter(|_| !inside_abbreviation(ctx, i) && !after_number(ctx, i)) {
            // صاحب السمو الملكي ولي العهد: an honorific and the title after
            // it are one; two roles in a row stay two (ولي العهد | وزير الدفاع).
            let mut end = title.end;
            let mut first = i;
            while let Some(next) = ctx.title(end + 1).filter(|t| !t.clitic && honorific(ctx, first)) {
                first = end + 1;
                end = next.end;
            }
            let cue_only = end == title.end && is_cue(ctx, i, title.start, title.end);
            let profession = cue_only && is_profession(ctx, title.start, title.end);
            // المشاريع الروائية: a profession's word as an adjective.
            if profession && i > 0 && ctx.kind(i - 1) == Some(TokenKind::Word) && ctx.info(i - 1).definite {
                i += 1;
                continue;
            }
            // الرئيس الحالي, رائد الفضاء الياباني: the role's adjectives.
            let adjectives = adjectives_end(ctx, end, cue_only);
            let role_end = role_end(ctx, i, adjectives);
            // A name follows the title itself (السفير حمود), or a profession
            // with its adjectives (الناقد السينمائي روجر إيبرت, a foreign name
            // of two words at least), not the title's extension (سفير
            // البحرين لدى السعودية, الرئيس الأمريكي: the tagger decides).
            // A rank that is also an ordinary word (الفريق "team") needs a
            // listed name part after it.
            let person = if profession && role_end == adjectives {
                name_run(ctx, role_end + 1, true, false).filter(|&last| last > role_end + 1)
            } else {
                (role_end == end).then(|| name_run(ctx, role_end + 1, true, cue_only)).flatten()
            };
            if person.is_some() || !cue_only {
                out.push(ctx.entity_from(title.start, role_end, EntityType::Title));
            }
            if let Some(last) = person {
                out.push(ctx.entity(role_end + 1, last, EntityType::Person));
                i = last + 1;
                continue;
            }
            i = role_end + 1;
            continue;
        }
        // زعيم "الديمقراطية الجديدة": a leader is a role before a quoted party.
        let leader =
            || (core_is(ctx, i, "زعيم") || core_is(ctx, i, "زعيمة")) && quoted_end(ctx, i + 1).is_some();
        if ctx.is(i, ROLE) || leader() {
            let end = role_end(ctx, i, adjectives_end(ctx, i, false));
            if end > i {
                out.push(ctx.entity(i, end, EntityType::Title));
                i = end + 1;
                continue;
            }
        }
        if let Some(last) = name_run(ctx, i, false, false) {
            out.push(ctx.entity(i, last, EntityType::Person));
            i = last + 1;
            continue;
        }
        i += 1;
    }
}

/// Adjectives a role takes before whom it serves (الرئيس الحالي للاتحاد
/// الأفريقي, وزير الخارجية السابق للولايات المتحدة, الرئيس المؤقت),
/// normalized (hamza seats folded: المؤقت is الموقت).
const ROLE_ADJECTIVES: &[&str] = &[
    "الحالي",
    "الحالية",
    "السابق",
    "السابقة",
    "الاسبق",
    "الموقت",
    "الموقتة",
    "المنتخب",
    "المنتخبة",
    "المكلف",
    "المكلفة",
    "بالنيابة",
    "بالانابة",
];

/// The last token of a title ending at `end` with its adjectives: one of
/// [`ROLE_ADJECTIVES`], a nationality (وزير الصحة الياباني), and, after a
/// profession that is a TITLE only before a name (`cue`), any nisba (الناقد
/// السينمائي, رائد الفضاء الياباني). At most two; `end` when none.
fn adjectives_end(ctx: &Ctx, end: usize, cue: bool) -> usize {
    let mut last = end;
    for j in end + 1..end + 3 {
        let norm = ctx.form_norm(j);
        let plain = ctx.info(j).skip == 0 && ctx.kind(j) == Some(TokenKind::Word);
        let adjective = ROLE_ADJECTIVES.contains(&norm)
            || plain && is_nationality(norm)
            || plain && cue && ctx.info(j).nisba && ctx.info(j).class == 0;
        if !adjective {
            break;
        }
        last = j;
    }
    last
}

/// Honorifics, which come before a title or name: صاحب السمو, معالي,
/// سعادة, فخامة, جلالة, سماحة, خادم الحرمين الشريفين, دولة الرئيس.
const HONORIFICS: &[&str] =
    &["صاحب", "سمو", "معالي", "سعاده", "سعادة", "فخامة", "جلالة", "سماحة", "فضيلة", "خادم", "حضرة", "دولة"];

/// Whether the title starting at token `i` opens with an honorific.
fn honorific(ctx: &Ctx, i: usize) -> bool {
    let norm = ctx.form_norm(i);
    let bare = norm.strip_prefix('و').filter(|rest| HONORIFICS.contains(rest)).unwrap_or(norm);
    HONORIFICS.contains(&bare)
}

/// Whether the title from byte `start` to token `end`, starting in token
/// `i`, is one that is also an ordinary word (الفريق "team", م. after a
/// number): a TITLE only before a name.
fn is_cue(ctx: &Ctx, i: usize, start: usize, end: usize) -> bool {
    let text = &ctx.text[start..ctx.lexed.tokens[end].span.end];
    CUE_ONLY.iter().chain(professions()).any(|c| text == *c || end == i && core_is(ctx, i, c))
}

/// Professions attached to a name (the gold's README: الناقد السينمائي
/// روجر إيبرت, رائد الفضاء الياباني كوئيتشي واكاتا), as written: like
/// [`CUE_ONLY`], a TITLE only before a name, which may be one the lists do
/// not know. They are the rows of titles.tsv with the id `profession`,
/// compared as written (through the normalized lookup they would also take
/// hamza-less spellings, which cost ANERcorp precision).
fn professions() -> &'static [&'static str] {
    static ROWS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        crate::data::TITLES
            .lines()
            .filter_map(|row| {
                let mut cols = row.split('\t');
                let surface = cols.next()?;
                (cols.nth(1) == Some("profession")).then_some(surface)
            })
            .collect()
    })
}

/// Whether the title from byte `start` to token `end` is one of
/// [`professions`] as written.
fn is_profession(ctx: &Ctx, start: usize, end: usize) -> bool {
    professions().contains(&&ctx.text[start..ctx.lexed.tokens[end].span.end])
}

/// Whether token `i` touches a number before it: the م of 2016م is the
/// calendar, not م. ("engineer").
fn after_number(ctx: &Ctx, i: usize) -> bool {
    ctx.touches_previous(i) && ctx.kind(i - 1) == Some(TokenKind::Number)
}

/// Whether token `i` continues a dotted abbreviation: م in ق.م. ("before
/// Christ") is no title "engineer".
fn inside_abbreviation(ctx: &Ctx, i: usize) -> bool {
    let tokens = &ctx.lexed.tokens;
    i >= 2 && ctx.is_punct(i - 1, ".") && tokens[i - 1].span.end == tokens[i].span.start && {
        let before = &tokens[i - 2];
        before.span.end == tokens[i - 1].span.start && ctx.surface(i - 2).chars().count() == 1
    }
}

/// The end of a role starting or ending at `i`: `[الدائم] LOC|ORG|ل+TITLE
/// [لدى|في|باسم LOC|ORG] [المعني ب…]` after it; `i` itself when nothing
/// follows.
fn role_end(ctx: &Ctx, role: usize, i: usize) -> usize {
    const WHOM: &[EntityType] = &[EntityType::Loc, EntityType::Org];
    // المتحدث باسم الأمين العام للأمم المتحدة: a title ending in its link.
    if ctx.form_norm(i) == "باسم" {
        if let Some(end) = after_link(ctx, i) {
            return end;
        }
    }
    // وزير الخارجية وشؤون المغتربين: the portfolio's second part.
    let i = affairs_end(ctx, i);
    let mut j = i + 1;
    if ctx.is(j, PERMANENT) {
        j += 1;
    }
    let mut last = i;
    // وزير خارجية سلطنة عُمان: a minister by portfolio and state.
    if (core_is(ctx, role, "وزير") || core_is(ctx, role, "وزيرة"))
        && MINISTRIES.contains(&ctx.form_norm(j))
        && ctx.hit_of(j + 1, WHOM).is_some_and(|h| !h.clitic)
    {
        j += 1;
    }
    // وزير الدفاع الإسرائيلي: the state's adjective; الأمين العام للمنظمة:
    // the body referred back to.
    if ctx.info(j).skip == 0 && is_nationality(ctx.form_norm(j))
        || matches!(ctx.form_norm(j), "للمنظمة" | "للجامعة" | "للمجلس")
    {
        last = j;
        j += 1;
    }
    // Whom the role serves, bare or after the genitive ل: سفير البحرين,
    // الممثل الدائم لجمهورية الصين الشعبية, الممثل الخاص للأمين العام.
    let genitive = |h: &Hit| !h.clitic || ctx.lam_before(h);
    if let Some(whom) = ctx.hit_of(j, WHOM).filter(genitive) {
        last = affairs_end(ctx, whom.end);
        // المفوض السامي للأمم المتحدة لشؤون اللاجئين: the portfolio.
        if matches!(ctx.form_norm(last + 1), "لشوون" | "لشؤون") && phrase::bare_definite(ctx, last + 2)
        {
            last += 2;
        }
        j = last + 1;
    } else if let Some(whose) = ctx.title(j).filter(|t| t.clitic && ctx.lam_before(t)) {
        last = whose.end;
        j = whose.end + 1;
    } else if let Some(end) = (ctx.info(j).skip == 0 && ctx.is(j, ORG_HEAD))
        .then(|| super::orgs::org_end(ctx, j))
        .flatten()
        // A definite head names a body with its chain (ممثل التحالف الوطني
        // لقوى الثورة والمعارضة السورية), not alone (رئيس المجلس).
        .filter(|&end| !ctx.front(j).article || end > j + 2)
    {
        // رئيس لجنة الأمم المتحدة العلمية المعنية بآثار الإشعاع الذري: a
        // body the organisation rule names, in construct.
        last = end;
        j = end + 1;
    } else if let Some(end) = quoted_end(ctx, j).filter(|_| i == role && !ctx.front(role).article) {
        // رئيس "الحركة الاشتراكية اليونانية", زعيم "الديمقراطية الجديدة"
        // اليميني: a party named in quotation marks, and its leaning; in
        // construct, so never «الرئيس "…"» (what he said).
        last = end;
        if phrase::bare_definite(ctx, end + 1) && ctx.info(end + 1).nisba && ctx.info(end + 1).class == 0 {
            last += 1;
        }
        j = last + 1;
    } else if let Some(end) = portfolio_end(ctx, role, i, j) {
        // وزير الإصلاح الإداري اليوناني: a minister by portfolio.
        last = end;
        j = end + 1;
    } else if let Some(end) = secretariat_portfolio_end(ctx, role, i, j).filter(|_| last == i) {
        // وكيل الأمين العام للاتصالات والإعلام: a UN secretariat post's
        // portfolio.
        last = end;
        j = end + 1;
    }
    // المبعوث الخاص … إلى اليمن, سفير الكويت إلى العراق: the post's place.
    let posted = ctx.text[ctx.lexed.tokens[role].span.start..ctx.lexed.tokens[i].span.end]
        .split(' ')
        .any(|w| ["مبعوث", "سفير"].iter().any(|r| w.contains(r)));
    let to = posted && last > i && matches!(ctx.surface(j), "إلى" | "الى");
    if ctx.is(j, ROLE_LINK) && ctx.info(j).skip == 0 || to {
        if let Some(end) = after_link(ctx, j) {
            last = end;
            j = end + 1;
        }
    }
    // المقرر الخاص المعني بحالة حقوق الإنسان
    let concerned = if last > i { j } else { i + 1 + usize::from(ctx.is(i + 1, PERMANENT)) };
    if ctx.is(concerned, LINK_BI) && ctx.info(concerned).skip == 0 {
        if let Some(end) = phrase::complement_end(ctx, concerned, phrase::Allow::LINKS) {
            last = end;
        }
    }
    last
}

/// The closing mark of a short name in quotation marks opening at `j`
/// («"الحركة الاشتراكية اليونانية"»): at most six words, no punctuation,
/// the first without a proclitic.
fn quoted_end(ctx: &Ctx, j: usize) -> Option<usize> {
    let close = crate::chars::closing_quote(ctx.surface(j))?;
    if ctx.kind(j + 1) != Some(TokenKind::Word) || ctx.front(j + 1).first.is_some() {
        return None;
    }
    (j + 2..j + 8)
        .take_while(|&k| ctx.kind(k) == Some(TokenKind::Word) || ctx.surface(k) == close)
        .find(|&k| ctx.surface(k) == close)
}

/// The last token of a minister's portfolio after the bare role at `role`
/// (`i == role`): a definite noun phrase with its adjectives, وزير الإصلاح
/// الإداري اليوناني, وزيرة الشؤون الاجتماعية; not a title (وزير السيد …)
/// nor a name or a nisba standing alone (الوزير الفرنسي).
fn portfolio_end(ctx: &Ctx, role: usize, i: usize, j: usize) -> Option<usize> {
    let minister = core_is(ctx, role, "وزير") || core_is(ctx, role, "وزيرة");
    let portfolio = minister
        && i == role
        && !ctx.front(role).article
        && phrase::bare_definite(ctx, j)
        && !ctx.info(j).nisba
        && ctx.info(j).class & (STOP | NOT_NAME | ROLE) == 0
        && ctx.title(j).is_none()
        && ctx.hit(j).is_none();
    portfolio.then(|| phrase::phrase_end(ctx, j, None)).flatten()
}

/// The last token of the portfolio after ل of a post under the Secretary-
/// General (وكيل الأمين العام للاتصالات والإعلام, الأمين العام المساعد
/// لعمليات حفظ السلام) ending at `i`; not whom it addresses (الأمين العام
/// للصحفيين: a human plural; للشؤون only looks like one).
fn secretariat_portfolio_end(ctx: &Ctx, role: usize, i: usize, j: usize) -> Option<usize> {
    let secretariat =
        (role..i).any(|k| ctx.form_norm(k).ends_with("الامين") && ctx.form_norm(k + 1) == "العام");
    let front = ctx.front(j);
    let lam = front.first == Some("ل") && front.last == Some("ل");
    let norm = ctx.form_norm(j);
    let addressee =
        (norm.ends_with("ين") || norm.ends_with("ون")) && !norm.ends_with("شؤون") && !norm.ends_with("شوون");
    (secretariat && lam && !addressee).then(|| phrase::phrase_end(ctx, j, Some("ل"))).flatten()
}

/// What a role's link at `j` (لدى, في, باسم, إلى) leads to: لدى منظمة
/// التعاون الإسلامي, باسم وزارة الخارجية (listed, or a body the
/// organisation rule names), باسم الأمين العام للأمم المتحدة (a title);
/// its last token.
fn after_link(ctx: &Ctx, j: usize) -> Option<usize> {
    const WHOM: &[EntityType] = &[EntityType::Loc, EntityType::Org];
    let whom = ctx.hit_of(j + 1, WHOM).filter(|h| !h.clitic).map(|h| affairs_end(ctx, h.end));
    let whom = whom.or_else(|| super::orgs::org_end(ctx, j + 1).filter(|_| ctx.info(j + 1).skip == 0));
    whom.or_else(|| {
        let speaks_for = ctx.form_norm(j) == "باسم";
        ctx.title(j + 1).filter(|t| speaks_for && !t.clitic).map(|t| role_end(ctx, j + 1, t.end))
    })
}

/// Ministries named by portfolio without the article, after وزير and
/// before the state (وزير خارجية سلطنة عُمان), normalized.
const MINISTRIES: &[&str] = &["خارجية", "دفاع", "داخلية", "مالية", "عدل", "صحة", "اقتصاد", "خارجيه"];

/// The end of a portfolio's second part after token `i` (وزير الخارجية
/// وشؤون المغتربين, وزارة الخارجية وشؤون المغتربين), `i` when none.
pub(super) fn affairs_end(ctx: &Ctx, i: usize) -> usize {
    let affairs = ctx.form_norm(i + 1) == "وشوون" || ctx.surface(i + 1) == "وشؤون";
    if affairs && phrase::bare_definite(ctx, i + 2) && ctx.info(i + 2).class & (STOP | NOT_NAME) == 0 {
        i + 2
    } else {
        i
    }
}

/// Whether a word the name lists do not know is a common word of running
/// text: attested often in the clitic lexicon's sources (a frequency
/// bucket of 5 or more, about 16 times) and no listed name. Names the lists
/// lack are rare there (كيري 0, يون 4, ماتياس 2); فيروس, كفالة, تقريرا
/// are 5 to 7.
fn common_word(norm: &str) -> bool {
    crate::clitics::frequency(norm) >= 5 && !crate::clitics::is_listed_name(norm)
}

/// Whether token `j` is written as no name is: with a possessive pronoun
/// (اشتراكاتها, أفراده is left alone: a final ه may be a name's) or the
/// accusative tanween (ملتزماً).
fn common_form(ctx: &Ctx, j: usize) -> bool {
    let Some(token) = ctx.lexed.tokens.get(j) else { return false };
    let pronoun = ctx.lexed.form(token).segments.last().is_some_and(|s| {
        s.kind == SegmentKind::Enclitic
            && matches!(s.restored.as_str(), "ها" | "هم" | "هما" | "هن" | "كم" | "نا")
    });
    pronoun || ctx.surface(j).contains('\u{064B}')
}

/// The last token of a person's name starting at `i`.
fn name_run(ctx: &Ctx, i: usize, after_title: bool, cue_title: bool) -> Option<usize> {
    if let Some(known) = ctx.hit_of(i, &[EntityType::Person]) {
        // A listed name goes on through its connectors: عبد الله الثاني ابن
        // الحسين, not cut at the listed part.
        let mut last = known.end;
        while ctx.is(last + 1, CONNECTOR)
            && ctx.kind(last + 2) == Some(TokenKind::Word)
            && !ctx.is(last + 2, STOP)
        {
            last += 2;
        }
        return Some(last);
    }
    let first = ctx.info(i);
    // عبد and أبو start names (عبد الرحمن, أبو بكر); other connectors do not.
    let opener = first.class & CONNECTOR != 0 && matches!(ctx.form_norm(i), "عبد" | "ابو" | "ابي");
    if !after_title && (first.class & GIVEN == 0 && !opener || first.skip > 0) {
        return None;
    }
    let (mut last, mut parts, mut evidence) = (None, 0, after_title);
    let mut after_given = false;
    let mut j = i;
    while j < ctx.len() && parts < MAX_NAME {
        let info = ctx.info(j);
        if ctx.kind(j) != Some(TokenKind::Word) || info.class & (STOP | NOT_NAME) != 0 {
            break;
        }
        // ك before a stem without the article is more often a name's first
        // letter (كيري, كوفي) than "like".
        let name_k = proclitic(ctx, j) == Some("ك") && !ctx.front(j).article && info.skip == 0;
        if (j > i && (info.skip > 0 || info.clitic_article)) || proclitic(ctx, j).is_some() && !name_k {
            break; // و, ب, ل start a new phrase: الرئيس والشعب
        }
        if ctx.form_norm(j).chars().count() < 2 || ctx.title(j).is_some() || info.class & ROLE != 0 {
            break; // a letter (د ب أ), another title (سمو, حاكم): no name part
        }
        if common_form(ctx, j) {
            break; // كامل اشتراكاتها, ملتزماً: no name is written so
        }
        if ctx.hit_of(j, &[EntityType::Loc, EntityType::Org, EntityType::Date]).is_some()
            && info.class & GIVEN == 0
        {
            break;
        }
        let class = info.class;
        let prev_given = std::mem::replace(&mut after_given, class & GIVEN != 0 && !info.definite);
        if class & CONNECTOR != 0 {
            // بن, آل, أبو: a name part must follow.
            if ctx.kind(j + 1) != Some(TokenKind::Word) || ctx.is(j + 1, STOP) {
                break;
            }
            last = Some(j + 1);
            parts += 2;
            evidence = true;
            j += 2;
            continue;
        }
        // عبد الله الثاني ابن الحسين: a regnal number after a name part.
        if parts > 0 && class & ORDINAL != 0 && info.definite && (after_title || ctx.is(j + 1, CONNECTOR)) {
            last = Some(j);
            j += 1;
            continue;
        }
        // An ordinary word is no name part: الرئيس كلمة, للفريق تقريرا,
        // نزار قباني نقلة نوعية.
        if class & (GIVEN | FAMILY) == 0 && common_word(ctx.form_norm(j)) {
            break;
        }
        // After a title that is also an ordinary word (الفريق "team"), the
        // name must open with a name part: للفريق مهمتا تكوين is no name.
        if parts == 0 && cue_title && class & (GIVEN | FAMILY | CONNECTOR) == 0 {
            break;
        }
        if class & (GIVEN | FAMILY) != 0 {
            evidence |= class & FAMILY != 0 || (parts > 0 && class & GIVEN != 0);
        } else if after_title
            && prev_given
            && info.definite
            && class == 0
            && !is_nationality(ctx.form_norm(j))
        {
            // أحمد الطيب after its title: a family name with the article
            // after a given name ends the name, it is not cut before it
            // (but الرئيس بوتيفليقة الوفد: the object after an unknown name).
            last = Some(j);
            break;
        } else if info.definite || class != 0 {
            break; // an ordinary word the lists know, or a definite noun
        } else if parts == 0 && !after_title {
            break;
        } else {
            evidence = true; // an unknown word after a given name: محمد مرسي
        }
        last = Some(j);
        parts += 1;
        j += 1;
    }
    let enough = if after_title { parts >= 1 } else { parts >= 2 && evidence };
    last.filter(|_| enough)
}
