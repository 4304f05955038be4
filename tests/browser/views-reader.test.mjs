// The reader and its side panels: entity info on hover and focus, sentence
// numbers, the diacritics switch, the entities panel stepping through
// mentions, and the token inspector.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, foreign, openSample, shots } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('focusing an entity shows its type, canonical name and English gloss', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  // «حلب» alone: the core gives «مدينة حلب» (the first mention, with the wide lists) no gloss.
  const aleppo = page.locator('#reader mark.ent[data-id="city-aleppo"]', { hasText: /^حلب$/ }).first();
  await aleppo.hover();
  const tip = page.locator('#ent-tip');
  await tip.waitFor({ state: 'visible' });
  const shown = await tip.textContent();
  assert.match(shown, /مكان · Place/, 'type in Arabic and English');
  assert.equal(await tip.locator('.tip-type bdi').count(), 2, 'each language isolated');
  assert.match(shown, /Aleppo/, 'English gloss');
  assert.doesNotMatch(shown, /city-aleppo/, 'no internal id');
  // Above the mark, so the next line stays readable.
  const [tipBox, markBox] = [await tip.boundingBox(), await aleppo.boundingBox()];
  assert.ok(tipBox.y + tipBox.height <= markBox.y + 1, `tooltip above the mark: ${tipBox.y + tipBox.height} vs ${markBox.y}`);
  await page.screenshot({ path: join(shots, 'reader-tooltip.png') });
  // Keyboard: Tab reaches the reader's roving stop; arrows move between marks.
  const first = page.locator('#reader mark.ent[tabindex="0"]');
  await first.focus();
  await page.keyboard.press('ArrowLeft');
  const focused = await page.evaluate(() => document.activeElement.dataset.i);
  assert.equal(focused, '1', 'ArrowLeft moves to the next mark in a right-to-left text');
  assert.ok(await tip.isVisible(), 'focus shows the tooltip too');
  assert.deepEqual(errors, []);
  await page.close();
});

test('sentence numbers appear on demand without changing the text', async () => {
  const { page } = await openSample(env.context, env.origin);
  const before = await page.$eval('#reader', (r) => r.textContent);
  assert.equal(await page.locator('.sent-no').first().isVisible(), false);
  await page.check('#toggle-sentences');
  const numbers = await page.$$eval('#reader .sent-no', (ns) => ns.map((n) => getComputedStyle(n, '::before').content));
  assert.ok(numbers.length >= 8, `sentences numbered: ${numbers.length}`);
  assert.equal(numbers[0], '"1"');
  assert.equal(await page.$eval('#reader', (r) => r.textContent), before, 'numbers are drawn, not inserted as text');
  await page.screenshot({ path: join(shots, 'reader-sentences.png') });
  await page.close();
});

test('the diacritics switch hides and restores harakat', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.fill('#paste-box', 'زارَ وَفْدٌ إلى حلبَ.');
  await page.click('#analyze-paste');
  await page.waitForSelector('body[data-state="analyzed"]');
  await page.waitForSelector('body[data-wide]');
  await page.waitForFunction(() => !document.body.dataset.rendering);
  await page.uncheck('#toggle-diacritics');
  assert.equal(await page.$eval('#reader', (r) => r.textContent), 'زار وفد إلى حلب.');
  // A click on a word still finds the right token with diacritics hidden.
  // Playwright waits until the mark stands still, then clicks its centre.
  await page.locator('#reader mark.ent').click();
  assert.equal(await page.textContent('#inspector .inspected'), 'حلبَ');
  await page.check('#toggle-diacritics');
  assert.equal(await page.$eval('#reader', (r) => r.textContent), 'زارَ وَفْدٌ إلى حلبَ.');
  await page.close();
});

test('the entities panel groups by entity and steps through the mentions', async () => {
  const { page } = await openSample(env.context, env.origin);
  const items = await page.$$eval('#entities-panel .entity-item', (bs) => bs.map((b) => [b.dataset.type, b.querySelector('.swatch').textContent, Number(b.querySelector('.count').textContent.replace(/[٠-٩]/g, (d) => d.charCodeAt(0) - 0x660))]));
  const types = items.map(([ty]) => ty);
  assert.deepEqual(types, [...types].sort((a, b) => ['PERSON', 'ORG', 'LOC', 'DATE', 'NUMBER', 'EVENT', 'LAW', 'TITLE', 'QUOTE'].indexOf(a) - ['PERSON', 'ORG', 'LOC', 'DATE', 'NUMBER', 'EVENT', 'LAW', 'TITLE', 'QUOTE'].indexOf(b)), 'sorted by type');
  const locs = items.filter(([ty]) => ty === 'LOC').map(([, , n]) => n);
  assert.deepEqual(locs, [...locs].sort((a, b) => b - a), 'then by frequency');
  const syria = items.find(([, label]) => label === 'سوريا');
  assert.ok(syria && syria[2] >= 5, `Syria is one group with its mentions: ${syria}`);
  const button = page.locator('#entities-panel .entity-item', { hasText: 'سوريا' }).first();
  await button.click();
  const first = await page.evaluate(() => document.activeElement.dataset.start);
  await button.click();
  const second = await page.evaluate(() => document.activeElement.dataset.start);
  assert.ok(Number(second) > Number(first), 'second press goes to the next mention');
  assert.match(await button.textContent(), /٢ من/);
  await page.screenshot({ path: join(shots, 'entities-panel.png') });
  await page.close();
});

test('clicking a word opens the token inspector; the legend filters the panel', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  const mark = page.locator('#reader mark.ent[data-id]', { hasText: /^جدة$/ }).first();
  // Playwright waits until the mark stands still, then clicks its centre.
  await mark.click();
  const inspector = page.locator('#inspector');
  assert.equal(await inspector.locator('.inspected').textContent(), 'جدة');
  assert.match(await inspector.locator('.facts').textContent(), /جدة/);
  assert.ok(await inspector.locator('.seg').count() >= 1, 'segments shown');
  await inspector.locator('.step-prev').click();
  assert.equal(await inspector.locator('.inspected').textContent(), 'في');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'step-prev', 'focus stays on the step button');
  await page.screenshot({ path: join(shots, 'token-inspector.png') });
  await page.click('.legend-item[data-type="LOC"]');
  assert.equal(await page.locator('#entities-panel .entity-item[data-type="LOC"]').count(), 0, 'hidden type leaves the panel');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});
