//! The library entry's plain functions (www/lib/): normalization and
//! tokenization without the rest of the pipeline.

use super::{names, set};
use crate::normalize::Options;
use crate::span::{OffsetCursor, OffsetUnit};
use crate::tokenize::TokenKind;
use js_sys::{Object, Uint32Array, Uint8Array};
use wasm_bindgen::prelude::*;

/// Normalizes `text` with the named preset. `map[i]` is the UTF-16 offset in
/// `text` of UTF-16 unit `i` of the result; `map[result.length]` is
/// `text.length`, so a match in the normalized text maps back to a span of
/// the original.
#[wasm_bindgen(js_name = normalizeText, unchecked_return_type = "{ text: string; map: Uint32Array }")]
pub fn normalize_text(text: &str, preset: &str) -> Result<JsValue, JsError> {
    let options = Options::preset(preset).ok_or_else(|| {
        let names: Vec<&str> = Options::PRESETS.iter().map(|(n, _)| *n).collect();
        JsError::new(&format!("normalize: unknown preset {preset:?} (known: {})", names.join(", ")))
    })?;
    let normalized = crate::normalize::normalize(text, &options);
    let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
    let mut map = Vec::with_capacity(normalized.text.len() + 1);
    for (at, c) in normalized.text.char_indices() {
        let origin = cursor.to_unit(normalized.map[at]) as u32;
        map.extend(std::iter::repeat_n(origin, c.len_utf16()));
    }
    map.push(cursor.to_unit(text.len()) as u32);
    let out = Object::new();
    set(&out, "text", &JsValue::from_str(&normalized.text))?;
    set(&out, "map", &Uint32Array::from(&map[..]))?;
    Ok(out.into())
}

/// Tokenizes `text` only: the token columns of `analyze`, without forms,
/// sentences or entities.
#[wasm_bindgen(
    js_name = tokenizeText,
    unchecked_return_type = "{ starts: Uint32Array; ends: Uint32Array; kinds: Uint8Array; tokenKinds: TokenKind[] }"
)]
pub fn tokenize_text(text: &str) -> Result<JsValue, JsError> {
    let raw = crate::tokenize::tokenize(text);
    let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
    let (mut starts, mut ends) = (Vec::with_capacity(raw.len()), Vec::with_capacity(raw.len()));
    for t in &raw {
        let (s, e) = cursor.span(t.span);
        starts.push(s as u32);
        ends.push(e as u32);
    }
    let kinds: Vec<u8> = raw.iter().map(|t| t.kind as u8).collect();
    let out = Object::new();
    set(&out, "starts", &Uint32Array::from(&starts[..]))?;
    set(&out, "ends", &Uint32Array::from(&ends[..]))?;
    set(&out, "kinds", &Uint8Array::from(&kinds[..]))?;
    set(&out, "tokenKinds", &names(TokenKind::ALL.iter().map(|k| k.name())))?;
    Ok(out.into())
}
