//! `--differences FILE`: every mention on which the lists and rules joining
//! the model change its verdict, one per line, to group the combination's
//! cost (docs/ACCURACY.md, "Round 5: where the combination loses on
//! ANERcorp").
//!
//! Four kinds of line, from the gold's point of view:
//! - `missed`: a gold mention the model alone finds and the combination
//!   does not (recall lost);
//! - `spurious`: a combined mention that is not gold and that the model
//!   alone does not give (precision lost);
//! - `found`, `cleared`: the reverse of each (what the combination gains).
//!
//! Columns, tab-separated: label, kind, the mention (`TYPE words`), where a
//! combined mention comes from (`tagger`, `list`, `rule`, or `changed` when
//! the combination reshaped the tagger's), what the combination has over
//! the same tokens (`TYPE words [source]`, every type, `;`-separated), the
//! gold mentions over them, and the sentence.

use super::{predict, project, spans_of, Mention, Tagger};
use bayan::{entities, Analyzer};
use std::collections::HashSet;

/// The difference lines of `sentences`, each starting with `label`.
pub fn lines(sentences: &[(Vec<String>, Vec<String>)], analyzer: &Analyzer, label: &str) -> Vec<String> {
    let combined = Tagger::Analyzer(analyzer.clone());
    let alone = Tagger::Alone(analyzer.clone());
    let mut out = Vec::new();
    for (tokens, tags) in sentences {
        let gold: HashSet<Mention> = spans_of(tags).into_iter().collect();
        let by_model: HashSet<Mention> = predict(tokens, &alone).into_iter().collect();
        let (text, starts) = super::join(tokens);
        let analysed = analyzer.analyze(&text).entities;
        let every: Vec<(usize, usize, String)> = entities::flatten(&analysed)
            .into_iter()
            .map(|e| {
                let (first, last) = project(&starts, e.span);
                (first, last, e.kind.name().to_string())
            })
            .collect();
        let by_both: HashSet<Mention> = predict(tokens, &combined).into_iter().collect();
        let lexed = analyzer.lex(&text);
        let (listed, ruled) = entities::evidence(&text, &lexed, analyzer.gazetteer());
        let of = |found: &[bayan::Entity]| -> HashSet<Mention> {
            found.iter().filter_map(|e| super::mention(&starts, e)).collect()
        };
        let (listed, ruled) = (of(&listed), of(&ruled));
        let source = |m: &Mention| {
            let mut s = Vec::new();
            if by_model.contains(m) {
                s.push("tagger");
            }
            if listed.contains(m) {
                s.push("list");
            }
            if ruled.contains(m) {
                s.push("rule");
            }
            if s.is_empty() {
                s.push("changed");
            }
            s.join("+")
        };
        let words = |a: usize, b: usize| tokens[a..b].join(" ");
        let over = |m: &Mention| {
            let here: Vec<String> = every
                .iter()
                .filter(|(a, b, _)| *a < m.1 && m.0 < *b)
                .map(|(a, b, t)| {
                    let tag = match t.as_str() {
                        "PERSON" => Some("PERS"),
                        "LOC" => Some("LOC"),
                        "ORG" => Some("ORG"),
                        _ => None,
                    };
                    let from = tag.map_or_else(|| "other".to_string(), |tag| source(&(*a, *b, tag)));
                    format!("{t} {} [{from}]", words(*a, *b))
                })
                .collect();
            here.join("; ")
        };
        let gold_over = |m: &Mention| {
            let mut here: Vec<&Mention> = gold.iter().filter(|g| g.0 < m.1 && m.0 < g.1).collect();
            here.sort();
            let here: Vec<String> = here.iter().map(|g| format!("{} {}", g.2, words(g.0, g.1))).collect();
            here.join("; ")
        };
        let mut line = |kind: &str, m: &Mention, from: String| {
            out.push(format!(
                "{label}\t{kind}\t{} {}\t{from}\t{}\t{}\t{}",
                m.2,
                words(m.0, m.1),
                over(m),
                gold_over(m),
                tokens.join(" ")
            ));
        };
        let sorted = |set: &HashSet<Mention>| {
            let mut v: Vec<Mention> = set.iter().copied().collect();
            v.sort();
            v
        };
        for m in sorted(&gold) {
            match (by_model.contains(&m), by_both.contains(&m)) {
                (true, false) => line("missed", &m, "-".into()),
                (false, true) => line("found", &m, source(&m)),
                _ => {}
            }
        }
        for m in sorted(&by_both) {
            if !gold.contains(&m) && !by_model.contains(&m) {
                line("spurious", &m, source(&m));
            }
        }
        for m in sorted(&by_model) {
            if !gold.contains(&m) && !by_both.contains(&m) {
                line("cleared", &m, "tagger".into());
            }
        }
    }
    out
}
