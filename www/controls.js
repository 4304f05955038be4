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
const NAMES = new Map(CONTROL_NAMES);

const hex4 = (cp) => cp.toString(16).toUpperCase().padStart(4, '0');

/**
 * Every character the reader must not show raw: C0 controls but tab, line
 * feed and carriage return; DEL and C1; the named format characters (the
 * core's table); tag characters (U+E0000–E007F, used to smuggle hidden
 * ASCII); and lone surrogates. One regex over a whole paragraph, never one
 * per character.
 */
const CONTROL = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${CONTROL_NAMES.map(([cp]) => `\\u${hex4(cp)}`).join('')}]` +
  '|\\udb40[\\udc00-\\udc7f]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** The same class, without the global flag: `test` must not move a
 * `lastIndex` that a later `matchAll` would start from. */
const ANY_CONTROL = new RegExp(CONTROL.source);

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
  return ANY_CONTROL.test(text);
}

/**
 * The controls in `text`: `{ count, names: Map(name → count), first }`
 * (`first` is a UTF-16 index, or -1). For the report shown to the user.
 * A long text is scanned a slice at a time, with a pause between slices,
 * so that the page stays responsive (95 MB took 0.7 s in one piece).
 */
export async function scanControls(text) {
  const found = { count: 0, names: new Map(), first: -1 };
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + SLICE);
    // A surrogate pair stays whole, so neither half reads as a lone one.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    scanSlice(text.slice(at, end), at, found);
    at = end;
    if (at < text.length) await pause();
  }
  return found;
}

/** UTF-16 units per slice of `scanControls`: about 10 ms. */
const SLICE = 1 << 20;

const isHighSurrogate = (unit) => unit >= 0xd800 && unit < 0xdc00;

/** Adds the controls of `slice`, which starts at `offset` of the text, to `found`. */
function scanSlice(slice, offset, found) {
  CONTROL.lastIndex = 0;
  for (const m of slice.matchAll(CONTROL)) {
    if (found.first < 0) found.first = offset + m.index;
    found.count++;
    const name = controlName(m[0]);
    found.names.set(name, (found.names.get(name) ?? 0) + 1);
  }
}

/**
 * `text` as DOM: a single text node when it holds no control (the common
 * case, one regex test), else a fragment of text nodes and marker spans.
 * `register(textNode, from, to)`, when given, learns which range of `text`
 * each text node shows (marker characters included), so a view that maps
 * nodes back to offsets keeps working.
 */
export function visibleControls(text, register) {
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
  CONTROL.lastIndex = 0;
  for (const m of text.matchAll(CONTROL)) {
    if (m.index > at) fragment.append(piece(at, m.index));
    const span = marker(m[0]);
    span.append(piece(m.index, m.index + m[0].length));
    fragment.append(span);
    at = m.index + m[0].length;
  }
  if (at < text.length) fragment.append(piece(at, text.length));
  return fragment;
}

/**
 * Replaces, in place, every text node under `root` that holds a control by
 * `visibleControls` of its text. One call after a view is built; costs one
 * regex test per text node when there is nothing to mark.
 */
export function showControls(root) {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentNode?.classList?.contains('ctl') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const hits = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (hasControls(n.data)) hits.push(n);
  for (const n of hits) n.replaceWith(visibleControls(n.data));
  return hits.length;
}

function marker(ch) {
  adoptControlStyles(document);
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
 * as generated content, which is never copied.
 */
const CSS = `
.ctl { unicode-bidi: isolate; font-size: 0; }
.ctl::before {
  content: "\\27E8" attr(data-ctl) "\\27E9";
  unicode-bidi: isolate; direction: ltr; white-space: nowrap;
  font: .7rem/1 ui-monospace, "DejaVu Sans Mono", monospace;
  color: #8a1c1c; background: #fde8e8; border-radius: .2rem; padding: 0 .1rem; vertical-align: middle;
}`;

let sheet;

/**
 * Gives `root` (the document, or the shadow root a view lives in) the
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
