//! Names added at run time: the page user's terms passed with each call
//! (`options.gazetteer`, cached), the library's `loadGazetteer`, and the
//! wide lists the page fetches after its first highlight (`loadWideList`).

use super::options::Fields;
use super::{analyzer, update_analyzer};
use crate::clitics::Lexicon;
use crate::{Analyzer, Gazetteer};
use js_sys::{Array, Reflect};
use std::cell::{Cell, RefCell};
use std::sync::Arc;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The last user gazetteer built, with the option value it came from: a
    /// page passes the same terms with every analysis.
    static USER_GAZETTEER: RefCell<Option<(String, Arc<Gazetteer>)>> = const { RefCell::new(None) };
}

/// The gazetteer `options.gazetteer` asks for: built-in lists plus the
/// user's terms, or `None` when there are none.
pub(super) fn user_gazetteer(options: &JsValue) -> Result<Option<Arc<Gazetteer>>, JsError> {
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
    let built = Arc::new(build_user_gazetteer(&key)?);
    USER_GAZETTEER.set(Some((key, built.clone())));
    Ok(Some(built))
}

fn build_user_gazetteer(text: &str) -> Result<Gazetteer, JsError> {
    let json = text.trim_start().starts_with('[');
    let unit = if json { "item" } else { "line" };
    let error = |e: crate::entities::GazetteerError| {
        JsError::new(&format!("user gazetteer, {unit} {}: {}", e.line, e.message))
    };
    if !json {
        let mut user = Gazetteer::with_user("user gazetteer", text).map_err(error)?;
        add_wide_lists(&mut user);
        return Ok(user);
    }
    let parsed =
        js_sys::JSON::parse(text).map_err(|_| JsError::new("user gazetteer: the JSON is not valid"))?;
    let items = Array::from(&parsed);
    let mut user = Gazetteer::new();
    for (i, item) in items.iter().enumerate() {
        let what = format!("user gazetteer: item {}", i + 1);
        let term = Fields::of(&item, &what, None, " (expected {surface, type, id?, gloss?})")?;
        let fields = [
            term.required_string("surface")?,
            term.required_string("type")?,
            term.string("id")?.unwrap_or_default(),
            term.string("gloss")?.unwrap_or_default(),
        ];
        let fields = fields.each_ref().map(String::as_str);
        user.add_term("item", i + 1, &fields).map_err(error)?;
    }
    user.add_builtin_lists();
    add_wide_lists(&mut user);
    Ok(user)
}

/// The rare clitic stems' file among the wide lists (www/wide.js).
const RARE_STEMS: &str = "clitics-stems.tsv";

thread_local! {
    /// The wide lists the page has loaded (`loadWideList`), file name and
    /// text: a reset or a user gazetteer built later gets them again.
    static WIDE: RefCell<Vec<(&'static str, String)>> = const { RefCell::new(Vec::new()) };
    /// The loaded gazetteer replaced every built-in name (`loadGazetteer`
    /// with `replace`): wide lists loaded later stay out of it.
    static REPLACED: Cell<bool> = const { Cell::new(false) };
}

/// Adds the wide lists loaded so far to `gazetteer`.
fn add_wide_lists(gazetteer: &mut Gazetteer) {
    WIDE.with_borrow(|lists| {
        for (name, text) in lists {
            gazetteer.add_wide_list(name, text).expect("loadWideList checked the list");
        }
    });
}

/// Adds the names of a TSV list (`surface<TAB>TYPE<TAB>id<TAB>gloss`) to the
/// gazetteer `analyze` uses; with `replace`, they replace every name instead,
/// built-in ones included. Returns how many names the list had. A bad line
/// changes nothing and is reported as `source:line: what is wrong`.
#[wasm_bindgen(js_name = loadGazetteer)]
pub fn load_gazetteer(source: &str, tsv: &str, replace: bool) -> Result<usize, JsError> {
    let error = |e: crate::entities::GazetteerError| JsError::new(&e.to_string());
    if replace {
        let mut fresh = Gazetteer::new();
        let n = fresh.add_tsv(source, tsv).map_err(error)?;
        update_analyzer(|a| a.with_gazetteer(fresh));
        REPLACED.set(true);
        Ok(n)
    } else {
        // `add_tsv` adds nothing when a line is wrong, so adding in place is
        // safe; the built-in gazetteer is copied first, not changed.
        analyzer().with_borrow_mut(|a| a.gazetteer_mut().add_tsv(source, tsv).map_err(error))
    }
}

/// Goes back to the built-in gazetteer (with the wide lists loaded).
#[wasm_bindgen(js_name = resetGazetteer)]
pub fn reset_gazetteer() {
    let mut gazetteer = Analyzer::builtin().gazetteer().clone();
    if WIDE.with_borrow(|lists| !lists.is_empty()) {
        add_wide_lists(Arc::make_mut(&mut gazetteer));
    }
    update_analyzer(|a| a.with_gazetteer(gazetteer));
    REPLACED.set(false);
}

/// Makes a wide gazetteer of `src/data/wide/` (`cities.tsv`, `regions.tsv`,
/// `organizations.tsv`, `movements.tsv`, `leaders.tsv`, which the page
/// fetches after its first highlight) part of the built-in names of the
/// module's analyzer from now on, below the user's own; returns how many
/// names it holds. `clitics-stems.tsv`, which comes with them, is the rare
/// clitic stems instead ([`Lexicon::add_rare_stems`]); returns how many
/// stems. A name that is not one of them, a list loaded already or a bad
/// line is refused with the reason, and nothing changes.
#[wasm_bindgen(js_name = loadWideList)]
pub fn load_wide_list(name: &str, text: &str) -> Result<usize, JsError> {
    let error = |e: String| JsError::new(&format!("loadWideList: {e}"));
    if name.strip_prefix("wide/").unwrap_or(name) == RARE_STEMS {
        let count = Lexicon::add_rare_stems(text).map_err(error)?;
        update_analyzer(|a| a.with_lexicon(Lexicon::builtin()));
        return Ok(count);
    }
    let file = crate::entities::wide::file_name(name).map_err(error)?;
    if WIDE.with_borrow(|lists| lists.iter().any(|(n, _)| *n == file)) {
        return Err(error(format!("{file} is loaded already")));
    }
    let count = if REPLACED.get() {
        Gazetteer::new().add_wide_list(file, text)
    } else {
        analyzer().with_borrow_mut(|a| a.gazetteer_mut().add_wide_list(file, text))
    }
    .map_err(error)?;
    WIDE.with_borrow_mut(|lists| lists.push((file, text.to_string())));
    // A user gazetteer is built again, with the list.
    USER_GAZETTEER.set(None);
    Ok(count)
}

/// How many names the gazetteer `analyze` uses has.
#[wasm_bindgen(js_name = gazetteerSize)]
pub fn gazetteer_size() -> usize {
    analyzer().with_borrow(|a| a.gazetteer().len())
}
