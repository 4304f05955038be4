//! `bayan analyze`: the JSON contract.

use crate::{write_out, Flags, Spec};
use bayan::span::{OffsetCursor, OffsetUnit};
use bayan::{Analysis, Analyzer};
use serde_json::{json, Value};

/// The flags `bayan analyze` takes.
pub const FLAGS: Spec = Spec { values: &["--format", "--offsets"], switches: &[], input: true, files: false };

pub fn run(flags: &Flags) -> Result<(), String> {
    match flags.get("--format").unwrap_or("json") {
        "json" => {}
        other => return Err(format!("unknown format {other:?}: only json is supported")),
    }
    let unit: OffsetUnit = flags.get("--offsets").unwrap_or("char").parse().map_err(|e| format!("{e}"))?;
    let text = flags.read_input()?;
    let analysis = Analyzer::builtin().analyze(&text);
    let json = to_json(&text, &analysis, unit);
    write_out(&(json.to_string() + "\n"))
}

/// The analysis as the CLI's JSON contract, offsets in `unit`.
fn to_json(text: &str, analysis: &Analysis, unit: OffsetUnit) -> Value {
    let a = &analysis.lexed;
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
    let entities: Vec<Value> = analysis.entities.iter().map(|e| entity_json(text, e, &mut cursor)).collect();
    json!({"tokens": tokens, "sentences": sentences, "entities": entities})
}

/// One mention; `inner` lists the names inside a container (TITLE, EVENT,
/// LAW, QUOTE).
fn entity_json(text: &str, e: &bayan::Entity, cursor: &mut OffsetCursor) -> Value {
    // Offsets in ascending order, so the cursor never walks back.
    let start = cursor.to_unit(e.span.start);
    let inner: Vec<Value> = e.inner.iter().map(|i| entity_json(text, i, cursor)).collect();
    let end = cursor.to_unit(e.span.end);
    json!({"start": start, "end": end, "text": e.span.of(text), "type": e.kind.name(), "id": e.id, "gloss": e.gloss, "inner": inner})
}
