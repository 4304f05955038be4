// The text of a Word (.docx) file: a ZIP archive whose word/document.xml
// holds the paragraphs. The archive is read here directly — its central
// directory names every entry and where it starts — and the one entry
// needed is inflated with the browser's DecompressionStream, so no ZIP
// library ships with the page. Each <w:p> becomes one line; tabs and
// breaks inside a paragraph are kept; deleted (tracked) text and field
// codes are not text and are left out.
import { saidIn, currentLang } from './i18n-views.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The most document.xml may inflate to: beyond it the file is refused (a ZIP bomb or not a statement). */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

/**
 * The entries of a ZIP archive, from its central directory: `{ name,
 * method, flags, crc, compressedSize, size, offset }` each. Throws on a
 * malformed archive (the message says what is wrong).
 */
export function readZipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (at === 0xffffffff || count === 0xffff) throw new Error('ZIP64 archives are not supported');
  const entries = [];
  const names = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * `{ text, invalid, warnings }` of a .docx's bytes. `decodeText(bytes)`
 * decodes the XML and reports invalid bytes (passed in to keep one decoder).
 */
export async function extractDocx(bytes, entries, decodeText, lang = currentLang()) {
  const entry = entries.find((e) => e.name === 'word/document.xml');
  if (!entry) throw new Error('no word/document.xml');
  const warnings = [];
  const raw = await readEntry(bytes, entry);
  if (crc32(raw) !== entry.crc) warnings.push(saidIn(lang, 'docxCrc'));
  const decoded = await decodeText(raw);
  warnings.push(...decoded.warnings);
  if (/<!(DOCTYPE|ENTITY)/i.test(decoded.text.slice(0, 4096))) throw new Error('document.xml declares a DTD, which Word never writes');
  const doc = new DOMParser().parseFromString(decoded.text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('word/document.xml is not well-formed XML');
  return { text: paragraphs(doc), invalid: decoded.invalid, warnings };
}

/** One line per paragraph, in document order; nested paragraphs (text boxes) get their own. */
function paragraphs(doc) {
  const lines = [];
  const open = [];
  const stack = [[doc.documentElement, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop();
    const isP = node.namespaceURI === W && node.localName === 'p';
    if (exiting) {
      if (isP) lines.push(open.pop());
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    if (node.namespaceURI === W) {
      const name = node.localName;
      if (name === 't' && open.length) {
        open[open.length - 1] += node.textContent;
        continue;
      }
      if ((name === 'tab' || name === 'ptab') && open.length) open[open.length - 1] += '\t';
      else if ((name === 'br' || name === 'cr') && open.length) open[open.length - 1] += '\n';
      else if (name === 'noBreakHyphen' && open.length) open[open.length - 1] += '\u2011';
      else if (name === 'delText' || name === 'instrText') continue;
    }
    if (isP) open.push('');
    stack.push([node, true]);
    for (let c = node.lastChild; c; c = c.previousSibling) if (c.nodeType === Node.ELEMENT_NODE) stack.push([c, false]);
  }
  return lines.join('\n');
}

/** The entry's uncompressed bytes (stored or deflated), bounded. */
async function readEntry(bytes, entry) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new Error('broken local header');
  if (entry.flags & 1) throw new Error('the document is encrypted');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error('the archive is truncated');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new Error(`compression method ${entry.method} is not supported`);
  const limit = Math.min(MAX_XML_BYTES, entry.size);
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const out = new Uint8Array(limit);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.length > limit) {
      await reader.cancel();
      throw new Error(entry.size > MAX_XML_BYTES ? 'the document is too large' : 'the document inflates beyond its declared size');
    }
    out.set(value, length);
    length += value.length;
  }
  return out.subarray(0, length);
}

let CRC_TABLE;

/** CRC-32 (IEEE), as ZIP stores it. */
export function crc32(bytes) {
  CRC_TABLE ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
