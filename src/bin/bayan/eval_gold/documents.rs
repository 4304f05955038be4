//! The texts the entity gold refers to, rebuilt exactly as
//! `scripts/gold/texts.py` rebuilds them (tests/gold/README.md states the
//! rules): the gold stores document ids and code-point offsets, never the
//! shared documents' text.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

const UN_FILE: &str = "un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt";
const WNM_FILE: &str = "wikinewsmax/WikiNewsMax_80pct.tsv";

/// Where each source's documents come from.
pub struct Sources {
    /// The shared data folder (`--data`).
    pub data: PathBuf,
    /// The gold folder, which holds `statements/*.txt`.
    pub gold: PathBuf,
}

impl Sources {
    /// The texts of `wanted` (source, doc_id) documents, each file read once.
    pub fn texts(&self, wanted: &[(String, String)]) -> Result<HashMap<(String, String), String>, String> {
        let mut out = HashMap::new();
        let un_ids: HashSet<&str> =
            wanted.iter().filter(|(s, _)| s == "un").map(|(_, d)| d.as_str()).collect();
        if !un_ids.is_empty() {
            let docs = un_documents(&self.read_data(UN_FILE)?);
            for id in un_ids {
                let text = docs.get(id).ok_or_else(|| format!("UN document {id} is not in {UN_FILE}"))?;
                out.insert(("un".to_string(), id.to_string()), text.clone());
            }
        }
        if wanted.iter().any(|(s, _)| s == "wikinewsmax") {
            let file = self.read_data(WNM_FILE)?;
            let sections = wnm_sections(&file);
            for (_, id) in wanted.iter().filter(|(s, _)| s == "wikinewsmax") {
                out.insert(("wikinewsmax".to_string(), id.clone()), wnm_text(&sections, id)?);
            }
        }
        for (source, id) in wanted {
            match source.as_str() {
                "un" | "wikinewsmax" => {}
                "statements" => {
                    let path = self.gold.join("statements").join(format!("{id}.txt"));
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    out.insert((source.clone(), id.clone()), text);
                }
                other => {
                    return Err(format!("unknown source {other:?}: expected un, wikinewsmax or statements"))
                }
            }
        }
        Ok(out)
    }

    fn read_data(&self, rel: &str) -> Result<String, String> {
        let path = self.data.join(rel);
        std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "cannot read {}: {e}\nThe gold refers to the shared data by id and offset; point --data at the folder that holds {}",
                path.display(),
                Path::new(rel).parent().map_or(rel.into(), |p| p.display().to_string())
            )
        })
    }
}

pub(crate) use bayan::gold::un_documents;

/// WikiNewsMax: sections (a `#` row starts one) of units (blank rows part
/// them) of the `dediac` column's words; the header row is skipped.
fn wnm_sections(file: &str) -> Vec<Vec<Vec<&str>>> {
    let mut sections: Vec<Vec<Vec<&str>>> = Vec::new();
    let mut unit = Vec::new();
    for row in file.split('\n').skip(1) {
        let word = row.split('\t').next().unwrap_or("");
        if word == "#" || word.is_empty() {
            if let Some(section) = sections.last_mut().filter(|_| !unit.is_empty()) {
                section.push(std::mem::take(&mut unit));
            }
            unit.clear();
            if word == "#" {
                sections.push(Vec::new());
            }
        } else {
            unit.push(word);
        }
    }
    if let Some(section) = sections.last_mut().filter(|_| !unit.is_empty()) {
        section.push(unit);
    }
    sections
}

/// Document `S:A-B`: units A..=B of section S, each joined by [`join_unit`],
/// one unit a line.
fn wnm_text(sections: &[Vec<Vec<&str>>], id: &str) -> Result<String, String> {
    let bad = || format!("bad WikiNewsMax document id {id:?}: expected SECTION:FIRST-LAST");
    let (section, units) = id.split_once(':').ok_or_else(bad)?;
    let (first, last) = units.split_once('-').ok_or_else(bad)?;
    let [section, first, last] = [section, first, last].map(|n| n.parse::<usize>());
    let (section, first, last) =
        (section.map_err(|_| bad())?, first.map_err(|_| bad())?, last.map_err(|_| bad())?);
    let units = sections
        .get(section)
        .and_then(|s| s.get(first..=last))
        .ok_or_else(|| format!("WikiNewsMax document {id} lies outside {WNM_FILE}"))?;
    Ok(units.iter().map(|u| join_unit(u)).collect::<Vec<_>>().join("\n"))
}

/// One unit's words as text: single spaces, except that . ، , : ؛ ; ! ؟ ? )
/// and a closing `"` lean on the word before, and ( and an opening `"` on
/// the word after; the `"` of a unit alternate opening, closing, opening…
fn join_unit(words: &[&str]) -> String {
    let mut out = String::new();
    let (mut glue_next, mut quote_open) = (true, false);
    for w in words {
        let (lean_left, lean_right) = if *w == "\"" {
            quote_open = !quote_open;
            (!quote_open, quote_open)
        } else {
            (matches!(*w, "." | "،" | "," | ":" | "؛" | ";" | "!" | "؟" | "?" | ")"), *w == "(")
        };
        if !out.is_empty() && !lean_left && !glue_next {
            out.push(' ');
        }
        out.push_str(w);
        glue_next = lean_right;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_with_punctuation_and_alternating_quotes() {
        let words = ["قال", ":", "\"", "نعم", "\"", "(", "أمس", ")", "."];
        assert_eq!(join_unit(&words), "قال: \"نعم\" (أمس).");
    }

    #[test]
    fn un_documents_are_their_sentence_lines() {
        let file = "# doc_id = a\n# source = x\nأول\nثان\n\n# doc_id = b\nثالث\n";
        let docs = un_documents(file);
        assert_eq!(docs["a"], "أول\nثان");
        assert_eq!(docs["b"], "ثالث");
    }

    #[test]
    fn wikinewsmax_documents_are_unit_ranges() {
        let file = "dediac\tx\n#\t#\nقسم\n\nعنوان\n\nجملة\n.\n\nأخرى\n";
        let sections = wnm_sections(file);
        assert_eq!(wnm_text(&sections, "0:1-2").unwrap(), "عنوان\nجملة.");
        assert!(wnm_text(&sections, "0:2-9").is_err());
        assert!(wnm_text(&sections, "zero").is_err());
    }
}
