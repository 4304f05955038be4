//! Quoted names and slogans: «الاتحاد من أجل السلام», “…”, "…", and
//! hashtags (#بيشاور_تنزف).
//!
//! The QUOTE is what stands between the marks, which are left out; names
//! inside («داعش وجبهة النصرة») stay as nested mentions. A quotation longer
//! than a name or slogan, or one crossing a sentence end, is speech, not a
//! name, and is skipped.

use super::{starts, Ctx};
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

/// Most tokens a quoted name or slogan has.
const MAX_TOKENS: usize = 12;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let mut i = 0;
    while i < ctx.len() {
        i = ctx.next_start(starts::QUOTE, i);
        if i >= ctx.len() {
            break;
        }
        // #بيشاور_تنزف: a hashtag is a name given as such (ENTITIES.md),
        // the # outside like the marks.
        if ctx.kind(i) == Some(TokenKind::Hashtag) && ctx.surface(i).len() > 1 {
            let mut tag = ctx.entity(i, i, EntityType::Quote);
            tag.span.start = ctx.lexed.tokens[i].span.start + 1;
            out.push(tag);
            i += 1;
            continue;
        }
        let Some(close) = crate::chars::closing_quote(ctx.surface(i)) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < ctx.len() && j <= i + MAX_TOKENS + 1 && ctx.surface(j) != close {
            if ctx.kind(j) == Some(TokenKind::Punct) && matches!(ctx.surface(j), "." | "؟" | "!" | "«") {
                break;
            }
            j += 1;
        }
        // «"…"، وأضاف، "…"»: a closing mark read as an opening one holds
        // punctuation first; a relative clause (الذي، التي) is speech.
        let name_like = ctx.kind(i + 1) != Some(TokenKind::Punct)
            && !(i + 1..j).any(|k| matches!(ctx.form_norm(k), "الذي" | "التي" | "الذين" | "اللذين"))
            && !speech_or_glue(ctx, i + 1, j);
        if ctx.surface(j) == close && j > i + 1 && j <= i + MAX_TOKENS + 1 && name_like {
            let mut quote = ctx.entity(i + 1, j - 1, EntityType::Quote);
            // The marks are not part of the name; neither is a proclitic cut
            // (the first word is whole).
            quote.span.start = ctx.lexed.tokens[i + 1].span.start;
            out.push(quote);
            i = j + 1;
        } else {
            i += 1;
        }
    }
}

/// Whether the quoted tokens `from..to` are speech or the glue between two
/// quotations rather than a name: a lone letter («" و "», between two
/// quoted clauses) or a clause opened by a negation (لم نصل بعد …) or by a
/// verb of the statement lexicon ("تدين بأقوى العبارات").
fn speech_or_glue(ctx: &Ctx, from: usize, to: usize) -> bool {
    let lone_letter = to == from + 1 && ctx.form_norm(from).chars().count() == 1;
    let clause = to > from + 1
        && (matches!(ctx.form_norm(from), "لم" | "لن" | "لا" | "ما")
            || ctx
                .lexed
                .tokens
                .get(from)
                .is_some_and(|t| super::super::combine::statement_verb(ctx.lexed.form(t))));
    lone_letter || clause
}
