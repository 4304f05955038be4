//! Clitic segmentation: the named cases in tests/cases/clitics.tsv (each
//! rule of the segmenter guarded by at least one), and the rebuild property
//! for any input.

#[path = "cases/reader.rs"]
mod reader;

use bayan::clitics::{self, explain, notation, segment, Segment};
use proptest::prelude::*;
use std::collections::BTreeSet;

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
    for case in reader::read("clitics.tsv") {
        let word = case.get("word");
        let segments = segment(word);
        assert_rebuilds(word, &segments);
        let got = notation(word, &segments);
        if got != case.get("segments") {
            failures.push(format!(
                "{}: {word} expected `{}`, got `{got}`",
                case.at("clitics.tsv"),
                case.get("segments")
            ));
        }
    }
    assert!(failures.is_empty(), "fix the segmenter or the case:\n{}", failures.join("\n"));
}

/// Each case's rules decide it: switched off alone, each would segment the
/// word otherwise. And every rule has such a case, so a rule cannot lose
/// its effect (or its reason to exist) without a test saying so.
#[test]
fn every_rule_decides_a_case() {
    let names: BTreeSet<&str> = clitics::rules().map(|(name, _)| name).collect();
    let mut guarded = BTreeSet::new();
    let mut failures = vec![];
    for case in reader::read("clitics.tsv") {
        let word = case.get("word");
        let why = explain(word);
        for rule in case.get("rules").split_whitespace() {
            if !names.contains(rule) {
                failures.push(format!("{}: no rule named {rule}", case.at("clitics.tsv")));
            } else if !why.pivotal.iter().any(|(name, _)| *name == rule) {
                let pivotal: Vec<&str> = why.pivotal.iter().map(|(name, _)| *name).collect();
                failures.push(format!(
                    "{}: {word} reads the same without {rule} (decided by: {pivotal:?})",
                    case.at("clitics.tsv")
                ));
            }
            guarded.insert(rule.to_string());
        }
    }
    for name in names.iter().filter(|n| !guarded.contains(**n)) {
        failures.push(format!("{name} has no case in tests/cases/clitics.tsv"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The table of rules in docs/ARCHITECTURE.md lists the rules as they run,
/// with their kinds.
#[test]
fn rules_are_documented() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ARCHITECTURE.md");
    let doc = std::fs::read_to_string(path).expect("docs/ARCHITECTURE.md");
    let section = doc.split("\n## Clitic segmentation\n").nth(1).expect("a section \"Clitic segmentation\"");
    let section = section.split("\n## ").next().unwrap_or(section);
    let table = section.split("\n### The rules\n").nth(1).expect("a table of the rules");
    let documented: Vec<(&str, &str)> = table
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| {
            let (name, rest) = l.split_once("` | ")?;
            Some((name, rest.split(" | ").next()?))
        })
        .collect();
    let rules: Vec<(&str, &str)> = clitics::rules().collect();
    assert_eq!(documented, rules, "update the table in docs/ARCHITECTURE.md, \"The rules\"");
}

/// An explanation describes the segmentation that `segment` returns.
#[test]
fn explanations_agree_with_segment() {
    for case in reader::read("clitics.tsv") {
        let word = case.get("word");
        let why = explain(word);
        assert_eq!(why.segments, segment(word), "{word}");
        if let Some(chosen) = why.chosen {
            assert_eq!(why.readings[chosen].segments, why.segments, "{word}");
            assert!(why.readings[chosen].rejected_by.is_none(), "{word}");
        }
        if let Some(runner_up) = why.runner_up {
            assert!(Some(runner_up) != why.chosen, "{word}");
        }
        for (rule, other) in &why.pivotal {
            assert_ne!(other, &why.segments, "{word} without {rule}");
            assert_rebuilds(word, other);
        }
        for reading in &why.readings {
            assert_rebuilds(word, &reading.segments);
            let points: i32 = reading.points.iter().map(|(_, p)| p).sum();
            assert_eq!(points, reading.score, "{word}: the points add up to the score");
        }
    }
    let why = explain("الفهم");
    assert_eq!(why.decided_by, "pronoun-after-bare-al");
    assert_eq!(notation("الفهم", &why.readings[why.runner_up.unwrap()].segments), "الفهم");
    assert_eq!(explain("2016").decided_by, "not-segmented");
    assert_eq!(explain("الله").decided_by, "listed");
    assert_eq!(explain("من").decided_by, "only-reading");
}

#[test]
fn every_case_rebuilds_with_diacritics_tatweel_and_zwnj() {
    for case in reader::read("clitics.tsv") {
        let word = case.get("word");
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
        prop_assert_eq!(explain(&word).segments, segment(&word));
    }

    #[test]
    fn explain_agrees_with_segment(
        pre in "(و|ف)?(ب|ك|ل|س)?(ال|ل|أل)?",
        stem in "[\u{0621}-\u{064A}][\u{064B}-\u{0652}]?[\u{0621}-\u{064A}]{0,5}",
        post in "(ه|ها|هم|كم|نا|ني|ي|ك|ى|ً)?",
    ) {
        let word = format!("{pre}{stem}{post}");
        let why = explain(&word);
        prop_assert_eq!(&why.segments, &segment(&word));
        if let Some(chosen) = why.chosen {
            prop_assert_eq!(&why.readings[chosen].segments, &why.segments);
        }
    }
}
