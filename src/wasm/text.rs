//! The text to analyze, brought into the module as UTF-8 in a buffer of
//! exactly its size.
//!
//! wasm-bindgen's own `&str` conversion reserves one byte per UTF-16 unit,
//! grows that to three bytes per unit (a move, for Arabic text), encodes
//! and then trims: for 10 MB of text about 24 MB of the heap is touched
//! before the pipeline starts, and since the wasm heap never shrinks, the
//! holes it leaves raised the high-water mark of the whole analysis by
//! about as much. Here the encoded length is counted first (through a small
//! scratch array on the JavaScript side), then the text is encoded once,
//! straight into its final buffer. Lone surrogates become U+FFFD, as they
//! do through wasm-bindgen (both use `TextEncoder`).

use js_sys::{JsString, Uint8Array, WebAssembly};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &JsString, dest: &Uint8Array) -> EncodeResult;

    type EncodeResult;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeResult) -> u32;
}

/// UTF-16 units counted per step; the scratch array holds three bytes each.
const STEP: u32 = 1 << 16;

/// `text` as a Rust string; an error naming `what` when it is not a string.
///
/// The crate's one `unsafe` block is here (the crate denies `unsafe_code`
/// everywhere else): see the SAFETY note at its end.
#[allow(unsafe_code)]
pub(super) fn from_js(text: &JsValue, what: &str) -> Result<String, JsError> {
    let Some(text) = text.dyn_ref::<JsString>() else {
        return Err(JsError::new(&format!("{what}: the text must be a string")));
    };
    let encoder = TextEncoder::new();
    let units = text.length();
    let scratch = Uint8Array::new_with_length(3 * STEP);
    let (mut read, mut bytes) = (0, 0usize);
    while read < units {
        let mut end = units.min(read + STEP);
        // A high surrogate cut from its low one would be encoded alone:
        // such a step ends before it, and the next takes the pair.
        if end < units && is_high_surrogate(text, end - 1) {
            end -= 1;
        }
        bytes += encoder.encode_into(&text.slice(read, end), &scratch).written() as usize;
        read = end;
    }
    let mut buffer = vec![0u8; bytes];
    let memory: WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    // A view of the buffer in the module's memory: made after the buffer,
    // so no allocation can grow (and detach) the memory under it.
    let view = Uint8Array::new_with_byte_offset_and_length(
        &memory.buffer(),
        buffer.as_mut_ptr() as u32,
        bytes as u32,
    );
    let written = encoder.encode_into(text, &view).written() as usize;
    if written != bytes {
        return Err(JsError::new(&format!("{what}: the text changed while it was read")));
    }
    // SAFETY: `TextEncoder` writes UTF-8 by definition (lone surrogates
    // become U+FFFD), and it filled the whole buffer. Validating 10 MB
    // again cost 2–3 % of the whole analysis in wasm; wasm-bindgen's own
    // `&str` conversion trusts the encoder the same way.
    Ok(unsafe { String::from_utf8_unchecked(buffer) })
}

fn is_high_surrogate(text: &JsString, at: u32) -> bool {
    (0xD800 as f64..0xDC00 as f64).contains(&text.char_code_at(at))
}
