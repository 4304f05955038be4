//! One document's analysis: tokens, their forms, sentences and entities.

use crate::clitics::{self, Segment};
use crate::entities::{self, Entity, Gazetteer};
use crate::hash::FxHashMap;
use crate::normalize::{self, Options};
use crate::sentences;
use crate::span::Span;
use crate::tokenize::{self, TokenKind};

/// A token of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Index into [`Analysis::forms`].
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

/// Everything Bayan found in one text. Spans are byte ranges into it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub forms: Vec<Form>,
    pub sentences: Vec<Span>,
    pub entities: Vec<Entity>,
}

impl Analysis {
    /// The form of `token`.
    pub fn form(&self, token: &Token) -> &Form {
        &self.forms[token.form as usize]
    }
}

/// Runs the pipeline with the given gazetteer.
pub fn analyze_with(text: &str, gazetteer: &Gazetteer) -> Analysis {
    let raw = tokenize::tokenize(text);
    // Distinct surfaces are far fewer than tokens; a fast hash matters here,
    // where every token is looked up once.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    ids.reserve(raw.len() / 8);
    let mut forms = Vec::new();
    let tokens = raw
        .iter()
        .map(|t| {
            let surface = t.span.of(text);
            let form = *ids.entry(surface).or_insert_with(|| {
                forms.push(make_form(surface, t.kind));
                (forms.len() - 1) as u32
            });
            Token { span: t.span, kind: t.kind, form }
        })
        .collect();
    drop(ids);
    let sentences = sentences::sentences(text, &raw);
    // The raw tokens are as large as the tokens: free them before entity
    // recognition, the stage that allocates most, to lower the peak.
    drop(raw);
    let mut analysis = Analysis { tokens, forms, sentences, entities: vec![] };
    analysis.entities = entities::recognize(text, &analysis, gazetteer);
    analysis
}

fn make_form(surface: &str, kind: TokenKind) -> Form {
    let mut norm = String::with_capacity(surface.len());
    normalize::normalize_into(surface, &Options::SEARCH, &mut norm);
    let segments = if kind == TokenKind::Word { clitics::segment(surface) } else { vec![] };
    Form { norm, segments }
}
