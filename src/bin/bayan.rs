//! `bayan`: the command-line tool over the same core as the page.
//!
//! The JSON it prints is a public contract: fields are added, never renamed.

use bayan::span::{OffsetCursor, OffsetUnit};
use bayan::Analysis;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
bayan — Arabic statement explorer

USAGE:
    bayan analyze [FILE] [--format json] [--offsets char|utf16|byte]
    bayan normalize [FILE] [--preset display|search|strict]
    bayan --help | --version

Reads FILE, or standard input when FILE is absent or '-'. Input must be UTF-8.

analyze     prints one JSON object: tokens (with normalized form and clitic
            segments), sentences and entities. Offsets count Unicode scalar
            values by default (--offsets char), as Python indexes strings;
            utf16 matches JavaScript, byte matches Rust.
normalize   prints the text normalized with a preset (default: search).
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bayan: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(format!("missing command\n\n{USAGE}"));
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            Ok(())
        }
        "-V" | "--version" => {
            println!("bayan {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        "analyze" => analyze(&Flags::parse(rest, &["--format", "--offsets"])?),
        "normalize" => normalize(&Flags::parse(rest, &["--preset"])?),
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    }
}

/// Parsed flags: `--name value` pairs and at most one positional FILE.
struct Flags {
    file: Option<String>,
    values: Vec<(String, String)>,
}

impl Flags {
    fn parse(args: &[String], known: &[&str]) -> Result<Flags, String> {
        let mut flags = Flags { file: None, values: vec![] };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            if let Some((name, value)) = arg.split_once('=').filter(|_| arg.starts_with("--")) {
                flags.push(known, name, value.to_string())?;
            } else if arg.starts_with("--") {
                let value = it.next().ok_or_else(|| format!("{arg} needs a value"))?;
                flags.push(known, arg, value.clone())?;
            } else if flags.file.is_none() {
                flags.file = Some(arg.clone());
            } else {
                return Err(format!("unexpected argument {arg:?}: give at most one FILE"));
            }
        }
        Ok(flags)
    }

    fn push(&mut self, known: &[&str], name: &str, value: String) -> Result<(), String> {
        if !known.contains(&name) {
            return Err(format!("unknown option {name}; see bayan --help"));
        }
        self.values.push((name.to_string(), value));
        Ok(())
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The input text, strictly UTF-8.
    fn read_input(&self) -> Result<String, String> {
        let (name, bytes) = match self.file.as_deref() {
            None | Some("-") => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(|e| format!("cannot read standard input: {e}"))?;
                ("standard input".to_string(), bytes)
            }
            Some(path) => {
                (path.to_string(), std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?)
            }
        };
        String::from_utf8(bytes).map_err(|e| {
            format!(
                "{name} is not valid UTF-8 (first invalid byte at offset {}); convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8",
                e.utf8_error().valid_up_to()
            )
        })
    }
}

fn analyze(flags: &Flags) -> Result<(), String> {
    match flags.get("--format").unwrap_or("json") {
        "json" => {}
        other => return Err(format!("unknown format {other:?}: only json is supported")),
    }
    let unit: OffsetUnit = flags.get("--offsets").unwrap_or("char").parse()?;
    let text = flags.read_input()?;
    let analysis = bayan::analyze(&text);
    let json = to_json(&text, &analysis, unit);
    write_out(&(json.to_string() + "\n"))
}

fn normalize(flags: &Flags) -> Result<(), String> {
    let name = flags.get("--preset").unwrap_or("search");
    let options = bayan::normalize::Options::preset(name).ok_or_else(|| {
        let names: Vec<&str> = bayan::normalize::Options::PRESETS.iter().map(|(n, _)| *n).collect();
        format!("unknown preset {name:?}: expected one of {}", names.join(", "))
    })?;
    let text = flags.read_input()?;
    write_out(&bayan::normalize::normalize(&text, &options).text)
}

fn write_out(s: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        // A closed pipe (bayan … | head) is the reader's choice, not an error.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}

/// The analysis as the CLI's JSON contract, offsets in `unit`.
fn to_json(text: &str, a: &Analysis, unit: OffsetUnit) -> Value {
    let mut cursor = OffsetCursor::new(text, unit);
    let tokens: Vec<Value> = a
        .tokens
        .iter()
        .map(|t| {
            let form = a.form(t);
            let start = cursor.to_unit(t.span.start);
            let segments: Vec<Value> = form
                .segments
                .iter()
                .map(|s| {
                    let span = bayan::Span::new(t.span.start + s.span.start, t.span.start + s.span.end);
                    let (start, end) = cursor.span(span);
                    json!({"start": start, "end": end, "text": span.of(text), "kind": s.kind.name(), "restored": s.restored})
                })
                .collect();
            let end = cursor.to_unit(t.span.end);
            json!({"start": start, "end": end, "text": t.span.of(text), "kind": t.kind.name(), "norm": form.norm, "segments": segments})
        })
        .collect();
    let mut cursor = OffsetCursor::new(text, unit);
    let sentences: Vec<Value> = a
        .sentences
        .iter()
        .map(|s| {
            let (start, end) = cursor.span(*s);
            json!({"start": start, "end": end})
        })
        .collect();
    let mut cursor = OffsetCursor::new(text, unit);
    let entities: Vec<Value> = a
        .entities
        .iter()
        .map(|e| {
            let (start, end) = cursor.span(e.span);
            json!({"start": start, "end": end, "text": e.span.of(text), "type": e.kind.name(), "id": e.id, "gloss": e.gloss})
        })
        .collect();
    json!({"tokens": tokens, "sentences": sentences, "entities": entities})
}
