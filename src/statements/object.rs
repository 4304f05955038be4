//! What an act affirms, condemns or calls for: from the first word after
//! the act (after its subject, adverbs and own preposition) to the end of
//! its clause.

use super::{speaker, Act, Ctx, Kind, Statement};
use crate::span::Span;
use crate::tokenize::TokenKind;

/// Prepositions a light verb's class noun takes before its object
/// (أعرب عن قلقه إزاء).
const NOUN_PREPS: [&str; 6] = ["ازاء", "من", "حيال", "تجاه", "مع", "علي"];
/// Opening quotation marks, outside the object.
const OPENERS: [&str; 6] = ["«", "\"", "“", "'", "(", "["];
/// Whether a normalized noun ends in a possessive pronoun (إدانته، قلقها).
fn has_pronoun(w: &str) -> bool {
    ["ه", "ها", "هم", "هما", "هن", "نا", "كم"].iter().any(|p| w.ends_with(p))
}

/// Whether a normalized word has the shape فاعلا, a circumstantial
/// participle («طالبا عدم كشف اسمه»), whatever verb form it also spells.
fn faailan(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    c.len() == 5 && c[1] == 'ا' && c[4] == 'ا'
}

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
    // «ترفضها، يساندها»: what is rejected or supported is the verb's own
    // pronoun, unless the pronoun is an addressee and the act's
    // preposition follows (حضّها على، طالبه بـ).
    let w = ctx.norm(act.last);
    if act.hit.kind == Kind::Verb
        && act.hit.enclitic
        && act.noun.is_none()
        && ["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
        && act.class != super::Class::Call
    {
        let next = act.last + 1;
        let own = next < n
            && entry.preps.iter().any(|p| ctx.norm(next) == p || p == "ب" && ctx.norm(next).starts_with('ب'));
        if !own {
            return None;
        }
    }
    let mut k = act.last + 1;
    if let Some(end) = subject_end {
        k = k.max(end + 1);
    }
    k = speaker::skip_adverbs(ctx, k);
    // «الذي تقرر فيه أن»، «التي رحبت فيها بـ»: «in it» refers back, the object follows.
    if k + 1 < n && ctx.is(k, &["فيه", "فيها"]) && ctx.same_clause(act.first, k + 1) {
        k = speaker::skip_adverbs(ctx, k + 1);
    }
    // «جدد الاجتماع إدانة منظمة التعاون الإسلامي … كافة أشكال الإرهاب»: the
    // class noun's own agent stands before the object (a noun with a
    // pronoun, إدانته، has it already).
    if let Some(noun) = act.noun.filter(|&t| k == t + 1 && !has_pronoun(ctx.norm(t))) {
        if let Some(mut end) = speaker::phrase_at(ctx, noun + 1, n) {
            // «… والدول الأعضاء فيها»: coordinated agents and their «فيها».
            while end + 1 < n && ctx.norm(end + 1).starts_with('و') {
                match speaker::phrase_at(ctx, end + 1, n) {
                    Some(e) => end = e,
                    None => break,
                }
            }
            if ctx.is(end + 1, &["فيها", "فيه", "فيهم"]) {
                end += 1;
            }
            k = speaker::skip_adverbs(ctx, end + 1);
        }
    }
    // «اعتراضا رئيسيا على»: an indefinite adjective of the class noun before its preposition.
    if act.noun.is_some()
        && k + 1 < n
        && ctx.norm(k).ends_with('ا')
        && !ctx.norm(k).starts_with("ال")
        && ctx.is(k + 1, &NOUN_PREPS)
    {
        k += 1;
    }
    // «ويذكر ملكونيان، بوجه خاص، دور»: an adverb between commas.
    if k < n && ctx.is(k, &["،", ","]) {
        let t = speaker::skip_adverbs(ctx, k + 1);
        if t > k + 1 && t < n && ctx.is(t, &["،", ","]) {
            k = t + 1;
        }
    }
    // A subject's apposition set off by commas: the object follows the
    // comma that closes it, at the act's own preposition or «إن» (شدد
    // البيان، الصادر عن الاجتماع …، على القرارات؛ قال المتحدث، في بيان صدر
    // مساء الثلاثاء، إن).
    let comma = subject_end.is_some() && k < n && ctx.is(k, &["،", ","]);
    // Past the last token (an act ending the text) nothing opens.
    let opens = |t: usize| {
        let own = t < n && entry.preps.iter().any(|p| ctx.norm(t) == p) && !ctx.is(t - 1, &["بناء"]);
        // أعلن عن … / أعلن أن …: a verb whose only preposition is عن takes أن too.
        let anna = entry.preps.iter().all(|p| p == "عن");
        own || anna && ctx.is(t, &["ان", "بان", "انه", "انها", "بانه", "بانها"])
    };
    let mut after_comma = None;
    if comma {
        let end = ctx.clause_end(act.first).min(k + 80);
        let mut t = k + 1;
        while t < end
            && !ctx.is(t, &CLAUSE_ENDS)
            && !ctx.hit(t).is_some_and(|h| h.kind == Kind::Verb && !h.bare)
        {
            if ctx.is(t - 1, &["،", ","]) && opens(t) {
                after_comma = Some(t);
                break;
            }
            t += 1;
        }
    }
    // An adverbial phrase (شددت في ذلك التقرير على أن، تعرب في عدة مناسبات
    // عن، أشار المجلس في اعتماده البيان إلى): the object follows the act's
    // own preposition.
    let adverbial = k < n && ctx.is(k, &["في"]);
    if let Some(t) = after_comma {
        k = t;
    } else if comma || adverbial {
        let end = ctx.clause_end(act.first).min(k + 14);
        let mut t = k + 1;
        let mut found = false;
        while t < end
            && !ctx.is(t, &CLAUSE_ENDS)
            && !ctx.hit(t).is_some_and(|h| h.kind == Kind::Verb && !faailan(ctx.norm(t)))
        {
            if opens(t) {
                k = t;
                found = true;
                break;
            }
            t += 1;
        }
        // «اعتُمد في 24 تشرين الأول»: a decision with only a time or place after it has no object here.
        if !found
            && adverbial
            && subject_end.is_none()
            && act.class == super::Class::Decide
            && act.hit.kind == Kind::Verb
        {
            return None;
        }
    }
    // «تلاحظ منظمة النساء المتضامنات أن»، «أُوضح للجنة أن»: a few definite
    // words (the subject's rest, an addressee) before «أن» of a verb
    // without its own ب.
    if !entry.preps.iter().any(|p| p == "ب") && !opens(k.max(1)) {
        let mut t = k;
        while t < n
            && t < k + 3
            && ["ال", "لل", "ل"].iter().any(|a| ctx.norm(t).starts_with(a))
            && ctx.hit(t).is_none()
            && !ctx.is(t, &["لا", "لم", "لن"])
        {
            t += 1;
        }
        if t > k && t < n && ctx.same_clause(act.first, t) && ctx.is(t, &["ان", "انه", "انها"]) {
            k = t;
        }
    }
    // «تشجع بنشاط على»: a manner adverb with بـ before the act's own preposition.
    if k + 1 < n
        && ctx.norm(k).starts_with('ب')
        && ctx.hit(k).is_none()
        && entry.preps.iter().any(|p| p != "ب" && ctx.norm(k + 1) == p)
    {
        k += 1;
    }
    if k < n && (entry.preps.iter().any(|p| ctx.norm(k) == p) || act.noun.is_some() && ctx.is(k, &NOUN_PREPS))
    {
        k += 1;
    }
    // «وأشارت وكالة حماية البيئة بالولايات المتحدة أيضا إلى أن»: what
    // points (أشار, a STATE verb) has its object after إلى, past the rest
    // of a subject the phrase rules ended early.
    if act.class == super::Class::State
        && subject_end.is_some()
        && entry.preps.iter().any(|p| p == "الي")
        && !ctx.is(k.saturating_sub(1), &["الي"])
    {
        let end = ctx.clause_end(act.first).min(k + 7);
        if let Some(p) =
            (k..end).take_while(|&t| !ctx.punct(t) && ctx.hit(t).is_none()).find(|&t| ctx.is(t, &["الي"]))
        {
            k = p + 1;
        }
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
