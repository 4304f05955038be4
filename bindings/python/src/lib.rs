//! `import bayan`: the Python face of the Bayan core.
//!
//! Every function returns plain Python objects (dicts, lists, strings,
//! ints) shaped like `bayan analyze`'s JSON, with offsets in code points by
//! default (Python's string indices). The core runs with the GIL released,
//! a section of the text at a time, so other Python threads go on while it
//! works; only turning its results into Python objects holds the GIL (and
//! on a long text the core analyses the next section meanwhile).

use bayan::normalize::{normalize as normalize_text, Options};
use bayan::span::OffsetUnit;
use bayan::Gazetteer;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

mod gc;
mod records;
mod tokens;

use gc::GcPause;
use records::{Fields, Lists};
use tokens::Planned;

/// Bytes of text the core analyses between two returns to Python: the
/// CLI's section size (the same results, tested in the core).
const SECTION: usize = 1 << 20;

/// `offsets=`: "codepoint" (Python's indices), "utf16" (JavaScript's) or
/// "byte" (UTF-8).
fn unit(offsets: &str) -> PyResult<OffsetUnit> {
    match offsets {
        "codepoint" | "char" => Ok(OffsetUnit::Char),
        "utf16" => Ok(OffsetUnit::Utf16),
        "byte" => Ok(OffsetUnit::Byte),
        other => Err(PyValueError::new_err(format!(
            "unknown offsets {other:?}: expected 'codepoint', 'utf16' or 'byte'"
        ))),
    }
}

/// `fields=`: which lists the result holds (all by default).
fn fields(names: Option<Vec<String>>) -> PyResult<Fields> {
    let Some(names) = names else {
        return Ok(Fields { tokens: true, sentences: true, entities: true, statements: true });
    };
    let mut f = Fields { tokens: false, sentences: false, entities: false, statements: false };
    for name in names {
        match name.as_str() {
            "tokens" => f.tokens = true,
            "sentences" => f.sentences = true,
            "entities" => f.entities = true,
            "statements" => f.statements = true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown field {other:?}: expected 'tokens', 'sentences', 'entities', 'statements'"
                )))
            }
        }
    }
    Ok(f)
}

/// The pipeline with its gazetteer: `Analyzer()` is the built-in one;
/// `load_gazetteer` gives one with the user's names as well.
#[pyclass(frozen, module = "bayan")]
pub struct Analyzer {
    inner: bayan::Analyzer,
}

#[pymethods]
impl Analyzer {
    #[new]
    fn new() -> Self {
        Analyzer { inner: bayan::Analyzer::builtin() }
    }

    /// Tokens, sentences, entities and statements of `text`, as `bayan
    /// analyze` writes them.
    #[pyo3(signature = (text, *, offsets = "codepoint", fields = None))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: String,
        offsets: &str,
        fields: Option<Vec<String>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        analyze_with(py, &self.inner, &text, unit(offsets)?, crate::fields(fields)?)
    }

    /// The tokens of `text` (the first stage alone), as in `analyze`.
    #[pyo3(signature = (text, *, offsets = "codepoint"))]
    fn tokenize<'py>(&self, py: Python<'py>, text: String, offsets: &str) -> PyResult<Bound<'py, PyList>> {
        tokenize_with(py, &self.inner, &text, unit(offsets)?)
    }

    /// How many names the gazetteer holds (the built-in ones included).
    #[getter]
    fn names(&self) -> usize {
        self.inner.gazetteer().len()
    }

    fn __repr__(&self) -> String {
        let user = if self.inner.gazetteer().has_user_names() { "with user names" } else { "built-in" };
        format!("<bayan.Analyzer {user}, {} names>", self.inner.gazetteer().len())
    }
}

fn analyze_with<'py>(
    py: Python<'py>,
    analyzer: &bayan::Analyzer,
    text: &str,
    unit: OffsetUnit,
    fields: Fields,
) -> PyResult<Bound<'py, PyDict>> {
    let _gc = GcPause::new(py)?;
    let mut lists = Lists::new(py, text, unit, fields);
    // Tokens' offsets and forms are worked out beside the analysis, without
    // the GIL (see tokens.rs).
    let mut planner = records::planner(text, unit, fields);
    let mut plan = move |lexed: &bayan::Lexed| planner.as_mut().map(|p| p.plan(lexed)).unwrap_or_default();
    if text.len() <= SECTION {
        let (mut analysis, planned) = py.detach(|| {
            let analysis = analyzer.analyze(text);
            let planned = plan(&analysis.lexed);
            (analysis, planned)
        });
        lists.add(py, &mut analysis, &planned)?;
        return lists.finish(py);
    }
    // A long text: the next section is analysed on a thread of its own while
    // this one's results become Python objects, which takes about as long.
    let (tx, rx) = std::sync::mpsc::sync_channel::<(bayan::Section, Vec<Planned>)>(1);
    std::thread::scope(|scope| {
        // Named, to tell it from the caller's thread in a profile.
        std::thread::Builder::new().name("bayan-sections".into()).spawn_scoped(scope, move || {
            for section in analyzer.sections(text, SECTION) {
                let planned = plan(&section.analysis.lexed);
                // The receiver is gone only when a conversion failed.
                if tx.send((section, planned)).is_err() {
                    break;
                }
            }
        })?;
        // Owned here, so an early return drops it and ends the thread; in a
        // mutex, the one way to lend a receiver to `detach`.
        let rx = std::sync::Mutex::new(rx);
        // A section done with is freed while waiting for the next, not with
        // the GIL held: its forms and spans are tens of thousands of frees.
        let mut done = None;
        while let Some((mut section, planned)) = py.detach(|| {
            drop(done.take());
            rx.lock().ok()?.recv().ok()
        }) {
            lists.add(py, &mut section.analysis, &planned)?;
            done = Some((section, planned));
        }
        lists.finish(py)
    })
}

fn tokenize_with<'py>(
    py: Python<'py>,
    analyzer: &bayan::Analyzer,
    text: &str,
    unit: OffsetUnit,
) -> PyResult<Bound<'py, PyList>> {
    let _gc = GcPause::new(py)?;
    let (lexed, planned) = py.detach(|| {
        let lexed = analyzer.lex(text);
        let planned = tokens::Planner::new(text, unit).plan(&lexed);
        (lexed, planned)
    });
    records::tokens(py, text, &lexed, &planned, unit)
}

fn builtin() -> &'static bayan::Analyzer {
    static BUILTIN: std::sync::OnceLock<bayan::Analyzer> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(bayan::Analyzer::builtin)
}

/// Tokens, sentences, entities and statements of `text` with the built-in
/// analyzer, as `bayan analyze` writes them.
#[pyfunction]
#[pyo3(signature = (text, *, offsets = "codepoint", fields = None))]
fn analyze<'py>(
    py: Python<'py>,
    text: String,
    offsets: &str,
    fields: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyDict>> {
    let (unit, fields) = (unit(offsets)?, crate::fields(fields)?);
    let analyzer = py.detach(builtin);
    analyze_with(py, analyzer, &text, unit, fields)
}

/// The tokens of `text`, as in `analyze`.
#[pyfunction]
#[pyo3(signature = (text, *, offsets = "codepoint"))]
fn tokenize<'py>(py: Python<'py>, text: String, offsets: &str) -> PyResult<Bound<'py, PyList>> {
    let unit = unit(offsets)?;
    let analyzer = py.detach(builtin);
    tokenize_with(py, analyzer, &text, unit)
}

/// `text` normalized with a preset ("search" by default; "display",
/// "light", "search", "strict").
#[pyfunction]
#[pyo3(signature = (text, preset = "search"))]
fn normalize(py: Python<'_>, text: String, preset: &str) -> PyResult<String> {
    let options = Options::preset(preset).ok_or_else(|| {
        let names: Vec<&str> = Options::PRESETS.iter().map(|(n, _)| *n).collect();
        PyValueError::new_err(format!("unknown preset {preset:?}: expected one of {}", names.join(", ")))
    })?;
    Ok(py.detach(|| normalize_text(&text, &options).text))
}

/// An analyzer with the user's names: a TSV or CSV file (`path`), the same
/// as a string (`text`), or rows of (surface, type, id, gloss) (`terms`).
/// Their names win over the built-in lists, which stay unless `replace`.
#[pyfunction]
#[pyo3(signature = (path = None, *, text = None, terms = None, replace = false))]
fn load_gazetteer(
    py: Python<'_>,
    path: Option<std::path::PathBuf>,
    text: Option<String>,
    terms: Option<Vec<Vec<String>>>,
    replace: bool,
) -> PyResult<Analyzer> {
    let mut g = Gazetteer::new();
    let error = |e: bayan::GazetteerError| PyValueError::new_err(format!("gazetteer {e}"));
    match (path, text, terms) {
        (Some(path), None, None) => {
            let source = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|e| read_error(&source, e))?;
            g.add_user(&source, &text).map_err(error)?;
        }
        (None, Some(text), None) => {
            g.add_user("text", &text).map_err(error)?;
        }
        (None, None, Some(terms)) => {
            for (i, row) in terms.iter().enumerate() {
                let fields: Vec<&str> = row.iter().map(String::as_str).collect();
                g.add_term("terms", i + 1, &fields).map_err(error)?;
            }
        }
        _ => return Err(PyValueError::new_err("give one of path, text= or terms=")),
    }
    if !replace {
        py.detach(|| g.add_builtin_lists());
    }
    Ok(Analyzer { inner: bayan::Analyzer::builtin().with_gazetteer(g) })
}

/// A file that could not be read, as Python's own `open` reports it,
/// with its name; a file that is not UTF-8 is a bad value.
fn read_error(source: &str, e: std::io::Error) -> PyErr {
    use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyPermissionError};
    let message = format!("{source}: {e}");
    match e.kind() {
        std::io::ErrorKind::NotFound => PyFileNotFoundError::new_err(message),
        std::io::ErrorKind::PermissionDenied => PyPermissionError::new_err(message),
        std::io::ErrorKind::InvalidData => {
            PyValueError::new_err(format!("{source}: the file is not UTF-8 text"))
        }
        _ => PyOSError::new_err(message),
    }
}

#[pymodule]
fn _bayan(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Analyzer>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(load_gazetteer, m)?)?;
    Ok(())
}
