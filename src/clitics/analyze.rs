//! Choosing a reading: a listed word takes its listed analysis; otherwise
//! every split the letters allow (see [`super::reading`]) runs through the
//! rules (see [`super::rules`]), and the reading with the most points wins.
//!
//! The same loop explains a word: a [`Trace`] sees every reading and every
//! rule's points, and rules can be switched off one at a time ([`Off`]) to
//! see which of them the choice depends on.

use super::letters::Letters;
use super::lexicon::Lexicon;
use super::proclitics::is_conjunction;
use super::reading::{splits, Reading, Split};
use super::rules::{self, Evidence, Step};
use super::SegmentKind;

/// A segment as letter indices, before it is mapped back to the surface.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece {
    pub kind: SegmentKind,
    pub from: usize,
    pub to: usize,
    pub restored: String,
}

/// Rules switched off, one bit per index in [`rules::RULES`].
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

/// One reading as the rules run over it.
#[derive(Default)]
pub struct State {
    /// The first rule that rejected it.
    rejected_by: Option<usize>,
    /// What is known about its stem, once the first rule after the
    /// rejections on letters asks.
    evidence: Option<Evidence>,
    score: i32,
    /// Whether the tie rule holds for it.
    tie: bool,
}

impl State {
    /// The evidence, looked up on first use.
    #[inline]
    fn evidence(&mut self, r: &Reading) -> &mut Evidence {
        self.evidence.get_or_insert_with(|| Evidence { bucket: r.lex.bucket(r.stem), ..Evidence::default() })
    }
}

impl Step {
    /// Applies rule `index`, this step, to a reading. Once the reading is
    /// rejected the rest is skipped, unless the trace wants it scored
    /// anyway. Inlined into [`rules::run`] with a constant step each time,
    /// so every rule is a direct call.
    #[inline(always)]
    pub fn apply<T: Trace>(self, index: usize, r: &Reading, off: Off, s: &mut State, trace: &mut T) {
        if off.has(index) || (s.rejected_by.is_some() && !T::FULL) {
            return;
        }
        let rejects = match self {
            Step::Listed => false,
            Step::Reject(f) => s.rejected_by.is_none() && !r.is_whole() && f(r),
            Step::Weigh(f) => {
                f(r, s.evidence(r));
                false
            }
            Step::RejectStem(f) => s.rejected_by.is_none() && !r.is_whole() && f(r, s.evidence(r)),
            Step::Score(f) => {
                let points = f(r, s.evidence(r));
                trace.points(index, points);
                s.score += points;
                false
            }
            Step::Tie(f) => {
                s.tie = f(s.evidence(r));
                false
            }
        };
        if rejects {
            s.rejected_by = Some(index);
        }
    }
}

/// The pieces of `w`, with the rules `off` switched off.
pub fn analyze<T: Trace>(w: &Letters, lex: &Lexicon, off: Off, trace: &mut T) -> Vec<Piece> {
    if !off.has(LISTED) {
        if let Some(pieces) = fixed(w, lex) {
            trace.listed();
            return pieces;
        }
    }
    let mut best: Option<Best> = None;
    for &split in splits(w).iter() {
        let r = Reading::new(w, lex, split);
        let mut s = State::default();
        rules::run(&r, off, &mut s, trace);
        if s.rejected_by.is_some() && !T::FULL {
            continue;
        }
        let evidence = *s.evidence(&r);
        trace.reading(split, s.rejected_by, &evidence, s.score);
        if s.rejected_by.is_some() {
            continue;
        }
        if best.as_ref().is_none_or(|b| beats(s.score, s.tie, b.score, b.tie)) {
            best = Some(Best { split, score: s.score, evidence, tie: s.tie });
        }
    }
    let (split, restored_last) =
        best.map_or((Split::default(), None), |b| (b.split, b.evidence.restored_last));
    pieces(w, lex, split, restored_last)
}

/// The index of the listed analyses in [`rules::RULES`], which run before the
/// readings are enumerated.
pub const LISTED: usize = 0;

/// Whether a reading with `score` beats an earlier one with `best`; `tie`
/// says whether the tie rule holds for each.
#[inline]
pub fn beats(score: i32, tie: bool, best: i32, best_tie: bool) -> bool {
    score > best || (score == best && tie && !best_tie)
}

/// The listed analysis of the word, or of the word after a و/ف.
fn fixed(w: &Letters, lex: &Lexicon) -> Option<Vec<Piece>> {
    let conj = usize::from(is_conjunction(w.char_at(0)));
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
