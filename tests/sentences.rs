//! Data-driven sentence cases (tests/cases/sentences.tsv).

#[path = "cases/reader.rs"]
mod reader;

use bayan::sentences::sentences;
use bayan::tokenize::tokenize;

#[test]
fn sentence_cases() {
    let mut failures = Vec::new();
    for case in reader::read("sentences.tsv") {
        let input = case.get("input");
        let got: Vec<&str> = sentences(input, &tokenize(input)).iter().map(|s| s.of(input)).collect();
        let expected: Vec<&str> = case.get("sentences").split(" ‖ ").collect();
        if got != expected {
            failures.push(format!(
                "{}: got {:?}, expected {:?}; fix the boundary rules in src/sentences.rs",
                case.at("sentences.tsv"),
                got,
                expected,
            ));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}
