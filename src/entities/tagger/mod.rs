//! The learned tagger: PERSON, LOC and ORG spans from a linear model over
//! BIO tags, decoded with Viterbi.
//!
//! The model is an averaged structured perceptron ([`train`]) over hashed
//! features ([`features`]): the word, its clitic-stripped stem and affixes,
//! its shape and word-list classes, the same for its neighbours, and what
//! the gazetteer and the rules say about the token and its neighbours. The
//! rules and lists are therefore the tagger's evidence, not its rivals: it
//! learns when a gazetteer LOC is really an ORG (الأهرام the newspaper),
//! and finds the names no list holds (a person named by surname alone).
//!
//! Tagging is linear and cheap: each distinct form's weights are summed
//! once per offset, a token adds five cached vectors and a few token
//! features, and Viterbi over nine tags is 81 additions per token.

mod features;
mod model;
mod states;
pub mod train;

pub use features::nameable;
pub use model::Model;

use super::locate::Cursor;
use super::{Entity, EntityType};
use crate::analysis::Analysis;
use crate::clitics::SegmentKind;
use crate::span::Span;
use crate::tokenize::TokenKind;
use features::{form_features, form_features_at, padding, OFFSETS, WINDOW};
use states::{state_features, TokenStates};
use std::collections::HashMap;
use std::sync::OnceLock;

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

/// Whether `tag` may follow `prev` (`TAGS` = the start): an I- tag only
/// continues its own type.
fn allowed(prev: usize, tag: usize) -> bool {
    tag == 0 || tag % 2 == 1 || (prev < TAGS && prev != 0 && prev.div_ceil(2) == tag.div_ceil(2))
}

/// The best tag sequence for per-token `scores` under `transition(prev,
/// tag)` (prev = `TAGS` at the start), obeying [`allowed`].
pub fn viterbi(scores: &[[i64; TAGS]], transition: impl Fn(usize, usize) -> i64) -> Vec<u8> {
    let mut v = Viterbi::new(scores.len(), transition);
    scores.iter().for_each(|s| v.step(s));
    v.finish()
}

/// Viterbi fed one token at a time, so the tagger never holds every
/// token's scores (72 bytes a token) at once: only the back pointers.
///
/// An I- tag has two possible predecessors (its own B- and I-), every other
/// tag all nine; the transition table is read from an array, not a
/// closure, and [`allowed`] is not asked in the inner loop. Ties go to the
/// lowest previous tag and, at the end, the lowest tag, as always.
struct Viterbi {
    transition: [[i64; TAGS]; TAGS + 1],
    best: [i64; TAGS],
    /// Back pointers since the last token forced to O, packed (see
    /// [`pack`]). Every path worth keeping passes a forced token at O (its
    /// other tags score [`NO`]), so the tags up to one are decided there
    /// and their pointers freed: the tagger holds a stretch of words, not a
    /// pointer set per token of the document (9 bytes each, once the
    /// largest allocation of the pipeline's peak).
    back: Vec<u32>,
    /// The tags decided so far.
    out: Vec<u8>,
}

/// Packs one token's back pointers: the previous tag of O and each B- (any
/// of nine) in four bits each, bits 0..20; of each I- (its own B- or I-)
/// one bit, set for I-, bits 20..24.
fn pack(back: &[u8; TAGS]) -> u32 {
    let mut word = 0;
    for (k, t) in [0, 1, 3, 5, 7].into_iter().enumerate() {
        word |= u32::from(back[t]) << (4 * k);
    }
    for (k, t) in [2, 4, 6, 8].into_iter().enumerate() {
        word |= u32::from(back[t] as usize == t) << (20 + k);
    }
    word
}

/// The previous tag of `tag` from a [`pack`]ed word. An I- tag no path
/// reaches reads as its B-: no decoded path passes through it, since O is
/// reachable at every token and always beats it.
fn unpack(word: u32, tag: usize) -> u8 {
    match tag {
        0 | 1 | 3 | 5 | 7 => ((word >> (4 * (tag / 2 + usize::from(tag > 0)))) & 0xF) as u8,
        _ => (tag - 1 + ((word >> (20 + tag / 2 - 1)) & 1) as usize) as u8,
    }
}

/// The score of a tag no path reaches.
const NO: i64 = i64::MIN / 4;

impl Viterbi {
    fn new(tokens: usize, transition: impl Fn(usize, usize) -> i64) -> Self {
        Viterbi {
            transition: std::array::from_fn(|p| std::array::from_fn(|t| transition(p, t))),
            best: [NO; TAGS],
            back: Vec::new(),
            out: Vec::with_capacity(tokens),
        }
    }

    fn step(&mut self, scores: &[i64; TAGS]) {
        let tr = &self.transition;
        if self.back.is_empty() && self.out.is_empty() {
            for t in 0..TAGS {
                if allowed(TAGS, t) {
                    self.best[t] = scores[t] + tr[TAGS][t];
                }
            }
            self.back.push(0);
            self.decide_if_forced(scores);
            return;
        }
        let best = &self.best;
        let mut next = [NO; TAGS];
        let mut back = [0u8; TAGS];
        if best.iter().all(|&b| b > NO) {
            // Every tag is reachable (all but the second token): no checks,
            // and loops of fixed length the compiler unrolls.
            for t in [0, 1, 3, 5, 7] {
                let (mut m, mut arg) = (best[0] + tr[0][t], 0);
                for p in 1..TAGS {
                    let s = best[p] + tr[p][t];
                    if s > m {
                        (m, arg) = (s, p);
                    }
                }
                (next[t], back[t]) = (m, arg as u8);
            }
            for t in [2, 4, 6, 8] {
                let (b, i) = (best[t - 1] + tr[t - 1][t], best[t] + tr[t][t]);
                (next[t], back[t]) = if i > b { (i, t as u8) } else { (b, t as u8 - 1) };
            }
        } else {
            for t in 0..TAGS {
                // O and B- follow anything; I- only its own B- or I-.
                let from = if t != 0 && t % 2 == 0 { t - 1..t + 1 } else { 0..TAGS };
                for p in from {
                    let b = best[p];
                    if b > NO {
                        let s = b + tr[p][t];
                        if s > next[t] {
                            next[t] = s;
                            back[t] = p as u8;
                        }
                    }
                }
            }
        }
        for t in 0..TAGS {
            next[t] = next[t].saturating_add(scores[t]);
        }
        self.best = next;
        self.back.push(pack(&back));
        self.decide_if_forced(scores);
    }

    /// [`Viterbi::step`] for a token forced to O, whose other tags score
    /// [`NO`]: only O's best predecessor is sought, and the tags are decided
    /// at once. The other tags' scores are left at [`NO`] rather than
    /// [`NO`] plus a sum, which no path can reach either way: the tags
    /// decided are the same (tests and the benchmark's checksum hold it).
    fn step_o(&mut self, score: i64) {
        if self.back.is_empty() && self.out.is_empty() {
            let mut scores = [NO; TAGS];
            scores[0] = score;
            return self.step(&scores);
        }
        let (tr, best) = (&self.transition, &self.best);
        // As `step` finds O's predecessor: O first, ties to the lowest tag.
        let (mut m, mut arg) = (best[0] + tr[0][0], 0);
        for p in 1..TAGS {
            if best[p] > NO {
                let s = best[p] + tr[p][0];
                if s > m {
                    (m, arg) = (s, p);
                }
            }
        }
        self.best = [NO; TAGS];
        self.best[0] = m.saturating_add(score);
        let mut back = [0u8; TAGS];
        back[0] = arg as u8;
        self.back.push(pack(&back));
        self.decide(0);
    }

    /// At a token forced to O, decides the tags back to the last one.
    fn decide_if_forced(&mut self, scores: &[i64; TAGS]) {
        if scores[1..].iter().all(|&s| s == NO) {
            self.decide(0);
        }
    }

    /// The tags of the tokens since the last decision, the last one `tag`.
    fn decide(&mut self, mut tag: u8) {
        let from = self.out.len();
        self.out.resize(from + self.back.len(), 0);
        for (i, &back) in self.back.iter().enumerate().rev() {
            self.out[from + i] = tag;
            tag = unpack(back, tag as usize);
        }
        self.back.clear();
    }

    fn finish(mut self) -> Vec<u8> {
        if !self.back.is_empty() {
            let best = self.best;
            let tag = (0..TAGS).max_by_key(|&t| (best[t], std::cmp::Reverse(t))).unwrap() as u8;
            self.decide(tag);
        }
        self.out
    }
}

/// The hashed features of every token, as training sees them. Tagging sums
/// the same weights through a per-form cache ([`Model::scores`]).
pub fn sequence_features(analysis: &Analysis, gazetteer: &[Entity], rules: &[Entity]) -> Vec<Vec<u64>> {
    let per_form: Vec<Vec<(u8, u64)>> = form_feature_lists(analysis);
    let states = TokenStates::new(analysis, gazetteer, rules);
    let n = analysis.tokens.len();
    states
        .enumerate()
        .map(|(i, key)| {
            let mut out = Vec::with_capacity(64);
            for offset in 0..OFFSETS {
                match (i + offset).checked_sub(WINDOW).filter(|&j| j < n) {
                    Some(j) => {
                        let form = analysis.tokens[j].form as usize;
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

/// Each form's features, with the kind of the token it first appears as.
fn form_feature_lists(analysis: &Analysis) -> Vec<Vec<(u8, u64)>> {
    form_features_each(analysis).collect()
}

/// [`form_feature_lists`] one form at a time: tagging keeps only each
/// form's sums, and holding every form's feature list at once (a few
/// dozen 16-byte features per form) was the peak of the tagging stage.
fn form_features_each(analysis: &Analysis) -> impl Iterator<Item = Vec<(u8, u64)>> + '_ {
    let mut kinds = vec![None; analysis.forms.len()];
    for t in &analysis.tokens {
        kinds[t.form as usize].get_or_insert(t.kind);
    }
    analysis.forms.iter().zip(kinds).map(|(f, k)| form_features(f, k.unwrap_or(TokenKind::Punct)))
}

/// Per-token scores, computed on demand: each form's weights summed once
/// per offset, then five cached vectors and the token features per token.
struct Scorer<'a> {
    analysis: &'a Analysis,
    /// Per form, per offset. A form has at most 27 features of ±127 each,
    /// so the sums fit `i16`: half the bytes of `i32`, for a table read at
    /// five scattered forms per token (and the heap's peak at 10 MB).
    cached: Vec<[[i16; TAGS]; OFFSETS]>,
    pads: [[i32; TAGS]; OFFSETS],
    /// Streamed: [`Scorer::score`] is asked for every token in order.
    states: TokenStates<'a>,
    /// The summed token features per distinct [`states::StateKey`], packed
    /// ([`states::unpack`]: one compare, one multiply to hash). Most tokens
    /// share a few.
    by_key: HashMap<u64, [i32; TAGS], super::gazetteer::FastHash>,
    /// The previous token's key and sums: neighbours mostly share a key
    /// (nothing listed around them), and a compare is cheaper than a probe.
    last: (u64, [i32; TAGS]),
    buf: Vec<u64>,
}

impl<'a> Scorer<'a> {
    fn new(model: &Model, analysis: &'a Analysis, gazetteer: &'a [Entity], rules: &'a [Entity]) -> Self {
        let mut cached = Vec::with_capacity(analysis.forms.len());
        cached.extend(form_features_each(analysis).map(|feats| {
            std::array::from_fn(|offset| {
                let mut s = [0; TAGS];
                form_features_at(&feats, offset).for_each(|f| model.add(f, &mut s));
                s.map(|w| i16::try_from(w).expect("a form's summed weights fit i16"))
            })
        }));
        let pads = std::array::from_fn(|offset| {
            let mut s = [0; TAGS];
            model.add(padding(offset), &mut s);
            s
        });
        Scorer {
            analysis,
            cached,
            pads,
            states: TokenStates::new(analysis, gazetteer, rules),
            by_key: HashMap::default(),
            last: (u64::MAX, [0; TAGS]),
            buf: Vec::with_capacity(16),
        }
    }

    /// Token `i`'s score for each tag; `i` counts up from 0, one by one
    /// (with [`Scorer::score_o`]).
    fn score(&mut self, model: &Model, i: usize) -> [i64; TAGS] {
        let tokens = &self.analysis.tokens;
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
        let tokens = &self.analysis.tokens;
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
    pub fn scores(&self, analysis: &Analysis, gazetteer: &[Entity], rules: &[Entity]) -> Vec<[i64; TAGS]> {
        let mut scorer = Scorer::new(self, analysis, gazetteer, rules);
        (0..analysis.tokens.len()).map(|i| scorer.score(self, i)).collect()
    }

    /// The best tag of every token: [`Model::scores`] fed straight into
    /// Viterbi, never all held at once. A token with no Arabic letter is
    /// always O (see [`features::nameable`]).
    pub fn tag(&self, analysis: &Analysis, gazetteer: &[Entity], rules: &[Entity]) -> Vec<u8> {
        let mut scorer = Scorer::new(self, analysis, gazetteer, rules);
        let names: Vec<bool> = analysis.forms.iter().map(nameable).collect();
        let n = analysis.tokens.len();
        let mut v = Viterbi::new(n, |p, t| self.transitions[p][t] as i64);
        for (i, t) in analysis.tokens.iter().enumerate() {
            if names[t.form as usize] {
                v.step(&scorer.score(self, i));
            } else {
                v.step_o(scorer.score_o(self, i));
            }
        }
        v.finish()
    }

    /// The PERSON, LOC and ORG mentions the model finds, linked to the
    /// gazetteer's id and gloss where the gazetteer found the same name at
    /// the same place.
    pub fn mentions(&self, analysis: &Analysis, gazetteer: &[Entity], rules: &[Entity]) -> Vec<Entity> {
        let tags = self.tag(analysis, gazetteer, rules);
        let mut listed = Listed::new(analysis, gazetteer);
        join_names(analysis, spans(&tags))
            .into_iter()
            .filter_map(|(first, last, tag)| {
                let kind = type_of(tag)?;
                let tokens = &analysis.tokens;
                let span = Span::new(
                    tokens[first].span.start + proclitic_len(analysis, first),
                    tokens[last].span.end,
                );
                let known = listed.over(first, last + 1).filter(|g| g.kind == kind);
                Some(Entity {
                    span,
                    kind,
                    id: known.and_then(|g| g.id.clone()),
                    gloss: known.and_then(|g| g.gloss.clone()),
                    inner: vec![],
                })
            })
            .collect()
    }
}

/// The gazetteer's mentions by the tokens they cover, asked in text order.
///
/// A map from token range to mention held a dozen bytes and more per
/// mention at the tagging stage's peak; the learned mentions come in text
/// order and the gazetteer's nearly so, so one walk pairs them.
struct Listed<'a> {
    mentions: &'a [Entity],
    /// Indexes into `mentions`, by start.
    order: Vec<u32>,
    /// The first entry of `order` whose first token is not before the last
    /// range asked.
    at: usize,
    cursor: Cursor<'a>,
}

impl<'a> Listed<'a> {
    fn new(analysis: &'a Analysis, mentions: &'a [Entity]) -> Self {
        let order = states::by_start(mentions, (0..mentions.len() as u32).collect());
        Listed { mentions, order, at: 0, cursor: Cursor::new(&analysis.tokens) }
    }

    /// The mention covering exactly tokens `first..end` (the last in the
    /// list of several); `first` grows from one call to the next.
    fn over(&mut self, first: usize, end: usize) -> Option<&'a Entity> {
        let range = |cursor: &mut Cursor, k: u32| cursor.tokens_of(self.mentions[k as usize].span);
        while self.at < self.order.len() && range(&mut self.cursor, self.order[self.at]).0 < first {
            self.at += 1;
        }
        let mut best = None;
        for &k in &self.order[self.at..] {
            let r = range(&mut self.cursor, k);
            if r.0 != first {
                break;
            }
            if r.1 == end && best.is_none_or(|b| k > b) {
                best = Some(k);
            }
        }
        best.map(|k| &self.mentions[k as usize])
    }
}

/// Joins a PERSON to the PERSON just before it when one character parts
/// them (not a sentence break) and it carries no proclitic: the tagger may
/// cut نور الدين | محمود زنكي, one man's name chain, in two, while a second
/// person comes after و (بوش وبلير) or punctuation.
fn join_names(analysis: &Analysis, spans: Vec<(usize, usize, u8)>) -> Vec<(usize, usize, u8)> {
    let mut out: Vec<(usize, usize, u8)> = Vec::with_capacity(spans.len());
    for (first, last, tag) in spans {
        if let Some(prev) = out.last_mut() {
            if prev.2 == tag
                && type_of(tag) == Some(EntityType::Person)
                && prev.1 + 1 == first
                && proclitic_len(analysis, first) == 0
                && analysis.tokens[first].span.start == analysis.tokens[prev.1].span.end + 1
                && analysis
                    .sentences
                    .binary_search_by_key(&analysis.tokens[first].span.start, |s| s.start)
                    .is_err()
            {
                prev.1 = last;
                continue;
            }
        }
        out.push((first, last, tag));
    }
    out
}

/// Mentions as (first token, last token, B tag) from a tag sequence.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues = tag != 0 && tag % 2 == 0 && open.is_some_and(|(_, b)| b + 1 == tag);
        if !continues {
            if let Some((start, b)) = open.take() {
                out.push((start, i - 1, b));
            }
            if tag != 0 {
                open = Some((i, tag - (1 - tag % 2)));
            }
        }
    }
    if let Some((start, b)) = open {
        out.push((start, tags.len() - 1, b));
    }
    out
}

/// Bytes of proclitics (و ب ل ف ك) at the start of token `i`: a mention
/// starts after them, as the gazetteer's do.
fn proclitic_len(analysis: &Analysis, i: usize) -> usize {
    let form = analysis.form(&analysis.tokens[i]);
    let n = form.segments.iter().take_while(|s| s.kind == SegmentKind::Proclitic).count();
    let stop = n.checked_sub(1).map_or(0, |k| form.segments[k].span.end);
    // Never leave a mention empty or starting inside nothing but clitics.
    if stop >= analysis.tokens[i].span.len() {
        0
    } else {
        stop
    }
}

/// The model shipped with Bayan: compiled into the CLI. The browser build
/// leaves it out and its worker fetches the same file (`pkg/ner.model.bin`,
/// copied there by scripts/build.sh) and [`install`]s it: the page's code
/// stays within its size budget, and the model keeps its own licence in a
/// file of its own.
#[cfg(not(target_arch = "wasm32"))]
const BUILTIN: &[u8] = include_bytes!("../../data/ner-model.bin");
#[cfg(target_arch = "wasm32")]
const BUILTIN: &[u8] = &[];

static INSTALLED: OnceLock<Model> = OnceLock::new();

/// The model in use: one installed at run time ([`install`]), else the
/// built-in one; `None` when neither exists and the rules decide alone.
pub fn current() -> Option<&'static Model> {
    static BUILT_IN: OnceLock<Option<Model>> = OnceLock::new();
    INSTALLED.get().or_else(|| {
        BUILT_IN
            .get_or_init(|| {
                (!BUILTIN.is_empty()).then(|| {
                    Model::from_bytes(BUILTIN).expect("the built-in model is valid (tests check it)")
                })
            })
            .as_ref()
    })
}

/// Installs a model read at run time (the browser fetches it after the
/// first analysis); the first one installed stays.
pub fn install(bytes: &[u8]) -> Result<(), String> {
    let model = Model::from_bytes(bytes)?;
    let _ = INSTALLED.set(model);
    Ok(())
}

#[cfg(test)]
mod tests;

/// The streaming Viterbi against the textbook one it replaced.
#[cfg(test)]
mod viterbi_tests {
    use super::{allowed, pack, unpack, viterbi, TAGS};

    #[test]
    fn back_pointers_pack_and_unpack() {
        for seed in 0..200usize {
            // Any previous tag for O and B-, its own B- or I- for an I-.
            let back: [u8; TAGS] = std::array::from_fn(|t| {
                let r = (seed * 7 + t * 13) % TAGS;
                (if t != 0 && t % 2 == 0 { t - 1 + r % 2 } else { r }) as u8
            });
            let word = pack(&back);
            assert_eq!(std::array::from_fn(|t| unpack(word, t)), back, "{back:?}");
        }
    }

    /// The former implementation: every (prev, tag) pair, `allowed` asked
    /// each time, ties to the lowest previous tag and the lowest last tag.
    fn reference(scores: &[[i64; TAGS]], transition: impl Fn(usize, usize) -> i64) -> Vec<u8> {
        const NO: i64 = i64::MIN / 4;
        if scores.is_empty() {
            return vec![];
        }
        let mut back = vec![[0u8; TAGS]; scores.len()];
        let mut best = [NO; TAGS];
        for t in 0..TAGS {
            if allowed(TAGS, t) {
                best[t] = scores[0][t] + transition(TAGS, t);
            }
        }
        for i in 1..scores.len() {
            let mut next = [NO; TAGS];
            for t in 0..TAGS {
                for (p, &b) in best.iter().enumerate() {
                    if b > NO && allowed(p, t) && b + transition(p, t) > next[t] {
                        next[t] = b + transition(p, t);
                        back[i][t] = p as u8;
                    }
                }
                next[t] = next[t].saturating_add(scores[i][t]);
            }
            best = next;
        }
        let mut tag = (0..TAGS).max_by_key(|&t| (best[t], std::cmp::Reverse(t))).unwrap() as u8;
        let mut out = vec![0u8; scores.len()];
        for i in (0..scores.len()).rev() {
            out[i] = tag;
            tag = back[i][tag as usize];
        }
        out
    }

    /// Random scores from a small range, so ties are frequent.
    #[test]
    fn agrees_with_the_reference_including_ties() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |range: i64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % (2 * range as u64 + 1)) as i64 - range
        };
        for len in 0..60 {
            for range in [1, 3, 100] {
                // Some tokens forced to O, as `Model::tag` does for tokens
                // without an Arabic letter.
                let scores: Vec<[i64; TAGS]> = (0..len)
                    .map(|_| {
                        let forced = next(3) == 3;
                        std::array::from_fn(|t| if forced && t > 0 { i64::MIN / 4 } else { next(range) })
                    })
                    .collect();
                let table: Vec<[i64; TAGS]> =
                    (0..=TAGS).map(|_| std::array::from_fn(|_| next(range))).collect();
                let transition = |p: usize, t: usize| table[p][t];
                assert_eq!(
                    viterbi(&scores, transition),
                    reference(&scores, transition),
                    "len {len} range {range}"
                );
            }
        }
    }
}
