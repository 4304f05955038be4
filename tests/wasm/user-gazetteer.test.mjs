// The user gazetteer option of the wasm binding: TSV, CSV, JSON text or an
// array of terms, applied with the same normalization as the built-in lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, analyze as analyzeColumns } from '../../www/pkg/bayan.js';
import { withObjects } from '../../www/lib/objects.js';

initSync({ module: readFileSync(new URL('../../www/pkg/bayan_bg.wasm', import.meta.url)) });
const analyze = (text, options) => withObjects(analyzeColumns(text, options));

const TEXT = 'التقى نور الهدى وبنور الهدى في حلب';
const names = (a) => a.entities.map((e) => [TEXT.slice(e.start, e.end), e.type, e.id ?? null]);

test('every format gives the same terms, clitics outside, user wins over the built-in lists', () => {
  const expected = [['نور الهدى', 'ORG', 'nur'], ['نور الهدى', 'ORG', 'nur'], ['حلب', 'ORG', 'aleppo-fc']];
  const formats = [
    'نور الهدى\tORG\tnur\tNur al-Huda\nحلب\torg\taleppo-fc\n',
    'surface,type,id,gloss\n"نور الهدى",ORG,nur,"Nur al-Huda, a firm"\nحلب,ORG,aleppo-fc,\n',
    JSON.stringify([{ surface: 'نور الهدى', type: 'ORG', id: 'nur' }, { surface: 'حلب', type: 'ORG', id: 'aleppo-fc' }]),
    [{ surface: 'نُور الهُدى', type: 'ORG', id: 'nur' }, { surface: 'حلب', type: 'ORG', id: 'aleppo-fc' }],
  ];
  for (const gazetteer of formats) {
    assert.deepEqual(names(analyze(TEXT, { gazetteer })), expected);
  }
  assert.deepEqual(names(analyze(TEXT)).at(-1), ['حلب', 'LOC', 'city-aleppo'], 'without it, the built-in lists');
});

test('errors name the line or the item', () => {
  assert.throws(() => analyze(TEXT, { gazetteer: 'حلب\tLOC\nجدة\tCITY\n' }), /line 2: unknown entity type "CITY"/);
  assert.throws(() => analyze(TEXT, { gazetteer: [{ surface: 'حلب', type: 'LOC' }, { type: 'LOC' }] }), /item 2/);
  assert.throws(() => analyze(TEXT, { gazetteer: '[{"surface": ' }), /JSON is not valid/);
  assert.throws(() => analyze(TEXT, { gazetteer: 7 }), /must be TSV, CSV or JSON text/);
});

test('ids and glosses beyond ASCII, quotes and controls cross intact', () => {
  // Ids and glosses cross as JSON text, quotes and controls escaped
  // (src/wasm/json.rs): what comes out must be exactly what went in.
  const id = 'حلب-"fc"\\1';
  const gloss = 'Côte d’Ivoire 😀 ș\tend';
  const a = analyze(TEXT, { gazetteer: [{ surface: 'حلب', type: 'ORG', id, gloss }] });
  const e = a.entities.at(-1);
  assert.deepEqual([TEXT.slice(e.start, e.end), e.id, e.gloss], ['حلب', id, gloss]);
});
