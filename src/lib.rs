//! Bayan (بيان, "statement") — an Arabic statement explorer's language core.
//!
//! The pipeline runs in one direction over text that is never modified:
//!
//! 1. [`tokenize`] scans the original into tokens (spans into it);
//! 2. [`normalize`] gives every distinct token its `search` form;
//! 3. [`clitics`] splits Arabic words into proclitics, article, stem and
//!    enclitics;
//! 4. [`sentences`] finds sentence boundaries;
//! 5. [`entities`] finds persons, organisations, places, dates and more.
//!
//! Every span is a half-open byte range into the original; [`span`] converts
//! offsets to the units JavaScript (UTF-16) and people (chars) count in.
//!
//! ```
//! let text = "عقد الاجتماع بمقر منظمة التعاون الإسلامي في جدة.";
//! let analysis = bayan::analyze(text);
//! let names: Vec<&str> = analysis.entities.iter().map(|e| e.span.of(text)).collect();
//! assert_eq!(names, ["منظمة التعاون الإسلامي", "جدة"]);
//! ```

#![warn(missing_docs)]
// One exception, documented where it is: src/wasm/text.rs trusts the
// browser's TextEncoder to write UTF-8.
#![deny(unsafe_code)]

mod analyzer;
pub mod chars;
pub mod clitics;
mod data;
pub mod entities;
mod lexed;
pub mod normalize;
pub mod sentences;
pub mod span;
pub mod stats;
pub mod tokenize;
pub mod translit;

#[cfg(feature = "wasm")]
mod wasm;

pub use analyzer::{Analysis, Analyzer};
pub use entities::{Entity, EntityType, Gazetteer};
pub use lexed::{Form, Lexed, Token};
pub use span::{OffsetUnit, Span};

use std::sync::OnceLock;

/// Runs the whole pipeline on `text` with the built-in analyzer
/// ([`Analyzer::builtin`], made on first use and kept): a convenience for
/// examples and tests. A program that analyzes many texts, or with its own
/// names, holds an [`Analyzer`].
pub fn analyze(text: &str) -> Analysis {
    static DEFAULT: OnceLock<Analyzer> = OnceLock::new();
    DEFAULT.get_or_init(Analyzer::builtin).analyze(text)
}
