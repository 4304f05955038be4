#!/usr/bin/env node
// Stopping a long analysis, measured: the sample statement repeated to
// --mb MB, given to the page's file input in Debian's Chromium, stopped with
// the Stop button 300 ms after the analysis was sent; then the same text
// analyzed whole, for comparison (what a cancel message would have had to
// wait for: a wasm call cannot be interrupted). --runs times each; prints
// every figure and the medians (run ./scripts/test.sh once first, for the
// build and tests/browser's npm packages).
//
//   node scripts/bench-stop.mjs [--mb 30] [--runs 5]
import { launch, loadLong } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => Number(args[args.indexOf(name) + 1] || fallback);
const mb = option('--mb', 30);
const runs = option('--runs', 5);
const env = await launch();
const stops = [];
const wholes = [];
for (let i = 0; i < runs; i++) {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await loadLong(page, mb);
  await page.waitForSelector('#stop:not([hidden])');
  await page.waitForTimeout(300);
  const t = await page.evaluate(() => new Promise((ok) => {
    const s = performance.now();
    document.getElementById('stop').click();
    const check = () => (/long\.txt/.test(document.getElementById('status').textContent) && document.getElementById('stop').hidden ? ok(performance.now() - s) : setTimeout(check, 5));
    check();
  }));
  stops.push(Math.round(t));
  // The same text analyzed whole: from the Stop button's appearance (analysis sent) to the answer.
  await loadLong(page, mb);
  await page.waitForSelector('#stop:not([hidden])');
  const sent = await page.evaluate(() => performance.now());
  await page.waitForSelector('#stop[hidden]', { state: 'attached', timeout: 120000 });
  wholes.push(Math.round((await page.evaluate(() => performance.now())) - sent));
  await page.close();
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`stop: ${stops} ms, median ${med(stops)}; whole analysis (worker call): ${wholes} ms, median ${med(wholes)}`);
await env.close();
