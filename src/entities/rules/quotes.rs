//! Quoted names and slogans: «الاتحاد من أجل السلام», “…”, "…".
//!
//! The QUOTE is what stands between the marks, which are left out; names
//! inside («داعش وجبهة النصرة») stay as nested mentions. A quotation longer
//! than a name or slogan, or one crossing a sentence end, is speech, not a
//! name, and is skipped.

use super::Ctx;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

/// Most tokens a quoted name or slogan has.
const MAX_TOKENS: usize = 12;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    let mut i = 0;
    while i < ctx.len() {
        let close = match ctx.surface(i) {
            "«" => "»",
            "“" => "”",
            "\"" => "\"",
            _ => {
                i += 1;
                continue;
            }
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
            && !(i + 1..j).any(|k| matches!(ctx.form_norm(k), "الذي" | "التي" | "الذين" | "اللذين"));
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
