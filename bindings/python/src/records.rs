//! An analysis as plain Python objects: the records of `bayan analyze`'s
//! JSON (src/bin/bayan/records.rs and statements.rs), key for key, so a
//! result parsed from the CLI's output equals the one built here.
//!
//! Python objects are the cost here, not the analysis: a token's text,
//! search form and segment strings are made once per distinct surface (a
//! form) and shared by every token of that form.

use bayan::span::{count, OffsetCursor, OffsetUnit};
use bayan::{Analysis, Entity, Span, Statement};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::{intern, IntoPyObjectExt};

/// What one analysis' records hold (`fields=`, the CLI's `--fields`).
#[derive(Clone, Copy)]
pub struct Fields {
    pub tokens: bool,
    pub sentences: bool,
    pub entities: bool,
    pub statements: bool,
}

/// The result lists, filled a section at a time.
pub struct Lists<'py> {
    pub tokens: Vec<Bound<'py, PyDict>>,
    pub sentences: Vec<Bound<'py, PyDict>>,
    pub entities: Vec<Bound<'py, PyDict>>,
    /// Kept as the core's values until the end: a carried speaker lies in
    /// an earlier section, so their offsets are converted in one walk.
    pub statements: Vec<Statement>,
}

/// A form's Python strings and its segments' offsets from the token start.
struct FormPy<'py> {
    text: Bound<'py, PyString>,
    norm: Bound<'py, PyString>,
    segments: Vec<SegmentPy<'py>>,
}

struct SegmentPy<'py> {
    start: usize,
    end: usize,
    text: Bound<'py, PyString>,
    kind: Bound<'py, PyString>,
    restored: Bound<'py, PyString>,
}

/// Offset cursors over the text, one per list (each list's offsets rise).
pub struct Cursors<'t> {
    unit: OffsetUnit,
    tokens: OffsetCursor<'t>,
    sentences: OffsetCursor<'t>,
    entities: OffsetCursor<'t>,
}

impl<'t> Cursors<'t> {
    pub fn new(text: &'t str, unit: OffsetUnit) -> Self {
        Cursors {
            unit,
            tokens: OffsetCursor::new(text, unit),
            sentences: OffsetCursor::new(text, unit),
            entities: OffsetCursor::new(text, unit),
        }
    }
}

impl<'py> Lists<'py> {
    pub fn new() -> Self {
        Lists { tokens: Vec::new(), sentences: Vec::new(), entities: Vec::new(), statements: Vec::new() }
    }

    /// Adds one section's (or a whole text's) records; spans are into `text`.
    pub fn add(
        &mut self,
        py: Python<'py>,
        text: &str,
        analysis: &mut Analysis,
        cursors: &mut Cursors,
        fields: Fields,
    ) -> PyResult<()> {
        if fields.tokens {
            self.tokens.extend(tokens(py, text, analysis, &mut cursors.tokens, cursors.unit)?);
        }
        if fields.sentences {
            for s in &analysis.lexed.sentences {
                let (start, end) = cursors.sentences.span(*s);
                let d = PyDict::new(py);
                d.set_item(intern!(py, "start"), start)?;
                d.set_item(intern!(py, "end"), end)?;
                self.sentences.push(d);
            }
        }
        if fields.entities {
            for e in &analysis.entities {
                self.entities.push(entity(py, text, e, &mut cursors.entities)?);
            }
        }
        if fields.statements {
            self.statements.append(&mut analysis.statements);
        }
        Ok(())
    }

    /// The result dict, keys in the CLI's order.
    pub fn finish(
        self,
        py: Python<'py>,
        text: &str,
        unit: OffsetUnit,
        fields: Fields,
    ) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        if fields.tokens {
            d.set_item(intern!(py, "tokens"), PyList::new(py, self.tokens)?)?;
        }
        if fields.sentences {
            d.set_item(intern!(py, "sentences"), PyList::new(py, self.sentences)?)?;
        }
        if fields.entities {
            d.set_item(intern!(py, "entities"), PyList::new(py, self.entities)?)?;
        }
        if fields.statements {
            d.set_item(intern!(py, "statements"), statements(py, text, &self.statements, unit)?)?;
        }
        Ok(d)
    }
}

/// The tokens of `analysis` as dicts.
pub fn tokens<'py>(
    py: Python<'py>,
    text: &str,
    analysis: &Analysis,
    cursor: &mut OffsetCursor,
    unit: OffsetUnit,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let lexed = &analysis.lexed;
    let mut forms: Vec<Option<FormPy>> = (0..lexed.forms.len()).map(|_| None).collect();
    let mut out = Vec::with_capacity(lexed.tokens.len());
    let (token_keys, segment_keys) = (Template::token(py)?, Template::segment(py)?);
    for t in &lexed.tokens {
        let surface = t.span.of(text);
        let form = match &mut forms[t.form as usize] {
            Some(f) => f,
            slot => slot.insert(form_py(py, surface, lexed.form(t), unit)),
        };
        let (start, end) = cursor.span(t.span);
        let mut segments = Vec::with_capacity(form.segments.len());
        for s in &form.segments {
            let d = segment_keys.dict()?;
            d.set_item(intern!(py, "start"), start + s.start)?;
            d.set_item(intern!(py, "end"), start + s.end)?;
            d.set_item(intern!(py, "text"), &s.text)?;
            d.set_item(intern!(py, "kind"), &s.kind)?;
            d.set_item(intern!(py, "restored"), &s.restored)?;
            segments.push(d);
        }
        let d = token_keys.dict()?;
        d.set_item(intern!(py, "start"), start)?;
        d.set_item(intern!(py, "end"), end)?;
        d.set_item(intern!(py, "text"), &form.text)?;
        d.set_item(intern!(py, "kind"), PyString::intern(py, t.kind.name()))?;
        d.set_item(intern!(py, "norm"), &form.norm)?;
        d.set_item(intern!(py, "segments"), PyList::new(py, segments)?)?;
        out.push(d);
    }
    Ok(out)
}

/// A dict with a record's keys in order, copied for each record: a copy
/// takes the key table whole, sized for the keys, where a new dict would
/// insert each key and grow its table on the sixth (0.40 → 0.37 s of CPU
/// for `analyze` on 2 MB).
struct Template<'py>(Bound<'py, PyDict>);

impl<'py> Template<'py> {
    fn new(py: Python<'py>, keys: &[&Bound<'py, PyString>]) -> PyResult<Self> {
        let d = PyDict::new(py);
        for k in keys {
            d.set_item(k, py.None())?;
        }
        Ok(Template(d))
    }

    fn token(py: Python<'py>) -> PyResult<Self> {
        let keys = ["start", "end", "text", "kind", "norm", "segments"].map(|k| PyString::intern(py, k));
        Template::new(py, &keys.iter().collect::<Vec<_>>())
    }

    fn segment(py: Python<'py>) -> PyResult<Self> {
        let keys = ["start", "end", "text", "kind", "restored"].map(|k| PyString::intern(py, k));
        Template::new(py, &keys.iter().collect::<Vec<_>>())
    }

    fn dict(&self) -> PyResult<Bound<'py, PyDict>> {
        self.0.copy()
    }
}

fn form_py<'py>(py: Python<'py>, surface: &str, form: &bayan::Form, unit: OffsetUnit) -> FormPy<'py> {
    let at = |byte: usize| match unit {
        OffsetUnit::Byte => byte,
        unit => count(&surface.as_bytes()[..byte], unit == OffsetUnit::Utf16),
    };
    FormPy {
        text: PyString::new(py, surface),
        norm: PyString::new(py, &form.norm),
        segments: form
            .segments
            .iter()
            .map(|s| SegmentPy {
                start: at(s.span.start),
                end: at(s.span.end),
                text: PyString::new(py, s.span.of(surface)),
                kind: PyString::intern(py, s.kind.name()),
                restored: PyString::new(py, &s.restored),
            })
            .collect(),
    }
}

/// A mention; `inner` lists the names inside a container.
fn entity<'py>(
    py: Python<'py>,
    text: &str,
    e: &Entity,
    cursor: &mut OffsetCursor,
) -> PyResult<Bound<'py, PyDict>> {
    // Offsets in ascending order, so the cursor never walks back.
    let start = cursor.to_unit(e.span.start);
    let inner = e.inner.iter().map(|i| entity(py, text, i, cursor)).collect::<PyResult<Vec<_>>>()?;
    let end = cursor.to_unit(e.span.end);
    let d = PyDict::new(py);
    d.set_item(intern!(py, "start"), start)?;
    d.set_item(intern!(py, "end"), end)?;
    d.set_item(intern!(py, "text"), e.span.of(text))?;
    d.set_item(intern!(py, "type"), PyString::intern(py, e.kind.name()))?;
    d.set_item(intern!(py, "id"), e.id.as_deref())?;
    d.set_item(intern!(py, "gloss"), e.gloss.as_deref())?;
    d.set_item(intern!(py, "inner"), PyList::new(py, inner)?)?;
    Ok(d)
}

/// The statements as dicts; mention indices are into the flattened mention
/// list (each container followed by its inner mentions, in text order).
fn statements<'py>(
    py: Python<'py>,
    text: &str,
    statements: &[Statement],
    unit: OffsetUnit,
) -> PyResult<Bound<'py, PyList>> {
    let at = bayan::statements::unit_offsets(text, statements, unit);
    let span = |s: Span| -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "start"), at[&s.start])?;
        d.set_item(intern!(py, "end"), at[&s.end])?;
        d.set_item(intern!(py, "text"), s.of(text))?;
        Ok(d)
    };
    let out = PyList::empty(py);
    for s in statements {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "start"), at[&s.span.start])?;
        d.set_item(intern!(py, "end"), at[&s.span.end])?;
        d.set_item(intern!(py, "class"), s.class.name())?;
        d.set_item(intern!(py, "act"), span(s.act)?)?;
        let speaker = match &s.speaker {
            None => py.None(),
            Some(sp) => {
                let d = PyDict::new(py);
                d.set_item(intern!(py, "start"), at[&sp.span.start])?;
                d.set_item(intern!(py, "end"), at[&sp.span.end])?;
                d.set_item(intern!(py, "text"), &sp.text)?;
                d.set_item(intern!(py, "implicit"), sp.implicit)?;
                d.set_item(intern!(py, "entities"), &sp.mentions)?;
                d.into_py_any(py)?
            }
        };
        d.set_item(intern!(py, "speaker"), speaker)?;
        d.set_item(intern!(py, "object"), s.object.map(span).transpose()?)?;
        d.set_item(intern!(py, "targets"), &s.targets)?;
        d.set_item(intern!(py, "negated"), s.negated)?;
        let rules = PyDict::new(py);
        rules.set_item(intern!(py, "lexicon"), &s.lexicon)?;
        rules.set_item(intern!(py, "speaker"), s.speaker_rule.name())?;
        d.set_item(intern!(py, "rules"), rules)?;
        out.append(d)?;
    }
    Ok(out)
}
