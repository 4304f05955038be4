//! Throughput of each pipeline stage and of the whole pipeline, natively,
//! on real official-register Arabic: the UN Parallel Corpus sample in
//! ../shared/data (not shipped with the repository), repeated to 1, 10 and
//! 100 MB. Reported in MB/s (criterion's `Throughput::Bytes`).
//!
//! `cargo bench --bench pipeline` runs everything; the stages run at 1 and
//! 10 MB, the whole pipeline also at 100 MB. `BAYAN_BENCH_MB=1,10` picks
//! other sizes. Without the corpus the benchmark says so and exits.

use bayan::normalize::{self, Options};
use bayan::{entities, sentences, tokenize, Analyzer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

/// Beside the repository (../shared, as CI lays it out), or one level
/// further up when the repository is a git worktree.
const CORPUS: [&str; 2] = [
    "../shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt",
    "../../shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt",
];

/// The corpus repeated to `mb` megabytes (cut on a char boundary).
fn text_of(corpus: &str, mb: usize) -> String {
    let want = mb << 20;
    let mut text = corpus.repeat(want / corpus.len() + 1);
    let mut cut = want;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

fn sizes(default: &[usize]) -> Vec<usize> {
    match std::env::var("BAYAN_BENCH_MB") {
        Ok(list) => list.split(',').filter_map(|s| s.trim().parse().ok()).collect(),
        Err(_) => default.to_vec(),
    }
}

fn benches(c: &mut Criterion) {
    let Some(corpus) = CORPUS.iter().find_map(|p| std::fs::read_to_string(p).ok()) else {
        eprintln!("skipping the pipeline benchmarks: {} is absent (see shared/data/README.md)", CORPUS[0]);
        return;
    };
    let analyzer = Analyzer::builtin();

    let mut group = c.benchmark_group("stage");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    for mb in sizes(&[1, 10]) {
        let text = text_of(&corpus, mb);
        let raw = tokenize::tokenize(&text);
        let analysis = analyzer.analyze(&text);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("tokenize", mb), &text, |b, t| {
            b.iter(|| tokenize::tokenize(t))
        });
        group.bench_with_input(BenchmarkId::new("normalize", mb), &text, |b, t| {
            b.iter(|| normalize::normalize(t, &Options::SEARCH))
        });
        group.bench_with_input(BenchmarkId::new("clitics", mb), &text, |b, t| {
            b.iter(|| {
                raw.iter()
                    .filter(|r| r.kind == tokenize::TokenKind::Word)
                    .map(|r| analyzer.lexicon().segment(r.span.of(t)).len())
                    .sum::<usize>()
            })
        });
        group.bench_with_input(BenchmarkId::new("sentences", mb), &text, |b, t| {
            b.iter(|| sentences::sentences(t, &raw))
        });
        group.bench_with_input(BenchmarkId::new("entities", mb), &text, |b, t| {
            b.iter(|| {
                entities::recognize(
                    t,
                    &analysis.lexed,
                    analyzer.gazetteer(),
                    analyzer.model().map(AsRef::as_ref),
                )
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(10));
    for mb in sizes(&[1, 10, 100]) {
        let text = text_of(&corpus, mb);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("analyze", mb), &text, |b, t| {
            b.iter(|| black_box(analyzer.analyze(t)))
        });
    }
    group.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
