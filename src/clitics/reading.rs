//! Readings: every way the letters of a word can be split into proclitics
//! + article + stem + enclitic, before any rule says which are Arabic.
//!
//! Only what the letters allow is enumerated here: a conjunction and a
//! particle at the start (see [`super::proclitics`]), the article's letters
//! after them, a pronoun suffix at the end, and always a stem between.
//! Whether a reading is possible, and how good it is, is for the rules
//! (see [`super::rules`]).

use super::letters::Letters;
use super::lexicon::Lexicon;
use super::proclitics::{is_conjunction, is_particle};
use super::shape;

/// The pronoun suffixes (enclitics) in `search`-normalized spelling,
/// longest first.
pub const ENCLITICS: [&str; 12] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ي", "ك"];

/// How many letters each part of a reading takes; the stem is the rest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Split {
    /// Letters of proclitics (و, ب, وب …), one letter each.
    pub proclitics: usize,
    /// Letters of the article: 2 for ال, 1 for the ل of لل after ل.
    pub article: usize,
    /// Letters of the pronoun suffix.
    pub enclitic: usize,
}

/// The most splits a word has: 3 proclitic lengths × 2 article lengths ×
/// 3 enclitics (none, ني, ي).
const MAX_SPLITS: usize = 18;

/// The splits of a word, in the order that settles ties (the earlier
/// wins): the whole word first, then fewer proclitic letters before more,
/// without the article before with it, without an enclitic before with
/// one, and a longer enclitic before a shorter.
pub struct Splits {
    items: [Split; MAX_SPLITS],
    len: usize,
}

impl std::ops::Deref for Splits {
    type Target = [Split];
    fn deref(&self) -> &[Split] {
        &self.items[..self.len]
    }
}

/// Every split the letters of `w` allow: up to one conjunction with at
/// least two letters after it, then up to one particle with at least two
/// letters after it; the article's letters after them with at least two
/// letters left (after ل, only the ل of لل); any pronoun the word ends
/// with, leaving at least one letter of stem.
pub fn splits(w: &Letters) -> Splits {
    let n = w.len();
    let mut proclitics = [0, 0, 0];
    let mut p_count = 1;
    let conj = usize::from(n > 2 && is_conjunction(w.char_at(0)));
    for c in 0..=conj {
        if c > 0 {
            proclitics[p_count] = c;
            p_count += 1;
        }
        if n > c + 2 && is_particle(w.char_at(c)) {
            proclitics[p_count] = c + 1;
            p_count += 1;
        }
    }
    // No, then each pronoun the word ends with (at most two: ني and ي).
    let mut enclitics = [0; 3];
    let mut e_count = 1;
    for e in ENCLITICS.iter().filter(|e| w.folded.ends_with(*e)).take(2) {
        enclitics[e_count] = e.chars().count();
        e_count += 1;
    }
    let mut out = Splits { items: [Split::default(); MAX_SPLITS], len: 0 };
    for &p in &proclitics[..p_count] {
        let article = if p > 0 && w.char_at(p - 1) == 'ل' {
            (n >= p + 3 && w.char_at(p) == 'ل').then_some(1)
        } else {
            (n >= p + 4 && w.char_at(p) == 'ا' && w.char_at(p + 1) == 'ل').then_some(2)
        };
        for a in std::iter::once(0).chain(article) {
            for &e in &enclitics[..e_count] {
                if p + a + e < n {
                    out.items[out.len] = Split { proclitics: p, article: a, enclitic: e };
                    out.len += 1;
                }
            }
        }
    }
    out
}

/// One split of one word, as the rules read it.
pub struct Reading<'a> {
    pub w: &'a Letters,
    pub lex: &'a Lexicon,
    pub split: Split,
    /// The stem, folded.
    pub stem: &'a str,
    /// The enclitic, folded; empty when there is none.
    pub enclitic: &'a str,
}

impl<'a> Reading<'a> {
    pub fn new(w: &'a Letters, lex: &'a Lexicon, split: Split) -> Reading<'a> {
        let (from, to) = (split.proclitics + split.article, w.len() - split.enclitic);
        Reading { w, lex, split, stem: w.fold(from, to), enclitic: w.fold(to, w.len()) }
    }

    /// Whether this is the word without any clitic.
    #[inline]
    pub fn is_whole(&self) -> bool {
        self.split == Split::default()
    }

    /// Letter index where the stem starts.
    #[inline]
    pub fn stem_from(&self) -> usize {
        self.split.proclitics + self.split.article
    }

    /// The stem's length in letters.
    #[inline]
    pub fn stem_len(&self) -> usize {
        self.w.len() - self.split.enclitic - self.stem_from()
    }

    /// The last proclitic (folded), if any.
    #[inline]
    pub fn last_proclitic(&self) -> Option<char> {
        self.split.proclitics.checked_sub(1).map(|k| self.w.char_at(k))
    }

    /// Whether the letters after the proclitics are a bare ال (its alef
    /// written without hamza) where the article can stand: the word has the
    /// article, whether or not this reading takes it.
    pub fn bare_article(&self) -> bool {
        let (w, p) = (self.w, self.split.proclitics);
        self.last_proclitic() != Some('ل')
            && w.len() >= p + 4
            && matches!(w.original[p], 'ا' | 'ٱ')
            && w.char_at(p + 1) == 'ل'
    }

    /// Whether the stem, before a pronoun other than ي, is the verbal noun
    /// of form VIII of a ل-root (التزام+ه), whose ال is its own (see
    /// [`shape::wasl_masdar`]). Not before ي, which ends nisbas and verbal
    /// nouns: بالتوازي.
    pub fn wasl(&self) -> bool {
        self.split.enclitic > 0 && self.enclitic != "ي" && shape::wasl_masdar(self.stem)
    }
}

/// The bucket of `base` + `tail` in the lexicon (a stem with a letter
/// restored or an ending added), built on the stack: this runs for many
/// readings of many words.
pub fn bucket_with(lex: &Lexicon, base: &str, tail: &str) -> u8 {
    key_with(base, tail, |key| lex.bucket(key))
}

/// Calls `f` with `base` + `tail`, built on the stack when it fits.
pub fn key_with<T>(base: &str, tail: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buffer = [0u8; 160];
    let len = base.len() + tail.len();
    if len > buffer.len() {
        return f(&format!("{base}{tail}"));
    }
    buffer[..base.len()].copy_from_slice(base.as_bytes());
    buffer[base.len()..len].copy_from_slice(tail.as_bytes());
    // Two whole strings joined: always UTF-8.
    f(std::str::from_utf8(&buffer[..len]).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splits_of(word: &str) -> Vec<(usize, usize, usize)> {
        let w = Letters::of(word).expect("an Arabic word");
        splits(&w).iter().map(|s| (s.proclitics, s.article, s.enclitic)).collect()
    }

    #[test]
    fn splits_in_order() {
        assert_eq!(splits_of("وللمجلس"), [(0, 0, 0), (1, 0, 0), (2, 0, 0), (2, 1, 0)]);
        assert_eq!(splits_of("بيته"), [(0, 0, 0), (0, 0, 1), (1, 0, 0), (1, 0, 1)]);
        assert_eq!(splits_of("الفهم"), [(0, 0, 0), (0, 0, 2), (0, 2, 0), (0, 2, 2)]);
        assert_eq!(splits_of("مني"), [(0, 0, 0), (0, 0, 2), (0, 0, 1)], "ني, then ي");
        assert_eq!(splits_of("ني"), [(0, 0, 0), (0, 0, 1)], "ني would leave no stem");
        assert_eq!(splits_of("بني"), [(0, 0, 0), (0, 0, 2), (0, 0, 1), (1, 0, 0), (1, 0, 1)]);
        assert_eq!(splits_of("من"), [(0, 0, 0)]);
    }

    #[test]
    fn keys_on_the_stack() {
        assert_eq!(key_with("مدين", "ة", str::to_string), "مدينة");
        let long = "ب".repeat(100);
        assert_eq!(key_with(&long, "ين", |k| k.chars().count()), 102);
    }
}
