// Bytes → text, with a report of everything the decoding decided or could
// not do. Nothing is dropped silently: an invalid byte becomes U+FFFD and is
// counted, a guessed encoding says it was guessed, and a file that is not
// text (PDF, image, archive, program) is refused by name.
//
// The report: { text, encoding, bom, invalid: { count, first }, format,
// warnings: [] } — `first` is the byte offset of the first invalid
// sequence (null when there is none); warnings are sentences in the
// interface language at the time of reading (or in `options.lang`), which
// the page shows as they are.
import { sniff, zipFormat } from './sniff.js';
import { extractHtml } from './extract-html.js';
import { readZipEntries, extractDocx } from './extract-docx.js';
import { pause } from './pause.js';
import { tIn, saidIn, currentLang } from './i18n-views.js';
import { finish } from './report.js';

export { describe, textReport } from './report.js';

/** A file Bayan cannot read as text; `message` is for the user. */
export class UnsupportedFile extends Error {
  constructor(kind, message) {
    super(message);
    this.name = 'UnsupportedFile';
    this.kind = kind;
  }
}

/** Legacy Arabic encodings tried, in order of preference on a tie. */
const LEGACY = ['windows-1256', 'iso-8859-6'];

/**
 * Reads `file` (a File or Blob with a name) into a report. Throws
 * `UnsupportedFile` for anything that is not text, HTML or .docx.
 * `options.encoding` forces an encoding (a TextDecoder label);
 * `options.lang` is the language of the messages (default: the page's).
 */
export async function decodeFile(file, options = {}) {
  return decodeBytes(new Uint8Array(await file.arrayBuffer()), file.name ?? '', options);
}

/** As `decodeFile`, from bytes and a file name. */
export async function decodeBytes(bytes, name = '', options = {}) {
  const lang = options.lang ?? currentLang();
  const what = sniff(bytes);
  if (what?.kind === 'zip') return decodeZip(bytes, name, lang);
  if (what) {
    throw new UnsupportedFile(what.kind, saidIn(lang, 'notReadable', name, what[lang]));
  }
  const report = await decodeText(bytes, options.encoding, lang);
  if (/\.x?html?$/i.test(name) || (!/\.(txt|md|markdown|text)$/i.test(name) && looksLikeHtml(report.text))) {
    const html = extractHtml(report.text, lang);
    report.text = html.text;
    report.format = 'html';
    report.warnings.push(...html.warnings);
  }
  return finish(report, lang);
}

/**
 * Decodes text bytes: BOM first, then BOM-less UTF-16, then strict UTF-8
 * (or UTF-8 with a few invalid bytes), then the legacy Arabic encoding whose decoding looks most like Arabic;
 * failing all, UTF-8 with every invalid sequence shown as U+FFFD.
 */
export async function decodeText(bytes, forced, lang = currentLang()) {
  const report = { text: '', encoding: '', bom: false, invalid: { count: 0, first: null }, format: 'text', warnings: [] };
  const bom = bomOf(bytes);
  if (forced) {
    const label = new TextDecoder(forced).encoding; // throws RangeError on an unknown label
    const skip = bom && bom.encoding === label ? bom.length : 0;
    report.bom = skip > 0;
    return decodeAs(report, bytes, label, skip, lang);
  }
  if (bom) {
    report.bom = true;
    return decodeAs(report, bytes, bom.encoding, bom.length, lang);
  }
  // Before UTF-8: BOM-less UTF-16 of Arabic or Latin text is often valid
  // UTF-8 too (every byte below 0x80), but dense with 0x00 or 0x06.
  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    await decodeAs(report, bytes, utf16, 0, lang);
    report.warnings.push(saidIn(lang, 'bomlessUtf16', utf16.toUpperCase()));
    return report;
  }
  try {
    report.text = await decodeWith('utf-8', bytes, true);
    report.encoding = 'utf-8';
    return report;
  } catch {
    // not UTF-8: keep looking
  }
  // UTF-8 with a few bad bytes (a truncated download, a stray Latin-1
  // byte) has far more valid multi-byte sequences than invalid ones; text in
  // a legacy encoding has almost none.
  const utf8 = invalidUtf8(bytes);
  if (utf8.valid > 4 * utf8.count) return decodeAs(report, bytes, 'utf-8', 0, lang);
  const legacy = bestLegacy(bytes);
  if (legacy) {
    await decodeAs(report, bytes, legacy.encoding, 0, lang);
    report.warnings.push(saidIn(lang, 'legacyEncoding', legacy.encoding, Math.round(legacy.ratio * 100)));
    return report;
  }
  return decodeAs(report, bytes, 'utf-8', 0, lang);
}

async function decodeAs(report, bytes, encoding, skip, lang) {
  const body = bytes.subarray(skip);
  report.encoding = encoding;
  try {
    report.text = await decodeWith(encoding, body, true);
    return report;
  } catch {
    report.text = await decodeWith(encoding, body, false);
  }
  const { count, first } = countInvalid(body, encoding);
  report.invalid = { count, first: first === null ? null : first + skip };
  report.warnings.push(saidIn(lang, count === 1 ? 'invalidBytes1' : 'invalidBytes', count, encoding.toUpperCase(), first + skip));
  return report;
}

/**
 * Bytes decoded per step of `decodeWith`: a few tens of milliseconds. UTF-8
 * Arabic decodes at about 13 ms a megabyte in Chromium here (4 MB: 52 ms),
 * so 8 MB steps were tasks of a tenth of a second.
 */
const SLICE_BYTES = 2 << 20;

/**
 * `bytes` decoded as `encoding` a slice at a time, with a pause between
 * slices. With `fatal`, an invalid sequence throws, as one call would; a
 * sequence cut by a slice's end is completed by the next (`stream`).
 */
async function decodeWith(encoding, bytes, fatal) {
  const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
  const parts = [];
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    const last = at + SLICE_BYTES >= bytes.length;
    parts.push(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: !last }));
    if (!last) await pause();
  }
  return parts.join('');
}

function bomOf(b) {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: one byte of each pair is the high byte, and in
 * Arabic or Latin text that is 0x00 or 0x06 nearly always, while the other
 * byte varies. Looks at the first 4 KB.
 */
function bomlessUtf16(bytes) {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  const high = [0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0x00 || bytes[i] === 0x06) high[i & 1]++;
  const half = n / 2;
  if (high[1] / half > 0.6 && high[0] / half < 0.2) return 'utf-16le';
  if (high[0] / half > 0.6 && high[1] / half < 0.2) return 'utf-16be';
  return null;
}

/**
 * The legacy encoding under which the non-ASCII characters are most often
 * Arabic letters, if that share is high enough to trust (≥ 60 %). Replaced
 * (undefined) bytes count against an encoding.
 */
function bestLegacy(bytes) {
  let best = null;
  for (const encoding of LEGACY) {
    const text = new TextDecoder(encoding).decode(bytes.subarray(0, 1 << 20));
    let arabic = 0;
    let other = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) continue;
      if ((c >= 0x0620 && c <= 0x065f) || c === 0x060c || c === 0x061b || c === 0x061f) arabic++;
      else other += c === 0xfffd ? 2 : 1;
    }
    const ratio = arabic / Math.max(1, arabic + other);
    if (ratio >= 0.6 && (!best || ratio > best.ratio)) best = { encoding, ratio };
  }
  return best;
}

/**
 * How many invalid sequences `bytes` hold in `encoding` and where the first
 * starts. Counts as TextDecoder replaces: one U+FFFD per maximal invalid
 * subpart, so the count equals the replacement characters added. For
 * UTF-8, `valid` counts the well-formed multi-byte sequences too.
 */
function countInvalid(bytes, encoding) {
  if (encoding === 'utf-8') return invalidUtf8(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return invalidUtf16(bytes, encoding === 'utf-16le');
  // Single-byte encodings: a byte is invalid when it decodes to U+FFFD alone.
  const table = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  let count = 0;
  let first = null;
  for (let i = 0; i < bytes.length; i++) {
    if (table.charCodeAt(bytes[i]) === 0xfffd) {
      count++;
      first ??= i;
    }
  }
  return { count, first };
}

function invalidUtf8(b) {
  let valid = 0;
  let count = 0;
  let first = null;
  let i = 0;
  const bad = (at) => {
    count++;
    first ??= at;
  };
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    const start = i;
    i++;
    let ok = true;
    for (let k = 0; k < need; k++, i++) {
      const d = b[i];
      if (i >= b.length || d < lo || d > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    if (ok) valid++;
    else bad(start);
  }
  return { count, first, valid };
}

function invalidUtf16(b, le) {
  let count = 0;
  let first = null;
  const n = b.length & ~1;
  const unit = (i) => (le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  // A lead surrogate in the last unit and an odd byte after it are one
  // error, as TextDecoder (and the WHATWG decoder) reports them.
  let leadAtEnd = false;
  for (let i = 0; i < n; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < n ? unit(i + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else {
        count++;
        first ??= i;
        leadAtEnd = next < 0;
      }
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      count++;
      first ??= i;
    }
  }
  if (b.length & 1 && !leadAtEnd) {
    count++;
    first ??= b.length - 1;
  }
  return { count, first };
}

/** A text that starts like an HTML document (for files with no extension). */
function looksLikeHtml(text) {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

async function decodeZip(bytes, name, lang) {
  let entries;
  try {
    entries = readZipEntries(bytes);
  } catch (e) {
    throw new UnsupportedFile('zip', saidIn(lang, 'badZip', name, e.message));
  }
  const what = zipFormat(entries.map((e) => e.name));
  if (what?.format !== 'docx') {
    const kind = what ? what[lang] : tIn(lang, 'zipArchive');
    throw new UnsupportedFile('zip', saidIn(lang, 'notReadable', name, kind));
  }
  let docx;
  try {
    docx = await extractDocx(bytes, entries, (raw) => decodeText(raw, undefined, lang), lang);
  } catch (e) {
    throw new UnsupportedFile('docx', saidIn(lang, 'badDocx', name, e.message));
  }
  return finish({
    text: docx.text,
    encoding: 'utf-8',
    bom: false,
    invalid: docx.invalid,
    format: 'docx',
    warnings: docx.warnings,
  }, lang);
}
