//! Viterbi decoding over the nine BIO tags, fed one token at a time.

use super::TAGS;

/// Whether `tag` may follow `prev` (`TAGS` = the start): an I- tag only
/// continues its own type.
pub(super) fn allowed(prev: usize, tag: usize) -> bool {
    tag == 0 || tag % 2 == 1 || (prev < TAGS && prev != 0 && prev.div_ceil(2) == tag.div_ceil(2))
}

/// The best tag sequence for per-token `scores` under `transition(prev,
/// tag)` (prev = `TAGS` at the start), obeying `allowed` (no I- tag after anything but its B- or I-).
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
pub(super) struct Viterbi {
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
    // Written out rather than as loops over arrays: in the module built for
    // size each array iterator's `next` stays a call, per token.
    let b = |t: usize| u32::from(back[t]);
    let own = |t: usize| u32::from(back[t] as usize == t);
    b(0) | b(1) << 4
        | b(3) << 8
        | b(5) << 12
        | b(7) << 16
        | own(2) << 20
        | own(4) << 21
        | own(6) << 22
        | own(8) << 23
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
pub(super) const NO: i64 = i64::MIN / 4;

impl Viterbi {
    pub(super) fn new(tokens: usize, transition: impl Fn(usize, usize) -> i64) -> Self {
        Viterbi {
            transition: std::array::from_fn(|p| std::array::from_fn(|t| transition(p, t))),
            best: [NO; TAGS],
            back: Vec::new(),
            out: Vec::with_capacity(tokens),
        }
    }

    pub(super) fn step(&mut self, scores: &[i64; TAGS]) {
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
            // O and the B- tags (0, 1, 3, 5, 7), then the I- tags (2, 4, 6,
            // 8), counted rather than read from arrays (see `pack`).
            for t in 0..TAGS {
                if t >= 2 && t % 2 == 0 {
                    continue;
                }
                let (mut m, mut arg) = (best[0] + tr[0][t], 0);
                for p in 1..TAGS {
                    let s = best[p] + tr[p][t];
                    if s > m {
                        (m, arg) = (s, p);
                    }
                }
                (next[t], back[t]) = (m, arg as u8);
            }
            for k in 1..TAGS / 2 + 1 {
                let t = 2 * k;
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
    pub(super) fn step_o(&mut self, score: i64) {
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

    pub(super) fn finish(mut self) -> Vec<u8> {
        if !self.back.is_empty() {
            let best = self.best;
            let tag = (0..TAGS).max_by_key(|&t| (best[t], std::cmp::Reverse(t))).unwrap() as u8;
            self.decide(tag);
        }
        self.out
    }
}

/// The streaming Viterbi against the textbook one it replaced.
#[cfg(test)]
mod tests {
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
