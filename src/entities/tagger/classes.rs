//! Word classes: each word's Brown cluster as a path of bits in the
//! cluster tree (`scripts/word-classes.py`, `src/data/word-classes.tsv`).
//!
//! Words that occur in the same contexts of unlabelled text share a class,
//! so a name the training corpus never showed still gets the weights its
//! class learned (a city as other cities, a surname as other surnames).
//! Prefixes of the path are coarser classes, and each is a feature.
//!
//! The table is carried in the model file, so the tagger and the classes it
//! was trained with never part, and the page fetches one file.

use rustc_hash::FxHashMap;

/// At most this many bits of a path are kept.
pub const MAX_BITS: usize = 24;

/// Path prefix lengths used as features (with the whole path).
const PREFIXES: [usize; 3] = [4, 6, 10];

/// Word → (path bits, path length), keyed as the tagger keys a word's stem.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordClasses {
    paths: FxHashMap<Box<str>, (u32, u8)>,
}

impl WordClasses {
    /// Reads `word<TAB>bits` lines (`#` comments and blank lines skipped).
    pub fn from_tsv(tsv: &str) -> Result<Self, String> {
        let mut classes = WordClasses::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why: &str| format!("line {}: {why}: {line:?}", n + 1);
            let (word, bits) = line.split_once('\t').ok_or_else(|| bad("expected word<TAB>bits"))?;
            if bits.len() > MAX_BITS || !bits.bytes().all(|b| b == b'0' || b == b'1') {
                return Err(bad(&format!("bits must be 0s and 1s, at most {MAX_BITS}")));
            }
            let value = bits.bytes().fold(0u32, |v, b| v << 1 | u32::from(b - b'0'));
            classes.insert(word, value, bits.len() as u8);
        }
        Ok(classes)
    }

    /// Adds a word (the first path given for a word wins).
    pub fn insert(&mut self, word: &str, bits: u32, len: u8) {
        self.paths.entry(word.into()).or_insert((bits, len));
    }

    /// How many words have a class.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// Whether no word has a class (a model trained without them).
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }

    /// The feature values of a word's class: each prefix of its path no
    /// longer than the path, then the whole path, as `[length, bits…]`.
    pub fn values(&self, word: &str) -> impl Iterator<Item = [u8; 5]> {
        let found = self.paths.get(word).copied();
        let lens = found.into_iter().flat_map(|(_, len)| {
            PREFIXES.into_iter().filter(move |&p| p < len as usize).chain([len as usize])
        });
        lens.map(move |p| {
            let (bits, len) = found.expect("lengths only for a found path");
            let prefix = bits >> (len as usize - p);
            let b = prefix.to_le_bytes();
            [p as u8, b[0], b[1], b[2], b[3]]
        })
    }

    /// The entries, sorted: the model file's section (`model.rs`).
    pub fn sorted(&self) -> Vec<(&str, u32, u8)> {
        let mut out: Vec<(&str, u32, u8)> = self.paths.iter().map(|(w, &(b, l))| (&**w, b, l)).collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_the_whole_path() {
        let c = WordClasses::from_tsv("# c\nحلب\t1011001\nدمشق\t10\n").unwrap();
        assert_eq!(
            c.values("حلب").collect::<Vec<_>>(),
            [[4, 0b1011, 0, 0, 0], [6, 0b101100, 0, 0, 0], [7, 0b1011001, 0, 0, 0]]
        );
        assert_eq!(c.values("دمشق").collect::<Vec<_>>(), [[2, 0b10, 0, 0, 0]]);
        assert_eq!(c.values("عمان").count(), 0);
    }

    #[test]
    fn bad_lines_are_named() {
        assert_eq!(
            WordClasses::from_tsv("حلب\t10\nدمشق 10\n").unwrap_err(),
            "line 2: expected word<TAB>bits: \"دمشق 10\""
        );
        assert!(WordClasses::from_tsv("حلب\t102\n").unwrap_err().starts_with("line 1: bits must be"));
    }
}
