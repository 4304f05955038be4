//! UTF-16 offsets of the tokens, counted eight bytes at a time.
//!
//! Every token's start and end cross as UTF-16 offsets, so the whole text
//! is counted once per analysis; byte by byte ([`crate::span::OffsetCursor`])
//! that was about 5 % of the wasm pipeline's time. Counted by words, a
//! character is a byte that is not a continuation byte (`10xxxxxx`), and a
//! four-byte one (`11110xxx`) is two units. (tests/wasm/binding.test.mjs
//! checks the offsets on long words and gaps with astral characters.)

/// The UTF-16 offset of byte positions of one text, asked in increasing
/// order.
pub(super) struct Units<'t> {
    text: &'t str,
    byte: usize,
    units: usize,
}

impl<'t> Units<'t> {
    pub fn new(text: &'t str) -> Self {
        Units { text, byte: 0, units: 0 }
    }

    /// The UTF-16 offset of byte position `byte`.
    ///
    /// # Panics
    /// If `byte` is out of bounds or not on a char boundary (a bug upstream
    /// that would corrupt every later offset), or before the last position
    /// asked.
    #[inline]
    pub fn at(&mut self, byte: usize) -> usize {
        assert!(
            self.text.is_char_boundary(byte) && byte >= self.byte,
            "offset {byte} out of order or inside a char"
        );
        self.units += units(&self.text.as_bytes()[self.byte..byte]);
        self.byte = byte;
        self.units
    }
}

/// UTF-16 units of whole characters in `bytes`.
fn units(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        // Bit 7 of each byte, and (shifted up) its bits 6, 5 and 4.
        let continuation = w & !(w << 1) & HIGH;
        let four = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
        n += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    for &b in words.remainder() {
        n += usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0);
    }
    n
}
