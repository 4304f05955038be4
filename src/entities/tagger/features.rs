//! The tagger's features, shared by training and tagging.
//!
//! A token's score for a tag is a sum of weights of hashed features. They
//! come in two kinds, and keeping them apart is what makes tagging cheap:
//!
//! - *form features* depend on one distinct form only (its normalized
//!   spelling, clitic-stripped stem, affixes, shape, word-list classes,
//!   where its word stands in the gazetteer's names, its word class) and
//!   on where that form sits relative to the token being tagged (offset −2
//!   … +2). Their summed weights are computed once per distinct form and
//!   offset, then reused for every token of that form;
//! - *token features* depend on the token's place in the text: the
//!   gazetteer's and the rules' mentions covering it and its neighbours,
//!   whether a title ends just before it, whether it opens a sentence.
//!   They are a handful per token.
//!
//! No feature joins two positions (no word bigrams): that is the price of
//! the per-form cache, and the neighbour features carry most of that
//! information anyway.

use super::super::gazetteer::Gazetteer;
use super::super::lexicon::{self, lexicon};
use super::classes::WordClasses;
use crate::clitics::SegmentKind;
use crate::lexed::Form;
use crate::tokenize::TokenKind;

/// How far the form features of neighbours reach.
pub const WINDOW: usize = 2;
/// Offsets −2…+2, in this order.
pub const OFFSETS: usize = 2 * WINDOW + 1;

/// Word-list classes worth a feature (others add noise, not evidence).
const CLASSES: &[(u64, &str)] = &[
    (lexicon::GIVEN, "given"),
    (lexicon::FAMILY, "family"),
    (lexicon::CONNECTOR, "conn"),
    (lexicon::STOP, "stop"),
    (lexicon::ORG_HEAD, "orghead"),
    (lexicon::EVENT_HEAD, "eventhead"),
    (lexicon::LAW_HEAD, "lawhead"),
    (lexicon::ROLE, "role"),
    (lexicon::NOT_NAME, "notname"),
    (lexicon::VERB_SAYS, "says"),
    (lexicon::AFTER_CONNECTOR, "afterconn"),
    (lexicon::REL_DATE, "reldate"),
    (lexicon::CARDINAL, "card"),
    (lexicon::ORDINAL, "ord"),
];

/// FNV-1a over the bytes of `parts`, each part closed by a separator: a
/// fixed, platform-independent hash, so a model trained natively tags the
/// same in wasm.
pub fn hash(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.iter().chain([&0xff]) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A feature seen from `offset` (0…4 for −2…+2): a new hash, so "the
/// next word is X" and "this word is X" have different weights.
pub fn at_offset(feature: u64, offset: usize) -> u64 {
    let h = (feature ^ (offset as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15))
        .wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 29)
}

/// Whether a form feature of `template` is used at `offset`: all of them on
/// the token itself, the spelling, stem, classes and kind on its direct
/// neighbours, the spelling and classes two away.
fn used_at(template: u8, offset: usize) -> bool {
    match offset.abs_diff(WINDOW) {
        0 => true,
        1 => matches!(template, b'w' | b's' | b'c' | b'k' | b'p' | b'g' | b'b'),
        _ => matches!(template, b'w' | b'c'),
    }
}

/// What a form's features read beyond the form: the gazetteer the
/// analyzer holds (its names' words) and the model's word classes.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    /// The gazetteer whose names' words are features.
    pub names: &'a Gazetteer,
    /// The word classes (the model's).
    pub classes: &'a WordClasses,
}

/// One form's features: (template, hash) pairs.
///
/// Runs once per distinct form, which at 1 MB of text is most of the
/// tagger's time: the values are hashed from slices of the stem and from
/// stack buffers rather than from a string allocated per feature, the
/// bytes hashed being the same.
pub fn form_features(form: &Form, kind: TokenKind, sources: Sources) -> Vec<(u8, u64)> {
    let mut out = Vec::with_capacity(24);
    let mut add = |template: u8, value: &[u8]| out.push((template, hash(&[&[template], value])));
    let kind_name = kind.name().as_bytes();
    add(b'k', kind_name);
    if kind != TokenKind::Word {
        if kind == TokenKind::Number {
            add(b'h', &length_value(form.norm.len().min(5)));
        } else {
            add(b'w', form.norm.as_bytes());
        }
        return out;
    }
    add(b'w', form.norm.as_bytes());
    let restored_stem;
    let stem = match form.segments.iter().find(|s| s.kind == SegmentKind::Stem) {
        Some(s) => {
            restored_stem = lexicon::key(&s.restored);
            restored_stem.as_str()
        }
        None => form.norm.as_str(),
    };
    let article = form.segments.iter().any(|s| s.kind == SegmentKind::Article);
    let enclitic = form.segments.iter().any(|s| s.kind == SegmentKind::Enclitic);
    add(b's', stem.as_bytes());
    // "{proclitics}|{article}|{enclitic}", the proclitics' restored forms
    // joined.
    let mut clitics = String::new();
    form.segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Proclitic)
        .for_each(|s| clitics.push_str(&s.restored));
    clitics.push_str(if article { "|1" } else { "|0" });
    clitics.push_str(if enclitic { "|1" } else { "|0" });
    add(b'p', clitics.as_bytes());
    // Prefixes and suffixes of one to four characters, as slices.
    let bounds: Vec<usize> = stem.char_indices().map(|(i, _)| i).chain([stem.len()]).collect();
    let chars = bounds.len() - 1;
    for n in 1..=4.min(chars) {
        add(b'0' + n as u8, &stem.as_bytes()[..bounds[n]]);
        add(b'5' + n as u8, &stem.as_bytes()[bounds[chars - n]..]);
    }
    add(b'h', &length_value(chars.min(9)));
    // Word-list classes of the whole word and of the stem with its article.
    let lex = lexicon();
    let mut classes = [form.norm.as_str(), stem].iter().filter_map(|k| lex.get(*k)).fold(0, |a, c| a | c);
    let with_article = article.then(|| format!("ال{stem}"));
    if let Some(with_article) = &with_article {
        classes |= lex.get(with_article.as_str()).copied().unwrap_or(0);
    } else {
        classes |= lex.get(stem).copied().unwrap_or(0);
    }
    for (bit, name) in CLASSES {
        if classes & bit != 0 {
            add(b'c', name.as_bytes());
        }
    }
    // Where the word stands in the gazetteer's names, clitics off.
    let roles = [Some(form.norm.as_str()), Some(stem), with_article.as_deref()]
        .into_iter()
        .flatten()
        .fold(0, |a, k| a | sources.names.word_roles(k));
    for bit in 0..64u8 {
        if roles >> bit & 1 == 1 {
            add(b'g', &[bit]);
        }
    }
    for value in sources.classes.values(stem) {
        add(b'b', &value);
    }
    out
}

/// The value of a length feature, `len` and one digit (`len3`).
fn length_value(n: usize) -> [u8; 4] {
    debug_assert!(n < 10);
    [b'l', b'e', b'n', b'0' + n as u8]
}

/// Whether the tagger may name a token of this form: only one with an
/// Arabic letter. Latin words (code or English pasted into a statement),
/// numbers and punctuation are left to the gazetteer and the rules: the
/// training corpus has too few of them for the model to know them, and
/// what it guessed was mostly noise (a line of code tagged ORG).
pub fn nameable(form: &Form) -> bool {
    form.norm.chars().any(crate::chars::is_arabic_letter)
}

/// The form features of `features` that apply at `offset`, offset-hashed.
pub fn form_features_at(features: &[(u8, u64)], offset: usize) -> impl Iterator<Item = u64> + '_ {
    features.iter().filter(move |(t, _)| used_at(*t, offset)).map(move |(_, h)| at_offset(*h, offset))
}

/// The stand-in for a neighbour past either end of the text.
pub fn padding(offset: usize) -> u64 {
    at_offset(hash(&[b"pad"]), offset)
}
