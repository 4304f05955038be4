//! Data-driven tokenizer cases (tests/cases/tokenize.tsv).

#[path = "cases/reader.rs"]
mod reader;

use bayan::tokenize::tokenize;

#[test]
fn tokenize_cases() {
    let mut failures = Vec::new();
    for case in reader::read("tokenize.tsv") {
        let input = case.get("input");
        let got: Vec<String> =
            tokenize(input).iter().map(|t| format!("{}:{}", t.kind.name(), t.span.of(input))).collect();
        let expected: Vec<&str> = case.get("tokens").split(' ').collect();
        if got != expected {
            failures.push(format!(
                "{}: got {:?}, expected {:?}; fix the scanner in src/tokenize.rs",
                case.at("tokenize.tsv"),
                got,
                expected,
            ));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}
