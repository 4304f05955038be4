// Teacher mode (projection type, the pipeline step-through, keyboard
// navigation), the interface language and its memory, and the layout at
// phone width and at 200% zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openSample, shots } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('teacher mode: large type, pipeline stages, sentence and entity keys', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  const normal = await page.$eval('#reader', (r) => parseFloat(getComputedStyle(r).fontSize));
  await page.click('#teacher-switch');
  const big = await page.$eval('#reader', (r) => parseFloat(getComputedStyle(r).fontSize));
  assert.ok(big >= normal * 1.4, `projection size: ${normal} → ${big}`);
  assert.equal(await page.locator('#teacher-panel .stage').count(), 1, 'starts with the original');
  await page.locator('body').press(' ');
  await page.locator('body').press(' ');
  await page.locator('body').press(' ');
  await page.locator('body').press(' ');
  const stages = await page.$$eval('#teacher-panel .stage h3', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(stages, ['النص الأصلي', 'بعد التطبيع', 'الرموز', 'السوابق واللواحق', 'الكيانات']);
  assert.ok(await page.locator('#teacher-panel .stageEntities mark.ent').count() >= 3);
  await page.screenshot({ path: join(shots, 'teacher-mode.png') });
  await page.locator('body').press('PageDown');
  assert.match(await page.textContent('#teacher-where'), /^الجملة ٢ من/);
  await page.locator('body').press('ArrowRight');
  assert.match(await page.textContent('#teacher-where'), /^الجملة ١ من/);
  await page.locator('body').press('n');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.i), '0', 'n focuses the first entity');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the interface switches to English and remembers it', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('#load-sample'), 'Try the sample statement');
  await page.reload();
  assert.equal(await page.textContent('#load-sample'), 'Try the sample statement', 'remembered');
  await page.click('#load-sample');
  await page.waitForSelector('body[data-state="analyzed"]');
  assert.equal(await page.getAttribute('#reader', 'dir'), 'rtl', 'the Arabic text stays right to left');
  assert.equal(await page.textContent('#tab-words'), 'Words');
  assert.equal(await page.textContent('.user-gazetteer summary'), 'My names: add names Bayan should know');
  await page.screenshot({ path: join(shots, 'english-ui.png') });
  await page.click('#lang-switch');
  assert.equal(await page.textContent('#tab-words'), 'الكلمات');
  assert.equal(await page.textContent('.user-gazetteer summary'), 'أسمائي: أضف أسماء يعرفها بيان');
  await page.close();
});

test('phone width (375 px) and 200% zoom: no horizontal scrolling, panels stacked', async () => {
  for (const [name, viewport, scale] of [['phone', { width: 375, height: 780 }, 1], ['zoom200', { width: 640, height: 450 }, 2]]) {
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: scale, locale: 'ar' });
    const { page, errors } = await openSample(context, env.origin);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name}: page scrolls sideways by ${overflow}px`);
    const side = await page.locator('.side').boundingBox();
    const reader = await page.locator('#reader').boundingBox();
    assert.ok(reader.y > side.y + side.height - 1 || side.y > reader.y + reader.height - 1, `${name}: side panel stacked`);
    await page.locator('#reader').scrollIntoViewIfNeeded();
    // Paragraphs off screen skip rendering (content-visibility: auto); two
    // frames after the scroll the ones now in view are painted.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(shots, `layout-${name}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});
