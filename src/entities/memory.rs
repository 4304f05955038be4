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
//! A name is remembered for [`REACH`] bytes after its full mention, so that
//! the entity stage keeps no state across a section's cut
//! ([`crate::sections`]). Each remembered name reads the tokens within its
//! reach once, comparing form indexes; nothing is allocated per token.

use super::lexicon::{self, lexicon};
use super::locate::Cursor;
use super::{Entity, EntityType};
use crate::clitics::SegmentKind;
use crate::lexed::{Form, Lexed};
use crate::span::Span;

/// How far after its full mention a name is remembered (bytes, from the
/// end of the full mention to the start of the later one). Within the
/// context every section of a long text is analysed with
/// ([`crate::sections::CONTEXT_BYTES`], 2048), so a text analysed a section
/// at a time gives what the whole text gives: no state crosses a cut.
const REACH: usize = 1024;
const _: () = assert!(REACH < crate::sections::CONTEXT_BYTES);

/// Candidates for the later mentions of names the rules found whole with a
/// link after them (`rules`: the rules' candidates, any order).
pub(super) fn remembered(text: &str, lexed: &Lexed, rules: &[Entity]) -> Vec<Entity> {
    let tokens = &lexed.tokens;
    let mut out = Vec::new();
    let sources = || rules.iter().filter(|e| e.kind == EntityType::Org);
    let mut cursor = Cursor::new(tokens);
    for e in sources() {
        let (first, end) = cursor.tokens_of(e.span);
        // The name before the first link, two words at least.
        let Some(link) = (first + 2..end).find(|&k| is_link(lexed, k)) else { continue };
        let head = lexed.form(&tokens[first]);
        if core_segments(head).next().is_some_and(|s| s.kind == SegmentKind::Article) {
            continue;
        }
        let rest = &tokens[first + 1..link];
        let mut i = end;
        while i < tokens.len() && tokens[i].span.start <= e.span.end + REACH {
            let fits = same_core(lexed.form(&tokens[i]), head)
                && tokens
                    .get(i + 1..i + 1 + rest.len())
                    .is_some_and(|ts| ts.iter().zip(rest).all(|(t, r)| t.form == r.form));
            if !fits {
                i += 1;
                continue;
            }
            let last = i + rest.len();
            let start = tokens[i].span.start + proclitics_len(text, lexed, i);
            let span = Span::new(start, tokens[last].span.end);
            if !sources().any(|s| s.span.contains(span)) {
                out.push(Entity { span, kind: EntityType::Org, id: None, gloss: None, inner: vec![] });
            }
            i = last + 1;
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
