// One open document and the questions every view asks of it: which token
// is at an offset, which sentence, the entities grouped by what they name.
// Tokens stay columns (typed arrays); nothing here builds one object per
// token.
import { typeOrder } from './entity-types.js';
import { partition } from './search.js';
import { withObjects } from './lib/objects.js';
import { actsOf } from './statement-classes.js';

/**
 * A loaded, analyzed text. `docId` names its TextDocument in the worker,
 * `options` the analysis options it was made with; `analysis` is the
 * core's, its form and entity columns made into objects.
 */
export function makeDocument({ name, text, analysis, docId, options }) {
  // An analysis without statement columns has not found none: it has not looked (the panel says "loading").
  return { name, text, analysis: withObjects(analysis, text), statementsReady: Boolean(analysis.statements), docId, options, groups: null };
}

/** Index of the token covering UTF-16 `offset`, or the nearest one before it. */
export function tokenAt(doc, offset) {
  const { starts, ends } = doc.analysis.tokens;
  const i = partition(starts.length, (k) => starts[k] <= offset) - 1;
  if (i < 0) return starts.length ? 0 : -1;
  // In the gap after token i, a click on white space means the next word.
  if (offset >= ends[i] && i + 1 < starts.length) return i + 1;
  return i;
}

/** Index of the sentence holding `offset` (sentences are start/end pairs). */
export function sentenceAt(doc, offset) {
  const s = doc.analysis.sentences;
  return Math.max(0, partition(s.length / 2, (k) => s[2 * k] <= offset) - 1);
}

/** Token index range [first, last) of sentence `n`. */
export function sentenceTokens(doc, n) {
  const s = doc.analysis.sentences;
  const { starts } = doc.analysis.tokens;
  const from = partition(starts.length, (k) => starts[k] < s[2 * n]);
  const to = partition(starts.length, (k) => starts[k] < s[2 * n + 1]);
  return [from, to];
}

/**
 * Entities grouped by what they name: the canonical id when the core gives
 * one, else type and text. Sorted by type, then by frequency. Each group
 * lists its mentions (indexes into analysis.entities) in text order.
 */
export function entityGroups(doc) {
  if (doc.groups) return doc.groups;
  const byKey = new Map();
  doc.analysis.entities.forEach((e, i) => {
    const text = doc.text.slice(e.start, e.end);
    const key = e.id ? `${e.type}:${e.id}` : `${e.type}:${text}`;
    let g = byKey.get(key);
    if (!g) {
      g = { key, type: e.type, id: e.id, gloss: e.gloss, mentions: [], spellings: new Map() };
      byKey.set(key, g);
    }
    g.mentions.push(i);
    g.spellings.set(text, (g.spellings.get(text) ?? 0) + 1);
  });
  const groups = [...byKey.values()];
  for (const g of groups) {
    g.count = g.mentions.length;
    g.label = [...g.spellings].sort((a, b) => b[1] - a[1])[0][0];
  }
  groups.sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || a.type.localeCompare(b.type) || b.count - a.count || a.label.localeCompare(b.label, 'ar'));
  doc.groups = groups;
  return groups;
}

/** The group of entity `i`. */
export function groupOf(doc, i) {
  const e = doc.analysis.entities[i];
  const text = doc.text.slice(e.start, e.end);
  const key = e.id ? `${e.type}:${e.id}` : `${e.type}:${text}`;
  return entityGroups(doc).find((g) => g.key === key);
}

/**
 * The acts of `doc`'s statements as the reader marks them (`actsOf`),
 * made once per document.
 */
export function statementActs(doc) {
  doc.acts ??= actsOf(doc.analysis.statements);
  return doc.acts;
}

/** Counts of word tokens and distinct word forms. */
export function wordStats(doc) {
  const { kinds, formIds } = doc.analysis.tokens;
  const word = doc.analysis.tokenKinds.indexOf('word');
  const seen = new Uint8Array(doc.analysis.forms.length);
  let words = 0;
  let distinct = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== word) continue;
    words++;
    if (!seen[formIds[i]]) {
      seen[formIds[i]] = 1;
      distinct++;
    }
  }
  return { words, distinct };
}

/**
 * A converter from rising UTF-16 offsets to Unicode scalar (char) offsets,
 * the CLI's default unit, walking the text once.
 */
export function charCursor(text) {
  let u = 0;
  let c = 0;
  return (offset) => {
    if (offset < u) {
      u = 0;
      c = 0;
    }
    for (; u < offset; u++, c++) {
      const code = text.charCodeAt(u);
      if (code >= 0xd800 && code <= 0xdbff && u + 1 < offset) u++;
    }
    return c;
  };
}
