// Invisible and bidirectional controls, made visible instead of obeyed.
//
// A right-to-left override (U+202E) can make a reader see text in another
// order than the one it is stored in (Trojan Source); zero-width characters
// hide inside words; NUL and other C0/C1 controls render as nothing. Bayan
// shows the original text, so each such character is wrapped in a
// `<span class="ctl" data-ctl="RLO">` that still holds the character itself
// (copying and `textContent` give back the exact input) while the stylesheet
// (`adoptControlStyles`) isolates it — an override cannot reach past an isolate's
// end — hides the glyph and draws the marker ⟨RLO⟩ from the attribute.
import { pause } from './pause.js';
import { CONTROL_NAMES } from './core-facts.js';

/** Names from the core's one table (src/chars.rs, generated into core-facts.js). */
const NAMES = new Map(/** @type {[number, string][]} */ (CONTROL_NAMES));

const hex4 = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');

/**
 * Every character the reader must not show raw: C0 controls but tab, line
 * feed and carriage return; DEL and C1; the named format characters (the
 * core's table, all in the BMP); tag characters (U+E0000–E007F, used to
 * smuggle hidden ASCII); and lone surrogates. A table of code units, looked
 * up in one loop: six times as fast as a regex over Arabic text (a
 * megabyte of text in about 8 ms against 50).
 */
const CONTROL_UNIT = new Uint8Array(0x10000);
for (let u = 0; u <= 0x9f; u++) CONTROL_UNIT[u] = Number((u < 0x20 && u !== 0x09 && u !== 0x0a && u !== 0x0d) || u >= 0x7f);
for (const [cp] of CONTROL_NAMES) CONTROL_UNIT[cp] = 1;

/**
 * The index of the first control in `text` at or after `from` (before
 * `to`), or -1. A surrogate counts when it is lone, or as the first half of
 * a tag character (then the control is two units long: `controlLength`).
 */
function nextControl(text, from, to = text.length) {
  for (let i = from; i < to; i++) {
    const u = text.charCodeAt(i);
    if (u < 0xd800 || u > 0xdfff) {
      if (CONTROL_UNIT[u]) return i;
    } else if (u < 0xdc00) {
      const next = text.charCodeAt(i + 1);
      if (!isLowSurrogate(next) || (u === 0xdb40 && next <= 0xdc7f)) return i;
      i++;
    } else if (!(i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) return i;
  }
  return -1;
}

/** How many code units the control at `i` takes: 2 for a tag character. */
const controlLength = (text, i) => (text.charCodeAt(i) === 0xdb40 && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1);

/** The marker name of one control (a string of one or two code units). */
export function controlName(ch) {
  const cp = ch.codePointAt(0);
  if (NAMES.has(cp)) return NAMES.get(cp);
  if (cp >= 0xe0000 && cp <= 0xe007f) return `TAG ${String.fromCharCode(cp - 0xe0000).replace(/[^\x21-\x7e]/, '·')}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `U+${cp.toString(16).toUpperCase()}?`;
  return `U+${hex4(cp)}`;
}

/** Whether `text` holds any character `visibleControls` would mark. */
export function hasControls(text) {
  return nextControl(text, 0) >= 0;
}

/**
 * The controls in `text`: `{ count, names: Map(name → count), first }`
 * (`first` is a UTF-16 index, or -1). For the report shown to the user.
 * A long text is scanned a slice at a time, with a pause between slices,
 * so that the page stays responsive.
 */
export async function scanControls(text) {
  const found = { count: 0, names: new Map(), first: -1 };
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + SLICE);
    // A surrogate pair stays whole, so neither half reads as a lone one.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    scanSlice(text, at, end, found);
    at = end;
    if (at < text.length) await pause();
  }
  return found;
}

/** UTF-16 units per slice of `scanControls`: about 10 ms. */
const SLICE = 1 << 20;

const isHighSurrogate = (unit) => unit >= 0xd800 && unit < 0xdc00;
const isLowSurrogate = (unit) => unit >= 0xdc00 && unit <= 0xdfff;

/** Adds the controls of `text` from `at` to `end` to `found`. */
function scanSlice(text, at, end, found) {
  for (let i = nextControl(text, at, end); i >= 0; i = nextControl(text, i, end)) {
    const length = controlLength(text, i);
    if (found.first < 0) found.first = i;
    found.count++;
    const name = controlName(text.slice(i, i + length));
    found.names.set(name, (found.names.get(name) ?? 0) + 1);
    i += length;
  }
}

/**
 * `text` as DOM: a single text node when it holds no control (the common
 * case, one regex test), else a fragment of text nodes and marker spans.
 * `register(textNode, from, to)`, when given, learns which range of `text`
 * each text node shows (marker characters included), so a view that maps
 * nodes back to offsets keeps working. `scope` is the document or shadow
 * root the nodes will be shown in: the marker's stylesheet goes there, and
 * nowhere else (an element's markers must not restyle its host page).
 */
export function visibleControls(text, register, scope = document) {
  if (!hasControls(text)) {
    const node = document.createTextNode(text);
    register?.(node, 0, text.length);
    return node;
  }
  const fragment = document.createDocumentFragment();
  const piece = (from, to) => {
    const node = document.createTextNode(text.slice(from, to));
    register?.(node, from, to);
    return node;
  };
  let at = 0;
  adoptControlStyles(scope);
  for (let i = nextControl(text, 0); i >= 0; i = nextControl(text, at)) {
    const end = i + controlLength(text, i);
    if (i > at) fragment.append(piece(at, i));
    const span = marker(text.slice(i, end));
    span.append(piece(i, end));
    fragment.append(span);
    at = end;
  }
  if (at < text.length) fragment.append(piece(at, text.length));
  return fragment;
}

function marker(ch) {
  const span = document.createElement('span');
  span.className = 'ctl';
  span.dataset.ctl = controlName(ch);
  span.title = `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return span;
}

/**
 * The marker's look. The span holds the character itself, so copying gives
 * back the input; `isolate` stops an override or embedding at the span's
 * end; font-size 0 hides the raw glyph; the marker is drawn from data-ctl
 * as generated content, which is never copied. Its size cannot be in em
 * (the span's font size is 0): rem, unless the reader sets --ctl-size (the
 * element does, since rem would follow its host page's root).
 */
const CSS = `
.ctl { unicode-bidi: isolate; font-size: 0; }
.ctl::before {
  content: "\\27E8" attr(data-ctl) "\\27E9";
  unicode-bidi: isolate; direction: ltr; white-space: nowrap;
  font: var(--ctl-size, .7rem)/1 ui-monospace, "DejaVu Sans Mono", monospace;
  color: #8a1c1c; background: #fde8e8; border-radius: .2rem; padding: 0 .1rem; vertical-align: middle;
}`;

let sheet;

/**
 * Gives `root` (the document, or the shadow root a reader lives in) the
 * marker's stylesheet, once. A constructed stylesheet keeps the look next
 * to the code that makes it, works in a shadow root and in the single-file
 * build, and needs no 'unsafe-inline': the page's CSP governs markup and
 * fetched sheets, not sheets built by its own script.
 */
export function adoptControlStyles(root = document) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
