//! Token records written from per-form JSON fragments.
//!
//! The JSON is about 22 times the input, and most of it is tokens. Beyond
//! its start and end, a token's record (`"text"`, `"kind"`, `"norm"`, the
//! segments) depends only on its surface and kind: its segments' offsets
//! are the token's start plus offsets relative to the token. So each
//! distinct (surface, kind) is serialized once, by serde_json (the escaping
//! is the one the records always had), into a fragment with holes where the
//! segment offsets go; a token is then two integers, a copy of the
//! fragment and an integer per hole.
//!
//! Fragments outlive a section and a document (the next ones mostly reuse
//! the same words); the cache is emptied when it passes [`MAX_FORMS`]
//! surfaces, so memory stays bounded whatever the input.

use crate::records::List;
use bayan::span::{count, OffsetCursor, OffsetUnit};
use bayan::tokenize::TokenKind;
use bayan::{Form, Lexed};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::io::Write;

/// Distinct surfaces kept at most (about 200 bytes each); past it the cache
/// starts again empty.
const MAX_FORMS: usize = 1 << 16;

/// One (surface, kind)'s record after `"end":N,` up to its closing brace.
struct Fragment {
    kind: TokenKind,
    bytes: Vec<u8>,
    /// Where a segment offset goes (its place in `bytes`, nothing there
    /// yet) and that offset relative to the token's start, in the unit.
    holes: Vec<(u32, u32)>,
}

/// Fragments by surface and kind, for one offset unit.
pub struct Fragments {
    unit: OffsetUnit,
    /// Fragment ids by surface, a map per kind (by discriminant).
    ids: [FxHashMap<Box<str>, u32>; TokenKind::ALL.len()],
    fragments: Vec<Fragment>,
    /// The current text's forms' fragments (`u32::MAX`: not looked up yet).
    by_form: Vec<u32>,
}

/// A clitic segment's record after its offsets.
#[derive(Serialize)]
struct SegmentTail<'t> {
    text: &'t str,
    kind: &'static str,
    restored: &'t str,
}

impl Fragments {
    pub fn new(unit: OffsetUnit) -> Self {
        Fragments { unit, ids: Default::default(), fragments: Vec::new(), by_form: Vec::new() }
    }

    /// Writes the tokens of `lexed` (spans into `text`) as list elements,
    /// byte for byte what serializing each token's record would give.
    pub fn tokens(
        &mut self,
        out: &mut impl Write,
        list: &mut List,
        text: &str,
        lexed: &Lexed,
        cursor: &mut OffsetCursor,
    ) -> std::io::Result<()> {
        if self.fragments.len() > MAX_FORMS {
            self.ids.iter_mut().for_each(FxHashMap::clear);
            self.fragments.clear();
        }
        self.by_form.clear();
        self.by_form.resize(lexed.forms.len(), u32::MAX);
        let mut numbers = itoa::Buffer::new();
        for t in &lexed.tokens {
            let mut id = self.by_form[t.form as usize];
            if id == u32::MAX || self.fragments[id as usize].kind != t.kind {
                id = self.fragment(t.span.of(text), t.kind, lexed.form(t));
                self.by_form[t.form as usize] = id;
            }
            let (start, end) = cursor.span(t.span);
            list.separate(out)?;
            out.write_all(b"{\"start\":")?;
            out.write_all(numbers.format(start).as_bytes())?;
            out.write_all(b",\"end\":")?;
            out.write_all(numbers.format(end).as_bytes())?;
            out.write_all(b",")?;
            let fragment = &self.fragments[id as usize];
            let mut at = 0;
            for &(place, offset) in &fragment.holes {
                out.write_all(&fragment.bytes[at..place as usize])?;
                out.write_all(numbers.format(start + offset as usize).as_bytes())?;
                at = place as usize;
            }
            out.write_all(&fragment.bytes[at..])?;
        }
        Ok(())
    }

    /// The id of the fragment of `token` (its surface) as a `kind` token of
    /// `form`, serialized now if it is new.
    fn fragment(&mut self, token: &str, kind: TokenKind, form: &Form) -> u32 {
        if let Some(&id) = self.ids[kind as usize].get(token) {
            return id;
        }
        let unit = self.unit;
        let relative = |byte: usize| match unit {
            OffsetUnit::Byte => byte,
            unit => count(&token.as_bytes()[..byte], unit == OffsetUnit::Utf16),
        } as u32;
        let mut bytes = Vec::with_capacity(64 + 3 * token.len());
        let mut holes = Vec::with_capacity(2 * form.segments.len());
        let string = |bytes: &mut Vec<u8>, s: &str| serde_json::to_writer(bytes, s).expect("memory");
        bytes.extend_from_slice(b"\"text\":");
        string(&mut bytes, token);
        bytes.extend_from_slice(b",\"kind\":");
        string(&mut bytes, kind.name());
        bytes.extend_from_slice(b",\"norm\":");
        string(&mut bytes, &form.norm);
        bytes.extend_from_slice(b",\"segments\":[");
        for (i, seg) in form.segments.iter().enumerate() {
            if i > 0 {
                bytes.push(b',');
            }
            bytes.extend_from_slice(b"{\"start\":");
            holes.push((bytes.len() as u32, relative(seg.span.start)));
            bytes.extend_from_slice(b",\"end\":");
            holes.push((bytes.len() as u32, relative(seg.span.end)));
            bytes.push(b',');
            let tail =
                SegmentTail { text: seg.span.of(token), kind: seg.kind.name(), restored: &seg.restored };
            // The tail as an object without its opening brace.
            let object = serde_json::to_vec(&tail).expect("memory");
            bytes.extend_from_slice(&object[1..]);
        }
        bytes.extend_from_slice(b"]}");
        let id = self.fragments.len() as u32;
        self.fragments.push(Fragment { kind, bytes, holes });
        self.ids[kind as usize].insert(token.into(), id);
        id
    }
}
