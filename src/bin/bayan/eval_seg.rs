//! `bayan eval-seg FILE.conllu`: clitic segmentation against a UD treebank.
//!
//! UD Arabic PUD writes clitics as separate syntactic words glued to their
//! neighbour with `SpaceAfter=No`, and never splits the article. So a
//! glued group of words is one surface unit; bayan's tokenizer cuts it into
//! tokens (punctuation off), and each Arabic word token is compared at PUD
//! granularity: our article segment is merged back into the stem.
//!
//! Sentences are split by index parity into a tuning half (even) and a
//! held-out half (odd), reported apart so tuning cannot hide in the total.
//!
//! `--format newsfane` scores NewsFANE Gold instead (see [`newsfane`]), and
//! `--stems FILE` replaces the built-in lexicon, so that one counted from
//! the even NewsFANE sentences can be scored on the odd ones.

mod newsfane;

use crate::{write_out, Flags, Spec};
use bayan::clitics::{Lexicon, Segment, SegmentKind};
use bayan::tokenize::{self, TokenKind};
use bayan::Analyzer;

/// Whether the gold speaks of the split point before `segments[i]` of a word.
type Visible = fn(&[Segment], &str, usize) -> bool;

#[derive(Default)]
struct Score {
    words: usize,
    exact: usize,
    gold: usize,
    predicted: usize,
    correct: usize,
}

impl Score {
    fn line(&self, name: &str) -> String {
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        let (p, r) = (pct(self.correct, self.predicted), pct(self.correct, self.gold));
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        format!(
            "{name:<9} words {:>5}  exact {:>6.2}%  split P {:>6.2}  R {:>6.2}  F1 {:>6.2}  (gold {}, predicted {})\n",
            self.words,
            pct(self.exact, self.words),
            p,
            r,
            f1,
            self.gold,
            self.predicted
        )
    }
}

/// The flags `bayan eval-seg` takes.
pub const FLAGS: Spec =
    Spec { values: &["--errors", "--format", "--stems"], switches: &[], input: true, files: false };

pub fn run(flags: &Flags) -> Result<(), String> {
    if flags.file.is_none() {
        return Err("eval-seg needs a FILE.conllu".into());
    }
    let show: usize =
        flags.get("--errors").map_or(Ok(0), |v| v.parse().map_err(|_| "--errors needs a number"))?;
    let analyzer = match flags.get("--stems") {
        Some(path) => {
            let stems = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Analyzer::builtin().with_lexicon(Lexicon::with_stems(&stems).map_err(|e| format!("{path}: {e}"))?)
        }
        None => Analyzer::builtin(),
    };
    let text = flags.read_input()?;
    let newsfane = flags.get("--format") == Some("newsfane");
    let (sentences, visible): (_, Visible) = match flags.get("--format") {
        None | Some("conllu") => (sentences(&text), |_, _, _| true),
        Some("newsfane") => (newsfane::sentences(&text), newsfane::visible),
        Some(other) => return Err(format!("unknown --format {other:?}: expected conllu or newsfane")),
    };
    let mut halves = [Score::default(), Score::default()];
    let mut errors = String::new();
    for (index, groups) in sentences.iter().enumerate() {
        for (surface, gold) in groups {
            for token in tokenize::tokenize(surface) {
                if token.kind != TokenKind::Word {
                    continue;
                }
                let word = token.span.of(surface);
                let inside = |b: &usize| token.span.start < *b && *b < token.span.end;
                let want: Vec<usize> =
                    gold.iter().filter(|b| inside(b)).map(|b| b - token.span.start).collect();
                let got = boundaries(analyzer.lexicon(), word, visible);
                let score = &mut halves[index % 2];
                score.words += 1;
                score.gold += want.len();
                score.predicted += got.len();
                score.correct += got.iter().filter(|b| want.contains(b)).count();
                if got == want {
                    score.exact += 1;
                } else if index % 2 == 0 && errors.lines().count() < show {
                    errors.push_str(&format!(
                        "{}\tgold {}\tgot {}\n",
                        word,
                        cut(word, &want),
                        cut(word, &got)
                    ));
                }
            }
        }
    }
    let [tune, held] = halves;
    let all = Score {
        words: tune.words + held.words,
        exact: tune.exact + held.exact,
        gold: tune.gold + held.gold,
        predicted: tune.predicted + held.predicted,
        correct: tune.correct + held.correct,
    };
    // NewsFANE's halves are held out by turns (see `newsfane`), PUD's by rule.
    let names = if newsfane { ["even", "odd"] } else { ["tuning", "held-out"] };
    let report = tune.line(names[0]) + &held.line(names[1]) + &all.line("all");
    write_out(&(errors + &report))
}

/// Our split points inside `word`, at PUD granularity (article + stem =
/// one), those the gold can speak of.
fn boundaries(lexicon: &Lexicon, word: &str, visible: Visible) -> Vec<usize> {
    let segments = lexicon.segment(word);
    (1..segments.len())
        .filter(|&i| segments[i - 1].kind != SegmentKind::Article && visible(&segments, word, i))
        .map(|i| segments[i].span.start)
        .collect()
}

fn cut(word: &str, at: &[usize]) -> String {
    let mut out = String::new();
    let mut from = 0;
    for &b in at {
        out.push_str(&word[from..b]);
        out.push('+');
        from = b;
    }
    out + &word[from..]
}

/// Per sentence, its glued word groups: (surface, gold split offsets).
fn sentences(conllu: &str) -> Vec<Vec<(String, Vec<usize>)>> {
    let mut out = vec![];
    let mut groups: Vec<(String, Vec<usize>)> = vec![];
    let mut open = false;
    for line in conllu.lines() {
        if line.trim().is_empty() {
            if !groups.is_empty() {
                out.push(std::mem::take(&mut groups));
            }
            open = false;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if line.starts_with('#') || cols.len() < 10 || !cols[0].bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if !open {
            groups.push((String::new(), vec![]));
        }
        let (surface, splits) = groups.last_mut().expect("a group is open");
        if !surface.is_empty() {
            splits.push(surface.len());
        }
        surface.push_str(cols[1]);
        open = cols[9].split('|').any(|m| m == "SpaceAfter=No");
    }
    if !groups.is_empty() {
        out.push(groups);
    }
    out
}
