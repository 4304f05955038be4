// The text of an HTML file, read safely.
//
// DOMParser builds an inert document: it has no browsing context, so its
// scripts never run, its images and styles never load and its event
// attributes never fire. Only text nodes are read from it — never an
// attribute, never markup — and the elements whose content is not prose
// (script, style, template, svg…) are skipped whole. Block elements become
// line breaks so paragraphs survive; white space collapses as a browser
// would show it, except inside <pre>.
import { tIn, currentLang } from './i18n.js';

/** Elements whose content is never text for a reader. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'svg', 'SVG', 'math', 'MATH',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON',
]);

/** Elements that stand on their own lines. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'BODY', 'HTML',
]);

/** `{ text, warnings }` from an HTML source string (warnings in `lang`). */
export function extractHtml(html, lang = currentLang()) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { text, skipped } = domText(doc.documentElement);
  const warnings = [];
  if (skipped > 0) warnings.push(tIn(lang, 'htmlSkipped', skipped));
  return { text, warnings };
}

/**
 * The text under `root` as a reader sees it: blocks on lines of their own,
 * white space collapsed outside <pre>; `skipped` counts the scripts, styles
 * and SVG left out. Also reads <bayan-explorer>'s own content (its light DOM).
 */
export function domText(root) {
  const lines = [];
  let line = '';
  let skipped = 0;
  let pre = 0;
  // Outside <pre>, a line's collapsed edge spaces are not text.
  const breakLine = () => {
    lines.push(pre > 0 ? line : line.replace(/^ +| +$/g, ''));
    line = '';
  };
  // Iterative walk with explicit exit markers: a hostile file may nest
  // elements deeper than the call stack.
  const stack = [[root, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop();
    if (exiting) {
      if (BLOCK.has(node.nodeName) && line.trim()) breakLine();
      if (node.nodeName === 'PRE') pre--;
      else if (node.nodeName === 'TD' || node.nodeName === 'TH') line += '\t';
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      line += pre > 0 ? node.data : node.data.replace(/[ \t\n\r\f]+/g, ' ');
      if (pre > 0 && line.includes('\n')) {
        const parts = line.split('\n');
        line = parts.pop();
        lines.push(...parts);
      }
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.nodeName;
    if (SKIP.has(tag) || SKIP.has(node.localName)) {
      if (tag === 'SCRIPT' || tag === 'STYLE' || node.localName === 'svg') skipped++;
      continue;
    }
    if (tag === 'BR') {
      breakLine();
      continue;
    }
    if (BLOCK.has(tag) && line.trim()) breakLine();
    if (tag === 'PRE') pre++;
    stack.push([node, true]);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, false]);
  }
  breakLine();
  return { text: tidy(lines), skipped };
}

/** Keeps at most one blank line in a row, none at the edges. */
function tidy(lines) {
  const out = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
