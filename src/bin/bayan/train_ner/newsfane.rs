//! NewsFANE Gold (Alotaibi & Lee 2014) as a second annotation of ANERcorp.
//!
//! NewsFANE's text *is* ANERcorp's, re-tokenized (clitics split off,
//! hamza-alef normalized), documents reordered, and re-annotated with 50
//! fine classes. Training on its own tokens would teach the tagger a
//! tokenization real text never has, and cross-validating on ANERcorp
//! while training on NewsFANE would leak held-out sentences. So each
//! NewsFANE sentence is located in ANERcorp's text (both spelled the same
//! way, spaces dropped) and its mentions are projected onto the ANERcorp
//! tokens they cover: the result is a second tag sequence for an ANERcorp
//! sentence, which trains alongside the first and always falls in the same
//! cross-validation fold.

use super::Sentence;
use std::collections::HashMap;

/// Characters an anchor is long: long enough to be unique in ANERcorp.
const ANCHOR: usize = 18;

/// Per ANERcorp sentence, NewsFANE's tags on its tokens (`B-PERS`, …,
/// `O`), or `None` where NewsFANE does not cover every character of it.
pub fn project(anercorp: &[Sentence], newsfane: &[Sentence]) -> Vec<Option<Vec<String>>> {
    // ANERcorp as one normalized string, each character's (sentence, token).
    let (mut text, mut owner) = (Vec::new(), Vec::new());
    for (s, (tokens, _)) in anercorp.iter().enumerate() {
        for (t, token) in tokens.iter().enumerate() {
            for c in token.chars().filter_map(normalize) {
                text.push(c);
                owner.push((s, t));
            }
        }
    }
    let mut anchors: HashMap<&[char], usize> = HashMap::new();
    for (i, w) in text.windows(ANCHOR).enumerate() {
        anchors.entry(w).and_modify(|p| *p = usize::MAX).or_insert(i);
    }
    let mut covered = vec![false; text.len()];
    let mut mentions: Vec<Vec<(usize, usize, &str)>> = vec![Vec::new(); anercorp.len()];
    for (tokens, tags) in newsfane {
        let (mut chars, mut token_of) = (Vec::new(), Vec::new());
        for (t, token) in tokens.iter().enumerate() {
            for c in token.chars().filter_map(normalize) {
                chars.push(c);
                token_of.push(t);
            }
        }
        let Some(start) = locate(&chars, &text, &anchors) else { continue };
        covered[start..start + chars.len()].iter_mut().for_each(|c| *c = true);
        for (first, end, class) in coarse_mentions(tags) {
            let Some(c0) = token_of.iter().position(|&t| t == first) else { continue };
            let Some(c1) = token_of.iter().rposition(|&t| t == end - 1) else { continue };
            let ((s0, t0), (s1, t1)) = (owner[start + c0], owner[start + c1]);
            if s0 == s1 {
                mentions[s0].push((t0, t1, class));
            }
        }
    }
    // Whether every character of each ANERcorp sentence was covered.
    let mut complete = vec![true; anercorp.len()];
    for (i, &(s, _)) in owner.iter().enumerate() {
        complete[s] &= covered[i];
    }
    anercorp
        .iter()
        .enumerate()
        .map(|(s, (tokens, _))| {
            complete[s].then(|| {
                let mut tags = vec!["O".to_string(); tokens.len()];
                let mut found = mentions[s].clone();
                found.sort_unstable();
                let mut free_from = 0;
                for (t0, t1, class) in found {
                    if t0 < free_from {
                        continue; // overlaps the previous mention
                    }
                    for (t, tag) in tags.iter_mut().enumerate().take(t1 + 1).skip(t0) {
                        *tag = format!("{}-{class}", if t == t0 { "B" } else { "I" });
                    }
                    free_from = t1 + 1;
                }
                tags
            })
        })
        .collect()
}

/// Where `chars` starts in `text`: found by an anchor at one of a few
/// places in it, then checked character by character.
fn locate(chars: &[char], text: &[char], anchors: &HashMap<&[char], usize>) -> Option<usize> {
    if chars.len() < ANCHOR {
        return None;
    }
    (0..=chars.len() - ANCHOR).step_by(ANCHOR).find_map(|k| {
        let at = *anchors.get(&chars[k..k + ANCHOR])?;
        let start = at.checked_sub(k).filter(|_| at != usize::MAX)?;
        (text.get(start..start + chars.len())? == chars).then_some(start)
    })
}

/// One spelling for both corpora: letters and digits only (NewsFANE drops
/// the point of 6.3), no tatweel or diacritics; every hamza-alef is ا, ى
/// is ي and ة is ه.
fn normalize(c: char) -> Option<char> {
    match c {
        c if !c.is_alphanumeric() => None,
        '\u{200E}' | '\u{200F}' | 'ـ' | '\u{064B}'..='\u{0652}' | '\u{0670}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        c => Some(c),
    }
}

/// NewsFANE's mentions in ANERcorp's classes, as (first token, end token,
/// class). Persons of every kind are PERS; governments, companies, media,
/// teams and other organisations ORG; geo-political entities and natural
/// places LOC. Groups of people (العرب، المسلمين) are not names in
/// ANERcorp, nor are facilities, vehicles, weapons and products: they stay
/// O, as ANERcorp has them.
fn coarse_mentions(tags: &[String]) -> Vec<(usize, usize, &'static str)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str, &'static str)> = None;
    for (i, tag) in tags.iter().chain([&"O".to_string()]).enumerate() {
        let (prefix, fine) = tag.split_once('-').unwrap_or(("O", ""));
        let continues = prefix == "I" && open.is_some_and(|(_, f, _)| f == fine);
        if continues {
            continue;
        }
        if let Some((start, _, class)) = open.take() {
            out.push((start, i, class));
        }
        if let Some(class) = coarse(fine) {
            open = Some((i, fine, class));
        }
    }
    out
}

fn coarse(fine: &str) -> Option<&'static str> {
    Some(match fine {
        "Politician" | "Athlete" | "Artist" | "Scientist" | "Businessperson" | "Lawyer" | "Engineer"
        | "Police" | "Religious_PER" | "Other_PER" => "PERS",
        "Government" | "Non-Governmental" | "Commercial" | "Educational" | "Media" | "Sports"
        | "Religious_ORG" | "Medical-Science" | "Entertainment" => "ORG",
        "Nation"
        | "Population-Center"
        | "State-or-Province"
        | "County-or-District"
        | "Continent"
        | "GPE-Cluster"
        | "Water-Body"
        | "Land-Region-Natural"
        | "Celestial" => "LOC",
        _ => return None,
    })
}
