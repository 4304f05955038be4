// The library's statements are the CLI's: the same objects from the wasm
// columns (www/lib/objects.js) as `bayan analyze --offsets utf16` prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { initSync, analyze as analyzeColumns } from '../../www/pkg/bayan.js';
import { withObjects } from '../../www/lib/objects.js';
import { STATEMENT_CLASSES } from '../../www/core-facts.js';

initSync({ module: readFileSync(new URL('../../www/pkg/bayan_bg.wasm', import.meta.url)) });
const root = fileURLToPath(new URL('../..', import.meta.url));

test('statements from the wasm columns equal the CLI JSON (UTF-16 offsets)', () => {
  const text = readFileSync(new URL('../../www/samples/oic-aleppo-statement.txt', import.meta.url), 'utf8')
    + 'وقال المتحدث 😀 إن الوزارة لا تؤيد القرار.\n';
  const columns = analyzeColumns(text);
  const mine = withObjects(columns, text).statements;
  const cli = JSON.parse(execFileSync(`${root}target/release/bayan`, ['analyze', '--offsets', 'utf16'], { input: text, encoding: 'utf8' }));
  assert.ok(mine.length >= 12);
  assert.deepEqual(mine, cli.statements);
  for (const s of mine) assert.equal(text.slice(s.act.start, s.act.end), s.act.text);
  assert.deepEqual(columns.statementClasses, STATEMENT_CLASSES.map((c) => c.name));
  assert.deepEqual(columns.statementLabels.ar, STATEMENT_CLASSES.map((c) => c.ar));
});

test('a text without statements gives an empty list', () => {
  assert.deepEqual(withObjects(analyzeColumns('انعقد الاجتماع في جدة.'), 'انعقد الاجتماع في جدة.').statements, []);
});
