//! Bayan (بيان, "statement") — the language core of an Arabic statement
//! explorer: normalization, tokenization, clitic segmentation, sentence
//! splitting and entity recognition, for the command line, for Rust
//! programs and, compiled to WebAssembly, for the browser.
//!
//! ```
//! let text = "عقد الاجتماع بمقر منظمة التعاون الإسلامي في جدة.";
//! let analysis = bayan::analyze(text);
//! let names: Vec<&str> = analysis.entities.iter().map(|e| e.span.of(text)).collect();
//! assert_eq!(names, ["منظمة التعاون الإسلامي", "جدة"]);
//! ```
//!
//! # The pipeline
//!
//! The text is never modified: every result points into it. The pipeline
//! runs in one direction, and each stage takes the previous stage's output
//! type and returns its own:
//!
//! 1. **Lexing** makes a [`Lexed`] (tokens, their forms, sentences) in one
//!    pass: [`tokenize`] scans the text into tokens; each distinct surface
//!    becomes a [`Form`], once, with its [`normalize`]d `search` spelling
//!    and its [`clitics`] (و + ال + stem + ه); [`sentences`] finds sentence
//!    boundaries.
//! 2. **Entities**: [`entities::recognize`] reads a `Lexed` and returns the
//!    mentions of persons, organisations, places, dates, numbers, events,
//!    laws, titles and quoted names ([`Entity`]).
//! 3. An [`Analysis`] holds both; only the [`Analyzer`] assembles it.
//!
//! Statistics ([`stats`]: word frequencies, a concordance) read a `Lexed`.
//! Transliteration ([`translit`]) and character classes ([`chars`]) stand
//! on their own.
//!
//! # The analyzer
//!
//! An [`Analyzer`] holds what the stages need — the gazetteer of known
//! names, the entity tagger's model, the clitic lexicon — and runs them.
//! Build one and keep it: the built-in tables are parsed once per process
//! and shared. [`analyze`] runs the built-in one.
//!
//! ```
//! use bayan::{Analyzer, EntityType, Gazetteer};
//!
//! // The user's names first, then the built-in lists: theirs win.
//! let names = Gazetteer::with_user("club.tsv", "حلب\tORG\taleppo-sc\tAleppo SC\n").unwrap();
//! let analyzer = Analyzer::builtin().with_gazetteer(names);
//! let text = "فاز حلب على الكرامة";
//! let first = &analyzer.analyze(text).entities[0];
//! assert_eq!((first.span.of(text), first.kind, first.id.as_deref()), ("حلب", EntityType::Org, Some("aleppo-sc")));
//!
//! // Lists and rules alone, without the learned tagger.
//! let rules = Analyzer::builtin().without_model();
//! assert!(rules.model().is_none());
//! ```
//!
//! # Tokens, forms and segments
//!
//! A [`Token`] is a span of the text, its [`tokenize::TokenKind`] and the
//! index of its [`Form`]: a statement of 10,000 words has perhaps 3,000
//! distinct ones, each normalized and segmented once.
//!
//! ```
//! use bayan::clitics::SegmentKind;
//! use bayan::tokenize::TokenKind;
//!
//! let text = "وللمجلس قرارُه.";
//! let lexed = bayan::Analyzer::builtin().lex(text);
//! let word = &lexed.tokens[0];
//! assert_eq!((word.span.of(text), word.kind), ("وللمجلس", TokenKind::Word));
//! let form = lexed.form(word);
//! let parts: Vec<(&str, SegmentKind, &str)> =
//!     form.segments.iter().map(|s| (s.span.of(word.span.of(text)), s.kind, s.restored.as_str())).collect();
//! assert_eq!(
//!     parts,
//!     [
//!         ("و", SegmentKind::Proclitic, "و"),
//!         ("ل", SegmentKind::Proclitic, "ل"),
//!         ("ل", SegmentKind::Article, "ال"),
//!         ("مجلس", SegmentKind::Stem, "مجلس"),
//!     ]
//! );
//! // Diacritics go in the search form: قرارُه is found as قراره.
//! assert_eq!(lexed.form(&lexed.tokens[1]).norm, "قراره");
//! ```
//!
//! Why a word is segmented as it is (the readings the letters allow, the
//! named rule that decided, the runner-up) is
//! [`clitics::Lexicon::explain`]; `bayan segment --explain WORD` prints it.
//!
//! # Spans and offsets
//!
//! Every [`Span`] is a half-open byte range into the original text. An
//! [`span::OffsetCursor`] converts a rising sequence of them to the unit
//! another language counts in ([`OffsetUnit`]): UTF-16 code units for
//! JavaScript, characters (Unicode scalar values) for Python and people.
//!
//! ```
//! use bayan::span::OffsetCursor;
//! use bayan::OffsetUnit;
//!
//! let text = "😀 حلب";
//! let place = bayan::analyze(text).entities[0].span;
//! assert_eq!((place.start, place.end), (5, 11)); // bytes
//! assert_eq!(OffsetCursor::new(text, OffsetUnit::Utf16).span(place), (3, 6));
//! assert_eq!(OffsetCursor::new(text, OffsetUnit::Char).span(place), (2, 5));
//! ```
//!
//! # Normalization
//!
//! [`normalize::normalize`] applies the operations an
//! [`normalize::Options`] turns on (one flag per [`normalize::Op`], or a
//! preset) and returns the text with a map back to the original and every
//! edit, so a match in the normalized text is a span of the original.
//!
//! ```
//! use bayan::normalize::{normalize, Options};
//!
//! let n = normalize("إِنَّ الأمْنَ", &Options::SEARCH);
//! assert_eq!(n.text, "ان الامن");
//! // The ا of الامن is where the ا of الأمْنَ is in the original.
//! assert_eq!(n.map["ان ".len()], "إِنَّ ".len());
//! ```
//!
//! # Statistics
//!
//! [`stats::frequencies`] counts words by their search form;
//! [`stats::concordance`] finds a word or phrase whatever its spelling and
//! under clitics, or a regular expression over one word (the regex crate:
//! `\w`, `\d` and `\b` are Unicode-aware).
//!
//! ```
//! use bayan::stats::{concordance, ConcordanceOptions};
//!
//! let text = "دعا المجلس لمجلس الأمن، والمجالس المحلية";
//! let lexed = bayan::Analyzer::builtin().lex(text);
//! let found = |query: &str, regex: bool| {
//!     let opts = ConcordanceOptions { regex, ..Default::default() };
//!     let c = concordance(text, &lexed, query, &opts).unwrap();
//!     c.hits.iter().map(|h| h.span.of(text)).collect::<Vec<_>>()
//! };
//! assert_eq!(found("مجلس", false), ["المجلس", "لمجلس"]);
//! assert_eq!(found(r"مج(لس|الس)", true), ["المجلس", "لمجلس", "والمجالس"]);
//! assert_eq!(found(r"\w+ية", true), ["المحلية"]);
//! ```
//!
//! # Errors
//!
//! Input that cannot be used is an error that says what is wrong, never a
//! panic: [`GazetteerError`] (the line of a list), [`entities::ModelError`]
//! (a model file), [`clitics::LexiconError`] (a stems file),
//! [`stats::ConcordanceError`] (a query), [`normalize::OpsError`],
//! [`span::UnitError`] and [`entities::TypeError`] (names). They are
//! `#[non_exhaustive]`: new cases may come.
//!
//! # Cargo features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `embedded-model` | yes | the entity tagger's model compiled in (370 KB); without it [`Analyzer::builtin`] has no model until one is given |
//! | `embedded-lists` | yes | the wide name lists and the rare clitic stems compiled in; without them the built-in gazetteer and lexicon have the core lists and the common stems until [`Gazetteer::add_wide_list`] and [`clitics::Lexicon::add_rare_stems`] add them |
//! | `regex` | yes | regex concordance searches ([`stats::compile_regex`], the regex crate) |
//! | `cli` | yes | the dependencies of the `bayan` command-line tool |
//! | `wasm` | no | the browser binding (wasm32): `--no-default-features --features wasm` |

#![warn(missing_docs)]
// One exception, documented where it is: src/wasm/text.rs trusts the
// browser's TextEncoder to write UTF-8.
#![deny(unsafe_code)]

mod analyzer;
pub mod chars;
pub mod clitics;
mod data;
pub mod entities;
mod form_cache;
#[cfg(feature = "cli")]
pub mod gold;
mod lexed;
pub mod normalize;
mod order;
pub mod sections;
pub mod sentences;
pub mod span;
pub mod statements;
pub mod stats;
pub mod tokenize;
pub mod translit;

#[cfg(feature = "wasm")]
mod wasm;

pub use analyzer::{Analysis, Analyzer};
pub use entities::{Entity, EntityType, Gazetteer, GazetteerError};
pub use lexed::{Form, FormCache, Lexed, Token};
pub use sections::{Section, Sections};
pub use span::{OffsetUnit, Span};
pub use statements::{Carry, Class, Statement, StatementLexicon};

use std::sync::OnceLock;

/// Runs the whole pipeline on `text` with the built-in analyzer
/// ([`Analyzer::builtin`], made on first use and kept): a convenience for
/// examples and tests. A program that analyzes many texts, or with its own
/// names, holds an [`Analyzer`].
pub fn analyze(text: &str) -> Analysis {
    static DEFAULT: OnceLock<Analyzer> = OnceLock::new();
    DEFAULT.get_or_init(Analyzer::builtin).analyze(text)
}
