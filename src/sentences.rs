//! Sentence boundaries.
//!
//! A sentence ends after . ! ? ؟ … (with any closing quotes or brackets that
//! follow) or where a line break separates two tokens. Commas and semicolons
//! never end one, and numbers such as ٢٫١ are single tokens, so their dots
//! cannot.

use crate::span::Span;
use crate::tokenize::{RawToken, TokenKind};

/// Sentence spans over `tokens` of `text`, in order, covering every token.
pub fn sentences(text: &str, tokens: &[RawToken]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, token) in tokens.iter().enumerate() {
        let first = *start.get_or_insert(token.span.start);
        let next = tokens.get(i + 1);
        let ends_here = match next {
            None => true,
            Some(next) => {
                text[token.span.end..next.span.start].contains(['\n', '\u{2029}'])
                    || (is_terminal(token, text) && !is_closing(next, text))
                    || (is_closing(token, text)
                        && !is_closing(next, text)
                        && i > 0
                        && ends_sentence_before(tokens, i, text))
            }
        };
        if ends_here {
            out.push(Span::new(first, token.span.end));
            start = None;
        }
    }
    out
}

fn is_terminal(token: &RawToken, text: &str) -> bool {
    token.kind == TokenKind::Punct && matches!(token.span.of(text), "." | "!" | "?" | "؟" | "…" | "۔")
}

fn is_closing(token: &RawToken, text: &str) -> bool {
    token.kind == TokenKind::Punct && matches!(token.span.of(text), "»" | "\"" | ")" | "]" | "”" | "’")
}

/// Whether the closing marks ending at `i` follow a terminal mark.
fn ends_sentence_before(tokens: &[RawToken], i: usize, text: &str) -> bool {
    tokens[..i].iter().rev().find(|t| !is_closing(t, text)).is_some_and(|t| is_terminal(t, text))
}
