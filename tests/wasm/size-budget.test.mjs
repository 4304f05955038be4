// The size budgets: every page asset (what scripts/sizes.sh lists: www/
// without type declarations and npm metadata), brotli-compressed at quality
// 11 as a server would, learned models aside (a file under a `models/`
// folder or named `*.model.*`, such as pkg/ner.model.bin).
//
// The page's own assets have a target of 250 KB (the page is at about
// 247 KB; the wasm module is 175 KB of it); the test fails when they grow
// past it. Deferred assets — the regex module in pkg/regex/, which the
// worker loads on the first regex search, after the page has shown its
// highlights — have a budget of their own, 105 KB (they are about 100 KB).
// Run after ./scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const www = new URL('../../www/', import.meta.url).pathname;
const PAGE = 250_000;
const DEFERRED = 105_000;
const deferred = (f) => /^pkg\/regex\//.test(f);

function assets(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? assets(join(dir, e.name)) : [join(dir, e.name)]);
}

/** Brotli sizes of the assets `which` selects, largest first, and their total. */
function sizes(which) {
  const files = assets(www)
    .filter((f) => !f.endsWith('.d.ts') && !f.endsWith('/package.json'))
    .map((f) => relative(www, f))
    .filter((f) => !/(^|\/)models\/|\.model\./.test(f))
    .filter(which);
  const list = files.map((f) => [f, brotliCompressSync(readFileSync(join(www, f)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length]).sort((a, b) => b[1] - a[1]);
  return { list, total: list.reduce((sum, [, n]) => sum + n, 0) };
}

const largest = (list) => list.slice(0, 5).map(([f, n]) => `${f} ${n}`).join(', ');

test('page assets without a learned model stay within 250 KB of brotli', () => {
  const { list, total } = sizes((f) => !deferred(f));
  assert.ok(list.some(([f]) => f === 'pkg/bayan_bg.wasm'), 'www/pkg is built (run ./scripts/build.sh)');
  assert.ok(total <= PAGE, `page assets are ${total} bytes of brotli, ${total - PAGE} over the ${PAGE} budget; largest: ${largest(list)}`);
});

test('deferred assets (the regex module) stay within 105 KB of brotli', () => {
  const { list, total } = sizes(deferred);
  assert.ok(list.some(([f]) => f === 'pkg/regex/bayan_regex_bg.wasm'), 'www/pkg/regex is built (run ./scripts/build.sh)');
  assert.ok(total <= DEFERRED, `deferred assets are ${total} bytes of brotli, ${total - DEFERRED} over the ${DEFERRED} budget; largest: ${largest(list)}`);
});
