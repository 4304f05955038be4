//! The browser binding: the only `#[wasm_bindgen]` code.
//!
//! It converts and calls the core, nothing more. Big results cross as typed
//! arrays (columns), small ones as plain objects, so the whole result
//! survives `postMessage` from the worker. Every offset is a UTF-16 code
//! unit index: `text.slice(start, end)` in JavaScript is exactly the span.

use crate::normalize::Options;
use crate::span::{OffsetCursor, OffsetUnit};
use crate::{Analysis, Entity, Gazetteer};
use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options for `analyze`. Unknown keys are rejected. */
export interface AnalyzeOptions {}

export type TokenKind = "word" | "number" | "punct" | "symbol" | "latin" | "url" | "email" | "hashtag" | "mention";
export type SegmentKind = "proclitic" | "article" | "stem" | "enclitic";
export type EntityType = "PERSON" | "ORG" | "LOC" | "DATE" | "NUMBER" | "EVENT" | "LAW" | "TITLE" | "QUOTE";

/** A clitic segment; offsets are relative to the token, in UTF-16 units. */
export interface Segment { start: number; end: number; kind: SegmentKind; restored: string }

/** One distinct surface string of the text. */
export interface Form { norm: string; segments: Segment[] }

export interface EntityMention { start: number; end: number; type: EntityType; id?: string; gloss?: string }

/** The result of `analyze`. Offsets are UTF-16 code units into the text. */
export interface Analysis {
  /** Token columns: token i spans `starts[i]..ends[i]`, has kind `tokenKinds[kinds[i]]` and form `forms[formIds[i]]`. */
  tokens: { starts: Uint32Array; ends: Uint32Array; kinds: Uint8Array; formIds: Uint32Array };
  tokenKinds: TokenKind[];
  forms: Form[];
  /** Sentence i spans `sentences[2 * i]..sentences[2 * i + 1]`. */
  sentences: Uint32Array;
  entities: EntityMention[];
}
"#;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Analyzes `text`: tokens, forms with clitic segments, sentences, entities.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    check_options(&options)?;
    let analysis = analyze_current(text);
    to_js(text, &analysis)
}

/// The version of the core, for the page's about line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn check_options(options: &JsValue) -> Result<(), JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(());
    }
    if !options.is_object() {
        return Err(JsError::new("analyze: options must be an object or undefined"));
    }
    let object: &Object = options.unchecked_ref();
    let keys = Object::keys(object);
    if let Some(key) = keys.iter().next() {
        return Err(JsError::new(&format!(
            "analyze: unknown option {:?}",
            key.as_string().unwrap_or_default()
        )));
    }
    Ok(())
}

#[derive(Serialize)]
struct JsSegment<'a> {
    start: usize,
    end: usize,
    kind: &'static str,
    restored: &'a str,
}

#[derive(Serialize)]
struct JsForm<'a> {
    norm: &'a str,
    segments: Vec<JsSegment<'a>>,
}

#[derive(Serialize)]
struct JsEntity<'a> {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gloss: Option<&'a str>,
}

fn to_js(text: &str, a: &Analysis) -> Result<JsValue, JsError> {
    let n = a.tokens.len();
    let (mut starts, mut ends) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
    let mut forms: Vec<Option<JsForm>> = (0..a.forms.len()).map(|_| None).collect();
    for t in &a.tokens {
        let (s, e) = cursor.span(t.span);
        starts.push(s as u32);
        ends.push(e as u32);
        let slot = &mut forms[t.form as usize];
        if slot.is_none() {
            *slot = Some(js_form(t.span.of(text), a.form(t)));
        }
    }
    let kinds: Vec<u8> = a.tokens.iter().map(|t| t.kind as u8).collect();
    let form_ids: Vec<u32> = a.tokens.iter().map(|t| t.form).collect();

    let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
    let sentences: Vec<u32> =
        a.sentences.iter().flat_map(|s| <[usize; 2]>::from(cursor.span(*s))).map(|x| x as u32).collect();
    let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
    let entities: Vec<JsEntity> = a.entities.iter().map(|e| js_entity(e, &mut cursor)).collect();

    let tokens = Object::new();
    set(&tokens, "starts", &Uint32Array::from(&starts[..]))?;
    set(&tokens, "ends", &Uint32Array::from(&ends[..]))?;
    set(&tokens, "kinds", &Uint8Array::from(&kinds[..]))?;
    set(&tokens, "formIds", &Uint32Array::from(&form_ids[..]))?;
    let kind_names: Array =
        crate::tokenize::TokenKind::ALL.iter().map(|k| JsValue::from_str(k.name())).collect();

    let out = Object::new();
    set(&out, "tokens", &tokens)?;
    set(&out, "tokenKinds", &kind_names)?;
    set(&out, "forms", &to_value(&forms)?)?;
    set(&out, "sentences", &Uint32Array::from(&sentences[..]))?;
    set(&out, "entities", &to_value(&entities)?)?;
    Ok(out.into())
}

fn js_form<'a>(surface: &str, form: &'a crate::Form) -> JsForm<'a> {
    let mut cursor = OffsetCursor::new(surface, OffsetUnit::Utf16);
    let segments = form
        .segments
        .iter()
        .map(|s| {
            let (start, end) = cursor.span(s.span);
            JsSegment { start, end, kind: s.kind.name(), restored: &s.restored }
        })
        .collect();
    JsForm { norm: &form.norm, segments }
}

fn js_entity<'a>(e: &'a Entity, cursor: &mut OffsetCursor) -> JsEntity<'a> {
    let (start, end) = cursor.span(e.span);
    JsEntity { start, end, kind: e.kind.name(), id: e.id.as_deref(), gloss: e.gloss.as_deref() }
}

fn to_value<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

fn set(target: &Object, key: &str, value: &JsValue) -> Result<(), JsError> {
    Reflect::set(target, &JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|_| JsError::new("could not build the result object"))
}

// ── The library's additions (www/lib/): normalization, tokenization and
// gazetteers loaded at run time. Kept apart from the explorer's binding above
// so each can grow without touching the other.

thread_local! {
    /// The gazetteer `analyze` uses: `None` is the built-in one. wasm is
    /// single-threaded, and each worker has its own instance, so a worker's
    /// loaded names never leak into another's.
    static GAZETTEER: RefCell<Option<Gazetteer>> = const { RefCell::new(None) };
}

/// Runs the pipeline with the loaded gazetteer, or the built-in one.
fn analyze_current(text: &str) -> Analysis {
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
            Ok(n)
        } else {
            // `add_tsv` adds nothing when a line is wrong, so adding in place is safe.
            slot.get_or_insert_with(|| crate::builtin_gazetteer().clone()).add_tsv(source, tsv).map_err(error)
        }
    })
}

/// Goes back to the built-in gazetteer.
#[wasm_bindgen(js_name = resetGazetteer)]
pub fn reset_gazetteer() {
    GAZETTEER.with_borrow_mut(|slot| *slot = None);
}

/// How many names the gazetteer `analyze` uses has.
#[wasm_bindgen(js_name = gazetteerSize)]
pub fn gazetteer_size() -> usize {
    GAZETTEER.with_borrow(|g| g.as_ref().unwrap_or_else(|| crate::builtin_gazetteer()).len())
}

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
    let kind_names: Array =
        crate::tokenize::TokenKind::ALL.iter().map(|k| JsValue::from_str(k.name())).collect();
    let out = Object::new();
    set(&out, "starts", &Uint32Array::from(&starts[..]))?;
    set(&out, "ends", &Uint32Array::from(&ends[..]))?;
    set(&out, "kinds", &Uint8Array::from(&kinds[..]))?;
    set(&out, "tokenKinds", &kind_names)?;
    Ok(out.into())
}
