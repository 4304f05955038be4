//! The invariants the fuzz targets check, shared by the libFuzzer targets
//! (fuzz/) and the stable smoke run (tests/fuzz_smoke.rs): for any bytes,
//! decoding then analysing never panics, and every span is in bounds, on
//! char boundaries and sorted, and converts to UTF-16 offsets that slice
//! the same text in JavaScript's units.

use bayan::span::{OffsetCursor, OffsetUnit, Span};
use bayan::{Analysis, Analyzer, Gazetteer};
use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1256};

/// Bytes → text the way a file would arrive: the first byte picks the
/// decoder (so the fuzzer explores UTF-16 and legacy input too), and invalid
/// sequences become U+FFFD as the page and the CLI show them.
pub fn decode(data: &[u8]) -> String {
    match data.split_first() {
        Some((0xFF, rest)) => UTF_16LE.decode_without_bom_handling(rest).0.into_owned(),
        Some((0xFE, rest)) => UTF_16BE.decode_without_bom_handling(rest).0.into_owned(),
        Some((0xFD, rest)) => WINDOWS_1256.decode_without_bom_handling(rest).0.into_owned(),
        _ => String::from_utf8_lossy(data).into_owned(),
    }
}

/// The whole pipeline on `data`.
pub fn check_pipeline(data: &[u8]) {
    let text = decode(data);
    check_analysis(&text, &bayan::analyze(&text));
}

/// A gazetteer read from `data` as TSV, then used on a fixed text and on
/// the TSV itself. A bad line is an error, never a panic.
pub fn check_gazetteer(data: &[u8]) {
    let tsv = String::from_utf8_lossy(data);
    let mut gazetteer = Gazetteer::new();
    match gazetteer.add_tsv("fuzz.tsv", &tsv) {
        Ok(n) => assert!(gazetteer.len() <= n, "more entries than lines"),
        Err(e) => {
            assert!(e.line >= 1, "error lines count from 1: {e}");
            assert!(gazetteer.is_empty(), "a failed load added entries");
        }
    }
    let analyzer = Analyzer::builtin().with_gazetteer(gazetteer);
    for text in [FIXED, &*tsv] {
        check_analysis(text, &analyzer.analyze(text));
    }
}

const FIXED: &str = "عقد الاجتماع بمقر منظمة التعاون الإسلامي في جدة يوم 14 أبريل 2016، ولمجلس الأمن «بيان».\nسطر ثانٍ 😀 www.example.org";

/// Every span of `a` is sound, and its UTF-16 offsets slice the same text.
pub fn check_analysis(text: &str, analysis: &Analysis) {
    let a = &analysis.lexed;
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let lists: [(&str, Vec<Span>); 3] = [
        ("token", a.tokens.iter().map(|t| t.span).collect()),
        ("sentence", a.sentences.clone()),
        ("entity", analysis.entities.iter().map(|e| e.span).collect()),
    ];
    for (what, spans) in lists {
        let mut cursor = OffsetCursor::new(text, OffsetUnit::Utf16);
        let mut last_end = 0;
        for (i, s) in spans.iter().enumerate() {
            assert!(
                s.start <= s.end && s.end <= text.len(),
                "{what} span {s:?} out of bounds ({})",
                text.len()
            );
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{what} span {s:?} not on char boundaries"
            );
            assert!(s.start >= last_end, "{what} spans unsorted or overlapping at {s:?}");
            last_end = s.end;
            let (u0, u1) = cursor.span(*s);
            let expect: Vec<u16> = s.of(text).encode_utf16().collect();
            assert_eq!(&utf16[u0..u1], &expect[..], "{what} span {s:?}: UTF-16 {u0}..{u1} slices other text");
            // utf16_to_byte walks from the start: checked on the first spans
            // only, so that a million tokens stay linear.
            if i < 64 {
                assert_eq!(bayan::span::utf16_to_byte(text, u0), Some(s.start), "UTF-16 → byte round trip");
            }
        }
    }
    for t in &a.tokens {
        assert!(!t.span.is_empty(), "empty token at {:?}", t.span);
        let surface = t.span.of(text);
        let form = a.form(t);
        let mut at = 0;
        for seg in &form.segments {
            assert!(
                seg.span.start == at && seg.span.end <= surface.len(),
                "segments of {surface:?} do not tile it"
            );
            assert!(surface.is_char_boundary(seg.span.end), "segment of {surface:?} splits a char");
            at = seg.span.end;
        }
        assert!(form.segments.is_empty() || at == surface.len(), "segments of {surface:?} do not cover it");
    }
    for e in &analysis.entities {
        assert!(!e.span.is_empty(), "empty entity at {:?}", e.span);
    }
}
