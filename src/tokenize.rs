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
    /// Punctuation: . ، ؛ ؟ « » ( ) and the like.
    Punct = 2,
    /// One character that is no letter, digit or punctuation (% $ + or an
    /// emoji), or a combining mark with no letter before it.
    Symbol = 3,
    /// A word in another script (Latin, Cyrillic, …).
    Latin = 4,
    /// A web address: `https://example.org/a`, `www.example.org`.
    Url = 5,
    /// An e-mail address.
    Email = 6,
    /// A hashtag: #سوريا.
    Hashtag = 7,
    /// A user mention: @name.
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
    /// Where it is in the text.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<RawToken> {
    // Running text has a token every 9 bytes or so (Arabic words and their
    // spaces); a guess on the low side, grown if need be and trimmed at the
    // end, keeps a large text's token list near its exact size: in wasm the
    // heap's high-water mark never comes down.
    let mut tokens = Vec::with_capacity(text.len() / 8 + 8);
    tokens.extend(tokens_of(text));
    tokens.shrink_to_fit();
    tokens
}

/// The tokens of `text` one at a time, for callers that keep something
/// smaller than the whole list ([`Lexed::new`](crate::Lexed::new) keeps a window).
pub fn tokens_of(text: &str) -> impl Iterator<Item = RawToken> + '_ {
    let mut scanner = Scanner { text, pos: 0 };
    std::iter::from_fn(move || scanner.next_token())
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
        let kind = if chars::is_arabic_letter(c) {
            self.arabic_word(start)
        } else if is_combining_mark(c) {
            // Marks with no base (after a space, at the start): a symbol of
            // their own, never a word without letters.
            self.pos += c.len_utf8();
            TokenKind::Symbol
        } else if is_arabic_word_char(c) {
            self.arabic_word(start)
        } else if chars::is_digit(c) {
            self.number();
            TokenKind::Number
        } else if let Some(kind) = self.web_token() {
            kind
        } else if c.is_alphanumeric() {
            self.latin_word();
            TokenKind::Latin
        } else {
            self.pos += c.len_utf8();
            if is_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            }
        };
        // Combining marks stay with the character before them, whatever it is.
        self.take_while(is_combining_mark);
        Some(RawToken { span: Span::new(start, self.pos), kind })
    }

    /// A word in a non-Arabic script: letters, digits and marks, with an
    /// apostrophe or hyphen inside kept when a letter or digit follows it
    /// (O'Brien, don’t, Jean-Pierre, COVID-19).
    fn latin_word(&mut self) {
        let is_latin_char =
            |c: char| (c.is_alphanumeric() && !is_arabic_word_char(c)) || is_combining_mark(c);
        loop {
            self.take_while(is_latin_char);
            match self.peek() {
                Some(joiner @ ('\'' | '’' | '-' | '\u{2010}' | '\u{2011}')) => {
                    let after = self.pos + joiner.len_utf8();
                    if self.peek_at(after).is_some_and(|c| c.is_alphanumeric() && !is_arabic_word_char(c)) {
                        self.pos = after;
                        continue;
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// An Arabic word. Zero-width (non-)joiners between two letters belong to
    /// the word, so that a control cannot split a word unseen (Persian writes
    /// ZWNJ inside words: می‌خواهم). A run of tatweel and marks with no letter
    /// (a decorative ـــــ) is a symbol, not a word, and so is one at either
    /// edge of a word: between letters tatweel stretches the word (مُـــنظمة),
    /// at its edge it is a dash (ـلا الدينصورات فقطـ) or joins a number (الـ84),
    /// except after a lone letter, which it marks as an abbreviation (هـ).
    fn arabic_word(&mut self, start: usize) -> TokenKind {
        let kind = self.arabic_run(start);
        if kind != TokenKind::Word {
            return kind;
        }
        // Nearly every word starts and ends with a letter: nothing to cut.
        let word = &self.text[start..self.pos];
        if !word.starts_with(chars::TATWEEL)
            && !word.ends_with(|c| c == chars::TATWEEL || chars::is_diacritic(c))
        {
            return kind;
        }
        // One pass: where the first letter starts, how many letters there
        // are, and where the tatweel after the last letter starts (the marks
        // on a letter stay with it).
        let (mut first, mut letters, mut cut) = (0, 0, None);
        for (i, c) in word.char_indices() {
            if chars::is_arabic_letter(c) {
                if letters == 0 {
                    first = i;
                }
                letters += 1;
                cut = None;
            } else if c == chars::TATWEEL && letters > 0 && cut.is_none() {
                cut = Some(i);
            }
        }
        if first > 0 {
            // The leading tatweel, with any marks it carries, alone.
            self.pos = start + first;
            return TokenKind::Symbol;
        }
        // One letter with its tatweel is an abbreviation and stays whole
        // (1438 هـ for the Hijri year, صـ for a page).
        if let Some(cut) = cut.filter(|_| letters > 1) {
            self.pos = start + cut;
        }
        kind
    }

    /// [`Scanner::arabic_word`]'s scan of letters, marks, tatweel and
    /// joiners between letters.
    fn arabic_run(&mut self, start: usize) -> TokenKind {
        loop {
            self.take_while(is_arabic_word_char);
            match self.peek() {
                Some(c) if matches!(c, '\u{200C}' | '\u{200D}') => {
                    let after = self.pos + c.len_utf8();
                    if self.peek_at(after).is_some_and(is_arabic_word_char) {
                        self.pos = after;
                        continue;
                    }
                    break;
                }
                _ => break,
            }
        }
        // Almost every word starts with a letter; only a run starting with
        // tatweel needs the scan.
        let word = &self.text[start..self.pos];
        if word.starts_with(chars::is_arabic_letter) || word.chars().any(chars::is_arabic_letter) {
            TokenKind::Word
        } else {
            TokenKind::Symbol
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
        let starts_with = |prefix: &str| {
            rest.as_bytes()
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
        };
        let is_url = starts_with("http://") || starts_with("https://") || starts_with("www.");
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

/// Punctuation, Arabic forms included (، ؛ ؟ « » ﴿ ﴾ ۔); ٪ and the
/// ASCII operators and currency signs are symbols.
fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(
                c,
                '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '%' | '#' | '@' | '&' | '*'
            );
    }
    matches!(c,
        '،' | '؛' | '؟' | '«' | '»' | '٭' | '۔' | '\u{066B}' | '\u{066C}' | '\u{060D}' | '\u{FD3E}' | '\u{FD3F}'
        | '¡' | '¿' | '\u{2010}'..='\u{2027}' | '\u{2039}' | '\u{203A}' | '\u{2E00}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}' | '\u{FF1B}'
        | '\u{FF1F}')
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
