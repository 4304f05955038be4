//! Token records as Python dicts, the costliest part of a result: a 10 MB
//! text has a million tokens and 1.4 million segments, each a dict, where
//! the core's analysis of it takes about as long as building them.
//!
//! Everything about a token but its offsets depends only on its surface
//! string, so each distinct surface (a form) gets, once per text, a token
//! dict and segment dicts with their strings set; a token is a C-level copy
//! of them with `start`, `end` and the segment list set (three stores
//! instead of six, two instead of five per segment, and no string made).
//!
//! What needs no Python object, each token's offsets in the unit and which
//! form it is, is worked out by a [`Planner`] beside the core's analysis,
//! without the GIL; the thread that holds it only builds objects.

use std::collections::HashMap;

use bayan::span::{count, OffsetCursor, OffsetUnit};
use bayan::tokenize::TokenKind;
use bayan::Lexed;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

/// The GIL-free half: a token's offsets and its form's id, a section at a
/// time, in the order the sections come.
pub struct Planner<'t> {
    text: &'t str,
    cursor: OffsetCursor<'t>,
    /// Form ids by surface, for the whole text: ids count up from 0 in the
    /// order the surfaces are first met.
    by_surface: HashMap<&'t str, u32>,
}

/// One token as [`Tokens::add`] needs it: offsets in the unit, and its
/// form's id (a new form's id is the number of forms before it).
pub struct Planned {
    start: usize,
    end: usize,
    form: u32,
}

impl<'t> Planner<'t> {
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        Planner { text, cursor: OffsetCursor::new(text, unit), by_surface: HashMap::new() }
    }

    /// The plan of `lexed`'s tokens (spans into the whole text), which
    /// come after those of the sections planned before.
    pub fn plan(&mut self, lexed: &Lexed) -> Vec<Planned> {
        // This section's form indices → the text's ids.
        let mut local = vec![u32::MAX; lexed.forms.len()];
        let by_surface = &mut self.by_surface;
        let text = self.text;
        let cursor = &mut self.cursor;
        lexed
            .tokens
            .iter()
            .map(|t| {
                let id = &mut local[t.form as usize];
                if *id == u32::MAX {
                    let next = u32::try_from(by_surface.len()).expect("fewer than 2^32 forms");
                    *id = *by_surface.entry(t.span.of(text)).or_insert(next);
                }
                let (start, end) = cursor.span(t.span);
                Planned { start, end, form: *id }
            })
            .collect()
    }
}

/// Builds the token dicts of a text, a section at a time; forms are shared
/// across sections (a form's dicts are made once for the whole text).
pub struct Tokens<'py, 't> {
    text: &'t str,
    unit: OffsetUnit,
    keys: Keys<'py>,
    /// Forms by id ([`Planned::form`]).
    forms: Vec<Form<'py>>,
    /// Token and segment kind names as Python strings, made once.
    names: Names<'py>,
    /// A token's segment dicts before they become its list.
    segments: Vec<Bound<'py, PyDict>>,
}

/// The interned keys of a record, in the CLI's order.
struct Keys<'py> {
    start: Bound<'py, PyString>,
    end: Bound<'py, PyString>,
    text: Bound<'py, PyString>,
    kind: Bound<'py, PyString>,
    norm: Bound<'py, PyString>,
    segments: Bound<'py, PyString>,
    restored: Bound<'py, PyString>,
}

/// One distinct surface: its token dict without offsets or segments, and
/// its segments' dicts without offsets.
struct Form<'py> {
    /// The kind the token dict holds (a surface's kind could depend on
    /// where it stands; a token of another kind sets its own).
    kind: TokenKind,
    record: Bound<'py, PyDict>,
    /// The token's length in the offset unit.
    len: usize,
    segments: Vec<Segment<'py>>,
}

/// A segment's offsets from the token's start, in the unit, and its dict.
struct Segment<'py> {
    start: usize,
    end: usize,
    record: Bound<'py, PyDict>,
}

impl<'py, 't> Tokens<'py, 't> {
    pub fn new(py: Python<'py>, text: &'t str, unit: OffsetUnit) -> Self {
        let key = |k: &str| PyString::intern(py, k);
        Tokens {
            text,
            unit,
            keys: Keys {
                start: key("start"),
                end: key("end"),
                text: key("text"),
                kind: key("kind"),
                norm: key("norm"),
                segments: key("segments"),
                restored: key("restored"),
            },
            forms: Vec::new(),
            names: Names(Vec::new()),
            segments: Vec::new(),
        }
    }

    /// Appends the dicts of `lexed`'s tokens (spans into the whole text),
    /// `plan` being [`Planner::plan`]'s for them.
    pub fn add(
        &mut self,
        py: Python<'py>,
        lexed: &Lexed,
        plan: &[Planned],
        out: &mut Vec<Bound<'py, PyDict>>,
    ) -> PyResult<()> {
        // The section's new forms first, all together: their dicts and
        // strings then lie side by side in memory, where made as met they
        // were scattered among the tokens' objects and every copy of a form
        // missed the cache (and the TLB) to read it.
        for (t, p) in lexed.tokens.iter().zip(plan) {
            if p.form as usize == self.forms.len() {
                let form = self.form(py, t.span.of(self.text), t.kind, lexed.form(t))?;
                self.forms.push(form);
            }
        }
        out.reserve(lexed.tokens.len());
        for (t, p) in lexed.tokens.iter().zip(plan) {
            let form = &self.forms[p.form as usize];
            let (start, end) = (p.start, p.end);
            let (start_py, end_py) = (start.into_pyobject(py)?, end.into_pyobject(py)?);
            // A segment's ends as ints: the token's own at its edges, and
            // one object for the boundary of two segments.
            let mut last = (0, start_py.clone());
            for s in &form.segments {
                let d = s.record.copy()?;
                let at_start =
                    if s.start == last.0 { last.1.clone() } else { (start + s.start).into_pyobject(py)? };
                d.set_item(&self.keys.start, at_start)?;
                let at_end =
                    if s.end == form.len { end_py.clone() } else { (start + s.end).into_pyobject(py)? };
                d.set_item(&self.keys.end, &at_end)?;
                last = (s.end, at_end);
                self.segments.push(d);
            }
            let d = form.record.copy()?;
            d.set_item(&self.keys.start, start_py)?;
            d.set_item(&self.keys.end, end_py)?;
            if t.kind != form.kind {
                d.set_item(&self.keys.kind, self.names.get(py, t.kind.name()))?;
            }
            d.set_item(&self.keys.segments, PyList::new(py, self.segments.drain(..))?)?;
            out.push(d);
        }
        Ok(())
    }

    fn form(
        &mut self,
        py: Python<'py>,
        surface: &str,
        kind: TokenKind,
        form: &bayan::Form,
    ) -> PyResult<Form<'py>> {
        let unit = self.unit;
        let at = |byte: usize| match unit {
            OffsetUnit::Byte => byte,
            unit => count(&surface.as_bytes()[..byte], unit == OffsetUnit::Utf16),
        };
        let k = &self.keys;
        let none = py.None();
        let surface_py = PyString::new(py, surface);
        let record = PyDict::new(py);
        record.set_item(&k.start, &none)?;
        record.set_item(&k.end, &none)?;
        record.set_item(&k.text, &surface_py)?;
        record.set_item(&k.kind, self.names.get(py, kind.name()))?;
        record.set_item(&k.norm, same_or_new(py, &surface_py, surface, &form.norm))?;
        record.set_item(&k.segments, &none)?;
        let mut segments = Vec::with_capacity(form.segments.len());
        for s in &form.segments {
            let d = PyDict::new(py);
            d.set_item(&k.start, &none)?;
            d.set_item(&k.end, &none)?;
            let text = s.span.of(surface);
            let text_py = same_or_new(py, &surface_py, surface, text);
            d.set_item(&k.text, &text_py)?;
            d.set_item(&k.kind, self.names.get(py, s.kind.name()))?;
            d.set_item(&k.restored, same_or_new(py, &text_py, text, &s.restored))?;
            segments.push(Segment { start: at(s.span.start), end: at(s.span.end), record: d });
        }
        Ok(Form { kind, record, len: at(surface.len()), segments })
    }
}

/// `wanted` as a Python string: `have` when they are equal, as they are for
/// most words (the search form is the surface, a word is one segment, a
/// segment is restored as written). Decoding a short Arabic string costs
/// Python about as much as building a record.
fn same_or_new<'py>(
    py: Python<'py>,
    have: &Bound<'py, PyString>,
    have_str: &str,
    wanted: &str,
) -> Bound<'py, PyString> {
    if have_str == wanted {
        return have.clone();
    }
    PyString::new(py, wanted)
}

/// Names of kinds (`TokenKind::name`, `SegmentKind::name`) as interned
/// Python strings, found by the address of the name: a dozen of them, where
/// interning again would decode the name for every form.
struct Names<'py>(Vec<(&'static str, Bound<'py, PyString>)>);

impl<'py> Names<'py> {
    fn get(&mut self, py: Python<'py>, name: &'static str) -> Bound<'py, PyString> {
        if let Some((_, s)) = self.0.iter().find(|(n, _)| std::ptr::eq(*n, name)) {
            return s.clone();
        }
        let s = PyString::intern(py, name);
        self.0.push((name, s.clone()));
        s
    }
}
