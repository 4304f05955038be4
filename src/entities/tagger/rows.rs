//! The tagger's per-form sums kept from one text to the next.
//!
//! A form's row (its features' weights summed at each offset, see
//! [`Scorer`](super::Scorer)) depends on the form, the kind of the token it
//! first appears as, the model and the gazetteer whose names are features:
//! not on the text around it. A long text analysed a section at a time, or
//! a corpus a document at a time, would compute the rows of its common
//! words again for every section or document; [`Rows`], held in the
//! [`FormCache`](crate::FormCache) beside the forms, keeps them. It starts
//! again empty for another model or gazetteer, for another clitic lexicon
//! (with the forms) and when it passes its size.

use super::{Model, OFFSETS, TAGS};
use crate::entities::Gazetteer;
use crate::tokenize::TokenKind;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// A form's summed weights, per offset and tag.
pub(crate) type Row = [[i16; TAGS]; OFFSETS];

/// Rows by surface and kind, kept across texts (see the [module docs](self)).
#[derive(Default)]
pub struct Rows {
    /// Keyed by the kind's byte, then the surface.
    rows: FxHashMap<Box<[u8]>, Row>,
    /// What the rows were summed with (held, so that no other can take its
    /// place at the same address unnoticed).
    bound: Option<(Arc<Model>, Arc<Gazetteer>)>,
    /// The key being looked up, reused.
    key: Vec<u8>,
    max: usize,
}

impl std::fmt::Debug for Rows {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rows").field("len", &self.rows.len()).field("max", &self.max).finish()
    }
}

impl Rows {
    /// Rows for at most `max` surfaces (0: nothing is kept).
    pub(crate) fn with_capacity(max: usize) -> Rows {
        Rows { max, ..Rows::default() }
    }

    pub(crate) fn clear(&mut self) {
        self.rows.clear();
    }

    /// Readies the rows for `model` and `names`: emptied if they were
    /// summed with others.
    pub(crate) fn bind(&mut self, model: &Arc<Model>, names: &Arc<Gazetteer>) {
        let same = self.bound.as_ref().is_some_and(|(m, g)| Arc::ptr_eq(m, model) && Arc::ptr_eq(g, names));
        if self.max > 0 && !same {
            self.clear();
            self.bound = Some((model.clone(), names.clone()));
        }
    }

    /// The row of `surface` as a `kind` token: kept, or made by `make` and
    /// kept.
    pub(super) fn row(&mut self, surface: &str, kind: TokenKind, make: impl FnOnce() -> Row) -> Row {
        if self.max == 0 {
            return make();
        }
        self.key.clear();
        self.key.push(kind as u8);
        self.key.extend_from_slice(surface.as_bytes());
        if let Some(row) = self.rows.get(self.key.as_slice()) {
            return *row;
        }
        if self.rows.len() >= self.max {
            self.clear();
        }
        let row = make();
        self.rows.insert(self.key.as_slice().into(), row);
        row
    }
}
