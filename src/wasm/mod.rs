//! The browser binding: the only `#[wasm_bindgen]` code.
//!
//! It converts and calls the core, nothing more. Big results cross as typed
//! arrays (columns: tokens, sentences, forms in `forms.rs`, entities in
//! `mentions.rs`), small ones as plain objects, so the whole result
//! survives `postMessage` from the worker. Every offset is a UTF-16 code
//! unit index: `text.slice(start, end)` in JavaScript is exactly the span.
//!
//! `mod.rs` has `analyze` and the conversion of an analysis; `document.rs`
//! the documents the explorer keeps open (statistics, concordance,
//! normalization report); `gazetteer.rs` names added at run time;
//! `library.rs` the plain functions of the library entry (www/lib/);
//! `model.rs` the entity tagger's model.

mod columns;
mod document;
mod forms;
mod gazetteer;
mod library;
mod mentions;
mod model;
mod options;
mod statements;
mod text;

use crate::span::{OffsetCursor, OffsetUnit};
use crate::tokenize::TokenKind;
use crate::{Analysis, Analyzer};
use columns::Column;
use gazetteer::user_gazetteer;
use js_sys::{Array, Object, Reflect, Uint32Array};
use serde::Serialize;
use std::cell::RefCell;
use std::thread::LocalKey;
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

/** A clitic segment as an object; offsets are relative to the token, in UTF-16 units. */
export interface Segment { start: number; end: number; kind: SegmentKind; restored: string }

/** One distinct surface string of the text, as an object (the library's `analyze` makes them). */
export interface Form { norm: string; segments: Segment[] }

/**
 * Form columns: form i's normalized text is `norms.slice(normEnds[i - 1] ?? 0, normEnds[i])`
 * and its clitic segments are rows `segmentEnds[i - 1] ?? 0` up to `segmentEnds[i]` of `segments`.
 */
export interface FormColumns { norms: string; normEnds: Uint32Array; segmentEnds: Uint32Array }

/**
 * Segment columns: segment j spans `starts[j]..ends[j]` of its token (UTF-16 units), has kind
 * `segmentKinds[kinds[j]]` and is written `restored.slice(restoredEnds[j - 1] ?? 0, restoredEnds[j])`
 * as a dictionary would write it.
 */
export interface SegmentColumns { starts: Uint32Array; ends: Uint32Array; kinds: Uint8Array; restored: string; restoredEnds: Uint32Array }

/**
 * A mention as an object (the library's `analyze` makes them from the columns); a TITLE, EVENT,
 * LAW or QUOTE may hold the names and dates inside it in `inner`.
 */
export interface EntityMention { start: number; end: number; type: EntityType; id?: string; gloss?: string; inner?: EntityMention[] }

/**
 * Mention columns: mention i spans `starts[i]..ends[i]`, has type `entityTypes[types[i]]` and
 * id and gloss `entityRefs[refs[i]]`. Top-level mentions come in text order, each followed by
 * the mentions inside it (`depths[i]` > 0).
 */
export interface MentionColumns { starts: Uint32Array; ends: Uint32Array; types: Uint8Array; refs: Uint32Array; depths: Uint8Array }

export type StatementClass = "STATE" | "AFFIRM" | "CONDEMN" | "DEMAND" | "CALL" | "WELCOME" | "REJECT" | "CONCERN" | "SUPPORT" | "DECIDE";
export type SpeakerRule = "after-verb" | "before-verb" | "reported-clause" | "agent" | "relative-clause" | "resolution" | "carried" | "none";

/** A span of the text with its text (UTF-16 offsets). */
export interface SpanText { start: number; end: number; text: string }

/**
 * A statement as an object (the library's `analyze` makes them; the same shape as `bayan analyze`
 * prints). `speaker.entities` and `targets` index the mentions flattened in text order, each
 * container followed by its inner mentions (the order of the mention columns).
 */
export interface Statement {
  start: number; end: number; class: StatementClass; act: SpanText;
  speaker: (SpanText & { implicit: boolean; entities: number[] }) | null;
  object: SpanText | null; targets: number[]; negated: boolean;
  rules: { lexicon: string; speaker: SpeakerRule };
}

/**
 * Statement columns: statement i spans `starts[i]..ends[i]`, its act `actStarts[i]..actEnds[i]`,
 * class `statementClasses[classes[i]]`; `flags[i]` has bit 1 negated, 2 a speaker, 4 the speaker
 * is carried (implicit), 8 an object. The speaker spans `speakerStarts[i]..speakerEnds[i]` and
 * reads `speakerTexts.slice(speakerTextEnds[i - 1] ?? 0, speakerTextEnds[i])` (it may lie in an
 * earlier section); its mentions are `speakerMentions` rows up to `speakerMentionEnds[i]`, the
 * object's targets `targets` rows up to `targetEnds[i]`. Rule `statementSpeakerRules[speakerRules[i]]`,
 * lexicon family `statementLexicon[lexicon[i]]`.
 */
export interface StatementColumns {
  starts: Uint32Array; ends: Uint32Array; actStarts: Uint32Array; actEnds: Uint32Array;
  objectStarts: Uint32Array; objectEnds: Uint32Array; speakerStarts: Uint32Array; speakerEnds: Uint32Array;
  classes: Uint8Array; flags: Uint8Array; speakerRules: Uint8Array; lexicon: Uint32Array;
  speakerTexts: string; speakerTextEnds: Uint32Array; speakerMentions: Uint32Array; speakerMentionEnds: Uint32Array;
  targets: Uint32Array; targetEnds: Uint32Array;
}

/** The result of `analyze`, in columns. Offsets are UTF-16 code units into the text. */
export interface Analysis {
  /** Token columns: token i spans `starts[i]..ends[i]`, has kind `tokenKinds[kinds[i]]` and form `formIds[i]`. */
  tokens: { starts: Uint32Array; ends: Uint32Array; kinds: Uint8Array; formIds: Uint32Array };
  tokenKinds: TokenKind[];
  forms: FormColumns;
  segments: SegmentColumns;
  segmentKinds: SegmentKind[];
  /** Sentence i spans `sentences[2 * i]..sentences[2 * i + 1]`. */
  sentences: Uint32Array;
  entities: MentionColumns;
  entityTypes: EntityType[];
  /** Ids and glosses of the mentions; row 0 (`null`) is neither. */
  entityRefs: ({ id?: string; gloss?: string } | null)[];
  statements: StatementColumns;
  statementClasses: StatementClass[];
  statementSpeakerRules: SpeakerRule[];
  statementLexicon: string[];
  /** The classes' labels, in the order of `statementClasses`. */
  statementLabels: { ar: string[]; en: string[] };
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
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let text = text::from_js(&text, "analyze")?;
    to_js(&text, &analyze_with_options(&text, &options)?)
}

thread_local! {
    /// The analyzer every call uses: the built-in one, with the model the
    /// worker loads (`loadModel`) and the names the library loads
    /// (`loadGazetteer`). wasm is single-threaded, and each worker has its
    /// own instance, so a worker's settings never leak into another's.
    static ANALYZER: RefCell<Analyzer> = RefCell::new(Analyzer::builtin());
}

/// The module's analyzer.
pub(super) fn analyzer() -> &'static LocalKey<RefCell<Analyzer>> {
    &ANALYZER
}

/// Replaces the module's analyzer with `change` of it.
pub(super) fn update_analyzer(change: impl FnOnce(Analyzer) -> Analyzer) {
    ANALYZER.with_borrow_mut(|a| *a = change(std::mem::take(a)));
}

/// Runs the pipeline as `options` ask: `options.gazetteer` (the built-in
/// lists plus the page user's terms) applies to this call; otherwise what
/// `loadGazetteer` set up.
pub(super) fn analyze_with_options(text: &str, options: &JsValue) -> Result<Analysis, JsError> {
    check_options(options)?;
    Ok(match user_gazetteer(options)? {
        Some(gazetteer) => ANALYZER.with_borrow(|a| a.clone()).with_gazetteer(gazetteer).analyze(text),
        None => ANALYZER.with_borrow(|a| a.analyze(text)),
    })
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

pub(super) fn to_js(text: &str, analysis: &Analysis) -> Result<JsValue, JsError> {
    let a = &analysis.lexed;
    let n = a.tokens.len();
    let (mut starts, mut ends, mut kinds, mut form_ids) =
        (Column::new(n), Column::new(n), Column::<u8>::new(n), Column::new(n));
    // A token of each form, whose text the form's segment offsets are
    // converted on.
    let mut first = vec![u32::MAX; a.forms.len()];
    let mut units = OffsetCursor::new(text, OffsetUnit::Utf16);
    for (i, t) in a.tokens.iter().enumerate() {
        let (start, end) = units.span(t.span);
        starts.push(start as u32);
        ends.push(end as u32);
        kinds.push(t.kind as u8);
        form_ids.push(t.form);
        let seen = &mut first[t.form as usize];
        if *seen == u32::MAX {
            *seen = i as u32;
        }
    }
    let tokens = Object::new();
    set(&tokens, "starts", &starts.finish())?;
    set(&tokens, "ends", &ends.finish())?;
    set(&tokens, "kinds", &kinds.finish())?;
    set(&tokens, "formIds", &form_ids.finish())?;

    let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
    let sentences: Vec<u32> =
        a.sentences.iter().flat_map(|s| <[usize; 2]>::from(cursor.span(*s))).map(|x| x as u32).collect();
    let out = Object::new();
    set(&out, "tokens", &tokens)?;
    set(&out, "tokenKinds", &names(TokenKind::ALL.iter().map(|k| k.name())))?;
    forms::set_forms(&out, text, a, &first)?;
    drop(first);
    set(&out, "sentences", &Uint32Array::from(&sentences[..]))?;
    mentions::set_mentions(&out, text, &analysis.entities)?;
    statements::set_statements(&out, text, &analysis.statements)?;
    Ok(out.into())
}

/// The names a column's codes index (`tokenKinds`, `segmentKinds`,
/// `entityTypes`), in the order of the codes.
pub(super) fn names(names: impl Iterator<Item = &'static str>) -> Array {
    names.map(JsValue::from_str).collect()
}

pub(super) fn to_value<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

pub(super) fn set(target: &Object, key: &str, value: &JsValue) -> Result<(), JsError> {
    Reflect::set(target, &JsValue::from_str(key), value)
        .map(|_| ())
        .map_err(|_| JsError::new("could not build the result object"))
}
