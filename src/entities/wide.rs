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

/// The wide files, by name: the gazetteers, then the name parts.
pub const FILES: [&str; 6] =
    ["cities.tsv", "regions.tsv", "organizations.tsv", "movements.tsv", "leaders.tsv", NAME_PARTS];

/// The one wide file that is a word list (`part<TAB>role`), not a gazetteer.
pub const NAME_PARTS: &str = "name-parts.tsv";

/// Lists handed over at run time, in the order they came: (name, text).
/// They live as long as the program, like the embedded ones.
static INSTALLED: Mutex<Vec<(&'static str, &'static str)>> = Mutex::new(Vec::new());

/// Every wide gazetteer there is: embedded, then installed.
pub fn gazetteers() -> Vec<(&'static str, &'static str)> {
    let installed = INSTALLED.lock().unwrap_or_else(PoisonError::into_inner);
    let only = std::env::var("BAYAN_WIDE_EXPERIMENT").ok();
    crate::data::WIDE_GAZETTEERS
        .iter()
        .copied()
        .filter(|(n, _)| only.as_ref().is_none_or(|o| o.split(',').any(|x| n.ends_with(x))))
        .chain(installed.iter().copied().filter(|(name, _)| *name != NAME_PARTS))
        .collect()
}

/// The wide name-part lists there are: embedded, or installed.
pub fn name_parts() -> Vec<&'static str> {
    let installed = INSTALLED.lock().unwrap_or_else(PoisonError::into_inner);
    let only = std::env::var("BAYAN_WIDE_EXPERIMENT").ok();
    crate::data::WIDE_NAME_PARTS
        .iter()
        .copied()
        .filter(|_| only.as_ref().is_none_or(|o| o.contains("name-parts")))
        .chain(installed.iter().filter(|(name, _)| *name == NAME_PARTS).map(|(_, text)| *text))
        .collect()
}

/// Makes the wide list `name` (one of [`FILES`]) part of the built-in
/// lists from now on; returns how many names or parts it holds. A list that
/// is not one of the files, is there already, or has a bad line is refused
/// with the reason, and nothing changes. Gazetteers built before keep what
/// they had: callers add the list to theirs with
/// [`Gazetteer::add_wide_list`].
pub fn install(name: &str, text: &str) -> Result<usize, String> {
    let name = name.rsplit('/').next().unwrap_or(name);
    let Some(&name) = FILES.iter().find(|f| **f == name) else {
        return Err(format!("{name} is not a wide list (expected one of {})", FILES.join(", ")));
    };
    let mut installed = INSTALLED.lock().unwrap_or_else(PoisonError::into_inner);
    let embedded = crate::data::WIDE_GAZETTEERS
        .iter()
        .map(|(n, _)| *n)
        .chain((!crate::data::WIDE_NAME_PARTS.is_empty()).then_some(NAME_PARTS));
    if embedded.chain(installed.iter().map(|(n, _)| *n)).any(|n| n.ends_with(name)) {
        return Err(format!("{name} is loaded already"));
    }
    let count = if name == NAME_PARTS {
        super::lexicon::check_name_parts(name, text)?
    } else {
        Gazetteer::new().add_tsv(name, text).map_err(|e| e.to_string())?
    };
    installed.push((name, Box::leak(text.into())));
    drop(installed);
    if name == NAME_PARTS {
        super::lexicon::rebuild();
    }
    Ok(count)
}
