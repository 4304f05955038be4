//! The statement layer: who affirms, condemns, calls for, welcomes, rejects
//! or decides what (`../shared/STATEMENTS.md` defines it).
//!
//! A statement is a predicate of the lexicon ([`lexicon`], data in
//! `src/data/statements.tsv`), its speaker (found by named rules,
//! [`SpeakerRule`]), its object (from the first word after the act, and
//! after its own preposition, to the end of the clause), the mentions
//! inside the object (its targets) and whether it is negated.
//!
//! The stage reads the lexed text and its entities and nothing built after
//! them. What a text establishes for later acts (the body that opens a UN
//! resolution, the speaker a news report named) is an explicit value,
//! [`Carry`]: analysing a text in sections with the carry passed from one
//! to the next gives the statements of the whole text.

mod lexicon;
mod negation;
mod object;
mod speaker;

pub use lexicon::{Entry, Hit, Kind, LexiconError, NounHit, StatementLexicon};

use crate::entities::{Entity, EntityType};
use crate::lexed::Lexed;
use crate::span::{OffsetCursor, OffsetUnit, Span};
use crate::tokenize::TokenKind;

/// What a statement does. Names are a public contract: add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// قال، صرّح، أوضح، أشار، أعلن، ذكر، لاحظ، يحيط علماً (CAMEO 010).
    State,
    /// أكد، شدّد، جدّد التأكيد، يعيد تأكيد (CAMEO 010/012).
    Affirm,
    /// أدان، استنكر، شجب، ندّد (CAMEO 111, PLOVER ACCUSE).
    Condemn,
    /// طالب، طلب، اشترط (CAMEO 100, PLOVER REQUEST).
    Demand,
    /// دعا، ناشد، حثّ، أهاب، شجّع (CAMEO 020, PLOVER REQUEST).
    Call,
    /// رحّب، أشاد، ثمّن، أثنى، هنّأ (CAMEO 051, PLOVER SUPPORT).
    Welcome,
    /// رفض، نفى، استبعد (CAMEO 120, PLOVER REJECT).
    Reject,
    /// أعرب عن قلقه، يساوره القلق، حذّر (CAMEO 012).
    Concern,
    /// أيّد، دعم، ساند، تضامن (CAMEO 050, PLOVER SUPPORT).
    Support,
    /// قرّر، وافق، اعتمد، أقرّ (PLOVER AGREE).
    Decide,
}

impl Class {
    /// Every class, in discriminant order (the code the wasm columns carry).
    pub const ALL: [Class; 10] = [
        Class::State,
        Class::Affirm,
        Class::Condemn,
        Class::Demand,
        Class::Call,
        Class::Welcome,
        Class::Reject,
        Class::Concern,
        Class::Support,
        Class::Decide,
    ];

    /// The upper-case name used in data files, JSON and the page.
    pub fn name(self) -> &'static str {
        ["STATE", "AFFIRM", "CONDEMN", "DEMAND", "CALL", "WELCOME", "REJECT", "CONCERN", "SUPPORT", "DECIDE"]
            [self as usize]
    }

    /// The class named `name`, if any.
    pub fn from_name(name: &str) -> Option<Class> {
        Class::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Its label in Arabic, as the page shows it.
    pub fn label_ar(self) -> &'static str {
        ["تصريح", "تأكيد", "إدانة", "مطالبة", "دعوة", "ترحيب", "رفض", "قلق", "دعم وتضامن", "قرار"]
            [self as usize]
    }

    /// Its label in English.
    pub fn label_en(self) -> &'static str {
        [
            "States",
            "Affirms",
            "Condemns",
            "Demands",
            "Calls for",
            "Welcomes",
            "Rejects",
            "Concern",
            "Supports",
            "Decides",
        ][self as usize]
    }
}

/// Which rule found a statement's speaker. Names are a public contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpeakerRule {
    /// The explicit subject after the verb (أدان مجلس الوزراء، وأكد وزير الخارجية سامح شكري).
    AfterVerb,
    /// The subject before the verb («فإن المنظمة تحث»، «الولايات المتحدة تؤيد»).
    BeforeVerb,
    /// The subject of a clause reported by a STATE act («قال المتحدث إن الوزارة تدين»).
    ReportedClause,
    /// The agent after a verbal noun (إدانة الأمين العام).
    Agent,
    /// The antecedent of a relative clause (قرارات مجلس الأمن … التي دعت).
    RelativeClause,
    /// The body that opens a UN resolution («إن مجلس الأمن، …»), for every later paragraph.
    Resolution,
    /// The speaker the text established earlier, carried (وأكد، داعياً).
    Carried,
    /// No speaker found.
    None,
}

impl SpeakerRule {
    /// The name used in JSON and the page.
    pub fn name(self) -> &'static str {
        match self {
            SpeakerRule::AfterVerb => "after-verb",
            SpeakerRule::BeforeVerb => "before-verb",
            SpeakerRule::ReportedClause => "reported-clause",
            SpeakerRule::Agent => "agent",
            SpeakerRule::RelativeClause => "relative-clause",
            SpeakerRule::Resolution => "resolution",
            SpeakerRule::Carried => "carried",
            SpeakerRule::None => "none",
        }
    }
}

/// Who performs an act.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The mention's span (in document offsets, see [`Carry::base`]).
    pub span: Span,
    /// Its text, kept because a carried mention may lie in an earlier section.
    pub text: String,
    /// Carried from an earlier mention rather than the act's own subject.
    pub implicit: bool,
    /// Indices of the entity mentions it covers, in the flattened mention
    /// list ([`crate::entities::flatten`]; document-wide, see [`Carry::mentions`]).
    pub mentions: Vec<u32>,
}

/// One statement. Spans are byte ranges in document offsets: into the
/// text, shifted by [`Carry::base`] (0 for a whole text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// From the act (or an explicit speaker before it) to the end of the object.
    pub span: Span,
    /// What it does.
    pub class: Class,
    /// The predicate as written, proclitics outside; a light verb's act runs through its class noun.
    pub act: Span,
    /// Who performs it, if known.
    pub speaker: Option<Speaker>,
    /// What is affirmed, condemned, called for; `None` when it does not follow the act.
    pub object: Option<Span>,
    /// Top-level mentions inside the object (indices into the flattened mention list).
    pub targets: Vec<u32>,
    /// The act is negated (لم يدن، عدم الترحيب).
    pub negated: bool,
    /// The lexicon family (its perfect as written in the data; a light verb
    /// adds its class noun's class: «أعرب + CONCERN»).
    pub lexicon: String,
    /// The rule that found the speaker.
    pub speaker_rule: SpeakerRule,
}

/// Offsets in `unit` of every byte offset `statements` use (spans, acts,
/// speakers, objects), converted in one walk: they are not in ascending
/// order (a carried speaker stands before its act). The CLI's JSON and the
/// wasm columns both read them.
pub fn unit_offsets(
    text: &str,
    statements: &[Statement],
    unit: OffsetUnit,
) -> rustc_hash::FxHashMap<usize, usize> {
    let mut all: Vec<usize> = Vec::new();
    for s in statements {
        all.extend([s.span.start, s.span.end, s.act.start, s.act.end]);
        if let Some(sp) = &s.speaker {
            all.extend([sp.span.start, sp.span.end]);
        }
        if let Some(o) = s.object {
            all.extend([o.start, o.end]);
        }
    }
    all.sort_unstable();
    all.dedup();
    let mut cursor = OffsetCursor::new(text, unit);
    all.into_iter().map(|b| (b, cursor.to_unit(b))).collect()
}

/// What a text establishes for the acts after it, passed explicitly from
/// one section to the next (`Carry::default()` for the start of a
/// document).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Carry {
    /// Bytes of the document before this section (spans are shifted by it).
    pub base: usize,
    /// Flattened mentions of the document before this section (mention indices are shifted by it).
    pub mentions: u32,
    /// The body a resolution's opening «إن X،» named.
    pub resolution: Option<Speaker>,
    /// The last explicit speaker.
    pub last: Option<Speaker>,
    /// The last explicit speaker before `last` whose gender differs from
    /// its (a feminine verb after «قالت المتحدثة … وقال الوزير …» goes back to her).
    pub other: Option<Speaker>,
}

impl Carry {
    /// Makes `s` the last explicit speaker, keeping the one before it when
    /// their genders differ.
    fn set_last(&mut self, lex: &StatementLexicon, s: Speaker) {
        if let Some(old) = self.last.as_ref().filter(|old| old.text != s.text) {
            let (new, was) = (speaker::gender(lex, &s.text), speaker::gender(lex, &old.text));
            if new != speaker::Gender::Unknown && was != speaker::Gender::Unknown && new != was {
                self.other = self.last.take();
            }
        }
        self.last = Some(s);
    }
}

/// The tokens and entities of a text as the rules read them.
///
/// Nothing here is a table over every token: the rules read a few tokens
/// around each act, so a token's sentence, line and mentions are found by
/// binary search when asked, and the lexicon is looked up once per distinct
/// form. Dense per-token tables cost more to build than all the rules took.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub lexed: &'a Lexed,
    pub lex: &'a StatementLexicon,
    /// Top-level entities, flattened-list index of each.
    pub top: Vec<(&'a Entity, u32)>,
    /// Per distinct form: the lexicon's hit.
    form_hits: Vec<Option<Hit>>,
    /// Per distinct form: [`HEAD`] and [`ADVERB`] bits, so that the rules
    /// ask a bit, not a string table, at every token they look at.
    form_bits: Vec<u8>,
    /// One bit per token: a top-level mention starts in it (most tokens
    /// start none; [`Ctx::starts`] searches only where one does).
    mention_starts: Vec<u64>,
    /// The tokens that open a line (a line is a paragraph), in order.
    line_starts: Vec<u32>,
    pub carry_base: usize,
    pub carry_mentions: u32,
}

impl<'a> Ctx<'a> {
    fn new(
        text: &'a str,
        lexed: &'a Lexed,
        entities: &'a [Entity],
        lex: &'a StatementLexicon,
        carry: &Carry,
    ) -> Self {
        let mut top = Vec::with_capacity(entities.len());
        let mut flat = 0u32;
        for e in entities {
            top.push((e, flat));
            flat += 1 + e.inner.len() as u32;
        }
        // Tokens never hold a line break: each one (or run of them) opens the next token's line.
        let mut line_starts = Vec::new();
        let (mut from, mut k) = (0, 0);
        while let Some(p) = text[from..].find('\n') {
            while k < lexed.tokens.len() && lexed.tokens[k].span.start < from + p {
                k += 1;
            }
            if k > 0 && k < lexed.tokens.len() && line_starts.last() != Some(&(k as u32)) {
                line_starts.push(k as u32);
            }
            from += p + 1;
        }
        let form_hits = lexed.forms.iter().map(|f| lex.lookup(f)).collect();
        let form_bits = lexed
            .forms
            .iter()
            .map(|f| {
                let w = f.norm.as_str();
                (u8::from(lex.may_be_head(w)) * HEAD) | (u8::from(lex.may_start_adverb(w)) * ADVERB)
            })
            .collect();
        // Entities and tokens are both in text order: one merge walk.
        let mut mention_starts = vec![0u64; lexed.tokens.len().div_ceil(64)];
        let mut t = 0;
        for (e, _) in &top {
            while t < lexed.tokens.len() && lexed.tokens[t].span.end <= e.span.start {
                t += 1;
            }
            if t < lexed.tokens.len() {
                mention_starts[t / 64] |= 1 << (t % 64);
            }
        }
        Ctx {
            text,
            lexed,
            lex,
            top,
            form_hits,
            form_bits,
            mention_starts,
            line_starts,
            carry_base: carry.base,
            carry_mentions: carry.mentions,
        }
    }

    /// The lexicon's hit for token `i`, an Arabic word.
    pub fn hit(&self, i: usize) -> Option<Hit> {
        let tok = &self.lexed.tokens[i];
        if tok.kind != TokenKind::Word {
            return None;
        }
        self.form_hits[tok.form as usize]
    }

    /// The index of token `i`'s sentence.
    pub fn sentence(&self, i: usize) -> usize {
        let start = self.lexed.tokens[i].span.start;
        self.lexed
            .sentences
            .partition_point(|s| s.end <= start)
            .min(self.lexed.sentences.len().saturating_sub(1))
    }

    /// The first token after `i` outside its sentence and line (a walk:
    /// clauses are short, a binary search over the text's tokens is not).
    pub fn clause_end(&self, i: usize) -> usize {
        let toks = &self.lexed.tokens;
        let s = self.sentence(i);
        let sentence_end =
            if s + 1 < self.lexed.sentences.len() { self.lexed.sentences[s].end } else { usize::MAX };
        let line_end = self.line_starts.get(self.line(i)).map_or(toks.len(), |&k| k as usize);
        let mut t = i + 1;
        while t < line_end && toks[t].span.start < sentence_end {
            t += 1;
        }
        t
    }

    /// The index of the sentence holding document offset `at` (a statement's span).
    pub fn sentence_of_doc(&self, at: usize) -> usize {
        let at = at.saturating_sub(self.carry_base);
        self.lexed
            .sentences
            .partition_point(|s| s.end <= at)
            .min(self.lexed.sentences.len().saturating_sub(1))
    }

    /// The index of token `i`'s line.
    pub fn line(&self, i: usize) -> usize {
        self.line_starts.partition_point(|&k| k as usize <= i)
    }

    /// Whether the form of token `i` has `bit` ([`HEAD`], [`ADVERB`]).
    pub fn bit(&self, i: usize, bit: u8) -> bool {
        i < self.lexed.tokens.len() && self.form_bits[self.lexed.tokens[i].form as usize] & bit != 0
    }

    /// The top-level entity whose first token is `i` (the last one, if several).
    pub fn starts(&self, i: usize) -> Option<u32> {
        if self.mention_starts[i / 64] & (1 << (i % 64)) == 0 {
            return None;
        }
        let toks = &self.lexed.tokens;
        let lo = if i == 0 { 0 } else { toks[i - 1].span.end };
        let k = self.top.partition_point(|(e, _)| e.span.start < toks[i].span.end).checked_sub(1)?;
        (self.top[k].0.span.start >= lo).then_some(k as u32)
    }

    /// The top-level entity whose last token is `i` (the last one, if several).
    pub fn ends(&self, i: usize) -> Option<u32> {
        let toks = &self.lexed.tokens;
        let lo = if i == 0 { 0 } else { toks[i - 1].span.end };
        let k = self.top.partition_point(|(e, _)| e.span.end <= toks[i].span.end).checked_sub(1)?;
        let e = self.top[k].0.span;
        (e.end > lo).then_some(k as u32)
    }

    /// The normalized form of token `i`.
    pub fn norm(&self, i: usize) -> &'a str {
        &self.lexed.forms[self.lexed.tokens[i].form as usize].norm
    }

    /// Whether token `i` is one of `words` (normalized).
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        i < self.lexed.tokens.len() && words.contains(&self.norm(i))
    }

    /// Whether token `i` is punctuation.
    pub fn punct(&self, i: usize) -> bool {
        self.lexed.tokens[i].kind == TokenKind::Punct
    }

    /// Whether tokens `a` and `b` are in the same sentence and line (two
    /// searches from the earlier token, not four).
    pub fn same_clause(&self, a: usize, b: usize) -> bool {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        let s = self.sentence(a);
        let in_sentence = s + 1 >= self.lexed.sentences.len()
            || self.lexed.tokens[b].span.start < self.lexed.sentences[s].end;
        in_sentence && self.line_starts.get(self.line(a)).is_none_or(|&k| k as usize > b)
    }

    pub fn span(&self, i: usize) -> Span {
        self.lexed.tokens[i].span
    }

    /// A speaker over tokens `a..=b` (local), with the mentions it covers.
    pub fn speaker(&self, span: Span, implicit: bool) -> Speaker {
        let mut mentions = Vec::new();
        for (e, idx) in self.within(span) {
            if span.contains(e.span) {
                mentions.push(self.carry_mentions + idx);
                for (k, inner) in e.inner.iter().enumerate() {
                    if span.contains(inner.span) {
                        mentions.push(self.carry_mentions + idx + 1 + k as u32);
                    }
                }
            }
        }
        Speaker {
            span: Span::new(span.start + self.carry_base, span.end + self.carry_base),
            text: span.of(self.text).to_string(),
            implicit,
            mentions,
        }
    }

    /// The top-level mentions that start inside `span` (they are sorted and
    /// never overlap: a binary search, not a walk over all of them).
    pub fn within(&self, span: Span) -> &[(&'a Entity, u32)] {
        let from = self.top.partition_point(|(e, _)| e.span.start < span.start);
        let to = self.top.partition_point(|(e, _)| e.span.start < span.end);
        &self.top[from..to.max(from)]
    }

    /// The type of top-level entity `k`.
    pub fn kind(&self, k: u32) -> EntityType {
        self.top[k as usize].0.kind
    }
}

/// A form's bit: a head noun that can speak (with a conjunction or a possessive pronoun or not).
pub(crate) const HEAD: u8 = 1;
/// A form's bit: the first word of an adverb of the lexicon.
pub(crate) const ADVERB: u8 = 2;

/// Where the act's word starts once `letters` normalized proclitic letters
/// are skipped (diacritics and tatweel stay with their letter).
fn skip_letters(word: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in word.char_indices() {
        if crate::normalize::map_char(c, &crate::normalize::Options::SEARCH).is_none() {
            continue;
        }
        if seen == letters {
            return i;
        }
        seen += 1;
    }
    word.len()
}

/// Whether the family's preposition that makes it another verb follows
/// the word at `i`: after a verb's subject, adverbs and its own cognate
/// accusative with an adjective (اعتمادا شديدا).
fn other_verb(ctx: &Ctx, i: usize, hit: Hit) -> bool {
    let n = ctx.lexed.tokens.len();
    let entry = &ctx.lex.entries[hit.entry as usize];
    let from = match hit.kind {
        Kind::Verb => speaker::after_verb(ctx, i, i + 1, n, None).map_or(i + 1, |(_, end)| end + 1),
        _ => i + 1,
    };
    let mut t = speaker::skip_adverbs(ctx, from);
    let mut cognate = hit.kind == Kind::Noun;
    if t < n && ctx.hit(t).is_some_and(|h| h.entry == hit.entry && h.kind == Kind::Noun) {
        t += 1;
        cognate = true;
    }
    if cognate && t < n && ctx.norm(t).ends_with('ا') && !ctx.norm(t).starts_with("ال") {
        t += 1;
    }
    t < n
        && ctx.same_clause(i, t)
        && entry.other_with.iter().any(|p| {
            if p.chars().count() == 1 {
                ctx.norm(t).starts_with(p.as_str())
            } else {
                ctx.norm(t) == p
            }
        })
}

/// Whether `letter` carries a shadda in `word` (among the marks after it, in any order).
fn shadda_on(word: &str, letter: char) -> bool {
    let mut after = false;
    for c in word.chars() {
        if c == letter {
            after = true;
        } else if after && crate::chars::is_haraka(c) {
            if c == '\u{651}' {
                return true;
            }
        } else {
            after = false;
        }
    }
    false
}

/// What دعا invites to when it is an invitation, not a call (the gold's decision 2).
const INVITED_TO: [&str; 12] = [
    "اجتماع",
    "الاجتماع",
    "اجتماعا",
    "حضور",
    "الحضور",
    "المشاركة",
    "الادلاء",
    "مادبة",
    "زيارة",
    "جلسة",
    "الجلسة",
    "حفل",
];

/// Words that introduce a quoted title (بعنوان «…»، تحت شعار "…").
const TITLE_WORDS: [&str; 6] = ["بعنوان", "عنوان", "وعنوانه", "شعار", "وشعارها", "بشعار"];

/// The closing mark of a quotation opened at token `i` right after a word
/// that names a title, on the same line.
fn quoted_title_end(ctx: &Ctx, i: usize) -> Option<usize> {
    let close = crate::chars::closing_quote(ctx.norm(i))?;
    if i == 0 || !ctx.is(i - 1, &TITLE_WORDS) {
        return None;
    }
    let n = ctx.lexed.tokens.len();
    (i + 1..n.min(i + 30)).take_while(|&t| ctx.line(t) == ctx.line(i)).find(|&t| ctx.norm(t) == close)
}

/// Whether the verb at `i` has no evidence for its subject: «تشير
/// الإحصاءات»، «تؤكد الوقائع» (the lexicon's EVIDENCE heads). Any
/// definite noun that cannot speak after أشار was tried: it cost the check
/// half 2.8 points of act F1.
fn evidence_free(ctx: &Ctx, i: usize) -> bool {
    let n = ctx.lexed.tokens.len();
    let j = speaker::skip_adverbs(ctx, i + 1);
    if j >= n || ctx.lexed.tokens[j].kind != TokenKind::Word || !ctx.same_clause(i, j) {
        return true;
    }
    let w = ctx.norm(j);
    !(ctx.lex.is_evidence(w) || w.strip_prefix(['و', 'ف']).is_some_and(|r| ctx.lex.is_evidence(r)))
}

/// An act found, before its speaker and object.
pub(crate) struct Act {
    /// First and last token.
    pub first: usize,
    pub last: usize,
    pub span: Span,
    pub class: Class,
    pub hit: Hit,
    /// For a light verb: the token of its class noun.
    pub noun: Option<usize>,
}

/// The statement stage: the statements of the lexed `text` with its
/// `entities`, found with `lexicon`, and what the text carries to the next
/// section. Spans and mention indices are shifted by `carry.base` and
/// `carry.mentions`; the returned carry's are advanced past this text.
pub fn find(
    text: &str,
    lexed: &Lexed,
    entities: &[Entity],
    lexicon: &StatementLexicon,
    carry: Carry,
) -> (Vec<Statement>, Carry) {
    let ctx = Ctx::new(text, lexed, entities, lexicon, &carry);
    let mut carry = carry;
    let mut out: Vec<Statement> = Vec::new();
    let mut acts: Vec<(usize, usize, Option<usize>)> = Vec::new(); // first token, statement index, object token
    let n = lexed.tokens.len();
    let mut i = 0;
    let mut next_line = 0; // the first line start not before `i`
    let mut sentence = 0; // token i's sentence (a cursor, not a search per token)
    let sentences = &lexed.sentences;
    while i < n {
        while next_line < ctx.line_starts.len() && (ctx.line_starts[next_line] as usize) < i {
            next_line += 1;
        }
        let start = lexed.tokens[i].span.start;
        while sentence + 1 < sentences.len() && sentences[sentence].end <= start {
            sentence += 1;
        }
        let line_start = i == 0 || ctx.line_starts.get(next_line) == Some(&(i as u32));
        if line_start {
            if let Some(body) = speaker::resolution_opening(&ctx, i) {
                carry.resolution = Some(body);
            }
        }
        // «جلسة بعنوان «نرفض الإرهاب ونؤيد الحوار»»: verbs in a quoted title are no acts.
        if let Some(end) = quoted_title_end(&ctx, i) {
            i = end + 1;
            continue;
        }
        let Some(hit) = ctx.hit(i) else {
            // A clause opened by a verb outside the lexicon and its subject
            // («وقدّر الاجتماع …، وأهاب»، «ويبيّن الأمين العام …، مشيراً»):
            // the subject carries to the acts after it.
            let opens = line_start
                || ctx.punct(i - 1)
                || sentence > 0 && lexed.tokens[i - 1].span.start < sentences[sentence - 1].end;
            if opens && speaker::clause_opening(&ctx, i) {
                if let Some((s, _)) = speaker::after_verb(&ctx, i, i + 1, n, None) {
                    carry.set_last(lexicon, s);
                }
            }
            i += 1;
            continue;
        };
        let entry = &lexicon.entries[hit.entry as usize];
        if entry.carrier && hit.kind == Kind::Verb {
            if let Some((s, _)) = speaker::after_verb(&ctx, i, i + 1, n, None) {
                carry.set_last(lexicon, s);
            }
            if entry.class.is_none() {
                i += 1;
                continue;
            }
        }
        let Some(act) = make_act(&ctx, i, hit) else {
            i += 1;
            continue;
        };
        let found = speaker::find(&ctx, &act, &out, &carry);
        let (spk, rule, subject_end) = match found {
            Some((s, rule, end)) => (Some(s), rule, end),
            None => (None, SpeakerRule::None, None),
        };
        // A reported clause's subject does not carry: «قال المتحدث إن المملكة ترفض …، مؤكداً» is the spokesman's.
        if let Some(s) =
            spk.as_ref().filter(|_| matches!(rule, SpeakerRule::AfterVerb | SpeakerRule::BeforeVerb))
        {
            carry.set_last(lexicon, s.clone());
        }
        let object_start = object::start(&ctx, &act, subject_end);
        let negated = negation::negated(&ctx, &act);
        let span = Span::new(act.span.start + carry.base, act.span.end + carry.base);
        let lexicon_name = match act.noun {
            Some(_) => format!("{} + {}", entry.lemma, act.class.name()),
            None => entry.lemma.clone(),
        };
        acts.push((act.first, out.len(), object_start));
        out.push(Statement {
            span,
            class: act.class,
            act: span,
            speaker: spk,
            object: object_start.map(|t| Span::new(ctx.span(t).start, ctx.span(t).start)),
            targets: vec![],
            negated,
            lexicon: lexicon_name,
            speaker_rule: rule,
        });
        i = act.last + 1;
    }
    object::finish(&ctx, &mut out, &acts);
    carry.base += text.len();
    carry.mentions += ctx.top.last().map_or(0, |(e, k)| k + 1 + e.inner.len() as u32);
    (out, carry)
}

/// The act at token `i` (a hit of the lexicon), or `None` when the word is
/// not a performed speech act there.
fn make_act(ctx: &Ctx, i: usize, hit: Hit) -> Option<Act> {
    let entry = &ctx.lex.entries[hit.entry as usize];
    let tok = ctx.span(i);
    let start = tok.start + skip_letters(tok.of(ctx.text), hit.proclitics as usize);
    let single =
        |class: Class| Act { first: i, last: i, span: Span::new(start, tok.end), class, hit, noun: None };
    // An act that is only the content of «أن»: ينبغي أن تدين, يقرر أن يعتمد.
    if hit.kind == Kind::Verb && hit.imperfect && i > 0 && ctx.is(i - 1, &["ان", "وان", "لان", "بان"])
    {
        return None;
    }
    let n = ctx.lexed.tokens.len();
    let w = ctx.norm(i);
    let (pre, rest) = w.split_at(w.char_indices().nth(hit.proclitics as usize).map_or(w.len(), |(b, _)| b));
    // «لاعتماد خطة»، «الفرصة لإدانة»، «ليدين»: ل before a verbal noun or an
    // imperfect is a purpose, not a performed act (the contracted article of
    // «للتشديد» is not this ل). After a class noun the ل is its complement:
    // «تقديرها لاعتماد الخطة» is performed.
    let after_class_noun = i > 0
        && ctx.lexed.tokens[i - 1].kind == TokenKind::Word
        && ctx.lex.class_noun(&ctx.lexed.forms[ctx.lexed.tokens[i - 1].form as usize]).is_some();
    if pre.ends_with('ل')
        && !pre.ends_with("ال")
        && !rest.starts_with('ل')
        && hit.kind != Kind::Participle
        && !after_class_noun
    {
        return None;
    }
    // «في تجدد المواجهات»: a verb does not follow a preposition; a bare
    // perfect there is its verbal noun («في ذكر ومعالجة»), a nounlike
    // family's is read below.
    let after_prep = hit.kind == Kind::Verb
        && !entry.nounlike
        && pre.is_empty()
        && i > 0
        && ctx.is(i - 1, &["في", "علي", "الي", "عن", "حول", "ازاء", "مع", "خلال"]);
    if after_prep && !hit.bare {
        return None;
    }
    let hit = if after_prep { Hit { kind: Kind::Noun, ..hit } } else { hit };
    if hit.kind == Kind::Verb && !evidence_free(ctx, i) {
        return None;
    }
    // أثنى: an act only with its preposition near (أثنى على), not «لن تثني
    // الأردن عن دوره»; عبّر عن, not the preposition عبر.
    if entry.needs_prep && hit.kind == Kind::Verb {
        let near = (i + 1..n.min(i + 6)).take_while(|&t| ctx.same_clause(i, t)).any(|t| {
            let w = ctx.norm(t);
            entry.preps.iter().any(|p| w == p || (p.chars().count() == 1 && w.starts_with(p.as_str())))
        });
        if !near {
            return None;
        }
    }
    // «تقر الدولة الطرف بالعوائق»: أقرّ بـ acknowledges (not an act), أقرّ X
    // approves; «تعتمد اعتمادا شديدا على» relies.
    if !entry.other_with.is_empty() && other_verb(ctx, i, hit) {
        return None;
    }
    // «هناك توافق وطني»: a homograph is the verb only before a subject or its preposition.
    if hit.kind == Kind::Verb && entry.homographs.iter().any(|h| h == rest) {
        let next = i + 1;
        let verb = next < n
            && (entry.preps.iter().any(|p| ctx.norm(next) == p)
                || speaker::phrase_at(ctx, next, n).is_some());
        if !verb {
            return None;
        }
    }
    if entry.light && hit.kind == Kind::Verb {
        if let Some((t, nh)) = speaker::light_noun(ctx, i, entry) {
            let nt = ctx.span(t);
            let _ = nh.proclitics;
            return Some(Act {
                first: i,
                last: t,
                span: Span::new(start, nt.end),
                class: nh.class,
                hit,
                noun: Some(t),
            });
        }
        // «عبّر عن سعادته» states what one feels; «كي تعبر عن هيكل المصفوفة» reflects.
        if entry.needs_prep {
            let own = (i + 1..n.min(i + 6)).find(|&t| entry.preps.iter().any(|p| ctx.norm(t) == p))?;
            let own_feeling = own + 1 < n
                && ["ه", "ها", "هم", "هما", "نا", "ي"].iter().any(|p| ctx.norm(own + 1).ends_with(p));
            if !own_feeling {
                return None;
            }
        }
        return entry.class.map(single);
    }
    let mut class = entry.class?;
    // «كما ذُكر أعلاه»، «الوارد ذكرها»: reference formulas, not statements.
    if class == Class::State {
        let mut next = i + 1;
        if ctx.is(next, &["اليه", "اليها", "عنه", "عنها"]) {
            next += 1;
        }
        if ctx.is(next, &["اعلاه", "سابقا", "انفا", "ادناه"])
            || i > 0 && ctx.is(i - 1, &["الوارد", "الواردة", "السالف", "السالفة", "الانف", "الانفة", "سبق"])
        {
            return None;
        }
        // ذكّر "reminded" (AFFIRM) is ذكر "mentioned" (STATE) with a shadda, where it is written.
        if entry.lemma == "ذكر" && shadda_on(tok.of(ctx.text), 'ك') {
            class = Class::Affirm;
        }
    }
    // «تُدعى الوفود إلى الإدلاء ببيانات»، «دعا … إلى اجتماع»: دعا "invited", not a call.
    if class == Class::Call && entry.preps.iter().any(|p| p == "الي") {
        let end = ctx.clause_end(i).min(i + 10);
        if let Some(p) = (i + 1..end).find(|&t| ctx.is(t, &["الي"])) {
            if ctx.is(p + 1, &INVITED_TO) {
                return None;
            }
        }
    }
    // طلب, رفض: the verb before its subject or preposition, else the noun.
    let kind = if entry.nounlike && hit.bare && hit.kind == Kind::Verb {
        let next = i + 1;
        let after_prep = i > 0 && ctx.is(i - 1, &["علي", "بناء", "في", "من", "الي", "عن", "ب"]);
        let verb = !after_prep
            && next < ctx.lexed.tokens.len()
            && (entry.preps.iter().any(|p| ctx.norm(next) == p)
                || speaker::phrase_at(ctx, next, ctx.lexed.tokens.len()).is_some());
        if verb {
            Kind::Verb
        } else {
            Kind::Noun
        }
    } else {
        hit.kind
    };
    let hit = Hit { kind, ..hit };
    let single =
        |class: Class| Act { first: i, last: i, span: Span::new(start, tok.end), class, hit, noun: None };
    match hit.kind {
        Kind::Noun => {
            // A verbal noun is an act when its content follows it, not in a
            // heading (a line's first word) nor in «بناء على طلب».
            let next_word = i + 1 < ctx.lexed.tokens.len()
                && !ctx.punct(i + 1)
                && ctx.same_clause(i, i + 1)
                && !ctx.is(i + 1, &["ان", "الذي", "التي", "في", "من"]);
            let line_start = i == 0 || ctx.line(i - 1) != ctx.line(i) || {
                let mut k = i;
                while k > 0
                    && ctx.line(k - 1) == ctx.line(i)
                    && ctx.lexed.tokens[k - 1].kind != TokenKind::Word
                {
                    k -= 1;
                }
                k == 0 || ctx.line(k - 1) != ctx.line(i)
            };
            let after_ala = i > 0 && ctx.is(i - 1, &["علي", "بناء"]);
            (next_word && !line_start && !after_ala).then(|| single(class))
        }
        _ => Some(single(class)),
    }
}
