//! The JSON records of an analysis, written one at a time.
//!
//! Keys come in the order the fields are declared here, which
//! docs/ARCHITECTURE.md documents: fields are added, never renamed. Records
//! borrow from the text and the analysis and are serialized straight into
//! the output, so nothing the size of the result is built in memory.

use bayan::clitics::Segment;
use bayan::span::{count, OffsetCursor, OffsetUnit};
use bayan::{Analysis, Entity};
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
pub struct TokenJson<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    kind: &'static str,
    norm: &'t str,
    segments: SegmentsJson<'t>,
}

/// A token's clitic segments, offsets into the text like the token's,
/// converted from the token's own text as they are written.
struct SegmentsJson<'t> {
    token: &'t str,
    start: usize,
    unit: OffsetUnit,
    segments: &'t [Segment],
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

impl Serialize for SegmentsJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.segments.len()))?;
        let at = |byte: usize| match self.unit {
            OffsetUnit::Byte => self.start + byte,
            unit => self.start + count(&self.token.as_bytes()[..byte], unit == OffsetUnit::Utf16),
        };
        for seg in self.segments {
            seq.serialize_element(&SegmentJson {
                start: at(seg.span.start),
                end: at(seg.span.end),
                text: seg.span.of(self.token),
                kind: seg.kind.name(),
                restored: &seg.restored,
            })?;
        }
        seq.end()
    }
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
        if !std::mem::replace(&mut self.first, false) {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, record).map_err(std::io::Error::from)
    }
}

/// Writes the tokens of `analysis` (spans into `text`) as list elements.
pub fn tokens(
    out: &mut impl Write,
    list: &mut List,
    text: &str,
    analysis: &Analysis,
    cursor: &mut OffsetCursor,
    unit: OffsetUnit,
) -> std::io::Result<()> {
    let lexed = &analysis.lexed;
    for t in &lexed.tokens {
        let form = lexed.form(t);
        let (start, end) = cursor.span(t.span);
        let token = t.span.of(text);
        let segments = SegmentsJson { token, start, unit, segments: &form.segments };
        list.push(
            out,
            &TokenJson { start, end, text: token, kind: t.kind.name(), norm: &form.norm, segments },
        )?;
    }
    Ok(())
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
