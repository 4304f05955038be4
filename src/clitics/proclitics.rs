//! The proclitics, for every stage that looks for them: the segmenter reads
//! a word's first letters with these, and the gazetteer, the entity rules
//! and the concordance strip or match the same sequences on normalized
//! text.
//!
//! A word opens with at most a conjunction, then a preposition or the
//! future particle, then the article: وبالمجلس is و + ب + ال + مجلس. The
//! article after ل is written ل (للمجلس), and the future particle comes
//! before a verb, which never takes the article.

use std::sync::OnceLock;

/// The conjunctions, which open a word: و and, ف so.
pub const CONJUNCTIONS: [char; 2] = ['و', 'ف'];

/// The prepositions that may follow a conjunction or open a word.
pub const PREPOSITIONS: [char; 3] = ['ب', 'ك', 'ل'];

/// The future particle, which comes before an imperfect verb.
pub const FUTURE: char = 'س';

/// Whether `c` is a conjunction ([`CONJUNCTIONS`]).
#[inline]
pub fn is_conjunction(c: char) -> bool {
    CONJUNCTIONS.contains(&c)
}

/// Whether `c` may stand after a conjunction: a preposition or [`FUTURE`].
#[inline]
pub fn is_particle(c: char) -> bool {
    PREPOSITIONS.contains(&c) || c == FUTURE
}

/// One sequence of proclitics as it is written in `search`-normalized text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proclitics {
    /// The letters: وب, فلل, وس, … (empty for no proclitic at all).
    pub text: String,
    /// Whether it starts with a conjunction.
    pub conjunction: bool,
    /// The preposition or future particle after the conjunction, if any.
    pub particle: Option<char>,
    /// Whether it ends with the article (ال, or the ل of لل).
    pub article: bool,
}

impl Proclitics {
    /// Whether the sequence can stand before a noun: a name or a word the
    /// rules know (not the future particle; the article is left to the
    /// caller, which looks names up with their own).
    pub fn before_noun(&self) -> bool {
        self.particle != Some(FUTURE) && !self.article && !self.text.is_empty()
    }
}

/// Every proclitic sequence, longest first (the empty one last): a
/// conjunction or none, a preposition, the future particle or none, the
/// article or none — except the future particle with the article, and
/// with ل + ال written لل.
pub fn sequences() -> &'static [Proclitics] {
    static ALL: OnceLock<Vec<Proclitics>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = Vec::new();
        for conjunction in [None, Some(CONJUNCTIONS[0]), Some(CONJUNCTIONS[1])] {
            for particle in
                [None, Some(PREPOSITIONS[0]), Some(PREPOSITIONS[1]), Some(PREPOSITIONS[2]), Some(FUTURE)]
            {
                for article in [false, true] {
                    let text = match (particle, article) {
                        (Some(FUTURE), true) => continue,
                        (Some('ل'), true) => "ل",
                        (_, true) => "ال",
                        (_, false) => "",
                    };
                    let text: String = conjunction.into_iter().chain(particle).chain(text.chars()).collect();
                    out.push(Proclitics { text, conjunction: conjunction.is_some(), particle, article });
                }
            }
        }
        // Longest first, so that a caller that takes the first match takes
        // the most (the sort is stable: equal lengths keep the order above).
        out.sort_by_key(|p| std::cmp::Reverse(p.text.chars().count()));
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequences() {
        let all: Vec<&str> = sequences().iter().map(|p| p.text.as_str()).collect();
        assert_eq!(all.len(), 27);
        assert_eq!(all.last(), Some(&""));
        for expected in ["وبال", "فلل", "لل", "وس", "كال", "و", "ال"] {
            assert!(all.contains(&expected), "{expected}");
        }
        assert!(!all.contains(&"سال") && !all.contains(&"لال"));
        let lengths: Vec<usize> = all.iter().map(|t| t.chars().count()).collect();
        assert!(lengths.windows(2).all(|w| w[0] >= w[1]), "longest first");
        let nouns: Vec<&str> =
            sequences().iter().filter(|p| p.before_noun()).map(|p| p.text.as_str()).collect();
        assert_eq!(nouns.len(), 11, "{nouns:?}");
        assert!(nouns.contains(&"فك") && !nouns.contains(&"س") && !nouns.contains(&"وال"));
    }
}
