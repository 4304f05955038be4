// The wide lists (src/data/wide/): the wasm module is built without them,
// and the page hands them over after its first highlight (loadWideList).
// One file, one module instance: loading changes the instance for good.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  initSync, analyze as analyzeColumns, loadWideList, loadGazetteer, resetGazetteer, gazetteerSize,
} from '../../www/pkg/bayan.js';
import { withObjects } from '../../www/lib/objects.js';

initSync({ module: readFileSync(new URL('../../www/pkg/bayan_bg.wasm', import.meta.url)) });
const analyze = (text, options) => withObjects(analyzeColumns(text, options));
const wide = (name) => readFileSync(new URL(`../../src/data/wide/${name}`, import.meta.url), 'utf8');
const lines = (name) => wide(name).split('\n').filter((l) => l && !l.startsWith('#')).length;

const TEXT = 'وصل الوفد إلى ملكال ثم إلى كراماتورسك.';
const ids = (text, options) => analyze(text, options).entities.map((e) => [text.slice(e.start, e.end), e.type, e.id ?? null]);

test('a wide list joins the built-in names once loaded, and only once', () => {
  assert.ok(!ids(TEXT).some(([, , id]) => id === 'city-malakal'), 'the module is built without the wide lists');
  const before = gazetteerSize();
  assert.equal(loadWideList('cities.tsv', wide('cities.tsv')), lines('cities.tsv'));
  assert.equal(gazetteerSize(), before + lines('cities.tsv'));
  assert.deepEqual(ids(TEXT), [['ملكال', 'LOC', 'city-malakal'], ['كراماتورسك', 'LOC', 'city-kramatorsk']]);
  assert.throws(() => loadWideList('cities.tsv', wide('cities.tsv')), /loadWideList: cities.tsv is loaded already/);
  assert.throws(() => loadWideList('places.tsv', 'حلب\tLOC\n'), /places.tsv is not a wide gazetteer/);
  assert.throws(() => loadWideList('name-parts.tsv', wide('name-parts.tsv')), /name-parts.tsv is not a wide gazetteer/);
  assert.throws(() => loadWideList('leaders.tsv', 'نجيب ميقاتي\tPRESIDENT\n'), /leaders.tsv:1: unknown entity type/);
});

test("the user's names win over the wide lists, which stay after a reset", () => {
  const mine = 'ملكال\tORG\tmalakal-club\n';
  assert.deepEqual(ids(TEXT, { gazetteer: mine })[0], ['ملكال', 'ORG', 'malakal-club']);
  // Loaded names sit beside the built-in ones; a wide list loaded later joins them.
  loadGazetteer('mine', 'شركة نور الهدى\tORG\tnur\n', false);
  assert.equal(loadWideList('regions.tsv', wide('regions.tsv')), lines('regions.tsv'));
  const text = 'افتتحت شركة نور الهدى فرعا في منطقة القصيم.';
  assert.deepEqual(ids(text).filter(([, type]) => type !== 'DATE'),
    [['شركة نور الهدى', 'ORG', 'nur'], ['منطقة القصيم', 'LOC', 'qassim-region']]);
  resetGazetteer();
  assert.deepEqual(ids(TEXT)[0], ['ملكال', 'LOC', 'city-malakal'], 'the wide lists stay after a reset');
  loadGazetteer('mine', mine, true);
  assert.equal(loadWideList('leaders.tsv', wide('leaders.tsv')), lines('leaders.tsv'));
  assert.equal(gazetteerSize(), 1, 'a gazetteer that replaced the built-in names gets no wide list');
  resetGazetteer();
  const person = 'استقبل نجيب ميقاتي الوفد.';
  assert.deepEqual(ids(person).find(([, type]) => type === 'PERSON'), ['نجيب ميقاتي', 'PERSON', 'najib-mikati']);
});

test('the rare clitic stems come with the wide lists, and the segmenter then splits as the CLI does', () => {
  // ختامي is seen fewer than 16 times in the lexicon's sources: a rare stem.
  const segments = () => analyze('الختامي').forms[0].segments.map((s) => `${s.kind}:${s.restored}`);
  assert.deepEqual(segments(), ['stem:الختامي'], 'the module is built with the common stems only');
  const stems = readFileSync(new URL('../../www/pkg/wide/clitics-stems.tsv', import.meta.url), 'utf8');
  const count = stems.split('\n').filter((l) => !l.startsWith('#')).join('').match(/[a-oA-O]/g).length;
  assert.throws(() => loadWideList('clitics-stems.tsv', 'منi\nكتابz\n'), /loadWideList: line 2: 'z' is not a frequency letter/);
  assert.deepEqual(segments(), ['stem:الختامي'], 'a bad file changes nothing');
  assert.equal(loadWideList('clitics-stems.tsv', stems), count);
  assert.deepEqual(segments(), ['article:ال', 'stem:ختامي'], 'as `bayan segment` splits it');
  assert.throws(() => loadWideList('wide/clitics-stems.tsv', stems), /loadWideList: the rare stems are loaded already/);
});
