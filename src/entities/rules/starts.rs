//! Where each rule family may start: one pass over the tokens.
//!
//! Every family reads the tokens left to right, and at nearly every token
//! its first tests say no. Asked at every token by eight families, those
//! tests were most of the rules' time: each reads the token's [`FormInfo`]
//! (a per-form table of about a megabyte at 25,000 forms: a cache miss)
//! and some compare strings. Here the tests a family starts with are
//! asked once per distinct form, into a byte of bits; one pass over the
//! tokens adds what the gazetteer and the title list found there and
//! leaves a bit per token and family, and each family visits only the
//! tokens whose bit is set.
//!
//! A bit is a necessary condition only, read from the first tests of the
//! family's functions (named below): where it is clear the family finds
//! nothing and does nothing but go on to the next token. A change to where a
//! family may start changes its test here too; `tests` check that the
//! rules find the same with every bit set.

use super::numbers::NUMBER_WORD;
use super::{places, FormInfo};
use crate::entities::bits::Bits;
use crate::entities::lexicon::*;
use crate::tokenize::TokenKind;

/// The families, by their bit.
pub const DATE: usize = 0;
pub const LAW: usize = 1;
pub const NUMBER: usize = 2;
pub const EVENT: usize = 3;
pub const ORG: usize = 4;
pub const PERSON: usize = 5;
pub const PLACE: usize = 6;
pub const QUOTE: usize = 7;
const FAMILIES: usize = 8;

/// Families a gazetteer mention starting at the token may start: a listed
/// weekday or month (dates), event, organisation or person.
const ON_HIT: u8 = 1 << DATE | 1 << EVENT | 1 << ORG | 1 << PERSON;

/// The families that may start at a token of a form, by what the form
/// alone tells (its surface and normalized form, its kind, its
/// [`FormInfo`]); all but [`PLACE`], which needs a listed place after the
/// token ([`Starts::new`]).
pub fn of_form(info: &FormInfo, norm: &str, surface: &str, kind: TokenKind) -> u8 {
    let class = |c: u64| info.class & c != 0;
    let mut bits = 0;
    let mut add = |family: usize, may: bool| bits |= u8::from(may) << family;
    // dates::date_at (من or بين, or unit_at's first tests) and lone_year.
    add(
        DATE,
        info.opener != 0
            || class(DAY_WORD | DATE_EDGE | REL_DATE | YEAR_WORD)
            || info.day
            || info.year
            || info.numeric_date,
    );
    // laws: numbered, symbol_at (Latin), assembly_number (a number) and
    // named (a head, a word ending in قرار before a year word, خطة, قانون).
    add(
        LAW,
        class(LAW_NUM_HEAD | LAW_NEEDS_NUMBER)
            || matches!(kind, TokenKind::Latin | TokenKind::Number)
            || info.word
                && (class(LAW_HEAD | INSTRUMENT)
                    || norm.ends_with("قرار")
                    || matches!(norm, "خطة" | "قانون")),
    );
    // numbers: label_end (a number, a mark, a reference word, a letter's
    // name after a number) and number_at (a number, a number word).
    add(
        NUMBER,
        kind != TokenKind::Word
            || class(DEF_CARDINAL | NUMBER_WORD | REFERENCE)
            || matches!(surface, "ألف" | "باء" | "جيم" | "دال" | "'"),
    );
    // events: war_at, observance_at, session_at, event_at.
    add(EVENT, class(WAR_HEAD | PERIOD_HEAD | SESSION | EVENT_HEAD | MEETING) || info.meetings);
    // orgs: org_end, and an opening bracket (a short name after a body).
    add(ORG, class(ORG_HEAD) || surface == "(");
    // people: a role, or name_run's first tests (a given name, عبد/أبو).
    add(PERSON, class(ROLE | GIVEN | CONNECTOR));
    // quotes: an opening mark, or a hashtag.
    add(QUOTE, crate::chars::closing_quote(surface).is_some() || kind == TokenKind::Hashtag);
    bits
}

/// A bit per token and family: where the family may start.
pub struct Starts {
    bits: [Bits; FAMILIES],
    len: usize,
}

impl Starts {
    /// From each form's bits ([`of_form`]), where the gazetteer's mentions
    /// (`hits`) and the titles start, and each form's normalized spelling
    /// (`norms`), read only before a mention (whether it is a place's head).
    pub fn new<'n>(
        forms: &[u8],
        norms: impl Fn(usize) -> &'n str,
        tokens: &[crate::lexed::Token],
        hits: &Bits,
        titles: &Bits,
    ) -> Starts {
        let n = tokens.len();
        let mut bits: [Bits; FAMILIES] = std::array::from_fn(|_| Bits::new(n));
        // Per form: not asked yet (0), a place's head (1) or not (2).
        let mut heads = vec![0u8; forms.len()];
        for (i, t) in tokens.iter().enumerate() {
            let form = t.form as usize;
            let mut s = forms[form];
            if hits.get(i) {
                s |= ON_HIT;
            }
            if titles.get(i) {
                s |= 1 << PERSON;
            }
            // places: a head, then a listed place.
            if hits.get(i + 1) {
                if heads[form] == 0 {
                    heads[form] = if places::head_prefix(norms(form)).is_some() { 1 } else { 2 };
                }
                if heads[form] == 1 {
                    s |= 1 << PLACE;
                }
            }
            while s != 0 {
                bits[s.trailing_zeros() as usize].set(i);
                s &= s - 1;
            }
        }
        Starts { bits, len: n }
    }

    /// Every family may start everywhere: the rules as they read without
    /// this index.
    #[cfg(test)]
    pub fn everywhere(n: usize) -> Starts {
        let mut bits: [Bits; FAMILIES] = std::array::from_fn(|_| Bits::new(n));
        for b in &mut bits {
            (0..n).for_each(|i| b.set(i));
        }
        Starts { bits, len: n }
    }

    /// The first token at or after `i` where `family` may start; the
    /// number of tokens when there is none.
    #[inline(always)]
    pub fn next(&self, family: usize, i: usize) -> usize {
        let words = self.bits[family].words();
        let mut w = i / 64;
        if w >= words.len() {
            return self.len;
        }
        let mut word = words[w] & (!0u64 << (i % 64));
        loop {
            if word != 0 {
                return w * 64 + word.trailing_zeros() as usize;
            }
            w += 1;
            if w == words.len() {
                return self.len;
            }
            word = words[w];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{run, Ctx};
    use super::Starts;
    use crate::entities::{homographs, titles};

    /// The rules find the same where every family may start everywhere: no
    /// bit here is clear where a family would find something. On the
    /// sample statement, the hostile inputs and the UN corpus when present.
    #[test]
    fn every_bit_set_finds_the_same() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts = vec![include_str!("../../../www/samples/oic-aleppo-statement.txt").to_string()];
        let hostile = std::fs::read_dir(format!("{root}/tests/hostile")).expect("tests/hostile");
        texts.extend(hostile.map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap_or_default()));
        let corpus = format!("{root}/../shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt");
        texts.extend(std::fs::read_to_string(corpus).ok());
        let analyzer = crate::Analyzer::builtin();
        let mut total = 0;
        for text in &texts {
            let lexed = analyzer.lex(text);
            let mut found = analyzer.gazetteer().find(text, &lexed);
            homographs::resolve(text, &lexed, &mut found);
            let title_hits = titles().find(text, &lexed);
            let mut ctx = Ctx::new(text, &lexed, &found, &title_hits);
            let gated = run(&ctx);
            ctx.starts = Starts::everywhere(lexed.tokens.len());
            assert_eq!(gated, run(&ctx));
            total += gated.len();
        }
        assert!(total > 100, "the texts have rule candidates: {total}");
    }
}
