//! `bayan concordance QUERY [FILE]`: every place a word (or a regular
//! expression over one word, `--regex`) occurs, with its context, as JSON.
//! The library's [`bayan::stats::concordance`], as the page runs it.

use crate::{write_out, Flags, Spec};
use bayan::span::{OffsetCursor, OffsetUnit};
use bayan::stats::{self, ConcordanceOptions};
use bayan::Analyzer;
use serde::Serialize;

/// The flags `bayan concordance` takes.
pub const FLAGS: Spec = Spec {
    values: &["--limit", "--context", "--offsets"],
    switches: &["--regex", "--exact"],
    input: true,
    files: true,
};

pub fn run(flags: &Flags) -> Result<(), String> {
    let (query, file) = match &flags.files[..] {
        [] => return Err("concordance needs a QUERY (a word, or a pattern with --regex)".into()),
        [query] => (query, None),
        [query, file] => (query, Some(file.as_str())),
        [_, _, extra, ..] => {
            return Err(format!("unexpected argument {extra:?}: give a QUERY and at most one FILE"))
        }
    };
    let number = |name: &str, default: usize| {
        flags.get(name).map_or(Ok(default), |v| v.parse::<usize>().map_err(|e| format!("{name}: {e}")))
    };
    let d = ConcordanceOptions::default();
    let opts = ConcordanceOptions {
        regex: flags.has("--regex"),
        clitics: !flags.has("--exact"),
        limit: number("--limit", d.limit)?,
        context: number("--context", d.context)?,
    };
    let unit: OffsetUnit = flags.get("--offsets").unwrap_or("char").parse().map_err(|e| format!("{e}"))?;
    let text = flags.read_file(file)?;
    let lexed = Analyzer::builtin().lex(&text);
    let c = stats::concordance(&text, &lexed, query, &opts).map_err(|e| e.to_string())?;
    let mut cursor = OffsetCursor::new(&text, unit);
    let hits = c
        .hits
        .iter()
        .map(|h| {
            let (start, end) = cursor.span(h.span);
            HitJson {
                start,
                end,
                text: h.span.of(&text),
                left: h.left.of(&text),
                right: h.right.of(&text),
                token: h.token,
            }
        })
        .collect();
    let json = serde_json::to_string(&Output { total: c.total, hits }).expect("the output serializes");
    write_out(&(json + "\n"))
}

/// Every hit counted, those within the limit listed. Keys come in the order
/// the fields are declared (docs/ARCHITECTURE.md).
#[derive(Serialize)]
struct Output<'t> {
    total: usize,
    hits: Vec<HitJson<'t>>,
}

/// A hit: the match, its context on either side (up to `--context`
/// characters, never past a line break) and the index of its first token.
#[derive(Serialize)]
struct HitJson<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    left: &'t str,
    right: &'t str,
    token: usize,
}
