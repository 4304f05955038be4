//! Statements in the CLI: their JSON records (in `bayan analyze`) and
//! `bayan statements FILE`, a table for the terminal.

use crate::{write_out, Flags, Spec};
use bayan::span::OffsetUnit;
use bayan::{Analyzer, Span, Statement};
use serde::Serialize;

/// The flags `bayan statements` takes.
pub const FLAGS: Spec = Spec { values: &[], switches: &[], input: true, files: false };

/// A statement: `start`, `end` over the act, its object and an explicit
/// speaker; mention indices are into the flattened mention list (each
/// container followed by its inner mentions, in text order).
#[derive(Serialize)]
pub struct StatementJson<'t> {
    start: usize,
    end: usize,
    class: &'static str,
    act: SpanText<'t>,
    speaker: Option<SpeakerJson<'t>>,
    object: Option<SpanText<'t>>,
    targets: &'t [u32],
    negated: bool,
    rules: Rules<'t>,
}

#[derive(Serialize)]
struct SpanText<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

#[derive(Serialize)]
struct SpeakerJson<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    implicit: bool,
    entities: &'t [u32],
}

#[derive(Serialize)]
struct Rules<'t> {
    lexicon: &'t str,
    speaker: &'static str,
}

/// The statements of `analysis` as JSON records, offsets in `unit`.
pub fn json<'t>(text: &'t str, statements: &'t [Statement], unit: OffsetUnit) -> Vec<StatementJson<'t>> {
    let at = bayan::statements::unit_offsets(text, statements, unit);
    let span = |s: Span| SpanText { start: at[&s.start], end: at[&s.end], text: s.of(text) };
    statements
        .iter()
        .map(|s| StatementJson {
            start: at[&s.span.start],
            end: at[&s.span.end],
            class: s.class.name(),
            act: span(s.act),
            speaker: s.speaker.as_ref().map(|sp| SpeakerJson {
                start: at[&sp.span.start],
                end: at[&sp.span.end],
                text: &sp.text,
                implicit: sp.implicit,
                entities: &sp.mentions,
            }),
            object: s.object.map(span),
            targets: &s.targets,
            negated: s.negated,
            rules: Rules { lexicon: &s.lexicon, speaker: s.speaker_rule.name() },
        })
        .collect()
}

/// First Strong Isolate … Pop Directional Isolate: each cell keeps its own
/// direction, so an Arabic cell never reorders its neighbours.
fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// At most `max` characters of `s`, on one line, with … when cut.
fn short(s: &str, max: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= max {
        one
    } else {
        one.chars().take(max).collect::<String>() + "…"
    }
}

pub fn run(flags: &Flags) -> Result<(), String> {
    let text = flags.read_input()?;
    let analysis = Analyzer::builtin().analyze(&text);
    let mut out = String::new();
    if analysis.statements.is_empty() {
        out.push_str("no statement\n");
    }
    for s in &analysis.statements {
        let speaker = match &s.speaker {
            Some(sp) if sp.implicit => format!("({})", short(&sp.text, 40)),
            Some(sp) => short(&sp.text, 40),
            None => "?".to_string(),
        };
        let class =
            if s.negated { format!("{} (negated)", s.class.name()) } else { s.class.name().to_string() };
        let object = s.object.map_or(String::new(), |o| short(o.of(&text), 60));
        out.push_str(&format!(
            "{} — {} — {} — {}\n",
            isolate(&speaker),
            isolate(&class),
            isolate(s.act.of(&text)),
            isolate(&object)
        ));
    }
    write_out(&out)
}
