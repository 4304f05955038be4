//! The statement dev gold (tests/gold/statements/, format in its README.md) is
//! well formed: every row's act, speaker and object prefix stand at their
//! offsets as whole words, rows run in text order, and the UN part lists the
//! documents it annotated. The UN texts come from ../shared/data
//! (BAYAN_SHARED_DATA overrides the path); without them the UN part is skipped
//! with a note, except under CI, where a missing folder is a failure.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

const COLUMNS: [&str; 13] = [
    "doc_id",
    "act_start",
    "act_end",
    "act",
    "class",
    "speaker",
    "object_prefix",
    "negated",
    "speaker_start",
    "speaker_end",
    "implicit",
    "object_start",
    "note",
];
const CLASSES: [&str; 10] =
    ["STATE", "AFFIRM", "CONDEMN", "DEMAND", "CALL", "WELCOME", "REJECT", "CONCERN", "SUPPORT", "DECIDE"];
const SAMPLE_ID: &str = "oic-aleppo-statement";
/// Letters that may stand before a word inside its token (و ف ب ل ك س), at most three.
const PROCLITICS: &str = "وفبلكس";

fn repo(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read(path: &PathBuf) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The UN documents as the gold's README defines their text, read by the
/// library's reader (`bayan::gold`, the one `bayan eval-gold` and `bayan
/// eval-statements` use). None when the shared data is absent outside CI.
fn un_documents() -> Option<HashMap<String, String>> {
    let root =
        std::env::var_os("BAYAN_SHARED_DATA").map(PathBuf::from).unwrap_or_else(|| repo("../shared/data"));
    let path = root.join("un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt");
    let data = match std::fs::read_to_string(&path) {
        Ok(data) => data,
        Err(e) if std::env::var_os("CI").is_some() => {
            panic!(
                "CI is set but the UN documents are missing ({}: {e}); the statement gold cannot be checked",
                path.display()
            )
        }
        Err(_) => {
            println!("note: {} is absent; the UN part of the statement gold is not checked", path.display());
            return None;
        }
    };
    Some(bayan::gold::un_documents(&data))
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// A document's text as code points, so that the gold's offsets index it directly.
struct Doc {
    chars: Vec<char>,
}

impl Doc {
    fn slice(&self, start: usize, end: usize) -> Option<String> {
        (start < end && end <= self.chars.len()).then(|| self.chars[start..end].iter().collect())
    }

    fn token_start(&self, mut i: usize) -> usize {
        while i > 0 && is_word(self.chars[i - 1]) {
            i -= 1;
        }
        i
    }

    /// Ends at a token end and starts at a token start or after at most three proclitic letters.
    fn whole_word(&self, start: usize, end: usize) -> bool {
        if end < self.chars.len() && is_word(self.chars[end]) {
            return false;
        }
        let head = &self.chars[self.token_start(start)..start];
        head.len() <= 3 && head.iter().all(|c| PROCLITICS.contains(*c))
    }
}

fn number(row: &BTreeMap<&str, &str>, col: &str) -> Result<usize, String> {
    row[col].parse().map_err(|_| format!("{col} {:?} is not a number", row[col]))
}

/// Problems with one row, as sentences.
fn check_row(row: &BTreeMap<&str, &str>, doc: &Doc) -> Result<Vec<String>, String> {
    let mut bad = Vec::new();
    if !CLASSES.contains(&row["class"]) {
        bad.push(format!("class {:?} is not one of the ten", row["class"]));
    }
    for col in ["negated", "implicit"] {
        if !["0", "1"].contains(&row[col]) {
            bad.push(format!("{col} must be 0 or 1, is {:?}", row[col]));
        }
    }
    let (a, ae) = (number(row, "act_start")?, number(row, "act_end")?);
    match doc.slice(a, ae) {
        Some(text) if text == row["act"] => {
            if !doc.whole_word(a, ae) {
                bad.push(format!("act {:?} at {a} is not a whole word", row["act"]));
            }
            if text.contains('\n') {
                bad.push("the act crosses a line".into());
            }
        }
        found => bad.push(format!("act {:?} is not at {a}..{ae} (found {found:?})", row["act"])),
    }
    if row["speaker"] == "?" {
        if !row["speaker_start"].is_empty() || !row["speaker_end"].is_empty() {
            bad.push("speaker ? has offsets".into());
        }
        if row["implicit"] != "1" {
            bad.push("speaker ? must be implicit (1)".into());
        }
    } else {
        let (s, se) = (number(row, "speaker_start")?, number(row, "speaker_end")?);
        if doc.slice(s, se).as_deref() != Some(row["speaker"]) {
            bad.push(format!("speaker {:?} is not at {s}..{se}", row["speaker"]));
        } else if !doc.whole_word(s, se) {
            bad.push(format!("speaker {:?} at {s} is not a whole word", row["speaker"]));
        } else if row["implicit"] == "1" && s >= a {
            bad.push("a carried speaker must point at a mention before the act".into());
        } else if row["implicit"] == "0" && doc.chars[s.min(a)..se.max(ae)].contains(&'\n') {
            bad.push("an explicit speaker stands in the act's line".into());
        }
    }
    let prefix = row["object_prefix"];
    if prefix.is_empty() {
        if !row["object_start"].is_empty() {
            bad.push("object_start without object_prefix".into());
        }
    } else {
        let words: Vec<&str> = prefix.split(' ').collect();
        if words.len() > 2 || words.contains(&"") {
            bad.push(format!("object_prefix {prefix:?} must be one or two words"));
        }
        let o = number(row, "object_start")?;
        let end = o + prefix.chars().count();
        if doc.slice(o, end).as_deref() != Some(prefix) || doc.token_start(o) != o || !doc.whole_word(o, end)
        {
            bad.push(format!("object_prefix {prefix:?} does not start a token at {o}"));
        } else if o < ae {
            bad.push("the object starts before the act ends".into());
        } else if doc.chars[ae..o].contains(&'\n') {
            bad.push("the object starts in another line than the act".into());
        }
    }
    Ok(bad)
}

/// Checks one gold file; returns its rows per class and the documents it names.
fn check_file(
    name: &str,
    text_of: &mut dyn FnMut(&str) -> Option<Doc>,
    counts: &mut BTreeMap<String, usize>,
) -> (usize, Vec<String>) {
    let data = read(&repo(&format!("tests/gold/statements/{name}")));
    let mut lines = data.lines();
    assert_eq!(
        lines.next().map(|h| h.split('\t').collect::<Vec<_>>()),
        Some(COLUMNS.to_vec()),
        "{name}: bad header"
    );
    let mut problems = Vec::new();
    let mut docs: Vec<String> = Vec::new();
    let mut last: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut rows = 0;
    for (n, line) in lines.enumerate() {
        let at = format!("{name}:{}", n + 2);
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != COLUMNS.len() {
            problems.push(format!("{at}: {} columns, want {}", fields.len(), COLUMNS.len()));
            continue;
        }
        let row: BTreeMap<&str, &str> = COLUMNS.iter().copied().zip(fields).collect();
        let id = row["doc_id"];
        if docs.last().map(String::as_str) != Some(id) {
            if docs.iter().any(|d| d == id) {
                problems.push(format!("{at}: {id}: the document's rows are not together"));
            }
            docs.push(id.to_string());
        }
        rows += 1;
        *counts.entry(row["class"].to_string()).or_default() += 1;
        let Some(doc) = text_of(id) else {
            problems.push(format!("{at}: no document {id:?}"));
            continue;
        };
        match check_row(&row, &doc) {
            Ok(bad) => problems.extend(bad.into_iter().map(|b| format!("{at}: {id}: {b}"))),
            Err(e) => problems.push(format!("{at}: {id}: {e}")),
        }
        if let (Ok(a), Ok(ae)) = (number(&row, "act_start"), number(&row, "act_end")) {
            if let Some(&(pa, pe)) = last.get(id) {
                if a <= pa {
                    problems.push(format!("{at}: {id}: rows are not in text order"));
                } else if a < pe {
                    problems.push(format!("{at}: {id}: the act overlaps the one before"));
                }
            }
            last.insert(id.to_string(), (a, ae));
        }
    }
    assert!(problems.is_empty(), "{} problem(s) in {name}:\n{}", problems.len(), problems.join("\n"));
    (rows, docs)
}

fn doc_of(text: String) -> Doc {
    Doc { chars: text.chars().collect() }
}

#[test]
fn sample_and_press_rows_match_their_texts() {
    let mut counts = BTreeMap::new();
    let sample = read(&repo("www/samples/oic-aleppo-statement.txt"));
    let (rows, _) =
        check_file("sample.tsv", &mut |id| (id == SAMPLE_ID).then(|| doc_of(sample.clone())), &mut counts);
    assert!(rows >= 10, "the sample's gold lost its rows ({rows})");
    let press_dir = repo("tests/gold/statements/press");
    let (rows, docs) = check_file(
        "press.tsv",
        &mut |id| std::fs::read_to_string(press_dir.join(format!("{id}.txt"))).ok().map(doc_of),
        &mut counts,
    );
    assert!(rows >= 60, "the press gold lost its rows ({rows})");
    let files: BTreeSet<String> = std::fs::read_dir(&press_dir)
        .expect("tests/gold/statements/press")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".txt").map(str::to_string))
        .collect();
    assert_eq!(
        files,
        docs.into_iter().collect::<BTreeSet<String>>(),
        "every press statement has rows and every row's statement has a file"
    );
    println!("sample + press acts per class: {counts:?}");
}

#[test]
fn un_rows_match_the_shared_documents() {
    let Some(un) = un_documents() else { return };
    let listed: Vec<String> =
        read(&repo("tests/gold/statements/un-docs.txt")).lines().map(str::to_string).collect();
    let unknown: Vec<&String> = listed.iter().filter(|id| !un.contains_key(*id)).collect();
    assert!(unknown.is_empty(), "un-docs.txt names documents the data lacks: {unknown:?}");
    let mut counts = BTreeMap::new();
    let (rows, docs) = check_file("un.tsv", &mut |id| un.get(id).map(|t| doc_of(t.clone())), &mut counts);
    let unlisted: Vec<&String> = docs.iter().filter(|d| !listed.contains(d)).collect();
    assert!(unlisted.is_empty(), "un.tsv has rows for documents un-docs.txt does not list: {unlisted:?}");
    let order: Vec<String> = listed.iter().filter(|d| docs.contains(*d)).cloned().collect();
    assert_eq!(docs, order, "un.tsv's documents run in draw order");
    assert!(rows >= 200, "the UN gold lost its rows ({rows})");
    println!("UN acts per class over {} drawn documents: {counts:?}", listed.len());
}
