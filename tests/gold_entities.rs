//! The statement-domain entity gold (tests/gold/entities, see tests/gold/README.md)
//! through `bayan eval-gold`: every row's offsets hold its surface, and the
//! overall F1 stays at or above a floor a little below the measured figure,
//! so a regression fails here. The gold refers to ../shared/data by id and
//! offset; without it the check prints a note and passes, except under CI,
//! where the data is part of the setup and its absence is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Overall F1 (all nine types, both levels, both halves) measured when the
/// gold was made, minus a margin for noise-free but deliberate trade-offs.
const FLOOR_F1: f64 = 80.0;

fn eval_gold(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bayan")).arg("eval-gold").args(args).output().expect("bayan runs")
}

fn shared_data() -> Option<PathBuf> {
    let root = std::env::var_os("BAYAN_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    if root.join("un_parallel_corpus_ar").is_dir() && root.join("wikinewsmax").is_dir() {
        return Some(root);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI is set but {} lacks the shared data the gold refers to",
        root.display()
    );
    println!("note: {} is absent; the entity gold is not scored", root.display());
    None
}

/// The F1 of the `all` row in the table after the header starting `section`.
fn f1_of(report: &str, section: &str) -> f64 {
    let row = report
        .lines()
        .skip_while(|l| !l.starts_with(section))
        .skip(1)
        .find(|l| l.starts_with("all "))
        .unwrap_or_else(|| panic!("no `all` row after {section:?} in:\n{report}"));
    row.split_whitespace().last().and_then(|f| f.parse().ok()).unwrap_or_else(|| panic!("bad row {row:?}"))
}

#[test]
fn gold_offsets_hold_their_surfaces_and_f1_stays_above_the_floor() {
    let Some(data) = shared_data() else { return };
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/entities");
    let out = eval_gold(&[gold.to_str().unwrap(), "--data", data.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "eval-gold failed:\n{}", String::from_utf8_lossy(&out.stderr));
    println!("{report}");
    for half in ["tune (", "check (", "all ("] {
        assert!(report.contains(half), "the report lacks the {half:?} table");
    }
    let f1 = f1_of(&report, "all (");
    assert!(f1 >= FLOOR_F1, "overall F1 {f1} fell below the floor {FLOOR_F1}:\n{report}");
}

/// A gold folder of one written statement, with `row` as its only mention.
fn statement_gold(name: &str, row: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bayan-gold-{name}-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("statements")).unwrap();
    std::fs::write(dir.join("statements/s.txt"), "زار الوفد جدة.").unwrap();
    std::fs::write(dir.join("documents.tsv"), "statements\ts\ttune\n").unwrap();
    std::fs::write(dir.join("statements.tsv"), format!("{row}\n")).unwrap();
    dir
}

#[test]
fn a_row_whose_offsets_miss_its_surface_is_refused() {
    let dir = statement_gold("bad", "s\t9\t12\t0\tLOC\tجدة");
    let out = eval_gold(&[dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).ok();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a wrong offset was accepted");
    assert!(err.contains("offsets 9-12") && err.contains("جدة"), "unclear error: {err}");
}

#[test]
fn a_correct_statement_gold_scores_without_shared_data() {
    let dir = statement_gold("good", "s\t10\t13\t0\tLOC\tجدة");
    let out = eval_gold(&[dir.to_str().unwrap(), "--data", "/nonexistent"]);
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("1 documents, 1 gold mentions"), "{report}");
    assert_eq!(f1_of(&report, "all ("), 100.0, "{report}");
}

#[test]
fn missing_shared_data_is_a_clear_error() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/entities");
    let out = eval_gold(&[gold.to_str().unwrap(), "--data", "/nonexistent"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("/nonexistent") && err.contains("--data"), "unclear error: {err}");
}
