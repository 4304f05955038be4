//! The entities as columns: one row per mention, inner mentions right
//! after their container, with the ids and glosses in a table of their own.
//!
//! As objects, the mentions of 10 MB of text (about 100,000) held some
//! 20 MB of the JavaScript heap beside the analysis, and parsing them was
//! a sixth of the wasm pipeline's time (`scripts/bench-wasm.mjs`). Columns
//! cost 14 bytes a mention and cross `postMessage` as plain copies; the
//! page and the library build objects from them where they need objects
//! (www/lib/objects.js).

use super::columns::Column;
use super::{names, set, to_value};
use crate::entities::{Entity, EntityType};
use crate::span::{OffsetCursor, OffsetUnit, Span};
use js_sys::Object;
use rustc_hash::FxHashMap;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// An id and a gloss, either possibly absent: a row of `entityRefs`, an
/// object with the keys present (`null` for row 0, neither).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize)]
struct Ref<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gloss: Option<&'a str>,
}

/// Sets `entities` (the columns), `entityTypes` and `entityRefs` on `out`.
pub(super) fn set_mentions(out: &Object, text: &str, entities: &[Entity]) -> Result<(), JsError> {
    let n = count(entities);
    let mut w = Writer {
        starts: Column::new(n),
        ends: Column::new(n),
        types: Column::new(n),
        refs: Column::new(n),
        depths: Column::new(n),
        cursors: Vec::new(),
        text,
        // Row 0 is "no id, no gloss".
        table: vec![None],
        ids: FxHashMap::default(),
    };
    for e in entities {
        w.mention(e, 0);
    }
    let columns = Object::new();
    set(&columns, "starts", &w.starts.finish())?;
    set(&columns, "ends", &w.ends.finish())?;
    set(&columns, "types", &w.types.finish())?;
    set(&columns, "refs", &w.refs.finish())?;
    set(&columns, "depths", &w.depths.finish())?;
    set(out, "entities", &columns)?;
    set(out, "entityTypes", &names(EntityType::ALL.iter().map(|k| k.name())))?;
    set(out, "entityRefs", &to_value(&w.table)?)
}

/// Mentions at every depth.
fn count(entities: &[Entity]) -> usize {
    entities.iter().map(|e| 1 + count(&e.inner)).sum()
}

struct Writer<'a> {
    starts: Column<u32>,
    ends: Column<u32>,
    types: Column<u8>,
    refs: Column<u32>,
    depths: Column<u8>,
    /// One per nesting depth: the mentions of one depth come in text order
    /// (top-level mentions never overlap, inner ones are sorted inside
    /// them), so each cursor only walks forward.
    cursors: Vec<OffsetCursor<'a>>,
    text: &'a str,
    table: Vec<Option<Ref<'a>>>,
    ids: FxHashMap<Ref<'a>, u32>,
}

impl<'a> Writer<'a> {
    fn mention(&mut self, e: &'a Entity, depth: usize) {
        let (start, end) = self.offsets(e.span, depth);
        self.starts.push(start as u32);
        self.ends.push(end as u32);
        self.types.push(e.kind as u8);
        let key = Ref { id: e.id.as_deref(), gloss: e.gloss.as_deref() };
        let row = match key {
            Ref { id: None, gloss: None } => 0,
            _ => *self.ids.entry(key).or_insert_with(|| {
                self.table.push(Some(key));
                (self.table.len() - 1) as u32
            }),
        };
        self.refs.push(row);
        // Only containers hold mentions, and never another container.
        self.depths.push(u8::try_from(depth).expect("mentions nest a few levels deep"));
        for inner in &e.inner {
            self.mention(inner, depth + 1);
        }
    }

    fn offsets(&mut self, span: Span, depth: usize) -> (usize, usize) {
        if self.cursors.len() <= depth {
            self.cursors.push(OffsetCursor::new(self.text, OffsetUnit::Utf16));
        }
        self.cursors[depth].span(span)
    }
}
