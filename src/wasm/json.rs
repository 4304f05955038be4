//! The analysis's forms and entities as JSON text, parsed in one
//! `JSON.parse` call on the JavaScript side.
//!
//! They cross as plain objects (the page reads them so), and building tens
//! of thousands of objects property by property across the boundary
//! (serde-wasm-bindgen) was a third of the wasm pipeline's time; V8's JSON
//! parser builds the same objects many times faster. The objects are
//! exactly those serde-wasm-bindgen made: the same keys in the same order,
//! absent optional keys, numbers as numbers.
//!
//! Each text is first measured (an upper bound, by the same code writing
//! into a counter), then written into a string of that capacity: grown by
//! doubling, the entities' text (about 6 MB at 10 MB of input) was moved
//! into a buffer twice its size, and the wasm heap keeps its high-water
//! mark.

use super::JsForm;
use crate::span::{OffsetCursor, OffsetUnit, Span};
use crate::Entity;

/// Where JSON goes: a string, or a [`Length`] counting it.
trait Out {
    fn text(&mut self, s: &str);
    fn number(&mut self, n: usize);
}

impl Out for String {
    fn text(&mut self, s: &str) {
        self.push_str(s);
    }

    /// A decimal number, without the formatting machinery (`write!` was a
    /// visible part of the conversion).
    fn number(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.push_str(std::str::from_utf8(&digits[at..]).expect("ASCII digits"));
    }
}

/// The bytes a string would get.
#[derive(Default)]
struct Length(usize);

impl Out for Length {
    fn text(&mut self, s: &str) {
        self.0 += s.len();
    }

    fn number(&mut self, n: usize) {
        self.0 += n.checked_ilog10().unwrap_or(0) as usize + 1;
    }
}

/// `forms` as a JSON array (`null` for a form no token uses).
pub(super) fn forms(forms: &[Option<JsForm>]) -> String {
    let mut length = Length::default();
    write_forms(&mut length, forms);
    let mut out = String::with_capacity(length.0);
    write_forms(&mut out, forms);
    out
}

fn write_forms(out: &mut impl Out, forms: &[Option<JsForm>]) {
    out.text("[");
    for (i, form) in forms.iter().enumerate() {
        if i > 0 {
            out.text(",");
        }
        let Some(form) = form else {
            out.text("null");
            continue;
        };
        out.text("{\"norm\":");
        string(out, form.norm, false);
        out.text(",\"segments\":[");
        for (j, s) in form.segments.iter().enumerate() {
            if j > 0 {
                out.text(",");
            }
            out.text("{\"start\":");
            out.number(s.start);
            out.text(",\"end\":");
            out.number(s.end);
            out.text(",\"kind\":\"");
            out.text(s.kind);
            out.text("\",\"restored\":");
            string(out, s.restored, false);
            out.text("}");
        }
        out.text("]}");
    }
    out.text("]");
}

/// `entities` as a JSON array, offsets in UTF-16 units of `text`: written
/// straight from the entities, with no list of converted mentions beside
/// them. A mention with no id or gloss has no such key, and one with no
/// inner mentions no `inner`.
pub(super) fn entities(text: &str, entities: &[Entity]) -> String {
    // Measured with every offset at its largest possible value, so that
    // the text's UTF-16 offsets are counted once, while writing.
    let mut length = Length::default();
    entity_list(&mut length, entities, &mut |_, _| (text.len(), text.len()), 0);
    let mut out = String::with_capacity(length.0);
    // One cursor per nesting depth: the mentions of one depth come in text
    // order (top-level mentions never overlap, inner ones are sorted inside
    // them), so each cursor only walks forward.
    let mut cursors: Vec<OffsetCursor> = Vec::new();
    let mut offsets = |span: Span, depth: usize| {
        if cursors.len() <= depth {
            cursors.push(OffsetCursor::new(text, OffsetUnit::Utf16));
        }
        cursors[depth].span(span)
    };
    entity_list(&mut out, entities, &mut offsets, 0);
    out
}

fn entity_list(
    out: &mut impl Out,
    entities: &[Entity],
    offsets: &mut impl FnMut(Span, usize) -> (usize, usize),
    depth: usize,
) {
    out.text("[");
    for (i, e) in entities.iter().enumerate() {
        if i > 0 {
            out.text(",");
        }
        let (start, end) = offsets(e.span, depth);
        out.text("{\"start\":");
        out.number(start);
        out.text(",\"end\":");
        out.number(end);
        out.text(",\"type\":\"");
        out.text(e.kind.name());
        out.text("\"");
        if let Some(id) = &e.id {
            out.text(",\"id\":");
            string(out, id, true);
        }
        if let Some(gloss) = &e.gloss {
            out.text(",\"gloss\":");
            string(out, gloss, true);
        }
        if !e.inner.is_empty() {
            out.text(",\"inner\":");
            entity_list(out, &e.inner, offsets, depth + 1);
        }
        out.text("}");
    }
    out.text("]");
}

/// A JSON string literal: quotes, backslashes and control characters
/// escaped, everything else as is — or, when `ascii`, everything beyond
/// ASCII escaped as `\uXXXX` too. The entities' text is ASCII but for a
/// few hundred glosses (Türkiye, Côte d’Ivoire), and a single character
/// beyond Latin-1 makes JavaScript hold the whole JSON text at two bytes a
/// character: escaping them halves the largest string of the conversion.
/// The forms' text is Arabic throughout, so it stays as is.
/// (tests/wasm/user-gazetteer.test.mjs reads such ids and glosses back.)
fn string(out: &mut impl Out, s: &str, ascii: bool) {
    out.text("\"");
    let mut plain = 0;
    for (at, b) in s.bytes().enumerate() {
        if b == b'"' || b == b'\\' || b < 0x20 {
            out.text(&s[plain..at]);
            match b {
                b'"' => out.text("\\\""),
                b'\\' => out.text("\\\\"),
                _ => unit(out, b.into()),
            }
            plain = at + 1;
        } else if ascii && b >= 0x80 {
            if (b as i8) < -0x40 {
                continue; // a continuation byte, escaped with its lead
            }
            out.text(&s[plain..at]);
            let c = s[at..].chars().next().expect("a lead byte starts a char");
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                unit(out, *u);
            }
            plain = at + c.len_utf8();
        }
    }
    out.text(&s[plain..]);
    out.text("\"");
}

/// `\uXXXX`, lower-case hex.
fn unit(out: &mut impl Out, u: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut esc = *b"\\u0000";
    for (k, d) in esc[2..].iter_mut().enumerate() {
        *d = HEX[(u >> (12 - 4 * k) & 0xF) as usize];
    }
    out.text(std::str::from_utf8(&esc).expect("ASCII"));
}
