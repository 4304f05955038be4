//! Finding the tokens a mention covers, fast when mentions come in text
//! order.
//!
//! Every stage after the gazetteer maps mention spans back to token
//! indexes. A fresh binary search over all tokens per mention touches ~17
//! scattered cache lines each time and showed up as the largest single
//! cost of the entity stage; mentions mostly arrive in text order, so a
//! search that gallops out from the previous answer touches one or two.
//! The answers are exactly those of `partition_point`, whatever the order.

use super::Entity;
use crate::lexed::Token;
use crate::order::{sort_keys, Key};
use crate::span::Span;

/// How far [`partition_near`] walks token by token before it gallops.
/// Walking reads memory in order, which the prefetcher streams; galloping
/// and bisecting jump, and over a large document each jump is a cache miss.
/// Mentions are sparse (one every few dozen tokens), so most searches end
/// within the walk; the cap keeps a search from an arbitrary hint bounded.
const WALK: usize = 256;

/// `v.partition_point(pred)`, searched outwards from `hint`.
pub fn partition_near<T>(v: &[T], hint: usize, pred: impl Fn(&T) -> bool) -> usize {
    let hint = hint.min(v.len());
    let mut step = 1;
    if hint < v.len() && pred(&v[hint]) {
        // Everything before `lo` satisfies `pred`.
        let mut lo = hint + 1;
        let walk_end = v.len().min(lo + WALK);
        while lo < walk_end {
            if !pred(&v[lo]) {
                return lo;
            }
            lo += 1;
        }
        loop {
            let probe = lo + step - 1;
            if probe >= v.len() {
                return lo + v[lo..].partition_point(&pred);
            }
            if !pred(&v[probe]) {
                return lo + v[lo..probe].partition_point(&pred);
            }
            lo = probe + 1;
            step *= 2;
        }
    }
    // Nothing from `hi` on satisfies `pred`.
    let mut hi = hint;
    let walk_end = hi.saturating_sub(WALK / 16);
    while hi > walk_end {
        if pred(&v[hi - 1]) {
            return hi;
        }
        hi -= 1;
    }
    loop {
        if hi < step {
            return v[..hi].partition_point(&pred);
        }
        let probe = hi - step;
        if pred(&v[probe]) {
            return probe + 1 + v[probe + 1..hi].partition_point(&pred);
        }
        hi = probe;
        step *= 2;
    }
}

/// Maps spans to token ranges, remembering where the last one was.
pub struct Cursor<'t> {
    tokens: &'t [Token],
    hint: usize,
}

impl<'t> Cursor<'t> {
    pub fn new(tokens: &'t [Token]) -> Self {
        Cursor { tokens, hint: 0 }
    }

    /// The first token ending after `span` starts, and the first starting
    /// at or after its end: `span` touches the tokens between (when the
    /// second is larger).
    pub fn range(&mut self, span: Span) -> (usize, usize) {
        let first = partition_near(self.tokens, self.hint, |t| t.span.end <= span.start);
        let last = partition_near(self.tokens, first, |t| t.span.start < span.end);
        self.hint = first;
        (first, last)
    }

    /// The tokens `span` touches, as a range (empty when none).
    pub fn tokens_of(&mut self, span: Span) -> (usize, usize) {
        let (first, last) = self.range(span);
        (first, last.max(first))
    }

    /// The first token starting at or after `at`.
    pub fn starting_from(&mut self, at: usize) -> usize {
        let i = partition_near(self.tokens, self.hint, |t| t.span.start < at);
        self.hint = i;
        i
    }
}

/// `order`, indexes into `mentions` in ascending order, sorted by the
/// mentions' starts (ties by index). The gazetteer's come in order already;
/// the rules' come rule by rule. Not generic, so one sort serves every
/// caller: each closure-keyed sort is a quicksort of its own (3–11 KB of
/// wasm).
pub fn by_start(mentions: &[Entity], order: Vec<u32>) -> Vec<u32> {
    let start = |k: u32| mentions[k as usize].span.start;
    if order.is_sorted_by_key(|&k| start(k)) {
        return order;
    }
    // Sorted as plain keys: a key closure reading the mentions inside the
    // sort made it three times the code.
    let mut keyed: Vec<Key> = order.into_iter().map(|k| (start(k) as u64, u64::from(k), 0)).collect();
    sort_keys(&mut keyed);
    keyed.into_iter().map(|(_, k, _)| k as u32).collect()
}

#[cfg(test)]
mod tests {
    use super::partition_near;

    /// Every hint and every cut point agree with `partition_point`, on
    /// short slices and on slices longer than the walk (every third point).
    #[test]
    fn agrees_with_partition_point() {
        for len in (0..40usize).chain([300, 700]) {
            let v: Vec<usize> = (0..len).collect();
            let stride = if len < 40 { 1 } else { 3 };
            for cut in (0..=len).step_by(stride) {
                for hint in (0..=len + 2).step_by(stride) {
                    let want = v.partition_point(|&x| x < cut);
                    assert_eq!(
                        partition_near(&v, hint, |&x| x < cut),
                        want,
                        "len {len} cut {cut} hint {hint}"
                    );
                }
            }
        }
    }
}
