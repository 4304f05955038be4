// dist/bayan.html, opened from file:// with no server: the worker starts from
// a Blob URL, the wasm comes from inlined bytes, the sample from memory, and
// the only request is for the file itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, shots, pageErrors, launchChromium } from './harness.mjs';

const file = join(root, 'dist', 'bayan.html');
const url = pathToFileURL(file).href;
let browser;
before(async () => {
  assert.ok(existsSync(file), 'dist/bayan.html exists: run ./scripts/build.sh');
  browser = await launchChromium();
});
after(async () => { await browser?.close(); });

test('the CSP forbids every remote origin and allows inline code only by hash', () => {
  const html = readFileSync(file, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)[1];
  assert.doesNotMatch(csp, /unsafe-inline|(?<!wasm-)unsafe-eval|https?:|\*/);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(html, /\s(src|href)="(?!data:|#)/, 'every reference is inlined (a link within the page is no fetch)');
  assert.doesNotMatch(html, /<link rel="manifest"/);
});

test('opened from file://, it analyzes the sample with no request but the file itself', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar', acceptDownloads: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = pageErrors(page);
  await page.goto(url);
  assert.equal(await page.evaluate(() => self.origin), 'null', 'an opaque origin, as a mailed file has');
  await page.click('#load-sample');
  await page.waitForSelector('body[data-state="analyzed"]');
  // The wide name lists are inlined too: no request, and nothing failed.
  await page.waitForSelector('body[data-wide="loaded"]');
  const marks = await page.$$eval('#reader mark.ent', (ms) => ms.map((m) => [m.textContent, m.dataset.type]));
  assert.ok(marks.some(([t, ty]) => t === 'منظمة التعاون الإسلامي' && ty === 'ORG'), 'OIC highlighted as ORG');
  assert.ok(marks.some(([t, ty]) => t === 'حلب' && ty === 'LOC'), 'Aleppo highlighted as LOC');
  const shown = await page.$eval('#reader', (r) => [...r.querySelectorAll('.para')].map((p) => p.textContent).join('\n'));
  assert.equal(shown, readFileSync(join(root, 'www', 'samples', 'oic-aleppo-statement.txt'), 'utf8'));

  // The views come by dynamic import, bundled inside the file, and their
  // stylesheet is inlined: the entities panel is drawn with it.
  await page.waitForSelector('#entities-panel .entity-list');
  assert.equal(await page.$eval('#entities-panel .entity-list', (l) => getComputedStyle(l).display), 'flex');
  // The HTML export reads the palette (entities.css) from memory.
  await page.click('#tab-export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  const html = readFileSync(await download.path(), 'utf8');
  assert.match(html, /--LOC: #[0-9a-f]+;\s+--LOC-line: #[0-9a-f]+;/);
  assert.match(html, /\.ent\.ent-LOC \{[^}]*text-decoration-style: dashed;/);
  assert.match(html, /<mark class="ent ent-LOC" title="LOC — Aleppo — city-aleppo">حلب<\/mark>/);
  await page.click('#tab-reader');

  await page.fill('#paste-box', 'زار وفد من الأمم المتحدة مدينة حلب.');
  await page.click('#analyze-paste');
  await page.waitForFunction(() => document.querySelectorAll('#reader mark.ent').length === 2);
  assert.equal(await page.$eval('#offline', (p) => p.hidden), true, 'no offline indicator: no service worker on file://');
  // The regex module is inlined too: a regex search works from file://.
  await page.click('#tab-concordance');
  await page.check('#kwic-regex');
  await page.fill('#kwic-query', '\\w+ة');
  await page.press('#kwic-query', 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#view-concordance td.match')].some((t) => t.textContent === 'المتحدة'));
  await page.screenshot({ path: join(shots, 'single-file.png') });
  assert.deepEqual(errors, []);
  const outside = requests.filter((u) => u !== url && !/^(data|blob):/.test(u));
  assert.deepEqual(outside, [], 'only the file itself was requested');
  await context.close();
});
