//! A long text analysed a section at a time, with the result the whole
//! text would give.
//!
//! [`Analyzer::sections`] cuts the text at line breaks into sections of
//! about a given size and yields each section's [`Analysis`], spans into
//! the whole text. Only one section's analysis exists at a time, so a
//! consumer that writes each out before asking for the next (the CLI)
//! works in memory bounded by the section size, not the text's.
//!
//! **Why the result is exact.** Every stage reads a bounded neighbourhood
//! of a token, except one:
//!
//! - tokens and forms depend on the token alone; a cut is placed after a
//!   line break and before a token that is not punctuation, where sentence
//!   splitting starts afresh too (a line break always ends a sentence, and
//!   only closing punctuation opening a line looks back past one);
//! - the gazetteer and the rules look a few tokens around a mention; the
//!   tagger's features read two tokens each side and what the lists and
//!   rules say of the token and its neighbours; combination and overlaps
//!   compare mentions that touch;
//! - the tagger's Viterbi decoding is global, but every path passes a token
//!   that cannot be a name (punctuation, digits, Latin) at O, so the tags
//!   before such a token do not depend on anything after it, nor the tags
//!   after it on anything before it but that O.
//!
//! So each section is analysed inside a *window*: the section with context
//! on each side (at least [`CONTEXT_BYTES`], to line breaks where a cut is
//! allowed), grown until each side's context holds, far enough from the
//! window's edge, a token the tagger forces to O. What the window finds in
//! the section is what the whole text gives there; what it finds in its
//! context is dropped. Mentions and sentences belong to the section they
//! start in. The context costs a few kilobytes per section.
//!
//! No state crosses a cut for the entity stage. The statement stage's does
//! (the body a resolution opened with, the last speaker named): it runs on
//! each section's own tokens and entities, and [`Sections`] hands its
//! [`Carry`] from one section to the next, as a whole-text run would.
//!
//! The sections share a [`FormCache`]: a word's form depends on the word
//! alone, so each distinct word is normalized and segmented once for the
//! whole text, as in a whole-text run, not once per section.
//!
//! A text without a line break where a cut is allowed is one section.

use crate::analyzer::{Analysis, Analyzer};
use crate::entities::{tagger::nameable, Entity};
use crate::lexed::{Form, FormCache, Lexed};
use crate::span::Span;
use crate::statements::Carry;
use crate::tokenize::{self, TokenKind};

/// Context read on each side of a section, at least (bytes).
pub const CONTEXT_BYTES: usize = 2048;

/// Tokens between a window's edge and the forced-O token that decides the
/// tags: far more than the tagger's feature window (two tokens), the
/// neighbours its state features read (one) and the reach of a rule's
/// mention past a line break, so the tokens around it are scored as in the
/// whole text.
const EDGE_TOKENS: usize = 32;

/// One section of a text and its analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Where the section is in the text (bytes). Sections tile the text.
    pub span: Span,
    /// What the whole text's analysis has in this section: its tokens (and
    /// only their forms), the sentences and entities starting in it. Spans
    /// are byte ranges into the whole text.
    pub analysis: Analysis,
}

/// The sections of a text, in order (see the [module docs](self)).
pub struct Sections<'a> {
    analyzer: &'a Analyzer,
    text: &'a str,
    size: usize,
    /// Where the next section starts.
    at: usize,
    /// What the statement stage carries into the next section.
    carry: Carry,
    /// The forms of the words met so far: most of a section's were in the
    /// sections before.
    forms: FormCache,
}

impl Analyzer {
    /// The analysis of `text` a section of about `size` bytes at a time
    /// (more when no cut is allowed sooner), each equal to the part of
    /// [`Analyzer::analyze`]'s result that lies in it.
    ///
    /// ```
    /// use bayan::Analyzer;
    ///
    /// let text = "التقى الرئيس في حلب.\nثم سافر إلى دمشق.\n".repeat(200);
    /// let analyzer = Analyzer::builtin();
    /// let whole = analyzer.analyze(&text);
    /// let entities: Vec<_> = analyzer.sections(&text, 1000).flat_map(|s| s.analysis.entities).collect();
    /// assert_eq!(entities, whole.entities);
    /// ```
    pub fn sections<'a>(&'a self, text: &'a str, size: usize) -> Sections<'a> {
        Sections {
            analyzer: self,
            text,
            size: size.max(1),
            at: 0,
            carry: Carry::default(),
            forms: FormCache::default(),
        }
    }
}

impl Iterator for Sections<'_> {
    type Item = Section;

    fn next(&mut self) -> Option<Section> {
        let text = self.text;
        if self.at >= text.len() {
            return None;
        }
        let start = self.at;
        let end = cut_at_or_after(text, start.saturating_add(self.size));
        self.at = end;
        let mut context = CONTEXT_BYTES;
        loop {
            let left = cut_at_or_before(text, start.saturating_sub(context));
            let right = cut_at_or_after(text, end.saturating_add(context));
            let (lexed, entities) =
                self.analyzer.lex_and_recognize(&text[left..right], Some(&mut self.forms));
            let core = Span::new(start - left, end - left);
            if decided_within(&lexed, core, left == 0, right == text.len()) {
                // The section's own tokens and entities, offsets into it.
                let (lexed, entities) = part(lexed, entities, core);
                let carry = std::mem::take(&mut self.carry);
                let (statements, carry) =
                    self.analyzer.statements(&text[start..end], &lexed, &entities, carry);
                self.carry = carry;
                let (lexed, entities) = shifted(lexed, entities, start);
                return Some(Section {
                    span: Span::new(start, end),
                    analysis: Analysis { lexed, entities, statements },
                });
            }
            context *= 2;
        }
    }
}

/// Whether the tagger's tags in `core` of a window with `lexed` are those of
/// the whole text: on each side that is not the text's own edge, a token
/// it forces to O lies between the core and the window's edge, at least
/// [`EDGE_TOKENS`] from the edge.
fn decided_within(lexed: &Lexed, core: Span, text_start: bool, text_end: bool) -> bool {
    let tokens = &lexed.tokens;
    let forced = |i: usize| !nameable(&lexed.forms[tokens[i].form as usize]);
    let first = tokens.partition_point(|t| t.span.start < core.start);
    let last = tokens.partition_point(|t| t.span.start < core.end);
    let left = text_start || (EDGE_TOKENS..first).any(forced);
    // The last token of the core may be the forced one: the tags before it
    // are decided there, and its own is O.
    let right = text_end || (last.saturating_sub(1)..tokens.len().saturating_sub(EDGE_TOKENS)).any(forced);
    left && right
}

/// The part of a window's tokens and entities in `core` (window bytes),
/// offsets made relative to the core: the tokens in it with their forms
/// only, and the sentences and entities that start in it.
fn part(lexed: Lexed, entities: Vec<Entity>, core: Span) -> (Lexed, Vec<Entity>) {
    let inside = |s: &Span| core.start <= s.start && s.start < core.end;
    let mut ids = vec![u32::MAX; lexed.forms.len()];
    let mut forms: Vec<Form> = Vec::new();
    let mut old: Vec<Option<Form>> = lexed.forms.into_iter().map(Some).collect();
    let tokens = lexed
        .tokens
        .into_iter()
        .filter(|t| inside(&t.span))
        .map(|mut t| {
            let id = &mut ids[t.form as usize];
            if *id == u32::MAX {
                *id = forms.len() as u32;
                forms.push(old[t.form as usize].take().expect("each form is moved once"));
            }
            t.form = *id;
            t
        })
        .collect();
    let sentences = lexed.sentences.into_iter().filter(inside).collect();
    let entities = entities.into_iter().filter(|e| inside(&e.span)).collect();
    shifted_back(Lexed { tokens, forms, sentences }, entities, core.start)
}

/// Tokens, sentences and entities with every span moved `by` bytes left.
fn shifted_back(lexed: Lexed, entities: Vec<Entity>, by: usize) -> (Lexed, Vec<Entity>) {
    moved(lexed, entities, &|s: Span| Span::new(s.start - by, s.end - by))
}

/// Tokens, sentences and entities with every span moved `by` bytes right.
fn shifted(lexed: Lexed, entities: Vec<Entity>, by: usize) -> (Lexed, Vec<Entity>) {
    moved(lexed, entities, &|s: Span| Span::new(s.start + by, s.end + by))
}

fn moved(mut lexed: Lexed, entities: Vec<Entity>, shift: &impl Fn(Span) -> Span) -> (Lexed, Vec<Entity>) {
    lexed.tokens.iter_mut().for_each(|t| t.span = shift(t.span));
    lexed.sentences.iter_mut().for_each(|s| *s = shift(*s));
    fn entity(mut e: Entity, shift: &impl Fn(Span) -> Span) -> Entity {
        e.span = shift(e.span);
        e.inner = e.inner.into_iter().map(|i| entity(i, shift)).collect();
        e
    }
    (lexed, entities.into_iter().map(|e| entity(e, shift)).collect())
}

/// Whether a section may start at byte `at`: right after a line break, and
/// the next token (if any) is not punctuation, which could close the
/// sentence before the break.
fn can_cut(text: &str, at: usize) -> bool {
    at == 0
        || at == text.len()
        || (text.as_bytes()[at - 1] == b'\n'
            && tokenize::tokens_of(&text[at..]).next().is_none_or(|t| t.kind != TokenKind::Punct))
}

/// The first position at or after `at` where a section may start (the
/// text's end if none).
fn cut_at_or_after(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = at.min(text.len());
    while at < text.len() && !can_cut(text, at) {
        at = match memchr_newline(&bytes[at..]) {
            Some(i) => at + i + 1,
            None => text.len(),
        };
    }
    at
}

/// The last position at or before `at` where a section may start (0 if none).
fn cut_at_or_before(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = at.min(text.len());
    while at > 0 && !can_cut(text, at) {
        at = bytes[..at - 1].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    }
    at
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}
