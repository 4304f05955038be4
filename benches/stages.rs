//! Where the pipeline's time goes, natively: the entity sub-stages and the
//! clitic segmenter, each timed by the thread's CPU time (not the wall
//! clock, which on a shared machine also counts the time other processes
//! held the core), median of 5 runs, on the UN corpus sample repeated to
//! 10 MB (`BAYAN_BENCH_MB` for other sizes). It also prints a checksum of
//! the entities and tags, so two builds can be compared for identical
//! output.
//!
//! `cargo bench --bench stages` (Linux: it reads /proc/thread-self/schedstat).

use bayan::entities;
use bayan::statements::{self, Carry};
use bayan::{tokenize, Analyzer};
use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};
use std::hint::black_box;

const CORPUS: [&str; 2] = [
    "../shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt",
    "../../shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt",
];

/// On-CPU time of this thread, in seconds.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").expect("Linux schedstat");
    stat.split_whitespace().next().and_then(|s| s.parse::<f64>().ok()).expect("schedstat's first field") / 1e9
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let Some(corpus) = CORPUS.iter().find_map(|p| std::fs::read_to_string(p).ok()) else {
        eprintln!("skipping the stage timings: {} is absent (see shared/data/README.md)", CORPUS[0]);
        return;
    };
    let mb: usize = std::env::var("BAYAN_BENCH_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
    let mut text = corpus.repeat((mb << 20) / corpus.len() + 1);
    let mut cut = mb << 20;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    let analyzer = Analyzer::builtin();
    let g = analyzer.gazetteer();
    let model = analyzer.model().expect("the native build has the built-in model");
    let a = analyzer.lex(&text);
    let (found, rules) = entities::evidence(&text, &a, g);
    let result = entities::recognize(&text, &a, g, Some(model));
    let mut h = std::collections::hash_map::DefaultHasher::new();
    format!("{result:?}{:?}", model.tag(&a, g, &found, &rules)).hash(&mut h);
    println!(
        "{mb} MB: {} tokens, {} forms, {} entities; output checksum {:x}",
        a.tokens.len(),
        a.forms.len(),
        result.len(),
        h.finish()
    );
    // The clitic segmenter alone, as the pipeline calls it: each distinct
    // word once.
    let mut seen = HashSet::new();
    let lexicon = analyzer.lexicon();
    let words: Vec<&str> = a
        .tokens
        .iter()
        .filter(|t| t.kind == tokenize::TokenKind::Word)
        .map(|t| t.span.of(&text))
        .filter(|w| seen.insert(*w))
        .collect();
    let mut times: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for _ in 0..5 {
        let mut time = |name: &'static str, f: &mut dyn FnMut()| {
            let start = cpu();
            f();
            times.entry(name).or_default().push(cpu() - start);
        };
        time("1 whole pipeline", &mut || drop(black_box(analyzer.analyze(&text))));
        time("2 tokenize", &mut || drop(black_box(tokenize::tokenize(&text))));
        time("3 entities", &mut || drop(black_box(entities::recognize(&text, &a, g, Some(model)))));
        time("4 · evidence", &mut || drop(black_box(entities::evidence(&text, &a, g))));
        time("5 · · gazetteer", &mut || drop(black_box(g.find(&text, &a))));
        time("6 · tagger", &mut || drop(black_box(model.mentions(&a, g, &found, &rules))));
        let mut all = found.clone();
        all.extend(rules.iter().cloned());
        time("7 · resolve overlaps", &mut || drop(black_box(entities::resolve_overlaps(all.clone()))));
        time("8 clitic segmenter", &mut || words.iter().for_each(|w| drop(black_box(lexicon.segment(w)))));
        let lexicon = analyzer.statement_lexicon();
        time("9 statements", &mut || {
            drop(black_box(statements::find(&text, &a, &result, lexicon, Carry::default())))
        });
    }
    let size = text.len() as f64 / 1048576.0;
    let whole = median(times["1 whole pipeline"].clone());
    println!(
        "statements: {:.1} % of the whole pipeline",
        100.0 * median(times["9 statements"].clone()) / whole
    );
    for (name, v) in times {
        let s = median(v);
        println!("{name:24} {:7.1} ms {:8.1} MB/s", s * 1e3, size / s);
    }
}
