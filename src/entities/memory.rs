//! A document's memory of the bodies it names in full.
//!
//! An official text names a body once with its chain (مجلس السلام والأمن
//! التابع للاتحاد الأفريقي) and then by its name alone (وقد وضع مجلس السلام
//! والأمن …). The rules build the first from its link (التابع), but not the
//! second: «و» starts a new phrase in a chain, so the name is cut to «مجلس
//! السلام». What the rules found whole once, the document names whole
//! again: each later occurrence of the name before its link becomes a
//! candidate, as if a list held it.
//!
//! Only names with an indefinite head in construct are remembered (مجلس،
//! لجنة، مفوضية + …): a definite head with its adjectives before a link
//! (اللجنة الخاصة المعنية ب…) is a back-reference on its own (ENTITIES.md).
//! One pass over the distinct forms and one over the tokens, comparing form
//! indexes; nothing is allocated per token.

use super::lexicon::{self, lexicon};
use super::locate::Cursor;
use super::{Entity, EntityType};
use crate::clitics::SegmentKind;
use crate::lexed::{Form, Lexed};
use crate::span::Span;

/// Most names remembered per text (a bit each in a per-form mask).
const MAX_NAMES: usize = 64;

/// A remembered name: its first word's core and the forms of the rest.
struct Name<'a> {
    core: &'a Form,
    rest: &'a [crate::lexed::Token],
}

/// Candidates for the later mentions of names the rules found whole with a
/// link after them (`rules`: the rules' candidates, any order).
pub(super) fn remembered(text: &str, lexed: &Lexed, rules: &[Entity]) -> Vec<Entity> {
    let tokens = &lexed.tokens;
    let mut names: Vec<Name> = Vec::new();
    let mut sources: Vec<Span> = Vec::new();
    let mut cursor = Cursor::new(tokens);
    for e in rules.iter().filter(|e| e.kind == EntityType::Org) {
        let (first, end) = cursor.tokens_of(e.span);
        // The name before the first link, two words at least.
        let Some(link) = (first + 2..end).find(|&k| is_link(lexed, k)) else { continue };
        let head = lexed.form(&tokens[first]);
        if core_segments(head).next().is_some_and(|s| s.kind == SegmentKind::Article) {
            continue;
        }
        sources.push(e.span);
        let rest = &tokens[first + 1..link];
        let known = names.iter().any(|n| {
            std::ptr::eq(n.core, head) && n.rest.iter().map(|t| t.form).eq(rest.iter().map(|t| t.form))
        });
        if !known && names.len() < MAX_NAMES {
            names.push(Name { core: head, rest });
        }
    }
    if names.is_empty() {
        return Vec::new();
    }
    // Per form: which names it can open (the same core, any proclitics).
    let opens: Vec<u64> = lexed
        .forms
        .iter()
        .map(|f| {
            names.iter().enumerate().fold(0, |m, (b, n)| if same_core(f, n.core) { m | 1 << b } else { m })
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut mask = opens[tokens[i].form as usize];
        let mut best = 0;
        while mask != 0 {
            let b = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let rest = names[b].rest;
            let fits = tokens
                .get(i + 1..i + 1 + rest.len())
                .is_some_and(|ts| ts.iter().zip(rest).all(|(t, r)| t.form == r.form));
            if fits {
                best = best.max(rest.len());
            }
        }
        if best > 0 {
            let last = i + best;
            let start = tokens[i].span.start + proclitics_len(text, lexed, i);
            let span = Span::new(start, tokens[last].span.end);
            if !sources.iter().any(|s| s.contains(span)) {
                out.push(Entity { span, kind: EntityType::Org, id: None, gloss: None, inner: vec![] });
            }
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether token `k` opens a complement: التابع، المعني، بشأن, or a word
/// after ل (للاتحاد).
fn is_link(lexed: &Lexed, k: usize) -> bool {
    let form = lexed.form(&lexed.tokens[k]);
    let class = lexicon().get(form.norm.as_str()).copied().unwrap_or(0);
    let lam = form.segments.first().is_some_and(|s| s.kind == SegmentKind::Proclitic && s.restored == "ل")
        || form.norm.starts_with("لل");
    lam || class & (lexicon::LINK_OF | lexicon::LINK_BI | lexicon::ABOUT) != 0
}

/// A form's segments after its proclitics.
fn core_segments(form: &Form) -> impl Iterator<Item = &crate::clitics::Segment> {
    form.segments.iter().skip_while(|s| s.kind == SegmentKind::Proclitic)
}

/// Whether two forms are one word behind their proclitics (مجلس, ومجلس,
/// لمجلس).
fn same_core(a: &Form, b: &Form) -> bool {
    std::ptr::eq(a, b)
        || core_segments(a).map(|s| s.restored.as_str()).eq(core_segments(b).map(|s| s.restored.as_str()))
}

/// Bytes of token `i`'s proclitics in the text: the mention starts after
/// them (ومجلس → مجلس).
fn proclitics_len(text: &str, lexed: &Lexed, i: usize) -> usize {
    let token = &lexed.tokens[i];
    let letters: usize = lexed
        .form(token)
        .segments
        .iter()
        .take_while(|s| s.kind == SegmentKind::Proclitic)
        .map(|s| s.restored.chars().count())
        .sum();
    super::gazetteer::surface_prefix_len(token.span.of(text), letters)
}
