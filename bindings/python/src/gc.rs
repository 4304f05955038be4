//! Python's cycle collector paused while results are built: they are
//! millions of fresh dicts and lists, no cycle among them, and every
//! collection would walk all of them again (it made `analyze` on 2 MB
//! three times slower).
//!
//! Calls on several threads overlap (each lets the others run while the
//! core works), so the pause is counted: the first call pauses the
//! collector, if it was running, and the last one to finish resumes it.
//! Paused and resumed by each call, one thread's resume fell in the middle
//! of another's building, which then ran at a third of its speed.

use std::sync::Mutex;

use pyo3::prelude::*;

/// Calls building results now, and whether the collector ran before the
/// first of them. Only touched with the GIL held, never across a release.
static PAUSES: Mutex<(usize, bool)> = Mutex::new((0, false));

pub struct GcPause<'py> {
    gc: Bound<'py, PyModule>,
}

impl<'py> GcPause<'py> {
    pub fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        let mut pauses = PAUSES.lock().unwrap_or_else(|e| e.into_inner());
        if pauses.0 == 0 {
            pauses.1 = gc.call_method0("isenabled")?.is_truthy()?;
            if pauses.1 {
                gc.call_method0("disable")?;
            }
        }
        pauses.0 += 1;
        Ok(GcPause { gc })
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        let mut pauses = PAUSES.lock().unwrap_or_else(|e| e.into_inner());
        pauses.0 -= 1;
        if pauses.0 == 0 && pauses.1 {
            // Enabling the collector cannot fail.
            let _ = self.gc.call_method0("enable");
        }
    }
}
