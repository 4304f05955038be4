//! Organisations by their head word: منظمة، مجلس، وزارة، هيئة، لجنة، حزب …
//!
//! Arabic names of organisations are construct chains: an indefinite head,
//! maybe more indefinite nouns, then a definite noun, then definite
//! adjectives (وزارة الخارجية الأمريكية, مجلس وزراء الخارجية). The name
//! ends at the last definite word before anything else: a function word,
//! punctuation, an indefinite word after the definite part, or a verb. A
//! known place or organisation inside the chain counts as one definite word.
//!
//! A definite head (الحزب، المجلس) alone is a back-reference, not a name; it
//! becomes one with a nisba adjective (الحزب الديمقراطي, المجلس الوطني).

use super::Ctx;
use crate::entities::lexicon::*;
use crate::entities::{Entity, EntityType};
use crate::tokenize::TokenKind;

/// Words that end a name: function words, verbs of saying, date words.
const NOT_IN_NAME: u64 = STOP | NOT_NAME | VERB_SAYS | REL_UNIT | REL_MOD | REL_DATE | DAY_WORD | YEAR_WORD;

/// Longest chain after the head.
const MAX_WORDS: usize = 5;

pub fn find(ctx: &Ctx, out: &mut Vec<Entity>) {
    for i in 0..ctx.len() {
        if !ctx.is(i, ORG_HEAD) {
            continue;
        }
        let definite_head = ctx.info(i).definite;
        if let Some(last) = chain_end(ctx, i + 1, definite_head) {
            out.push(ctx.entity(i, last, EntityType::Org));
        }
    }
}

/// The last token of the name whose head precedes `start`.
fn chain_end(ctx: &Ctx, start: usize, definite_head: bool) -> Option<usize> {
    let mut last_definite = None;
    let mut after_name = false;
    let mut j = start;
    while j < ctx.len() && j < start + MAX_WORDS {
        let info = ctx.info(j);
        if ctx.kind(j) != Some(TokenKind::Word) || info.class & NOT_IN_NAME != 0 || info.skip > 0 {
            break;
        }
        if let Some(name) = ctx.hit_of(j, &[EntityType::Loc, EntityType::Org]) {
            if name.clitic || definite_head && last_definite.is_none() {
                break; // وإسرائيل starts a new phrase; المجلس البحرين is no chain
            }
            last_definite = Some(name.end);
            after_name = true;
            j = name.end + 1;
            continue;
        }
        if ctx.hit(j).is_some() {
            break; // a date, a person: not part of the name
        }
        if info.definite {
            // After a known name only adjectives follow: مجلس الأمن الدولي,
            // not مجلس الأمن الأسبوع المقبل.
            if (definite_head || after_name) && !info.nisba {
                break;
            }
            last_definite = Some(j);
        } else if last_definite.is_some() || definite_head {
            break; // indefinite after the definite part: the name is over
        }
        j += 1;
    }
    last_definite
}
