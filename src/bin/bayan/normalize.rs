//! `bayan normalize`: the normalized text, or with `--report` what changed,
//! to check any operation from the shell.

use crate::{write_out, Flags, Spec};
use bayan::normalize::{normalize, Normalized, Op, Options};
use bayan::span::{OffsetCursor, OffsetUnit};
use serde_json::{json, Value};

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
        write_out(&(report_json(&text, &normalized, &options, unit).to_string() + "\n"))
    } else {
        write_out(&normalized.text)
    }
}

/// The report: options, normalized text, counts per operation, every edit
/// and every invisible control, offsets into the original in `unit`.
fn report_json(text: &str, n: &Normalized, options: &Options, unit: OffsetUnit) -> Value {
    let mut cursor = OffsetCursor::new(text, unit);
    let edits: Vec<Value> = n
        .edits
        .iter()
        .map(|e| {
            let (start, end) = cursor.span(e.span);
            json!({"start": start, "end": end, "original": e.span.of(text), "replacement": n.replacement(e), "op": e.op.name()})
        })
        .collect();
    let mut cursor = OffsetCursor::new(text, unit);
    let controls: Vec<Value> = n
        .controls
        .iter()
        .map(|c| {
            let (start, end) = cursor.span(c.span);
            json!({"start": start, "end": end, "name": c.name, "codepoint": format!("U+{:04X}", c.ch as u32)})
        })
        .collect();
    let ops: Vec<&str> = options.ops().map(Op::name).collect();
    json!({
        "ops": ops,
        "text": n.text,
        "counts": n.counts,
        "edits": edits,
        "controls": controls,
    })
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
