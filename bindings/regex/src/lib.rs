//! The concordance's regex engine for the page: [`bayan::stats::compile_regex`]
//! (the regex crate, as the CLI and the library run it) in a wasm module of
//! its own, `www/pkg/regex/`.
//!
//! The main module leaves the engine out: most visitors never type a
//! regular expression, and the engine would weigh on every first visit.
//! The worker loads this module on the first regex search and hands its
//! [`compile`] to `TextDocument.concordance`, which compiles the anchored
//! pattern here and asks [`Pattern::is_match`] of each distinct word. One
//! pattern therefore finds the same words in the CLI, the library and the
//! page (tests/cases/regex.tsv is run by all three).

#![deny(unsafe_code)]

use wasm_bindgen::prelude::*;

/// A compiled pattern.
#[wasm_bindgen]
pub struct Pattern(bayan::stats::Matcher);

/// Compiles `pattern`; a bad one throws an `Error` whose message is the
/// reason (`unclosed group`), as the CLI words it.
#[wasm_bindgen]
pub fn compile(pattern: &str) -> Result<Pattern, JsError> {
    bayan::stats::compile_regex(pattern).map(Pattern).map_err(|e| JsError::new(&e))
}

#[wasm_bindgen]
impl Pattern {
    /// Whether the pattern matches in `text` (anchor it with `^…$` to
    /// match all of it).
    #[wasm_bindgen(js_name = isMatch)]
    pub fn is_match(&self, text: &str) -> bool {
        (self.0)(text)
    }
}
