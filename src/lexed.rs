//! The first stage: a text lexed into tokens, their distinct forms and its
//! sentences.
//!
//! Everything after it reads a [`Lexed`]: the entity stage, statistics, the
//! faces' conversions. It is a leaf of the crate's module graph (it needs
//! the tokenizer, the normalizer, the clitic segmenter and the sentence
//! splitter, and nothing that reads it), so a later stage can take it as
//! its input type without an import cycle.

use crate::clitics::{Lexicon, Segment};
pub use crate::form_cache::FormCache;
use crate::normalize::{self, Options};
use crate::sentences;
use crate::span::Span;
use crate::tokenize::{self, RawToken, TokenKind};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// A token of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// What the tokenizer took it for.
    pub kind: TokenKind,
    /// Index into [`Lexed::forms`].
    pub form: u32,
}

/// What Bayan knows about one distinct surface string of the document.
///
/// Tokens repeat: a statement of 10,000 words has perhaps 3,000 distinct
/// ones. Normalizing and segmenting each distinct string once keeps the
/// pipeline linear in the text and the wasm boundary small.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// The `search`-normalized form.
    pub norm: String,
    /// Clitic segments, relative to the token (Arabic words only; empty
    /// otherwise).
    pub segments: Vec<Segment>,
}

/// A text lexed: its tokens, their distinct forms, its sentences. Spans
/// are byte ranges into the text, which it does not hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexed {
    /// Every token, in text order; the gaps between them are whitespace
    /// and controls.
    pub tokens: Vec<Token>,
    /// The distinct surface strings of the tokens, in order of first use.
    pub forms: Vec<Form>,
    /// Sentence spans, in text order, never overlapping.
    pub sentences: Vec<Span>,
}

impl Lexed {
    /// Lexes `text`: tokens, each distinct surface normalized and
    /// segmented (with `lexicon`) once, sentences.
    pub fn new(text: &str, lexicon: &Lexicon) -> Lexed {
        Lexed::build(text, |surface, kind| make_form(surface, kind, lexicon))
    }

    /// [`Lexed::new`], taking the forms of surfaces `cache` has seen in
    /// earlier texts from it instead of making them again.
    pub fn with_cache(text: &str, lexicon: &Arc<Lexicon>, cache: &mut FormCache) -> Lexed {
        cache.bind(lexicon);
        Lexed::build(text, |surface, kind| cache.form(surface, kind, lexicon))
    }

    /// Lexes `text`, the form of each new surface from `make` (a function,
    /// so that a build without the cache, the browser's, holds no code of it).
    fn build(text: &str, mut make: impl FnMut(&str, TokenKind) -> Form) -> Lexed {
        // Tokens are scanned, given their form and kept in one pass: the raw
        // tokens exist only a window at a time, for sentence splitting. Holding
        // them all beside the tokens set the wasm heap's high-water mark (which
        // never comes down). About one token per 9 bytes of running text: the
        // list is sized a little above that and trimmed.
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 8 + 8);
        // Distinct surfaces are far fewer than tokens; a fast hash matters here,
        // where every token is looked up once. Reserved for one surface per 72
        // bytes, far more than a long text has (25,000 at 10 MB of the corpus):
        // grown step by step instead, the map's successive tables were left as
        // holes among the forms, and the wasm heap's high-water mark rose by
        // 5 MB (`scripts/bench-wasm.mjs`).
        let mut ids: FxHashMap<Surface, u32> = FxHashMap::default();
        ids.reserve(text.len() / 72);
        let mut forms = Vec::new();
        let mut sentences = Vec::new();
        let mut window: Vec<RawToken> = Vec::with_capacity(WINDOW);
        for t in tokenize::tokens_of(text) {
            if window.len() >= WINDOW && can_split(text, &window, &t) {
                sentences.extend(sentences::sentences(text, &window));
                window.clear();
            }
            window.push(t);
            let surface = t.span.of(text);
            let form = *ids.entry(Surface(surface.as_bytes())).or_insert_with(|| {
                forms.push(make(surface, t.kind));
                (forms.len() - 1) as u32
            });
            tokens.push(Token { span: t.span, kind: t.kind, form });
        }
        sentences.extend(sentences::sentences(text, &window));
        drop((window, ids));
        tokens.shrink_to_fit();
        Lexed { tokens, forms, sentences }
    }

    /// The form of `token`.
    pub fn form(&self, token: &Token) -> &Form {
        &self.forms[token.form as usize]
    }
}

/// A surface string as a map key, compared eight bytes at a time. Every
/// token is looked up once and nearly every lookup finds its word, so this
/// comparison runs per token; as `&str` equality it was a `memcmp` call (in
/// wasm a byte loop), a few per cent of the pipeline.
#[derive(Clone, Copy)]
struct Surface<'a>(&'a [u8]);

impl std::hash::Hash for Surface<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write(self.0);
    }
}

impl PartialEq for Surface<'_> {
    // Plain loops over whole words, inlined: in the module built for size,
    // the zipped chunk iterators and the copy into a padded word were calls.
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0, other.0);
        if a.len() != b.len() {
            return false;
        }
        let whole = a.len() / 8 * 8;
        let mut at = 0;
        while at < whole {
            if whole_word(&a[at..at + 8]) != whole_word(&b[at..at + 8]) {
                return false;
            }
            at += 8;
        }
        word(&a[whole..]) == word(&b[whole..])
    }
}

impl Eq for Surface<'_> {}

/// Eight bytes as a number.
#[inline(always)]
fn whole_word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().expect("eight bytes"))
}

/// Up to eight bytes as a number, zero-padded (little-endian, as
/// [`whole_word`] reads eight).
#[inline(always)]
fn word(bytes: &[u8]) -> u64 {
    let mut w = 0;
    let mut k = 0;
    while k < bytes.len() {
        w |= u64::from(bytes[k]) << (8 * k);
        k += 1;
    }
    w
}

/// Raw tokens kept at once for sentence splitting (at least; a window ends
/// only where it can).
const WINDOW: usize = 4096;

/// Whether sentences can be split separately before `next` and after
/// `window`, giving what one call over the whole text would: a line break
/// always ends a sentence, and the rules look back past one only through
/// closing punctuation (a `»` opening a line may close the sentence
/// before), so the split is at a line break before anything but punctuation.
fn can_split(text: &str, window: &[RawToken], next: &RawToken) -> bool {
    let end = window.last().map_or(0, |t| t.span.end);
    next.kind != TokenKind::Punct && text[end..next.span.start].contains('\n')
}

pub(crate) fn make_form(surface: &str, kind: TokenKind, lexicon: &Lexicon) -> Form {
    let mut norm = String::with_capacity(surface.len());
    normalize::normalize_into(surface, &Options::SEARCH, &mut norm);
    let segments = if kind == TokenKind::Word { lexicon.segment(surface) } else { vec![] };
    Form { norm, segments }
}

#[cfg(test)]
mod tests {
    use crate::sentences::sentences;
    use crate::tokenize::tokenize;

    /// Sentences found a window at a time are those of one pass over the
    /// whole text, at window edges too: closing marks opening a line, list
    /// numbers, abbreviations, quotes, blank lines.
    #[test]
    fn windowed_sentences_equal_one_pass() {
        let lines = [
            "قال د. أحمد إن الاجتماع انتهى.",
            "» ثم غادر الوفد؟!",
            "3. يرحب المجلس بالقرار",
            "(ملاحظة) انتهى",
            "\"نص\" آخر. وجملة ثانية…",
            "",
            "U.S. Mr. Smith said so. Then left",
            "٢٫٥ مليون دولار.",
            ")",
        ];
        let mut state = 7u64;
        let mut text = String::new();
        for _ in 0..40_000 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(lines[(state >> 33) as usize % lines.len()]);
            text.push(if state >> 62 == 0 { ' ' } else { '\n' });
        }
        let lexed = super::Lexed::new(&text, &crate::clitics::Lexicon::builtin());
        assert!(lexed.tokens.len() > 3 * super::WINDOW, "the text spans several windows");
        assert_eq!(lexed.sentences, sentences(&text, &tokenize(&text)));
    }
}
