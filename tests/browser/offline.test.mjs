// The installable offline page: after one online visit the service worker
// controls the page and has cached every asset, so it loads and analyzes
// with the network off; a new build is offered as an update and replaces
// the old cache. Nothing leaves 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { foreign, root, shots, pageErrors, launchChromium } from './harness.mjs';

/** Like harness.launch(), over a copy of www/ that a test may change. */
async function launchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-offline-'));
  cpSync(join(root, 'www'), dir, { recursive: true });
  const server = await serve(dir, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = pageErrors(page);
  const close = async () => {
    await browser.close();
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  };
  return { dir, origin, context, page, requests, errors, close };
}

/** Loads the page and waits until the service worker controls it. */
async function firstVisit(page, origin) {
  await page.goto(origin + '/');
  await page.waitForSelector('#offline[data-state="ready"]');
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is controlled');
  assert.equal(await page.textContent('#offline'), '✓ جاهز للعمل دون اتصال');
  await page.click('#lang-switch');
  assert.equal(await page.textContent('#offline'), '✓ Ready to work offline', 'the indicator follows the language');
  await page.click('#lang-switch');
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the page loads and analyzes with the network off', async () => {
  const env = await launchCopy();
  try {
    await firstVisit(env.page, env.origin);
    const { version, assets } = await env.page.evaluate(async () => {
      const sw = await (await fetch('pkg/precache.js')).text();
      return JSON.parse(sw.slice(sw.indexOf('{'), sw.lastIndexOf('}') + 1));
    });
    assert.deepEqual(await cacheNames(env.page), [`bayan-${version}`]);
    const cached = await env.page.evaluate(async (name) =>
      (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), `bayan-${version}`);
    for (const a of ['/', '/index.html', '/app.js', '/worker.js', '/pkg/bayan_bg.wasm', '/style.css',
      '/samples/oic-aleppo-statement.txt', '/manifest.webmanifest', '/icon-192.png']) {
      assert.ok(cached.includes(a), `${a} is precached`);
    }
    assert.equal(cached.length, assets.length);

    await env.context.setOffline(true);
    await env.page.reload();
    await env.page.waitForSelector('#offline[data-state="offline"]');
    await env.page.click('#load-sample');
    await env.page.waitForSelector('body[data-state="analyzed"]');
    const marks = await env.page.$$eval('#reader mark.ent', (ms) => ms.map((m) => [m.textContent, m.dataset.type]));
    assert.ok(marks.some(([t, ty]) => t === 'منظمة التعاون الإسلامي' && ty === 'ORG'));
    assert.ok(marks.some(([t, ty]) => t === 'حلب' && ty === 'LOC'));
    await env.page.screenshot({ path: join(shots, 'offline-analyzed.png') });
    assert.equal(await env.page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'blocked')), 'blocked');
    assert.deepEqual(env.errors.filter((e) => !/example\.com|Content Security Policy|Failed to fetch/.test(e)), []);
    assert.deepEqual(foreign(env.requests, env.origin), []);
  } finally {
    await env.close();
  }
});

test('a new build is offered as an update, and taking it drops the old cache', async () => {
  const env = await launchCopy();
  try {
    await firstVisit(env.page, env.origin);
    const [old] = await cacheNames(env.page);
    // A new build: one asset changed, so the precache list has a new version.
    const precache = join(env.dir, 'pkg', 'precache.js');
    writeFileSync(precache, readFileSync(precache, 'utf8').replace(/"version": "[^"]+"/, '"version": "next-build"'));
    await env.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await env.page.waitForSelector('#offline[data-state="update"] button.update');
    await env.page.screenshot({ path: join(shots, 'offline-update-prompt.png') });
    assert.deepEqual((await cacheNames(env.page)).sort(), [old, 'bayan-next-build'].sort(), 'both until the visitor chooses');
    await Promise.all([env.page.waitForEvent('load'), env.page.click('button.update')]);
    await env.page.waitForSelector('#offline[data-state="ready"]');
    assert.deepEqual(await cacheNames(env.page), ['bayan-next-build']);
    assert.deepEqual(env.errors, []);
    assert.deepEqual(foreign(env.requests, env.origin), []);
  } finally {
    await env.close();
  }
});
