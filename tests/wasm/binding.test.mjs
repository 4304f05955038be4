// The wasm binding as JavaScript sees it: the module the page ships
// (www/pkg), loaded in Node. Offsets must be UTF-16 indexes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, analyze as analyzeColumns, version, TextDocument } from '../../www/pkg/bayan.js';
import { withObjects } from '../../www/lib/objects.js';
import { initSync as initRegex, compile } from '../../www/pkg/regex/bayan_regex.js';

initSync({ module: readFileSync(new URL('../../www/pkg/bayan_bg.wasm', import.meta.url)) });
initRegex({ module: readFileSync(new URL('../../www/pkg/regex/bayan_regex_bg.wasm', import.meta.url)) });
const analyze = (text, options) => withObjects(analyzeColumns(text, options));

test('entities slice exactly, clitics stay outside', () => {
  const text = '😀 اجتمع ممثلو والكويت بسوريا لمجلس الأمن في حلب';
  const { entities } = analyze(text);
  assert.deepEqual(entities.map((e) => [text.slice(e.start, e.end), e.type]), [
    ['الكويت', 'LOC'], ['سوريا', 'LOC'], ['مجلس الأمن', 'ORG'], ['حلب', 'LOC'],
  ]);
  assert.equal(entities[1].id, 'syria');
  assert.equal(entities[1].gloss, 'Syria');
});

test('entities cross as columns, inner mentions after their container', () => {
  const text = 'قرار مجلس الأمن رقم 2254 في حلب';
  const a = analyzeColumns(text);
  const { starts, ends, types, refs, depths } = a.entities;
  assert.ok(starts instanceof Uint32Array && types instanceof Uint8Array && depths instanceof Uint8Array);
  const rows = [...starts].map((s, i) => [text.slice(s, ends[i]), a.entityTypes[types[i]], depths[i], a.entityRefs[refs[i]]]);
  assert.deepEqual(rows, [
    ['قرار مجلس الأمن رقم 2254', 'LAW', 0, null],
    ['مجلس الأمن', 'ORG', 1, { id: 'un-security-council', gloss: 'UN Security Council' }],
    ['حلب', 'LOC', 0, { id: 'city-aleppo', gloss: 'Aleppo' }],
  ]);
  assert.equal(a.entityRefs[0], null);
  // The objects the page and the library make of them.
  const { entities } = withObjects(a);
  assert.deepEqual(entities.map((e) => [e.type, e.inner?.map((i) => i.id)]), [['LAW', ['un-security-council']], ['LOC', undefined]]);
  assert.deepEqual(Object.keys(entities[1]), ['start', 'end', 'type', 'id', 'gloss']);
});

test('forms cross as columns: joined texts, segment rows per form', () => {
  const text = 'والكويت 😀 بمدينته';
  const a = analyzeColumns(text);
  const { norms, normEnds, segmentEnds } = a.forms;
  const { starts, ends, kinds, restored, restoredEnds } = a.segments;
  assert.equal(typeof norms, 'string');
  assert.ok(normEnds instanceof Uint32Array && segmentEnds instanceof Uint32Array && kinds instanceof Uint8Array);
  const form = (f) => {
    const rows = [];
    for (let j = f ? segmentEnds[f - 1] : 0; j < segmentEnds[f]; j++) {
      rows.push([starts[j], ends[j], a.segmentKinds[kinds[j]], restored.slice(j ? restoredEnds[j - 1] : 0, restoredEnds[j])]);
    }
    return [norms.slice(f ? normEnds[f - 1] : 0, normEnds[f]), rows];
  };
  const { formIds } = a.tokens;
  assert.deepEqual(form(formIds[0]), ['والكويت', [[0, 1, 'proclitic', 'و'], [1, 3, 'article', 'ال'], [3, 7, 'stem', 'كويت']]]);
  assert.deepEqual(form(formIds[2]), ['بمدينته', [[0, 1, 'proclitic', 'ب'], [1, 6, 'stem', 'مدينة'], [6, 7, 'enclitic', 'ه']]]);
  // The objects the page and the library make of them.
  const { forms } = withObjects(a);
  assert.deepEqual(forms[formIds[2]].segments.map((s) => s.restored), ['ب', 'مدينة', 'ه']);
  assert.deepEqual(Object.keys(forms[formIds[0]].segments[0]), ['start', 'end', 'kind', 'restored']);
  // Only Arabic words have segments; the emoji is two UTF-16 units.
  assert.deepEqual(form(formIds[1]), ['😀', []]);
  assert.equal(normEnds[formIds[1]] - normEnds[formIds[1] - 1], 2);
});

test('tokens cross as columns that rebuild the text with its gaps', () => {
  const text = 'قرار مجلس الأمن رقم 2254، «داعش»\nسطر ثانٍ 🌍.';
  const a = analyze(text);
  const { starts, ends, kinds, formIds } = a.tokens;
  assert.ok(starts instanceof Uint32Array && kinds instanceof Uint8Array && formIds instanceof Uint32Array);
  let rebuilt = '';
  let at = 0;
  for (let i = 0; i < starts.length; i++) {
    rebuilt += text.slice(at, starts[i]) + text.slice(starts[i], ends[i]);
    at = ends[i];
  }
  assert.equal(rebuilt + text.slice(at), text);
  const i2254 = [...starts].findIndex((s, i) => text.slice(s, ends[i]) === '2254');
  assert.equal(a.tokenKinds[kinds[i2254]], 'number');
  assert.equal(a.forms[formIds[0]].norm, 'قرار');
  assert.equal(a.sentences.length, 4, 'two sentences, as start/end pairs');
});

test('token offsets count astral characters as two units, in long words and gaps too', () => {
  // Words and gaps longer than eight bytes (counted a word at a time) with
  // four-byte characters inside, at their edges and between them.
  const text = '𝕏𝕐𝕑 والاستراتيجيات 😀😀😀😀   \t\t   المتحدةُ 🌍Türkiye🌍 日本語の𝄞 ' .repeat(3);
  const { starts, ends } = analyze(text).tokens;
  let rebuilt = '';
  let at = 0;
  for (let i = 0; i < starts.length; i++) {
    const token = text.slice(starts[i], ends[i]);
    assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(token), `token ${i} cuts a surrogate pair`);
    rebuilt += text.slice(at, starts[i]) + token;
    at = ends[i];
  }
  assert.equal(rebuilt + text.slice(at), text);
  assert.ok(starts.some((s, i) => text.slice(s, ends[i]) === 'والاستراتيجيات'));
  assert.equal(ends[ends.length - 1], text.length - 1);
});

test('bad options are an error a person can act on', () => {
  assert.throws(() => analyze('نص', { colour: 'red' }), /unknown option "colour"/);
  assert.throws(() => analyze('نص', 42), /options must be an object/);
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test('a regex concordance runs on the regex module: whole words, clitics allowed, bad patterns explained', () => {
  const text = 'سطر أول\nالمجلس الوزاري والمجالس المحلية\nسطر آخر';
  const doc = new TextDocument(text, undefined);
  const hits = doc.concordance('مج(لس|الس)', { regex: true, context: 7 }, compile).hits;
  assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['المجلس', 'والمجالس']);
  assert.deepEqual(doc.concordance('مج', { regex: true }, compile).hits, [], 'a pattern matches whole words only');
  assert.deepEqual(doc.concordance('\\w+ية', { regex: true, clitics: false }, compile).hits.map((h) => h.match), ['المحلية'], '\\w is Unicode-aware');
  assert.throws(() => doc.concordance('(', { regex: true }, compile), /^Error: invalid regular expression: unclosed group$/);
  doc.free();
});
