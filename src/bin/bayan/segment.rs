//! `bayan segment`: each word of the input with its clitic segments and the
//! rule that decided them; `--explain WORD` shows every reading of one word
//! with its points rule by rule.

use crate::{write_out, Flags, Spec};
use bayan::clitics::{self, Explanation, Lexicon};
use bayan::tokenize::{self, TokenKind};
use std::collections::HashMap;
use std::fmt::Write;

/// The flags `bayan segment` takes.
pub const FLAGS: Spec = Spec { values: &["--explain"], switches: &[], input: true, files: false };

pub fn run(flags: &Flags) -> Result<(), String> {
    let lexicon = Lexicon::builtin();
    if let Some(word) = flags.get("--explain") {
        if flags.file.is_some() {
            return Err("give --explain a WORD, or a FILE without --explain, not both".into());
        }
        let tokens = tokenize::tokenize(word);
        let [token] = tokens.as_slice() else {
            return Err(format!("--explain takes one word, not {}: {word:?}", tokens.len()));
        };
        return write_out(&explanation(token.span.of(word), &lexicon.explain(token.span.of(word))));
    }
    let text = flags.read_input()?;
    let mut out = String::new();
    let mut lines: HashMap<&str, String> = HashMap::new();
    for token in tokenize::tokenize(&text).iter().filter(|t| t.kind == TokenKind::Word) {
        let word = token.span.of(&text);
        let line = lines.entry(word).or_insert_with(|| {
            let e = lexicon.explain(word);
            format!("{word}\t{}\t{}\n", clitics::notation(word, &e.segments), e.decided_by)
        });
        out.push_str(line);
    }
    write_out(&out)
}

/// The explanation as text: the choice, then the readings as a table (`*`
/// chosen, `-` rejected), then what switching off each deciding rule gives.
fn explanation(word: &str, e: &Explanation) -> String {
    let mut out = String::new();
    let reading =
        |i: Option<usize>| i.map_or("-".to_string(), |i| clitics::notation(word, &e.readings[i].segments));
    let _ = writeln!(out, "word\t{word}");
    let _ = writeln!(out, "segments\t{}", clitics::notation(word, &e.segments));
    let _ = writeln!(out, "decided by\t{}", e.decided_by);
    let _ = writeln!(out, "runner-up\t{}", reading(e.runner_up));
    if !e.readings.is_empty() {
        let _ = writeln!(
            out,
            "\nreadings, in the order considered:\n\tscore\tbucket\treading\tpoints\trejected by"
        );
    }
    for (i, r) in e.readings.iter().enumerate() {
        let mark = if e.chosen == Some(i) {
            "*"
        } else if r.rejected_by.is_some() {
            "-"
        } else {
            ""
        };
        let points: Vec<String> = r.points.iter().map(|(name, p)| format!("{name} {p:+}")).collect();
        let _ = writeln!(
            out,
            "{mark}\t{}\t{}\t{}\t{}\t{}",
            r.score,
            r.bucket,
            clitics::notation(word, &r.segments),
            points.join(", "),
            r.rejected_by.unwrap_or("")
        );
    }
    if !e.pivotal.is_empty() {
        let _ = writeln!(out, "\nwithout one rule (each switched off alone):");
    }
    for (name, segments) in &e.pivotal {
        let _ = writeln!(out, "{name}\t{}", clitics::notation(word, segments));
    }
    out
}
