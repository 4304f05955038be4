//! A fast hasher for the per-token maps (surface → form, word → id, trie
//! edges). The standard SipHash resists hash flooding, which matters for a
//! server keyed by strangers' strings; here the keys are words of one
//! document analysed locally, and SipHash was a tenth of the pipeline's time.
//! This is the Fx hash (Firefox, rustc): a multiply and rotate per 8 bytes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The Fx hash: not cryptographic, not flood-resistant, fast on short keys.
#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equal_and_near_keys_differ() {
        let mut m: FxHashMap<&str, u32> = FxHashMap::default();
        for (i, w) in ["حلب", "حلبا", "لحلب", "a", "", "abcdefgh", "abcdefghi"].iter().enumerate()
        {
            m.insert(w, i as u32);
        }
        assert_eq!(m.len(), 7);
        assert_eq!(m.get("abcdefghi"), Some(&6));
        assert_eq!(m.get("حلب"), Some(&0));
    }
}
