// One source for each fact the core and the page share. www/core-facts.js
// is generated from the Rust tables (tests/page_facts.rs checks the file);
// here the page's side is checked against the core it ships: the wasm
// module's own answers, its type declarations and the one palette file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { initSync, analyze, TextDocument } from '../../www/pkg/bayan.js';
import { ENTITY_TYPE_CODES, CONTROL_NAMES, DIACRITIC_CLASS } from '../../www/core-facts.js';
import { ENTITY_TYPES, LABELS } from '../../www/entity-types.js';
import { controlName } from '../../www/controls.js';
import { htmlStyle } from '../../www/formats.js';

const www = new URL('../../www/', import.meta.url).pathname;
initSync({ module: readFileSync(join(www, 'pkg/bayan_bg.wasm')) });
const css = readFileSync(join(www, 'entities.css'), 'utf8');

test('the page lists the entity types the core reports, in its order, each labelled', () => {
  assert.deepEqual(analyze('', undefined).entityTypes, ENTITY_TYPE_CODES, 'core-facts.js is the wasm module\'s list');
  const declared = readFileSync(join(www, 'pkg/bayan.d.ts'), 'utf8').match(/export type EntityType = ([^;]+);/)[1];
  assert.deepEqual(declared.split('|').map((s) => JSON.parse(s.trim())), ENTITY_TYPE_CODES, 'the TypeScript union in src/wasm/mod.rs');
  assert.deepEqual(ENTITY_TYPES.map((t) => t.type), ENTITY_TYPE_CODES);
  assert.deepEqual(Object.keys(LABELS).sort(), [...ENTITY_TYPE_CODES].sort(), 'www/entity-types.js labels exactly the core\'s types');
  for (const t of ENTITY_TYPES) assert.ok(t.ar && t.en && t.one?.ar && t.one?.en, `${t.type} has every label`);
});

test('entities.css is the one palette: every type has its colours, underline and hide rule', () => {
  for (const type of ENTITY_TYPE_CODES) {
    assert.match(css, new RegExp(`--${type}: #[0-9a-f]{3,6};\\s+--${type}-line: #[0-9a-f]{3,6};`), `${type} colours`);
    assert.match(css, new RegExp(`\\.ent-${type} \\{[^}]*text-decoration-style: [a-z]+;`), `${type} underline style`);
    assert.match(css, new RegExp(`\\.reader\\.hide-${type} mark\\.ent-${type}`), `${type} can be hidden`);
  }
  // The exported page takes its rules from the same file.
  const style = htmlStyle(css);
  for (const type of ENTITY_TYPE_CODES) assert.match(style, new RegExp(`\\.ent-${type}\\{background:#`), `${type} in the export`);
  // And no other file of the page keeps a copy of a palette colour.
  const colours = [...css.matchAll(/--[A-Z]+(?:-line)?: (#[0-9a-f]+);/g)].map((m) => m[1]);
  const files = (function walk(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'pkg' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)]));
  })(www).filter((f) => /\.(js|css|html)$/.test(f) && !f.endsWith('entities.css'));
  for (const f of files) {
    const text = readFileSync(f, 'utf8').toLowerCase();
    for (const c of colours) assert.ok(!new RegExp(`${c}(?![0-9a-f])`).test(text), `${relative(www, f)} repeats the palette colour ${c}`);
  }
});

test('control names: the page and the core name each control alike', () => {
  // The core's normalization report names the controls it finds with the
  // same table the page's markers use.
  const named = CONTROL_NAMES.map(([cp]) => String.fromCodePoint(cp));
  const doc = new TextDocument(`ا${named.join('ا')}ا`, undefined);
  try {
    const { controls } = doc.normalizeReport('search');
    assert.ok(controls.length > 10, 'the core reports the invisible controls');
    for (const c of controls) {
      assert.equal(c.name, controlName(String.fromCodePoint(c.code)), `U+${c.code.toString(16)}`);
    }
  } finally {
    doc.free();
  }
  assert.equal(controlName('\uFEFF'), 'ZWNBSP');
  assert.equal(controlName('\u2061'), 'FUNCTION APPLICATION');
});

test('diacritics: the class the page hides is the core\'s is_diacritic', () => {
  const re = new RegExp(`^[${DIACRITIC_CLASS}]$`);
  // tests/page_facts.rs pins the class to chars::is_diacritic; here, that it
  // reads as a class the page can use, with known members and non-members.
  for (const ch of ['\u064E', '\u0651', '\u0670', '\u0654', '\u06D6', '\u08F0']) assert.ok(re.test(ch), `U+${ch.codePointAt(0).toString(16)} is a diacritic`);
  for (const ch of ['ا', 'ب', '\u06E5', '\u0640', '\u060C']) assert.ok(!re.test(ch), `U+${ch.codePointAt(0).toString(16)} is not`);
});
