//! Sentence boundaries.
//!
//! A sentence ends after . ! ? ؟ … ۔ (with any closing quotes or brackets
//! that follow, and with a run of them such as ؟! kept together) or where a
//! line break separates two tokens. It never ends:
//!
//! * at ، or ؛ (they are not terminal);
//! * inside a number: ٢٫١ and 3.5 are single tokens, so their dots cannot;
//! * after an abbreviation: a dot glued to a one-letter word (د. أ.د. م.
//!   ق.م. U.S.) or to a Latin title (Dr. Mr. Prof.);
//! * after a list number opening a sentence ("3. يرحب …").
//!
//! Opening quotes and brackets start the sentence after a boundary, so they
//! stay with the sentence they open.

use crate::chars;
use crate::span::Span;
use crate::tokenize::{RawToken, TokenKind};

/// Sentence spans over `tokens` of `text`, in order, covering every token.
pub fn sentences(text: &str, tokens: &[RawToken]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut first: Option<usize> = None;
    for (i, token) in tokens.iter().enumerate() {
        let start = *first.get_or_insert(i);
        let ends_here = match tokens.get(i + 1) {
            None => true,
            Some(next) => {
                is_line_break(&text[token.span.end..next.span.start])
                    || (ends_with_terminal(tokens, i, text)
                        && !is_terminal(next, text)
                        && !is_closing(tokens, i + 1, text))
                        && !is_abbreviation_dot(tokens, i, text)
                        && !is_list_number_dot(tokens, start, i, text)
            }
        };
        if ends_here {
            out.push(Span::new(tokens[start].span.start, token.span.end));
            first = None;
        }
    }
    out
}

fn is_line_break(gap: &str) -> bool {
    gap.contains(['\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'])
}

fn is_terminal(token: &RawToken, text: &str) -> bool {
    token.kind == TokenKind::Punct
        && matches!(token.span.of(text), "." | "!" | "?" | "؟" | "…" | "۔" | "‼" | "⁇" | "⁈" | "⁉")
}

/// Whether token `i` closes a quote or bracket. A straight quote (" ') is
/// closing when it is glued to the token before it: an opening one is
/// glued to the word after.
fn is_closing(tokens: &[RawToken], i: usize, text: &str) -> bool {
    let token = &tokens[i];
    if token.kind != TokenKind::Punct {
        return false;
    }
    match token.span.of(text) {
        "»" | ")" | "]" | "}" | "”" | "’" | "›" | "\u{FD3E}" => true,
        "\"" | "'" => i > 0 && tokens[i - 1].span.end == token.span.start,
        _ => false,
    }
}

/// Whether token `i` is a terminal mark, or closing marks right after one.
fn ends_with_terminal(tokens: &[RawToken], i: usize, text: &str) -> bool {
    let mut j = i;
    while is_closing(tokens, j, text) {
        if j == 0 {
            return false;
        }
        j -= 1;
    }
    is_terminal(&tokens[j], text)
}

/// A dot glued to an abbreviation: one letter (د. م. أ.د. ق.م.) or a Latin title.
fn is_abbreviation_dot(tokens: &[RawToken], i: usize, text: &str) -> bool {
    if i == 0 || tokens[i].span.of(text) != "." {
        return false;
    }
    let before = &tokens[i - 1];
    if before.span.end != tokens[i].span.start {
        return false;
    }
    let word = before.span.of(text);
    match before.kind {
        TokenKind::Word => word.chars().filter(|&c| chars::is_arabic_letter(c)).count() == 1,
        TokenKind::Latin => {
            word.chars().count() == 1
                || matches!(
                    word,
                    "Dr" | "Mr" | "Mrs" | "Ms" | "Prof" | "St" | "Jr" | "Sr" | "vs" | "No" | "Vol"
                )
        }
        _ => false,
    }
}

/// The dot of a list number that opens a sentence: "3." in "3. يرحب".
fn is_list_number_dot(tokens: &[RawToken], start: usize, i: usize, text: &str) -> bool {
    i == start + 1 && tokens[start].kind == TokenKind::Number && tokens[i].span.of(text) == "."
}
