//! A bit per token. Flags that live through the entity stage cost a bit
//! each rather than a byte: in wasm the heap's high-water mark never comes
//! down, and per-token tables were part of the pipeline's peak.

pub(super) struct Bits(Vec<u64>);

impl Bits {
    /// `n` bits, all clear (no allocation for none).
    pub fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }

    pub fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    /// Whether bit `i` is set; false past the end.
    #[inline(always)]
    pub fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// The set bits before bit `i` in its own 64-bit word.
    #[inline(always)]
    pub fn rank_in_word(&self, i: usize) -> usize {
        (self.0[i / 64] & ((1u64 << (i % 64)) - 1)).count_ones() as usize
    }

    /// The bits as 64-bit words, bit `i % 64` of word `i / 64` for bit `i`.
    pub fn words(&self) -> &[u64] {
        &self.0
    }
}
