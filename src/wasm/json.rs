//! The analysis's forms, and the mentions' table of ids and glosses, as
//! JSON text parsed by `JSON.parse` on the JavaScript side.
//!
//! They cross as plain objects (the page reads them so), and building tens
//! of thousands of objects property by property across the boundary
//! (serde-wasm-bindgen) was a third of the wasm pipeline's time; V8's JSON
//! parser builds the same objects many times faster. The objects are
//! exactly those serde-wasm-bindgen made: the same keys in the same order,
//! absent optional keys, numbers as numbers.
//!
//! They cross in parts of about 16 K characters of JSON, each parsed
//! and appended to one array: the same array one text would give, but no
//! text of the whole list (3 MB of Arabic for the forms of 10 MB of input)
//! is written in the wasm heap, which keeps its high-water mark, nor held
//! as a JavaScript string beside the objects. Parts are kept below 100 K
//! characters: V8 builds the objects of a longer JSON text straight in its
//! old generation, which measured about 50 ms slower at 10 MB of input
//! (old-generation allocation and collections) and saved no memory in the
//! benchmark.

use super::mentions::Ref;
use super::JsForm;
use crate::span;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::prelude::*;

/// A part ends once its text is about this many UTF-16 units long.
const PART_UNITS: usize = 16 * 1024;
/// ... or holds this many items (each an argument of one `push` call).
const PART_ITEMS: usize = 8192;

/// An array built from JSON texts of parts of it.
struct Parts {
    array: Array,
    push: Function,
    text: String,
    /// UTF-16 units in `text`.
    units: usize,
    items: usize,
}

impl Parts {
    fn new() -> Result<Self, JsError> {
        let array = Array::new();
        let push = Reflect::get(&array, &"push".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| JsError::new("could not build the result array"))?;
        Ok(Parts { array, push, text: String::new(), units: 0, items: 0 })
    }

    /// Adds one item, written by `write`.
    fn item(&mut self, write: impl FnOnce(&mut String)) -> Result<(), JsError> {
        self.text.push(if self.items == 0 { '[' } else { ',' });
        let from = self.text.len();
        write(&mut self.text);
        self.units += 1 + span::count(&self.text.as_bytes()[from..], true);
        self.items += 1;
        if self.units >= PART_UNITS || self.items >= PART_ITEMS {
            self.flush()?;
        }
        Ok(())
    }

    /// Parses the part written so far and appends its items.
    fn flush(&mut self) -> Result<(), JsError> {
        if self.items == 0 {
            return Ok(());
        }
        self.text.push(']');
        let items = js_sys::JSON::parse(&self.text)
            .map_err(|_| JsError::new("could not convert the result (invalid JSON)"))?;
        Reflect::apply(&self.push, &self.array, items.unchecked_ref())
            .map_err(|_| JsError::new("could not build the result array"))?;
        self.text.clear();
        (self.units, self.items) = (0, 0);
        Ok(())
    }

    fn finish(mut self) -> Result<Array, JsError> {
        self.flush()?;
        Ok(self.array)
    }
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

/// `forms` as an array (`null` for a form no token uses).
pub(super) fn forms(forms: &[Option<JsForm>]) -> Result<Array, JsError> {
    let mut parts = Parts::new()?;
    for form in forms {
        parts.item(|out| write_form(out, form.as_ref()))?;
    }
    parts.finish()
}

fn write_form(out: &mut String, form: Option<&JsForm>) {
    let Some(form) = form else {
        out.push_str("null");
        return;
    };
    out.push_str("{\"norm\":");
    string(out, form.norm);
    out.push_str(",\"segments\":[");
    for (j, s) in form.segments.iter().enumerate() {
        if j > 0 {
            out.push(',');
        }
        out.push_str("{\"start\":");
        number(out, s.start);
        out.push_str(",\"end\":");
        number(out, s.end);
        out.push_str(",\"kind\":\"");
        out.push_str(s.kind);
        out.push_str("\",\"restored\":");
        string(out, s.restored);
        out.push('}');
    }
    out.push_str("]}");
}

/// The mentions' table of ids and glosses (see [`super::mentions`]): an
/// object with the keys present, `null` for row 0 (neither).
pub(super) fn refs(table: &[Ref]) -> Result<Array, JsError> {
    let mut parts = Parts::new()?;
    for &(id, gloss) in table {
        parts.item(|out| {
            if (id, gloss) == (None, None) {
                return out.push_str("null");
            }
            out.push('{');
            if let Some(id) = id {
                out.push_str("\"id\":");
                string(out, id);
            }
            if let Some(gloss) = gloss {
                out.push_str(if id.is_some() { ",\"gloss\":" } else { "\"gloss\":" });
                string(out, gloss);
            }
            out.push('}');
        })?;
    }
    parts.finish()
}

/// A JSON string literal: quotes, backslashes and control characters
/// escaped, everything else as is.
fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut plain = 0;
    for (at, b) in s.bytes().enumerate() {
        if b == b'"' || b == b'\\' || b < 0x20 {
            out.push_str(&s[plain..at]);
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                _ => unit(out, b.into()),
            }
            plain = at + 1;
        }
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// `\uXXXX`, lower-case hex.
fn unit(out: &mut String, u: u16) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut esc = *b"\\u0000";
    for (k, d) in esc[2..].iter_mut().enumerate() {
        *d = HEX[(u >> (12 - 4 * k) & 0xF) as usize];
    }
    out.push_str(std::str::from_utf8(&esc).expect("ASCII"));
}
