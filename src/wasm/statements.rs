//! The statements as columns, like the mentions: one row per statement,
//! with the speaker's mentions and the targets as rows of their own and the
//! names that codes index (classes, speaker rules, lexicon families) as
//! small arrays. The library's `withObjects` (www/lib/objects.js) makes the
//! objects `bayan analyze` prints from them.

use super::{names, set};
use crate::span::OffsetUnit;
use crate::statements::{Class, SpeakerRule, Statement};
use js_sys::{Array, Object, Uint32Array, Uint8Array};
use rustc_hash::FxHashMap;
use wasm_bindgen::prelude::*;

/// Bits of the `flags` column.
const NEGATED: u8 = 1;
const HAS_SPEAKER: u8 = 2;
const IMPLICIT: u8 = 4;
const HAS_OBJECT: u8 = 8;

/// Every speaker rule, in the order of the `speakerRules` codes.
const RULES: [SpeakerRule; 8] = [
    SpeakerRule::AfterVerb,
    SpeakerRule::BeforeVerb,
    SpeakerRule::ReportedClause,
    SpeakerRule::Agent,
    SpeakerRule::RelativeClause,
    SpeakerRule::Resolution,
    SpeakerRule::Carried,
    SpeakerRule::None,
];

/// Sets `statements` (the columns), `statementClasses`,
/// `statementSpeakerRules`, `statementLexicon` and `statementLabels` on `out`.
pub(super) fn set_statements(out: &Object, text: &str, statements: &[Statement]) -> Result<(), JsError> {
    let at = crate::statements::unit_offsets(text, statements, OffsetUnit::Utf16);
    // UTF-16 offsets of a text the page holds fit in u32.
    let at = |b: &usize| at[b] as u32;
    let n = statements.len();
    let mut c: [Vec<u32>; 8] = Default::default();
    let (mut classes, mut flags, mut rules) =
        (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    let (mut lexicon, mut lexicon_names, mut lexicon_ids) =
        (Vec::with_capacity(n), Vec::new(), FxHashMap::default());
    let (mut speaker_texts, mut speaker_text_ends, mut units16) =
        (String::new(), Vec::with_capacity(n), 0u32);
    let (mut mentions, mut mention_ends, mut targets, mut target_ends) = (vec![], vec![], vec![], vec![]);
    for s in statements {
        let mut f = if s.negated { NEGATED } else { 0 };
        for (k, b) in [s.span.start, s.span.end, s.act.start, s.act.end].into_iter().enumerate() {
            c[k].push(at(&b));
        }
        match s.object {
            Some(o) => {
                f |= HAS_OBJECT;
                c[4].push(at(&o.start));
                c[5].push(at(&o.end));
            }
            None => {
                c[4].push(0);
                c[5].push(0);
            }
        }
        match &s.speaker {
            Some(sp) => {
                f |= HAS_SPEAKER | if sp.implicit { IMPLICIT } else { 0 };
                c[6].push(at(&sp.span.start));
                c[7].push(at(&sp.span.end));
                speaker_texts.push_str(&sp.text);
                units16 += sp.text.encode_utf16().count() as u32;
                mentions.extend_from_slice(&sp.mentions);
            }
            None => {
                c[6].push(0);
                c[7].push(0);
            }
        }
        speaker_text_ends.push(units16);
        mention_ends.push(mentions.len() as u32);
        targets.extend_from_slice(&s.targets);
        target_ends.push(targets.len() as u32);
        classes.push(s.class as u8);
        flags.push(f);
        rules.push(RULES.iter().position(|r| *r == s.speaker_rule).unwrap_or(RULES.len() - 1) as u8);
        let id = *lexicon_ids.entry(s.lexicon.as_str()).or_insert_with(|| {
            lexicon_names.push(s.lexicon.as_str());
            (lexicon_names.len() - 1) as u32
        });
        lexicon.push(id);
    }
    let columns = Object::new();
    let u32s = |v: &[u32]| Uint32Array::from(v);
    for (k, key) in [
        "starts",
        "ends",
        "actStarts",
        "actEnds",
        "objectStarts",
        "objectEnds",
        "speakerStarts",
        "speakerEnds",
    ]
    .into_iter()
    .enumerate()
    {
        set(&columns, key, &u32s(&c[k]))?;
    }
    set(&columns, "classes", &Uint8Array::from(&classes[..]))?;
    set(&columns, "flags", &Uint8Array::from(&flags[..]))?;
    set(&columns, "speakerRules", &Uint8Array::from(&rules[..]))?;
    set(&columns, "lexicon", &u32s(&lexicon))?;
    set(&columns, "speakerTexts", &JsValue::from_str(&speaker_texts))?;
    set(&columns, "speakerTextEnds", &u32s(&speaker_text_ends))?;
    set(&columns, "speakerMentions", &u32s(&mentions))?;
    set(&columns, "speakerMentionEnds", &u32s(&mention_ends))?;
    set(&columns, "targets", &u32s(&targets))?;
    set(&columns, "targetEnds", &u32s(&target_ends))?;
    set(out, "statements", &columns)?;
    set(out, "statementClasses", &names(Class::ALL.iter().map(|k| k.name())))?;
    set(out, "statementSpeakerRules", &names(RULES.iter().map(|r| r.name())))?;
    set(out, "statementLexicon", &lexicon_names.iter().map(|s| JsValue::from_str(s)).collect::<Array>())?;
    let labels = Object::new();
    set(&labels, "ar", &names(Class::ALL.iter().map(|k| k.label_ar())))?;
    set(&labels, "en", &names(Class::ALL.iter().map(|k| k.label_en())))?;
    set(out, "statementLabels", &labels)
}
