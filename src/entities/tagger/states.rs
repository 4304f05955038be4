//! The token features' inputs: what the gazetteer and the rules say about
//! each token and its neighbours, streamed token by token.
//!
//! Each token's [`StateKey`] is read once, in text order, by tagging and by
//! training alike. An array of codes per token (five bytes, and a
//! `usize` of mention length per token while it was filled) was the largest
//! allocation of the tagging stage, and the wasm heap keeps its high-water
//! mark; mentions are sparse (one every few dozen tokens), so the states
//! are computed as the tokens pass, from the few mentions around them.

use super::super::locate::{by_start, Cursor};
use super::super::{Entity, EntityType};
use super::features::hash;
use crate::lexed::Lexed;

/// Everything one token's features depend on: the gazetteer's, the name
/// rules' and the other rules' codes (see [`Cover`]) on the token before,
/// the token and the token after; whether a title ends just before it;
/// whether it opens a sentence. Most tokens share a few keys, so tagging
/// sums the weights once per distinct key.
pub type StateKey = [u8; 11];

/// The token features a [`StateKey`] stands for, hashed.
pub fn state_features(key: &StateKey, out: &mut Vec<u64>) {
    out.push(hash(&[b"bias"]));
    for (k, name) in [&b"g"[..], b"r", b"o"].into_iter().enumerate() {
        let [before, here, after] = [key[3 * k], key[3 * k + 1], key[3 * k + 2]];
        out.push(hash(&[name, b"0", &[here]]));
        out.push(hash(&[name, b"-", &[before]]));
        out.push(hash(&[name, b"+", &[after]]));
        out.push(hash(&[name, b"-0+", &[before, here, after]]));
    }
    if key[9] == 1 {
        out.push(hash(&[b"after-title"]));
    }
    if key[10] == 1 {
        out.push(hash(&[b"sentence-start"]));
    }
}

/// The [`StateKey`] of every token, in order.
pub struct TokenStates<'a> {
    n: usize,
    /// The next token whose key [`Iterator::next`] gives.
    i: usize,
    covers: [Cover<'a>; 3],
    /// Codes of tokens i − 1, i and i + 1, per cover, packed (see [`unpack`]): built
    /// in a register, not as bytes of an array read back as one number (a
    /// store-forwarding stall that was a tenth of the tagger's time).
    codes: u64,
    /// Tokens a title ends just before, sorted and distinct (titles are few).
    after_title: Vec<u32>,
    at_title: usize,
    sentences: std::slice::Iter<'a, crate::span::Span>,
    sentence_cursor: Cursor<'a>,
    /// The first token of the next sentence not yet reached.
    next_start: Option<usize>,
}

impl<'a> TokenStates<'a> {
    pub fn new(lexed: &'a Lexed, gazetteer: &'a [Entity], rules: &'a [Entity]) -> Self {
        let tokens = &lexed.tokens;
        let n = tokens.len();
        let name = |e: &Entity| e.kind.nests() && e.kind != EntityType::Date;
        let mut covers = [
            Cover::new(lexed, gazetteer, |_| true),
            Cover::new(lexed, rules, name),
            Cover::new(lexed, rules, |e| !name(e)),
        ];
        let mut cursor = Cursor::new(tokens);
        let mut after_title: Vec<u32> = rules
            .iter()
            .filter(|e| e.kind == EntityType::Title)
            .map(|e| cursor.starting_from(e.span.end))
            .filter(|&next| next < n)
            .map(|next| next as u32)
            .collect();
        after_title.sort_unstable();
        after_title.dedup();
        let mut codes = 0;
        for (k, cover) in covers.iter_mut().enumerate() {
            codes |= u64::from(cover.code(0)) << (15 * k + 10);
        }
        let mut s = TokenStates {
            n,
            i: 0,
            covers,
            codes,
            after_title,
            at_title: 0,
            sentences: lexed.sentences.iter(),
            sentence_cursor: Cursor::new(tokens),
            next_start: None,
        };
        s.next_start = s.next_sentence_start();
        s
    }

    /// The first token of the next sentence that has one, in order.
    fn next_sentence_start(&mut self) -> Option<usize> {
        self.sentences.next().map(|s| self.sentence_cursor.starting_from(s.start))
    }
}

impl TokenStates<'_> {
    /// The next token's key, packed (see [`unpack`]).
    #[inline]
    pub fn next_packed(&mut self) -> Option<u64> {
        let i = self.i;
        if i >= self.n {
            return None;
        }
        self.i += 1;
        // Each cover's three codes shift down by one token; the code of
        // token i + 1 comes in at the top.
        let mut codes = (self.codes >> 5) & !(0x1F << 10 | 0x1F << 25 | 0x1F << 40);
        if i + 1 < self.n {
            for (k, cover) in self.covers.iter_mut().enumerate() {
                codes |= u64::from(cover.code(i + 1)) << (15 * k + 10);
            }
        }
        self.codes = codes;
        while self.after_title.get(self.at_title).is_some_and(|&t| (t as usize) < i) {
            self.at_title += 1;
        }
        let after_title = self.after_title.get(self.at_title) == Some(&(i as u32));
        // Several sentences may start at one token (an empty one before
        // it); later ones start at or after it.
        while self.next_start.is_some_and(|t| t < i) {
            self.next_start = self.next_sentence_start();
        }
        let sentence_start = self.next_start == Some(i);
        Some(codes | u64::from(after_title) << 45 | u64::from(sentence_start) << 50)
    }
}

impl Iterator for TokenStates<'_> {
    type Item = StateKey;

    fn next(&mut self) -> Option<StateKey> {
        self.next_packed().map(unpack)
    }
}

/// The [`StateKey`] of a packed one. Packed, a key is one number: five bits
/// per code (codes are below 32), the gazetteer's, the name rules' and the
/// other rules' three codes in bits 0–15, 15–30 and 30–45 (the token before
/// lowest), then the title flag (bit 45) and the sentence flag (bit 50).
pub fn unpack(packed: u64) -> StateKey {
    std::array::from_fn(|j| (packed >> (5 * j) & if j < 9 { 0x1F } else { 1 }) as u8)
}

/// Per token, the code of the longest mention covering it: 0 for none,
/// else 1 + 2·type + (0 on the mention's first token, 1 inside). Of equally
/// long mentions, the first in the list's order wins.
///
/// Streamed: the mentions are visited in order of their start (an index
/// sorted once, four bytes a mention), and only those covering the current
/// token are held.
struct Cover<'a> {
    mentions: &'a [Entity],
    /// Indexes into `mentions` of those this cover reads, by start then
    /// index.
    order: Vec<u32>,
    next: usize,
    cursor: Cursor<'a>,
    /// The next mention's tokens, once found: (first, end).
    pending: Option<(usize, usize)>,
    /// Mentions that may cover the current token: (first token, end token,
    /// length in bytes, index).
    active: Vec<(usize, usize, usize, u32)>,
}

impl<'a> Cover<'a> {
    fn new(lexed: &'a Lexed, mentions: &'a [Entity], keep: impl Fn(&Entity) -> bool) -> Self {
        let order =
            by_start(mentions, (0..mentions.len() as u32).filter(|&k| keep(&mentions[k as usize])).collect());
        Cover {
            mentions,
            order,
            next: 0,
            cursor: Cursor::new(&lexed.tokens),
            pending: None,
            active: Vec::new(),
        }
    }

    /// The code of token `t`; `t` grows from one call to the next.
    #[inline]
    fn code(&mut self, t: usize) -> u8 {
        // Most tokens lie outside every mention: nothing held, and the next
        // mention (found already) starts later.
        if self.active.is_empty() && self.pending.is_some_and(|(first, _)| first > t) {
            return 0;
        }
        self.code_slow(t)
    }

    fn code_slow(&mut self, t: usize) -> u8 {
        // Mentions start in text order, so their first tokens do too.
        while self.next < self.order.len() {
            let e = &self.mentions[self.order[self.next] as usize];
            let (first, end) = *self.pending.get_or_insert_with(|| self.cursor.range(e.span));
            if first > t {
                break;
            }
            // An empty mention covers nothing (its length never beats 0).
            if !e.span.is_empty() {
                self.active.push((first, end, e.span.len(), self.order[self.next]));
            }
            self.pending = None;
            self.next += 1;
        }
        self.active.retain(|&(_, end, _, _)| end > t);
        let best = self.active.iter().max_by_key(|&&(_, _, len, k)| (len, std::cmp::Reverse(k)));
        best.map_or(0, |&(first, _, _, k)| 1 + 2 * self.mentions[k as usize].kind as u8 + u8::from(t > first))
    }
}
