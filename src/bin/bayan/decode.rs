//! Bytes → text for the CLI, with the same detection and report as the page
//! (www/decode.js): BOM; BOM-less UTF-16; strict UTF-8, or UTF-8 with a few
//! invalid sequences; else the legacy Arabic encoding (Windows-1256,
//! ISO-8859-6) whose decoding is most Arabic; else UTF-8 with replacements.
//! Invalid sequences become U+FFFD and are counted with the byte offset of
//! the first: nothing is dropped silently.

use encoding_rs::{DecoderResult, Encoding, ISO_8859_6, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1256};

/// Decoded text and what the decoding decided.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding's WHATWG name, e.g. `UTF-8`, `windows-1256`.
    pub encoding: &'static str,
    pub bom: bool,
    /// Invalid sequences, each shown as U+FFFD.
    pub invalid: usize,
    /// Byte offset of the first invalid sequence.
    pub first_invalid: Option<usize>,
    /// What a person should know, one sentence each.
    pub notes: Vec<String>,
}

/// Decodes `bytes`, in `forced` when given, else in the detected encoding.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Decoded {
    let bom = Encoding::for_bom(bytes);
    if let Some(encoding) = forced {
        let skip = bom.filter(|(e, _)| *e == encoding).map_or(0, |(_, n)| n);
        return decode_as(bytes, encoding, skip, skip > 0);
    }
    if let Some((encoding, skip)) = bom {
        return decode_as(bytes, encoding, skip, true);
    }
    // Before UTF-8: BOM-less UTF-16 of Arabic or Latin text is often valid
    // UTF-8 too (every byte below 0x80), but dense with 0x00 or 0x06.
    if let Some(encoding) = bomless_utf16(bytes) {
        let mut d = decode_as(bytes, encoding, 0, false);
        d.notes.insert(0, format!("read as {} without a byte-order mark (detected)", encoding.name()));
        return d;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_string(),
            encoding: UTF_8.name(),
            bom: false,
            invalid: 0,
            first_invalid: None,
            notes: vec![],
        };
    }
    // UTF-8 with a few bad bytes has far more valid multi-byte sequences
    // than invalid ones; text in a legacy encoding has almost none.
    let (valid, invalid) = utf8_sequences(bytes);
    if valid > 4 * invalid {
        return decode_as(bytes, UTF_8, 0, false);
    }
    if let Some((encoding, ratio)) = best_legacy(bytes) {
        let mut d = decode_as(bytes, encoding, 0, false);
        d.notes.insert(
            0,
            format!(
                "not UTF-8; read as {} ({:.0}% of its non-ASCII characters are Arabic letters); force another with --encoding",
                encoding.name(),
                ratio * 100.0
            ),
        );
        return d;
    }
    decode_as(bytes, UTF_8, 0, false)
}

/// Decodes with replacement, counting each invalid sequence.
fn decode_as(bytes: &[u8], encoding: &'static Encoding, skip: usize, bom: bool) -> Decoded {
    let input = &bytes[skip..];
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder.max_utf8_buffer_length_without_replacement(input.len()).unwrap_or(input.len()),
    );
    let (mut read, mut invalid, mut first_invalid) = (0, 0, None);
    loop {
        let (result, n) = decoder.decode_to_string_without_replacement(&input[read..], &mut text, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => text.reserve(input.len() - read + 16),
            DecoderResult::Malformed(bad, after) => {
                invalid += 1;
                first_invalid.get_or_insert(skip + read - after as usize - bad as usize);
                text.push('\u{FFFD}');
            }
        }
    }
    let mut notes = vec![];
    if let Some(first) = first_invalid {
        notes.push(format!(
            "{invalid} invalid {} sequence{} (first at byte {first}), each shown as U+FFFD",
            encoding.name(),
            if invalid == 1 { "" } else { "s" }
        ));
    }
    Decoded { text, encoding: encoding.name(), bom, invalid, first_invalid, notes }
}

/// Well-formed multi-byte sequences and invalid ones, as from_utf8_lossy
/// would replace them.
fn utf8_sequences(bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    (valid, invalid)
}

/// UTF-16 without a BOM: one byte of each pair is nearly always 0x00 or
/// 0x06 (Latin or Arabic), the other varies. Looks at the first 4 KB.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let n = bytes.len().min(4096) & !1;
    if n < 4 {
        return None;
    }
    let mut high = [0usize; 2];
    for (i, &b) in bytes[..n].iter().enumerate() {
        if b == 0x00 || b == 0x06 {
            high[i & 1] += 1;
        }
    }
    let half = (n / 2) as f64;
    let (even, odd) = (high[0] as f64 / half, high[1] as f64 / half);
    if odd > 0.6 && even < 0.2 {
        Some(UTF_16LE)
    } else if even > 0.6 && odd < 0.2 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The legacy encoding under which the most non-ASCII characters are Arabic
/// letters, with that share, if it is at least 60%. Looks at the first MB.
fn best_legacy(bytes: &[u8]) -> Option<(&'static Encoding, f64)> {
    let sample = &bytes[..bytes.len().min(1 << 20)];
    let mut best: Option<(&'static Encoding, f64)> = None;
    for encoding in [WINDOWS_1256, ISO_8859_6] {
        let (text, _) = encoding.decode_without_bom_handling(sample);
        let (mut arabic, mut other) = (0usize, 0usize);
        for c in text.chars().filter(|c| !c.is_ascii()) {
            match c {
                '\u{0620}'..='\u{065F}' | '،' | '؛' | '؟' => arabic += 1,
                '\u{FFFD}' => other += 2,
                _ => other += 1,
            }
        }
        let ratio = arabic as f64 / (arabic + other).max(1) as f64;
        if ratio >= 0.6 && best.is_none_or(|(_, r)| ratio > r) {
            best = Some((encoding, ratio));
        }
    }
    best
}

#[cfg(test)]
#[path = "../../../tests/cases/reader.rs"]
#[allow(dead_code)]
mod case_reader;

/// The cases of tests/cases/decode.tsv, each with its bytes.
#[cfg(test)]
pub fn cases() -> Vec<(case_reader::Case, Vec<u8>)> {
    case_reader::read("decode.tsv")
        .into_iter()
        .map(|case| {
            let bytes = case.get("bytes").split(" ++ ").flat_map(piece).collect();
            (case, bytes)
        })
        .collect()
}

/// The bytes of one piece of a case's `bytes` column (see the file's header).
#[cfg(test)]
fn piece(spec: &str) -> Vec<u8> {
    let (kind, payload) = spec.split_once(':').unwrap_or_else(|| panic!("piece {spec:?} has no kind"));
    let encode = |encoding: &'static Encoding| {
        let (bytes, _, unmappable) = encoding.encode(payload);
        assert!(!unmappable, "{payload:?} cannot be written in {}", encoding.name());
        bytes.into_owned()
    };
    match kind {
        "hex" => (0..payload.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&payload[i..i + 2], 16).expect("hex bytes"))
            .collect(),
        "utf8" => payload.as_bytes().to_vec(),
        "utf16le" => payload.encode_utf16().flat_map(u16::to_le_bytes).collect(),
        "utf16be" => payload.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        "windows-1256" => encode(WINDOWS_1256),
        "iso-8859-6" => encode(ISO_8859_6),
        "fill" => {
            let (byte, n) = payload.split_once('*').expect("fill:HH*N");
            vec![u8::from_str_radix(byte, 16).expect("fill byte"); n.parse().expect("fill count")]
        }
        "noise" => (0..payload.parse::<usize>().expect("noise:N")).map(|i| (i * 7919) as u8).collect(),
        other => panic!("unknown piece kind {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sniff::sniff;

    #[test]
    fn the_shared_cases_decode_as_the_page_decodes_them() {
        for (case, bytes) in cases() {
            let at = case.at("decode.tsv");
            let refusal = case.get("refusal");
            let found = sniff(&bytes).map(|n| format!("{}: {}", n.kind, n.name));
            if !refusal.is_empty() {
                assert_eq!(found.as_deref(), Some(refusal), "{at}");
                continue;
            }
            assert_eq!(found, None, "{at}: refused");
            let forced = match case.get("forced") {
                "" => None,
                label => Some(Encoding::for_label(label.as_bytes()).expect("a known label")),
            };
            let d = decode(&bytes, forced);
            let first = d.first_invalid.map_or("-".to_string(), |n| n.to_string());
            assert_eq!(
                (
                    d.encoding.to_ascii_lowercase(),
                    if d.bom { "yes" } else { "no" },
                    d.invalid.to_string(),
                    first
                ),
                (
                    case.get("encoding").to_string(),
                    case.get("bom"),
                    case.get("invalid").to_string(),
                    case.get("first").to_string()
                ),
                "{at}: encoding, bom, invalid, first"
            );
            assert_eq!(d.text, case.get("text"), "{at}: text");
        }
    }

    #[test]
    fn a_guess_is_said_to_be_one() {
        for encoding in [WINDOWS_1256, ISO_8859_6] {
            let (bytes, _, _) = encoding.encode("عقد الاجتماع في جدة، وحضره ممثلو الدول الأعضاء.");
            let d = decode(&bytes, None);
            assert!(d.notes[0].contains(encoding.name()), "{:?}", d.notes);
        }
        let d = decode(&[b'o', b'k', 0xFF], None);
        assert_eq!(d.notes, ["1 invalid UTF-8 sequence (first at byte 2), each shown as U+FFFD"]);
    }
}
