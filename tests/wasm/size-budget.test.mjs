// The size budget: every page asset (what scripts/sizes.sh lists: www/
// without type declarations and npm metadata), brotli-compressed at quality
// 11 as a server would, learned models aside (a file under a `models/`
// folder or named `*.model.*`, such as pkg/ner.model.bin).
//
// The target is 250 KB and the page is at about 245 KB (the wasm module is
// 174 KB of it); the test fails when it grows past the target. Run after
// ./scripts/build.sh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const www = new URL('../../www/', import.meta.url).pathname;
const TARGET = 250_000;

function assets(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? assets(join(dir, e.name)) : [join(dir, e.name)]);
}

test('page assets without a learned model stay within 250 KB of brotli', () => {
  const files = assets(www)
    .filter((f) => !f.endsWith('.d.ts') && !f.endsWith('/package.json'))
    .filter((f) => !/(^|\/)models\/|\.model\./.test(relative(www, f)));
  assert.ok(files.some((f) => f.endsWith('bayan_bg.wasm')), 'www/pkg is built (run ./scripts/build.sh)');
  const sizes = files.map((f) => [relative(www, f), brotliCompressSync(readFileSync(f), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  const largest = sizes.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, n]) => `${f} ${n}`).join(', ');
  assert.ok(total <= TARGET, `page assets are ${total} bytes of brotli, ${total - TARGET} over the ${TARGET} budget; largest: ${largest}`);
});
