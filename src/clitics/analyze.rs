//! Choosing a reading: a listed word takes its listed analysis; otherwise
//! every split the letters allow (see [`super::reading`]) runs through the
//! rules (see [`super::rules`]), and the reading with the most points wins.
//!
//! The same loop explains a word: a [`Trace`] sees every reading and every
//! rule's points, and rules can be switched off one at a time ([`Off`]) to
//! see which of them the choice depends on.

use super::letters::Letters;
use super::lexicon::Lexicon;
use super::reading::{splits, Reading, Split};
use super::rules::{Evidence, Step, RULES};
use super::SegmentKind;

/// A segment as letter indices, before it is mapped back to the surface.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece {
    pub kind: SegmentKind,
    pub from: usize,
    pub to: usize,
    pub restored: String,
}

/// Rules switched off, one bit per index in [`RULES`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Off(u64);

impl Off {
    /// Every rule on.
    pub const NONE: Off = Off(0);

    /// Only rule `index` off.
    pub fn rule(index: usize) -> Off {
        Off(1 << index)
    }

    #[inline]
    fn has(self, index: usize) -> bool {
        self.0 & (1 << index) != 0
    }
}

/// What the choice reports as it goes, for an explanation; `()` reports
/// nothing and costs nothing.
pub trait Trace {
    /// Whether a rejected reading is still weighed and scored, to show what
    /// it would have scored.
    const FULL: bool = false;
    /// The word was listed and took its listed analysis.
    fn listed(&mut self) {}
    /// Rule `rule` gave the current reading `points`.
    fn points(&mut self, _rule: usize, _points: i32) {}
    /// The current reading is done: rejected by a rule or scored.
    fn reading(&mut self, _split: Split, _rejected_by: Option<usize>, _evidence: &Evidence, _score: i32) {}
}

impl Trace for () {}

/// The best reading so far.
struct Best {
    split: Split,
    score: i32,
    evidence: Evidence,
    /// Whether the tie rule holds for it.
    tie: bool,
}

/// The pieces of `w`, with the rules `off` switched off.
pub fn analyze<T: Trace>(w: &Letters, lex: &Lexicon, off: Off, trace: &mut T) -> Vec<Piece> {
    let listed = RULES.iter().position(|r| matches!(r.step, Step::Listed));
    if listed.is_some_and(|i| !off.has(i)) {
        if let Some(pieces) = fixed(w, lex) {
            trace.listed();
            return pieces;
        }
    }
    let mut best: Option<Best> = None;
    for &split in splits(w).iter() {
        let r = Reading::new(w, lex, split);
        let whole = r.is_whole();
        let mut rejected_by = None;
        let mut evidence = None;
        let mut score = 0;
        let mut tie = false;
        for (i, rule) in RULES.iter().enumerate() {
            if off.has(i) {
                continue;
            }
            let rejects = match rule.step {
                Step::Listed => false,
                Step::Reject(f) => rejected_by.is_none() && !whole && f(&r),
                Step::Weigh(f) => {
                    f(&r, evidence.get_or_insert_with(|| look_up(&r)));
                    false
                }
                Step::RejectStem(f) => {
                    rejected_by.is_none() && !whole && f(&r, evidence.get_or_insert_with(|| look_up(&r)))
                }
                Step::Score(f) => {
                    let points = f(&r, evidence.get_or_insert_with(|| look_up(&r)));
                    trace.points(i, points);
                    score += points;
                    false
                }
                Step::Tie(f) => {
                    tie = f(evidence.get_or_insert_with(|| look_up(&r)));
                    false
                }
            };
            if rejects {
                rejected_by = Some(i);
                if !T::FULL {
                    break;
                }
            }
        }
        if rejected_by.is_some() && !T::FULL {
            continue;
        }
        let evidence = evidence.unwrap_or_else(|| look_up(&r));
        trace.reading(split, rejected_by, &evidence, score);
        if rejected_by.is_some() {
            continue;
        }
        if best.as_ref().is_none_or(|b| beats(score, tie, b.score, b.tie)) {
            best = Some(Best { split, score, evidence, tie });
        }
    }
    let (split, restored_last) =
        best.map_or((Split::default(), None), |b| (b.split, b.evidence.restored_last));
    pieces(w, lex, split, restored_last)
}

/// Whether a reading with `score` beats an earlier one with `best`; `tie`
/// says whether the tie rule holds for each.
#[inline]
pub fn beats(score: i32, tie: bool, best: i32, best_tie: bool) -> bool {
    score > best || (score == best && tie && !best_tie)
}

/// What the lexicon says about the reading's stem before any rule.
fn look_up(r: &Reading) -> Evidence {
    Evidence { bucket: r.lex.bucket(r.stem), ..Evidence::default() }
}

/// The listed analysis of the word, or of the word after a و/ف.
fn fixed(w: &Letters, lex: &Lexicon) -> Option<Vec<Piece>> {
    let conj = usize::from(matches!(w.char_at(0), 'و' | 'ف'));
    let (p, listed) = std::iter::once(0)
        .chain((conj == 1).then_some(1))
        .find_map(|p| Some((p, lex.fixed(w.fold(p, w.len()))?)))?;
    let mut out = Vec::with_capacity(listed.len() + 1);
    if p == 1 {
        out.push(Piece { kind: SegmentKind::Proclitic, from: 0, to: 1, restored: w.written(0, 1) });
    }
    let mut at = p;
    for seg in listed {
        let to = at + seg.surface.chars().count();
        let restored = seg.restored.map_or_else(|| w.written(at, to), str::to_string);
        out.push(Piece { kind: seg.kind, from: at, to, restored });
        at = to;
    }
    (at == w.len()).then_some(out)
}

/// The pieces of a split; `restored_last` is the letter the stem's last
/// one stands for (see [`Evidence::restored_last`]).
pub fn pieces(w: &Letters, lex: &Lexicon, split: Split, restored_last: Option<char>) -> Vec<Piece> {
    let n = w.len();
    let mut out = Vec::with_capacity(4);
    for k in 0..split.proclitics {
        out.push(Piece { kind: SegmentKind::Proclitic, from: k, to: k + 1, restored: w.written(k, k + 1) });
    }
    let stem_from = split.proclitics + split.article;
    if split.article > 0 {
        out.push(Piece {
            kind: SegmentKind::Article,
            from: split.proclitics,
            to: stem_from,
            restored: "ال".to_string(),
        });
    }
    let stem_to = n - split.enclitic;
    let mut stem = w.written(stem_from, stem_to);
    if let Some(last) = restored_last {
        stem.pop();
        stem.push(last);
    } else if split.enclitic > 0 {
        if let Some(r) = lex.restored_before_pronoun(w.fold(stem_from, stem_to)) {
            stem = r.to_string();
        }
    }
    out.push(Piece { kind: SegmentKind::Stem, from: stem_from, to: stem_to, restored: stem });
    if split.enclitic > 0 {
        out.push(Piece {
            kind: SegmentKind::Enclitic,
            from: stem_to,
            to: n,
            restored: w.written(stem_to, n),
        });
    }
    out
}
