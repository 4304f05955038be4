//! The orchestrator: runs the stages in order and assembles their outputs
//! into an [`Analysis`].

use crate::entities::{self, Entity, Gazetteer};
use crate::lexed::Lexed;

/// Everything Bayan found in one text: the lexed text and its entities.
/// Spans are byte ranges into the text, which it does not hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Tokens, forms and sentences.
    pub lexed: Lexed,
    /// Entity mentions, sorted, never overlapping (see [`entities`]).
    pub entities: Vec<Entity>,
}

/// Runs the pipeline with the given gazetteer.
pub fn analyze_with(text: &str, gazetteer: &Gazetteer) -> Analysis {
    let lexed = Lexed::new(text);
    let entities = entities::recognize(text, &lexed, gazetteer, entities::tagger::current());
    Analysis { lexed, entities }
}
