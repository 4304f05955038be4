//! The entity tagger's model. It is not compiled into the module: the
//! worker fetches `pkg/ner.model.bin` (about 115 KB brotli, CC BY-SA like
//! the corpus it was trained on) and passes it to `loadModel` before the
//! first analysis. Until a model is loaded, the rules decide alone.

use super::{analyzer, update_analyzer};
use crate::entities::Model;
use wasm_bindgen::prelude::*;

/// Uses the model file `bytes` (written by `bayan train-ner`) for every
/// later analysis, in place of the one before. A file that is not a model
/// is refused with the reason, and the model before stays.
#[wasm_bindgen(js_name = loadModel)]
pub fn load_model(bytes: &[u8]) -> Result<(), JsError> {
    let model = Model::from_bytes(bytes).map_err(|e| JsError::new(&format!("loadModel: {e}")))?;
    update_analyzer(|a| a.with_model(model));
    Ok(())
}

/// The note of the model in use (sources, licence), or `undefined` when
/// there is none and the rules decide alone.
#[wasm_bindgen(js_name = modelNote)]
pub fn model_note() -> Option<String> {
    analyzer().with_borrow(|a| a.model().map(|m| m.note.clone()))
}
