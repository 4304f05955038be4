//! Documents the explorer keeps open in its worker: analyzed once, then
//! asked for statistics, a concordance or a normalization report by id.

use super::options::Fields;
use super::{analyze_with_options, to_js, to_value};
use crate::normalize::Options;
use crate::span::{OffsetCursor, OffsetUnit};
use crate::stats::{self, ConcordanceOptions, FrequencyOptions};
use crate::Analysis;
use js_sys::Function;
use serde::Serialize;
use wasm_bindgen::prelude::*;

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
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
    ) -> Result<TextDocument, JsError> {
        let text = super::text::from_js(&text, "TextDocument")?;
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
        let o = Fields::of(&options, "frequencies", Some(&["stripClitics", "skipStopwords", "limit"]), "")?;
        let d = FrequencyOptions::default();
        let opts = FrequencyOptions {
            strip_clitics: o.bool("stripClitics")?.unwrap_or(d.strip_clitics),
            skip_stopwords: o.bool("skipStopwords")?.unwrap_or(d.skip_stopwords),
            limit: o.count("limit")?.unwrap_or(d.limit),
        };
        let f = stats::frequencies(&self.text, &self.analysis.lexed, &opts);
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
        report(&self.text, preset)
    }

    /// The hits of `query` with their context (key word in context). A
    /// regex search (`options.regex`) needs the regex engine: `compile`, the
    /// function of that name in the regex module (`pkg/regex/bayan_regex.js`).
    #[wasm_bindgen(unchecked_return_type = "Concordance")]
    pub fn concordance(
        &self,
        query: &str,
        #[wasm_bindgen(unchecked_param_type = "ConcordanceOptions | undefined")] options: JsValue,
        #[wasm_bindgen(
            unchecked_param_type = "((pattern: string) => { isMatch(text: string): boolean; free(): void }) | undefined"
        )]
        compile: JsValue,
    ) -> Result<JsValue, JsError> {
        let o = Fields::of(&options, "concordance", Some(&["regex", "clitics", "limit", "context"]), "")?;
        let d = ConcordanceOptions::default();
        let opts = ConcordanceOptions {
            regex: o.bool("regex")?.unwrap_or(d.regex),
            clitics: o.bool("clitics")?.unwrap_or(d.clitics),
            limit: o.count("limit")?.unwrap_or(d.limit),
            context: o.count("context")?.unwrap_or(d.context).min(1000),
        };
        let engine = match compile.dyn_into::<Function>() {
            Ok(compile) => Some(compile),
            Err(v) if v.is_undefined() || v.is_null() => None,
            Err(_) => {
                return Err(JsError::new("concordance: compile must be the regex module's compile function"))
            }
        };
        if opts.regex && engine.is_none() {
            return Err(JsError::new(
                "concordance: a regex search needs the regex engine (compile from pkg/regex/bayan_regex.js)",
            ));
        }
        let compile = |pattern: &str| compile_with(engine.as_ref().expect("checked above"), pattern);
        let text = &self.text;
        let c = stats::concordance_with(text, &self.analysis.lexed, query, &opts, compile)
            .map_err(|e| JsError::new(&e.to_string()))?;
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

/// What normalizing `text` alone with `preset` changes, as
/// `TextDocument.normalizeReport` says it for a whole document: the page's
/// teacher mode asks it of one sentence, so a long document is not
/// normalized again for each step.
#[wasm_bindgen(js_name = normalizeTextReport, unchecked_return_type = "NormalizeReport")]
pub fn normalize_text_report(text: &str, preset: &str) -> Result<JsValue, JsError> {
    report(text, preset)
}

fn report(text: &str, preset: &str) -> Result<JsValue, JsError> {
    let options = Options::preset(preset)
        .ok_or_else(|| JsError::new(&format!("normalizeReport: unknown preset {preset:?}")))?;
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

#[wasm_bindgen]
extern "C" {
    /// A pattern compiled by the regex module (bindings/regex/).
    type Pattern;
    #[wasm_bindgen(method, js_name = isMatch)]
    fn is_match(this: &Pattern, text: &str) -> bool;
    #[wasm_bindgen(method)]
    fn free(this: &Pattern);
}

/// Frees the regex module's pattern when the matcher holding it is dropped:
/// its memory is that module's, which no garbage collector reclaims.
struct Owned(Pattern);

impl Drop for Owned {
    fn drop(&mut self) {
        self.0.free();
    }
}

/// `pattern` compiled by the regex module's `compile`: the engine and the
/// settings of [`crate::stats::compile_regex`], which that module runs, so
/// a pattern finds here what it finds in the CLI. A bad pattern's reason is
/// the message of the `Error` it throws.
fn compile_with(compile: &Function, pattern: &str) -> Result<stats::Matcher, String> {
    let compiled = compile.call1(&JsValue::NULL, &JsValue::from_str(pattern)).map_err(|e| {
        e.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{e:?}"), |e| String::from(e.message()))
    })?;
    let pattern = Owned(compiled.unchecked_into());
    Ok(Box::new(move |s| pattern.0.is_match(s)))
}
