//! `bayan normalize`: the normalized text, or with `--report` what changed,
//! to check any operation from the shell.

use crate::{write_out, Flags, Spec};
use bayan::normalize::{normalize, Counts, Normalized, Op, Options};
use bayan::span::{OffsetCursor, OffsetUnit};
use serde::Serialize;

/// The flags `bayan normalize` takes.
pub const FLAGS: Spec = Spec {
    values: &["--preset", "--only", "--offsets"],
    switches: &["--report", "--help", "-h"],
    input: true,
    files: false,
};

pub fn run(flags: &Flags) -> Result<(), String> {
    if flags.has("--help") || flags.has("-h") {
        return write_out(&help());
    }
    let report = flags.has("--report");
    let options = match (flags.get("--preset"), flags.get("--only")) {
        (Some(_), Some(_)) => return Err("give --preset or --only, not both".to_string()),
        (_, Some(list)) => Options::parse_ops(list).map_err(|e| e.to_string())?,
        (name, None) => {
            let name = name.unwrap_or("search");
            Options::preset(name).ok_or_else(|| {
                let names: Vec<&str> = Options::PRESETS.iter().map(|(n, _)| *n).collect();
                format!("unknown preset {name:?}: expected one of {}", names.join(", "))
            })?
        }
    };
    let unit: OffsetUnit = flags.get("--offsets").unwrap_or("char").parse().map_err(|e| format!("{e}"))?;
    let text = flags.read_input()?;
    let normalized = normalize(&text, &options);
    if report {
        let report = Report::new(&text, &normalized, &options, unit);
        write_out(&(serde_json::to_string(&report).expect("the report serializes") + "\n"))
    } else {
        write_out(&normalized.text)
    }
}

/// The report: options, normalized text, counts per operation, every edit
/// and every invisible control, offsets into the original in `unit`. Keys
/// come in the order the fields are declared (docs/ARCHITECTURE.md).
#[derive(Serialize)]
struct Report<'t> {
    ops: Vec<&'static str>,
    text: &'t str,
    /// Operations in their documented order, those without an edit left out.
    counts: &'t Counts,
    edits: Vec<EditJson<'t>>,
    controls: Vec<ControlJson>,
}

#[derive(Serialize)]
struct EditJson<'t> {
    start: usize,
    end: usize,
    original: &'t str,
    replacement: &'t str,
    op: &'static str,
}

#[derive(Serialize)]
struct ControlJson {
    start: usize,
    end: usize,
    name: &'static str,
    codepoint: String,
}

impl<'t> Report<'t> {
    fn new(text: &'t str, n: &'t Normalized, options: &Options, unit: OffsetUnit) -> Self {
        let mut cursor = OffsetCursor::new(text, unit);
        let edits = n
            .edits
            .iter()
            .map(|e| {
                let (start, end) = cursor.span(e.span);
                EditJson {
                    start,
                    end,
                    original: e.span.of(text),
                    replacement: n.replacement(e),
                    op: e.op.name(),
                }
            })
            .collect();
        let mut cursor = OffsetCursor::new(text, unit);
        let controls = n
            .controls
            .iter()
            .map(|c| {
                let (start, end) = cursor.span(c.span);
                ControlJson { start, end, name: c.name, codepoint: format!("U+{:04X}", c.ch as u32) }
            })
            .collect();
        Report {
            ops: options.ops().map(Op::name).collect(),
            text: &n.text,
            counts: &n.counts,
            edits,
            controls,
        }
    }
}

fn help() -> String {
    let mut s = String::from(
        "bayan normalize [FILE] [--preset NAME | --only OP,OP,…] [--report] [--offsets char|utf16|byte]\n\n\
         Prints FILE (or standard input) normalized. --report prints JSON instead: the operations,\n\
         the normalized text, counts per operation, every edit (original span, replacement, op) and\n\
         every invisible or bidi control found (positions in the original).\n\nPRESETS:\n",
    );
    for (name, options) in Options::PRESETS {
        let ops: Vec<&str> = options.ops().map(Op::name).collect();
        s += &format!("    {name:<8} {}\n", ops.join(","));
    }
    s += "\nOPERATIONS:\n";
    for op in Op::ALL {
        s += &format!("    {:<20} {}\n", op.name(), op.description());
    }
    s
}
