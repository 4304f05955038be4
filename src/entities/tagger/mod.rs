//! The learned tagger: PERSON, LOC and ORG spans from a linear model over
//! BIO tags, decoded with Viterbi.
//!
//! The model is an averaged structured perceptron ([`train`]) over hashed
//! features (`features.rs`): the word, its clitic-stripped stem and affixes,
//! its shape and word-list classes, where it stands in the gazetteer's
//! names, its word class from unlabelled text ([`WordClasses`]), the same
//! for its neighbours, and what the gazetteer and the rules say about the
//! token and its neighbours. The
//! rules and lists are therefore the tagger's evidence, not its rivals: it
//! learns when a gazetteer LOC is really an ORG (الأهرام the newspaper),
//! and finds the names no list holds (a person named by surname alone).
//!
//! Tagging is linear and cheap: each distinct form's weights are summed
//! once per offset, a token adds five cached vectors and a few token
//! features, and Viterbi over nine tags is 81 additions per token.

mod classes;
mod features;
mod mentions;
mod model;
mod rows;
mod states;
pub mod train;
mod viterbi;

pub use classes::WordClasses;
pub use features::{nameable, Sources};
pub use mentions::spans;
pub use model::{Model, ModelError};
pub(crate) use rows::Row;
pub(crate) use rows::Rows;
pub use viterbi::viterbi;

use super::gazetteer::Gazetteer;
use super::{Entity, EntityType};
use crate::lexed::Lexed;
use crate::tokenize::TokenKind;
use features::{form_features, form_features_at, padding, OFFSETS, WINDOW};
use rustc_hash::FxHashMap;
use states::{state_features, TokenStates};
use std::sync::{Arc, OnceLock};
use viterbi::Viterbi;

/// Number of tags: O, then B and I for each of PERS, LOC, ORG, MISC.
pub const TAGS: usize = 9;

/// The tags' names, as the training corpora write them.
pub const TAG_NAMES: [&str; TAGS] =
    ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

/// The entity type a tag marks (MISC has none in Bayan: it is learned so
/// that it is not mistaken for a name, and then dropped).
fn type_of(tag: u8) -> Option<EntityType> {
    match tag.div_ceil(2) {
        1 => Some(EntityType::Person),
        2 => Some(EntityType::Loc),
        3 => Some(EntityType::Org),
        _ => None,
    }
}

/// The hashed features of every token, as training sees them. Tagging sums
/// the same weights through a per-form cache ([`Model::scores`]).
pub fn sequence_features(
    lexed: &Lexed,
    sources: Sources,
    gazetteer: &[Entity],
    rules: &[Entity],
) -> Vec<Vec<u64>> {
    let per_form: Vec<Vec<(u8, u64)>> = form_features_each(lexed, sources).collect();
    let states = TokenStates::new(lexed, gazetteer, rules);
    let n = lexed.tokens.len();
    states
        .enumerate()
        .map(|(i, key)| {
            let mut out = Vec::with_capacity(64);
            for offset in 0..OFFSETS {
                match (i + offset).checked_sub(WINDOW).filter(|&j| j < n) {
                    Some(j) => {
                        let form = lexed.tokens[j].form as usize;
                        out.extend(form_features_at(&per_form[form], offset));
                    }
                    None => out.push(padding(offset)),
                }
            }
            state_features(&key, &mut out);
            out
        })
        .collect()
}

/// Each form's features, with the kind of the token it first appears as,
/// one form at a time: tagging keeps only each form's sums, and holding
/// every form's feature list at once (a few dozen 16-byte features per
/// form) was the peak of the tagging stage.
fn form_features_each<'a>(
    lexed: &'a Lexed,
    sources: Sources<'a>,
) -> impl Iterator<Item = Vec<(u8, u64)>> + 'a {
    let mut kinds = vec![None; lexed.forms.len()];
    for t in &lexed.tokens {
        kinds[t.form as usize].get_or_insert(t.kind);
    }
    lexed.forms.iter().zip(kinds).map(move |(f, k)| form_features(f, k.unwrap_or(TokenKind::Punct), sources))
}

/// Per-token scores, computed on demand: each form's weights summed once
/// per offset, then five cached vectors and the token features per token.
struct Scorer<'a> {
    lexed: &'a Lexed,
    /// Per form, per offset. A form has at most 67 features of ±127 each
    /// (27 of its own, 36 gazetteer places, 4 word-class prefixes), so the
    /// sums fit `i16`: half the bytes of `i32`, for a table read at
    /// five scattered forms per token (and the heap's peak at 10 MB).
    cached: Vec<[[i16; TAGS]; OFFSETS]>,
    pads: [[i32; TAGS]; OFFSETS],
    /// Streamed: [`Scorer::score`] is asked for every token in order.
    states: TokenStates<'a>,
    /// The summed token features per distinct [`states::StateKey`], packed
    /// ([`states::unpack`]: one compare, one multiply to hash). Most tokens
    /// share a few.
    by_key: FxHashMap<u64, [i32; TAGS]>,
    /// The previous token's key and sums: neighbours mostly share a key
    /// (nothing listed around them), and a compare is cheaper than a probe.
    last: (u64, [i32; TAGS]),
    buf: Vec<u64>,
}

/// A form's row from its features: their weights summed at each offset.
fn row_of(model: &Model, feats: &[(u8, u64)]) -> Row {
    std::array::from_fn(|offset| {
        let mut s = [0; TAGS];
        form_features_at(feats, offset).for_each(|f| model.add(f, &mut s));
        s.map(|w| i16::try_from(w).expect("a form's summed weights fit i16"))
    })
}

impl Model {
    /// Each form's row, in the order of `lexed.forms`.
    fn rows(&self, lexed: &Lexed, names: &Gazetteer) -> Vec<Row> {
        let sources = Sources { names, classes: &self.classes };
        form_features_each(lexed, sources).map(|feats| row_of(self, &feats)).collect()
    }

    /// [`Model::rows`], each taken from `kept` (the rows of earlier texts,
    /// by surface in `text` and kind) when it is there: the same rows.
    pub(crate) fn rows_kept(
        &self,
        text: &str,
        lexed: &Lexed,
        names: &Gazetteer,
        kept: &mut Rows,
    ) -> Vec<Row> {
        let sources = Sources { names, classes: &self.classes };
        // Each form's first token: its surface is the key, its kind the one
        // `form_features_each` gives.
        let mut first = vec![None; lexed.forms.len()];
        for t in &lexed.tokens {
            first[t.form as usize].get_or_insert((t.span, t.kind));
        }
        lexed
            .forms
            .iter()
            .zip(first)
            .map(|(form, first)| {
                let Some((span, kind)) = first else {
                    return row_of(self, &form_features(form, TokenKind::Punct, sources));
                };
                kept.row(span.of(text), kind, || row_of(self, &form_features(form, kind, sources)))
            })
            .collect()
    }
}

impl<'a> Scorer<'a> {
    /// The scorer of `lexed`, given each form's row.
    fn new(
        model: &Model,
        lexed: &'a Lexed,
        gazetteer: &'a [Entity],
        rules: &'a [Entity],
        cached: Vec<Row>,
    ) -> Self {
        let pads = std::array::from_fn(|offset| {
            let mut s = [0; TAGS];
            model.add(padding(offset), &mut s);
            s
        });
        Scorer {
            lexed,
            cached,
            pads,
            states: TokenStates::new(lexed, gazetteer, rules),
            by_key: FxHashMap::default(),
            last: (u64::MAX, [0; TAGS]),
            buf: Vec::with_capacity(16),
        }
    }

    /// Token `i`'s score for each tag; `i` counts up from 0, one by one
    /// (with [`Scorer::score_o`]).
    fn score(&mut self, model: &Model, i: usize) -> [i64; TAGS] {
        let tokens = &self.lexed.tokens;
        let n = tokens.len();
        let mut s = self.state_sums(model);
        for offset in 0..OFFSETS {
            match (i + offset).checked_sub(WINDOW).filter(|&j| j < n) {
                Some(j) => {
                    let part = &self.cached[tokens[j].form as usize][offset];
                    s.iter_mut().zip(part).for_each(|(a, b)| *a += i32::from(*b));
                }
                None => s.iter_mut().zip(&self.pads[offset]).for_each(|(a, b)| *a += b),
            }
        }
        s.map(i64::from)
    }

    /// Token `i`'s score for O alone, as [`Scorer::score`] gives it: all a
    /// token forced to O needs.
    fn score_o(&mut self, model: &Model, i: usize) -> i64 {
        let tokens = &self.lexed.tokens;
        let n = tokens.len();
        let mut s = self.state_sums(model)[0];
        for offset in 0..OFFSETS {
            s += match (i + offset).checked_sub(WINDOW).filter(|&j| j < n) {
                Some(j) => i32::from(self.cached[tokens[j].form as usize][offset][0]),
                None => self.pads[offset][0],
            };
        }
        i64::from(s)
    }

    /// The summed token features of the next token.
    fn state_sums(&mut self, model: &Model) -> [i32; TAGS] {
        let packed = self.states.next_packed().expect("one key per token, asked in order");
        if packed != self.last.0 {
            let buf = &mut self.buf;
            let sums = *self.by_key.entry(packed).or_insert_with(|| {
                let mut s = [0; TAGS];
                buf.clear();
                state_features(&states::unpack(packed), buf);
                buf.iter().for_each(|f| model.add(*f, &mut s));
                s
            });
            self.last = (packed, sums);
        }
        self.last.1
    }
}

impl Model {
    /// Per-token tag scores: each form's weights summed once per offset,
    /// then five cached vectors and the token features per token.
    /// `names` is the gazetteer the analyzer holds, `gazetteer` the
    /// mentions it found.
    pub fn scores(
        &self,
        lexed: &Lexed,
        names: &Gazetteer,
        gazetteer: &[Entity],
        rules: &[Entity],
    ) -> Vec<[i64; TAGS]> {
        let mut scorer = Scorer::new(self, lexed, gazetteer, rules, self.rows(lexed, names));
        (0..lexed.tokens.len()).map(|i| scorer.score(self, i)).collect()
    }

    /// The best tag of every token: [`Model::scores`] fed straight into
    /// Viterbi, never all held at once. A token with no Arabic letter is
    /// always O (see [`features::nameable`]).
    pub fn tag(&self, lexed: &Lexed, names: &Gazetteer, gazetteer: &[Entity], rules: &[Entity]) -> Vec<u8> {
        self.tag_rows(lexed, gazetteer, rules, self.rows(lexed, names))
    }

    /// [`Model::tag`], given each form's row.
    fn tag_rows(&self, lexed: &Lexed, gazetteer: &[Entity], rules: &[Entity], rows: Vec<Row>) -> Vec<u8> {
        let mut scorer = Scorer::new(self, lexed, gazetteer, rules, rows);
        let names: Vec<bool> = lexed.forms.iter().map(nameable).collect();
        let n = lexed.tokens.len();
        let mut v = Viterbi::new(n, |p, t| self.transitions[p][t] as i64);
        for (i, t) in lexed.tokens.iter().enumerate() {
            if names[t.form as usize] {
                v.step(&scorer.score(self, i));
            } else {
                v.step_o(scorer.score_o(self, i));
            }
        }
        v.finish()
    }
}

/// The model shipped with Bayan, compiled in with the `embedded-model`
/// feature (on by default, so the CLI has it). The browser build leaves it
/// out and its worker fetches the same file (`pkg/ner.model.bin`, copied
/// there by scripts/build.sh) and gives it to the analyzer: the page's code
/// stays within its size budget, and the model keeps its own licence in a
/// file of its own.
#[cfg(feature = "embedded-model")]
const BUILTIN: &[u8] = include_bytes!("../../data/ner-model.bin");
#[cfg(not(feature = "embedded-model"))]
const BUILTIN: &[u8] = &[];

impl Model {
    /// The model compiled into this build, read once per process and
    /// shared; `None` in a build without one (the browser's), where the
    /// lists and rules decide alone until a model is given.
    pub fn builtin() -> Option<Arc<Model>> {
        static BUILT_IN: OnceLock<Option<Arc<Model>>> = OnceLock::new();
        BUILT_IN
            .get_or_init(|| {
                (!BUILTIN.is_empty()).then(|| {
                    Arc::new(
                        Model::from_bytes(BUILTIN).expect("the built-in model is valid (tests check it)"),
                    )
                })
            })
            .clone()
    }
}

#[cfg(test)]
mod tests;
