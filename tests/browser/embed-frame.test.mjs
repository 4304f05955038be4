// Bayan's page in an iframe, as docs/EMBEDDING.md tells a site to embed it:
// sized by the site's own stylesheet or by the frame's attributes under
// `style-src 'self'` (no inline style), handed a text in its URL fragment or
// by postMessage from the embedding page (and from no other origin), and
// registering no service worker on the site unless the site asks (?offline).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { root, shots, pageErrors } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';
import { launchHost } from './embed-host.mjs';

/** The header docs/EMBEDDING.md gives for a site that serves Bayan's page (as strict as the page's own). */
const PAGE_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'";
const TEXT = 'اجتمع وفد منظمة التعاون الإسلامي في جدة لبحث الوضع في حلب.';
const OTHER = 'زار الوفد مدينة دمشق.';

/** A share link's fragment: the text deflated, in base64url (www/views/export.js). */
const fragment = (text) => `#t=${deflateRawSync(Buffer.from(text)).toString('base64url')}`;

const host = (body, { css = '', script = '' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news site</title>
${css ? `<link rel="stylesheet" href="${css}">` : ''}${script ? `<script type="module" src="${script}"></script>` : ''}
</head><body><main>${body}</main></body></html>`;

/** The embedding page's script: hands its text to the frame once it listens. */
const poster = (text, name, target) => `
const frame = document.querySelector('iframe');
addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow || e.data?.type !== 'bayan:ready') return;
  frame.contentWindow.postMessage({ type: 'bayan:text', text: ${JSON.stringify(text)}, name: ${JSON.stringify(name)} }, ${target});
});
// A page on another origin hears no 'bayan:ready': it tries anyway, to every origin.
frame.addEventListener('load', () => {
  frame.contentWindow.postMessage({ type: 'bayan:text', text: ${JSON.stringify(text)} }, '*');
  document.body.dataset.posted = 'yes';
});
`;

let env;
before(async () => {
  env = await launchHost({
    csp: PAGE_CSP,
    files: {
      'frame.css': '.bayan-frame { width: 100%; height: 640px; border: 0; }',
      'fragment.html': host(`<iframe class="bayan-frame" src="/index.html${fragment(TEXT)}" title="بيان"></iframe>
        <iframe id="plain" src="/index.html${fragment(OTHER)}" title="بيان" width="100%" height="480"></iframe>`, { css: 'frame.css' }),
      'post.js': poster(TEXT, 'بيان الاجتماع', 'location.origin'),
      'posted.html': host('<iframe class="bayan-frame" src="/index.html" title="بيان"></iframe>', { css: 'frame.css', script: 'post.js' }),
      'offline.html': host('<iframe class="bayan-frame" src="/index.html?offline" title="بيان"></iframe>', { css: 'frame.css' }),
    },
  });
});
after(async () => { await env.close(); });

/** The frames' and the host's errors and CSP violations. */
async function open(context, url) {
  const page = await context.newPage();
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, errors };
}

const frameOf = (page, i = 0) => page.frames().filter((f) => f !== page.mainFrame())[i];
const violations = (page) => Promise.all(page.frames().map((f) => f.evaluate(() => window.violations))).then((v) => v.flat());

test("an iframe sized by the site's stylesheet or its own attributes, given its text in the fragment", async () => {
  const { page, errors } = await open(env.context, `${env.origin}/fixtures/fragment.html`);
  const [styled, plain] = [frameOf(page, 0), frameOf(page, 1)];
  await styled.waitForSelector('body[data-state="analyzed"]');
  await plain.waitForSelector('body[data-state="analyzed"]');
  const sizes = await page.$$eval('iframe', (fs) => fs.map((f) => [f.clientWidth, f.clientHeight, getComputedStyle(f).borderTopWidth]));
  const width = await page.$eval('main', (m) => m.clientWidth);
  assert.deepEqual(sizes, [[width, 640, '0px'], [width, 480, '2px']], 'not the 300×150 of a frame whose inline style was refused');
  assert.equal(await styled.$eval('#reader', (r) => r.textContent), TEXT);
  assert.equal(await plain.$eval('#reader', (r) => r.textContent), OTHER);
  await page.screenshot({ path: join(shots, 'embed-iframe.png') });

  // A new fragment is a new text.
  await styled.evaluate((f) => (location.hash = f), fragment(OTHER));
  await styled.waitForFunction(() => document.querySelectorAll('#doc-tabs .doc-tab').length === 2);
  await styled.waitForFunction((t) => document.getElementById('reader').textContent === t, OTHER);

  // No service worker: none registered, its script never fetched.
  await page.waitForTimeout(1500);
  assert.equal(await styled.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  assert.ok(!env.requests.some((u) => u.endsWith('/sw.js')), 'sw.js was not fetched');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the embedding page hands a text by postMessage; another origin cannot', async () => {
  const first = env.requests.length;
  const { page, errors } = await open(env.context, `${env.origin}/fixtures/posted.html`);
  const frame = frameOf(page);
  await frame.waitForSelector('body[data-state="analyzed"]');
  assert.equal(await frame.$eval('#reader', (r) => r.textContent), TEXT);
  assert.match(await frame.textContent('#status'), /^«بيان الاجتماع»/);
  assert.deepEqual(errors, []);
  // Without a service worker's precache, the core and the model are fetched once each.
  await page.waitForTimeout(1000);
  const asked = env.requests.slice(first);
  for (const file of ['/pkg/bayan_bg.wasm', '/pkg/ner.model.bin']) {
    assert.equal(asked.filter((u) => new URL(u).pathname === file).length, 1, `${file} fetched once`);
  }
  await page.close();

  // The same host page on another origin (another port) frames the page on this one.
  const elsewhere = await serve(join(root, 'tests/browser/fixtures'), 0, {
    files: {
      '/other.html': host(`<iframe class="bayan-frame" src="${env.origin}/index.html" title="بيان"></iframe>`, { script: 'post.js' }),
      '/post.js': poster(TEXT, 'بيان', "'*'"),
    },
    headers: () => ({ 'content-security-policy': PAGE_CSP.replace("frame-src 'self'", `frame-src ${env.origin}`) }),
  });
  const other = await env.context.newPage();
  await other.addInitScript(() => addEventListener('message', (e) => e.data?.type === 'bayan:text' && (window.heard = (window.heard ?? 0) + 1)));
  await other.goto(`http://127.0.0.1:${elsewhere.address().port}/other.html`);
  const framed = frameOf(other);
  await framed.waitForFunction(() => document.getElementById('lang-switch'));
  await other.waitForTimeout(2500);
  assert.equal(await other.evaluate(() => document.body.dataset.posted), 'yes');
  assert.ok(await framed.evaluate(() => window.heard) >= 1, 'the frame got the message');
  assert.equal(await framed.evaluate(() => document.body.dataset.state ?? null), null, 'and analyzed nothing');
  assert.equal(await framed.$eval('#reader', (r) => r.textContent), '');
  await other.close();
  await new Promise((ok) => elsewhere.close(ok));
});

test('a framed page registers a service worker only when the site asks for it (?offline)', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  try {
    const { page, errors } = await open(context, `${env.origin}/fixtures/offline.html`);
    const frame = frameOf(page);
    await frame.waitForSelector('#offline[data-state="ready"]', { timeout: 60_000 });
    assert.equal(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
