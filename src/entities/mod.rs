//! Entity recognition: who, where, which organisations, dates and laws.
//!
//! Candidates come from the gazetteer (names Bayan knows) and from rules
//! (structures it can recognise without knowing the name: dates, numbers,
//! resolutions, events, titles, quoted names, person names, organisation
//! heads). Overlaps are then resolved by one rule, [`resolve_overlaps`]:
//!
//! - the longer mention wins; at equal length the earlier one, and at the
//!   same span the gazetteer before the rules;
//! - a mention lying wholly inside a kept *container* (TITLE, EVENT, LAW,
//!   QUOTE) is kept as one of its `inner` mentions when it is a name or a
//!   date: سفير البحرين لدى السعودية is a TITLE holding two LOCs, قرار مجلس
//!   الأمن رقم 2254 a LAW holding an ORG. The page can show both levels, and
//!   scoring against PERS/LOC/ORG corpora reads the inner names;
//! - anything else that overlaps a kept mention is dropped.
//!
//! The top-level list therefore never overlaps, which is what a reader view
//! highlighting one mark per span needs.
//!
//! With a learned model ([`tagger`], built in) the candidates are combined
//! before that rule, as follows:
//!
//! - the tagger decides PERSON, ORG and LOC: its mentions come first, and
//!   take the canonical id and gloss of a gazetteer mention of the same type
//!   over the same tokens;
//! - a name from the user's gazetteer wins over the tagger: learned
//!   mentions overlapping it are dropped (they know their documents);
//! - a learned PERSON that is a lone given name shaped as an adjective, so
//!   as often the ordinary word (سعيد "happy"), with no title or verb of
//!   saying before it and no list or rule naming a person there, is
//!   dropped;
//! - a gazetteer PERSON/ORG/LOC is kept when every learned mention it
//!   overlaps lies inside it: a listed full name extends a learned part
//!   (الجمعية العامة للأمم المتحدة over a learned الأمم المتحدة);
//! - a rule's PERSON/ORG/LOC is kept only where no learned mention overlaps
//!   it: structure fills the tagger's gaps, but does not overrule it; a
//!   rule's PERSON there goes when a word of it cannot be a name's (a
//!   pronoun suffix, an accusative ending, a verb of saying);
//! - a body the rules named whole once with its link (مجلس السلام والأمن
//!   التابع للاتحاد الأفريقي) is a listed name for the rest of the text
//!   ([`memory`]): its later bare mentions extend the tagger's part;
//! - DATE, NUMBER, EVENT, LAW, TITLE and QUOTE come from the lists and rules
//!   as before, and learned names nest inside them.
//!
//! Without a model (`recognize(…, None)`, `bayan eval-ner --rules`)
//! the lists and rules decide alone. On ANERcorp, the combination scores a
//! few points below the tagger alone and well above the rules. That gap is
//! a difference of convention, kept on purpose: ANERcorp tags مكة in مكة
//! المكرمة, غزة in قطاع غزة and leaves state bodies (مجلس الوزراء، وزارة
//! الخارجية) untagged, while Bayan marks the full official name (دولة
//! الكويت, الجمعية العامة للأمم المتحدة) and the bodies a statement names.
//! So listed names may extend the tagger's and rule names fill its gaps;
//! what both conventions call wrong is fixed in the rules themselves
//! (docs/ACCURACY.md, "Entity recognition", has the measured cost of each part).

mod bits;
mod combine;
mod gazetteer;
mod homographs;
mod lexicon;
mod locate;
mod memory;
mod rules;
pub mod tagger;
pub mod wide;

pub use gazetteer::{Gazetteer, GazetteerError};
pub use tagger::{Model, ModelError};

use crate::lexed::Lexed;
use crate::span::Span;
use serde::Serialize;
use std::sync::Arc;

/// The kind of an entity. Names are a public contract: add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person's name without the title: أحمد أبو الغيط, نور الدين محمود زنكي.
    Person,
    /// A named body with its full chain: المجلس الوزاري لمنظمة التعاون الإسلامي.
    Org,
    /// A country, city, region or named place: دولة الكويت, مدينة جدة.
    Loc,
    /// A date as written, whole: يومي 14و15 أبريل 2016, السبت المقبل.
    Date,
    /// A quantity with its unit, % or currency: 1.7 مليار دولار, 4.6 في المائة.
    Number,
    /// A named meeting, session, conference, summit, war or international day.
    Event,
    /// A resolution, decision or instrument: قرار مجلس الأمن رقم 2254.
    Law,
    /// A role or honorific attached to a person: سفير البحرين لدى السعودية.
    Title,
    /// A name given in quotation marks («داعش»), the marks outside.
    Quote,
}

impl EntityType {
    /// Every type, in discriminant order.
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
    type Err = TypeError;

    fn from_str(s: &str) -> Result<Self, TypeError> {
        EntityType::ALL.into_iter().find(|t| t.name() == s).ok_or_else(|| TypeError::Unknown(s.to_string()))
    }
}

/// An entity type that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TypeError {
    /// No type has this name (names are upper case: `PERSON`, `LOC` …).
    Unknown(String),
}

impl std::fmt::Display for TypeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypeError::Unknown(name) => write!(f, "unknown entity type {name:?}"),
        }
    }
}

impl std::error::Error for TypeError {}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Where the mention is in the text.
    pub span: Span,
    /// What it names.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical id shared by every spelling of the same entity.
    pub id: Option<String>,
    /// English name, when known.
    pub gloss: Option<String>,
    /// Names and dates inside a TITLE, EVENT, LAW or QUOTE, sorted; empty
    /// for other types.
    pub inner: Vec<Entity>,
}

impl EntityType {
    /// Whether mentions of this type can hold other mentions.
    pub fn is_container(self) -> bool {
        matches!(self, EntityType::Title | EntityType::Event | EntityType::Law | EntityType::Quote)
    }

    /// PERSON, ORG and LOC: the types the learned tagger decides.
    pub fn is_name(self) -> bool {
        matches!(self, EntityType::Person | EntityType::Org | EntityType::Loc)
    }

    /// Whether a mention of this type is kept inside a container.
    fn nests(self) -> bool {
        matches!(self, EntityType::Person | EntityType::Org | EntityType::Loc | EntityType::Date)
    }
}

/// The title list, built on first use.
fn titles() -> &'static Gazetteer {
    static TITLES: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    TITLES.get_or_init(|| {
        let mut g = Gazetteer::new();
        g.add_tsv(gazetteer::TITLES.0, gazetteer::TITLES.1)
            .expect("the title list is valid (tests check it)");
        g
    })
}

/// The gazetteer's and the rules' candidates: what the tagger reads as
/// evidence.
pub fn evidence(text: &str, lexed: &Lexed, gazetteer: &Gazetteer) -> (Vec<Entity>, Vec<Entity>) {
    let mut found = gazetteer.find(text, lexed);
    homographs::resolve(text, lexed, &mut found);
    found.shrink_to_fit();
    let mut by_rule = rules::find(text, lexed, &found, titles());
    // Both grew by doubling; shrunk in place, their tails are free for
    // what the tagger allocates next (the wasm heap keeps its high-water
    // mark).
    by_rule.shrink_to_fit();
    (found, by_rule)
}

/// The entity stage: the mentions of names in `gazetteer` and of the
/// rules' structures in the lexed `text`, decided with `model` when there
/// is one (see the module docs for how its mentions and the rules'
/// combine), the lists and rules alone otherwise. Sorted, never
/// overlapping; names inside containers are in their `inner`.
pub fn recognize(text: &str, lexed: &Lexed, gazetteer: &Gazetteer, model: Option<&Model>) -> Vec<Entity> {
    recognize_kept(text, lexed, gazetteer, model.map(|m| (m, None)))
}

/// [`recognize`], the tagger's per-form rows kept in `rows` from one text
/// to the next (the same entities, less work on a long text or a corpus).
pub(crate) fn recognize_with(
    text: &str,
    lexed: &Lexed,
    gazetteer: &Arc<Gazetteer>,
    model: Option<&Arc<Model>>,
    rows: &mut tagger::Rows,
) -> Vec<Entity> {
    // The rows made here, in a function the browser's build never calls,
    // so that it holds no code of the cache.
    let model = model.map(|m| {
        rows.bind(m, gazetteer);
        (&**m, Some(m.rows_kept(text, lexed, gazetteer, rows)))
    });
    recognize_kept(text, lexed, gazetteer, model)
}

fn recognize_kept(
    text: &str,
    lexed: &Lexed,
    gazetteer: &Gazetteer,
    model: Option<(&Model, Option<Vec<tagger::Row>>)>,
) -> Vec<Entity> {
    let (found, by_rule) = evidence(text, lexed, gazetteer);
    let Some((model, rows)) = model else {
        let mut candidates = found;
        candidates.extend(by_rule);
        return resolve_overlaps(candidates);
    };
    let learned = model.mentions_kept(lexed, gazetteer, &found, &by_rule, rows);
    let user: Vec<Span> = if gazetteer.has_user_names() {
        gazetteer.find_marked(text, lexed).into_iter().filter(|(_, u)| *u).map(|(e, _)| e.span).collect()
    } else {
        vec![]
    };
    resolve_parts(combine::combine(text, lexed, learned, &user, found, by_rule))
}

/// Keeps the longest of overlapping mentions and nests names in containers
/// (see the module docs); the result is sorted and never overlaps.
pub fn resolve_overlaps(candidates: Vec<Entity>) -> Vec<Entity> {
    resolve_parts(vec![candidates])
}

/// [`resolve_overlaps`] of the candidates of `parts` one after another,
/// without joining them into one list first: the candidates are the
/// largest vectors of the entity stage, and a joined copy beside the parts
/// set the stage's peak (the wasm heap keeps its high-water mark).
fn resolve_parts(parts: Vec<Vec<Entity>>) -> Vec<Entity> {
    use crate::order::{sort_keys, Key};
    use std::collections::BTreeMap;
    // A candidate's index: its part in the top bits, its place in the part
    // below, so indexes order as places in the joined list would.
    const PART: u32 = 28;
    let index = |part: usize, i: usize| {
        assert!(i < 1 << PART && part < 1 << (32 - PART), "too many candidates");
        (part as u32) << PART | i as u32
    };
    // Longest first, then earliest; at the same span the earlier candidate
    // (the gazetteer's) wins: the index breaks ties as a stable sort would.
    // Indexes are sorted and kept rather than the entities themselves, which
    // are large to move; the length goes in as its complement, so ascending
    // keys put the longest first.
    let mut order: Vec<Key> = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for (p, part) in parts.iter().enumerate() {
        order.extend(
            part.iter()
                .enumerate()
                .map(|(i, e)| (!(e.span.len() as u64), e.span.start as u64, u64::from(index(p, i)))),
        );
    }
    sort_keys(&mut order);
    let mut slots: Vec<Vec<Option<Entity>>> =
        parts.into_iter().map(|part| part.into_iter().map(Some).collect()).collect();
    fn slot(slots: &mut [Vec<Option<Entity>>], i: u32) -> &mut Option<Entity> {
        &mut slots[(i >> PART) as usize][(i & ((1 << PART) - 1)) as usize]
    }
    // Kept spans by start, with their candidate index; they never overlap,
    // so the ones a candidate collides with are the last few starting
    // before its end.
    // Kept as start → (end, candidate index): the spans are all the search
    // reads, and reading them from the candidates would miss the cache.
    let mut kept: BTreeMap<usize, (usize, u32)> = BTreeMap::new();
    for (len, start, i) in order {
        let (start, i) = (start as usize, i as u32);
        let s = Span::new(start, start + (!len) as usize);
        let mut hits = kept.range(..s.end).rev().take_while(|(_, &(end, _))| end > s.start);
        match (hits.next().map(|(_, &(_, k))| k), hits.next()) {
            (None, _) => {
                kept.insert(s.start, (s.end, i));
            }
            (Some(k), None) => {
                let kind = slot(&mut slots, i).as_ref().expect("each candidate is visited once").kind;
                if nests_in(slot(&mut slots, k).as_ref().expect("kept mentions stay in their slot"), s, kind)
                {
                    let e = slot(&mut slots, i).take();
                    let outer = slot(&mut slots, k).as_mut().unwrap();
                    let at = outer.inner.partition_point(|m| m.span.start < s.start);
                    outer.inner.insert(at, e.unwrap());
                }
            }
            _ => {}
        }
    }
    kept.into_values()
        .map(|(_, k)| slot(&mut slots, k).take().expect("kept mentions stay in their slot"))
        .collect()
}

/// Whether a mention of `kind` at `span` goes inside `outer`.
fn nests_in(outer: &Entity, span: Span, kind: EntityType) -> bool {
    outer.kind.is_container()
        && kind.nests()
        && outer.span.contains(span)
        && !outer.inner.iter().any(|k| k.span.start < span.end && span.start < k.span.end)
}

/// The mentions of `entities` and their inner ones, in text order.
pub fn flatten(entities: &[Entity]) -> Vec<&Entity> {
    let mut out = Vec::new();
    for e in entities {
        out.push(e);
        out.extend(e.inner.iter());
    }
    out
}
