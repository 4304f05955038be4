//! `bayan eval-ner --differences`: the lines that group the combination's
//! cost (docs/ACCURACY.md, round 5) name both sides of a convention.

#[path = "common/run_cli.rs"]
mod run_cli;
use run_cli::bayan;

#[test]
fn differences_list_a_missed_gold_name_and_the_longer_rule_name_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.txt");
    let lines = dir.path().join("differences.tsv");
    // ANERcorp tags the city, ENTITIES.md the city with its head word.
    std::fs::write(&gold, "وصل\tO\nالوفد\tO\nإلى\tO\nمدينة\tO\nجدة\tB-LOC\nأمس\tO\n.\tO\n").unwrap();
    let out = bayan(&["eval-ner", gold.to_str().unwrap(), "--differences", lines.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&lines).unwrap();
    let rows: Vec<Vec<&str>> = written.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2, "{written}");
    assert_eq!(&rows[0][..5], ["all", "missed", "LOC جدة", "-", "LOC مدينة جدة [rule]"]);
    assert_eq!(&rows[1][..4], ["all", "spurious", "LOC مدينة جدة", "rule"]);
    assert_eq!(rows[1][5], "LOC جدة");
}

#[test]
fn differences_without_a_model_are_refused() {
    let out = bayan(&["eval-ner", "x.txt", "--rules", "--differences", "d.tsv"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not --rules"));
}
