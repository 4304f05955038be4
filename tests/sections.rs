//! `Analyzer::sections` gives, section by section, exactly what
//! `Analyzer::analyze` gives for the whole text (tokens, sentences, entities
//! and statements): on the UN corpus sample and on texts built to put
//! mentions and sentences at section edges, for
//! several section sizes. Without the corpus (a clone without
//! `../shared/data`) its check prints a note and passes, unless `CI` is set.

use bayan::{Analysis, Analyzer, Entity, Form, FormCache, Span};
use std::path::PathBuf;

/// A token as the output shows it: span, kind and its form's content (form
/// ids are per section).
type Shown<'a> = (Span, bayan::tokenize::TokenKind, &'a Form);

fn shown(a: &Analysis) -> Vec<Shown<'_>> {
    a.lexed.tokens.iter().map(|t| (t.span, t.kind, a.lexed.form(t))).collect()
}

/// Checks the sections of `text` of about `size` bytes against the whole.
fn check(analyzer: &Analyzer, text: &str, whole: &Analysis, size: usize) -> usize {
    let sections: Vec<_> = analyzer.sections(text, size).collect();
    let mut at = 0;
    for s in &sections {
        assert_eq!(s.span.start, at, "sections tile the text");
        at = s.span.end;
    }
    assert_eq!(at, text.len(), "sections cover the text");
    let tokens: Vec<Shown> = sections.iter().flat_map(|s| shown(&s.analysis)).collect();
    let expected = shown(whole);
    if let Some(i) = (0..tokens.len().min(expected.len())).find(|&i| tokens[i] != expected[i]) {
        panic!("section size {size}: token {i} differs: {:?} vs {:?}", tokens[i], expected[i]);
    }
    assert_eq!(tokens.len(), expected.len(), "section size {size}: token count");
    let sentences: Vec<Span> = sections.iter().flat_map(|s| s.analysis.lexed.sentences.clone()).collect();
    assert_eq!(sentences, whole.lexed.sentences, "section size {size}: sentences");
    let entities: Vec<Entity> = sections.iter().flat_map(|s| s.analysis.entities.clone()).collect();
    if let Some(i) = (0..entities.len().min(whole.entities.len())).find(|&i| entities[i] != whole.entities[i])
    {
        let e = &whole.entities[i];
        panic!(
            "section size {size}: entity {i} differs: {:?} ({:?}) vs {:?} ({:?})",
            entities[i].span,
            entities[i].span.of(text),
            e.span,
            e.span.of(text)
        );
    }
    assert_eq!(entities.len(), whole.entities.len(), "section size {size}: entity count");
    // Statements, with the speaker a section hands on to the next.
    let statements: Vec<_> = sections.iter().flat_map(|s| s.analysis.statements.clone()).collect();
    if let Some(i) =
        (0..statements.len().min(whole.statements.len())).find(|&i| statements[i] != whole.statements[i])
    {
        panic!(
            "section size {size}: statement {i} differs: {:?} vs {:?}",
            statements[i], whole.statements[i]
        );
    }
    assert_eq!(statements.len(), whole.statements.len(), "section size {size}: statement count");
    sections.len()
}

fn corpus() -> Option<String> {
    let root = std::env::var_os("BAYAN_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let path = root.join("un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if std::env::var_os("CI").is_some() => {
            panic!("{}: {e} (CI needs ../shared/data)", path.display())
        }
        Err(_) => {
            println!("note: {} is absent; check skipped", path.display());
            None
        }
    }
}

#[test]
fn sections_of_the_un_corpus_equal_the_whole() {
    let Some(text) = corpus() else { return };
    let analyzer = Analyzer::builtin();
    let whole = analyzer.analyze(&text);
    for size in [700, 5_000, 64 << 10, 1 << 20] {
        let n = check(&analyzer, &text, &whole, size);
        println!("section size {size}: {n} sections");
        assert!(n > 1, "the corpus is cut");
    }
}

/// Lines that put names, dates, titles, quotes, laws and sentence ends at
/// the edges of lines, where sections are cut, and punctuation opening a
/// line, where they are not.
const EDGES: &[&str] = &[
    "الأمم المتحدة",
    "الجمعية العامة للأمم المتحدة",
    "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش",
    "أحمد أبو الغيط",
    "في 14 أبريل 2016",
    "قرار مجلس الأمن رقم 2254",
    "«داعش»",
    "» ثم غادر الوفد.",
    "سفير البحرين لدى السعودية",
    "المملكة العربية",
    "السعودية",
    "بان كي مون",
    "3. يرحب المجلس بالقرار",
    "د.",
    "محمد",
    "",
    "منظمة التعاون الإسلامي،",
    "وزارة الخارجية والمغتربين في الجمهورية العربية السورية",
    "؟! نعم",
    "نور الدين محمود زنكي",
    "14و15",
];

#[test]
fn sections_equal_the_whole_at_built_edges() {
    let analyzer = Analyzer::builtin();
    let mut state = 11u64;
    let mut text = String::new();
    for _ in 0..3_000 {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        text.push_str(EDGES[(state >> 33) as usize % EDGES.len()]);
        text.push_str(match state >> 61 {
            0 => " ",
            1 => "\n\n",
            2 => " \n",
            _ => "\n",
        });
    }
    let whole = analyzer.analyze(&text);
    assert!(whole.entities.len() > 1_000, "the text names things");
    for size in [1, 40, 333, 4_096, 30_000] {
        let n = check(&analyzer, &text, &whole, size);
        assert!(n > 1, "section size {size}: the text is cut");
    }
}

#[test]
fn a_text_without_a_cut_is_one_section() {
    let analyzer = Analyzer::builtin();
    let text = "قال الأمين العام للأمم المتحدة في حلب. ".repeat(400);
    let whole = analyzer.analyze(&text);
    assert_eq!(check(&analyzer, &text, &whole, 100), 1);
    assert_eq!(analyzer.sections("", 100).count(), 0, "an empty text has no sections");
}

/// A form cache carried from one document to the next (as `--jsonl` and
/// the sections do) gives each document the analysis it has alone: with
/// room for every word, and with room for so few that it is emptied many
/// times along the way.
#[test]
fn a_form_cache_across_documents_changes_nothing() {
    let analyzer = Analyzer::builtin();
    let text = corpus().unwrap_or_else(|| EDGES.join("\n").repeat(50));
    let docs: Vec<&str> = text.split("\n# doc_id").take(400).collect();
    assert!(docs.len() > 1 || !text.contains("# doc_id"), "the corpus is cut into documents");
    for capacity in [40, 1 << 16] {
        let mut cache = FormCache::with_capacity(capacity);
        for doc in &docs {
            assert_eq!(analyzer.analyze_with(doc, &mut cache), analyzer.analyze(doc), "capacity {capacity}");
        }
    }
}
