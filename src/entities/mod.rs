//! Entity recognition: who, where, which organisations, dates and laws.
//!
//! Candidates come from the gazetteer (names Bayan knows) and from rules
//! (structures it can recognise without knowing the name). Overlaps are then
//! resolved by one rule: the longer mention wins, and at equal length the
//! earlier one; a mention nested in a kept one is dropped.

mod gazetteer;

pub use gazetteer::{Gazetteer, GazetteerError};

use crate::analysis::Analysis;
use crate::span::Span;
use serde::Serialize;

/// The kind of an entity. Names are a public contract: add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Loc,
    Date,
    Number,
    Event,
    Law,
    Title,
    Quote,
}

impl EntityType {
    pub const ALL: [EntityType; 9] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Date,
        EntityType::Number,
        EntityType::Event,
        EntityType::Law,
        EntityType::Title,
        EntityType::Quote,
    ];

    /// The upper-case name used in data files, JSON and the page.
    pub fn name(self) -> &'static str {
        ["PERSON", "ORG", "LOC", "DATE", "NUMBER", "EVENT", "LAW", "TITLE", "QUOTE"][self as usize]
    }
}

impl std::str::FromStr for EntityType {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        EntityType::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| format!("unknown entity type {s:?}"))
    }
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical id shared by every spelling of the same entity.
    pub id: Option<String>,
    /// English name, when known.
    pub gloss: Option<String>,
}

/// Finds the entities of an analysed text.
pub fn recognize(text: &str, analysis: &Analysis, gazetteer: &Gazetteer) -> Vec<Entity> {
    resolve_overlaps(gazetteer.find(text, analysis))
}

/// Keeps the longest of overlapping mentions; the result is sorted.
pub fn resolve_overlaps(mut candidates: Vec<Entity>) -> Vec<Entity> {
    use std::cmp::Reverse;
    use std::collections::BTreeMap;
    candidates.sort_by_key(|e| (Reverse(e.span.len()), e.span.start));
    // Kept spans by start; they never overlap, so only the neighbours of a
    // candidate can collide with it.
    let mut kept: BTreeMap<usize, Entity> = BTreeMap::new();
    for e in candidates {
        let s = e.span;
        let before = kept.range(..=s.start).next_back().is_some_and(|(_, k)| k.span.end > s.start);
        let after = kept.range(s.start..).next().is_some_and(|(_, k)| k.span.start < s.end);
        if !before && !after {
            kept.insert(s.start, e);
        }
    }
    kept.into_values().collect()
}
