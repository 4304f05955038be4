// The user gazetteer panel: terms typed by the visitor change the analysis,
// stay in the browser, and nothing leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, foreign, shots } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('a user term is highlighted with its type; a bad line is reported', async () => {
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.origin + '/');
  await page.locator('details.user-gazetteer summary').click();
  await page.fill('#user-gazetteer-terms', 'البراميل المتفجرة\tLAW\tbarrel-bombs\tBarrel bombs');
  await page.locator('details.user-gazetteer button', { hasText: 'طبّق' }).click();
  // «1 names added» no more: the plural form of each language, and a switch says it again.
  const said = page.locator('details.user-gazetteer .status');
  assert.equal(await said.textContent(), 'اسم واحد مضاف، يُطبَّق على كل تحليل.');
  await page.click('#lang-switch');
  assert.equal(await said.textContent(), '1 name added, applied to every analysis.');
  await page.click('#lang-switch');
  await page.click('#load-sample');
  await page.waitForSelector('#reader mark.ent');
  const marks = await page.$$eval('#reader mark.ent', (ms) => ms.map((m) => [m.textContent, m.dataset.type]));
  assert.ok(marks.some(([t, ty]) => t === 'البراميل المتفجرة' && ty === 'LAW'), 'the user term, clitic ب outside');
  await page.screenshot({ path: join(shots, 'user-gazetteer.png'), fullPage: true });

  await page.fill('#user-gazetteer-terms', 'حلب\tCITY');
  await page.locator('details.user-gazetteer button', { hasText: 'طبّق' }).click();
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('line 1'));
  assert.match(await page.textContent('#status'), /unknown entity type "CITY"/);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});
