//! The browser binding: the only `#[wasm_bindgen]` code.
//!
//! It converts and calls the core, nothing more. Big results cross as typed
//! arrays (columns), small ones as plain objects, so the whole result
//! survives `postMessage` from the worker. Every offset is a UTF-16 code
//! unit index: `text.slice(start, end)` in JavaScript is exactly the span.

use crate::normalize::Options;
use crate::span::{OffsetCursor, OffsetUnit};
use crate::stats::{self, ConcordanceOptions, FrequencyOptions};
use crate::{Analysis, Entity, Gazetteer};
use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options for `analyze`. Unknown keys are rejected. */
export interface AnalyzeOptions {
  /**
   * Extra names, applied with the same normalization as the built-in lists and winning over
   * them: TSV or CSV text (`surface, type, id, gloss`; a header line is allowed), JSON text
   * of an array of terms, or the array itself. The built gazetteer is cached, so passing the
   * same value again costs nothing. Errors name the line (TSV/CSV) or item (JSON).
   */
  gazetteer?: string | UserTerm[];
}

/** One user gazetteer term. `type` is an EntityType (case-insensitive; PER/PERS mean PERSON). */
export interface UserTerm { surface: string; type: string; id?: string; gloss?: string }

export type TokenKind = "word" | "number" | "punct" | "symbol" | "latin" | "url" | "email" | "hashtag" | "mention";
export type SegmentKind = "proclitic" | "article" | "stem" | "enclitic";
export type EntityType = "PERSON" | "ORG" | "LOC" | "DATE" | "NUMBER" | "EVENT" | "LAW" | "TITLE" | "QUOTE";

/** A clitic segment; offsets are relative to the token, in UTF-16 units. */
export interface Segment { start: number; end: number; kind: SegmentKind; restored: string }

/** One distinct surface string of the text. */
export interface Form { norm: string; segments: Segment[] }

/** A mention; a TITLE, EVENT, LAW or QUOTE may hold the names and dates inside it in `inner`. */
export interface EntityMention { start: number; end: number; type: EntityType; id?: string; gloss?: string; inner?: EntityMention[] }

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

/** Options for `TextDocument.frequencies`. Unknown keys are rejected. */
export interface FrequencyOptions { stripClitics?: boolean; skipStopwords?: boolean; limit?: number }
export interface WordCount { key: string; example: string; count: number; spellings: number }
export interface Frequencies { total: number; distinct: number; words: WordCount[] }

/** Options for `TextDocument.concordance`. Unknown keys are rejected. */
export interface ConcordanceOptions { regex?: boolean; clitics?: boolean; limit?: number; context?: number }
/** One hit; `start..end` is the match in UTF-16 units, `token` its first token's index. */
export interface Hit { start: number; end: number; token: number; left: string; match: string; right: string }
export interface Concordance { total: number; hits: Hit[] }

/** What a preset changed; offsets are UTF-16 units into the original. */
export interface NormalizeReport {
  edits: { start: number; end: number; op: string; replacement: string }[];
  counts: Record<string, number>;
  controls: { start: number; end: number; name: string; code: number }[];
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
    to_js(text, &analyze_with_options(text, &options)?)
}

/// Runs the pipeline as `options` ask: `options.gazetteer` (the built-in
/// lists plus the page user's terms) applies to this call; otherwise what
/// `loadGazetteer` set up.
fn analyze_with_options(text: &str, options: &JsValue) -> Result<Analysis, JsError> {
    check_options(options)?;
    Ok(match user_gazetteer(options)? {
        Some(gazetteer) => crate::analysis::analyze_with(text, &gazetteer),
        None => analyze_current(text),
    })
}

/// A text analyzed once and kept in the module, so that the views can ask
/// for statistics without sending or analyzing the text again.
#[wasm_bindgen]
pub struct TextDocument {
    text: String,
    analysis: Analysis,
}

#[wasm_bindgen]
impl TextDocument {
    /// Analyzes `text` and keeps it.
    #[wasm_bindgen(constructor)]
    pub fn new(
        text: String,
        #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
    ) -> Result<TextDocument, JsError> {
        let analysis = analyze_with_options(&text, &options)?;
        Ok(TextDocument { text, analysis })
    }

    /// The analysis, as `analyze` returns it.
    #[wasm_bindgen(unchecked_return_type = "Analysis")]
    pub fn analysis(&self) -> Result<JsValue, JsError> {
        to_js(&self.text, &self.analysis)
    }

    /// Word frequencies over normalized forms.
    #[wasm_bindgen(unchecked_return_type = "Frequencies")]
    pub fn frequencies(
        &self,
        #[wasm_bindgen(unchecked_param_type = "FrequencyOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let o: JsFrequencyOptions = from_options(options, "frequencies")?;
        let d = FrequencyOptions::default();
        let opts = FrequencyOptions {
            strip_clitics: o.strip_clitics.unwrap_or(d.strip_clitics),
            skip_stopwords: o.skip_stopwords.unwrap_or(d.skip_stopwords),
            limit: o.limit.unwrap_or(d.limit),
        };
        let f = stats::frequencies(&self.text, &self.analysis, &opts);
        let words: Vec<JsWordCount> = f
            .words
            .iter()
            .map(|w| JsWordCount { key: &w.key, example: &w.example, count: w.count, spellings: w.spellings })
            .collect();
        to_value(&JsFrequencies { total: f.total, distinct: f.distinct, words })
    }

    /// What normalizing with `preset` changes: each edit (UTF-16 span in the
    /// original, operation, replacement), counts per operation and the
    /// invisible or bidi controls found.
    #[wasm_bindgen(js_name = normalizeReport, unchecked_return_type = "NormalizeReport")]
    pub fn normalize_report(&self, preset: &str) -> Result<JsValue, JsError> {
        let options = Options::preset(preset)
            .ok_or_else(|| JsError::new(&format!("normalizeReport: unknown preset {preset:?}")))?;
        let text = &self.text;
        let n = crate::normalize::normalize(text, &options);
        let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
        let edits: Vec<JsEdit> = n
            .edits
            .iter()
            .map(|e| {
                let (start, end) = cursor.span(e.span);
                JsEdit { start, end, op: e.op.name(), replacement: e.out.of(&n.text) }
            })
            .collect();
        let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
        let controls: Vec<JsControl> = n
            .controls
            .iter()
            .map(|c| {
                let (start, end) = cursor.span(c.span);
                JsControl { start, end, name: c.name, code: c.ch as u32 }
            })
            .collect();
        to_value(&JsReport { edits, counts: &n.counts, controls })
    }

    /// The hits of `query` with their context (key word in context).
    #[wasm_bindgen(unchecked_return_type = "Concordance")]
    pub fn concordance(
        &self,
        query: &str,
        #[wasm_bindgen(unchecked_param_type = "ConcordanceOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let o: JsConcordanceOptions = from_options(options, "concordance")?;
        let d = ConcordanceOptions::default();
        let opts = ConcordanceOptions {
            regex: o.regex.unwrap_or(d.regex),
            clitics: o.clitics.unwrap_or(d.clitics),
            limit: o.limit.unwrap_or(d.limit),
            context: o.context.unwrap_or(d.context).min(1000),
        };
        let text = &self.text;
        let c = stats::concordance(text, &self.analysis, query, &opts).map_err(|e| JsError::new(&e))?;
        let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
        let hits: Vec<JsHit> = c
            .hits
            .iter()
            .map(|h| {
                let (start, end) = cursor.span(h.span);
                JsHit {
                    start,
                    end,
                    token: h.token,
                    left: h.left.of(text),
                    matched: h.span.of(text),
                    right: h.right.of(text),
                }
            })
            .collect();
        to_value(&JsConcordance { total: c.total, hits })
    }
}

/// Transliterates `text`: `scheme` is "buckwalter" or "readable".
#[wasm_bindgen]
pub fn transliterate(text: &str, scheme: &str) -> Result<String, JsError> {
    match scheme {
        "buckwalter" => Ok(crate::translit::to_buckwalter(text)),
        "readable" => Ok(crate::translit::romanize(text)),
        other => {
            Err(JsError::new(&format!("transliterate: unknown scheme {other:?} (buckwalter or readable)")))
        }
    }
}

#[derive(Serialize)]
struct JsEdit<'a> {
    start: usize,
    end: usize,
    op: &'static str,
    replacement: &'a str,
}

#[derive(Serialize)]
struct JsControl {
    start: usize,
    end: usize,
    name: &'static str,
    code: u32,
}

#[derive(Serialize)]
struct JsReport<'a> {
    edits: Vec<JsEdit<'a>>,
    counts: &'a crate::normalize::Counts,
    controls: Vec<JsControl>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsFrequencyOptions {
    strip_clitics: Option<bool>,
    skip_stopwords: Option<bool>,
    limit: Option<usize>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsConcordanceOptions {
    regex: Option<bool>,
    clitics: Option<bool>,
    limit: Option<usize>,
    context: Option<usize>,
}

#[derive(Serialize)]
struct JsWordCount<'a> {
    key: &'a str,
    example: &'a str,
    count: usize,
    spellings: usize,
}

#[derive(Serialize)]
struct JsFrequencies<'a> {
    total: usize,
    distinct: usize,
    words: Vec<JsWordCount<'a>>,
}

#[derive(Serialize)]
struct JsHit<'a> {
    start: usize,
    end: usize,
    token: usize,
    left: &'a str,
    #[serde(rename = "match")]
    matched: &'a str,
    right: &'a str,
}

#[derive(Serialize)]
struct JsConcordance<'a> {
    total: usize,
    hits: Vec<JsHit<'a>>,
}

/// Reads an options object; `undefined` means every default.
fn from_options<T: for<'de> Deserialize<'de> + Default>(options: JsValue, what: &str) -> Result<T, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

/// The version of the core, for the page's about line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The keys `AnalyzeOptions` may have.
const OPTIONS: &[&str] = &["gazetteer"];

fn check_options(options: &JsValue) -> Result<(), JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(());
    }
    if !options.is_object() {
        return Err(JsError::new("analyze: options must be an object or undefined"));
    }
    let object: &Object = options.unchecked_ref();
    let keys = Object::keys(object);
    if let Some(key) = keys.iter().find(|k| !OPTIONS.contains(&k.as_string().unwrap_or_default().as_str())) {
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

thread_local! {
    /// The last user gazetteer built, with the option value it came from: a
    /// page passes the same terms with every analysis.
    static USER_GAZETTEER: RefCell<Option<(String, Rc<Gazetteer>)>> = const { RefCell::new(None) };
}

/// The gazetteer `options.gazetteer` asks for: built-in lists plus the
/// user's terms, or `None` when there are none.
fn user_gazetteer(options: &JsValue) -> Result<Option<Rc<Gazetteer>>, JsError> {
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inner: Vec<JsEntity<'a>>,
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
    // Offsets in ascending order, so the cursor never walks back.
    let start = cursor.to_unit(e.span.start);
    let inner = e.inner.iter().map(|i| js_entity(i, cursor)).collect();
    let end = cursor.to_unit(e.span.end);
    JsEntity { start, end, kind: e.kind.name(), id: e.id.as_deref(), gloss: e.gloss.as_deref(), inner }
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
