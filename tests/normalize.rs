//! Data-driven normalization cases (tests/cases/normalize.tsv): every
//! operation, each preset, and the report's counts.

#[path = "cases/reader.rs"]
mod reader;

use bayan::normalize::{normalize, normalize_into, Op, Options};

fn options(spec: &str) -> Options {
    match spec.strip_prefix("preset:") {
        Some(name) => Options::preset(name).unwrap_or_else(|| panic!("unknown preset {name:?}")),
        None if spec == "none" => Options::NONE,
        None => Options::parse_ops(spec).unwrap(),
    }
}

#[test]
fn normalize_cases() {
    let mut failures = Vec::new();
    for case in reader::read("normalize.tsv") {
        let at = case.at("normalize.tsv");
        let opts = options(case.get("options"));
        let n = normalize(case.get("input"), &opts);
        if n.text != case.get("expected") {
            failures.push(format!(
                "{at}: got {:?}, expected {:?}; fix the operation in src/normalize/fold.rs or the case",
                n.text,
                case.get("expected"),
            ));
            continue;
        }
        let mut fast = String::new();
        normalize_into(case.get("input"), &opts, &mut fast);
        if fast != n.text {
            failures.push(format!("{at}: normalize_into gives {fast:?} but normalize {:?}", n.text));
        }
        let mut expected = [0; Op::COUNT];
        for pair in case.get("counts").split(',').filter(|p| !p.is_empty()) {
            let (op, count) = pair.split_once('=').expect("counts are op=n");
            expected[Op::from_name(op).unwrap_or_else(|| panic!("{at}: unknown op {op}")) as usize] =
                count.parse().unwrap();
        }
        for op in Op::ALL {
            if n.counts.get(op) != expected[op as usize] {
                failures.push(format!(
                    "{at}: {} made {} edits, expected {}",
                    op.name(),
                    n.counts.get(op),
                    expected[op as usize]
                ));
            }
        }
        if normalize(&n.text, &opts).text != n.text {
            failures.push(format!("{at}: normalizing again changes {:?}: not idempotent", n.text));
        }
    }
    assert!(failures.is_empty(), "{} failing cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_operation_has_a_case() {
    let cases = reader::read("normalize.tsv");
    for op in Op::ALL {
        assert!(
            cases
                .iter()
                .any(|c| c.get("counts").split(',').any(|p| p.starts_with(&format!("{}=", op.name())))),
            "no case in tests/cases/normalize.tsv exercises {}: add one",
            op.name()
        );
    }
}

#[test]
fn edits_and_controls_point_into_the_original() {
    let text = "قال\u{200F}: «ﻻ» ٣٫٥";
    let n = normalize(text, &Options::SEARCH);
    let rendered: Vec<(&str, &str, &str)> =
        n.edits.iter().map(|e| (e.span.of(text), n.replacement(e), e.op.name())).collect();
    assert_eq!(
        rendered,
        [
            ("\u{200F}", "", "controls"),
            ("«", "\"", "punctuation"),
            ("ﻻ", "لا", "presentation_forms"),
            ("»", "\"", "punctuation"),
            ("٣", "3", "digits"),
            ("٫", ".", "number_separators"),
            ("٥", "5", "digits"),
        ]
    );
    assert_eq!(n.controls.len(), 1);
    assert_eq!((n.controls[0].name, n.controls[0].span.of(text)), ("RLM", "\u{200F}"));
    // Both bytes of لا map back to the ligature.
    let lam = n.text.find("لا").unwrap();
    assert_eq!(&text[n.map[lam]..], &text[text.find('ﻻ').unwrap()..]);
}

#[test]
fn controls_are_reported_even_when_kept() {
    let n = normalize("a\u{202E}b", &Options::NONE);
    assert_eq!(n.text, "a\u{202E}b");
    assert_eq!(n.controls.iter().map(|c| c.name).collect::<Vec<_>>(), ["RLO"]);
}
