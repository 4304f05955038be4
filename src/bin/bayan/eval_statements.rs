//! `bayan eval-statements DIR`: scores the statement layer against the
//! statement dev gold (tests/gold/statements/, format in its README.md).
//!
//! Acts match one to one by overlapping span (and class, for the first
//! F1); on the acts found, the speaker is right when the words of the
//! shorter of the two (gold, Bayan's) all occur as whole words in the
//! longer (STATEMENTS.md), the object start when it is the gold's token
//! (or no object where the gold has none), negation when the flags agree.
//! Documents split by draw position: even positions are the half rules
//! are tuned on, odd ones a check.

use crate::{write_out, Flags, Spec};
use bayan::normalize::{self, Options};
use bayan::{Analyzer, Statement};
use std::path::{Path, PathBuf};

/// The flags `bayan eval-statements` takes.
pub const FLAGS: Spec = Spec { values: &["--data", "--errors"], switches: &[], input: false, files: false };

const UN_FILE: &str = "un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt";
const SAMPLE: &str = "oic-aleppo-statement";
const HALVES: [&str; 2] = ["tune", "check"];

/// A gold statement, offsets in code points.
struct Gold {
    act: (usize, usize),
    act_text: String,
    class: String,
    speaker: Option<String>,
    object_start: Option<usize>,
    negated: bool,
}

/// One document: its text, its half and its gold statements.
struct Doc {
    id: String,
    text: String,
    half: usize,
    gold: Vec<Gold>,
}

/// Counts for one half.
#[derive(Default)]
struct Score {
    gold: usize,
    found: usize,
    matched: usize,
    matched_class: usize,
    speaker: [usize; 2],
    object: [usize; 2],
    negation: [usize; 2],
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn f1(matched: usize, found: usize, gold: usize) -> f64 {
    let (p, r) = (pct(matched, found), pct(matched, gold));
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

pub fn run(flags: &Flags) -> Result<(), String> {
    let dir = PathBuf::from(
        flags.file.as_deref().ok_or("eval-statements needs the gold folder, e.g. tests/gold/statements")?,
    );
    let data = PathBuf::from(flags.get("--data").unwrap_or("../shared/data"));
    let show = flags
        .get("--errors")
        .map(|n| n.parse::<usize>())
        .transpose()
        .map_err(|e| format!("--errors: {e}"))?;
    let docs = read_documents(&dir, &data)?;
    let analyzer = Analyzer::builtin();
    let mut scores: [Score; 2] = Default::default();
    let mut errors: Vec<String> = Vec::new();
    for doc in &docs {
        let analysis = analyzer.analyze(&doc.text);
        score(
            doc,
            &analysis.statements,
            &mut scores[doc.half],
            if doc.half == 0 { Some(&mut errors) } else { None },
        );
    }
    let mut out = String::from(
        "half    docs  gold  found  act-F1  act-F1(any class)  speaker       object-start  negation\n",
    );
    let all = Score {
        gold: scores[0].gold + scores[1].gold,
        found: scores[0].found + scores[1].found,
        matched: scores[0].matched + scores[1].matched,
        matched_class: scores[0].matched_class + scores[1].matched_class,
        speaker: [scores[0].speaker[0] + scores[1].speaker[0], scores[0].speaker[1] + scores[1].speaker[1]],
        object: [scores[0].object[0] + scores[1].object[0], scores[0].object[1] + scores[1].object[1]],
        negation: [
            scores[0].negation[0] + scores[1].negation[0],
            scores[0].negation[1] + scores[1].negation[1],
        ],
    };
    for (name, s, n) in [
        (HALVES[0], &scores[0], docs.iter().filter(|d| d.half == 0).count()),
        (HALVES[1], &scores[1], docs.iter().filter(|d| d.half == 1).count()),
        ("all", &all, docs.len()),
    ] {
        out.push_str(&format!(
            "{name:<6} {n:>5} {:>5} {:>6} {:>7.1} {:>18.1} {:>6.1} ({:>3}) {:>8.1} ({:>3}) {:>5.1} ({:>3})\n",
            s.gold,
            s.found,
            f1(s.matched_class, s.found, s.gold),
            f1(s.matched, s.found, s.gold),
            pct(s.speaker[0], s.speaker[1]),
            s.speaker[1],
            pct(s.object[0], s.object[1]),
            s.object[1],
            pct(s.negation[0], s.negation[1]),
            s.negation[1],
        ));
    }
    if let Some(n) = show {
        out.push_str(&format!("\nfirst {} errors of the tune half:\n", n.min(errors.len())));
        for e in errors.iter().take(n) {
            out.push_str(e);
            out.push('\n');
        }
    }
    write_out(&out)
}

fn norm_words(s: &str) -> Vec<String> {
    let mut n = String::new();
    normalize::normalize_into(s, &Options::SEARCH, &mut n);
    n.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// The shorter's words all occur, as whole words, in the longer (a
/// proclitic و/ف before a word aside).
fn same_speaker(a: &str, b: &str) -> bool {
    let (wa, wb) = (norm_words(a), norm_words(b));
    let (short, long) = if wa.len() <= wb.len() { (wa, wb) } else { (wb, wa) };
    let strip = |w: &str| w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).unwrap_or(w).to_string();
    !short.is_empty() && short.iter().all(|w| long.iter().any(|l| l == w || strip(l) == *w || *l == strip(w)))
}

fn score(doc: &Doc, found: &[Statement], s: &mut Score, mut errors: Option<&mut Vec<String>>) {
    // Byte offsets to code points.
    let mut chars = vec![0usize; doc.text.len() + 1];
    let mut c = 0;
    for (b, ch) in doc.text.char_indices() {
        chars[b..b + ch.len_utf8()].fill(c);
        c += 1;
    }
    chars[doc.text.len()] = c;
    let sys: Vec<(usize, usize)> = found.iter().map(|f| (chars[f.act.start], chars[f.act.end])).collect();
    s.gold += doc.gold.len();
    s.found += found.len();
    let mut log = |m: String| {
        if let Some(e) = errors.as_deref_mut() {
            e.push(format!("{}: {m}", doc.id));
        }
    };
    let overlaps = |g: &Gold, k: usize| sys[k].0 < g.act.1 && g.act.0 < sys[k].1;
    let mut used = vec![false; found.len()];
    // With class first, then any class, one to one.
    let mut pair: Vec<Option<usize>> = vec![None; doc.gold.len()];
    for (gi, g) in doc.gold.iter().enumerate() {
        if let Some(k) =
            (0..found.len()).find(|&k| !used[k] && overlaps(g, k) && found[k].class.name() == g.class)
        {
            used[k] = true;
            pair[gi] = Some(k);
            s.matched_class += 1;
        }
    }
    for (gi, g) in doc.gold.iter().enumerate() {
        if pair[gi].is_none() {
            if let Some(k) = (0..found.len()).find(|&k| !used[k] && overlaps(g, k)) {
                used[k] = true;
                pair[gi] = Some(k);
                log(format!("class {} for gold {} «{}»", found[k].class.name(), g.class, g.act_text));
            }
        }
    }
    for (gi, g) in doc.gold.iter().enumerate() {
        let Some(k) = pair[gi] else {
            log(format!("missed {} «{}» at {}", g.class, g.act_text, g.act.0));
            continue;
        };
        s.matched += 1;
        let f = &found[k];
        if let Some(gs) = &g.speaker {
            s.speaker[1] += 1;
            match &f.speaker {
                Some(fs) if same_speaker(gs, &fs.text) => s.speaker[0] += 1,
                other => log(format!(
                    "speaker «{}» ({}) for gold «{gs}» of «{}»",
                    other.as_ref().map_or("-", |x| x.text.as_str()),
                    f.speaker_rule.name(),
                    g.act_text
                )),
            }
        }
        s.object[1] += 1;
        let fo = f.object.map(|o| chars[o.start]);
        if fo == g.object_start {
            s.object[0] += 1;
        } else {
            let at = |o: Option<usize>| {
                o.map_or("-".to_string(), |o| doc.text.chars().skip(o).take(20).collect::<String>())
            };
            log(format!("object «{}» for gold «{}» of «{}»", at(fo), at(g.object_start), g.act_text));
        }
        s.negation[1] += 1;
        if f.negated == g.negated {
            s.negation[0] += 1;
        } else {
            log(format!("negated {} for gold {} of «{}»", f.negated, g.negated, g.act_text));
        }
    }
    for (k, f) in found.iter().enumerate() {
        if !used[k] {
            log(format!("spurious {} «{}» at {}", f.class.name(), f.act.of(&doc.text), sys[k].0));
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Every document of the gold with its statements: the sample, the UN
/// documents of `un-docs.txt` (draw order) and the press texts (file order).
fn read_documents(dir: &Path, data: &Path) -> Result<Vec<Doc>, String> {
    let mut docs: Vec<Doc> = Vec::new();
    let sample = dir.join("../../../www/samples").join(format!("{SAMPLE}.txt"));
    docs.push(Doc { id: SAMPLE.into(), text: read(&sample)?, half: 0, gold: vec![] });
    let un_path = data.join(UN_FILE);
    let un = bayan::gold::un_documents(&read(&un_path).map_err(|e| {
        format!("{e}\nThe gold refers to the UN documents by id; point --data at the shared data folder")
    })?);
    for (pos, id) in read(&dir.join("un-docs.txt"))?.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let text = un.get(id.trim()).ok_or_else(|| format!("UN document {id} is not in {UN_FILE}"))?;
        docs.push(Doc { id: id.trim().into(), text: text.clone(), half: pos % 2, gold: vec![] });
    }
    let mut press: Vec<PathBuf> = std::fs::read_dir(dir.join("press"))
        .map_err(|e| format!("cannot read {}: {e}", dir.join("press").display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    press.sort();
    for (pos, p) in press.iter().enumerate() {
        let id = p.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        docs.push(Doc { id, text: read(p)?, half: pos % 2, gold: vec![] });
    }
    for file in ["sample.tsv", "un.tsv", "press.tsv"] {
        let body = read(&dir.join(file))?;
        let mut lines = body.lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
        let col =
            |name: &str| header.iter().position(|h| *h == name).ok_or(format!("{file}: no column {name}"));
        let (cid, cs, ce, ca, cc, csp, cn, co) = (
            col("doc_id")?,
            col("act_start")?,
            col("act_end")?,
            col("act")?,
            col("class")?,
            col("speaker")?,
            col("negated")?,
            col("object_start")?,
        );
        for (n, line) in lines.enumerate() {
            let cells: Vec<&str> = line.split('\t').collect();
            let cell = |i: usize| cells.get(i).copied().unwrap_or("");
            let num = |i: usize| {
                cell(i).parse::<usize>().map_err(|_| format!("{file}:{}: bad number {:?}", n + 2, cell(i)))
            };
            let doc = docs
                .iter_mut()
                .find(|d| d.id == cell(cid))
                .ok_or_else(|| format!("{file}:{}: unknown document {}", n + 2, cell(cid)))?;
            doc.gold.push(Gold {
                act: (num(cs)?, num(ce)?),
                act_text: cell(ca).into(),
                class: cell(cc).into(),
                speaker: (cell(csp) != "?").then(|| cell(csp).to_string()),
                object_start: if cell(co).is_empty() { None } else { Some(num(co)?) },
                negated: cell(cn) == "1",
            });
        }
    }
    Ok(docs)
}
