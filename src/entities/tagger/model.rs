//! The model file: a note naming its sources and licence, then quantized
//! weights, sparse.
//!
//! Layout (integers little-endian):
//!
//! ```text
//! "BAYANNER" u8:version u8:bucket_bits u8:tags f32:scale
//! u32:note length, note (UTF-8: sources, licence, training command)
//! tags+1 rows of tags i8: transition weights, the last row from the start
//! u32:rows, then per row: varint bucket delta, tags i8 weights
//! version 2 only: u32:word classes, then per class, sorted by word:
//!   u8:bytes shared with the previous word, u8:bytes that follow, those
//!   bytes, u8:path length, u24:path bits
//! ```
//!
//! A model without word classes is written as version 1.
//!
//! Weights are averaged-perceptron weights divided by `scale` and rounded
//! to i8: Viterbi only compares sums, so one shared scale loses nothing but
//! rounding. Only buckets with a non-zero weight are stored, in increasing
//! order, each as its distance from the previous one.

use super::classes::{WordClasses, MAX_BITS};
use super::TAGS;
use rustc_hash::{FxBuildHasher, FxHashMap};

const MAGIC: &[u8; 8] = b"BAYANNER";
/// The version of a model with word classes; 1 has none.
const VERSION: u8 = 2;

/// A trained tagger's weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// Features hash into `1 << bucket_bits` buckets.
    pub bucket_bits: u8,
    /// What one unit of weight was worth before quantization.
    pub scale: f32,
    /// Where the model comes from and under which licence.
    pub note: String,
    /// `transitions[prev][tag]`; `prev == TAGS` is the start of the text.
    pub transitions: [[i8; TAGS]; TAGS + 1],
    /// Non-zero buckets' weights per tag.
    pub rows: FxHashMap<u32, [i8; TAGS]>,
    /// The word classes the model was trained with (maybe none).
    pub classes: WordClasses,
}

impl Model {
    /// The bucket of a feature hash.
    #[inline]
    pub fn bucket(&self, feature: u64) -> u32 {
        (feature >> (64 - self.bucket_bits)) as u32
    }

    /// Adds the weights of `feature` to `scores`.
    #[inline]
    pub fn add(&self, feature: u64, scores: &mut [i32; TAGS]) {
        if let Some(row) = self.rows.get(&self.bucket(feature)) {
            for (s, w) in scores.iter_mut().zip(row) {
                *s += *w as i32;
            }
        }
    }

    /// The model as file bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        let version = if self.classes.is_empty() { 1 } else { VERSION };
        out.extend([version, self.bucket_bits, TAGS as u8]);
        out.extend(self.scale.to_le_bytes());
        out.extend((self.note.len() as u32).to_le_bytes());
        out.extend(self.note.as_bytes());
        for row in &self.transitions {
            out.extend(row.iter().map(|w| *w as u8));
        }
        let mut buckets: Vec<u32> = self.rows.keys().copied().collect();
        buckets.sort_unstable();
        out.extend((buckets.len() as u32).to_le_bytes());
        let mut previous = 0;
        for b in buckets {
            let mut delta = b - previous;
            previous = b;
            while delta >= 0x80 {
                out.push(delta as u8 | 0x80);
                delta >>= 7;
            }
            out.push(delta as u8);
            out.extend(self.rows[&b].iter().map(|w| *w as u8));
        }
        if version == VERSION {
            let entries = self.classes.sorted();
            out.extend((entries.len() as u32).to_le_bytes());
            let mut previous: &[u8] = &[];
            for (word, bits, len) in entries {
                let word = &word.as_bytes()[..word.len().min(255)];
                let shared = word.iter().zip(previous).take_while(|(a, b)| a == b).count().min(255);
                out.extend([shared as u8, (word.len() - shared) as u8]);
                out.extend(&word[shared..]);
                out.push(len);
                out.extend(&bits.to_le_bytes()[..3]);
                previous = word;
            }
        }
        out
    }

    /// Reads a model file; the error says what is wrong with it.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::NotAModel);
        }
        let [version, bucket_bits, tags] = r.take(3)?.try_into().unwrap();
        if !(1..=VERSION).contains(&version) || tags as usize != TAGS || !(8..=32).contains(&bucket_bits) {
            return Err(ModelError::Unsupported { version, tags, bucket_bits });
        }
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap());
        let note_len = r.u32()? as usize;
        let note = std::str::from_utf8(r.take(note_len)?).map_err(|_| ModelError::NoteNotUtf8)?.to_string();
        let mut transitions = [[0i8; TAGS]; TAGS + 1];
        for row in &mut transitions {
            *row = r.weights()?;
        }
        let n = r.u32()? as usize;
        let mut rows = FxHashMap::with_capacity_and_hasher(n, FxBuildHasher);
        let mut bucket = 0u32;
        for _ in 0..n {
            let mut delta = 0u32;
            for shift in (0..35).step_by(7) {
                let b = r.take(1)?[0];
                delta |= ((b & 0x7f) as u32) << shift;
                if b < 0x80 {
                    break;
                }
            }
            bucket = bucket.checked_add(delta).ok_or(ModelError::BucketsOverflow)?;
            rows.insert(bucket, r.weights()?);
        }
        let mut classes = WordClasses::default();
        if version == VERSION {
            let n = r.u32()? as usize;
            let mut word: Vec<u8> = Vec::new();
            for _ in 0..n {
                let [shared, more] = r.take(2)?.try_into().unwrap();
                if shared as usize > word.len() {
                    return Err(ModelError::BadClasses);
                }
                word.truncate(shared as usize);
                word.extend(r.take(more as usize)?);
                let [len, b0, b1, b2] = r.take(4)?.try_into().unwrap();
                if len as usize > MAX_BITS {
                    return Err(ModelError::BadClasses);
                }
                let text = std::str::from_utf8(&word).map_err(|_| ModelError::BadClasses)?;
                classes.insert(text, u32::from_le_bytes([b0, b1, b2, 0]), len);
            }
        }
        if r.at != bytes.len() {
            return Err(ModelError::TrailingBytes);
        }
        Ok(Model { bucket_bits, scale, note, transitions, rows, classes })
    }
}

/// A model file that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelError {
    /// The file does not start as a model file does.
    NotAModel,
    /// A model of another version, tag set or size.
    Unsupported {
        /// The file format's version.
        version: u8,
        /// How many tags it scores.
        tags: u8,
        /// Its features hash into `1 << bucket_bits` buckets.
        bucket_bits: u8,
    },
    /// The file ends too early.
    Truncated,
    /// The note is not UTF-8.
    NoteNotUtf8,
    /// The weight rows' buckets overflow.
    BucketsOverflow,
    /// Bytes follow the last weight row.
    TrailingBytes,
    /// The word classes' section is malformed.
    BadClasses,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ModelError::NotAModel => write!(f, "not a Bayan NER model (bad magic)"),
            ModelError::Unsupported { version, tags, bucket_bits } => {
                write!(f, "unsupported model: version {version}, {tags} tags, {bucket_bits} bucket bits")
            }
            ModelError::Truncated => write!(f, "model file is truncated"),
            ModelError::NoteNotUtf8 => write!(f, "model note is not UTF-8"),
            ModelError::BucketsOverflow => write!(f, "model buckets overflow"),
            ModelError::TrailingBytes => write!(f, "trailing bytes after the model"),
            ModelError::BadClasses => write!(f, "malformed word classes in the model"),
        }
    }
}

impl std::error::Error for ModelError {}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(ModelError::Truncated)?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }

    fn weights(&mut self) -> Result<[i8; TAGS], ModelError> {
        let mut row = [0i8; TAGS];
        for (w, b) in row.iter_mut().zip(self.take(TAGS)?) {
            *w = *b as i8;
        }
        Ok(row)
    }
}
