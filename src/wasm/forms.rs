//! The forms as columns: each distinct surface's normalized text and its
//! clitic segments, with the texts of all forms (and of all restored
//! segments) joined into one string each.
//!
//! As objects, the 25,000 forms of 10 MB of text and their segments held
//! about 6 MB of the JavaScript heap, and while they were parsed V8's young
//! generation grew to its working size: at 1 MB of input that was most of
//! the peak above the text (`scripts/bench-wasm.mjs`). The library and the
//! page make the objects where they need them (www/lib/objects.js).

use super::columns::Column;
use super::{names, set};
use crate::clitics::SegmentKind;
use crate::span::{self, OffsetCursor, OffsetUnit};
use crate::Lexed;
use js_sys::{JsString, Object};
use wasm_bindgen::prelude::*;

/// Sets `forms`, `segments` and `segmentKinds` on `out`. `first[f]` is a
/// token of form `f` (every form is made from a token): segment offsets are
/// converted on its text.
pub(super) fn set_forms(out: &Object, text: &str, a: &Lexed, first: &[u32]) -> Result<(), JsError> {
    let n = a.forms.len();
    let segments: usize = a.forms.iter().map(|f| f.segments.len()).sum();
    let (mut norm_ends, mut segment_ends) = (Column::new(n), Column::new(n));
    let (mut starts, mut ends, mut kinds, mut restored_ends) =
        (Column::new(segments), Column::new(segments), Column::<u8>::new(segments), Column::new(segments));
    let mut norms = Texts::default();
    let mut restored = Texts::default();
    let mut rows = 0;
    for (form, &token) in a.forms.iter().zip(first) {
        norm_ends.push(norms.push(&form.norm));
        let surface = a.tokens[token as usize].span.of(text);
        let mut cursor = OffsetCursor::new(surface, OffsetUnit::Utf16);
        for s in &form.segments {
            let (start, end) = cursor.span(s.span);
            starts.push(start as u32);
            ends.push(end as u32);
            kinds.push(s.kind as u8);
            restored_ends.push(restored.push(&s.restored));
        }
        rows += form.segments.len() as u32;
        segment_ends.push(rows);
    }
    let forms = Object::new();
    set(&forms, "norms", &JsString::from(norms.text.as_str()))?;
    set(&forms, "normEnds", &norm_ends.finish())?;
    set(&forms, "segmentEnds", &segment_ends.finish())?;
    let columns = Object::new();
    set(&columns, "starts", &starts.finish())?;
    set(&columns, "ends", &ends.finish())?;
    set(&columns, "kinds", &kinds.finish())?;
    set(&columns, "restored", &JsString::from(restored.text.as_str()))?;
    set(&columns, "restoredEnds", &restored_ends.finish())?;
    set(out, "forms", &forms)?;
    set(out, "segments", &columns)?;
    set(out, "segmentKinds", &names(SegmentKind::ALL.iter().map(|k| k.name())))
}

/// Texts joined into one, with the UTF-16 length so far.
#[derive(Default)]
struct Texts {
    text: String,
    units: u32,
}

impl Texts {
    /// Appends `s`; returns where it ends, in UTF-16 units.
    fn push(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        self.units += span::count(s.as_bytes(), true) as u32;
        self.units
    }
}
