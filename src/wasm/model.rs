//! The entity tagger's model. The built-in one is compiled into the module
//! (about 115 KB brotli, small enough not to slow the page), so nothing
//! needs loading; `loadModel` swaps in another model file, e.g. one a user
//! trained with `bayan train-ner`, for every later analysis.

use wasm_bindgen::prelude::*;

/// Uses the model file `bytes` (written by `bayan train-ner`) for every
/// later analysis. Only the first call takes effect; a file that is not a
/// model is refused with the reason.
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(bytes: &[u8]) -> Result<(), JsError> {
    crate::entities::tagger::install(bytes).map_err(|e| JsError::new(&format!("loadModel: {e}")))
}

/// The note of the model in use (sources, licence), or `undefined` when
/// there is none and the rules decide alone.
#[wasm_bindgen(js_name = modelNote)]
pub fn model_note() -> Option<String> {
    crate::entities::tagger::current().map(|m| m.note.clone())
}
