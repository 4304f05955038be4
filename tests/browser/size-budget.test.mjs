// The size budget, as the browser fetches it. The test server logs every
// answer it gives — to the page, its worker and its service worker alike —
// from the navigation on. Two windows:
//   * before the first highlight: until the first entity <mark> of the
//     sample statement is painted (a frame after it enters the reader);
//   * after it: until every deferred load is done (the views, the service
//     worker's precache) and the network has been idle for a while.
// Each distinct URL counts once, in the window that first fetched it, at
// its brotli size (quality 11, as a server would send it); the wide name
// lists (pkg/wide/), the views' stylesheet and strings and offline support
// are in the second window. The learned
// model, pkg/ner.model.bin, is outside both budgets and has its own (raw).
// Run after ./scripts/build.sh; prints the largest items of each window
// (SIZE_ALL=1: every item).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, constants } from 'node:zlib';
import { launch, foreign } from './harness.mjs';
import { WIDE_LISTS } from '../../www/wide.js';

const BEFORE = 250_000;
const AFTER = 250_000;
const MODEL = 5_000_000;
const MODEL_PATH = '/pkg/ner.model.bin';
/** How long the network must stay quiet for the deferred loads to count as done. */
const QUIET_MS = 2000;

const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

test('before the first highlight ≤ 250 KB, after it ≤ 250 KB more (brotli), the model ≤ 5 MB', async () => {
  const log = [];
  const env = await launch({ onResponse: (r) => log.push(r) });
  try {
    const page = await env.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The moment the first entity mark is painted: the frame after it
    // enters the reader, in epoch milliseconds like the server's log.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#reader mark.ent')) return;
        observer.disconnect();
        requestAnimationFrame(() => (window.firstHighlight = performance.timeOrigin + performance.now()));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(env.origin + '/');
    await page.click('#load-sample');
    const painted = await (await page.waitForFunction(() => window.firstHighlight)).jsonValue();
    // Every deferred load: the service worker has cached the page, and
    // nothing more has been fetched for QUIET_MS.
    await page.waitForSelector('#offline[data-state="ready"]', { timeout: 60_000 });
    for (let n = -1; n !== log.length;) {
      n = log.length;
      await new Promise((ok) => setTimeout(ok, QUIET_MS));
    }
    assert.ok(log.every((r) => r.status === 200), `every fetch succeeded: ${log.filter((r) => r.status !== 200).map((r) => r.path)}`);

    const windows = { before: new Map(), after: new Map() };
    let model = 0;
    for (const r of log) {
      if (r.path === MODEL_PATH) {
        model = r.body.length;
        continue;
      }
      const seen = windows.before.has(r.path) || windows.after.has(r.path);
      if (!seen) (r.time < painted ? windows.before : windows.after).set(r.path, brotli(r.body));
    }
    const report = (name, items, limit) => {
      const total = [...items.values()].reduce((a, b) => a + b, 0);
      const largest = [...items].sort((a, b) => b[1] - a[1]).slice(0, process.env.SIZE_ALL ? undefined : 8).map(([p, n]) => `${p} ${n}`).join(', ');
      console.log(`# ${name}: ${total} B brotli in ${items.size} files (budget ${limit}); largest: ${largest}`);
      return total;
    };
    const before = report('before the first highlight', windows.before, BEFORE);
    const after = report('after it', windows.after, AFTER);
    console.log(`# ${MODEL_PATH}: ${model} B raw (budget ${MODEL})`);
    assert.ok(windows.before.has('/pkg/bayan_bg.wasm'), 'the wasm module comes before the first highlight');
    assert.ok(windows.after.has('/sw.js'), 'the service worker comes after it');
    for (const name of WIDE_LISTS) assert.ok(windows.after.has(`/pkg/wide/${name}`), `the wide list ${name} comes after it`);
    for (const path of ['/views.css', '/i18n-views.js', '/offline.js', '/wide.js', '/user-gazetteer-panel.js']) {
      assert.ok(windows.after.has(path), `${path} comes after it`);
    }
    assert.ok(model > 0, 'the model was fetched');
    assert.ok(before <= BEFORE, `before the first highlight: ${before} B, ${before - BEFORE} over`);
    assert.ok(after <= AFTER, `after it: ${after} B, ${after - AFTER} over`);
    assert.ok(model <= MODEL, `the model: ${model} B raw, ${model - MODEL} over`);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign(env.requests, env.origin), []);
  } finally {
    await env.close();
  }
});
