//! The shared documents the dev golds refer to by id, rebuilt from the
//! shared data files. The gold stores document ids and code-point offsets,
//! never the documents' text, so the command-line scorers and the tests
//! that check the gold must rebuild each text the same way: one reader.

use std::collections::HashMap;

/// The UN documents of `UNv1.0_ar_docs_80pct.txt` by id: each
/// `# doc_id = …` block's sentence lines joined with "\n", other `# ` lines
/// skipped, a blank line ending the document (tests/gold/README.md and
/// tests/gold/statements/README.md state the rule).
pub fn un_documents(file: &str) -> HashMap<String, String> {
    let mut docs = HashMap::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in file.split('\n') {
        if let Some(id) = line.strip_prefix("# doc_id = ") {
            if let Some((id, lines)) = current.take() {
                docs.insert(id, lines.join("\n"));
            }
            current = Some((id.trim().to_string(), Vec::new()));
        } else if line.starts_with("# ") {
            continue;
        } else if line.is_empty() {
            if let Some((id, lines)) = current.take() {
                docs.insert(id, lines.join("\n"));
            }
        } else if let Some((_, lines)) = current.as_mut() {
            lines.push(line);
        }
    }
    if let Some((id, lines)) = current {
        docs.insert(id, lines.join("\n"));
    }
    docs
}
