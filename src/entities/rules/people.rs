//! Titles, roles and the names of persons.
//!
//! TITLE
//! - a title from titles.tsv (الشيخ، معالي، وزير الخارجية) is a TITLE when a
//!   name follows it, or when it is unambiguous on its own;
//! - a role with whom it serves is one TITLE: `ROLE [الدائم] LOC|ORG [لدى|في
//!   LOC|ORG]` — سفير البحرين لدى السعودية, مندوبها الدائم لدى منظمة التعاون
//!   الإسلامي. The places and organisations inside stay as nested mentions.
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

use super::orgs::proclitic;
use super::Ctx;
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
        if let Some(title) = ctx.title(i).filter(|_| !inside_abbreviation(ctx, i)) {
            let role_end = role_end(ctx, title.end);
            // A name follows the title itself (السفير حمود), not its
            // extension (سفير البحرين لدى السعودية).
            let person = (role_end == title.end).then(|| name_run(ctx, role_end + 1, true)).flatten();
            let cue_only = title.end == i && CUE_ONLY.iter().any(|c| ctx.surface(i).ends_with(c));
            if person.is_some() || !cue_only {
                out.push(ctx.entity(i, role_end, EntityType::Title));
            }
            if let Some(last) = person {
                out.push(ctx.entity(role_end + 1, last, EntityType::Person));
                i = last + 1;
                continue;
            }
            i = role_end + 1;
            continue;
        }
        if ctx.is(i, ROLE) {
            let end = role_end(ctx, i);
            if end > i {
                out.push(ctx.entity(i, end, EntityType::Title));
                i = end + 1;
                continue;
            }
        }
        if let Some(last) = name_run(ctx, i, false) {
            out.push(ctx.entity(i, last, EntityType::Person));
            i = last + 1;
            continue;
        }
        i += 1;
    }
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

/// The end of a role starting or ending at `i`: `[الدائم] LOC|ORG [لدى|في
/// LOC|ORG]` after it; `i` itself when nothing follows.
fn role_end(ctx: &Ctx, i: usize) -> usize {
    const WHOM: &[EntityType] = &[EntityType::Loc, EntityType::Org];
    let mut j = i + 1;
    if ctx.is(j, PERMANENT) {
        j += 1;
    }
    let mut last = i;
    if let Some(whom) = ctx.hit_of(j, WHOM).filter(|_| ctx.info(j).skip == 0) {
        last = whom.end;
        j = whom.end + 1;
    }
    if ctx.is(j, ROLE_LINK) && ctx.info(j).skip == 0 {
        if let Some(whom) = ctx.hit_of(j + 1, WHOM) {
            last = whom.end;
        }
    }
    last
}

/// The last token of a person's name starting at `i`.
fn name_run(ctx: &Ctx, i: usize, after_title: bool) -> Option<usize> {
    if let Some(known) = ctx.hit_of(i, &[EntityType::Person]) {
        return Some(known.end);
    }
    let first = ctx.info(i);
    // عبد and أبو start names (عبد الرحمن, أبو بكر); other connectors do not.
    let opener = first.class & CONNECTOR != 0 && matches!(ctx.form_norm(i), "عبد" | "ابو" | "ابي");
    if !after_title && (first.class & GIVEN == 0 && !opener || first.skip > 0) {
        return None;
    }
    let (mut last, mut parts, mut evidence) = (None, 0, after_title);
    let mut j = i;
    while j < ctx.len() && parts < MAX_NAME {
        let info = ctx.info(j);
        if ctx.kind(j) != Some(TokenKind::Word) || info.class & (STOP | NOT_NAME) != 0 {
            break;
        }
        if (j > i && (info.skip > 0 || info.clitic_article)) || proclitic(ctx, j).is_some() {
            break; // و, ب, ل start a new phrase: الرئيس والشعب
        }
        if ctx.form_norm(j).chars().count() < 2 || ctx.title(j).is_some() || info.class & ROLE != 0 {
            break; // a letter (د ب أ), another title (سمو, حاكم): no name part
        }
        if ctx.hit_of(j, &[EntityType::Loc, EntityType::Org, EntityType::Date]).is_some()
            && info.class & GIVEN == 0
        {
            break;
        }
        let class = info.class;
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
        if class & (GIVEN | FAMILY) != 0 {
            evidence |= class & FAMILY != 0 || (parts > 0 && class & GIVEN != 0);
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
