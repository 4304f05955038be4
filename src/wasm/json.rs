//! The analysis's forms and entities as JSON text, parsed in one
//! `JSON.parse` call on the JavaScript side.
//!
//! They cross as plain objects (the page reads them so), and building tens
//! of thousands of objects property by property across the boundary
//! (serde-wasm-bindgen) was a third of the wasm pipeline's time; V8's JSON
//! parser builds the same objects many times faster. The objects are
//! exactly those serde-wasm-bindgen made: the same keys in the same order,
//! absent optional keys, numbers as numbers.

use super::JsForm;
use crate::span::{OffsetCursor, OffsetUnit};
use crate::Entity;
use std::fmt::Write;

/// `forms` as a JSON array (`null` for a form no token uses).
pub(super) fn forms(forms: &[Option<JsForm>]) -> String {
    let mut out = String::with_capacity(forms.len() * 64);
    out.push('[');
    for (i, form) in forms.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let Some(form) = form else {
            out.push_str("null");
            continue;
        };
        out.push_str("{\"norm\":");
        string(&mut out, form.norm, false);
        out.push_str(",\"segments\":[");
        for (j, s) in form.segments.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"start\":");
            number(&mut out, s.start);
            out.push_str(",\"end\":");
            number(&mut out, s.end);
            out.push_str(",\"kind\":\"");
            out.push_str(s.kind);
            out.push_str("\",\"restored\":");
            string(&mut out, s.restored, false);
            out.push('}');
        }
        out.push_str("]}");
    }
    out.push(']');
    out
}

/// `entities` as a JSON array, offsets in UTF-16 units of `text`: written
/// straight from the entities, with no list of converted mentions beside
/// them. A mention with no id or gloss has no such key, and one with no
/// inner mentions no `inner`.
pub(super) fn entities(text: &str, entities: &[Entity]) -> String {
    let mut out = String::with_capacity(entities.len() * 48);
    // One cursor per nesting depth: the mentions of one depth come in text
    // order (top-level mentions never overlap, inner ones are sorted inside
    // them), so each cursor only walks forward.
    let mut cursors = Vec::new();
    entity_list(&mut out, text, entities, &mut cursors, 0);
    out
}

fn entity_list<'t>(
    out: &mut String,
    text: &'t str,
    entities: &[Entity],
    cursors: &mut Vec<OffsetCursor<'t>>,
    depth: usize,
) {
    if cursors.len() <= depth {
        cursors.push(OffsetCursor::new(text, OffsetUnit::Utf16));
    }
    out.push('[');
    for (i, e) in entities.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let (start, end) = cursors[depth].span(e.span);
        out.push_str("{\"start\":");
        number(out, start);
        out.push_str(",\"end\":");
        number(out, end);
        out.push_str(",\"type\":\"");
        out.push_str(e.kind.name());
        out.push('"');
        if let Some(id) = &e.id {
            out.push_str(",\"id\":");
            string(out, id, true);
        }
        if let Some(gloss) = &e.gloss {
            out.push_str(",\"gloss\":");
            string(out, gloss, true);
        }
        if !e.inner.is_empty() {
            out.push_str(",\"inner\":");
            entity_list(out, text, &e.inner, cursors, depth + 1);
        }
        out.push('}');
    }
    out.push(']');
}

/// A decimal number, without the formatting machinery (`write!` was a
/// visible part of the conversion).
fn number(out: &mut String, mut n: usize) {
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
    out.push_str(std::str::from_utf8(&digits[at..]).expect("ASCII digits"));
}

/// A JSON string literal: quotes, backslashes and control characters
/// escaped, everything else as is — or, when `ascii`, everything beyond
/// ASCII escaped as `\uXXXX` too. The entities' text is ASCII but for a
/// few hundred glosses (Türkiye, Côte d’Ivoire), and a single character
/// beyond Latin-1 makes JavaScript hold the whole JSON text at two bytes a
/// character: escaping them halves the largest string of the conversion.
/// The forms' text is Arabic throughout, so it stays as is.
/// (tests/wasm/user-gazetteer.test.mjs reads such ids and glosses back.)
fn string(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let mut plain = 0;
    for (at, b) in s.bytes().enumerate() {
        if b == b'"' || b == b'\\' || b < 0x20 {
            out.push_str(&s[plain..at]);
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                _ => {
                    let _ = write!(out, "\\u{b:04x}");
                }
            }
            plain = at + 1;
        } else if ascii && b >= 0x80 {
            if (b as i8) < -0x40 {
                continue; // a continuation byte, escaped with its lead
            }
            out.push_str(&s[plain..at]);
            let c = s[at..].chars().next().expect("a lead byte starts a char");
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
            plain = at + c.len_utf8();
        }
    }
    out.push_str(&s[plain..]);
    out.push('"');
}
