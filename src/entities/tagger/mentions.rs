//! From tags to mentions: spans of B-/I- runs, name chains joined, the
//! proclitics left outside, and the gazetteer's id and gloss attached.

use super::rows::Row;
use super::{type_of, Model};
use crate::clitics::SegmentKind;
use crate::entities::gazetteer::Gazetteer;
use crate::entities::locate::{by_start, Cursor};
use crate::entities::{Entity, EntityType};
use crate::lexed::Lexed;
use crate::span::Span;

impl Model {
    /// The PERSON, LOC and ORG mentions the model finds, linked to the
    /// gazetteer's id and gloss where the gazetteer found the same name at
    /// the same place.
    /// `names` is the gazetteer the analyzer holds, `gazetteer` the
    /// mentions it found.
    pub fn mentions(
        &self,
        lexed: &Lexed,
        names: &Gazetteer,
        gazetteer: &[Entity],
        rules: &[Entity],
    ) -> Vec<Entity> {
        self.mentions_kept(lexed, names, gazetteer, rules, None)
    }

    /// [`Model::mentions`], given each form's row when it is known
    /// ([`Model::rows_kept`]): the same mentions.
    pub(crate) fn mentions_kept(
        &self,
        lexed: &Lexed,
        names: &Gazetteer,
        gazetteer: &[Entity],
        rules: &[Entity],
        rows: Option<Vec<Row>>,
    ) -> Vec<Entity> {
        let rows = rows.unwrap_or_else(|| self.rows(lexed, names));
        let tags = self.tag_rows(lexed, gazetteer, rules, rows);
        let mut listed = Listed::new(lexed, gazetteer);
        join_names(lexed, within_sentences(lexed, spans(&tags)))
            .into_iter()
            .filter_map(|(first, last, tag)| {
                let kind = type_of(tag)?;
                let tokens = &lexed.tokens;
                let span =
                    Span::new(tokens[first].span.start + proclitic_len(lexed, first), tokens[last].span.end);
                let known = listed.over(first, last + 1).filter(|g| g.kind == kind);
                Some(Entity {
                    span,
                    kind,
                    id: known.and_then(|g| g.id.clone()),
                    gloss: known.and_then(|g| g.gloss.clone()),
                    inner: vec![],
                })
            })
            .collect()
    }
}

/// The gazetteer's mentions by the tokens they cover, asked in text order.
///
/// A map from token range to mention held a dozen bytes and more per
/// mention at the tagging stage's peak; the learned mentions come in text
/// order and the gazetteer's nearly so, so one walk pairs them.
struct Listed<'a> {
    mentions: &'a [Entity],
    /// Indexes into `mentions`, by start.
    order: Vec<u32>,
    /// The first entry of `order` whose first token is not before the last
    /// range asked.
    at: usize,
    cursor: Cursor<'a>,
}

impl<'a> Listed<'a> {
    fn new(lexed: &'a Lexed, mentions: &'a [Entity]) -> Self {
        let order = by_start(mentions, (0..mentions.len() as u32).collect());
        Listed { mentions, order, at: 0, cursor: Cursor::new(&lexed.tokens) }
    }

    /// The mention covering exactly tokens `first..end` (the last in the
    /// list of several); `first` grows from one call to the next.
    fn over(&mut self, first: usize, end: usize) -> Option<&'a Entity> {
        let range = |cursor: &mut Cursor, k: u32| cursor.tokens_of(self.mentions[k as usize].span);
        while self.at < self.order.len() && range(&mut self.cursor, self.order[self.at]).0 < first {
            self.at += 1;
        }
        let mut best = None;
        for &k in &self.order[self.at..] {
            let r = range(&mut self.cursor, k);
            if r.0 != first {
                break;
            }
            if r.1 == end && best.is_none_or(|b| k > b) {
                best = Some(k);
            }
        }
        best.map(|k| &self.mentions[k as usize])
    }
}

/// Joins a PERSON to the PERSON just before it when one character parts
/// them (not a sentence break) and it carries no proclitic: the tagger may
/// cut نور الدين | محمود زنكي, one man's name chain, in two, while a second
/// person comes after و (بوش وبلير) or punctuation.
fn join_names(lexed: &Lexed, spans: Vec<(usize, usize, u8)>) -> Vec<(usize, usize, u8)> {
    let mut out: Vec<(usize, usize, u8)> = Vec::with_capacity(spans.len());
    for (first, last, tag) in spans {
        if let Some(prev) = out.last_mut() {
            if prev.2 == tag
                && type_of(tag) == Some(EntityType::Person)
                && prev.1 + 1 == first
                && proclitic_len(lexed, first) == 0
                && lexed.tokens[first].span.start == lexed.tokens[prev.1].span.end + 1
                && lexed.sentences.binary_search_by_key(&lexed.tokens[first].span.start, |s| s.start).is_err()
            {
                prev.1 = last;
                continue;
            }
        }
        out.push((first, last, tag));
    }
    out
}

/// Mentions cut where a sentence starts inside them: a name never runs
/// past a sentence's end or a line break (which always ends a sentence),
/// though the tags may carry a run of I- over it.
fn within_sentences(lexed: &Lexed, spans: Vec<(usize, usize, u8)>) -> Vec<(usize, usize, u8)> {
    let starts_sentence = |k: usize| {
        let at = lexed.tokens[k].span.start;
        lexed.sentences.binary_search_by_key(&at, |s| s.start).is_ok()
    };
    let mut out = Vec::with_capacity(spans.len());
    for (first, last, tag) in spans {
        let mut from = first;
        for k in first + 1..=last {
            if starts_sentence(k) {
                out.push((from, k - 1, tag));
                from = k;
            }
        }
        out.push((from, last, tag));
    }
    out
}

/// Mentions as (first token, last token, B tag) from a tag sequence.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, u8)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues = tag != 0 && tag % 2 == 0 && open.is_some_and(|(_, b)| b + 1 == tag);
        if !continues {
            if let Some((start, b)) = open.take() {
                out.push((start, i - 1, b));
            }
            if tag != 0 {
                open = Some((i, tag - (1 - tag % 2)));
            }
        }
    }
    if let Some((start, b)) = open {
        out.push((start, tags.len() - 1, b));
    }
    out
}

/// Bytes of proclitics (و ب ل ف ك) at the start of token `i`: a mention
/// starts after them, as the gazetteer's do.
fn proclitic_len(lexed: &Lexed, i: usize) -> usize {
    let form = lexed.form(&lexed.tokens[i]);
    let n = form.segments.iter().take_while(|s| s.kind == SegmentKind::Proclitic).count();
    let stop = n.checked_sub(1).map_or(0, |k| form.segments[k].span.end);
    // Never leave a mention empty or starting inside nothing but clitics.
    if stop >= lexed.tokens[i].span.len() {
        0
    } else {
        stop
    }
}
