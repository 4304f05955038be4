//! Tokenization: a hand-written scanner over the original text.
//!
//! Tokens are spans into the original; whatever lies between two tokens is a
//! gap (white space, invisible controls). Tokens and gaps together rebuild
//! the input exactly — a property test holds us to it.

use crate::chars::{self, is_arabic_word_char};
use crate::span::Span;
use serde::Serialize;

/// What a token is. The discriminant is the code the wasm columns carry, so
/// new kinds are only ever appended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[repr(u8)]
pub enum TokenKind {
    /// An Arabic word, diacritics and tatweel included.
    Word = 0,
    /// Digits with their internal separators: 2254, 1,234.5, ٣٫٥, 2016/4/14.
    Number = 1,
    Punct = 2,
    Symbol = 3,
    /// A word in another script (Latin, Cyrillic, …).
    Latin = 4,
    Url = 5,
    Email = 6,
    Hashtag = 7,
    Mention = 8,
}

impl TokenKind {
    /// Every kind, in discriminant order.
    pub const ALL: [TokenKind; 9] = [
        TokenKind::Word,
        TokenKind::Number,
        TokenKind::Punct,
        TokenKind::Symbol,
        TokenKind::Latin,
        TokenKind::Url,
        TokenKind::Email,
        TokenKind::Hashtag,
        TokenKind::Mention,
    ];

    /// The name used in JSON and in the page.
    pub fn name(self) -> &'static str {
        ["word", "number", "punct", "symbol", "latin", "url", "email", "hashtag", "mention"][self as usize]
    }
}

/// A token before analysis: where it is and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawToken {
    pub span: Span,
    pub kind: TokenKind,
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<RawToken> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut scanner = Scanner { text, pos: 0 };
    while let Some(token) = scanner.next_token() {
        tokens.push(token);
    }
    tokens
}

struct Scanner<'t> {
    text: &'t str,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn peek_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    /// Advances while `f` holds; returns the new position.
    fn take_while(&mut self, f: impl Fn(char) -> bool) -> usize {
        let rest = &self.text[self.pos..];
        let len = rest.find(|c: char| !f(c)).unwrap_or(rest.len());
        self.pos += len;
        self.pos
    }

    fn next_token(&mut self) -> Option<RawToken> {
        // Skip the gap: white space, and invisible controls that do not sit
        // inside a word.
        self.take_while(|c| c.is_whitespace() || chars::is_invisible_control(c) || c.is_control());
        let start = self.pos;
        let c = self.peek()?;
        let kind = if is_arabic_word_char(c) {
            self.arabic_word();
            TokenKind::Word
        } else if chars::is_digit(c) {
            self.number();
            TokenKind::Number
        } else if let Some(kind) = self.web_token() {
            kind
        } else if c.is_alphanumeric() {
            self.take_while(|c| (c.is_alphanumeric() && !is_arabic_word_char(c)) || is_combining_mark(c));
            TokenKind::Latin
        } else {
            self.pos += c.len_utf8();
            // Combining marks with no base stay with the character before.
            self.take_while(is_combining_mark);
            if is_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            }
        };
        Some(RawToken { span: Span::new(start, self.pos), kind })
    }

    /// An Arabic word. Zero-width (non-)joiners between two letters belong to
    /// the word, so that a control cannot split a word unseen.
    fn arabic_word(&mut self) {
        loop {
            self.take_while(is_arabic_word_char);
            match self.peek() {
                Some(c) if matches!(c, '\u{200C}' | '\u{200D}') => {
                    let after = self.pos + c.len_utf8();
                    if self.peek_at(after).is_some_and(is_arabic_word_char) {
                        self.pos = after;
                        continue;
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// Digits, with a separator kept inside when a digit follows it.
    fn number(&mut self) {
        loop {
            self.take_while(chars::is_digit);
            match self.peek() {
                Some(sep @ ('.' | ',' | '٫' | '٬' | '/' | ':')) => {
                    let after = self.pos + sep.len_utf8();
                    if self.peek_at(after).is_some_and(chars::is_digit) {
                        self.pos = after;
                        continue;
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// URL, e-mail address, hashtag or mention starting here, if any.
    fn web_token(&mut self) -> Option<TokenKind> {
        let rest = &self.text[self.pos..];
        let lower = rest.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
        let is_url =
            lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.");
        if is_url {
            let len = rest
                .find(|c: char| c.is_whitespace() || matches!(c, '«' | '»' | '"' | '<' | '>'))
                .unwrap_or(rest.len());
            // Trailing punctuation belongs to the sentence, not the address.
            let url = rest[..len].trim_end_matches(['.', ',', '،', ')', ';', '؛', ':', '!', '?', '؟']);
            self.pos += url.len();
            return Some(TokenKind::Url);
        }
        let first = rest.chars().next()?;
        if matches!(first, '#' | '@') {
            let body = &rest[1..];
            let len = body
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || is_arabic_word_char(c)))
                .unwrap_or(body.len());
            if len > 0 && !body[..len].chars().all(chars::is_digit) {
                self.pos += 1 + len;
                return Some(if first == '#' { TokenKind::Hashtag } else { TokenKind::Mention });
            }
            return None;
        }
        // local@domain.tld
        let local = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')))
            .unwrap_or(rest.len());
        if local > 0 && rest[local..].starts_with('@') {
            let domain = &rest[local + 1..];
            let dlen = domain
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-')))
                .unwrap_or(domain.len());
            let d = domain[..dlen].trim_end_matches('.');
            if d.contains('.') && !d.starts_with('.') {
                self.pos += local + 1 + d.len();
                return Some(TokenKind::Email);
            }
        }
        None
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
        || chars::is_diacritic(c)
}

/// Punctuation, Arabic forms included (، ؛ ؟ « » ٪ is a symbol).
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '%' | '#' | '@' | '&' | '*')
        || matches!(
            c,
            '،' | '؛' | '؟' | '«' | '»' | '٭' | '۔' | '…' | '–' | '—' | '‘' | '’' | '“' | '”' | '\u{066A}'
                ..='\u{066D}'
        ) && c != '٪'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, &'static str)> {
        tokenize(text).iter().map(|t| (t.span.of(text), t.kind.name())).collect()
    }

    #[test]
    fn statement_fragment() {
        assert_eq!(
            kinds("يومي 14و15 أبريل 2016، «داعش»"),
            [
                ("يومي", "word"),
                ("14", "number"),
                ("و", "word"),
                ("15", "number"),
                ("أبريل", "word"),
                ("2016", "number"),
                ("،", "punct"),
                ("«", "punct"),
                ("داعش", "word"),
                ("»", "punct"),
            ]
        );
    }

    #[test]
    fn numbers_stay_whole() {
        for n in ["1,234.5", "٣٫٥", "١٬٠٠٠", "2016/4/14"] {
            assert_eq!(kinds(n), [(n, "number")], "{n}");
        }
    }

    #[test]
    fn diacritics_and_tatweel_are_word_internal() {
        assert_eq!(kinds("مُـــنظمة"), [("مُـــنظمة", "word")]);
    }
}
