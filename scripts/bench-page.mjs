#!/usr/bin/env node
// The explorer page on a large file, as a visitor opens it: the sample
// statement repeated to --mb MB of UTF-8, chosen in the file input of the
// real page in Debian's Chromium (tests/browser/harness.mjs; run
// ./scripts/test.sh once so its npm packages are installed).
//
//   node scripts/bench-page.mjs [--mb 95]
//
// Prints the time until the page says the text is analyzed, the time until
// the reader has rendered every chunk, and the longest main-thread tasks
// from the moment the file was chosen (the Long Tasks API): those are what
// a visitor feels as the page freezing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, root } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const mb = Number(args[args.indexOf('--mb') + 1] || 95);
const sample = readFileSync(join(root, 'www/samples/oic-aleppo-statement.txt'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'bayan-page-'));
const file = join(dir, `statement-${mb}mb.txt`);
writeFileSync(file, Array.from({ length: Math.ceil((mb * 1e6) / Buffer.byteLength(sample)) }, () => sample).join('\n'));

const env = await launch();
try {
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.origin + '/');
  await page.evaluate(() => {
    window.tasks = [];
    document.getElementById('file-input').addEventListener('change', () => (window.t0 = performance.now()), { capture: true });
    new PerformanceObserver((list) => list.getEntries().filter((e) => window.t0 && e.startTime >= window.t0)
      .forEach((e) => window.tasks.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const t0 = Date.now();
  await page.setInputFiles('#file-input', file);
  await page.waitForSelector('body[data-state="analyzed"]', { timeout: 900_000 });
  const analyzed = Date.now() - t0;
  await page.waitForFunction(() => !document.body.dataset.rendering, null, { timeout: 900_000 });
  const rendered = Date.now() - t0;
  const tasks = await page.evaluate(() => window.tasks.sort((a, b) => b - a).slice(0, 5));
  console.log(`${mb} MB: analyzed after ${(analyzed / 1000).toFixed(1)} s, rendered after ${(rendered / 1000).toFixed(1)} s; longest main-thread tasks ${tasks.join(', ')} ms`);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
} finally {
  await env.close();
  rmSync(dir, { recursive: true, force: true });
}
