//! Reads the data-driven case files in tests/cases/*.tsv.
//!
//! Format: UTF-8, one case per line, fields separated by a TAB; the first
//! non-comment line names the columns; lines starting with `#` and blank
//! lines are skipped. In fields, `\u{XXXX}`, `\n`, `\t` and `\\` are
//! escapes, so invisible characters stay visible in the file.

use std::collections::HashMap;

pub struct Case {
    pub line: usize,
    fields: HashMap<String, String>,
}

impl Case {
    /// The field in `column`; panics with the line number when missing.
    pub fn get(&self, column: &str) -> &str {
        self.fields.get(column).unwrap_or_else(|| panic!("line {}: no column {column:?}", self.line))
    }

    /// Where this case is, for failure messages, with what it guards
    /// against when its file has a `guards` column.
    pub fn at(&self, file: &str) -> String {
        match self.fields.get("guards").map(String::as_str) {
            None | Some("") => format!("tests/cases/{file}:{} ({})", self.line, self.get("name")),
            Some(g) => format!("tests/cases/{file}:{} ({}; guards: {g})", self.line, self.get("name")),
        }
    }
}

pub fn read(file: &str) -> Vec<Case> {
    let path = format!("{}/tests/cases/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut header: Option<Vec<String>> = None;
    let mut cases = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(unescape).collect();
        let Some(header) = &header else {
            header = Some(cols);
            continue;
        };
        assert!(cols.len() <= header.len(), "{path}:{}: more fields than columns", i + 1);
        let fields: HashMap<String, String> =
            header.iter().cloned().zip(cols.into_iter().chain(std::iter::repeat(String::new()))).collect();
        let case = Case { line: i + 1, fields };
        assert!(!case.get("name").is_empty(), "{path}:{}: every case needs a name", i + 1);
        assert!(names.insert(case.get("name").to_string()), "{path}:{}: duplicate case name", i + 1);
        cases.push(case);
    }
    assert!(!cases.is_empty(), "{path} has no cases");
    cases
}

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let code = u32::from_str_radix(&hex, 16).expect("bad \\u{…} escape");
                out.push(char::from_u32(code).expect("\\u{…} is not a char"));
            }
            other => panic!("unknown escape \\{other:?} in {field:?}"),
        }
    }
    out
}
