//! `bayan analyze --jsonl`: many documents, one result line each, in input
//! order, on every core.
//!
//! Documents come from JSON Lines (`{"id": …, "text": …}` a line, FILE or
//! standard input), from the files of a directory, or from several FILEs.
//! They are read a batch at a time; the batch's documents are analysed by
//! `--jobs` threads taking the next one as they finish, and the results
//! are written in input order before the next batch is read. A document
//! that cannot be analysed (not text, too large, invalid in its encoding)
//! gives an error line for its id and the run goes on; the exit status
//! says that some failed.

use crate::fragments::Fragments;
use crate::records::{self, Cursors, List};
use crate::Flags;
use bayan::span::OffsetUnit;
use bayan::{Analyzer, FormCache};
use serde::Serialize;
use serde_json::Value;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// What a result line holds, in the documented key order.
#[derive(Clone, Copy)]
struct Fields {
    tokens: bool,
    sentences: bool,
    entities: bool,
    statements: bool,
}

impl Fields {
    fn parse(spec: Option<&str>) -> Result<Fields, String> {
        let Some(spec) = spec else {
            return Ok(Fields { tokens: true, sentences: true, entities: true, statements: true });
        };
        let mut f = Fields { tokens: false, sentences: false, entities: false, statements: false };
        for name in spec.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "tokens" => f.tokens = true,
                "sentences" => f.sentences = true,
                "entities" => f.entities = true,
                "statements" => f.statements = true,
                other => {
                    return Err(format!(
                        "unknown field {other:?}: expected tokens, sentences, entities, statements"
                    ))
                }
            }
        }
        Ok(f)
    }
}

/// One document as read: its id and its text, or why it has none.
struct Doc {
    id: Value,
    text: Result<String, String>,
}

/// Where documents come from.
enum Source {
    Lines { reader: Box<dyn BufRead>, line: usize },
    Files(std::vec::IntoIter<(Value, PathBuf)>),
}

struct Settings<'f> {
    flags: &'f Flags,
    fields: Fields,
    tsv: bool,
    unit: OffsetUnit,
    max_bytes: usize,
}

/// Documents read before a batch is analysed: enough for every thread to
/// stay busy while the slowest finishes, few enough to hold in memory.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;

pub fn run(flags: &Flags) -> Result<(), String> {
    let tsv = match flags.get("--format").unwrap_or("json") {
        "json" => false,
        "tsv" => true,
        other => return Err(format!("unknown format {other:?}: expected json or tsv")),
    };
    let fields = Fields::parse(flags.get("--fields"))?;
    let unit: OffsetUnit = flags.get("--offsets").unwrap_or("char").parse().map_err(|e| format!("{e}"))?;
    let jobs = match flags.get("--jobs") {
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        Some(v) => {
            v.parse().ok().filter(|&n| n > 0).ok_or_else(|| format!("--jobs {v:?}: expected a number"))?
        }
    };
    let max_bytes = match flags.get("--max-bytes") {
        None => 256 << 20,
        Some(v) => v.parse().map_err(|_| format!("--max-bytes {v:?}: expected a number of bytes"))?,
    };
    let settings = Settings { flags, fields, tsv, unit, max_bytes };
    let mut workers: Vec<Worker> = (0..jobs).map(|_| Worker::new(unit)).collect();
    let mut source = source(flags)?;
    let analyzer = Analyzer::builtin();
    let progress = std::io::stderr().is_terminal();
    let started = Instant::now();
    let (mut docs, mut failed, mut bytes) = (0usize, 0usize, 0usize);
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let write_err = |e: std::io::Error| format!("cannot write output: {e}");
    if tsv {
        writeln!(out, "id\tstart\tend\ttype\ttext\tentity\tgloss\tlevel").map_err(write_err)?;
    }
    loop {
        let batch = source.batch(&settings)?;
        if batch.is_empty() {
            break;
        }
        let results = analyze_batch(&analyzer, &batch, &settings, &mut workers);
        for (doc, result) in batch.iter().zip(results) {
            docs += 1;
            bytes += doc.text.as_ref().map_or(0, String::len);
            match result {
                Ok(line) => out.write_all(&line),
                Err(message) => {
                    failed += 1;
                    if tsv {
                        eprintln!("bayan: {}: {message}", show_id(&doc.id));
                        Ok(())
                    } else {
                        serde_json::to_writer(&mut out, &ErrorLine { id: &doc.id, error: &message })
                            .map_err(std::io::Error::from)
                            .and_then(|_| out.write_all(b"\n"))
                    }
                }
            }
            .map_err(write_err)?;
        }
        if progress {
            let secs = started.elapsed().as_secs_f64();
            eprint!(
                "\rbayan: {docs} documents, {failed} failed, {:.1} MB, {:.1} MB/s   ",
                mb(bytes),
                mb(bytes) / secs
            );
        }
    }
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(write_err(e)),
        _ => {}
    }
    let secs = started.elapsed().as_secs_f64();
    if progress {
        eprintln!();
    }
    eprintln!(
        "bayan: {docs} documents, {failed} failed, {:.1} MB in {secs:.1} s ({:.1} MB/s, {jobs} jobs)",
        mb(bytes),
        mb(bytes) / secs.max(1e-9)
    );
    if failed > 0 {
        crate::SOME_FAILED.store(true, Ordering::Relaxed);
    }
    Ok(())
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

fn show_id(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a Value,
    error: &'a str,
}

/// What a thread keeps from one document to the next: the forms of the
/// words it has met and their JSON (a document's words are mostly those of
/// the documents before; made again for each, they cost as much as the
/// rest of the analysis).
struct Worker {
    forms: FormCache,
    fragments: Fragments,
}

impl Worker {
    fn new(unit: OffsetUnit) -> Self {
        Worker { forms: FormCache::default(), fragments: Fragments::new(unit) }
    }
}

/// The documents' result lines, analysed by a thread per worker (at most
/// one per document).
fn analyze_batch(
    analyzer: &Analyzer,
    batch: &[Doc],
    s: &Settings,
    workers: &mut [Worker],
) -> Vec<Result<Vec<u8>, String>> {
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<Result<Vec<u8>, String>>> = (0..batch.len()).map(|_| None).collect();
    let work = |worker: &mut Worker| {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(doc) = batch.get(i) else { return done };
            let result = match &doc.text {
                Ok(text) => Ok(result_line(analyzer, &doc.id, text, s, worker)),
                Err(e) => Err(e.clone()),
            };
            done.push((i, result));
        }
    };
    let work = &work;
    let threads = workers.len().min(batch.len()).max(1);
    let (mine, others) = workers[..threads].split_first_mut().expect("at least one worker");
    std::thread::scope(|scope| {
        let handles: Vec<_> = others.iter_mut().map(|w| scope.spawn(move || work(w))).collect();
        let mine = work(mine);
        for (i, r) in handles.into_iter().flat_map(|h| h.join().expect("a worker does not panic")).chain(mine)
        {
            results[i] = Some(r);
        }
    });
    results.into_iter().map(|r| r.expect("every document is analysed")).collect()
}

/// One document's result line (JSON) or lines (TSV, one a mention).
fn result_line(analyzer: &Analyzer, id: &Value, text: &str, s: &Settings, worker: &mut Worker) -> Vec<u8> {
    let analysis = analyzer.analyze_with(text, &mut worker.forms);
    let mut out = Vec::with_capacity(if s.fields.tokens { text.len() * 24 } else { text.len() / 2 });
    let mut cursors = Cursors::new(text, s.unit);
    if s.tsv {
        let id = show_id(id).replace(['\t', '\n', '\r'], " ");
        for e in &analysis.entities {
            tsv_line(&mut out, &id, text, e, &mut cursors.entities, 0);
        }
        return out;
    }
    let mut w = |out: &mut Vec<u8>| -> std::io::Result<()> {
        out.write_all(b"{\"id\":")?;
        serde_json::to_writer(&mut *out, id)?;
        if s.fields.tokens {
            out.write_all(b",\"tokens\":[")?;
            worker.fragments.tokens(out, &mut List::new(), text, &analysis.lexed, &mut cursors.tokens)?;
            out.write_all(b"]")?;
        }
        if s.fields.sentences {
            out.write_all(b",\"sentences\":[")?;
            records::sentences(out, &mut List::new(), &analysis, &mut cursors.sentences)?;
            out.write_all(b"]")?;
        }
        if s.fields.entities {
            out.write_all(b",\"entities\":[")?;
            records::entities(out, &mut List::new(), text, &analysis, &mut cursors.entities)?;
            out.write_all(b"]")?;
        }
        if s.fields.statements {
            out.write_all(b",\"statements\":")?;
            serde_json::to_writer(&mut *out, &crate::statements::json(text, &analysis.statements, s.unit))?;
        }
        out.write_all(b"}\n")
    };
    w(&mut out).expect("writing to memory does not fail");
    out
}

/// A mention as a TSV line, then its inner mentions (`level` 1). Tabs and
/// line breaks in its text become spaces.
fn tsv_line(
    out: &mut Vec<u8>,
    id: &str,
    text: &str,
    e: &bayan::Entity,
    cursor: &mut bayan::span::OffsetCursor,
    level: u8,
) {
    // Offsets in ascending order (the inner mentions' between the start
    // and the end), so the cursor never walks back.
    let start = cursor.to_unit(e.span.start);
    let mut inner = Vec::new();
    for i in &e.inner {
        tsv_line(&mut inner, id, text, i, cursor, level + 1);
    }
    let end = cursor.to_unit(e.span.end);
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let line = format!(
        "{id}\t{start}\t{end}\t{}\t{}\t{}\t{}\t{level}\n",
        e.kind.name(),
        clean(e.span.of(text)),
        e.id.as_deref().unwrap_or(""),
        clean(e.gloss.as_deref().unwrap_or(""))
    );
    out.extend_from_slice(line.as_bytes());
    out.extend_from_slice(&inner);
}

impl Source {
    /// The next documents, up to a batch; none at the end.
    fn batch(&mut self, s: &Settings) -> Result<Vec<Doc>, String> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            let Some(doc) = self.next_doc(s)? else { break };
            bytes += doc.text.as_ref().map_or(0, String::len);
            batch.push(doc);
        }
        Ok(batch)
    }

    fn next_doc(&mut self, s: &Settings) -> Result<Option<Doc>, String> {
        match self {
            Source::Lines { reader, line } => loop {
                let mut raw = Vec::new();
                let n = reader.read_until(b'\n', &mut raw).map_err(|e| format!("cannot read input: {e}"))?;
                if n == 0 {
                    return Ok(None);
                }
                *line += 1;
                if raw.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Ok(Some(json_doc(&raw, *line, s)));
            },
            Source::Files(files) => {
                let Some((id, path)) = files.next() else { return Ok(None) };
                let name = path.display().to_string();
                let text = match std::fs::metadata(&path) {
                    Ok(m) if m.len() as usize > s.max_bytes => Err(too_large(m.len() as usize, s)),
                    Ok(_) => std::fs::read(&path)
                        .map_err(|e| format!("cannot read {name}: {e}"))
                        .and_then(|bytes| s.flags.decode_with(&name, bytes, "error").map(|d| d.text)),
                    Err(e) => Err(format!("cannot read {name}: {e}")),
                };
                Ok(Some(Doc { id, text }))
            }
        }
    }
}

fn too_large(len: usize, s: &Settings) -> String {
    format!("the document is {len} bytes, over --max-bytes {}", s.max_bytes)
}

/// A JSON Lines line: `{"id": …, "text": "…"}`; the id is the line number
/// when it has none.
fn json_doc(raw: &[u8], line: usize, s: &Settings) -> Doc {
    #[derive(serde::Deserialize)]
    struct Line {
        id: Option<Value>,
        text: Option<String>,
    }
    let fallback = Value::from(line);
    let owned;
    let raw = match std::str::from_utf8(raw) {
        Ok(r) => r,
        Err(e) if s.flags.get("--invalid") == Some("replace") => {
            let _ = e;
            owned = String::from_utf8_lossy(raw).into_owned();
            &owned
        }
        Err(e) => {
            return Doc {
                id: fallback,
                text: Err(format!(
                    "line {line} is not valid UTF-8 (at byte {}); --invalid replace reads it anyway",
                    e.valid_up_to()
                )),
            }
        }
    };
    match serde_json::from_str::<Line>(raw) {
        Err(e) => Doc {
            id: fallback,
            text: Err(format!("line {line} is not a JSON object with \"id\" and \"text\": {e}")),
        },
        Ok(Line { id, text }) => {
            let id = id.unwrap_or(fallback);
            let text = match text {
                None => Err(format!("line {line} has no \"text\"")),
                Some(t) if t.len() > s.max_bytes => Err(too_large(t.len(), s)),
                Some(t) => Ok(t),
            };
            Doc { id, text }
        }
    }
}

/// JSON Lines from FILE or standard input; each file of a directory (ids:
/// paths inside it, sorted); several FILEs, or any with `--files`, as
/// documents (ids: the paths as given).
fn source(flags: &Flags) -> Result<Source, String> {
    let files = &flags.files;
    if files.len() == 1 && Path::new(&files[0]).is_dir() {
        let root = Path::new(&files[0]);
        let mut found = Vec::new();
        walk(root, &mut found)?;
        found.sort();
        let docs: Vec<(Value, PathBuf)> = found
            .into_iter()
            .map(|p| {
                let id = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().into_owned();
                (Value::from(id), p)
            })
            .collect();
        return Ok(Source::Files(docs.into_iter()));
    }
    if files.len() > 1 || flags.has("--files") {
        let docs: Vec<(Value, PathBuf)> =
            files.iter().map(|f| (Value::from(f.as_str()), PathBuf::from(f))).collect();
        return Ok(Source::Files(docs.into_iter()));
    }
    let reader: Box<dyn BufRead> = match files.first().map(String::as_str) {
        None | Some("-") => Box::new(std::io::BufReader::new(std::io::stdin())),
        Some(path) => Box::new(std::io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?,
        )),
    };
    Ok(Source::Lines { reader, line: 0 })
}

/// Every file under `dir`, recursively.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}
