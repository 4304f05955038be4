// The library entry (www/lib/index.js) in Node, without any UI: normalize
// with its map back to the original, tokenize, gazetteers loaded at run time.
// The npm package built from it: tests/browser/package.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as bayan from '../../www/lib/index.js';

test('functions called before init() say what to do', () => {
  assert.throws(() => bayan.analyze('نص'), /await init\(\) first/);
});

test('init() loads once from bytes', async () => {
  const bytes = readFileSync(new URL('../../www/pkg/bayan_bg.wasm', import.meta.url));
  await Promise.all([bayan.init(bytes), bayan.init(bytes)]);
  assert.match(bayan.version(), /^\d+\.\d+\.\d+$/);
});

test('normalize folds spelling and maps every unit back to the original', () => {
  const text = '😀 إلى الأُمَم';
  const { text: norm, map } = bayan.normalize(text, 'search');
  assert.equal(norm, '😀 الي الامم');
  assert.equal(map.length, norm.length + 1);
  assert.equal(map[norm.length], text.length);
  const at = norm.indexOf('الامم');
  assert.equal(text.slice(map[at], map[at + 'الامم'.length]), 'الأُمَم');
  assert.equal(bayan.normalize('مدينة', 'strict').text, 'مدينه');
  assert.equal(bayan.normalize('إلى', 'display').text, 'إلى');
  assert.throws(() => bayan.normalize('x', 'loud'), /unknown preset "loud" \(known: display, light, search, strict\)/);
  assert.deepEqual(bayan.PRESETS, ['display', 'light', 'search', 'strict'], 'every preset the core knows');
  assert.equal(bayan.normalize('الأُمَم', 'light').text, 'الأمم');
});

test('tokenize gives the same columns as analyze', () => {
  const text = 'قرار مجلس الأمن رقم 2254.';
  const t = bayan.tokenize(text);
  const a = bayan.analyze(text);
  assert.deepEqual([...t.starts], [...a.tokens.starts]);
  assert.deepEqual([...t.ends], [...a.tokens.ends]);
  assert.deepEqual([...t.kinds], [...a.tokens.kinds]);
  assert.equal(t.tokenKinds[t.kinds[4]], 'number');
});

test('analyze gives mention objects, analyzeColumns the columns they are made from', () => {
  const text = 'قرار مجلس الأمن رقم 2254 في حلب';
  const { entities } = bayan.analyze(text);
  const columns = bayan.analyzeColumns(text);
  assert.equal(entities.length, 2);
  assert.equal(columns.entities.starts.length, 3, 'the inner ORG is a row of its own');
  assert.deepEqual(entities[0].inner.map((e) => [text.slice(e.start, e.end), e.type, e.id]), [['مجلس الأمن', 'ORG', 'un-security-council']]);
  assert.deepEqual(Object.keys(bayan.analyze(text)), ['tokens', 'tokenKinds', 'forms', 'sentences', 'entities', 'statements']);
});

test('a loaded gazetteer adds names; replace drops the built-in ones; a bad line changes nothing', () => {
  const text = 'زار وفد من دار الأصدقاء مدينة حلب.';
  const found = () => bayan.analyze(text).entities.map((e) => [text.slice(e.start, e.end), e.type, e.id]);
  // With the wide name lists, which init() loads, as the CLI has them.
  assert.deepEqual(found(), [['مدينة حلب', 'LOC', 'city-aleppo']]);
  const builtin = bayan.gazetteerSize();
  assert.equal(bayan.loadGazetteer('دار الأصدقاء\tORG\tfriends\tFriends Society', { source: 'mine.tsv' }), 1);
  assert.deepEqual(found(), [['دار الأصدقاء', 'ORG', 'friends'], ['مدينة حلب', 'LOC', 'city-aleppo']]);
  assert.equal(bayan.gazetteerSize(), builtin + 1);
  assert.throws(() => bayan.loadGazetteer('# ok\nبلا نوع', { source: 'bad.tsv' }), /^Error: bad\.tsv:2: /);
  assert.equal(bayan.gazetteerSize(), builtin + 1, 'a bad list adds nothing');
  bayan.loadGazetteer('دار الأصدقاء\tORG\tfriends', { replace: true });
  assert.deepEqual(found(), [['دار الأصدقاء', 'ORG', 'friends']]);
  bayan.resetGazetteer();
  assert.equal(bayan.gazetteerSize(), builtin);
  assert.deepEqual(found(), [['مدينة حلب', 'LOC', 'city-aleppo']], 'the wide lists stay');
});
