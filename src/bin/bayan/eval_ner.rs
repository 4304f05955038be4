//! `bayan eval-ner FILE…`: CoNLL exact-match entity scores on `token TAG`
//! files (ANERcorp, AQMAR; NewsFANE's tab-separated lines too).
//!
//! How Bayan is run on a corpus made of tokens:
//! - each sentence is rebuilt as its tokens joined by single spaces and
//!   analysed on its own;
//! - Bayan's mentions (top-level and nested, see `entities::flatten`) are
//!   projected back onto the gold tokens: a mention covers every token it
//!   touches. ANERcorp keeps clitics attached (والكويت is one token, tagged
//!   LOC as a whole) and AQMAR tags the article, so a mention that starts
//!   after و inside a token still claims that whole token;
//! - types are mapped PERSON→PERS, LOC→LOC, ORG→ORG; Bayan's other types
//!   have no counterpart and are not scored. Gold MISC (AQMAR's MIS0–3) is
//!   not scored either, and gold PER is read as PERS;
//! - a mention is correct when its type and its first and last tokens equal
//!   a gold mention's (CoNLL exact match); precision, recall and F1 are
//!   micro-averaged over PERS, LOC and ORG.
//!
//! `--model FILE` scores a model file instead of the built-in one (how
//! `train-ner --cv` scores its folds), `--rules` the lists and rules alone,
//! `--alone` the model's own mentions without them; `--differences FILE`
//! writes where the lists and rules change the model's verdict
//! ([`differences`]).

pub mod differences;

use crate::{write_out, Flags, Spec};
use bayan::entities::{self, Model};
use bayan::span::Span;
use bayan::{Analyzer, EntityType};
use std::collections::{BTreeMap, HashSet};

const TYPES: [&str; 3] = ["PERS", "LOC", "ORG"];

/// One mention over gold tokens: first token, last token + 1, type.
type Mention = (usize, usize, &'static str);

/// How a run finds mentions.
pub enum Tagger {
    /// As the analyzer does: its model (if any) with the lists and rules.
    Analyzer(Analyzer),
    /// A model's own mentions, without the lists and rules joining them
    /// (`--alone`): what the combination step adds or costs. The
    /// analyzer's gazetteer and rules are the model's evidence.
    Alone(Analyzer),
}

impl Tagger {
    /// The built-in analyzer with `model`, as `bayan analyze` would run it.
    pub fn with_model(model: impl Into<std::sync::Arc<Model>>) -> Tagger {
        Tagger::Analyzer(Analyzer::builtin().with_model(model))
    }
}

/// Gold, found and correct mentions per type.
pub type Counts = BTreeMap<&'static str, [usize; 3]>;

/// The flags `bayan eval-ner` takes: FILEs, `--errors N` to print the first
/// N sentences with a mistake, `--model FILE`, `--differences FILE`,
/// `--rules` or `--alone`.
pub const FLAGS: Spec = Spec {
    values: &["--errors", "--model", "--differences"],
    switches: &["--rules", "--alone"],
    input: false,
    files: true,
};

pub fn run(flags: &Flags) -> Result<(), String> {
    let files = &flags.files;
    if files.is_empty() {
        return Err("eval-ner needs at least one FILE of `token TAG` lines".into());
    }
    let show_errors =
        flags.get("--errors").map(|n| n.parse::<usize>()).transpose().map_err(|e| e.to_string())?;
    let model = match flags.get("--model") {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Some(Model::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?)
        }
        None => None,
    };
    let analyzer = match model {
        Some(m) => Analyzer::builtin().with_model(m),
        None => Analyzer::builtin(),
    };
    if flags.get("--differences").is_some() && (analyzer.model().is_none() || flags.has("--rules")) {
        return Err(
            "--differences compares a model with the combination: it needs a model, not --rules".into()
        );
    }
    let mut sentences = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        sentences.extend(read_conll(&text));
    }
    if let Some(path) = flags.get("--differences") {
        let lines = differences::lines(&sentences, &analyzer, "all");
        std::fs::write(path, lines.join("\n") + "\n").map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    let tagger = match (flags.has("--rules"), flags.has("--alone")) {
        (true, _) => Tagger::Analyzer(analyzer.without_model()),
        (false, true) if analyzer.model().is_none() => return Err("--alone needs a model".into()),
        (false, true) => Tagger::Alone(analyzer),
        (false, false) => Tagger::Analyzer(analyzer),
    };
    let mut errors = Vec::new();
    let counts = evaluate(&sentences, &tagger, show_errors.map(|_| &mut errors));
    let mut out = table(sentences.len(), &counts);
    if let Some(n) = show_errors {
        for e in errors.iter().take(n) {
            out += &format!("\n{e}");
        }
        out.push('\n');
    }
    write_out(&out)
}

/// Scores `tagger` on gold sentences; lists the mistakes in `errors`.
pub fn evaluate(
    sentences: &[(Vec<String>, Vec<String>)],
    tagger: &Tagger,
    mut errors: Option<&mut Vec<String>>,
) -> Counts {
    let mut counts: Counts = TYPES.iter().map(|t| (*t, [0; 3])).collect(); // gold, found, correct
    for (tokens, tags) in sentences {
        let gold = spans_of(tags);
        let found = predict(tokens, tagger);
        for (_, _, t) in &gold {
            counts.get_mut(t).unwrap()[0] += 1;
        }
        let gold_set: HashSet<Mention> = gold.iter().copied().collect();
        for m in &found {
            let c = counts.get_mut(m.2).unwrap();
            c[1] += 1;
            if gold_set.contains(m) {
                c[2] += 1;
            }
        }
        if errors.is_some() && (found.iter().any(|m| !gold_set.contains(m)) || gold.len() > found.len()) {
            let found_set: HashSet<Mention> = found.iter().copied().collect();
            let show = |m: &Mention| format!("{} {}", m.2, tokens[m.0..m.1].join(" "));
            let missed: Vec<String> = gold.iter().filter(|m| !found_set.contains(m)).map(show).collect();
            let wrong: Vec<String> = found.iter().filter(|m| !gold_set.contains(m)).map(show).collect();
            if let Some(errors) = errors.as_mut().filter(|_| !missed.is_empty() || !wrong.is_empty()) {
                errors.push(format!("{}\n  missed: {missed:?}\n  wrong:  {wrong:?}", tokens.join(" ")));
            }
        }
    }
    counts
}

/// The score table: one row per type and the micro-average.
pub fn table(sentences: usize, counts: &Counts) -> String {
    let mut out = format!(
        "{sentences} sentences\n{:<6}{:>7}{:>7}{:>8}{:>7}{:>7}{:>7}\n",
        "type", "gold", "found", "correct", "P", "R", "F1"
    );
    let mut total = [0; 3];
    for (t, c) in counts {
        out += &row(t, c);
        (0..3).for_each(|k| total[k] += c[k]);
    }
    out += &row("all", &total);
    out
}

/// Micro-averaged F1 over every type, in percent.
pub fn f1(counts: &Counts) -> f64 {
    let mut total = [0; 3];
    counts.values().for_each(|c| (0..3).for_each(|k| total[k] += c[k]));
    let (p, r) = (ratio(total[2], total[1]), ratio(total[2], total[0]));
    if p + r > 0.0 {
        200.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn row(name: &str, [gold, found, correct]: &[usize; 3]) -> String {
    let p = ratio(*correct, *found);
    let r = ratio(*correct, *gold);
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    format!(
        "{name:<6}{gold:>7}{found:>7}{correct:>8}{:>7.1}{:>7.1}{:>7.1}\n",
        100.0 * p,
        100.0 * r,
        100.0 * f
    )
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Sentences of a CoNLL-style file: `token TAG` (or tab) per line, blank
/// line (or a lone tab) between sentences; LRM marks and CRs are dropped.
pub fn read_conll(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    let (mut tokens, mut tags) = (Vec::new(), Vec::new());
    for line in text.lines() {
        let line = line.trim_end_matches('\r').replace('\u{200E}', "");
        let Some((token, tag)) = line.trim().rsplit_once([' ', '\t']) else {
            if !tokens.is_empty() {
                out.push((std::mem::take(&mut tokens), std::mem::take(&mut tags)));
            }
            continue;
        };
        if token.trim().is_empty() {
            continue;
        }
        tokens.push(token.trim().to_string());
        tags.push(tag.trim().to_string());
    }
    if !tokens.is_empty() {
        out.push((tokens, tags));
    }
    out
}

/// The scored type of a gold tag's class, if any (typos included: `I--ORG`,
/// `B-PERs`).
fn gold_type(class: &str) -> Option<&'static str> {
    let class = class.to_ascii_uppercase();
    if class.starts_with("PER") {
        Some("PERS")
    } else if class.starts_with("LOC") {
        Some("LOC")
    } else if class.starts_with("ORG") {
        Some("ORG")
    } else {
        None
    }
}

/// Gold mentions from BIO tags; an I- without its B- starts a mention.
pub fn spans_of(tags: &[String]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &'static str)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, class) = match tag.split_once('-') {
            Some((p, c)) => (p.to_ascii_uppercase(), gold_type(c.trim_start_matches('-'))),
            None => (String::new(), None),
        };
        let continues = prefix == "I" && open.is_some_and(|(_, t)| Some(t) == class);
        if !continues {
            if let Some((start, t)) = open.take() {
                out.push((start, i, t));
            }
            if let (Some(t), "B" | "I") = (class, prefix.as_str()) {
                open = Some((i, t));
            }
        }
    }
    if let Some((start, t)) = open {
        out.push((start, tags.len(), t));
    }
    out
}

/// A sentence's tokens joined by single spaces, and where each starts.
pub fn join(tokens: &[String]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(tokens.len());
    for t in tokens {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(t);
    }
    (text, starts)
}

/// Bayan's PERS, LOC and ORG mentions over the tokens of one sentence.
pub(crate) fn predict(tokens: &[String], tagger: &Tagger) -> Vec<Mention> {
    let (text, starts) = join(tokens);
    let found = match tagger {
        Tagger::Analyzer(analyzer) => analyzer.analyze(&text).entities,
        Tagger::Alone(analyzer) => {
            let lexed = analyzer.lex(&text);
            let (found, by_rule) = entities::evidence(&text, &lexed, analyzer.gazetteer());
            let model = analyzer.model().expect("--alone is refused without a model");
            model.mentions(&lexed, analyzer.gazetteer(), &found, &by_rule)
        }
    };
    entities::flatten(&found).into_iter().filter_map(|e| mention(&starts, e)).collect()
}

/// A PERSON, LOC or ORG entity as a mention over the gold tokens.
pub(crate) fn mention(starts: &[usize], e: &bayan::Entity) -> Option<Mention> {
    let t = match e.kind {
        EntityType::Person => "PERS",
        EntityType::Loc => "LOC",
        EntityType::Org => "ORG",
        _ => return None,
    };
    let (first, last) = project(starts, e.span);
    Some((first, last, t))
}

/// The token holding a span's first byte, through the one holding its last.
pub(crate) fn project(starts: &[usize], span: Span) -> (usize, usize) {
    let first = starts.partition_point(|&s| s <= span.start) - 1;
    let last = starts.partition_point(|&s| s < span.end);
    (first, last)
}
