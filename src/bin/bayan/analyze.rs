//! `bayan analyze`: the JSON contract, written as the analysis goes.
//!
//! The text is analysed a section at a time (`Analyzer::sections`, the same
//! result as the whole text at once) and each section's tokens are written
//! as soon as it is done; its sentences and entities, which the contract
//! puts after every token, wait in two temporary files and are copied out
//! at the end. Memory is the text plus one section's analysis.

use crate::fragments::Fragments;
use crate::records::{self, Cursors, List};
use crate::{Flags, Spec};
use bayan::span::OffsetUnit;
use bayan::Analyzer;
use std::io::{BufWriter, Seek, Write};

/// The flags `bayan analyze` takes.
pub const FLAGS: Spec = Spec {
    values: &["--format", "--offsets", "--section", "--jobs", "--fields", "--max-bytes"],
    switches: &["--jsonl", "--files"],
    input: true,
    files: true,
};

/// Bytes of text per section by default: large enough that the context
/// each section reads (a few KB) costs little, small enough that a
/// section's analysis is a few tens of MB.
pub const SECTION: usize = 1 << 20;

pub fn run(flags: &Flags) -> Result<(), String> {
    if flags.has("--jsonl") {
        return crate::jsonl::run(flags);
    }
    if let Some(extra) = flags.files.get(1) {
        return Err(format!("unexpected argument {extra:?}: give at most one FILE (or --jsonl)"));
    }
    for only in ["--jobs", "--fields", "--max-bytes", "--files"] {
        if flags.get(only).is_some() || flags.has(only) {
            return Err(format!("{only} goes with --jsonl"));
        }
    }
    match flags.get("--format").unwrap_or("json") {
        "json" => {}
        other => return Err(format!("unknown format {other:?}: only json is supported")),
    }
    let unit: OffsetUnit = flags.get("--offsets").unwrap_or("char").parse().map_err(|e| format!("{e}"))?;
    let size = section_size(flags)?;
    let text = flags.read_input()?;
    let stdout = std::io::stdout().lock();
    let mut out = BufWriter::with_capacity(1 << 16, stdout);
    match write(&mut out, &Analyzer::builtin(), &text, unit, size).and_then(|_| out.flush()) {
        // A closed pipe (bayan … | head) is the reader's choice, not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}

/// `--section BYTES`.
pub fn section_size(flags: &Flags) -> Result<usize, String> {
    match flags.get("--section") {
        None => Ok(SECTION),
        Some(v) => v
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("--section {v:?}: expected a number of bytes")),
    }
}

/// The whole output for `text`, sections of `size` bytes at a time.
fn write(
    out: &mut impl Write,
    analyzer: &Analyzer,
    text: &str,
    unit: OffsetUnit,
    size: usize,
) -> std::io::Result<()> {
    let mut sentences = BufWriter::new(tempfile::tempfile()?);
    let mut entities = BufWriter::new(tempfile::tempfile()?);
    let mut cursors = Cursors::new(text, unit);
    let mut fragments = Fragments::new(unit);
    let (mut tokens_list, mut sentences_list, mut entities_list) = (List::new(), List::new(), List::new());
    out.write_all(b"{\"tokens\":[")?;
    // Statements are few (an act a sentence at most) and their offsets are
    // not in text order (a carried speaker lies in an earlier section), so
    // they are kept and converted in one walk at the end.
    let mut statements = Vec::new();
    for mut section in analyzer.sections(text, size) {
        let a = &section.analysis;
        fragments.tokens(out, &mut tokens_list, text, &a.lexed, &mut cursors.tokens)?;
        records::sentences(&mut sentences, &mut sentences_list, a, &mut cursors.sentences)?;
        records::entities(&mut entities, &mut entities_list, text, a, &mut cursors.entities)?;
        statements.append(&mut section.analysis.statements);
    }
    out.write_all(b"],\"sentences\":[")?;
    copy_back(sentences, out)?;
    out.write_all(b"],\"entities\":[")?;
    copy_back(entities, out)?;
    out.write_all(b"],\"statements\":")?;
    serde_json::to_writer(&mut *out, &crate::statements::json(text, &statements, unit))?;
    out.write_all(b"}\n")
}

/// Copies what was written to a temporary file into `out`.
fn copy_back(file: BufWriter<std::fs::File>, out: &mut impl Write) -> std::io::Result<()> {
    let mut file = file.into_inner().map_err(|e| e.into_error())?;
    file.rewind()?;
    std::io::copy(&mut file, out)?;
    Ok(())
}
