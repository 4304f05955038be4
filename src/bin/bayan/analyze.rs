//! `bayan analyze`: the JSON contract.

use crate::{write_out, Flags, Spec};
use bayan::span::{OffsetCursor, OffsetUnit};
use bayan::{Analysis, Analyzer, Entity, Span};
use serde::Serialize;

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
    let json = serde_json::to_string(&Output::new(&text, &analysis, unit)).expect("the output serializes");
    write_out(&(json + "\n"))
}

// The JSON contract. Keys come in the order the fields are declared here,
// which docs/ARCHITECTURE.md documents: fields are added, never renamed.

/// The whole output: the stages' results in pipeline order.
#[derive(Serialize)]
struct Output<'t> {
    tokens: Vec<TokenJson<'t>>,
    sentences: Vec<SpanJson>,
    entities: Vec<EntityJson<'t>>,
    statements: Vec<crate::statements::StatementJson<'t>>,
}

#[derive(Serialize)]
struct TokenJson<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    kind: &'static str,
    norm: &'t str,
    segments: Vec<SegmentJson<'t>>,
}

/// A clitic segment; offsets into the text, like the token's.
#[derive(Serialize)]
struct SegmentJson<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    kind: &'static str,
    restored: &'t str,
}

#[derive(Serialize)]
struct SpanJson {
    start: usize,
    end: usize,
}

/// A mention; `inner` lists the names inside a container (TITLE, EVENT,
/// LAW, QUOTE), and is empty for the others.
#[derive(Serialize)]
struct EntityJson<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    #[serde(rename = "type")]
    kind: &'static str,
    id: Option<&'t str>,
    gloss: Option<&'t str>,
    inner: Vec<EntityJson<'t>>,
}

impl<'t> Output<'t> {
    /// The analysis of `text`, offsets in `unit`.
    fn new(text: &'t str, analysis: &'t Analysis, unit: OffsetUnit) -> Self {
        let a = &analysis.lexed;
        let mut cursor = OffsetCursor::new(text, unit);
        let tokens = a
            .tokens
            .iter()
            .map(|t| {
                let form = a.form(t);
                let start = cursor.to_unit(t.span.start);
                let segments = form
                    .segments
                    .iter()
                    .map(|s| {
                        let span = Span::new(t.span.start + s.span.start, t.span.start + s.span.end);
                        let (start, end) = cursor.span(span);
                        SegmentJson {
                            start,
                            end,
                            text: span.of(text),
                            kind: s.kind.name(),
                            restored: &s.restored,
                        }
                    })
                    .collect();
                let end = cursor.to_unit(t.span.end);
                TokenJson {
                    start,
                    end,
                    text: t.span.of(text),
                    kind: t.kind.name(),
                    norm: &form.norm,
                    segments,
                }
            })
            .collect();
        let mut cursor = OffsetCursor::new(text, unit);
        let sentences = a
            .sentences
            .iter()
            .map(|s| {
                let (start, end) = cursor.span(*s);
                SpanJson { start, end }
            })
            .collect();
        let mut cursor = OffsetCursor::new(text, unit);
        let entities = analysis.entities.iter().map(|e| EntityJson::new(text, e, &mut cursor)).collect();
        let statements = crate::statements::json(text, analysis, unit);
        Output { tokens, sentences, entities, statements }
    }
}

impl<'t> EntityJson<'t> {
    fn new(text: &'t str, e: &'t Entity, cursor: &mut OffsetCursor) -> Self {
        // Offsets in ascending order, so the cursor never walks back.
        let start = cursor.to_unit(e.span.start);
        let inner = e.inner.iter().map(|i| EntityJson::new(text, i, cursor)).collect();
        let end = cursor.to_unit(e.span.end);
        EntityJson {
            start,
            end,
            text: e.span.of(text),
            kind: e.kind.name(),
            id: e.id.as_deref(),
            gloss: e.gloss.as_deref(),
            inner,
        }
    }
}
