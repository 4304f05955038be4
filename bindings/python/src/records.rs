//! An analysis as plain Python objects: the records of `bayan analyze`'s
//! JSON (src/bin/bayan/records.rs and statements.rs), key for key, so a
//! result parsed from the CLI's output equals the one built here.
//!
//! Python objects are the cost here, not the analysis: see tokens.rs.

use bayan::span::{OffsetCursor, OffsetUnit};
use bayan::{Analysis, Entity, Lexed, Span, Statement};

use crate::tokens::{Planned, Planner, Tokens};
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
pub struct Lists<'py, 't> {
    text: &'t str,
    unit: OffsetUnit,
    fields: Fields,
    tokens: Vec<Bound<'py, PyDict>>,
    token_records: Tokens<'py, 't>,
    sentences: Vec<Bound<'py, PyDict>>,
    entities: Vec<Bound<'py, PyDict>>,
    /// Kept as the core's values until the end: a carried speaker lies in
    /// an earlier section, so their offsets are converted in one walk.
    statements: Vec<Statement>,
    /// One cursor per list: each list's offsets rise.
    sentence_cursor: OffsetCursor<'t>,
    entity_cursor: OffsetCursor<'t>,
}

impl<'py, 't> Lists<'py, 't> {
    pub fn new(py: Python<'py>, text: &'t str, unit: OffsetUnit, fields: Fields) -> Self {
        Lists {
            text,
            unit,
            fields,
            tokens: Vec::new(),
            token_records: Tokens::new(py, text, unit),
            sentences: Vec::new(),
            entities: Vec::new(),
            statements: Vec::new(),
            sentence_cursor: OffsetCursor::new(text, unit),
            entity_cursor: OffsetCursor::new(text, unit),
        }
    }

    /// Adds one section's (or the whole text's) records; `plan` is its
    /// tokens' (empty without tokens).
    pub fn add(&mut self, py: Python<'py>, analysis: &mut Analysis, plan: &[Planned]) -> PyResult<()> {
        if self.fields.tokens {
            self.token_records.add(py, &analysis.lexed, plan, &mut self.tokens)?;
        }
        if self.fields.sentences {
            for s in &analysis.lexed.sentences {
                let (start, end) = self.sentence_cursor.span(*s);
                let d = PyDict::new(py);
                d.set_item(intern!(py, "start"), start)?;
                d.set_item(intern!(py, "end"), end)?;
                self.sentences.push(d);
            }
        }
        if self.fields.entities {
            for e in &analysis.entities {
                self.entities.push(entity(py, self.text, e, &mut self.entity_cursor)?);
            }
        }
        if self.fields.statements {
            self.statements.append(&mut analysis.statements);
        }
        Ok(())
    }

    /// The result dict, keys in the CLI's order.
    pub fn finish(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        if self.fields.tokens {
            d.set_item(intern!(py, "tokens"), PyList::new(py, self.tokens)?)?;
        }
        if self.fields.sentences {
            d.set_item(intern!(py, "sentences"), PyList::new(py, self.sentences)?)?;
        }
        if self.fields.entities {
            d.set_item(intern!(py, "entities"), PyList::new(py, self.entities)?)?;
        }
        if self.fields.statements {
            d.set_item(intern!(py, "statements"), statements(py, self.text, &self.statements, self.unit)?)?;
        }
        Ok(d)
    }
}

/// The tokens of `lexed` (the whole text) as dicts, `plan` being theirs.
pub fn tokens<'py>(
    py: Python<'py>,
    text: &str,
    lexed: &Lexed,
    plan: &[Planned],
    unit: OffsetUnit,
) -> PyResult<Bound<'py, PyList>> {
    let mut out = Vec::new();
    Tokens::new(py, text, unit).add(py, lexed, plan, &mut out)?;
    PyList::new(py, out)
}

/// A planner for `text`'s tokens when they are asked for.
pub fn planner(text: &str, unit: OffsetUnit, fields: Fields) -> Option<Planner<'_>> {
    fields.tokens.then(|| Planner::new(text, unit))
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
