// The English a reader who does not read Arabic gets (www/glosses.js):
// dates and numbers the core marks but leaves unglossed, closed-class
// words, and what each clitic does, in both interface languages. Read from
// real analyses of the shipped module, so a change in tokens or forms that
// breaks a gloss shows here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, analyze, normalizeTextReport, TextDocument } from '../../www/pkg/bayan.js';
import { withObjects } from '../../www/lib/objects.js';
import { mentionGloss, wordGloss, cliticRole, ordinal } from '../../www/glosses.js';
import { MONTHS } from '../../www/core-months.js';

initSync({ module: readFileSync(new URL('../../www/pkg/bayan_bg.wasm', import.meta.url)) });
const open = (text) => ({ text, analysis: withObjects(analyze(text, undefined)) });
const all = (es) => es.flatMap((e) => [e, ...all(e.inner ?? [])]);

/** Every DATE and NUMBER mention of `text` with its gloss. */
function glossed(text) {
  const doc = open(text);
  return all(doc.analysis.entities).filter((e) => e.type === 'DATE' || e.type === 'NUMBER')
    .map((e) => [text.slice(e.start, e.end), mentionGloss(doc, e)]);
}

test('dates: day ranges, month names of every calendar, years, Hijri, numeric and relative dates', () => {
  assert.deepEqual(glossed('عقدت القمة يومي 14و15 أبريل 2016 والدورة في 27 و28 مايو 2015.'), [
    ['يومي 14و15 أبريل 2016', '14 and 15 April 2016'], ['27 و28 مايو 2015', '27 and 28 May 2015'],
  ]);
  // «الأسبوع الماضي» alone is no DATE (tests/gold/entities/README.md); a named day with it is.
  assert.deepEqual(glossed('في 5 محرم 1438 هـ وفي 2016/4/14 ويوم الخميس ويوم الأحد الماضي.'), [
    ['5 محرم 1438 هـ', '5 Muharram 1438 AH'], ['2016/4/14', '14 April 2016'], ['يوم الخميس', 'Thursday'], ['يوم الأحد الماضي', 'last Sunday'],
  ]);
  assert.deepEqual(glossed('في مطلع تشرين الأول 2016 ولعام 2012.'), [['مطلع تشرين الأول 2016', 'early October 2016'], ['عام 2012', '2012']]);
});

test('numbers: digits, words, scales, ordinals, percentages and money', () => {
  assert.deepEqual(glossed('قتل ثلاثة آلاف وخمسمائة شخص و15% من السكان و3 ملايين دولار، أحد عشر شخصا، والذكرى الأربعون.'), [
    ['ثلاثة آلاف وخمسمائة', '3,500'], ['15%', '15%'], ['3 ملايين دولار', '3,000,000 dollars'], ['أحد عشر', '11'],
  ]);
  // An ordinal alone is no NUMBER (ENTITIES.md: a quantity); its word still glosses, below.
  // An ordinal inside an event: the core keeps it whole in the EVENT; its words still gloss.
  const doc = open('والدورة الثانية والأربعون');
  const { starts, ends, formIds } = doc.analysis.tokens;
  const words = [...starts].map((s, i) => [doc.text.slice(s, ends[i]), wordGloss(doc.analysis.forms[formIds[i]])]);
  assert.deepEqual(words, [['والدورة', null], ['الثانية', '2nd'], ['والأربعون', '40th']]);
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 42, 111, 1000].map(ordinal), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '42nd', '111th', '1,000th']);
});

test('a name keeps the core\'s gloss; a mention not understood gets none rather than a guess', () => {
  const doc = open('زار الوفد حلب في موعد لاحق');
  const aleppo = doc.analysis.entities.find((e) => e.type === 'LOC');
  assert.equal(mentionGloss(doc, aleppo), 'Aleppo');
  assert.equal(mentionGloss(doc, { start: 10, end: 13, type: 'DATE' }), null, 'حلب is no date word');
  assert.equal(mentionGloss(doc, { start: 0, end: 3, type: 'EVENT' }), null);
});

test('closed-class words and clitics: the gloss and the role in each interface language', () => {
  const doc = open('وفي مجلسهم كتبها للأمم من هذا الذي');
  const { formIds } = doc.analysis.tokens;
  const forms = [...formIds].map((f) => doc.analysis.forms[f]);
  assert.deepEqual(forms.map(wordGloss), ['in', null, null, null, 'from, of', 'this', 'who, which']);
  const roles = forms.flatMap((f) => f.segments.filter((s) => s.kind !== 'stem').map((s) => [s.restored, cliticRole(s, 'en'), cliticRole(s, 'ar')]));
  assert.deepEqual(roles, [
    ['و', 'and', 'واو العطف'], ['هم', 'their, them', 'ضمير جمع الغائبين'], ['ها', 'her, its', 'ضمير الغائبة'],
    ['ل', 'for, to', 'لام الجر'], ['ال', 'the', 'أداة التعريف'],
  ]);
});

test('the month names come from the gazetteer list, in the form tokens carry', () => {
  const list = readFileSync(new URL('../../src/data/months.tsv', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.equal(MONTHS.length, list.length, 'one entry per line of src/data/months.tsv');
  const doc = new TextDocument(MONTHS.map(([name]) => name).join(' '), undefined);
  try {
    assert.deepEqual(doc.normalizeReport('search').edits, [], 'already in the search form');
  } finally {
    doc.free();
  }
});

test('normalizeTextReport: what normalizing one sentence changes, offsets into it, nothing added', () => {
  const text = 'أكّد المستوى في أفريقيا، ٢٠١٤';
  const r = normalizeTextReport(text, 'search');
  const ops = r.edits.map((e) => [text.slice(e.start, e.end), e.replacement, e.op]);
  assert.deepEqual(ops, [
    ['أ', 'ا', 'alef'], ['ّ', '', 'diacritics'], ['ى', 'ي', 'alef_maqsura'], ['أ', 'ا', 'alef'],
    ['٢', '2', 'digits'], ['٠', '0', 'digits'], ['١', '1', 'digits'], ['٤', '4', 'digits'],
  ]);
  assert.deepEqual(r.counts, { alef: 2, diacritics: 1, alef_maqsura: 1, digits: 4 });
  let out = '';
  let at = 0;
  for (const e of r.edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  out += text.slice(at);
  assert.equal(out.split(' ').length, text.split(' ').length, 'no space added');
  assert.equal(out, 'اكد المستوي في افريقيا، 2014');
  assert.throws(() => normalizeTextReport(text, 'loud'), /unknown preset "loud"/);
});
