// The control scan of the reader and the report (www/controls.js) finds
// exactly what the regex it replaced found — C0/C1 controls but tab, line
// feed and carriage return, the named format characters, tag characters and
// lone surrogates — on generated text dense with all of them and with
// surrogate pairs that are none of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTROL_NAMES } from '../../www/core-facts.js';
import { controlName, hasControls, scanControls } from '../../www/controls.js';

const hex4 = (cp) => cp.toString(16).padStart(4, '0');
const REFERENCE = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${CONTROL_NAMES.map(([cp]) => `\\u${hex4(cp)}`).join('')}]` +
  '|\\udb40[\\udc00-\\udc7f]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** A deterministic text mixing Arabic, controls, tags, pairs and lone halves. */
function generated(length, seed) {
  const pool = ['ب', 'ا', ' ', '\n', '\t', '\r', '😀', '\u{E0041}', '\u{E0080}', '\udb40', '\udc41', '\ud83d', '\ude00', '\udbff', '\udfff',
    ...CONTROL_NAMES.map(([cp]) => String.fromCharCode(cp)), '\u0001', '\u001f', '\u0085', '\u009f', '\u00a0', 'x'];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += pool[x % pool.length];
  }
  return out;
}

test('the scan finds what the regex found, where it found it', async () => {
  for (let seed = 1; seed <= 200; seed++) {
    const text = generated(1 + (seed * 37) % 300, seed);
    const expected = { count: 0, names: new Map(), first: -1 };
    for (const m of text.matchAll(REFERENCE)) {
      if (expected.first < 0) expected.first = m.index;
      expected.count++;
      const name = controlName(m[0]);
      expected.names.set(name, (expected.names.get(name) ?? 0) + 1);
    }
    assert.deepEqual(await scanControls(text), expected, `seed ${seed}: ${JSON.stringify(text)}`);
    assert.equal(hasControls(text), expected.count > 0);
  }
  assert.equal(hasControls('بيان 😀 عربي\n\tمع سطر'), false);
});

test('a long text is scanned in slices without splitting a surrogate pair', async () => {
  const unit = 'بيان 😀 ';
  const text = `${unit.repeat(300_000)}\u202e${unit.repeat(10)}`;
  const found = await scanControls(text);
  assert.deepEqual([found.count, found.first, [...found.names]], [1, unit.length * 300_000, [['RLO', 1]]]);
});
