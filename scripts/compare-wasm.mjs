#!/usr/bin/env node
// Whether two builds of the wasm module say the same about the same texts,
// each as the page has it once its deferred loads are in: the model and every
// file of its pkg/wide/ (the wide name lists, and the rare clitic stems where
// the build leaves them out). For changes that must leave results alone (a
// profile, a size cut): any difference is printed and the exit status is 1.
//
//   node scripts/compare-wasm.mjs PKG_A PKG_B     # folders as www/pkg after ./scripts/build.sh
//
// Texts: the sample, every file of tests/hostile/, and from ../shared/data the
// UN corpus and ANERcorp's train part (its words, a sentence a line). Per text:
// `analyze`'s columns, a TextDocument's analysis, frequencies with four option
// sets and three concordances, compared as JSON strings.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, root } from './bench/corpus.mjs';

const [a, b] = process.argv.slice(2).map((p) => resolve(p ?? ''));
if (!a || !b || process.argv.length !== 4) {
  console.error('usage: node scripts/compare-wasm.mjs PKG_A PKG_B');
  process.exit(2);
}

const texts = [];
const add = (name, path) => texts.push([name, readFileSync(path, 'utf8')]);
for (const f of readdirSync(join(root, 'www/samples'))) add(`samples/${f}`, join(root, 'www/samples', f));
for (const f of readdirSync(join(root, 'tests/hostile'))) add(`hostile/${f}`, join(root, 'tests/hostile', f));
if (existsSync(CORPUS)) add('UN corpus', CORPUS);
const aner = join(CORPUS, '../../anercorp/ANERcorp_camelstyle_train.txt');
if (existsSync(aner)) {
  const sentences = readFileSync(aner, 'utf8').split('\n\n');
  texts.push(['ANERcorp train', sentences.map((s) => s.split('\n').map((l) => l.split(' ')[0]).join(' ')).join('\n')]);
}

const FREQUENCIES = [undefined, { stripClitics: true }, { skipStopwords: true, limit: 50 }, { stripClitics: true, skipStopwords: true }];
const CONCORDANCES = [['مجلس', { limit: 200 }], ['الأمن', { clitics: true, limit: 200 }], ['قال', { context: 30 }]];
const json = (value) => JSON.stringify(value, (_, x) => (ArrayBuffer.isView(x) ? Array.from(x) : x));

/** Every output of build `pkg` for every text. */
async function outputs(pkg, tag) {
  // A query of its own, so that one folder given twice is two instances.
  const core = await import(`${pathToFileURL(join(pkg, 'bayan.js')).href}?${tag}`);
  core.initSync({ module: readFileSync(join(pkg, 'bayan_bg.wasm')) });
  core.loadModel(readFileSync(join(pkg, 'ner.model.bin')));
  for (const f of readdirSync(join(pkg, 'wide'))) core.loadWideList(f, readFileSync(join(pkg, 'wide', f), 'utf8'));
  return texts.map(([, text]) => {
    const doc = new core.TextDocument(text);
    const out = [json(core.analyze(text)), json(doc.analysis()),
      ...FREQUENCIES.map((o) => json(doc.frequencies(o))), ...CONCORDANCES.map(([q, o]) => json(doc.concordance(q, o)))];
    doc.free();
    return out;
  });
}

const [x, y] = [await outputs(a, 'a'), await outputs(b, 'b')];
let same = true;
texts.forEach(([name], i) => {
  const equal = x[i].every((part, k) => part === y[i][k]);
  if (!equal) console.log(`DIFFERENT: ${name}`);
  same &&= equal;
});
console.log(same ? `same output: ${texts.length} texts × (analyze, document, 4 frequencies, 3 concordances)` : 'the builds differ');
process.exit(same ? 0 : 1);
