// The library entry (www/lib/index.js) in Node, without any UI: normalize
// with its map back to the original, tokenize, gazetteers loaded at run time,
// and the npm package's exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
  assert.deepEqual(found(), [['حلب', 'LOC', 'city-aleppo']]);
  const builtin = bayan.gazetteerSize();
  assert.equal(bayan.loadGazetteer('دار الأصدقاء\tORG\tfriends\tFriends Society', { source: 'mine.tsv' }), 1);
  assert.deepEqual(found(), [['دار الأصدقاء', 'ORG', 'friends'], ['حلب', 'LOC', 'city-aleppo']]);
  assert.equal(bayan.gazetteerSize(), builtin + 1);
  assert.throws(() => bayan.loadGazetteer('# ok\nبلا نوع', { source: 'bad.tsv' }), /^Error: bad\.tsv:2: /);
  assert.equal(bayan.gazetteerSize(), builtin + 1, 'a bad list adds nothing');
  bayan.loadGazetteer('دار الأصدقاء\tORG\tfriends', { replace: true });
  assert.deepEqual(found(), [['دار الأصدقاء', 'ORG', 'friends']]);
  bayan.resetGazetteer();
  assert.equal(bayan.gazetteerSize(), builtin);
  assert.deepEqual(found(), [['حلب', 'LOC', 'city-aleppo']]);
});

test('the npm package ships every file its exports name', () => {
  const www = new URL('../../www/', import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', www)));
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: www, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
  }));
  const packed = new Set(files.map((f) => f.path));
  const targets = [];
  const visit = (v) => (typeof v === 'string' ? targets.push(v.slice(2)) : Object.values(v).forEach(visit));
  visit(pkg.exports);
  assert.ok(targets.includes('lib/index.js'));
  for (const t of targets) assert.ok(packed.has(t), `${t} is exported but not packed`);
  for (const f of ['pkg/bayan_bg.wasm', 'lib/worker.js', 'messenger.js', 'render.js', 'legend.js', 'entity-types.js']) {
    assert.ok(packed.has(f), `${f} is needed at run time but not packed`);
  }
  assert.ok(![...packed].some((f) => f.startsWith('examples/') || f === 'index.html'), 'the page itself is not packed');
});
