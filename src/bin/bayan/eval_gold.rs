//! `bayan eval-gold DIR`: scores Bayan against the statement-domain entity
//! gold (tests/gold/entities/, format and conventions in tests/gold/README.md).
//!
//! A mention is correct when its level, type and code-point span equal a gold
//! mention's (exact match, one system mention per gold mention), all nine
//! types and both levels. Levels are part of the convention
//! (`../shared/ENTITIES.md`): a gold level-1 mention (a name or date inside a
//! TITLE, EVENT, LAW or QUOTE) is matched only by a mention Bayan nests in a
//! container, a level-0 one only by a top-level mention. One leniency, as the
//! conventions say: where the article is contracted after ل (للأمم المتحدة),
//! the gold starts after the first ل and a span that includes it is accepted.

pub(crate) mod documents;

use crate::{write_out, Flags, Spec};
use bayan::{Analyzer, EntityType};
use documents::Sources;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A mention: level (0 or 1), start and end in code points, type.
type Mention = (u8, usize, usize, EntityType);

/// One gold document: where it comes from, its half and its mentions.
struct Document {
    source: String,
    id: String,
    half: String,
    gold: Vec<Mention>,
}

/// Gold, found and correct mentions per type.
type Counts = BTreeMap<EntityType, [usize; 3]>;

const HALVES: [&str; 2] = ["tune", "check"];

/// The flags `bayan eval-gold` takes.
pub const FLAGS: Spec =
    Spec { values: &["--data", "--errors", "--model"], switches: &[], input: false, files: false };

pub fn run(flags: &Flags) -> Result<(), String> {
    let dir = PathBuf::from(
        flags.file.as_deref().ok_or("eval-gold needs the gold folder, e.g. tests/gold/entities")?,
    );
    let sources =
        Sources { data: PathBuf::from(flags.get("--data").unwrap_or("../shared/data")), gold: dir.clone() };
    let show_errors = flags
        .get("--errors")
        .map(|n| n.parse::<usize>())
        .transpose()
        .map_err(|e| format!("--errors: {e}"))?;
    let mut docs = read_documents(&dir)?;
    let wanted: Vec<(String, String)> = docs.iter().map(|d| (d.source.clone(), d.id.clone())).collect();
    let texts = sources.texts(&wanted)?;
    read_mentions(&dir, &mut docs, &texts)?;

    let mut counts: HashMap<&str, Counts> = HashMap::new();
    let mut by_source: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut any_level = [0usize; 3];
    let mut errors = Vec::new();
    // `--model FILE` scores another tagger (a candidate before it ships).
    let analyzer = match flags.get("--model") {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Analyzer::builtin()
                .with_model(bayan::entities::Model::from_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?)
        }
        None => Analyzer::builtin(),
    };
    for doc in &docs {
        let text = &texts[&(doc.source.clone(), doc.id.clone())];
        let found = system_mentions(&analyzer, text);
        let (correct, missed, wrong) = score(text, &doc.gold, &found);
        let unlevelled = |m: &[Mention]| m.iter().map(|&(_, s, e, t)| (0, s, e, t)).collect::<Vec<_>>();
        let (c, _, _) = score(text, &unlevelled(&doc.gold), &unlevelled(&found));
        for (k, n) in [doc.gold.len(), found.len(), c.len()].into_iter().enumerate() {
            any_level[k] += n;
        }
        for key in [doc.half.as_str(), "all"] {
            tally(counts.entry(key).or_default(), &doc.gold, &found, &correct);
        }
        tally(by_source.entry(doc.source.as_str()).or_default(), &doc.gold, &found, &correct);
        if show_errors.is_some() {
            errors.extend(describe(doc, text, &missed, &wrong));
        }
    }

    let mut out = format!(
        "{} documents, {} gold mentions ({})\n",
        docs.len(),
        docs.iter().map(|d| d.gold.len()).sum::<usize>(),
        by_source
            .iter()
            .map(|(s, c)| format!("{s} {}", c.values().map(|v| v[0]).sum::<usize>()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for half in HALVES.iter().chain(&["all"]) {
        let n = docs.iter().filter(|d| *half == "all" || d.half == *half).count();
        out += &format!("\n{half} ({n} documents)\n");
        out += &table(counts.get(half).cloned().unwrap_or_default());
    }
    out += "\nall, by source\n";
    for (source, c) in &by_source {
        out += &row(source, &sum(c));
    }
    out += &row("any-level", &any_level);
    if let Some(n) = show_errors {
        out += &format!("\nerrors ({} in all; the first {}):\n", errors.len(), n.min(errors.len()));
        for e in errors.iter().take(n) {
            out += e;
            out.push('\n');
        }
    }
    write_out(&out)
}

/// documents.tsv: `source<TAB>doc_id<TAB>half` in draw order.
fn read_documents(dir: &Path) -> Result<Vec<Document>, String> {
    let path = dir.join("documents.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut docs = Vec::new();
    let mut seen = HashSet::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let [source, id, half] = line.split('\t').collect::<Vec<_>>()[..] else {
            return Err(format!("{}:{}: expected source<TAB>doc_id<TAB>half", path.display(), n + 1));
        };
        if !HALVES.contains(&half) {
            return Err(format!("{}:{}: half {half:?} is neither tune nor check", path.display(), n + 1));
        }
        if !seen.insert((source.to_string(), id.to_string())) {
            return Err(format!("{}:{}: {source} {id} is listed twice", path.display(), n + 1));
        }
        docs.push(Document { source: source.into(), id: id.into(), half: half.into(), gold: vec![] });
    }
    if docs.is_empty() {
        return Err(format!("{} lists no documents", path.display()));
    }
    Ok(docs)
}

/// Each source's `SOURCE.tsv` rows into their documents, every row checked:
/// its document is listed, its offsets lie in the text and cover exactly its
/// surface, its level and type are known.
fn read_mentions(
    dir: &Path,
    docs: &mut [Document],
    texts: &HashMap<(String, String), String>,
) -> Result<(), String> {
    let index: HashMap<(String, String), usize> =
        docs.iter().enumerate().map(|(k, d)| ((d.source.clone(), d.id.clone()), k)).collect();
    let mut sources: Vec<String> =
        docs.iter().map(|d| d.source.clone()).collect::<HashSet<_>>().into_iter().collect();
    sources.sort();
    let mut problems = Vec::new();
    for source in sources {
        let path = dir.join(format!("{source}.tsv"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        {
            let at = format!("{}:{}", path.display(), n + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            let [id, start, end, level, kind, surface] = cols[..] else {
                problems.push(format!("{at}: expected 6 tab-separated columns"));
                continue;
            };
            let Some(&k) = index.get(&(source.clone(), id.to_string())) else {
                problems.push(format!("{at}: document {id} is not listed in documents.tsv"));
                continue;
            };
            let parsed = (
                start.parse::<usize>(),
                end.parse::<usize>(),
                level.parse::<u8>(),
                kind.parse::<EntityType>(),
            );
            let (Ok(start), Ok(end), Ok(level @ (0 | 1)), Ok(kind)) = parsed else {
                problems.push(format!("{at}: bad offsets, level or type in {line:?}"));
                continue;
            };
            let doc_text = &texts[&(source.clone(), id.to_string())];
            let actual: String = doc_text.chars().skip(start).take(end.saturating_sub(start)).collect();
            if actual != surface || start >= end {
                problems
                    .push(format!("{at}: offsets {start}-{end} of {id} hold {actual:?}, not {surface:?}"));
                continue;
            }
            docs[k].gold.push((level, start, end, kind));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let shown: Vec<&String> = problems.iter().take(20).collect();
    Err(format!(
        "the gold does not match its texts ({} problem(s); are --data and the gold from the same version?):\n{}",
        problems.len(),
        shown.iter().map(|p| p.as_str()).collect::<Vec<_>>().join("\n")
    ))
}

/// Bayan's mentions of `text`, top-level ones at level 0 and those nested in
/// a container at level 1, in code points.
fn system_mentions(analyzer: &Analyzer, text: &str) -> Vec<Mention> {
    let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let char_at = |byte: usize| starts.partition_point(|&b| b < byte);
    let mut out = Vec::new();
    for e in analyzer.analyze(text).entities {
        out.push((0, char_at(e.span.start), char_at(e.span.end), e.kind));
        out.extend(e.inner.iter().map(|i| (1, char_at(i.span.start), char_at(i.span.end), i.kind)));
    }
    out
}

/// Matches `found` against `gold`: (correct found mentions, missed gold,
/// wrong found). A found mention whose text starts with لل also matches the
/// gold mention that starts one character later (the contracted article).
fn score(text: &str, gold: &[Mention], found: &[Mention]) -> (Vec<Mention>, Vec<Mention>, Vec<Mention>) {
    let chars: Vec<char> = text.chars().collect();
    let mut open: HashSet<Mention> = gold.iter().copied().collect();
    let (mut correct, mut wrong) = (Vec::new(), Vec::new());
    for &m in found {
        let (level, start, end, kind) = m;
        let contracted = chars.get(start) == Some(&'ل') && chars.get(start + 1) == Some(&'ل');
        if open.remove(&m) || (contracted && open.remove(&(level, start + 1, end, kind))) {
            correct.push(m);
        } else {
            wrong.push(m);
        }
    }
    let missed = gold.iter().filter(|g| open.contains(g)).copied().collect();
    (correct, missed, wrong)
}

fn tally(counts: &mut Counts, gold: &[Mention], found: &[Mention], correct: &[Mention]) {
    for (k, list) in [gold, found, correct].into_iter().enumerate() {
        for m in list {
            counts.entry(m.3).or_default()[k] += 1;
        }
    }
}

fn sum(counts: &Counts) -> [usize; 3] {
    counts.values().fold([0; 3], |a, c| [a[0] + c[0], a[1] + c[1], a[2] + c[2]])
}

/// The score table: a row per type (all nine, in the conventions' order) and
/// the micro-average.
fn table(counts: Counts) -> String {
    let mut out =
        format!("{:<12}{:>6}{:>7}{:>8}{:>7}{:>7}{:>7}\n", "type", "gold", "found", "correct", "P", "R", "F1");
    for t in EntityType::ALL {
        out += &row(t.name(), &counts.get(&t).copied().unwrap_or_default());
    }
    out + &row("all", &sum(&counts))
}

fn row(name: &str, &[gold, found, correct]: &[usize; 3]) -> String {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(correct, found), ratio(correct, gold));
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    format!(
        "{name:<12}{gold:>6}{found:>7}{correct:>8}{:>7.1}{:>7.1}{:>7.1}\n",
        100.0 * p,
        100.0 * r,
        100.0 * f
    )
}

/// One line per mistake of a document: a wrong mention that overlaps a missed
/// one on the same level is shown as a pair (`wrong`), the rest as `missed`
/// or `false`; each with its context.
fn describe(doc: &Document, text: &str, missed: &[Mention], wrong: &[Mention]) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars[s.min(chars.len())..e.min(chars.len())].iter().collect::<String>();
    let show =
        |m: &Mention| format!("{}{} «{}»", if m.0 == 1 { ">" } else { "" }, m.3.name(), slice(m.1, m.2));
    let context = |s: usize, e: usize| {
        let c = format!("{}[{}]{}", slice(s.saturating_sub(30), s), slice(s, e), slice(e, e + 30));
        c.replace('\n', " ⏎ ")
    };
    let overlaps = |a: &Mention, b: &Mention| a.0 == b.0 && a.1 < b.2 && b.1 < a.2;
    let mut lines = Vec::new();
    let mut paired = HashSet::new();
    for w in wrong {
        let head = format!("{} {} {}-{}", doc.source, doc.id, w.1, w.2);
        match missed.iter().find(|g| overlaps(g, w)) {
            Some(g) => {
                paired.insert(*g);
                lines.push(format!(
                    "{head}  wrong   {} for gold {}  …{}…",
                    show(w),
                    show(g),
                    context(w.1.min(g.1), w.2.max(g.2))
                ));
            }
            None => lines.push(format!("{head}  false   {}  …{}…", show(w), context(w.1, w.2))),
        }
    }
    for g in missed.iter().filter(|g| !paired.contains(*g)) {
        lines.push(format!(
            "{} {} {}-{}  missed  {}  …{}…",
            doc.source,
            doc.id,
            g.1,
            g.2,
            show(g),
            context(g.1, g.2)
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Loc, Org};

    #[test]
    fn exact_span_type_and_level_match() {
        let text = "زار الوفد جدة";
        let gold = [(0, 10, 13, Loc)];
        assert_eq!(score(text, &gold, &[(0, 10, 13, Loc)]).0.len(), 1);
        assert_eq!(score(text, &gold, &[(1, 10, 13, Loc)]).0.len(), 0, "level counts");
        assert_eq!(score(text, &gold, &[(0, 10, 13, Org)]).0.len(), 0, "type counts");
        assert_eq!(score(text, &gold, &[(0, 9, 13, Loc)]).0.len(), 0, "span counts");
    }

    #[test]
    fn the_contracted_article_may_be_included() {
        // للأمم المتحدة: gold starts after the first ل.
        let text = "للأمم المتحدة";
        let gold = [(0, 1, 13, Org)];
        assert_eq!(score(text, &gold, &[(0, 1, 13, Org)]).0.len(), 1);
        assert_eq!(score(text, &gold, &[(0, 0, 13, Org)]).0.len(), 1);
        // Only once: a second system mention is a false alarm.
        let (correct, missed, wrong) = score(text, &gold, &[(0, 0, 13, Org), (0, 1, 13, Org)]);
        assert_eq!((correct.len(), missed.len(), wrong.len()), (1, 0, 1));
    }
}
