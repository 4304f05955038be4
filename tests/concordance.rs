//! The regex concordance cases (tests/cases/regex.tsv) through the library
//! and the CLI: each must find exactly the hits the file lists, as the page
//! must too (tests/wasm/regex.test.mjs reads the same file).

#[path = "cases/reader.rs"]
mod reader;

use bayan::stats::{concordance, ConcordanceOptions};
use bayan::Analyzer;
use serde_json::Value;
use std::process::Command;

const SAMPLE: &str = "www/samples/oic-aleppo-statement.txt";

/// The hits as the case file writes them: `total: text | text …`.
fn listed(total: usize, hits: impl Iterator<Item = String>) -> String {
    format!("{total}: {}", hits.collect::<Vec<_>>().join(" | "))
}

/// Runs `find` on every case of regex.tsv; fails listing each case whose hits differ.
fn check_cases(find: impl Fn(&reader::Case) -> String) {
    let failures: Vec<String> = reader::read("regex.tsv")
        .iter()
        .filter_map(|case| {
            let got = find(case);
            (got != case.get("hits")).then(|| {
                format!("{}:\n  expected {}\n  found    {got}", case.at("regex.tsv"), case.get("hits"))
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn options(mode: &str) -> ConcordanceOptions {
    assert!(mode == "clitics" || mode == "exact", "mode is clitics or exact, not {mode:?}");
    ConcordanceOptions { regex: true, clitics: mode == "clitics", ..Default::default() }
}

#[test]
fn the_library_finds_the_listed_hits() {
    let text = std::fs::read_to_string(format!("{}/{SAMPLE}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let lexed = Analyzer::builtin().lex(&text);
    check_cases(|case| match concordance(&text, &lexed, case.get("pattern"), &options(case.get("mode"))) {
        Ok(c) => listed(c.total, c.hits.iter().map(|h| h.span.of(&text).to_string())),
        Err(e) => format!("error: {e}"),
    });
}

#[cfg(feature = "cli")]
#[test]
fn the_cli_finds_the_listed_hits() {
    check_cases(|case| {
        let mut args = vec!["concordance", case.get("pattern"), SAMPLE, "--regex"];
        if case.get("mode") == "exact" {
            args.push("--exact");
        }
        let out = Command::new(env!("CARGO_BIN_EXE_bayan"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("bayan runs");
        if out.status.success() {
            let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
            let hits =
                v["hits"].as_array().expect("hits").iter().map(|h| h["text"].as_str().unwrap().to_string());
            listed(v["total"].as_u64().unwrap() as usize, hits)
        } else {
            let err = String::from_utf8_lossy(&out.stderr);
            format!("error: {}", err.trim().trim_start_matches("bayan: "))
        }
    });
}
