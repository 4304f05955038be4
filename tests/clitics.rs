//! Clitic segmentation: the named cases in tests/cases/clitics.tsv, and the
//! rebuild property for any input.

use bayan::clitics::{segment, Segment, SegmentKind};
use proptest::prelude::*;

const CASES: &str = include_str!("cases/clitics.tsv");

/// The cases as (name, word, expected segments).
fn cases() -> Vec<(&'static str, &'static str, &'static str)> {
    CASES
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "case line needs name<TAB>word<TAB>segments: {l:?}");
            (cols[0], cols[1], cols[2])
        })
        .collect()
}

/// Writes segments in the notation of the case file.
fn notation(word: &str, segments: &[Segment]) -> String {
    let parts: Vec<String> = segments
        .iter()
        .map(|s| {
            let surface = s.span.of(word);
            let mut out = match s.kind {
                SegmentKind::Proclitic => format!("{surface}+"),
                SegmentKind::Enclitic => format!("+{surface}"),
                SegmentKind::Article => format!("{surface}~"),
                SegmentKind::Stem => surface.to_string(),
            };
            if s.restored != surface {
                out.push('=');
                out.push_str(&s.restored);
            }
            out
        })
        .collect();
    parts.join(" ")
}

fn assert_rebuilds(word: &str, segments: &[Segment]) {
    let mut at = 0;
    for s in segments {
        assert_eq!(s.span.start, at, "segments of {word:?} must be contiguous: {segments:?}");
        assert!(word.is_char_boundary(s.span.end), "segment end off a char boundary in {word:?}");
        at = s.span.end;
    }
    assert_eq!(at, word.len(), "segments of {word:?} must cover it: {segments:?}");
    let rebuilt: String = segments.iter().map(|s| s.span.of(word)).collect();
    assert_eq!(rebuilt, word);
}

#[test]
fn named_cases() {
    let mut failures = vec![];
    for (name, word, expected) in cases() {
        let segments = segment(word);
        assert_rebuilds(word, &segments);
        let got = notation(word, &segments);
        if got != expected {
            failures.push(format!("{name}: {word} expected `{expected}`, got `{got}`"));
        }
    }
    assert!(failures.is_empty(), "fix the segmenter or the case:\n{}", failures.join("\n"));
}

#[test]
fn every_case_rebuilds_with_diacritics_tatweel_and_zwnj() {
    for (_, word, _) in cases() {
        for variant in [
            word.to_string(),
            word.chars().flat_map(|c| [c, '\u{064E}']).collect(),
            word.chars().flat_map(|c| [c, '\u{0640}']).collect(),
            word.chars().flat_map(|c| [c, '\u{200C}']).collect(),
        ] {
            assert_rebuilds(&variant, &segment(&variant));
        }
    }
}

#[test]
fn marks_do_not_change_the_analysis() {
    let plain: Vec<_> = segment("ومندوبها").iter().map(|s| s.kind).collect();
    let marked: Vec<_> = segment("وَمَنْدُوبُهَا").iter().map(|s| s.kind).collect();
    assert_eq!(plain, marked);
}

#[test]
fn megabyte_word_is_one_stem() {
    let word = "ب".repeat(500_000);
    let segments = segment(&word);
    assert_rebuilds(&word, &segments);
    assert_eq!(segments.len(), 1);
}

proptest! {
    #[test]
    fn segments_rebuild_any_word(word in "[\u{0621}-\u{0652}\u{0640}\u{0670}\u{200C}\u{0671}-\u{06D3}a-z0-9]{0,40}") {
        assert_rebuilds(&word, &segment(&word));
    }

    #[test]
    fn segments_rebuild_clitic_shaped_words(
        pre in "(و|ف)?(ب|ك|ل|س)?(ال|ل)?",
        stem in "[\u{0621}-\u{064A}][\u{064B}-\u{0652}\u{0640}]?[\u{0621}-\u{064A}]{1,6}",
        post in "(ه|ها|هم|هما|كم|نا|ني|ي|ك)?",
    ) {
        let word = format!("{pre}{stem}{post}");
        assert_rebuilds(&word, &segment(&word));
    }

    #[test]
    fn any_string_never_panics(word in "\\PC{0,64}") {
        assert_rebuilds(&word, &segment(&word));
    }
}
