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
/// The clitic stems seen 16 times or more; the rare ones are
/// [`WIDE_CLITIC_STEMS`].
pub const CLITIC_STEMS: &str = list!("clitics-stems.tsv");
pub const CLITICS_FIXED: &str = list!("clitics-fixed.tsv");

/// The wide lists of `src/data/wide/` (src/data/README.md): thousands of
/// cities, bodies and persons. Native builds embed them; the page is built
/// without them, to stay within its download budget, and adds them to its
/// analyzer's gazetteer ([`crate::Gazetteer::add_wide_list`]) once fetched.
#[cfg(feature = "embedded-lists")]
pub const WIDE_GAZETTEERS: &[(&str, &str)] = &[
    ("wide/cities.tsv", list!("wide/cities.tsv")),
    ("wide/regions.tsv", list!("wide/regions.tsv")),
    ("wide/organizations.tsv", list!("wide/organizations.tsv")),
    ("wide/movements.tsv", list!("wide/movements.tsv")),
    ("wide/leaders.tsv", list!("wide/leaders.tsv")),
];
#[cfg(not(feature = "embedded-lists"))]
pub const WIDE_GAZETTEERS: &[(&str, &str)] = &[];

/// The wide list of name parts (`part<TAB>role`, like [`NAME_PARTS`]),
/// embedded natively as the wide gazetteers are. The page does without it:
/// the word classes it feeds are built at the first analysis, before any
/// wide list could arrive.
#[cfg(feature = "embedded-lists")]
pub const WIDE_NAME_PARTS: &str = list!("wide/name-parts.tsv");

pub const STATEMENTS: &str = list!("statements.tsv");

/// The rare clitic stems (seen fewer than 16 times: four in five of the
/// 11,326), the end of `clitics-stems.tsv` (build.rs), embedded natively as
/// the wide lists are. The page's first highlight segments with the common
/// ones; the rare ones come with the wide lists (`pkg/wide/`), and
/// [`crate::clitics::Lexicon::add_rare_stems`] makes the built-in lexicon
/// what it is natively.
#[cfg(feature = "embedded-lists")]
pub const WIDE_CLITIC_STEMS: &str = list!("wide/clitics-stems.tsv");
