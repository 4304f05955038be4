//! Bytes → decode → analyze → every span sound and its UTF-16 offsets right.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| bayan_fuzz::check_pipeline(data));
