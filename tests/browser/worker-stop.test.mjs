// The worker's seams: a long analysis can be stopped (the page ends the
// worker and starts another, since a wasm call cannot be interrupted), the
// documents already open stay usable, and an analysis that comes back for
// a document closed meanwhile is dropped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openSample, foreign, loadLong } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => {
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await env.close();
});

test('a long analysis can be stopped, and the documents already open stay usable', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  await loadLong(page, 30);
  await page.waitForSelector('#stop:not([hidden])');
  const started = Date.now();
  await page.click('#stop');
  await page.waitForFunction(() => /long\.txt/.test(document.getElementById('status').textContent) &&
    document.getElementById('stop').hidden, null, { timeout: 60_000 });
  console.log(`# stopped in ${Date.now() - started} ms (the worker is ended and started anew)`);
  assert.match(await page.textContent('#status'), /أُوقف تحليل «long\.txt»/);
  assert.equal(await page.locator('.doc-tab').count(), 1, 'the stopped text did not become a document');
  // The sample was opened again in the new worker under its id: the views
  // that ask the worker about it still work.
  await page.click('#tab-words');
  await page.waitForSelector('#view-words table.freq tbody tr');
  await page.click('#tab-concordance');
  await page.fill('#kwic-query', 'حلب');
  await page.click('#view-concordance button[type="submit"]');
  await page.waitForSelector('#view-concordance table.kwic tbody tr');
  // And a new analysis works.
  await page.click('#load-sample');
  await page.waitForFunction(() => document.querySelectorAll('.doc-tab').length === 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an analysis that comes back for a closed document is dropped', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  await page.locator('.doc-close').click();
  await loadLong(page, 6);
  await page.waitForSelector('body[data-state="analyzed"] .doc-tab');
  await page.waitForFunction(() => !document.body.dataset.rendering, null, { timeout: 60_000 });
  // New names analyze the document again; it is closed before the answer.
  await page.locator('details.user-gazetteer summary').click();
  await page.fill('#user-gazetteer-terms', 'البراميل المتفجرة\tLAW\tbarrel-bombs\tBarrel bombs');
  await page.locator('details.user-gazetteer button', { hasText: 'طبّق' }).click();
  await page.waitForSelector('#stop:not([hidden])');
  await page.locator('.doc-close').click();
  await page.waitForSelector('#stop[hidden]', { state: 'attached', timeout: 60_000 });
  await page.waitForSelector('#progress[hidden]', { state: 'attached', timeout: 60_000 });
  await new Promise((ok) => setTimeout(ok, 300));
  assert.equal(await page.locator('.doc-tab').count(), 0);
  assert.equal(await page.isHidden('.workspace'), true, 'the closed document is not shown again');
  assert.deepEqual(errors, []);
  await page.close();
});
