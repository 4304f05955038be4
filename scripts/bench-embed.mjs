#!/usr/bin/env node
// <bayan-explorer> on a host page, on a large statement: the sample
// statement repeated to --mb MB of UTF-8, given to the element through
// `src` (or `--via text`, the `text` property), in Debian's Chromium
// (tests/browser/harness.mjs; run ./scripts/test.sh once so its npm
// packages are installed).
//
//   node scripts/bench-embed.mjs [--mb 4,20] [--runs 3] [--via src|text] [--why] [--trace]
//
// For each size and run it prints the time until `bayan-analyzed`, the time
// until the reader has rendered every chunk, and the host page's longest
// main-thread tasks from the moment the element was given the text (the
// Long Tasks API): what a reader of the host page feels as a freeze. Then
// the median of each over the runs. With --why, each run also lists the
// scripts of its longest frames (the Long Animation Frames API): which
// function of which file the time went to. With --trace, each run is traced
// and the renderer's longest main-thread tasks are listed with their thread
// time (CPU) beside their wall time: on a busy machine the wall time of a
// task grows with the load, its thread time does not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, root } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = arg('--mb', '4,20').split(',').map(Number);
const runs = Number(arg('--runs', 3));
const via = arg('--via', 'src');
if (!['src', 'text'].includes(via)) throw new Error('--via is src or text');
const why = args.includes('--why');
const trace = args.includes('--trace');

/**
 * The renderer's main-thread tasks in a Chromium trace: the longest by wall
 * time and the longest by thread (CPU) time, in ms.
 */
function longestTasks(json) {
  const events = JSON.parse(json).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((t) => t.pid === e.pid && t.tid === e.tid && t.name === 'FunctionCall'));
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask')
    .map((t) => ({ wall: Math.round(t.dur / 1000), thread: Math.round((t.tdur ?? 0) / 1000) }));
  const top = (key) => tasks.sort((a, b) => b[key] - a[key]).slice(0, 3).map((t) => `${t.wall} ms wall / ${t.thread} ms thread`).join(', ');
  return { wall: top('wall'), thread: top('thread'), maxThread: Math.max(0, ...tasks.map((t) => t.thread)) };
}

const sample = readFileSync(join(root, 'www/samples/oic-aleppo-statement.txt'), 'utf8');
/** The sample repeated to `mb` MB of UTF-8, paragraphs apart. */
const statement = (mb) => Array.from({ length: Math.ceil((mb * 1e6) / Buffer.byteLength(sample)) }, () => sample).join('\n');

/** A plain host page: a heading, the element, a footer. */
const HOST = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/bayan-explorer.js"></script></head>
<body><h1>A news site</h1><bayan-explorer id="el" lang="en"></bayan-explorer><footer>Footer</footer></body></html>`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The server answers from memory, as from files: a text fulfilled through
// the browser's devtools protocol would cost the page more than a download.
const files = { '/bench/host.html': HOST, '/favicon.ico': '' };
const env = await launch({ files });
try {
  for (const mb of sizes) {
    files['/bench/statement.txt'] = statement(mb);
    const results = [];
    for (let run = 0; run < runs; run++) {
      const page = await env.context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${env.origin}/bench/host.html`);
      await page.waitForFunction(() => customElements.get('bayan-explorer'));
      // The worker is started (and the wasm compiled) by a first, small text.
      await page.evaluate(() => new Promise((ok) => {
        const el = document.getElementById('el');
        el.addEventListener('bayan-analyzed', ok, { once: true });
        el.text = 'حلب';
      }));
      if (via === 'text') await page.evaluate(async () => (window.big = await (await fetch('/bench/statement.txt')).text()));
      if (trace) await env.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'] });
      await page.evaluate((how) => {
        window.tasks = [];
        window.t0 = performance.now();
        new PerformanceObserver((list) => list.getEntries().filter((e) => e.startTime >= window.t0)
          .forEach((e) => window.tasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
        window.frames = [];
        new PerformanceObserver((list) => list.getEntries().filter((e) => e.startTime >= window.t0)
          .forEach((e) => window.frames.push({
            duration: Math.round(e.duration),
            scripts: e.scripts.filter((s) => s.duration >= 10).map((s) =>
              `${s.sourceFunctionName || s.invoker} (${s.sourceURL.split('/').pop()}) ${Math.round(s.duration)} ms`),
          }))).observe({ type: 'long-animation-frame' });
        const el = document.getElementById('el');
        el.addEventListener('bayan-analyzed', () => (window.analyzed = performance.now() - window.t0), { once: true });
        if (how === 'src') {
          el.removeAttribute('text');
          el.src = '/bench/statement.txt';
        } else {
          el.text = window.big;
          delete window.big;
        }
      }, via);
      await page.waitForFunction(() => window.analyzed, null, { timeout: 900_000, polling: 100 });
      await page.waitForFunction(() => !document.getElementById('el').shadowRoot.querySelector('.chunk:not(.rendered)'),
        null, { timeout: 900_000, polling: 100 });
      // Long tasks are reported after they end: give the last one a moment.
      await page.waitForTimeout(200);
      const r = await page.evaluate(() => ({
        analyzed: window.analyzed, rendered: performance.now() - window.t0 - 200, tasks: window.tasks.sort((a, b) => b - a),
        frames: window.frames.sort((a, b) => b.duration - a.duration).slice(0, 3),
      }));
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      results.push(r);
      console.log(`${mb} MB via ${via}, run ${run + 1}: analyzed after ${(r.analyzed / 1000).toFixed(2)} s, rendered after ${(r.rendered / 1000).toFixed(2)} s; longest host tasks ${r.tasks.slice(0, 5).join(', ') || 'none over 50'} ms`);
      if (trace) {
        const tasks = longestTasks((await env.browser.stopTracing()).toString('utf8'));
        console.log(`  trace, longest tasks by wall time: ${tasks.wall}; by thread time: ${tasks.thread}`);
        r.thread = tasks.maxThread;
      }
      if (why) for (const f of r.frames) console.log(`  frame of ${f.duration} ms: ${f.scripts.join('; ') || 'no script over 10 ms (style, layout, paint)'}`);
      await page.close();
    }
    const longest = results.map((r) => r.tasks[0] ?? 0);
    console.log(`${mb} MB via ${via}, median of ${runs}: analyzed ${(median(results.map((r) => r.analyzed)) / 1000).toFixed(2)} s, rendered ${(median(results.map((r) => r.rendered)) / 1000).toFixed(2)} s, longest host task ${median(longest)} ms (runs: ${longest.join(', ')})` +
      (trace ? `; longest thread time of a task ${median(results.map((r) => r.thread))} ms (runs: ${results.map((r) => r.thread).join(', ')})` : ''));
  }
} finally {
  await env.close();
}
