//! The fuzz targets' checks on stable Rust, bounded: every seed of the fuzz
//! corpora (fuzz/corpus/*, crashes found included as regression cases), the
//! hostile-input corpus, and a fixed number of proptest-generated inputs.
//! libFuzzer itself (cargo fuzz, nightly) explores further; see fuzz/README.md.

#[path = "common/fuzz_checks.rs"]
mod fuzz_checks;

use proptest::prelude::*;
use std::path::Path;

fn files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn pipeline_seeds_and_hostile_corpus() {
    let seeds = [files("fuzz/corpus/pipeline"), files("tests/hostile")].concat();
    assert!(seeds.len() >= 10, "the seed corpora are missing");
    for (name, data) in seeds {
        let result = std::panic::catch_unwind(|| fuzz_checks::check_pipeline(&data));
        assert!(result.is_ok(), "pipeline check failed on {name}");
    }
}

#[test]
fn gazetteer_seeds() {
    for (name, data) in files("fuzz/corpus/gazetteer") {
        let result = std::panic::catch_unwind(|| fuzz_checks::check_gazetteer(&data));
        assert!(result.is_ok(), "gazetteer check failed on {name}");
    }
}

#[test]
fn generated_extremes() {
    // What random bytes rarely reach: long runs of one mark, controls
    // between letters, a lone surrogate in UTF-16, a million tiny lines.
    let mut cases: Vec<Vec<u8>> = vec![
        format!("ب{}", "\u{0651}".repeat(5000)).into_bytes(),
        "و\u{200D}ال\u{202E}كويت\u{2069}".into(),
        [&[0xFF][..], &[0x00, 0xD8, 0x2C, 0x06, 0x00, 0xDC]].concat(),
        "ب\n".repeat(1_000_000).into_bytes(),
        "حلب ".repeat(250_000).into_bytes(),
    ];
    cases.push(vec![0u8; 4096]);
    for data in cases {
        fuzz_checks::check_pipeline(&data);
    }
}

/// Arabic-heavy text: letters, marks, controls, digits, punctuation, space.
fn arabicish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::char::range('\u{0621}', '\u{064A}'),
            2 => proptest::char::range('\u{064B}', '\u{0670}'),
            1 => prop::sample::select(vec![' ', '\n', '.', '،', '«', '»', '\u{200C}', '\u{200D}', '\u{202E}', '\u{FEFF}', '٣', '7', 'ـ', '😀']),
            1 => any::<char>(),
        ],
        0..200,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn pipeline_on_random_bytes(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        fuzz_checks::check_pipeline(&data);
    }

    #[test]
    fn pipeline_on_arabicish_text(text in arabicish()) {
        fuzz_checks::check_pipeline(text.as_bytes());
    }

    #[test]
    fn gazetteer_on_random_tsv(
        lines in proptest::collection::vec((arabicish(), prop::sample::select(vec!["LOC", "ORG", "PERSON", "DATE", "CITY", ""]), "[a-z-]{0,8}"), 0..12)
    ) {
        let tsv: String = lines.iter().map(|(s, t, id)| format!("{s}\t{t}\t{id}\n")).collect();
        fuzz_checks::check_gazetteer(tsv.as_bytes());
    }
}
