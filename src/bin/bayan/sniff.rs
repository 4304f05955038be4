//! What a file is, from its first bytes (magic numbers), so that a PDF, an
//! image or a program is named and refused instead of read as mojibake. The
//! same rules as the page's (www/sniff.js): both are tested against the
//! cases in tests/cases/decode.tsv, each signature below with a case of its
//! own, so the two tables cannot drift apart.

/// Bytes that are not text: a kind (pdf, image, media, zip, archive, office,
/// executable, database, font, binary) and a name for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotText {
    pub kind: &'static str,
    pub name: &'static str,
}

/// Signatures: bytes at an offset, kind, name. The first match wins, so a
/// longer signature stands before a shorter one it extends.
const SIGNATURES: &[(usize, &[u8], &str, &str)] = &[
    (0, b"%PDF-", "pdf", "PDF document"),
    (0, &[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image", "PNG image"),
    (0, &[0xFF, 0xD8, 0xFF], "image", "JPEG image"),
    (0, b"GIF87a", "image", "GIF image"),
    (0, b"GIF89a", "image", "GIF image"),
    (0, &[0x49, 0x49, 0x2A, 0x00], "image", "TIFF image"),
    (0, &[0x4D, 0x4D, 0x00, 0x2A], "image", "TIFF image"),
    (0, &[0x00, 0x00, 0x01, 0x00], "image", "ICO icon"),
    (8, b"WEBP", "image", "WebP image"),
    (4, b"ftypavif", "image", "AVIF image"),
    (4, b"ftypheic", "image", "HEIC image"),
    (4, b"ftyp", "media", "MP4 media"),
    (8, b"WAVE", "media", "WAV audio"),
    (8, b"AVI ", "media", "AVI video"),
    (0, b"ID3", "media", "MP3 audio"),
    (0, b"OggS", "media", "Ogg media"),
    (0, b"fLaC", "media", "FLAC audio"),
    (0, &[0x1A, 0x45, 0xDF, 0xA3], "media", "WebM/Matroska video"),
    (0, &[0x50, 0x4B, 0x03, 0x04], "zip", "ZIP archive"),
    (0, &[0x50, 0x4B, 0x05, 0x06], "zip", "ZIP archive"),
    (0, &[0x1F, 0x8B], "archive", "gzip archive"),
    (0, b"BZh", "archive", "bzip2 archive"),
    (0, &[0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "archive", "xz archive"),
    (0, &[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "archive", "7z archive"),
    (0, b"Rar!", "archive", "RAR archive"),
    (0, &[0x28, 0xB5, 0x2F, 0xFD], "archive", "zstd archive"),
    (257, b"ustar", "archive", "tar archive"),
    (0, &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "office", "legacy Office document"),
    (0, b"{\\rtf", "office", "RTF document"),
    (0, &[0x7F, 0x45, 0x4C, 0x46], "executable", "ELF executable"),
    (0, b"MZ", "executable", "Windows executable"),
    (0, &[0xCF, 0xFA, 0xED, 0xFE], "executable", "Mach-O executable"),
    (0, &[0xFE, 0xED, 0xFA, 0xCF], "executable", "Mach-O executable"),
    (0, &[0xCA, 0xFE, 0xBA, 0xBE], "executable", "Mach-O or Java class"),
    (0, &[0x00, 0x61, 0x73, 0x6D], "executable", "WebAssembly module"),
    (0, b"SQLite format 3", "database", "SQLite database"),
    (0, b"wOFF", "font", "WOFF font"),
    (0, b"wOF2", "font", "WOFF2 font"),
    (0, b"OTTO", "font", "OpenType font"),
];

/// The kind of file `bytes` hold when it is not text, or `None` when the
/// bytes may be text in an encoding Bayan reads.
pub fn sniff(bytes: &[u8]) -> Option<NotText> {
    for &(at, sig, kind, name) in SIGNATURES {
        if bytes.get(at..at + sig.len()) == Some(sig) {
            return Some(NotText { kind, name });
        }
    }
    (!has_text_bom(bytes) && looks_binary(bytes)).then_some(NotText { kind: "binary", name: "binary file" })
}

/// A UTF-8 or UTF-16 byte-order mark: the file says it is text.
fn has_text_bom(b: &[u8]) -> bool {
    b.starts_with(&[0xEF, 0xBB, 0xBF]) || b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF])
}

/// Whether the first 64 KB look like binary data rather than text. Text may
/// hold a stray NUL or control; binary data is dense with them. UTF-16
/// without a BOM is dense with 0x00 (Latin) or 0x06 (Arabic) on one side
/// only, so bytes are counted by parity and a file is binary only when both
/// sides are noisy.
fn looks_binary(bytes: &[u8]) -> bool {
    let n = bytes.len().min(65536);
    if n == 0 {
        return false;
    }
    let mut noisy = [0usize; 2];
    for (i, &b) in bytes[..n].iter().enumerate() {
        if b < 0x20 && !matches!(b, 0x09 | 0x0A | 0x0D | 0x0C | 0x1B) {
            noisy[i & 1] += 1;
        }
    }
    let half = n as f64 / 2.0;
    noisy[0] as f64 / half > 0.1 && noisy[1] as f64 / half > 0.1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::cases;

    #[test]
    fn every_signature_has_its_case() {
        let cases = cases();
        for &(at, sig, kind, name) in SIGNATURES {
            let expected = format!("{kind}: {name}");
            assert!(
                cases
                    .iter()
                    .any(|(c, bytes)| c.get("refusal") == expected
                        && bytes.get(at..at + sig.len()) == Some(sig)),
                "the signature of {name} at {at} has no case in tests/cases/decode.tsv"
            );
        }
    }
}
