//! Copies the word lists of `src/data/` into `OUT_DIR` without their `#`
//! header lines, for `src/data.rs` to embed.
//!
//! The headers (source, licence, how the file was generated) belong in the
//! repository, not in the browser's download: stripped, the lists weigh
//! about 3 KB less of brotli in the wasm module. Each header line becomes
//! an empty line, so line numbers in error messages still match the files.

use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=src/data");
    for entry in fs::read_dir("src/data").expect("src/data exists") {
        let path = entry.expect("src/data is readable").path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("the lists are UTF-8");
        let body: String = text
            .lines()
            .map(|l| if l.starts_with('#') { "\n".to_string() } else { format!("{l}\n") })
            .collect();
        fs::write(out.join(path.file_name().unwrap()), body).expect("OUT_DIR is writable");
    }
}
