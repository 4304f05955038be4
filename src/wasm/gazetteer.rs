//! Names added at run time: the page user's terms passed with each call
//! (`options.gazetteer`, cached), the library's `loadGazetteer`, and the
//! wide lists the page fetches after its first highlight (`loadWideList`).

use crate::{Analysis, Gazetteer};
use js_sys::{Array, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The last user gazetteer built, with the option value it came from: a
    /// page passes the same terms with every analysis.
    static USER_GAZETTEER: RefCell<Option<(String, Rc<Gazetteer>)>> = const { RefCell::new(None) };
}

/// The gazetteer `options.gazetteer` asks for: built-in lists plus the
/// user's terms, or `None` when there are none.
pub(super) fn user_gazetteer(options: &JsValue) -> Result<Option<Rc<Gazetteer>>, JsError> {
    let value = if options.is_object() {
        Reflect::get(options, &JsValue::from_str("gazetteer")).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    };
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let key =
        match value.as_string() {
            Some(text) => text,
            None if Array::is_array(&value) => js_sys::JSON::stringify(&value)
                .ok()
                .and_then(|s| s.as_string())
                .ok_or_else(|| JsError::new("analyze: options.gazetteer could not be read"))?,
            None => {
                return Err(JsError::new(
                    "analyze: options.gazetteer must be TSV, CSV or JSON text, or an array of terms",
                ))
            }
        };
    if key.trim().is_empty() {
        return Ok(None);
    }
    if let Some(cached) =
        USER_GAZETTEER.with_borrow(|c| c.as_ref().filter(|(k, _)| *k == key).map(|(_, g)| g.clone()))
    {
        return Ok(Some(cached));
    }
    let built = Rc::new(build_user_gazetteer(&key)?);
    USER_GAZETTEER.set(Some((key, built.clone())));
    Ok(Some(built))
}

/// One JSON term.
#[derive(serde::Deserialize)]
struct UserTerm {
    surface: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    gloss: String,
}

fn build_user_gazetteer(text: &str) -> Result<Gazetteer, JsError> {
    let json = text.trim_start().starts_with('[');
    let unit = if json { "item" } else { "line" };
    let error = |e: crate::entities::GazetteerError| {
        JsError::new(&format!("user gazetteer, {unit} {}: {}", e.line, e.message))
    };
    if !json {
        return Gazetteer::with_user("user gazetteer", text).map_err(error);
    }
    let parsed =
        js_sys::JSON::parse(text).map_err(|_| JsError::new("user gazetteer: the JSON is not valid"))?;
    let items = Array::from(&parsed);
    let mut user = Gazetteer::new();
    for (i, item) in items.iter().enumerate() {
        let term: UserTerm = serde_wasm_bindgen::from_value(item).map_err(|e| {
            JsError::new(&format!(
                "user gazetteer: item {}: {e} (expected {{surface, type, id?, gloss?}})",
                i + 1
            ))
        })?;
        let fields = [term.surface.as_str(), &term.kind, &term.id, &term.gloss];
        user.add_term("item", i + 1, &fields).map_err(error)?;
    }
    user.add_builtin_lists();
    Ok(user)
}

thread_local! {
    /// The gazetteer `analyze` uses: `None` is the built-in one. wasm is
    /// single-threaded, and each worker has its own instance, so a worker's
    /// loaded names never leak into another's.
    static GAZETTEER: RefCell<Option<Gazetteer>> = const { RefCell::new(None) };
    /// The loaded gazetteer replaced every built-in name (`loadGazetteer`
    /// with `replace`): wide lists loaded later stay out of it.
    static REPLACED: Cell<bool> = const { Cell::new(false) };
}

/// The built-in names: the embedded lists, and the wide ones loaded since.
fn builtin() -> Option<Gazetteer> {
    crate::entities::wide::any().then(Gazetteer::builtin)
}

/// Runs the pipeline with the loaded gazetteer, or the built-in one.
pub(super) fn analyze_current(text: &str) -> Analysis {
    GAZETTEER.with_borrow(|g| match g {
        Some(g) => crate::analysis::analyze_with(text, g),
        None => crate::analyze(text),
    })
}

/// Adds the names of a TSV list (`surface<TAB>TYPE<TAB>id<TAB>gloss`) to the
/// gazetteer `analyze` uses; with `replace`, they replace every name instead,
/// built-in ones included. Returns how many names the list had. A bad line
/// changes nothing and is reported as `source:line: what is wrong`.
#[wasm_bindgen(js_name = loadGazetteer)]
pub fn load_gazetteer(source: &str, tsv: &str, replace: bool) -> Result<usize, JsError> {
    let error = |e: crate::entities::GazetteerError| JsError::new(&e.to_string());
    GAZETTEER.with_borrow_mut(|slot| {
        if replace {
            let mut fresh = Gazetteer::new();
            let n = fresh.add_tsv(source, tsv).map_err(error)?;
            *slot = Some(fresh);
            REPLACED.set(true);
            Ok(n)
        } else {
            // `add_tsv` adds nothing when a line is wrong, so adding in place is safe.
            slot.get_or_insert_with(|| crate::builtin_gazetteer().clone()).add_tsv(source, tsv).map_err(error)
        }
    })
}

/// Goes back to the built-in gazetteer (with the wide lists loaded).
#[wasm_bindgen(js_name = resetGazetteer)]
pub fn reset_gazetteer() {
    GAZETTEER.with_borrow_mut(|slot| *slot = builtin());
    REPLACED.set(false);
}

/// Makes a wide gazetteer of `src/data/wide/` (`cities.tsv`, `regions.tsv`,
/// `organizations.tsv`, `movements.tsv`, `leaders.tsv`, which the page
/// fetches after its first highlight) part of the built-in names of every
/// later analysis, below the user's own; returns how many names it holds.
/// A name that is not one of them, a list loaded already or a bad line is
/// refused with the reason, and nothing changes.
#[wasm_bindgen(js_name = loadWideList)]
pub fn load_wide_list(name: &str, text: &str) -> Result<usize, JsError> {
    let count = crate::entities::wide::install(name, text)
        .map_err(|e| JsError::new(&format!("loadWideList: {e}")))?;
    GAZETTEER.with_borrow_mut(|slot| match slot {
        None => *slot = builtin(),
        Some(g) if !REPLACED.get() => {
            g.add_wide_list(name, text).expect("install checked the list");
        }
        Some(_) => {}
    });
    // A user gazetteer is built again, with the list (see `with_user`).
    USER_GAZETTEER.set(None);
    Ok(count)
}

/// How many names the gazetteer `analyze` uses has.
#[wasm_bindgen(js_name = gazetteerSize)]
pub fn gazetteer_size() -> usize {
    GAZETTEER.with_borrow(|g| g.as_ref().unwrap_or_else(|| crate::builtin_gazetteer()).len())
}
