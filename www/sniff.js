// What a file is, from its first bytes (magic numbers), so that a PDF, an
// image or a program is named and refused instead of shown as mojibake.
// Names never decide alone: a `.txt` that is really a ZIP is a ZIP.

/**
 * Signatures: [bytes at offset, kind, human name (Arabic), English]. The
 * CLI has the same table (src/bin/bayan/sniff.rs); tests/cases/decode.tsv
 * has a case for each signature, and both test suites run every case.
 */
export const SIGNATURES = [
  [0, '%PDF-', 'pdf', 'مستند PDF', 'PDF document'],
  [0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image', 'صورة PNG', 'PNG image'],
  [0, [0xff, 0xd8, 0xff], 'image', 'صورة JPEG', 'JPEG image'],
  [0, 'GIF87a', 'image', 'صورة GIF', 'GIF image'],
  [0, 'GIF89a', 'image', 'صورة GIF', 'GIF image'],
  [0, [0x49, 0x49, 0x2a, 0x00], 'image', 'صورة TIFF', 'TIFF image'],
  [0, [0x4d, 0x4d, 0x00, 0x2a], 'image', 'صورة TIFF', 'TIFF image'],
  [0, [0x00, 0x00, 0x01, 0x00], 'image', 'أيقونة ICO', 'ICO icon'],
  [8, 'WEBP', 'image', 'صورة WebP', 'WebP image'],
  [4, 'ftypavif', 'image', 'صورة AVIF', 'AVIF image'],
  [4, 'ftypheic', 'image', 'صورة HEIC', 'HEIC image'],
  [4, 'ftyp', 'media', 'ملف فيديو أو صوت (MP4)', 'MP4 media'],
  [8, 'WAVE', 'media', 'ملف صوت WAV', 'WAV audio'],
  [8, 'AVI ', 'media', 'ملف فيديو AVI', 'AVI video'],
  [0, 'ID3', 'media', 'ملف صوت MP3', 'MP3 audio'],
  [0, 'OggS', 'media', 'ملف صوت أو فيديو Ogg', 'Ogg media'],
  [0, 'fLaC', 'media', 'ملف صوت FLAC', 'FLAC audio'],
  [0, [0x1a, 0x45, 0xdf, 0xa3], 'media', 'ملف فيديو WebM/MKV', 'WebM/Matroska video'],
  [0, [0x50, 0x4b, 0x03, 0x04], 'zip', 'أرشيف ZIP', 'ZIP archive'],
  [0, [0x50, 0x4b, 0x05, 0x06], 'zip', 'أرشيف ZIP', 'ZIP archive'],
  [0, [0x1f, 0x8b], 'archive', 'أرشيف gzip', 'gzip archive'],
  [0, 'BZh', 'archive', 'أرشيف bzip2', 'bzip2 archive'],
  [0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'archive', 'أرشيف xz', 'xz archive'],
  [0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'archive', 'أرشيف 7z', '7z archive'],
  [0, 'Rar!', 'archive', 'أرشيف RAR', 'RAR archive'],
  [0, [0x28, 0xb5, 0x2f, 0xfd], 'archive', 'أرشيف zstd', 'zstd archive'],
  [257, 'ustar', 'archive', 'أرشيف tar', 'tar archive'],
  [0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'office', 'مستند Office قديم (doc/xls/ppt)', 'legacy Office document'],
  [0, '{\\rtf', 'office', 'مستند RTF', 'RTF document'],
  [0, [0x7f, 0x45, 0x4c, 0x46], 'executable', 'برنامج تنفيذي (ELF)', 'ELF executable'],
  [0, 'MZ', 'executable', 'برنامج تنفيذي لويندوز (EXE/DLL)', 'Windows executable'],
  [0, [0xcf, 0xfa, 0xed, 0xfe], 'executable', 'برنامج تنفيذي (Mach-O)', 'Mach-O executable'],
  [0, [0xfe, 0xed, 0xfa, 0xcf], 'executable', 'برنامج تنفيذي (Mach-O)', 'Mach-O executable'],
  [0, [0xca, 0xfe, 0xba, 0xbe], 'executable', 'برنامج تنفيذي (Mach-O أو Java)', 'Mach-O or Java class'],
  [0, [0x00, 0x61, 0x73, 0x6d], 'executable', 'وحدة WebAssembly', 'WebAssembly module'],
  [0, 'SQLite format 3', 'database', 'قاعدة بيانات SQLite', 'SQLite database'],
  [0, 'wOFF', 'font', 'خط WOFF', 'WOFF font'],
  [0, 'wOF2', 'font', 'خط WOFF2', 'WOFF2 font'],
  [0, 'OTTO', 'font', 'خط OpenType', 'OpenType font'],
].map(([at, sig, kind, ar, en]) => ({
  at,
  bytes: typeof sig === 'string' ? [...sig].map((c) => c.charCodeAt(0)) : sig,
  kind,
  ar,
  en,
}));

/** Formats that are ZIP containers, by the file each one must hold. */
const ZIP_FORMATS = [
  ['word/document.xml', 'docx'],
  ['xl/workbook.xml', null, 'جدول Excel (xlsx)', 'Excel workbook'],
  ['ppt/presentation.xml', null, 'عرض PowerPoint (pptx)', 'PowerPoint presentation'],
  ['content.xml', null, 'مستند OpenDocument', 'OpenDocument file'],
  ['META-INF/container.xml', null, 'كتاب EPUB', 'EPUB book'],
];

/**
 * The kind of file `bytes` hold: `{ kind, ar, en }` for something that is
 * not text (kind: pdf, image, media, zip, archive, office, executable,
 * database, font, binary), or null when the bytes may be text.
 */
export function sniff(bytes) {
  for (const s of SIGNATURES) {
    if (s.at + s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[s.at + i] === b)) {
      return { kind: s.kind, ar: s.ar, en: s.en };
    }
  }
  if (!hasTextBom(bytes) && looksBinary(bytes)) return { kind: 'binary', ar: 'ملف ثنائي', en: 'binary file' };
  return null;
}

/** Which known ZIP-based format holds `names` (entry names), if any. */
export function zipFormat(names) {
  const set = new Set(names);
  for (const [entry, format, ar, en] of ZIP_FORMATS) {
    if (set.has(entry)) return { format, ar, en };
  }
  return null;
}

/** A UTF-8 or UTF-16 byte-order mark: the file says it is text. */
function hasTextBom(b) {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/**
 * Whether the first 64 KB look like binary data rather than text in any
 * encoding Bayan reads. Text may hold a stray NUL or control (they are shown
 * and reported); binary data is dense with them. UTF-16 without a BOM is
 * dense with 0x00 (Latin) or 0x06 (Arabic) on one side only, so bytes are
 * counted by parity and a file is binary only when both sides are noisy.
 */
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 65536);
  if (n === 0) return false;
  const noisy = [0, 0];
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) noisy[i & 1]++;
  }
  const half = n / 2;
  return noisy[0] / half > 0.1 && noisy[1] / half > 0.1;
}
