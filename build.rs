//! Copies the word lists of `src/data/` into `OUT_DIR` without their `#`
//! header lines, for `src/data.rs` to embed.
//!
//! The headers (source, licence, how the file was generated) belong in the
//! repository, not in the browser's download: stripped, the lists weigh
//! about 3 KB less of brotli in the wasm module. Each header line becomes
//! an empty line, so line numbers in error messages still match the files.
//! The wide lists of `src/data/wide/` are copied the same way, and so are
//! the rare stems at the end of `clitics-stems.tsv`, into `wide/` as well:
//! only native builds embed them (see `src/data.rs`).

use std::{env, fs, path::Path};

/// The line before the rare stems of `clitics-stems.tsv`
/// (scripts/clitic-lexicon.py).
const RARE_STEMS: &str = "# rare stems";

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    for dir in ["", "wide"] {
        let (from, to) = (Path::new("src/data").join(dir), out.join(dir));
        fs::create_dir_all(&to).expect("OUT_DIR is writable");
        println!("cargo:rerun-if-changed={}", from.display());
        for entry in fs::read_dir(&from).expect("src/data and src/data/wide exist") {
            let path = entry.expect("src/data is readable").path();
            if path.extension().is_none_or(|e| e != "tsv") {
                continue;
            }
            let text = fs::read_to_string(&path).expect("the lists are UTF-8");
            let lines: Vec<&str> = text.lines().collect();
            let body = |lines: &[&str]| -> String {
                lines
                    .iter()
                    .map(|l| if l.starts_with('#') { "\n".to_string() } else { format!("{l}\n") })
                    .collect()
            };
            let name = path.file_name().unwrap();
            // The clitic stems file lists its rare stems last, after a line
            // of their own: they become wide/clitics-stems.tsv, which only
            // native builds embed (the page fetches them, src/data.rs).
            if let Some(rare) = lines.iter().position(|l| l.starts_with(RARE_STEMS)) {
                fs::create_dir_all(out.join("wide")).expect("OUT_DIR is writable");
                fs::write(out.join("wide").join(name), body(&lines[rare..])).expect("OUT_DIR is writable");
                fs::write(to.join(name), body(&lines[..rare])).expect("OUT_DIR is writable");
                continue;
            }
            fs::write(to.join(name), body(&lines)).expect("OUT_DIR is writable");
        }
    }
}
