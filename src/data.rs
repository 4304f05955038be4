//! The word lists of `src/data/`, embedded at compile time.
//!
//! `build.rs` copies them without their `#` header lines (which say where
//! each list comes from and under which licence, and stay in the
//! repository), leaving an empty line for each so that error messages'
//! line numbers still match the files. See `src/data/README.md` for what
//! each list holds.

macro_rules! list {
    ($file:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $file))
    };
}

pub const PLACES: &str = list!("places.tsv");
pub const PLACES_EXTRA: &str = list!("places-extra.tsv");
pub const ORGANIZATIONS: &str = list!("organizations.tsv");
pub const PERSONS: &str = list!("persons.tsv");
pub const MONTHS: &str = list!("months.tsv");
pub const TITLES: &str = list!("titles.tsv");
pub const NAME_PARTS: &str = list!("name-parts.tsv");
pub const STOPWORDS: &str = list!("stopwords.tsv");
pub const CLITIC_STEMS: &str = list!("clitics-stems.tsv");
pub const CLITICS_FIXED: &str = list!("clitics-fixed.tsv");
pub const STATEMENTS: &str = list!("statements.tsv");
