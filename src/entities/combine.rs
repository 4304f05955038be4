//! How the tagger's names join the lists' and rules' candidates (the rule
//! is in the module docs of [`super`]). Every step is a binary search or a
//! pass over per-token flags, so the stage stays linear in the text.

use super::lexicon::{self, lexicon};
use super::locate::Cursor;
use super::{Entity, EntityType};
use crate::analysis::Analysis;
use crate::span::Span;

/// The candidates to resolve: learned names, the listed names that extend
/// them, the rules' names where the tagger found nothing, and every
/// mention of another type. Learned names overlapping a `user` span (a
/// name of the user's gazetteer) are dropped.
pub(super) fn combine(
    analysis: &Analysis,
    learned: Vec<Entity>,
    user: &[Span],
    found: Vec<Entity>,
    rules: Vec<Entity>,
) -> Vec<Entity> {
    let evidence = Evidence::new(analysis, &found, &rules);
    let mut users = vec![false; analysis.tokens.len()];
    let mut cursor = Cursor::new(&analysis.tokens);
    for s in user {
        let (first, end) = cursor.tokens_of(*s);
        users[first..end].iter_mut().for_each(|u| *u = true);
    }
    // Learned mentions come in text order: one cursor finds their tokens.
    let mut cursor = Cursor::new(&analysis.tokens);
    let mut out: Vec<Entity> = learned
        .into_iter()
        .filter(|e| {
            let (first, end) = cursor.tokens_of(e.span);
            !evidence.lone_given_name(analysis, e, (first, end)) && !users[first..end].contains(&true)
        })
        .collect();
    // Learned mentions come from one tag sequence: sorted, never overlapping.
    let spans: Vec<Span> = out.iter().map(|e| e.span).collect();
    let overlapping = |s: Span| {
        let from = spans.partition_point(|l| l.end <= s.start);
        let to = spans.partition_point(|l| l.start < s.end).max(from);
        &spans[from..to]
    };
    let extends = |e: &Entity| overlapping(e.span).iter().all(|l| e.span.contains(*l));
    let free = |e: &Entity| overlapping(e.span).is_empty();
    out.extend(found.into_iter().filter(|e| !e.kind.is_name() || extends(e)));
    out.extend(rules.into_iter().filter(|e| !e.kind.is_name() || free(e)));
    out
}

/// Per token: does a list or rule call it a person, does a title end on it.
struct Evidence {
    person: Vec<bool>,
    title_ends: Vec<bool>,
}

impl Evidence {
    fn new(analysis: &Analysis, found: &[Entity], rules: &[Entity]) -> Self {
        let n = analysis.tokens.len();
        let mut ev = Evidence { person: vec![false; n], title_ends: vec![false; n] };
        let mut cursor = Cursor::new(&analysis.tokens);
        for e in found.iter().chain(rules) {
            let (first, end) = cursor.tokens_of(e.span);
            match e.kind {
                EntityType::Person => ev.person[first..end].iter_mut().for_each(|p| *p = true),
                EntityType::Title if end > 0 => ev.title_ends[end - 1] = true,
                _ => {}
            }
        }
        ev
    }

    /// A learned PERSON that is one given name which is also an ordinary
    /// word (سعيد "happy"), with no title before it and no list or rule
    /// calling it a person: the name-part list is evidence next to other
    /// evidence, never alone.
    fn lone_given_name(&self, analysis: &Analysis, e: &Entity, (first, end): (usize, usize)) -> bool {
        if e.kind != EntityType::Person || end != first + 1 {
            return false;
        }
        let norm = analysis.form(&analysis.tokens[first]).norm.as_str();
        let given = lexicon().get(norm).is_some_and(|c| c & lexicon::GIVEN != 0);
        given && !self.person[first] && !(first > 0 && self.title_ends[first - 1])
    }
}
