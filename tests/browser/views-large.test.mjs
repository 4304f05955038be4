// Large documents: the reader renders progressively (chunks, the first ones
// at once, the rest in slices with a progress bar), and a file beyond the
// documented limit is refused with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root, shots } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('a 10 MB statement renders progressively and stays usable', async () => {
  const sample = readFileSync(join(root, 'www/samples/oic-aleppo-statement.txt'), 'utf8');
  const big = Array.from({ length: Math.ceil(10e6 / Buffer.byteLength(sample)) }, () => sample).join('\n');
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.origin + '/');
  // Record long main-thread tasks from the moment the page gets the file,
  // for the report (not asserted: timing depends on the machine; the
  // file transfer of the test driver itself comes before).
  await page.evaluate(() => {
    window.longest = 0;
    document.getElementById('file-input').addEventListener('change', () => (window.t0 = performance.now()), { capture: true });
    new PerformanceObserver((l) => l.getEntries().filter((e) => window.t0 && e.startTime >= window.t0)
      .forEach((e) => (window.longest = Math.max(window.longest, e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  await page.setInputFiles('#file-input', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await page.waitForSelector('body[data-state="analyzed"]', { timeout: 120_000 });
  const [rendered, chunks] = await page.evaluate(() => [document.querySelectorAll('#reader .chunk.rendered').length, document.querySelectorAll('#reader .chunk').length]);
  assert.ok(chunks > 500, `cut into chunks: ${chunks}`);
  assert.ok(rendered < chunks, 'not everything is rendered at once');
  assert.equal(await page.$eval('#reader .chunk:last-child', (c) => c.textContent.length > 0), true, 'unrendered chunks already hold their text');
  // The page answers while the rest renders: a view switch works.
  await page.click('#tab-summary');
  await page.waitForSelector('#view-summary .stat');
  await page.click('#tab-reader');
  // Stepping to the last entity renders its chunk on demand.
  const last = await page.evaluate(() => document.querySelectorAll('#entities-panel .entity-item').length);
  assert.ok(last > 0);
  await page.screenshot({ path: join(shots, 'large-progress.png') });
  await page.waitForFunction(() => !document.body.dataset.rendering, null, { timeout: 120_000 });
  assert.equal(await page.isHidden('#progress'), true, 'progress bar gone when done');
  console.log(`# longest main-thread task: ${Math.round(await page.evaluate(() => window.longest))} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file beyond the 100 MB limit is refused with a clear message', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(101 * 1024 * 1024)], 'huge.txt', { type: 'text/plain' }));
    const input = document.getElementById('file-input');
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
  });
  await page.waitForSelector('#status[data-kind="error"]');
  assert.match(await page.textContent('#status'), /huge\.txt.*100/);
  await page.close();
});
