//! NewsFANE Gold as a second segmentation check: its tokenizer wrote و, ف
//! and the pronoun suffixes as tokens of their own (و الصادرات, زوجة ه) and
//! left ب ل ك س and the article on the word, so gluing those tokens back
//! gives words whose و/ف and pronoun split points are known.
//!
//! Only those split points are scored: where NewsFANE says nothing (ب, ل,
//! the pronoun of a one-letter preposition, له) a split of ours is neither
//! right nor wrong. NewsFANE also misses splits (واضاف beside و اضاف), so
//! words it writes both ways are not scored, and the figure is for
//! comparing versions of the segmenter, not an absolute accuracy. `scripts/clitic-lexicon.py --newsfane-half even` counts a
//! lexicon from the even sentences only, for scoring the odd ones.

use bayan::clitics::{Segment, SegmentKind};
use std::collections::{HashMap, HashSet};

/// The pronoun tokens glued back to the word before them. Not كما or ك,
/// which NewsFANE also has as words (كما: as).
const PRONOUNS: [&str; 9] = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ني", "ي"];

fn is_word(token: &str) -> bool {
    !token.is_empty() && token.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Per sentence, its glued words: (surface, gold split offsets).
pub fn sentences(text: &str) -> Vec<Vec<(String, Vec<usize>)>> {
    let mut out = vec![];
    let mut groups: Vec<(String, Vec<usize>)> = vec![];
    // Whether the last token may take more: it was و/ف, or a word.
    let (mut after_conj, mut after_word) = (false, false);
    for line in text.lines() {
        let token = line.split('\t').next().unwrap_or("").replace('\u{200E}', "");
        let token = token.trim();
        if token.is_empty() {
            if !groups.is_empty() {
                out.push(std::mem::take(&mut groups));
            }
            (after_conj, after_word) = (false, false);
            continue;
        }
        let word = is_word(token);
        let pronoun = after_word && PRONOUNS.contains(&token);
        match groups.last_mut() {
            Some((surface, splits)) if word && (after_conj || pronoun) => {
                // زوجة ه is written زوجته.
                if pronoun && surface.ends_with('ة') {
                    surface.pop();
                    surface.push('ت');
                }
                splits.push(surface.len());
                surface.push_str(token);
            }
            _ => groups.push((token.to_string(), vec![])),
        }
        after_conj = matches!(token, "و" | "ف");
        after_word = word && !after_conj && !pronoun && token.chars().nth(1).is_some();
    }
    if !groups.is_empty() {
        out.push(groups);
    }
    consistent(out)
}

/// Drops the words NewsFANE writes split in one place and whole (or split
/// otherwise) in another: its tokenizer missed many splits (واضاف beside
/// و اضاف), so where it disagrees with itself it is no gold. (Real
/// ambiguity, وادي beside و ادي, goes too.)
fn consistent(sentences: Vec<Vec<(String, Vec<usize>)>>) -> Vec<Vec<(String, Vec<usize>)>> {
    let mut splits: HashMap<&str, &[usize]> = HashMap::new();
    let mut mixed: HashSet<&str> = HashSet::new();
    for (surface, gold) in sentences.iter().flatten() {
        if *splits.entry(surface).or_insert(gold) != gold.as_slice() {
            mixed.insert(surface);
        }
    }
    let mixed: HashSet<String> = mixed.into_iter().map(str::to_string).collect();
    sentences
        .into_iter()
        .map(|groups| groups.into_iter().filter(|(s, _)| !mixed.contains(s)).collect())
        .collect()
}

/// Whether the boundary before `segments[i]` is one NewsFANE writes: after
/// a first و/ف, or before a pronoun that follows a stem of two letters or
/// more.
pub fn visible(segments: &[Segment], word: &str, i: usize) -> bool {
    let seg = &segments[i];
    match seg.kind {
        SegmentKind::Enclitic => segments[i - 1].span.of(word).chars().nth(1).is_some(),
        _ => {
            i == 1
                && segments[0].kind == SegmentKind::Proclitic
                && matches!(segments[0].span.of(word), "و" | "ف")
        }
    }
}
