//! `bayan train-ner FILE… --out MODEL`: trains the learned entity tagger on
//! `token TAG` files (ANERcorp), or cross-validates it with `--cv K`.
//!
//! Each gold sentence is joined with single spaces and analysed as
//! `eval-ner` does; gold tags are projected onto Bayan's tokens (a gold
//! token Bayan splits, like `(د`, gives its tag to its first word and I- to
//! the rest; punctuation inside it is O). Training is deterministic: the
//! same files and options give the same model, byte for byte.
//!
//! `--cv K` splits the sentences, in file order, into K contiguous blocks;
//! for each block it trains on the others and scores on it (neighbouring
//! sentences of one article stay together, so a name seen in training is
//! not simply repeated from the next sentence); it scores each fold with
//! the lists and rules joining the model, as Bayan runs, and the model
//! alone. `--eval FILE` scores the model trained on everything on another
//! corpus (AQMAR dev). `--newsfane FILE` adds NewsFANE Gold's annotation of
//! the same sentences as second examples ([`newsfane`]).

use crate::eval_ner::{self, join, table, Counts, Tagger};
use crate::{write_out, Flags, Spec};
use bayan::entities::tagger::train::{train, Example, Options};
use bayan::entities::tagger::{Sources, WordClasses};
use bayan::tokenize::TokenKind;
use bayan::Analyzer;

mod newsfane;

/// The model file's note: where it comes from and under which licence.
const NOTE: &str = "Bayan NER model: averaged perceptron over BIO tags (PERS, LOC, ORG, MISC). \
Trained on ANERcorp (Benajiba et al. 2007; CAMeL Lab train split, Obeid et al. 2020), \
licensed CC BY-SA 4.0; this model is a derivative of it and is licensed CC BY-SA 4.0. \
Built by: bayan train-ner ANERcorp_camelstyle_train.txt";

/// Appended to [`NOTE`] when the model carries word classes.
const CLASSES_NOTE: &str = " Its word classes (src/data/word-classes.tsv, CC BY-SA 4.0) come from \
unlabelled text: the United Nations Parallel Corpus v1.0 (source: United Nations; Ziemski, \
Junczys-Dowmunt & Pouliquen, LREC 2016), ANERcorp, WikiNewsMax and Wild2Max (CC BY-SA 4.0).";

type Sentence = (Vec<String>, Vec<String>);

/// A training example and the gold sentence it was made from.
type Indexed = (usize, Example);

/// The flags `bayan train-ner` takes (`--eval` and `--newsfane` as often as
/// there are files).
pub const FLAGS: Spec = Spec {
    values: &[
        "--out",
        "--epochs",
        "--cv",
        "--prune",
        "--eval",
        "--newsfane",
        "--miss-cost",
        "--error-cost",
        "--classes",
        "--differences",
    ],
    switches: &[],
    input: false,
    files: true,
};

pub fn run(flags: &Flags) -> Result<(), String> {
    let (files, evals, second) = (&flags.files, flags.all("--eval"), flags.all("--newsfane"));
    if files.is_empty() {
        return Err("train-ner needs at least one FILE of `token TAG` lines".into());
    }
    let number = |name: &str, default: usize| {
        flags.get(name).map_or(Ok(default), |v| v.parse::<usize>().map_err(|e| format!("{name}: {e}")))
    };
    let cost = |name: &str| {
        flags.get(name).map_or(Ok(0.0), |v| match v.parse::<f64>() {
            Ok(c) if c.is_finite() && c >= 0.0 => Ok(c),
            _ => Err(format!("{name}: expected a cost of 0 or more, got {v}")),
        })
    };
    let classes = match flags.get("--classes") {
        Some(path) => {
            let tsv = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            WordClasses::from_tsv(&tsv).map_err(|e| format!("{path}: {e}"))?
        }
        None => WordClasses::default(),
    };
    let options = Options {
        miss_cost: cost("--miss-cost")?,
        error_cost: cost("--error-cost")?,
        epochs: number("--epochs", Options::default().epochs)?,
        prune: number("--prune", Options::default().prune as usize)?.min(127) as i8,
        note: note(flags, &classes),
        classes,
        ..Options::default()
    };
    let sentences = read_all(files)?;
    let mut examples: Vec<Indexed> = sentences
        .iter()
        .enumerate()
        .map(|(i, (tokens, tags))| (i, example(tokens, tags, &options)))
        .collect();
    let mut out = String::new();
    if !second.is_empty() {
        let projected = newsfane::project(&sentences, &read_all(&second)?);
        let before = examples.len();
        for (i, tags) in projected.iter().enumerate() {
            if let Some(tags) = tags.as_ref().filter(|t| *t != &sentences[i].1) {
                examples.push((i, example(&sentences[i].0, tags, &options)));
            }
        }
        out += &format!(
            "NewsFANE: {} of {} sentences located, {} tagged differently and added\n",
            projected.iter().filter(|p| p.is_some()).count(),
            sentences.len(),
            examples.len() - before
        );
    }
    if let Some(k) = flags.get("--cv") {
        let k: usize = k.parse().map_err(|e| format!("--cv: {e}"))?;
        let (table, differences) = cross_validate(&sentences, &examples, k.max(2), &options);
        out += &table;
        if let Some(path) = flags.get("--differences") {
            std::fs::write(path, differences.join("\n") + "\n")
                .map_err(|e| format!("cannot write {path}: {e}"))?;
        }
    }
    if let Some(path) = flags.get("--out") {
        let all: Vec<Example> = examples.into_iter().map(|(_, e)| e).collect();
        let model = train(&all, &options);
        let bytes = model.to_bytes();
        std::fs::write(path, &bytes).map_err(|e| format!("cannot write {path}: {e}"))?;
        out += &format!("wrote {path}: {} bytes, {} weight rows\n", bytes.len(), model.rows.len());
        let evaluated = read_all(&evals)?;
        if !evaluated.is_empty() {
            let counts = eval_ner::evaluate(&evaluated, &Tagger::with_model(model), None);
            out += &format!("\n{}:\n{}", evals.join(" "), table(evaluated.len(), &counts));
        }
    } else if flags.get("--cv").is_none() {
        return Err("give --out MODEL, --cv K, or both".into());
    }
    write_out(&out)
}

/// The model's note: [`NOTE`] with the training flags that change the
/// model, and [`CLASSES_NOTE`] when it carries word classes.
fn note(flags: &Flags, classes: &WordClasses) -> String {
    let mut note = NOTE.to_string();
    for name in ["--epochs", "--prune", "--miss-cost", "--error-cost", "--classes"] {
        if let Some(value) = flags.get(name) {
            note += &format!(" {name} {value}");
        }
    }
    note += " --out src/data/ner-model.bin.";
    if !classes.is_empty() {
        note += CLASSES_NOTE;
    }
    note
}

fn read_all(files: &[String]) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        out.extend(eval_ner::read_conll(&text));
    }
    Ok(out)
}

/// K contiguous folds: train on K−1, score on the held-out one, with the
/// lists and rules joining the model (what Bayan ships) and the model alone;
/// also where the two differ, mention by mention (`eval_ner::differences`).
fn cross_validate(
    sentences: &[Sentence],
    examples: &[Indexed],
    k: usize,
    options: &Options,
) -> (String, Vec<String>) {
    let mut differences = Vec::new();
    let n = sentences.len();
    let mut out = String::new();
    let (mut total, mut alone) = (Counts::new(), Counts::new());
    let (mut f1s, mut alone_f1s) = (Vec::new(), Vec::new());
    for fold in 0..k {
        let (from, to) = (fold * n / k, (fold + 1) * n / k);
        let training: Vec<Example> =
            examples.iter().filter(|(i, _)| !(from..to).contains(i)).map(|(_, e)| e.clone()).collect();
        let with_model = Analyzer::builtin().with_model(train(&training, options));
        let label = format!("fold{}", fold + 1);
        differences.extend(eval_ner::differences::lines(&sentences[from..to], &with_model, &label));
        let by_model = eval_ner::evaluate(&sentences[from..to], &Tagger::Alone(with_model.clone()), None);
        let counts = eval_ner::evaluate(&sentences[from..to], &Tagger::Analyzer(with_model), None);
        f1s.push(eval_ner::f1(&counts));
        alone_f1s.push(eval_ner::f1(&by_model));
        out += &format!("fold {} (sentences {from}..{to}):\n{}\n", fold + 1, table(to - from, &counts));
        add(&mut total, &counts);
        add(&mut alone, &by_model);
    }
    let folds = |f1s: &[f64]| {
        let mean = f1s.iter().sum::<f64>() / k as f64;
        let each: Vec<String> = f1s.iter().map(|f| format!("{f:.1}")).collect();
        format!("{} (mean {mean:.1})", each.join(" "))
    };
    out += &format!("folds F1: {}\npooled:\n{}\n", folds(&f1s), table(n, &total));
    out += &format!(
        "the model alone, without lists and rules:\nfolds F1: {}\npooled:\n{}\n",
        folds(&alone_f1s),
        table(n, &alone)
    );
    (out, differences)
}

fn add(total: &mut Counts, counts: &Counts) {
    for (t, c) in counts {
        let sum = total.entry(t).or_default();
        (0..3).for_each(|i| sum[i] += c[i]);
    }
}

/// A gold sentence as a training example over Bayan's tokens.
/// The features are those of the built-in lists, rules and clitic lexicon,
/// and of the word classes the model will carry.
fn example(tokens: &[String], tags: &[String], options: &Options) -> Example {
    let (text, starts) = join(tokens);
    let analyzer = Analyzer::builtin();
    let lexed = analyzer.lex(&text);
    let (found, by_rule) = bayan::entities::evidence(&text, &lexed, analyzer.gazetteer());
    let sources = Sources { names: analyzer.gazetteer(), classes: &options.classes };
    let features = bayan::entities::tagger::sequence_features(&lexed, sources, &found, &by_rule);
    let mut gold = Vec::with_capacity(lexed.tokens.len());
    let mut previous_gold_token = usize::MAX;
    for t in &lexed.tokens {
        let g = starts.partition_point(|&s| s <= t.span.start) - 1;
        let content = matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Latin);
        // The tagger never names a token without an Arabic letter.
        let nameable = bayan::entities::tagger::nameable(lexed.form(t));
        let mut tag = if content && nameable { tag_code(&tags[g]) } else { 0 };
        if g == previous_gold_token && tag % 2 == 1 {
            tag += 1; // B- on the second piece of a split gold token is I-
        }
        if content {
            previous_gold_token = g;
        }
        gold.push(tag);
    }
    Example { features, gold }
}

/// The tag index of a gold tag (typos and AQMAR's PER/MIS* included).
fn tag_code(tag: &str) -> u8 {
    let Some((prefix, class)) = tag.split_once('-') else { return 0 };
    let class = class.trim_start_matches('-').to_ascii_uppercase();
    let base = if class.starts_with("PER") {
        1
    } else if class.starts_with("LOC") {
        3
    } else if class.starts_with("ORG") {
        5
    } else if class.starts_with("MIS") {
        7
    } else {
        return 0;
    };
    base + u8::from(prefix.eq_ignore_ascii_case("I"))
}
