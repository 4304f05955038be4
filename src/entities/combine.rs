//! How the tagger's names join the lists' and rules' candidates (the rule
//! is in the module docs of [`super`]). Every step is a binary search or a
//! pass over per-token flags, so the stage stays linear in the text.

use super::bits::Bits;
use super::lexicon::{self, lexicon};
use super::locate::Cursor;
use super::{Entity, EntityType};
use crate::lexed::Lexed;
use crate::span::Span;

/// The candidates to resolve, in three lists in this order: learned names;
/// the listed names that extend them and the lists' mentions of other
/// types; the rules' names where the tagger found nothing and their
/// mentions of other types. Learned names overlapping a `user` span (a
/// name of the user's gazetteer) are dropped. Each list is filtered in
/// place: no list of all candidates is built beside them.
pub(super) fn combine(
    lexed: &Lexed,
    mut learned: Vec<Entity>,
    user: &[Span],
    mut found: Vec<Entity>,
    mut rules: Vec<Entity>,
) -> Vec<Vec<Entity>> {
    let evidence = Evidence::new(lexed, &found, &rules);
    let n = lexed.tokens.len();
    // Empty (no allocation) without a user gazetteer, the common case.
    let mut users = Bits::new(if user.is_empty() { 0 } else { n });
    let mut cursor = Cursor::new(&lexed.tokens);
    for s in user {
        let (first, end) = cursor.tokens_of(*s);
        (first..end).for_each(|j| users.set(j));
    }
    // Learned mentions come in text order: one cursor finds their tokens.
    let mut cursor = Cursor::new(&lexed.tokens);
    learned.retain(|e| {
        let (first, end) = cursor.tokens_of(e.span);
        !evidence.lone_given_name(lexed, e, (first, end)) && !(first..end).any(|j| users.get(j))
    });
    // Learned mentions come from one tag sequence: sorted, never overlapping.
    let spans: Vec<Span> = learned.iter().map(|e| e.span).collect();
    let overlapping = |s: Span| {
        let from = spans.partition_point(|l| l.end <= s.start);
        let to = spans.partition_point(|l| l.start < s.end).max(from);
        &spans[from..to]
    };
    let extends = |e: &Entity| overlapping(e.span).iter().all(|l| e.span.contains(*l));
    let free = |e: &Entity| overlapping(e.span).is_empty();
    found.retain(|e| !e.kind.is_name() || extends(e));
    rules.retain(|e| !e.kind.is_name() || free(e));
    // Shrunk in place, their tails free for what resolving allocates next.
    [&mut learned, &mut found, &mut rules].into_iter().for_each(|v| v.shrink_to_fit());
    vec![learned, found, rules]
}

/// Per token: does a list or rule call it a person, does a title end on it.
struct Evidence {
    person: Bits,
    title_ends: Bits,
}

impl Evidence {
    fn new(lexed: &Lexed, found: &[Entity], rules: &[Entity]) -> Self {
        let n = lexed.tokens.len();
        let mut ev = Evidence { person: Bits::new(n), title_ends: Bits::new(n) };
        let mut cursor = Cursor::new(&lexed.tokens);
        // Only persons and titles count: the others' tokens are not sought.
        for e in
            found.iter().chain(rules).filter(|e| matches!(e.kind, EntityType::Person | EntityType::Title))
        {
            let (first, end) = cursor.tokens_of(e.span);
            match e.kind {
                EntityType::Person => (first..end).for_each(|j| ev.person.set(j)),
                _ if end > 0 => ev.title_ends.set(end - 1),
                _ => {}
            }
        }
        ev
    }

    /// A learned PERSON that is one given name which is also an ordinary
    /// word (سعيد "happy"), with no title before it and no list or rule
    /// calling it a person: the name-part list is evidence next to other
    /// evidence, never alone.
    fn lone_given_name(&self, lexed: &Lexed, e: &Entity, (first, end): (usize, usize)) -> bool {
        if e.kind != EntityType::Person || end != first + 1 {
            return false;
        }
        let norm = lexed.form(&lexed.tokens[first]).norm.as_str();
        let given = lexicon().get(norm).is_some_and(|c| c & lexicon::GIVEN != 0);
        given && !self.person.get(first) && !(first > 0 && self.title_ends.get(first - 1))
    }
}
