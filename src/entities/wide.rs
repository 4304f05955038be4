//! The wide lists of `src/data/wide/`: thousands of cities, bodies, persons
//! and name parts beside the core lists.
//!
//! Native builds (the CLI, tests, evaluation) embed them like the core
//! lists, so [`Gazetteer::builtin`] holds them. The page's wasm module is
//! built without them, to stay within its download budget before the first
//! highlight; the page fetches the files afterwards and adds each to its
//! analyzer's gazetteer with [`Gazetteer::add_wide_list`], as built-in
//! names: evidence for the tagger, below the user's own.

#[cfg(doc)]
use super::gazetteer::Gazetteer;

/// The wide gazetteers, by file name. `name-parts.tsv` is not among them:
/// it feeds the word classes, which the page builds at its first analysis,
/// before a wide list could arrive, so only native builds use it.
pub const FILES: [&str; 5] =
    ["cities.tsv", "regions.tsv", "organizations.tsv", "movements.tsv", "leaders.tsv"];

/// The file name of the wide gazetteer `name` (`cities.tsv` or
/// `wide/cities.tsv`), or why it is none.
pub fn file_name(name: &str) -> Result<&'static str, String> {
    let bare = name.strip_prefix("wide/").unwrap_or(name);
    FILES.iter().find(|f| **f == bare).copied().ok_or_else(|| format!("{bare} is not a wide gazetteer"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Gazetteer;

    #[test]
    fn natively_every_wide_list_is_built_in() {
        let names: Vec<_> = crate::data::WIDE_GAZETTEERS.iter().map(|(n, _)| file_name(n).unwrap()).collect();
        assert_eq!(names, FILES);
        assert!(crate::data::WIDE_NAME_PARTS.lines().count() > 100);
        let mut g = Gazetteer::builtin();
        for (name, text) in crate::data::WIDE_GAZETTEERS {
            let file = file_name(name).unwrap();
            assert_eq!(g.add_wide_list(name, text).unwrap_err(), format!("{file} is loaded already"));
        }
    }

    #[test]
    fn refuses_what_is_no_wide_gazetteer_and_bad_lines() {
        let mut g = Gazetteer::new();
        assert_eq!(
            g.add_wide_list("places.tsv", "حلب\tLOC\n").unwrap_err(),
            "places.tsv is not a wide gazetteer"
        );
        assert_eq!(
            g.add_wide_list("name-parts.tsv", "نور\tgiven\n").unwrap_err(),
            "name-parts.tsv is not a wide gazetteer"
        );
        let err = g.add_wide_list("wide/cities.tsv", "# c\nحلب\tCITY\n").unwrap_err();
        assert_eq!(err, "cities.tsv:2: unknown entity type \"CITY\"");
        assert_eq!(g.len(), 0);
        assert_eq!(g.add_wide_list("cities.tsv", "حلب\tLOC\n"), Ok(1));
    }
}
