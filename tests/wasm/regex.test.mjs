// The page's regex concordance: the main module's TextDocument with the
// regex module (www/pkg/regex/, loaded by the worker on its first regex
// search) finds exactly the hits tests/cases/regex.tsv lists — the hits the
// CLI and the library find (tests/concordance.rs reads the same file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, TextDocument } from '../../www/pkg/bayan.js';
import { initSync as initRegex, compile } from '../../www/pkg/regex/bayan_regex.js';

const file = (path) => readFileSync(new URL(`../../${path}`, import.meta.url));
initSync({ module: file('www/pkg/bayan_bg.wasm') });
initRegex({ module: file('www/pkg/regex/bayan_regex_bg.wasm') });

/** The cases of a tests/cases/*.tsv file, as tests/cases/reader.rs reads them. */
function cases(name) {
  const unescape = (f) => f.replace(/\\(u\{([0-9A-Fa-f]+)\}|.)/g, (_, e, hex) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : { n: '\n', t: '\t', '\\': '\\' }[e] ?? assert.fail(`unknown escape \\${e}`));
  const rows = file(`tests/cases/${name}`).toString('utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map(unescape));
  const [header, ...lines] = rows;
  return lines.map((cols) => Object.fromEntries(header.map((h, i) => [h, cols[i] ?? ''])));
}

const text = file('www/samples/oic-aleppo-statement.txt').toString('utf8');

test('the page finds the hits tests/cases/regex.tsv lists', () => {
  const doc = new TextDocument(text, undefined);
  const failures = [];
  for (const c of cases('regex.tsv')) {
    let got;
    try {
      const { total, hits } = doc.concordance(c.pattern, { regex: true, clitics: c.mode === 'clitics' }, compile);
      got = `${total}: ${hits.map((h) => text.slice(h.start, h.end)).join(' | ')}`;
    } catch (e) {
      got = `error: ${e.message}`;
    }
    if (got !== c.hits) failures.push(`${c.name}:\n  expected ${c.hits}\n  found    ${got}`);
  }
  doc.free();
  assert.deepEqual(failures, []);
});

test('the shipped engine has no \\p{…} tables and no case folding, and says so', () => {
  const doc = new TextDocument(text, undefined);
  assert.throws(() => doc.concordance('\\p{Arabic}+', { regex: true }, compile),
    /^Error: invalid regular expression: \\p\{…\} classes are not available: use \\w or a range such as \[ء-ي\]$/);
  assert.throws(() => doc.concordance('(?i)oic', { regex: true }, compile),
    /^Error: invalid regular expression: \(\?i\) is not available: Arabic has no case$/);
  doc.free();
});

test('a regex search without the engine is refused, a plain one needs none', () => {
  const doc = new TextDocument('مجلس الأمن', undefined);
  assert.throws(() => doc.concordance('مج', { regex: true }), /a regex search needs the regex engine/);
  assert.equal(doc.concordance('مجلس', { regex: false }).total, 1);
  doc.free();
});
