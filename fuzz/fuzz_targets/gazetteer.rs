//! Bytes → Gazetteer::add_tsv → analyze a fixed text and the TSV with it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| bayan_fuzz::check_gazetteer(data));
