//! The JSON records of an analysis, written one at a time.
//!
//! Keys come in the order the fields are declared here (a token's: in the
//! order `fragments.rs` writes them), which docs/ARCHITECTURE.md documents:
//! fields are added, never renamed. Records
//! borrow from the text and the analysis and are serialized straight into
//! the output, so nothing the size of the result is built in memory.

use bayan::span::{OffsetCursor, OffsetUnit};
use bayan::{Analysis, Entity};
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
pub struct SpanJson {
    start: usize,
    end: usize,
}

/// A mention; `inner` lists the names inside a container (TITLE, EVENT,
/// LAW, QUOTE), and is empty for the others.
#[derive(Serialize)]
pub struct EntityJson<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    #[serde(rename = "type")]
    kind: &'static str,
    id: Option<&'t str>,
    gloss: Option<&'t str>,
    inner: Vec<EntityJson<'t>>,
}

/// Offset cursors over one text, one per record list (each list's offsets
/// rise, so each converts in one walk of the text).
pub struct Cursors<'t> {
    pub tokens: OffsetCursor<'t>,
    pub sentences: OffsetCursor<'t>,
    pub entities: OffsetCursor<'t>,
}

impl<'t> Cursors<'t> {
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        Cursors {
            tokens: OffsetCursor::new(text, unit),
            sentences: OffsetCursor::new(text, unit),
            entities: OffsetCursor::new(text, unit),
        }
    }
}

/// Writes JSON arrays' elements, a comma before each but the first.
pub struct List {
    first: bool,
}

impl List {
    pub fn new() -> Self {
        List { first: true }
    }

    /// Writes `record` as the next element.
    pub fn push(&mut self, out: &mut impl Write, record: &impl Serialize) -> std::io::Result<()> {
        self.separate(out)?;
        serde_json::to_writer(&mut *out, record).map_err(std::io::Error::from)
    }

    /// Writes what goes before the next element (a comma but before the
    /// first), for an element written by hand.
    pub fn separate(&mut self, out: &mut impl Write) -> std::io::Result<()> {
        if std::mem::replace(&mut self.first, false) {
            Ok(())
        } else {
            out.write_all(b",")
        }
    }
}

/// Writes the sentences of `analysis` as list elements.
pub fn sentences(
    out: &mut impl Write,
    list: &mut List,
    analysis: &Analysis,
    cursor: &mut OffsetCursor,
) -> std::io::Result<()> {
    for s in &analysis.lexed.sentences {
        let (start, end) = cursor.span(*s);
        list.push(out, &SpanJson { start, end })?;
    }
    Ok(())
}

/// Writes the entities of `analysis` as list elements.
pub fn entities(
    out: &mut impl Write,
    list: &mut List,
    text: &str,
    analysis: &Analysis,
    cursor: &mut OffsetCursor,
) -> std::io::Result<()> {
    for e in &analysis.entities {
        list.push(out, &EntityJson::new(text, e, cursor))?;
    }
    Ok(())
}

impl<'t> EntityJson<'t> {
    pub fn new(text: &'t str, e: &'t Entity, cursor: &mut OffsetCursor) -> Self {
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
