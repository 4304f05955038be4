//! The proclitics, for every stage that looks for them: the segmenter reads
//! a word's first letters with these, and the gazetteer, the entity rules
//! and the concordance strip or match the same sequences on normalized
//! text.
//!
//! A word opens with at most a conjunction, then a preposition or the
//! future particle, then the article: وبالمجلس is و + ب + ال + مجلس. The
//! article after ل is written ل (للمجلس), and the future particle comes
//! before a verb, which never takes the article.

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Proclitics {
    /// The letters: وب, فلل, وس, … (empty for no proclitic at all).
    pub text: &'static str,
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
/// with ل + ال written لل. (A table rather than built at run time: it is
/// in the page's wasm; a test checks it against the letters above.)
pub fn sequences() -> &'static [Proclitics] {
    &SEQUENCES
}

const fn seq(text: &'static str, conjunction: bool, particle: Option<char>, article: bool) -> Proclitics {
    Proclitics { text, conjunction, particle, article }
}

const SEQUENCES: [Proclitics; 27] = [
    seq("وبال", true, Some('ب'), true),
    seq("وكال", true, Some('ك'), true),
    seq("فبال", true, Some('ب'), true),
    seq("فكال", true, Some('ك'), true),
    seq("بال", false, Some('ب'), true),
    seq("كال", false, Some('ك'), true),
    seq("وال", true, None, true),
    seq("ولل", true, Some('ل'), true),
    seq("فال", true, None, true),
    seq("فلل", true, Some('ل'), true),
    seq("ال", false, None, true),
    seq("لل", false, Some('ل'), true),
    seq("وب", true, Some('ب'), false),
    seq("وك", true, Some('ك'), false),
    seq("ول", true, Some('ل'), false),
    seq("وس", true, Some('س'), false),
    seq("فب", true, Some('ب'), false),
    seq("فك", true, Some('ك'), false),
    seq("فل", true, Some('ل'), false),
    seq("فس", true, Some('س'), false),
    seq("ب", false, Some('ب'), false),
    seq("ك", false, Some('ك'), false),
    seq("ل", false, Some('ل'), false),
    seq("س", false, Some('س'), false),
    seq("و", true, None, false),
    seq("ف", true, None, false),
    seq("", false, None, false),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The table is every combination the letters above allow, each once
    /// and spelled from its parts, longest first.
    #[test]
    fn the_sequences() {
        let mut expected = vec![];
        for conjunction in std::iter::once(None).chain(CONJUNCTIONS.map(Some)) {
            for particle in std::iter::once(None).chain(PREPOSITIONS.map(Some)).chain([Some(FUTURE)]) {
                for article in [false, true] {
                    let text = match (particle, article) {
                        (Some(FUTURE), true) => continue,
                        (Some('ل'), true) => "ل",
                        (_, true) => "ال",
                        (_, false) => "",
                    };
                    let text: String = conjunction.into_iter().chain(particle).chain(text.chars()).collect();
                    expected.push((text, conjunction.is_some(), particle, article));
                }
            }
        }
        let mut table: Vec<_> =
            sequences().iter().map(|p| (p.text.to_string(), p.conjunction, p.particle, p.article)).collect();
        let lengths: Vec<usize> = table.iter().map(|t| t.0.chars().count()).collect();
        assert!(lengths.windows(2).all(|w| w[0] >= w[1]), "longest first");
        expected.sort();
        table.sort();
        assert_eq!(table, expected);
        let nouns: Vec<&str> = sequences().iter().filter(|p| p.before_noun()).map(|p| p.text).collect();
        assert_eq!(nouns, ["وب", "وك", "ول", "فب", "فك", "فل", "ب", "ك", "ل", "و", "ف"]);
    }
}
