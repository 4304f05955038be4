//! Entity recognition against hand-written cases and the sample's gold
//! mentions. Each failure names the case and shows what Bayan found.

use bayan::{analyze, Entity};

/// `TYPE=text` for each mention, nested ones prefixed with `>`.
fn mentions(text: &str, entities: &[Entity]) -> Vec<String> {
    let mut out = Vec::new();
    for e in entities {
        out.push(format!("{}={}", e.kind.name(), e.span.of(text)));
        out.extend(e.inner.iter().map(|i| format!(">{}={}", i.kind.name(), i.span.of(text))));
    }
    out
}

/// [`mentions`] with each mention's canonical id after `#` (`#-` for none).
fn mentions_with_ids(text: &str, entities: &[Entity]) -> Vec<String> {
    let id = |e: &Entity| e.id.clone().unwrap_or_else(|| "-".into());
    let mut out = Vec::new();
    for e in entities {
        out.push(format!("{}={}#{}", e.kind.name(), e.span.of(text), id(e)));
        out.extend(e.inner.iter().map(|i| format!(">{}={}#{}", i.kind.name(), i.span.of(text), id(i))));
    }
    out
}

#[test]
fn named_cases() {
    let cases = include_str!("cases/entities.tsv");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in cases.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "malformed case line: {line}");
        let (name, text, expected) = (fields[0], fields[1], fields[2]);
        let expected: Vec<String> =
            if expected == "-" { vec![] } else { expected.split(" | ").map(str::to_string).collect() };
        let entities = analyze(text).entities;
        // A mention written with `#id` is checked with its canonical id too.
        let found: Vec<String> = mentions(text, &entities)
            .into_iter()
            .zip(mentions_with_ids(text, &entities))
            .enumerate()
            .map(
                |(k, (plain, with_id))| {
                    if expected.get(k).is_some_and(|e| e.contains('#')) {
                        with_id
                    } else {
                        plain
                    }
                },
            )
            .collect();
        if found != expected {
            failures.push(format!("{name}:\n  expected {expected:?}\n  found    {found:?}"));
        }
        count += 1;
    }
    assert!(count >= 30, "the case file lost its cases");
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn sample_statement_matches_gold_exactly() {
    let text = include_str!("../www/samples/oic-aleppo-statement.txt");
    let gold: Vec<String> = include_str!("gold/oic-aleppo-statement.entities.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "malformed gold line: {l}");
            format!("{}{}={}", if f[0] == "1" { ">" } else { "" }, f[1], f[2])
        })
        .collect();
    let found = mentions(text, &analyze(text).entities);
    let missing: Vec<&String> = gold.iter().filter(|g| !found.contains(g)).collect();
    let spurious: Vec<&String> = found.iter().filter(|f| !gold.contains(f)).collect();
    assert!(missing.is_empty() && spurious.is_empty(), "missing {missing:?}\nspurious {spurious:?}");
    assert_eq!(found, gold, "same mentions, but in another order or number");
}

#[test]
fn nested_mentions_lie_inside_their_container_and_top_level_never_overlaps() {
    let text = include_str!("../www/samples/oic-aleppo-statement.txt");
    let entities = analyze(text).entities;
    for pair in entities.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "overlap: {:?}", pair);
    }
    for e in &entities {
        assert!(e.inner.is_empty() || e.kind.is_container(), "{:?} holds mentions", e.kind);
        for i in &e.inner {
            assert!(e.span.contains(i.span), "{:?} is outside {:?}", i.span, e.span);
        }
    }
}

/// Throughput of the entity stage (gazetteer, rules, overlaps) and of the
/// whole pipeline on the UN corpus, printed, never asserted:
/// `cargo test --release --test entities -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, run on demand in release mode"]
fn throughput_on_un_corpus() {
    use std::time::Instant;
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt"
    );
    let Ok(text) = std::fs::read_to_string(path).or_else(|_| {
        std::fs::read_to_string("/work/shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt")
    }) else {
        return;
    };
    let mb = text.len() as f64 / 1e6;
    let best = |f: &mut dyn FnMut()| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64()
            })
            .fold(f64::MAX, f64::min)
    };
    let analysis = analyze(&text);
    let analyzer = bayan::Analyzer::builtin();
    let gazetteer = analyzer.gazetteer();
    let secs = best(&mut || {
        drop(bayan::entities::recognize(
            &text,
            &analysis.lexed,
            gazetteer,
            analyzer.model().map(AsRef::as_ref),
        ))
    });
    println!("entity stage: {:.0} MB/s ({} mentions)", mb / secs, analysis.entities.len());
    let secs = best(&mut || drop(gazetteer.find(&text, &analysis.lexed)));
    println!("gazetteer alone: {:.0} MB/s", mb / secs);
    let secs = best(&mut || drop(analyze(&text)));
    println!("whole pipeline: {:.0} MB/s", mb / secs);
}
