//! Data-driven transliteration cases (tests/cases/translit.tsv).

#[path = "cases/reader.rs"]
mod reader;

use bayan::translit::{buckwalter_round_trips, from_buckwalter, romanize, to_buckwalter};

#[test]
fn translit_cases() {
    let mut failures = Vec::new();
    for case in reader::read("translit.tsv") {
        let at = case.at("translit.tsv");
        let (input, expected) = (case.get("input"), case.get("expected"));
        let mut check = |what: &str, got: String, want: &str| {
            if got != want {
                failures.push(format!("{at}: {what} gave {got:?}, expected {want:?}; fix src/translit.rs"));
            }
        };
        match case.get("scheme") {
            "buckwalter" => {
                check("to_buckwalter", to_buckwalter(input), expected);
                check("from_buckwalter", from_buckwalter(expected), input);
                assert!(buckwalter_round_trips(input), "{at}: input must be round-trippable");
            }
            "romanize" => check("romanize", romanize(input), expected),
            other => panic!("{at}: unknown scheme {other:?}"),
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn latin_letters_do_not_round_trip() {
    assert!(!buckwalter_round_trips("UN"), "Latin letters collide with Buckwalter letters");
}
