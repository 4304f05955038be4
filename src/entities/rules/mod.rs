//! Rules: entities recognised by their structure rather than their name.
//!
//! Each rule reads the tokens left to right with a bounded look-ahead and
//! proposes candidates; overlaps are settled later, in one place
//! ([`super::resolve_overlaps`]). What a rule needs to know about a word
//! (its classes, whether it is definite, its digits) is computed once per
//! distinct form in [`FormInfo`], so the whole stage stays linear in the
//! text: no regex runs over it and nothing is allocated per token.
//!
//! A word's classes are looked up on its clitic-stripped core: والدورة is
//! و + الدورة, لعام is ل + عام. A proclitic is only taken off when what
//! remains is a word the rules know, and an entity starting on such a word
//! starts after the proclitic.

mod dates;
mod events;
mod laws;
mod numbers;
mod orgs;
mod people;
mod phrase;
mod places;
mod quotes;
mod starts;

use super::bits::Bits;
use super::lexicon::{self, lexicon};
use super::locate::Cursor;
use super::{Entity, EntityType, Gazetteer};
use crate::clitics::{proclitics, SegmentKind};
use crate::lexed::{Form, Lexed};
use crate::span::Span;
use crate::tokenize::TokenKind;

/// What the rules know about one distinct form.
#[derive(Clone, Copy, Debug, Default)]
pub struct FormInfo {
    /// Lexicon classes of the core (see [`lexicon`]).
    pub class: u64,
    /// Surface bytes of the proclitics taken off to find the core.
    pub skip: u32,
    /// The core starts with the article ال.
    pub definite: bool,
    /// The core is a nisba adjective or noun with the article (السورية).
    pub nisba: bool,
    /// The word starts with a proclitic and the article (بالنتيجة، والمدينة),
    /// known or not: never part of a name run.
    pub clitic_article: bool,
    /// Value of an all-digit number token (at most 9 digits).
    pub value: Option<u32>,
    /// A number token with a decimal point or thousands separators (1.7,
    /// 1,200, ١٫٧, ٢٬٥٠٠): a quantity, never a label or a year.
    pub decimal: bool,
    /// An Arabic word.
    pub word: bool,
    /// A number token with date separators, like 2016/4/14.
    pub numeric_date: bool,
    /// The word is من ([`OPENS_FROM`]) or بين ([`OPENS_BETWEEN`]), alone or
    /// after و or ف: a date range may open here. A bit per form, so the
    /// date rule, which asks at every token, compares no string elsewhere.
    pub opener: u8,
    /// A plausible year in digits ([`Ctx::is_year`]).
    pub year: bool,
    /// A day of the month in digits ([`Ctx::is_day`]).
    pub day: bool,
    /// The word ends in اجتماعات (meetings, with any proclitics): the event
    /// rule asks at every token, and a bit here spares it the form's string.
    pub meetings: bool,
}

/// [`FormInfo::opener`]: من, ومن, فمن.
pub const OPENS_FROM: u8 = 1;
/// [`FormInfo::opener`]: بين, وبين, فبين.
pub const OPENS_BETWEEN: u8 = 2;

impl FormInfo {
    fn of(surface: &str, form: &Form, kind: TokenKind) -> FormInfo {
        let bare = form.norm.strip_prefix(['و', 'ف']);
        let opens = |word: &str| form.norm == word || bare == Some(word);
        let opener =
            if opens("من") { OPENS_FROM } else { 0 } | if opens("بين") { OPENS_BETWEEN } else { 0 };
        let meetings = form.norm.ends_with("اجتماعات");
        let mut info = FormInfo { word: kind == TokenKind::Word, opener, meetings, ..Default::default() };
        if kind == TokenKind::Number {
            info.value = form.norm.parse().ok().filter(|_| form.norm.len() <= 9);
            let parts: Vec<&str> = form.norm.split(['/', '-', '.']).collect();
            info.numeric_date = parts.len() == 3 && parts.iter().all(|p| p.parse::<u32>().is_ok());
            info.decimal = !info.numeric_date && is_decimal(&form.norm);
            info.year = info.value.is_some_and(|v| (1000..=2100).contains(&v)) && form.norm.len() == 4;
            info.day = info.value.is_some_and(|v| (1..=31).contains(&v)) && form.norm.len() <= 2;
            return info;
        }
        let lex = lexicon();
        let classes = |core: &str| lex.get(core).copied().unwrap_or(0) | role_with_pronoun(core);
        let (core, skip) = match classes(&form.norm) {
            0 => strip_proclitics(&form.norm, |core| classes(core) != 0)
                .map(|(core, letters)| (core, super::gazetteer::surface_prefix_len(surface, letters)))
                .unwrap_or_else(|| (form.norm.clone(), 0)),
            _ => (form.norm.clone(), 0),
        };
        info.class = classes(&core);
        info.skip = skip as u32;
        info.clitic_article =
            ["بال", "وال", "فال", "كال", "لل", "وبال", "ولل"].iter().any(|p| form.norm.starts_with(p));
        info.definite = core.starts_with("ال") && core.chars().count() > 3;
        // الذي, التي look like one but are function words.
        info.nisba =
            info.definite && (core.ends_with("ية") || core.ends_with('ي')) && info.class & lexicon::STOP == 0;
        info
    }
}

/// [`lexicon::ROLE`] for a role word with an attached pronoun (مندوبها:
/// "its representative"), which is still a role, and
/// [`lexicon::LAW_NUM_HEAD`] and [`lexicon::EVENT_HEAD`] for a resolution
/// or session with one (قراره, قراراتها, دورتها: "its resolution(s)",
/// "its session", the span keeping the suffix). Before a pronoun ة is
/// written ت (دورتها ← دورة).
fn role_with_pronoun(core: &str) -> u64 {
    const KEPT: u64 = lexicon::ROLE | lexicon::LAW_NUM_HEAD | lexicon::EVENT_HEAD | lexicon::INSTRUMENT;
    let mut classes = 0;
    for stem in ["ها", "هم", "ه", "هما", "كم"].iter().filter_map(|p| core.strip_suffix(p)) {
        classes |= lexicon().get(stem).copied().unwrap_or(0) & KEPT;
        if let Some(base) = stem.strip_suffix('ت') {
            classes |= lexicon().get(&format!("{base}ة")).copied().unwrap_or(0) & KEPT;
        }
    }
    classes
}

/// A normalized number with a decimal point or thousands separators: digit
/// groups joined by `.` or `,`, every group after a `,` three digits long;
/// or a decimal comma, one `,` before one or two digits (71,3 في المائة, as
/// French-trained UN translators write it).
fn is_decimal(norm: &str) -> bool {
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if let Some((whole, fraction)) = norm.split_once(',') {
        if digits(whole) && digits(fraction) && fraction.len() <= 2 {
            return true;
        }
    }
    let mut groups = norm.split(['.', ',']);
    if !groups.next().is_some_and(digits) {
        return false;
    }
    // The separator before each later group.
    let separators = norm.bytes().filter(|b| matches!(b, b'.' | b','));
    let mut later = 0;
    for (group, sep) in groups.zip(separators) {
        if !digits(group) || sep == b',' && group.len() != 3 {
            return false;
        }
        later += 1;
    }
    later > 0
}

/// The core a known word hides behind proclitics, and how many letters they
/// take; ل before the article leaves لل (للمنظمة = ل + المنظمة).
fn strip_proclitics(norm: &str, known: impl Fn(&str) -> bool) -> Option<(String, usize)> {
    // Conjunction, then preposition; the longest first.
    for p in proclitics::sequences().iter().filter(|p| p.before_noun()).map(|p| p.text) {
        if !super::gazetteer::may_start(norm, p) {
            continue;
        }
        let Some(rest) = norm.strip_prefix(p) else { continue };
        if rest.chars().count() < 2 {
            continue;
        }
        let letters = p.chars().count();
        // ل before the article: للمنظمة is ل + المنظمة, and للجنة is
        // ل + اللجنة before it is ل + لجنة.
        if p.ends_with('ل') && rest.starts_with('ل') {
            for restored in [format!("ا{rest}"), format!("ال{rest}")] {
                if known(&restored) {
                    return Some((restored, letters));
                }
            }
        }
        if known(rest) {
            return Some((rest.to_string(), letters));
        }
    }
    None
}

/// The front of a word as the clitic segmenter splits it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Front<'a> {
    pub first: Option<&'a str>,
    pub last: Option<&'a str>,
    pub article: bool,
}

/// A gazetteer hit seen from the token where it starts.
#[derive(Clone, Copy, Debug)]
pub struct Hit<'g> {
    /// Byte where the mention starts (after a proclitic it leaves out).
    pub start: usize,
    /// Last token of the mention.
    pub end: usize,
    pub kind: EntityType,
    pub id: &'g str,
    /// The mention starts after a proclitic of its first token (وإسرائيل).
    pub clitic: bool,
}

/// Everything a rule may read.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub lexed: &'a Lexed,
    /// Per form.
    infos: Vec<FormInfo>,
    /// Per form: what [`Ctx::front`] tells of it, asked many times a token.
    fronts: Vec<Front<'a>>,
    /// Per token: the gazetteer mention starting there, if any.
    hits: HitIndex<'a>,
    /// Per token: the title starting there, if any.
    titles: HitIndex<'a>,
    /// Per token and rule family: whether the family may start there.
    starts: starts::Starts,
}

// The helpers below are called from dozens of places in the rules; kept
// out of line, they cost their code once in the wasm module rather than at
// every call (inlined, the rules stage was 12 KB of brotli larger).
impl<'a> Ctx<'a> {
    pub fn new(text: &'a str, lexed: &'a Lexed, found: &'a [Entity], titles: &'a [Entity]) -> Self {
        let surfaces = first_surfaces(text, lexed);
        let infos: Vec<FormInfo> = lexed
            .forms
            .iter()
            .zip(&surfaces)
            .map(|(form, &(surface, kind))| FormInfo::of(surface, form, kind))
            .collect();
        let fronts = lexed.forms.iter().map(front_of).collect();
        let hits = hits_by_token(lexed, found);
        let titles = hits_by_token(lexed, titles);
        let form_starts: Vec<u8> = lexed
            .forms
            .iter()
            .zip(&infos)
            .zip(&surfaces)
            .map(|((form, info), &(surface, kind))| starts::of_form(info, &form.norm, surface, kind))
            .collect();
        let norms = |form: usize| lexed.forms[form].norm.as_str();
        let starts = starts::Starts::new(&form_starts, norms, &lexed.tokens, &hits.bits, &titles.bits);
        Ctx { text, lexed, infos, fronts, hits, titles, starts }
    }

    /// The first token at or after `i` where the rule `family` (see
    /// `starts.rs`) may start; [`Ctx::len`] when there is none.
    #[inline(always)]
    pub fn next_start(&self, family: usize, i: usize) -> usize {
        self.starts.next(family, i)
    }

    /// The tokens where the rule `family` may start, in order.
    pub fn starts(&self, family: usize) -> impl Iterator<Item = usize> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            let k = self.next_start(family, i);
            (k < self.len()).then(|| {
                i = k + 1;
                k
            })
        })
    }

    // `len`, `info` and `is` are asked at every token by every rule: inlined
    // even in the module built for size, where a call each was a tenth of
    // the rules' time.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.lexed.tokens.len()
    }

    /// What is known about token `i`; nothing past the end, so rules can
    /// look ahead without bounds checks.
    #[inline(always)]
    pub fn info(&self, i: usize) -> &FormInfo {
        const NOTHING: FormInfo = FormInfo {
            class: 0,
            skip: 0,
            definite: false,
            nisba: false,
            clitic_article: false,
            value: None,
            decimal: false,
            word: false,
            numeric_date: false,
            opener: 0,
            year: false,
            day: false,
            meetings: false,
        };
        match self.lexed.tokens.get(i) {
            Some(t) => &self.infos[t.form as usize],
            None => &NOTHING,
        }
    }

    /// Whether token `i` exists and its core has one of `classes`.
    #[inline(always)]
    pub fn is(&self, i: usize, classes: u64) -> bool {
        i < self.len() && self.info(i).class & classes != 0
    }

    /// The normalized form of token `i`.
    #[inline(never)]
    pub fn form_norm(&self, i: usize) -> &'a str {
        match self.lexed.tokens.get(i) {
            Some(t) => &self.lexed.forms[t.form as usize].norm,
            None => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.lexed.tokens.get(i).map(|t| t.kind)
    }

    /// The surface of token `i` (empty past the end).
    #[inline(never)]
    pub fn surface(&self, i: usize) -> &'a str {
        match self.lexed.tokens.get(i) {
            Some(t) => &self.text[t.span.start..t.span.end],
            None => "",
        }
    }

    #[inline(never)]
    pub fn hit(&self, i: usize) -> Option<Hit<'a>> {
        self.hits.get(i)
    }

    /// The gazetteer mention at `i` if it has one of `kinds`.
    #[inline(never)]
    pub fn hit_of(&self, i: usize, kinds: &[EntityType]) -> Option<Hit<'a>> {
        self.hit(i).filter(|h| kinds.contains(&h.kind))
    }

    #[inline(never)]
    pub fn title(&self, i: usize) -> Option<Hit<'a>> {
        self.titles.get(i)
    }

    /// The month (Gregorian or Hijri) named at `i`, if any.
    #[inline(never)]
    pub fn month(&self, i: usize) -> Option<Hit<'a>> {
        self.hit_of(i, &[EntityType::Date])
            .filter(|h| h.id.starts_with("month-") || h.id.starts_with("hijri-"))
    }

    #[inline(always)]
    pub fn value(&self, i: usize) -> Option<u32> {
        self.info(i).value
    }

    /// A plausible year written in digits (Gregorian or Hijri), in either
    /// digit set: the normalized form has four ASCII digits.
    #[inline(always)]
    pub fn is_year(&self, i: usize) -> bool {
        self.info(i).year
    }

    /// A day of the month written in digits, one or two of them.
    #[inline(always)]
    pub fn is_day(&self, i: usize) -> bool {
        self.info(i).day
    }

    /// Whether token `i` touches the token before it (no space between).
    #[inline(never)]
    pub fn touches_previous(&self, i: usize) -> bool {
        let tokens = &self.lexed.tokens;
        i > 0 && i < tokens.len() && tokens[i - 1].span.end == tokens[i].span.start
    }

    /// Whether token `i` is the first of its line.
    #[inline(never)]
    pub fn starts_line(&self, i: usize) -> bool {
        let tokens = &self.lexed.tokens;
        let before = if i == 0 { 0 } else { tokens[i - 1].span.end };
        i == 0 || self.text[before..tokens[i].span.start].contains('\n')
    }

    /// What the clitic segmenter splits off the front of token `i`: its
    /// first and last proclitic (ومن: و, و; وللجنة: و, ل), and whether the
    /// rest is definite (the article, or لل before the stem).
    #[inline(never)]
    pub fn front(&self, i: usize) -> Front<'a> {
        match self.lexed.tokens.get(i) {
            Some(t) => self.fronts[t.form as usize],
            None => Front::default(),
        }
    }

    /// Where token `i` starts when it is `word` after an optional و or ف
    /// (ومن is و + من): the byte after the conjunction; `None` otherwise.
    #[inline(never)]
    pub fn word_after_and(&self, i: usize, word: &str) -> Option<usize> {
        let norm = self.form_norm(i);
        let t = self.lexed.tokens.get(i)?;
        if norm == word {
            return Some(t.span.start);
        }
        let rest = norm.strip_prefix(['و', 'ف'])?;
        (rest == word).then(|| t.span.start + super::gazetteer::surface_prefix_len(self.surface(i), 1))
    }

    /// Whether what a hit leaves out of its first token is the preposition
    /// ل alone (للأمين العام, لبيرو).
    #[inline(never)]
    pub fn lam_before(&self, hit: &Hit) -> bool {
        let token = self.lexed.tokens[self.cursor_token(hit.start)];
        let prefix = &self.text[token.span.start..hit.start];
        prefix.starts_with('ل') && prefix.chars().count() <= 2
    }

    /// The token holding byte `at`.
    fn cursor_token(&self, at: usize) -> usize {
        self.lexed.tokens.partition_point(|t| t.span.end <= at)
    }

    /// An entity from byte `start` to the end of token `last`.
    #[inline(never)]
    pub fn entity_from(&self, start: usize, last: usize, kind: EntityType) -> Entity {
        let end = self.lexed.tokens[last].span.end;
        Entity { span: Span::new(start, end), kind, id: None, gloss: None, inner: vec![] }
    }

    /// Where a mention starting at token `i` starts: after the proclitics
    /// the lexicon or a gazetteer hit there tells apart (the text's end
    /// past the last token).
    #[inline(never)]
    pub fn start_of(&self, i: usize) -> usize {
        match (self.hit(i), self.lexed.tokens.get(i)) {
            (Some(h), _) => h.start,
            (None, Some(t)) => t.span.start + self.info(i).skip as usize,
            (None, None) => self.text.len(),
        }
    }

    #[inline(never)]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.surface(i) == p
    }

    /// An entity over tokens `first..=last`, starting after the first
    /// token's proclitics when `strip` (they are not part of the name).
    #[inline(never)]
    pub fn entity(&self, first: usize, last: usize, kind: EntityType) -> Entity {
        let tokens = &self.lexed.tokens;
        let start = tokens[first].span.start + self.info(first).skip as usize;
        Entity { span: Span::new(start, tokens[last].span.end), kind, id: None, gloss: None, inner: vec![] }
    }
}

/// [`Ctx::front`] of a form, computed once per form.
fn front_of(form: &Form) -> Front<'_> {
    let mut front = Front::default();
    for s in &form.segments {
        match s.kind {
            SegmentKind::Proclitic => {
                front.first = front.first.or(Some(s.restored.as_str()));
                front.last = Some(s.restored.as_str());
            }
            SegmentKind::Article => front.article = true,
            _ => break,
        }
    }
    // للجنة is ل + اللجنة, the article's alef dropped; a word the
    // segmenter leaves whole (للاجئين) is read the same way.
    let contracted = ["لل", "ولل", "فلل"].iter().any(|p| form.norm.starts_with(p));
    if front.first.is_none() && form.norm.starts_with("لل") && form.norm.chars().count() > 4 {
        front.first = Some("ل");
        front.last = Some("ل");
    }
    front.article |= form.norm.starts_with("ال") || front.last == Some("ل") && contracted;
    front
}

/// For each form, the surface and kind of its first token.
fn first_surfaces<'t>(text: &'t str, lexed: &Lexed) -> Vec<(&'t str, TokenKind)> {
    let mut out = vec![("", TokenKind::Punct); lexed.forms.len()];
    let mut seen = vec![false; lexed.forms.len()];
    for t in &lexed.tokens {
        let f = t.form as usize;
        if !seen[f] {
            seen[f] = true;
            out[f] = (t.span.of(text), t.kind);
        }
    }
    out
}

/// Mentions by the token they start in. Most tokens start none, so the
/// index is a bit per token and a running count per 64 tokens (rank), not
/// an entry per token: 0.2 byte a token instead of 4 (or an optional hit of
/// 24 to 40). In wasm the heap's high-water mark never comes down, and a
/// per-token table here was part of the pipeline's peak.
struct HitIndex<'g> {
    /// Bit `i`: token `i` starts a hit.
    bits: Bits,
    /// Per 64-bit word of `bits`, how many bits are set in the words before.
    before: Vec<u32>,
    /// The hits in token order.
    hits: Vec<Hit<'g>>,
}

impl<'g> HitIndex<'g> {
    #[inline(always)]
    fn get(&self, i: usize) -> Option<Hit<'g>> {
        if !self.bits.get(i) {
            return None;
        }
        Some(self.hits[self.before[i / 64] as usize + self.bits.rank_in_word(i)])
    }
}

/// Indexes mentions by the token they start in (the longest one there).
fn hits_by_token<'g>(lexed: &Lexed, found: &'g [Entity]) -> HitIndex<'g> {
    let tokens = &lexed.tokens;
    // (first token, hit); at one first token the longest hit, the earliest
    // of equally long ones.
    let mut hits: Vec<(usize, Hit<'g>)> = Vec::new();
    let mut cursor = Cursor::new(tokens);
    for e in found {
        let (first, last) = cursor.range(e.span);
        if first < last {
            let clitic = e.span.start > tokens[first].span.start;
            hits.push((
                first,
                Hit {
                    start: e.span.start,
                    end: last - 1,
                    kind: e.kind,
                    id: e.id.as_deref().unwrap_or(""),
                    clitic,
                },
            ));
        }
    }
    hits.sort_by_key(|(first, _)| *first);
    hits.dedup_by(|(first, hit), (kept_first, kept)| {
        let same = first == kept_first;
        if same && kept.end < hit.end {
            *kept = *hit;
        }
        same
    });
    let mut bits = Bits::new(tokens.len());
    for (first, _) in &hits {
        bits.set(*first);
    }
    let mut count = 0;
    let before = bits
        .words()
        .iter()
        .map(|w| {
            let at = count;
            count += w.count_ones();
            at
        })
        .collect();
    HitIndex { bits, before, hits: hits.into_iter().map(|(_, h)| h).collect() }
}

/// Every rule's candidates; `found` are the gazetteer's, `titles` the title
/// list's mentions.
pub fn find(text: &str, lexed: &Lexed, found: &[Entity], titles: &Gazetteer) -> Vec<Entity> {
    let title_hits = titles.find(text, lexed);
    run(&Ctx::new(text, lexed, found, &title_hits))
}

/// Every rule family's candidates, in this order.
fn run(ctx: &Ctx) -> Vec<Entity> {
    let mut out = Vec::new();
    dates::find(ctx, &mut out);
    // Before numbers: an item of a list of resolutions (و 338) is a LAW
    // over exactly the number's token, and at one span the first wins.
    laws::find(ctx, &mut out);
    numbers::find(ctx, &mut out);
    events::find(ctx, &mut out);
    orgs::find(ctx, &mut out);
    people::find(ctx, &mut out);
    places::find(ctx, &mut out);
    quotes::find(ctx, &mut out);
    out
}
