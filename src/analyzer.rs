//! The orchestrator: an [`Analyzer`] holds what the stages need and runs
//! them in order; only it assembles their outputs into an [`Analysis`].

use crate::clitics::Lexicon;
use crate::entities::{self, Entity, Gazetteer, Model};
use crate::lexed::{FormCache, Lexed};
use crate::statements::{self, Carry, Statement, StatementLexicon};
use std::sync::{Arc, OnceLock};

/// Everything Bayan found in one text: the lexed text and its entities.
/// Spans are byte ranges into the text, which it does not hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Tokens, forms and sentences.
    pub lexed: Lexed,
    /// Entity mentions, sorted, never overlapping (see [`entities`]).
    pub entities: Vec<Entity>,
    /// Statements (speech acts), in text order (see [`statements`]).
    pub statements: Vec<Statement>,
}

/// The pipeline's configuration as one value: the gazetteer, the entity
/// tagger's model and the clitic lexicon. Built once, then used for any
/// number of texts; every face (the CLI, the wasm binding) holds one.
///
/// The built-in tables are parsed once per process and shared between
/// analyzers (cloning one copies three pointers); replacing one affects
/// only the analyzer it is given to.
///
/// ```
/// use bayan::{Analyzer, Gazetteer};
///
/// let names = Gazetteer::with_user("mine.tsv", "نور الهدى\tORG\tnur\n").unwrap();
/// let analyzer = Analyzer::builtin().with_gazetteer(names);
/// let text = "التقى نور الهدى في حلب";
/// let found: Vec<_> = analyzer.analyze(text).entities.iter().map(|e| e.span.of(text)).collect();
/// assert_eq!(found, ["نور الهدى", "حلب"]);
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    gazetteer: Arc<Gazetteer>,
    model: Option<Arc<Model>>,
    lexicon: Arc<Lexicon>,
    statements: Arc<StatementLexicon>,
}

impl Analyzer {
    /// The built-in gazetteer, the model compiled into this build (none in
    /// the browser's, which loads it at run time) and the built-in clitic
    /// lexicon.
    pub fn builtin() -> Analyzer {
        static GAZETTEER: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        Analyzer {
            gazetteer: GAZETTEER.get_or_init(|| Arc::new(Gazetteer::builtin())).clone(),
            model: Model::builtin(),
            lexicon: Lexicon::builtin(),
            statements: StatementLexicon::builtin(),
        }
    }

    /// This analyzer with another gazetteer (for the built-in names as
    /// well, build it with [`Gazetteer::with_user`] or
    /// [`Gazetteer::add_builtin_lists`]).
    pub fn with_gazetteer(self, gazetteer: impl Into<Arc<Gazetteer>>) -> Analyzer {
        Analyzer { gazetteer: gazetteer.into(), ..self }
    }

    /// This analyzer with another entity tagger's model.
    pub fn with_model(self, model: impl Into<Arc<Model>>) -> Analyzer {
        Analyzer { model: Some(model.into()), ..self }
    }

    /// This analyzer without a model: the lists and rules decide alone.
    pub fn without_model(self) -> Analyzer {
        Analyzer { model: None, ..self }
    }

    /// This analyzer with another clitic lexicon.
    pub fn with_lexicon(self, lexicon: impl Into<Arc<Lexicon>>) -> Analyzer {
        Analyzer { lexicon: lexicon.into(), ..self }
    }

    /// This analyzer with another statement lexicon.
    pub fn with_statement_lexicon(self, statements: impl Into<Arc<StatementLexicon>>) -> Analyzer {
        Analyzer { statements: statements.into(), ..self }
    }

    /// The statement lexicon in use.
    pub fn statement_lexicon(&self) -> &Arc<StatementLexicon> {
        &self.statements
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Arc<Gazetteer> {
        &self.gazetteer
    }

    /// The gazetteer, to add names to; copied first when it is shared
    /// (with the built-in one, or with a clone of this analyzer).
    pub fn gazetteer_mut(&mut self) -> &mut Gazetteer {
        Arc::make_mut(&mut self.gazetteer)
    }

    /// The entity tagger's model, if there is one.
    pub fn model(&self) -> Option<&Arc<Model>> {
        self.model.as_ref()
    }

    /// The clitic lexicon in use.
    pub fn lexicon(&self) -> &Arc<Lexicon> {
        &self.lexicon
    }

    /// The first stage alone: tokens, forms, sentences.
    pub fn lex(&self, text: &str) -> Lexed {
        Lexed::new(text, &self.lexicon)
    }

    /// Runs the whole pipeline on `text`.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_section(text, Carry::default()).0
    }

    /// [`Analyzer::analyze`], with the forms of words `cache` kept from
    /// earlier texts (the same result, less work on a corpus).
    pub fn analyze_with(&self, text: &str, cache: &mut FormCache) -> Analysis {
        let (lexed, entities) = self.lex_and_recognize(text, Some(cache));
        let (statements, _) = self.statements(text, &lexed, &entities, Carry::default());
        Analysis { lexed, entities, statements }
    }

    /// Runs the whole pipeline on one section of a longer document, with
    /// what the sections before it carry (`Carry::default()` for the
    /// first); returns the analysis and the carry for the next section.
    /// Statement spans and mention indices are document-wide (shifted by
    /// the carry); everything else is relative to `text`. Sections cut at
    /// paragraph boundaries give the statements of the whole text.
    pub fn analyze_section(&self, text: &str, carry: Carry) -> (Analysis, Carry) {
        let (lexed, entities) = self.lex_and_recognize(text, None);
        let (statements, carry) = self.statements(text, &lexed, &entities, carry);
        (Analysis { lexed, entities, statements }, carry)
    }

    /// The stages before statements: the lexed text and its entities; the
    /// forms from `cache` if one is given.
    pub(crate) fn lex_and_recognize(
        &self,
        text: &str,
        cache: Option<&mut FormCache>,
    ) -> (Lexed, Vec<Entity>) {
        match cache {
            Some(cache) => {
                let lexed = Lexed::with_cache(text, &self.lexicon, cache);
                let entities = entities::recognize_with(
                    text,
                    &lexed,
                    &self.gazetteer,
                    self.model.as_ref(),
                    &mut cache.rows,
                );
                (lexed, entities)
            }
            None => {
                let lexed = self.lex(text);
                let entities = entities::recognize(text, &lexed, &self.gazetteer, self.model.as_deref());
                (lexed, entities)
            }
        }
    }

    /// The statement stage on a lexed text with its entities.
    pub(crate) fn statements(
        &self,
        text: &str,
        lexed: &Lexed,
        entities: &[Entity],
        carry: Carry,
    ) -> (Vec<Statement>, Carry) {
        statements::find(text, lexed, entities, &self.statements, carry)
    }
}

impl Default for Analyzer {
    /// [`Analyzer::builtin`].
    fn default() -> Analyzer {
        Analyzer::builtin()
    }
}
