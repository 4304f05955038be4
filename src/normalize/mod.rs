//! Normalization: one option per operation, named presets, an offset map
//! and a report of what changed.
//!
//! Normalization never replaces the original text. It produces *forms*: the
//! normalized text plus a map from every position of it back to the
//! original, so that anything found in a form can be shown in the original.
//!
//! Presets (see [`Options`]): `display` (controls removed, presentation
//! forms decomposed — what one sees is unchanged), `light` (marks and
//! tatweel removed, letters as written), `search` (what matching uses),
//! `strict` (search plus the folds that merge some real words).
//!
//! ```
//! use bayan::normalize::{normalize, Op, Options};
//! let n = normalize("السَّمٰوات ﷲ", &Options::SEARCH);
//! assert_eq!(n.text, "السموات الله");
//! assert_eq!(n.counts.get(Op::PresentationForms), 1);
//! let o = Options::SEARCH.with(Op::DaggerAlefToAlef);
//! assert_eq!(normalize("السَّمٰوات", &o).text, "السماوات");
//! ```

mod fold;
mod options;
mod presentation;
mod report;

pub use options::{Op, OpsError, Options};
pub use report::{Control, Counts, Edit};

use crate::chars;
use crate::span::Span;
use fold::{fold, Fold};

/// Normalized text, the way back to the original, and what changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `map[i]` is the byte offset in the original of the character holding
    /// byte `i` of `text`; `map[text.len()]` is the original's length.
    /// Monotone, always on a char boundary. Every byte of a replacement maps
    /// to the start of what it replaced.
    pub map: Vec<usize>,
    /// Every change, in order of position in both texts.
    pub edits: Vec<Edit>,
    /// How many edits each operation made.
    pub counts: Counts,
    /// Invisible controls in the original, removed or not.
    pub controls: Vec<Control>,
}

impl Normalized {
    /// The replacement text of `edit` ("" for a deletion).
    pub fn replacement(&self, edit: &Edit) -> &str {
        edit.out.of(&self.text)
    }
}

/// What one character becomes on its own: `None` when it is deleted.
/// A character that expands into several (a ligature such as ﻻ) is returned
/// unchanged, and number separators, which depend on their neighbours, are
/// kept: callers that work letter by letter (clitic segmentation) need one
/// character per character.
#[inline]
pub fn map_char(c: char, opts: &Options) -> Option<char> {
    match fold(c, opts) {
        Fold::Keep | Fold::Expand(..) => Some(c),
        Fold::Delete(_) => None,
        Fold::To(to, _) => Some(to),
    }
}

/// Appends the normalized form of `src` to `out`, without map or report.
/// This is the per-token fast path: unchanged runs are copied as slices.
pub fn normalize_into(src: &str, opts: &Options, out: &mut String) {
    run(src, opts, &mut FormSink { out });
}

/// Normalizes `text` and keeps the map back to it and the report.
pub fn normalize(text: &str, opts: &Options) -> Normalized {
    let mut sink = MapSink {
        n: Normalized {
            text: String::with_capacity(text.len()),
            map: Vec::with_capacity(text.len() + 1),
            edits: Vec::new(),
            counts: Counts::default(),
            controls: Vec::new(),
        },
        edit_start: 0,
    };
    run(text, opts, &mut sink);
    sink.n.map.push(text.len());
    sink.n
}

/// Where the driver writes. Monomorphized, so the fast path pays nothing
/// for the map and report it does not keep.
trait Sink {
    /// Copies `text[at..at + s.len()]`, unchanged.
    fn keep(&mut self, s: &str, at: usize);
    /// Starts replacing the original `span`.
    fn begin(&mut self, span: Span);
    /// Appends one character of the current replacement.
    fn push(&mut self, c: char);
    /// Ends the current replacement, made by `op`.
    fn end(&mut self, op: Op);
    /// Reports an invisible control at `at`.
    fn control(&mut self, at: usize, c: char);
}

struct FormSink<'o> {
    out: &'o mut String,
}

impl Sink for FormSink<'_> {
    #[inline]
    fn keep(&mut self, s: &str, _: usize) {
        self.out.push_str(s);
    }
    #[inline]
    fn begin(&mut self, _: Span) {}
    #[inline]
    fn push(&mut self, c: char) {
        self.out.push(c);
    }
    #[inline]
    fn end(&mut self, _: Op) {}
    #[inline]
    fn control(&mut self, _: usize, _: char) {}
}

struct MapSink {
    n: Normalized,
    edit_start: usize,
}

impl Sink for MapSink {
    fn keep(&mut self, s: &str, at: usize) {
        self.n.text.push_str(s);
        // Every byte of a character maps to the character's start, so that
        // any position maps to a char boundary of the original.
        for (i, c) in s.char_indices() {
            self.n.map.extend(std::iter::repeat_n(at + i, c.len_utf8()));
        }
    }
    fn begin(&mut self, span: Span) {
        self.edit_start = self.n.text.len();
        self.n.edits.push(Edit { span, out: Span::new(self.edit_start, self.edit_start), op: Op::Controls });
    }
    fn push(&mut self, c: char) {
        let at = self.n.edits.last().map_or(0, |e| e.span.start);
        self.n.text.push(c);
        self.n.map.extend(std::iter::repeat_n(at, c.len_utf8()));
    }
    fn end(&mut self, op: Op) {
        if let Some(edit) = self.n.edits.last_mut() {
            edit.out = Span::new(self.edit_start, self.n.text.len());
            edit.op = op;
        }
        self.n.counts.add(op);
    }
    fn control(&mut self, at: usize, c: char) {
        let name = chars::control_name(c).unwrap_or("CONTROL");
        self.n.controls.push(Control { span: Span::new(at, at + c.len_utf8()), ch: c, name });
    }
}

/// The driver: one pass, unchanged runs copied whole.
fn run<S: Sink>(text: &str, opts: &Options, sink: &mut S) {
    let mut run_start = 0;
    // The last character written, for number separators.
    let mut last_out: Option<char> = None;
    for (at, c) in text.char_indices() {
        if chars::is_invisible_control(c) {
            sink.control(at, c);
        }
        let folded = fold(c, opts);
        let folded = match folded {
            Fold::Keep | Fold::To(..) if opts.number_separators => {
                let (r, op) = match folded {
                    Fold::To(r, op) => (r, op),
                    _ => (c, Op::NumberSeparators),
                };
                match separator(r, last_out, &text[at + c.len_utf8()..], opts) {
                    Some(sep) if sep != c => Fold::To(sep, op),
                    _ => folded,
                }
            }
            other => other,
        };
        if folded == Fold::Keep {
            last_out = Some(c);
            continue;
        }
        sink.keep(&text[run_start..at], run_start);
        let span = Span::new(at, at + c.len_utf8());
        run_start = span.end;
        match folded {
            Fold::Keep => unreachable!(),
            Fold::Delete(op) => {
                sink.begin(span);
                sink.end(op);
            }
            Fold::To(r, op) => {
                sink.begin(span);
                sink.push(r);
                sink.end(op);
                last_out = Some(r);
            }
            Fold::Expand(s, op) => {
                sink.begin(span);
                for e in s.chars() {
                    let r = match fold(e, opts) {
                        Fold::Keep => Some(e),
                        Fold::To(r, _) => Some(r),
                        Fold::Delete(_) => None,
                        // Table entries are base characters; one level is enough.
                        Fold::Expand(..) => Some(e),
                    };
                    if let Some(r) = r {
                        sink.push(r);
                        last_out = Some(r);
                    }
                }
                sink.end(op);
            }
        }
    }
    sink.keep(&text[run_start..], run_start);
}

/// The separator `r` should be when it sits between two digits: it follows
/// the script of the digit before it (3.5, ٣٫٥). `None` when `r` is not a
/// separator or not between digits. The digit after is the next character
/// that survives normalization, so that deleting a tatweel in 3ـ.5 first
/// cannot change the answer on a second pass.
fn separator(r: char, last_out: Option<char>, rest: &str, opts: &Options) -> Option<char> {
    let decimal = match r {
        '.' | '٫' => true,
        ',' | '٬' => false,
        _ => return None,
    };
    let before = last_out.filter(|&d| chars::is_digit(d))?;
    let next = rest.chars().find_map(|c| match fold(c, opts) {
        Fold::Keep => Some(c),
        Fold::To(r, _) => Some(r),
        Fold::Expand(s, _) => s.chars().next(),
        Fold::Delete(_) => None,
    })?;
    if !chars::is_digit(next) {
        return None;
    }
    Some(match (before.is_ascii_digit(), decimal) {
        (true, true) => '.',
        (true, false) => ',',
        (false, true) => '٫',
        (false, false) => '٬',
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_folds_spelling() {
        let n = normalize("إِسطنبـــول ٢٠١٦", &Options::SEARCH);
        assert_eq!(n.text, "اسطنبول 2016");
        assert_eq!(n.map.len(), n.text.len() + 1);
        assert!(n.map.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn display_keeps_letters() {
        assert_eq!(normalize("مَدينة\u{200F}", &Options::DISPLAY).text, "مَدينة");
    }

    #[test]
    fn fast_path_equals_full_path() {
        let text = "ﻻ ٣٫٥ «قال» ـ\u{200F}أحمد…";
        for (name, o) in Options::PRESETS {
            let mut fast = String::new();
            normalize_into(text, &o, &mut fast);
            assert_eq!(fast, normalize(text, &o).text, "preset {name}");
        }
    }
}
