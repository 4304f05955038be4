//! What an act affirms, condemns or calls for: from the first word after
//! the act (after its subject, adverbs and own preposition) to the end of
//! its clause.

use super::{speaker, Act, Ctx, Kind, Statement};
use crate::span::Span;
use crate::tokenize::TokenKind;

/// Prepositions a light verb's class noun takes before its object
/// (أعرب عن قلقه إزاء).
const NOUN_PREPS: [&str; 5] = ["ازاء", "من", "حيال", "تجاه", "مع"];
/// Opening quotation marks, outside the object.
const OPENERS: [&str; 5] = ["«", "\"", "“", "'", "("];
/// Where a clause ends.
const CLAUSE_ENDS: [&str; 3] = ["؛", ";", ":"];

/// The token where the object of `act` starts, if it follows the act.
/// `subject_end` is the last token of an explicit subject after the act.
pub(crate) fn start(ctx: &Ctx, act: &Act, subject_end: Option<usize>) -> Option<usize> {
    let n = ctx.lexed.tokens.len();
    let entry = &ctx.lex.entries[act.hit.entry as usize];
    // What was said stands before an act in a relative clause (التي أكدها).
    if act.hit.kind == Kind::Verb
        && act.hit.enclitic
        && act.first > 0
        && ctx.is(act.first - 1, &["التي", "الذي", "والتي", "والذي", "ما", "لما", "كما", "مما"])
    {
        return None;
    }
    let mut k = act.last + 1;
    if let Some(end) = subject_end {
        k = k.max(end + 1);
    }
    k = speaker::skip_adverbs(ctx, k);
    // A subject's apposition set off by a comma, or an adverbial phrase
    // (شددت في ذلك التقرير على أن، تعرب في عدة مناسبات عن): the object
    // follows the act's own preposition; a comma before «إن» (قال
    // المتحدث، في بيان صدر مساء الثلاثاء، إن) starts it there.
    let comma = subject_end.is_some() && k < n && ctx.is(k, &["،", ","]);
    let adverbial = k < n && ctx.is(k, &["في"]);
    if comma && entry.preps.is_empty() || (comma || adverbial) && !entry.preps.is_empty() {
        let end = ctx.clause_end(act.first).min(k + 14);
        let mut t = k + 1;
        while t < end && !ctx.is(t, &CLAUSE_ENDS) && ctx.hit(t).is_none() {
            let own = entry.preps.iter().any(|p| ctx.norm(t) == p) && !ctx.is(t - 1, &["بناء"]);
            if own || entry.preps.is_empty() && ctx.is(t, &["ان", "بان"]) {
                k = t;
                break;
            }
            t += 1;
        }
    }
    if k < n && (entry.preps.iter().any(|p| ctx.norm(k) == p) || act.noun.is_some() && ctx.is(k, &NOUN_PREPS))
    {
        k += 1;
    }
    k = speaker::skip_adverbs(ctx, k);
    while k < n && ctx.is(k, &OPENERS) {
        k += 1;
    }
    if k >= n || !ctx.same_clause(act.first, k) {
        return None;
    }
    matches!(ctx.lexed.tokens[k].kind, TokenKind::Word | TokenKind::Number | TokenKind::Latin).then_some(k)
}

/// Ends every object at its clause's end — the next act of the same
/// speaker, «؛», the sentence or line end — and lists its targets.
/// `acts` holds each statement's first token, index and object token.
pub(crate) fn finish(ctx: &Ctx, out: &mut [Statement], acts: &[(usize, usize, Option<usize>)]) {
    let base = ctx.carry_base;
    for a in 0..out.len() {
        let (Some(obj), Some(first)) = (out[a].object, acts[a].2) else { continue };
        let speaker = out[a].speaker.as_ref().map(|s| s.span);
        let sentence = ctx.sentence(first);
        let next_same = acts[a + 1..]
            .iter()
            .take_while(|(t, _, _)| *t < first || ctx.sentence(*t) == sentence)
            .filter(|(_, s, _)| out[*s].speaker.as_ref().map(|x| x.span) == speaker)
            .map(|(t, _, _)| *t)
            .find(|&t| t >= first);
        let mut last = first;
        let mut t = first;
        let end = ctx.clause_end(first);
        while t < end && Some(t) != next_same && !(ctx.punct(t) && ctx.is(t, &CLAUSE_ENDS)) {
            last = t;
            t += 1;
        }
        // Trailing punctuation and a dangling conjunction stay outside.
        while last > first
            && (ctx.punct(last)
                || ctx.is(last, &["و", "كما", "وكذلك", "ولم", "ولا", "ولن", "وعدم", "لم", "لا", "لن"]))
        {
            last -= 1;
        }
        let span = Span::new(obj.start, ctx.span(last).end);
        out[a].targets = ctx
            .within(span)
            .iter()
            .filter(|(e, _)| span.contains(e.span))
            .map(|(_, idx)| ctx.carry_mentions + idx)
            .collect();
        let doc = Span::new(span.start + base, span.end + base);
        out[a].object = Some(doc);
        out[a].span = Span::new(out[a].span.start, out[a].span.end.max(doc.end));
    }
    for s in out.iter_mut() {
        if let Some(sp) = s.speaker.as_ref().filter(|sp| !sp.implicit) {
            s.span = Span::new(s.span.start.min(sp.span.start), s.span.end.max(sp.span.end));
        }
    }
}
