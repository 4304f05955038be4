//! The wide lists of `src/data/wide/`: thousands of cities, bodies, persons
//! and name parts beside the core lists.
//!
//! Native builds (the CLI, tests, evaluation) embed them like the core
//! lists. The page's wasm module is built without them, to stay within its
//! download budget before the first highlight; the page fetches the files
//! afterwards and hands each to [`install`], and every later analysis uses
//! them as built-in names: evidence for the tagger, below the user's own.

use super::gazetteer::Gazetteer;
use std::sync::{Mutex, PoisonError};

/// The wide gazetteers, by file name. `name-parts.tsv` is not among them:
/// it feeds the word classes, which the page builds at its first analysis,
/// before a wide list could arrive, so only native builds use it.
pub const FILES: [&str; 5] =
    ["cities.tsv", "regions.tsv", "organizations.tsv", "movements.tsv", "leaders.tsv"];

/// Lists handed over at run time, in the order they came: (name, text).
/// They live as long as the program, like the embedded ones.
static INSTALLED: Mutex<Vec<(&'static str, &'static str)>> = Mutex::new(Vec::new());

/// Calls `f` with every wide gazetteer there is, name and text: the
/// embedded ones (natively), then the installed ones (in the page).
pub fn each(mut f: impl FnMut(&'static str, &'static str)) {
    for (name, text) in crate::data::WIDE_GAZETTEERS {
        f(name, text);
    }
    for (name, text) in INSTALLED.lock().unwrap_or_else(PoisonError::into_inner).iter() {
        f(name, text);
    }
}

/// Whether any wide gazetteer is there.
pub fn any() -> bool {
    !crate::data::WIDE_GAZETTEERS.is_empty()
        || !INSTALLED.lock().unwrap_or_else(PoisonError::into_inner).is_empty()
}

/// Makes the wide gazetteer `name` (one of [`FILES`]) part of the built-in
/// lists from now on; returns how many names it holds. A list that is not
/// one of the files, is there already, or has a bad line is refused with
/// the reason, and nothing changes. Gazetteers built before keep what they
/// had: callers add the list to theirs with [`Gazetteer::add_wide_list`].
pub fn install(name: &str, text: &str) -> Result<usize, String> {
    let name = name.strip_prefix("wide/").unwrap_or(name);
    let Some(&name) = FILES.iter().find(|f| **f == name) else {
        return Err(format!("{name} is not a wide gazetteer"));
    };
    let count = Gazetteer::new().add_tsv(name, text).map_err(|e| e.to_string())?;
    let mut installed = INSTALLED.lock().unwrap_or_else(PoisonError::into_inner);
    let embedded = crate::data::WIDE_GAZETTEERS.iter().map(|(n, _)| &n[5..]);
    if embedded.chain(installed.iter().map(|(n, _)| *n)).any(|n| n == name) {
        return Err(format!("{name} is loaded already"));
    }
    installed.push((name, Box::leak(text.into())));
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natively_every_wide_list_is_built_in() {
        let mut all = vec![];
        each(|name, text| all.push((name, text)));
        assert_eq!(all.len(), FILES.len());
        assert!(any());
        assert!(crate::data::WIDE_NAME_PARTS.lines().count() > 100);
        for (name, text) in all {
            let file = name.trim_start_matches("wide/");
            assert_eq!(install(name, text).unwrap_err(), format!("{file} is loaded already"));
        }
    }

    #[test]
    fn refuses_what_is_no_wide_gazetteer_and_bad_lines() {
        assert_eq!(install("places.tsv", "حلب\tLOC\n").unwrap_err(), "places.tsv is not a wide gazetteer");
        assert_eq!(
            install("name-parts.tsv", "نور\tgiven\n").unwrap_err(),
            "name-parts.tsv is not a wide gazetteer"
        );
        let err = install("wide/cities.tsv", "# c\nحلب\tCITY\n").unwrap_err();
        assert_eq!(err, "cities.tsv:2: unknown entity type \"CITY\"");
    }
}
