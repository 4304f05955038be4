//! Who performs an act: named rules, tried in order ([`find`]), each
//! recorded in the statement as its [`SpeakerRule`].

use super::{Act, Carry, Ctx, Entry, Kind, NounHit, Speaker, SpeakerRule, Statement};
use crate::entities::EntityType;
use crate::span::Span;
use crate::tokenize::TokenKind;

/// Relative pronouns: the verb after one speaks for the antecedent.
const RELATIVES: [&str; 12] = [
    "التي",
    "الذي",
    "الذين",
    "اللتين",
    "اللذين",
    "اللتان",
    "اللذان",
    "والتي",
    "والذي",
    "والذين",
    "اللواتي",
    "اللاتي",
];
/// Particles before a subject that precedes its verb («إن الوزارة تدين»).
const INNA: [&str; 10] = ["ان", "فان", "وان", "بان", "لان", "كما", "وكما", "حيث", "لكن", "ولكن"];
/// Auxiliaries before a subject that precedes its verb («وكان أولئك
/// المسؤولون قد أبدوا»، «ما فتئت الحكومة تعرب»).
const AUXILIARIES: [&str; 12] =
    ["كان", "وكان", "فكان", "كانت", "وكانت", "فتي", "فتيت", "فتئ", "فتئت", "زال", "زالت", "ظلت"];
/// Demonstratives before a subject, outside it (أولئك المسؤولون → المسؤولون).
const DEMONSTRATIVES: [&str; 7] = ["اولئك", "هذه", "هذا", "هولاء", "هؤلاء", "تلك", "ذلك"];
/// What may stand between a subject and its verb: negation and قد.
const BETWEEN: [&str; 4] = ["لا", "لم", "لن", "قد"];
/// A preposition with a pronoun between a verb and its subject («الذي رحبت
/// فيه اللجنة»): skipped, it is not the subject.
const PREP_PRONOUNS: [&str; 16] = [
    "فيه",
    "فيها",
    "فيهم",
    "به",
    "بها",
    "بهم",
    "عليه",
    "عليها",
    "اليه",
    "اليها",
    "عنه",
    "عنها",
    "منه",
    "منها",
    "له",
    "لها",
];

/// Definite adjectives a speaker's head often takes (nisbas ending in ي/ية are found by shape).
const ADJECTIVES: [&str; 25] = [
    "الطرف",
    "الاطراف",
    "الاعضاء",
    "العام",
    "العامة",
    "الطارئ",
    "الطارئة",
    "الخاص",
    "الخاصة",
    "الدائم",
    "الدائمة",
    "المعني",
    "المعنية",
    "المتحدة",
    "الاعلي",
    "الاول",
    "الاولي",
    "العليا",
    "الجديد",
    "الجديدة",
    "الرسمي",
    "المشترك",
    "المشتركة",
    "التنفيذي",
    "الفرعية",
];
/// Whether a normalized word reads as an adjective after a head: a nisba
/// (ي، ية، يون…) or a common one.
fn is_adjective(w: &str) -> bool {
    ["ي", "ية", "يون", "يين", "يان"].iter().any(|x| w.ends_with(x)) || ADJECTIVES.contains(&w)
}

/// Words that never open a subject.
const NOT_SUBJECT: [&str; 12] = ["الي", "علي", "عن", "من", "في", "ان", "بان", "مع", "ازاء", "الا", "ما", "كل"];

/// Whether a top-level mention of this type can speak.
fn speaks(t: EntityType) -> bool {
    matches!(t, EntityType::Person | EntityType::Org | EntityType::Title | EntityType::Loc)
}

/// The normalized word of token `i` without a conjunction (و, ف) before it.
fn bare<'a>(ctx: &Ctx<'a>, i: usize) -> &'a str {
    let w = ctx.norm(i);
    if !ctx.bit(i, super::HEAD) {
        return w;
    }
    for p in ["و", "ف"] {
        if let Some(rest) = w.strip_prefix(p) {
            if ctx.lex.is_speaker_head(rest) {
                return rest;
            }
        }
    }
    w
}

/// The noun phrase that can speak starting at token `i` (before `limit`):
/// a mention that speaks (a TITLE followed by its PERSON taken together),
/// or a head noun of the lexicon with its definite genitive and adjective
/// chain. Returns its last token.
pub(crate) fn phrase_at(ctx: &Ctx, i: usize, limit: usize) -> Option<usize> {
    if i >= limit
        || ctx.lexed.tokens[i].kind != TokenKind::Word
        || ctx.is(i, &NOT_SUBJECT)
        || ctx.hit(i).is_some()
    {
        return None;
    }
    let n = limit.min(ctx.lexed.tokens.len());
    let mut end;
    if let Some(k) = ctx.starts(i).filter(|&k| speaks(ctx.kind(k))) {
        // The mention must start at the token, not after a preposition in it.
        let e = ctx.top[k as usize].0;
        let lead = &ctx.text[ctx.span(i).start..e.span.start];
        if !(lead.is_empty() || lead == "و" || lead == "ف") {
            return None;
        }
        end = i;
        while end + 1 < n && ctx.span(end + 1).start < e.span.end {
            end += 1;
        }
        // «وزراء خارجية دول الجوار الليبي»: a title that ends in the
        // construct state goes on through its genitives.
        if ctx.kind(k) == EntityType::Title && !ctx.norm(end).starts_with("ال") {
            if let Some(last) = indefinite_chain(ctx, i, end + 1, n, 0) {
                end = last + 1;
                if let Some(m) = ctx.starts(end) {
                    let me = ctx.top[m as usize].0.span.end;
                    while end + 1 < n && ctx.span(end + 1).start < me {
                        end += 1;
                    }
                }
                while end + 1 < n
                    && ctx.same_clause(i, end + 1)
                    && ctx.norm(end + 1).starts_with("ال")
                    && is_adjective(ctx.norm(end + 1))
                {
                    end += 1;
                }
                return Some(end);
            }
        }
        // A title and its person together, on one line (a paragraph break
        // ends the phrase: the name that opens the next paragraph is not
        // the title's).
        if ctx.kind(k) == EntityType::Title && end + 1 < n && ctx.line(end + 1) == ctx.line(i) {
            if let Some(p) = ctx.starts(end + 1).filter(|&p| ctx.kind(p) == EntityType::Person) {
                let pe = ctx.top[p as usize].0.span.end;
                while end + 1 < n && ctx.span(end + 1).start < pe {
                    end += 1;
                }
            }
        }
        // «الناطق الرسمي باسم الوزارة»: باسم and the body it names belong to
        // the title, where the entity stage ends the title before it or
        // right after باسم.
        let basm = if ctx.is(end, &["باسم"]) {
            Some(end)
        } else {
            Some(end + 1).filter(|&b| ctx.is(b, &["باسم"]))
        };
        if let Some(b) = basm.filter(|&b| b + 1 < n && ctx.same_clause(i, b + 1)) {
            end = b + 1;
            if let Some(k) = ctx.starts(end) {
                let e = ctx.top[k as usize].0;
                while end + 1 < n && ctx.span(end + 1).start < e.span.end {
                    end += 1;
                }
            } else if let Some(last) = phrase_at(ctx, end, limit) {
                end = last;
            }
        }
        return Some(end);
    }
    if !ctx.bit(i, super::HEAD) && !ctx.is(i, &QUANTIFIERS) {
        return None;
    }
    if ctx.lex.is_speaker_head_with_pronoun(bare(ctx, i)) {
        // «إن بلاده تدين»: a head with its pronoun is a whole phrase.
        return Some(i);
    }
    // «العديد من المنظمات الإعلامية»، «أي من الدول الأعضاء»: a quantifier and what it counts.
    if ctx.is(i, &QUANTIFIERS) && i + 2 < n && ctx.is(i + 1, &["من"]) && ctx.same_clause(i, i + 2) {
        if let Some(last) = phrase_at(ctx, i + 2, limit).or_else(|| definite_run(ctx, i + 2, n)) {
            return Some(last);
        }
    }
    if !ctx.lex.is_speaker_head(bare(ctx, i)) {
        return None;
    }
    end = i;
    // The head's genitive and adjectives: definite words, up to six tokens;
    // an indefinite head (وزير، مجلس) takes a mention as its genitive, a
    // definite one (الاجتماع) does not: a mention after it is another phrase.
    let definite_head = bare(ctx, i).starts_with("ال");
    let mut j = i + 1;
    // «قادة دول مجلس التعاون»، «وزراء خارجية دول الجوار»: an indefinite head
    // takes a chain of indefinite genitives when a definite word or a
    // mention ends it.
    if !definite_head {
        if let Some(last) = indefinite_chain(ctx, i, j, n, 1) {
            end = last;
            j = last + 1;
        }
    }
    // Whether the head (or its chain) still awaits its one definite genitive.
    let mut open = !definite_head;
    while j < n && j <= i + 6 && ctx.same_clause(i, j) && ctx.lexed.tokens[j].kind == TokenKind::Word {
        // A time is no genitive (صرح دبلوماسيون الأربعاء أن).
        if ctx.is(j, &TIMES) || ctx.starts(j).is_some_and(|k| matches!(ctx.kind(k), EntityType::Date)) {
            break;
        }
        if let Some(k) = ctx.starts(j).filter(|_| !definite_head || ctx.norm(j).starts_with('ل')) {
            let e = ctx.top[k as usize].0;
            let mut last = j;
            while last + 1 < n && ctx.span(last + 1).start < e.span.end {
                last += 1;
            }
            end = last;
            j = last + 1;
            open = false;
            continue;
        }
        // A mention right after a definite head is another phrase (دعا
        // الاجتماع الجمعية العامة), not its adjective.
        if ctx.starts(j).is_some_and(|k| speaks(ctx.kind(k))) {
            break;
        }
        let w = ctx.norm(j);
        // «المتحدث الرسمي باسم وزارة الخارجية»: باسم and the body it names belong to the title.
        if w == "باسم" && j + 1 < n && ctx.same_clause(j, j + 1) {
            let mut last = j + 1;
            if let Some(k) = ctx.starts(j + 1) {
                let e = ctx.top[k as usize].0;
                while last + 1 < n && ctx.span(last + 1).start < e.span.end {
                    last += 1;
                }
            }
            end = last;
            j = last + 1;
            continue;
        }
        // An indefinite head takes one definite genitive (وزارة الخارجية);
        // after that, and after a definite head, only adjectives (nisbas and
        // a few common ones) and ل genitives (البيان الختامي للاجتماع) follow:
        // «أدانت الحكومة الهجوم» ends the subject before its object.
        let genitive = open;
        let adjective = w.starts_with("لل") || is_adjective(w);
        // An indefinite head takes an indefinite nisba (مراقبون دوليون).
        let nisba = !definite_head && ["يون", "يين", "ية"].iter().any(|x| w.ends_with(x));
        let fits = w.starts_with("ال") && (genitive || adjective) || w.starts_with("لل") || nisba;
        if !fits || ctx.is(j, &RELATIVES) || ctx.is(j, &NOT_SUBJECT) || ctx.hit(j).is_some() {
            break;
        }
        open = false;
        end = j;
        j += 1;
    }
    Some(end)
}

/// Days and times that follow a subject without belonging to it.
const TIMES: [&str; 10] =
    ["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "امس", "الليلة"];

/// Quantifiers that head a subject with «من» (العديد من المنظمات).
const QUANTIFIERS: [&str; 8] = ["العديد", "بعض", "عدد", "اي", "كثير", "الكثير", "معظم", "غالبية"];

/// An indefinite noun that may stand in a genitive chain: a word without
/// the article, not a particle, preposition, act or number.
fn indefinite_noun(ctx: &Ctx, t: usize) -> bool {
    ctx.lexed.tokens[t].kind == TokenKind::Word
        && !ctx.norm(t).starts_with("ال")
        && !ctx.norm(t).starts_with('و')
        && !ctx.norm(t).starts_with('ب')
        && ctx.norm(t).chars().count() > 2
        && ctx.hit(t).is_none()
        && !ctx.is(t, &NOT_SUBJECT)
        && !ctx.is(t, &RELATIVES)
        && !ctx.is(t, &BETWEEN)
}

/// The last of a chain of indefinite genitives from `j` after the head at
/// `i`, when a definite word or a mention closes it (قادة دول مجلس التعاون).
fn indefinite_chain(ctx: &Ctx, i: usize, j: usize, n: usize, min: usize) -> Option<usize> {
    let mut t = j;
    while t < n && t < j + 3 && ctx.same_clause(i, t) && indefinite_noun(ctx, t) && ctx.starts(t).is_none() {
        t += 1;
    }
    let closed = t >= j + min
        && t < n
        && ctx.same_clause(i, t)
        && ctx.lexed.tokens[t].kind == TokenKind::Word
        && (ctx.starts(t).is_some() || ctx.norm(t).starts_with("ال"))
        && ctx.hit(t).is_none()
        && !ctx.is(t, &RELATIVES);
    closed.then(|| t - 1)
}

/// The last token of a run of definite words from `i` (المنظمات الإعلامية الدولية).
fn definite_run(ctx: &Ctx, i: usize, n: usize) -> Option<usize> {
    let mut t = i;
    while t < n
        && t < i + 5
        && ctx.same_clause(i, t)
        && ctx.lexed.tokens[t].kind == TokenKind::Word
        && ctx.norm(t).starts_with("ال")
        && ctx.hit(t).is_none()
        && !ctx.is(t, &RELATIVES)
    {
        t += 1;
    }
    (t > i).then(|| t - 1)
}

fn adverb_len(ctx: &Ctx, i: usize) -> usize {
    if !ctx.bit(i, super::ADVERB) {
        return 0;
    }
    'next: for a in &ctx.lex.adverbs {
        for (k, w) in a.iter().enumerate() {
            if i + k >= ctx.lexed.tokens.len() || ctx.norm(i + k) != w {
                continue 'next;
            }
        }
        return a.len();
    }
    0
}

/// Token index after any adverbs starting at `i`.
pub(crate) fn skip_adverbs(ctx: &Ctx, mut i: usize) -> usize {
    while i < ctx.lexed.tokens.len() {
        match adverb_len(ctx, i) {
            0 => break,
            k => i += k,
        }
    }
    i
}

/// The explicit subject after a verb: the phrase that can speak at `from`
/// (after adverbs), before `limit`. With `entry` given (a CALL or DEMAND
/// verb in the imperfect), a phrase followed directly by the act's
/// preposition is its addressee, not its subject («يحث الدول الأعضاء على»).
pub(crate) fn after_verb(
    ctx: &Ctx,
    verb: usize,
    from: usize,
    limit: usize,
    addressee_of: Option<&Entry>,
) -> Option<(Speaker, usize)> {
    let mut j = skip_adverbs(ctx, from);
    if ctx.is(j, &PREP_PRONOUNS) {
        j = skip_adverbs(ctx, j + 1);
    }
    if j >= ctx.lexed.tokens.len() || !ctx.same_clause(verb, j) {
        return None;
    }
    let end = phrase_at(ctx, j, limit)?;
    if let Some(entry) = addressee_of {
        let next = end + 1;
        if next < ctx.lexed.tokens.len() {
            let w = ctx.norm(next);
            let marker = entry.preps.iter().any(|p| p == w)
                || (entry.preps.iter().any(|p| p == "ب") && w.starts_with('ب') && ctx.hit(next).is_none())
                || ["ان", "بان", "الي", "علي"].contains(&w);
            if marker {
                return None;
            }
        }
    }
    let span = Span::new(ctx.span(j).start + lead_len(ctx, j), ctx.span(end).end);
    Some((ctx.speaker(span, false), end))
}

/// Bytes of a conjunction before a subject's first word (its mention starts after it).
fn lead_len(ctx: &Ctx, j: usize) -> usize {
    match ctx.starts(j) {
        Some(k) => ctx.top[k as usize].0.span.start.saturating_sub(ctx.span(j).start),
        None => 0,
    }
}

/// The class noun of a light verb at `verb`: after its preposition (عن)
/// when it has one, else directly or after the subject; within its clause
/// and before another act.
pub(crate) fn light_noun(ctx: &Ctx, verb: usize, entry: &Entry) -> Option<(usize, NounHit)> {
    let n = ctx.lexed.tokens.len();
    let form = |t: usize| &ctx.lexed.forms[ctx.lexed.tokens[t].form as usize];
    let mut seen_prep = false;
    let subject_end = after_verb(ctx, verb, verb + 1, n, None).map_or(verb, |(_, end)| end);
    for t in verb + 1..n.min(verb + 14) {
        if !ctx.same_clause(verb, t) || ctx.is(t, &["،", "؛", ",", ".", ":"]) {
            return None;
        }
        if entry.preps.iter().any(|p| ctx.norm(t) == p) {
            seen_prep = true;
            continue;
        }
        // «أبدت السعودية شيئا من التحفظ … ترحيبها»: an indefinite accusative
        // after the subject is the light verb's own object, the noun is not its.
        if t > subject_end && accusative(ctx, t) {
            return None;
        }
        // A class noun may also read as a verb (إدانته: "she condemned him"); the noun wins here.
        let noun = ctx.lex.class_noun(form(t));
        if noun.is_none() && ctx.hit(t).is_some_and(|h| h.kind == Kind::Verb) {
            return None;
        }
        if let Some(nh) = noun {
            // «يشعر بالقلق»: the preposition is glued; «أعرب عن قلقه»: it stands alone.
            let needs_prep = entry.preps.iter().any(|p| p == "عن");
            if !needs_prep || seen_prep || t == verb + 1 {
                // Coordinated class nouns are one act: عن بالغ الانزعاج والقلق.
                let mut last = t;
                while last + 1 < n
                    && ctx.norm(last + 1).starts_with('و')
                    && ctx.lex.class_noun(form(last + 1)).is_some()
                {
                    last += 1;
                }
                return Some((last, nh));
            }
        }
        // After أعرب عن the noun follows within two words (عن بالغ قلقه).
        if seen_prep
            && t > verb + 1
            && !ctx.is(t, &["بالغ", "عميق", "شديد", "البالغ"])
            && ctx.norm(t - 1) != "عن"
        {
            return None;
        }
    }
    None
}

/// An indefinite accusative noun at `t` (شيئا، قدرا): a word ending in
/// alef without the article, not an adverb of the lexicon nor a mention.
fn accusative(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.norm(t);
    ctx.lexed.tokens[t].kind == TokenKind::Word
        && w.ends_with('ا')
        && !w.starts_with("ال")
        && !w.starts_with(['ب', 'ل', 'ك'])
        && !ctx.is(t, &DEMONSTRATIVES)
        && w.chars().count() > 3
        && adverb_len(ctx, t) == 0
        && ctx.lex.class_noun(&ctx.lexed.forms[ctx.lexed.tokens[t].form as usize]).is_none()
        && ctx.within(ctx.span(t)).is_empty()
}

/// «إن X،» opening a line (a UN resolution's opening): X, the body that
/// speaks every later paragraph.
pub(crate) fn resolution_opening(ctx: &Ctx, i: usize) -> Option<Speaker> {
    if !ctx.is(i, &["ان"]) {
        return None;
    }
    let n = ctx.lexed.tokens.len();
    let end = phrase_at(ctx, i + 1, n)?;
    let comma = end + 1;
    if comma < n && ctx.is(comma, &["،", ","]) {
        let span = Span::new(ctx.span(i + 1).start, ctx.span(end).end);
        return Some(ctx.speaker(span, false));
    }
    // A line that is only the opening, «إن اللجنة الخاصة المعنية بميثاق الأمم
    // المتحدة وبتعزيز دور المنظمة،»: the body is the whole line before its comma.
    let mut last = end + 1;
    while last < n
        && last < i + 24
        && ctx.line(last) == ctx.line(i)
        && !ctx.punct(last)
        && ctx.hit(last).is_none()
    {
        last += 1;
    }
    let closes =
        last < n && ctx.is(last, &["،", ","]) && (last + 1 == n || ctx.line(last + 1) != ctx.line(i));
    closes.then(|| ctx.speaker(Span::new(ctx.span(i + 1).start, ctx.span(last - 1).end), false))
}

/// The subject before the verb at `verb`: a phrase that can speak right
/// before it, opened by إن/فإن/أن or by the start of its clause.
fn before_verb(ctx: &Ctx, verb: usize) -> Option<(Speaker, usize)> {
    // An opening quotation mark between the subject and its verb (فإن المنظمة "تحث) is transparent.
    let mut verb = verb;
    while verb > 0 && ctx.is(verb - 1, &["\"", "«", "“"]) {
        verb -= 1;
    }
    let lo = verb.saturating_sub(8);
    let mut p = verb;
    while p > lo {
        p -= 1;
        if ctx.punct(p) || !ctx.same_clause(p, verb) {
            let opened = ctx.punct(p) || !ctx.same_clause(p, verb);
            if opened && p + 1 < verb {
                if let Some(end) = phrase_at(ctx, p + 1, verb) {
                    if end + 1 == verb {
                        let span = Span::new(ctx.span(p + 1).start + lead_len(ctx, p + 1), ctx.span(end).end);
                        return Some((ctx.speaker(span, false), p));
                    }
                }
            }
            return None;
        }
        if ctx.is(p, &INNA) || ctx.is(p, &AUXILIARIES) {
            let mut first = p + 1;
            if ctx.is(first, &DEMONSTRATIVES) {
                first += 1;
            }
            let end = phrase_at(ctx, first, verb)?;
            // Only negation and قد may stand between (إن الحكومة لا تؤيد، كان المسؤولون قد أبدوا).
            if (end + 1..verb).any(|t| !ctx.is(t, &BETWEEN)) {
                return None;
            }
            let span = Span::new(ctx.span(first).start + lead_len(ctx, first), ctx.span(end).end);
            return Some((ctx.speaker(span, false), p));
        }
    }
    if p == 0 && verb > 0 {
        if let Some(end) = phrase_at(ctx, 0, verb) {
            if end + 1 == verb {
                let span = Span::new(ctx.span(0).start + lead_len(ctx, 0), ctx.span(end).end);
                return Some((ctx.speaker(span, false), 0));
            }
        }
    }
    None
}

/// The antecedent of a relative clause whose verb is at `verb`: the
/// nearest mention that speaks, in the same sentence, before the pronoun.
fn relative(ctx: &Ctx, verb: usize) -> Option<Speaker> {
    if verb == 0 || !ctx.is(verb - 1, &RELATIVES) {
        return None;
    }
    // The phrase right before the pronoun, its longest reading (لجهود الدول التي → الدول).
    let pronoun = verb - 1;
    let adjacent = (pronoun.saturating_sub(7)..pronoun)
        .filter(|&t| (t..pronoun).all(|u| !ctx.punct(u)) && ctx.same_clause(t, pronoun))
        .find(|&t| phrase_at(ctx, t, pronoun) == Some(pronoun - 1));
    if let Some(t) = adjacent {
        let span = Span::new(ctx.span(t).start + lead_len(ctx, t), ctx.span(pronoun - 1).end);
        return Some(ctx.speaker(span, true));
    }
    let mut t = verb - 1;
    while t > 0 && t + 16 > verb {
        t -= 1;
        if ctx.sentence(t) != ctx.sentence(verb) {
            return None;
        }
        if let Some(k) = ctx.ends(t).filter(|&k| speaks(ctx.kind(k))) {
            let e = ctx.top[k as usize].0;
            return Some(ctx.speaker(e.span, true));
        }
    }
    None
}

/// The agent of a verbal noun named in the relative clause on it: «طلب
/// التمديد لفترة سنة واحدة، الذي قدمته الحكومة» → الحكومة.
fn relative_agent(ctx: &Ctx, act: &Act) -> Option<Speaker> {
    let n = ctx.lexed.tokens.len();
    let mut t = act.last + 1;
    while t + 2 < n && t <= act.last + 10 && ctx.same_clause(act.first, t) {
        if ctx.punct(t) && !ctx.is(t, &["،", ","]) || ctx.hit(t).is_some() {
            return None;
        }
        if ctx.is(t, &["الذي", "التي"]) {
            // The relative verb carries the pronoun that refers to the noun (قدمته).
            let verb = ctx.norm(t + 1);
            if !(verb.ends_with('ه') || verb.ends_with("ها")) || ctx.hit(t + 1).is_some() {
                return None;
            }
            let end = phrase_at(ctx, t + 2, n)?;
            let span = Span::new(ctx.span(t + 2).start + lead_len(ctx, t + 2), ctx.span(end).end);
            return Some(ctx.speaker(span, false));
        }
        t += 1;
    }
    None
}

/// The speaker of `act`, the rule that found it and, for a subject after
/// the act, its last token (the object starts after it).
pub(crate) fn find(
    ctx: &Ctx,
    act: &Act,
    before: &[Statement],
    carry: &Carry,
) -> Option<(Speaker, SpeakerRule, Option<usize>)> {
    let entry = &ctx.lex.entries[act.hit.entry as usize];
    let n = ctx.lexed.tokens.len();
    match act.hit.kind {
        Kind::Verb => {
            let addressee = (act.hit.imperfect
                && matches!(act.class, super::Class::Call | super::Class::Demand))
            .then_some(entry);
            let limit = act.noun.unwrap_or(n);
            if !act.hit.enclitic || act.first == 0 || !ctx.is(act.first - 1, &RELATIVES) {
                if let Some((s, end)) = after_verb(ctx, act.first, act.first + 1, limit, addressee) {
                    return Some((s, SpeakerRule::AfterVerb, Some(end)));
                }
            } else if let Some((s, end)) = after_verb(ctx, act.first, act.last + 1, n, None) {
                return Some((s, SpeakerRule::AfterVerb, Some(end)));
            }
            if let Some(s) = relative(ctx, act.first) {
                return Some((s, SpeakerRule::RelativeClause, None));
            }
            if let Some((s, p)) = before_verb(ctx, act.first) {
                // Reported when a STATE act of the same sentence stands before the particle.
                let reported = before.last().is_some_and(|b| {
                    b.class == super::Class::State
                        && b.act.end <= ctx.span(p).start + carry.base
                        && ctx.lexed.sentences[ctx.sentence(p)].start + carry.base <= b.act.start
                });
                let rule = if reported { SpeakerRule::ReportedClause } else { SpeakerRule::BeforeVerb };
                return Some((s, rule, None));
            }
        }
        // «في اعتماده البيان المرفق»: the pronoun is the agent, what follows the object.
        Kind::Noun if act.hit.enclitic => {}
        Kind::Noun => {
            // «وتم تأكيد هذا التعيين»: a periphrastic passive names no speaker.
            if act.first > 0 && ctx.is(act.first - 1, &["تم", "وتم", "يتم", "ويتم", "جري", "وجري"])
            {
                return None;
            }
            if let Some((s, end)) = after_verb(ctx, act.first, act.last + 1, n, None) {
                return Some((s, SpeakerRule::Agent, Some(end)));
            }
            if let Some(s) = relative_agent(ctx, act) {
                return Some((s, SpeakerRule::Agent, None));
            }
        }
        Kind::Participle => {}
    }
    // «إن الوزارة تدين … وتؤكد»: a verb coordinated in a reported clause keeps its subject.
    if act.hit.kind == Kind::Verb && act.hit.imperfect && act.hit.proclitics > 0 {
        if let Some(b) = before.last().filter(|b| b.speaker_rule == SpeakerRule::ReportedClause) {
            let s =
                b.speaker.as_ref().filter(|_| ctx.sentence_of_doc(b.act.start) == ctx.sentence(act.first));
            if let Some(s) = s {
                return Some((Speaker { implicit: true, ..s.clone() }, SpeakerRule::Carried, None));
            }
        }
    }
    if let Some(r) = &carry.resolution {
        return Some((Speaker { implicit: true, ..r.clone() }, SpeakerRule::Resolution, None));
    }
    // The carried speaker agrees with the verb: a feminine verb does not
    // take the man named last when a woman or a feminine body was named before him.
    let verb = verb_gender(ctx, act);
    let last = carry.last.as_ref().map(|s| (s, gender(ctx.lex, &s.text)));
    let carried = match (last, &carry.other) {
        (Some((_, g)), Some(other))
            if verb != Gender::Unknown
                && g != Gender::Unknown
                && g != verb
                && gender(ctx.lex, &other.text) == verb =>
        {
            Some(other)
        }
        (last, _) => last.map(|(s, _)| s),
    };
    carried.map(|s| (Speaker { implicit: true, ..s.clone() }, SpeakerRule::Carried, None))
}

/// The grammatical gender a verb or a speaker shows, when it shows one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
    Unknown,
}

/// Heads that are plural or of either gender: they agree with no singular verb form for sure.
const PLURAL_HEADS: [&str; 6] = ["الامم", "الاطراف", "الطرفان", "الجانبان", "بعض", "العديد"];

/// The gender of a speaker by its first word: ة or ات feminine (الحكومة،
/// المتحدثة، الولايات المتحدة, and الدول), a definite or head noun else
/// masculine (الوزير، المجلس); names and countries are not told.
pub(crate) fn gender(lex: &super::StatementLexicon, text: &str) -> Gender {
    // Only the first word is normalized: this runs for every subject a clause opens with.
    let Some(raw) = text.split(|c: char| c.is_whitespace()).find(|w| !w.is_empty()) else {
        return Gender::Unknown;
    };
    let mut norm = String::new();
    crate::normalize::normalize_into(raw, &crate::normalize::Options::SEARCH, &mut norm);
    let first = norm.trim_matches(|c: char| !c.is_alphanumeric());
    let w = match first.strip_prefix(['و', 'ف']) {
        Some(rest) if lex.is_speaker_head(rest) => rest,
        _ => first,
    };
    if PLURAL_HEADS.contains(&w) || w.ends_with("ون") || w.ends_with("ين") || w.ends_with("اء") {
        Gender::Unknown
    } else if w.ends_with('ة') || w.ends_with("ات") || w == "الدول" || w == "دول" {
        Gender::Feminine
    } else if w.starts_with("ال") || lex.is_speaker_head(w) {
        Gender::Masculine
    } else {
        Gender::Unknown
    }
}

/// The gender of a finite verb's 3rd person singular subject: تـ
/// (imperfect) or ـت (perfect) feminine, يـ or the bare perfect masculine.
fn verb_gender(ctx: &Ctx, act: &Act) -> Gender {
    if act.hit.kind != Kind::Verb {
        return Gender::Unknown;
    }
    let w: String = ctx.norm(act.first).chars().skip(act.hit.proclitics as usize).collect();
    if act.hit.imperfect {
        let plural = ["ون", "وا", "ان", "ين"].iter().any(|e| w.ends_with(e));
        return match w.chars().next() {
            _ if plural => Gender::Unknown,
            Some('ت') => Gender::Feminine,
            Some('ي') => Gender::Masculine,
            _ => Gender::Unknown,
        };
    }
    let mut lemma = String::new();
    let entry = &ctx.lex.entries[act.hit.entry as usize];
    crate::normalize::normalize_into(&entry.lemma, &crate::normalize::Options::SEARCH, &mut lemma);
    let stems = [lemma.as_str(), lemma.char_indices().last().map_or("", |(i, _)| &lemma[..i])];
    for stem in stems.into_iter().filter(|s| !s.is_empty()) {
        let Some(rest) = w.strip_prefix(stem) else { continue };
        let pronoun = |r: &str| ["", "ه", "ها", "هم", "هما", "ني", "كم"].contains(&r);
        return if rest.strip_prefix('ت').is_some_and(|r| pronoun(r) && !r.starts_with('م')) {
            Gender::Feminine
        } else if pronoun(rest) {
            Gender::Masculine
        } else {
            Gender::Unknown
        };
    }
    Gender::Unknown
}

/// Words that open a clause without being its verb.
const NOT_VERB: [&str; 14] =
    ["وفي", "في", "ومن", "من", "وقد", "قد", "كما", "وكما", "ان", "وان", "فان", "لكن", "ولكن", "حيث"];

/// Whether token `i`, which opens its clause (the text's, a line's or
/// after punctuation), may be a verb: not a particle, preposition or
/// definite noun.
pub(crate) fn clause_opening(ctx: &Ctx, i: usize) -> bool {
    // Most clauses open with no subject after their first word: the cheap test first.
    ctx.lexed.tokens[i].kind == TokenKind::Word
        && i + 1 < ctx.lexed.tokens.len()
        && ctx.lexed.tokens[i + 1].kind == TokenKind::Word
        && (ctx.starts(i + 1).is_some()
            || ctx.bit(i + 1, super::HEAD) && ctx.lex.is_speaker_head(bare(ctx, i + 1)))
        && !ctx.is(i, &NOT_VERB)
        && !ctx.is(i, &NOT_SUBJECT)
        && !["ال", "وال", "فال", "بال", "لل", "ولل"].iter().any(|a| ctx.norm(i).starts_with(a))
        && !(ctx.bit(i, super::HEAD) && ctx.lex.is_speaker_head(bare(ctx, i)))
        && ctx.starts(i).is_none()
}
