//! The entity tagger's model. It is not compiled into the module: the
//! worker fetches `pkg/ner.model.bin` (about 115 KB brotli, CC BY-SA like
//! the corpus it was trained on) and passes it to `loadModel` before the
//! first analysis. Until a model is loaded, the rules decide alone.

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
