// The page with the keyboard alone, and what a reload keeps: the skip
// link, the entities panel as one tab stop with arrows inside, the drop
// zone pressed with Enter or Space, the result scrolled into view after
// loading at 1280×720, and the open texts reopened after a reload — in the
// full page only, never in a frame — within a size cap, with a way to stop
// keeping them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openSample } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

/** Puts the start of keyboard navigation at the top of the page, as a fresh visit has it. */
async function fromTop(page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.activeElement?.blur());
  await page.mouse.click(2, 2);
}

/** The focus path from the top of the page until `stop(el)` holds: ids or descriptions of each stop. */
async function tabUntil(page, stop, limit = 120) {
  const path = [];
  await fromTop(page);
  for (let k = 0; k < limit; k++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate((s) => {
      const a = document.activeElement;
      return { id: a.id || `${a.tagName.toLowerCase()}.${a.className}`, done: new Function('a', `return ${s}`)(a) };
    }, stop);
    path.push(here.id);
    if (here.done) return path;
  }
  throw new Error(`not reached in ${limit} Tab presses: ${path.join(' → ')}`);
}

test('a skip link goes to the text; the entities panel is one tab stop, with arrows inside', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  // Tabbing the long way: every stop before the first entity mark of the reader.
  const path = await tabUntil(page, "a.matches('#reader mark.ent')");
  const groups = path.filter((id) => id.startsWith('button.entity-item')).length;
  assert.equal(groups, 1, `the entity groups are one stop, not one each: ${path.join(' → ')}`);
  assert.ok(path.length <= 30, `${path.length} stops before the reader: ${path.join(' → ')}`);
  // The skip link: the first stop, then straight into the text.
  await fromTop(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip-link');
  assert.ok(await page.isVisible('#skip-link'), 'visible once it has the focus');
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#reader mark.ent[tabindex="0"]')), 'Enter lands on the reader\'s first mark');
  // Inside the panel: arrows, Home, End, Page Down by type group; Enter steps through mentions.
  const first = page.locator('#entities-panel .entity-item[tabindex="0"]');
  await first.focus();
  const at = () => page.evaluate(() => [document.activeElement.dataset.key, document.activeElement.dataset.type]);
  const start = await at();
  await page.keyboard.press('ArrowDown');
  const second = await at();
  assert.notDeepEqual(second, start, 'ArrowDown moves');
  assert.equal(await page.locator('#entities-panel .entity-item[tabindex="0"]').count(), 1, 'still one stop');
  await page.keyboard.press('ArrowUp');
  assert.deepEqual(await at(), start, 'ArrowUp comes back');
  await page.keyboard.press('PageDown');
  assert.notEqual((await at())[1], start[1], 'Page Down goes to the next type');
  await page.keyboard.press('End');
  const items = await page.locator('#entities-panel .entity-item').count();
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('#entities-panel .entity-item')].indexOf(document.activeElement)), items - 1);
  await page.keyboard.press('Home');
  assert.deepEqual(await at(), start);
  await page.keyboard.press('Enter');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#reader mark.ent')), 'Enter shows the first mention in the reader');
  // The panel's one stop stays where it was left, for the way back.
  assert.equal(await page.getAttribute('#entities-panel .entity-item[tabindex="0"]', 'data-key'), start[0]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the drop zone opens the file chooser with Enter, Space or a click', async () => {
  const page = await env.context.newPage();
  // Chromium reports a file chooser only once Playwright has asked it to
  // intercept them, which the first 'filechooser' listener asks without
  // waiting: a listener for the whole page, set before it loads, so no key
  // below can come first (with Promise.all alone, 4 keys in 18 were lost).
  page.on('filechooser', () => {});
  await page.goto(env.origin + '/');
  assert.equal(await page.getAttribute('#drop-zone', 'role'), 'button');
  assert.equal(await page.locator('#drop-zone input, #drop-zone button, #drop-zone a').count(), 0, 'no control nested in the button');
  for (const key of ['Enter', ' ']) {
    await page.focus('#drop-zone');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), page.keyboard.press(key)]);
    assert.ok(chooser.isMultiple(), `${JSON.stringify(key)} opens the chooser for several files`);
  }
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), page.click('#drop-zone')]);
  await chooser.setFiles({ name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('زار الوفد حلب.') });
  await page.waitForSelector('body[data-state="analyzed"]');
  assert.match(await page.textContent('#status'), /one\.txt/);
  await page.close();
});

test('at 1280×720 the result is scrolled into view after loading', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ar' });
  const { page } = await openSample(context, env.origin);
  const seen = await page.evaluate(() => {
    const r = document.getElementById('reader').getBoundingClientRect();
    const mark = document.querySelector('#reader mark.ent').getBoundingClientRect();
    return { top: r.top, mark: mark.top, status: document.getElementById('status').getBoundingClientRect().top, h: innerHeight };
  });
  assert.ok(seen.top >= 0 && seen.top < seen.h * 0.5, `the reader starts in the upper half: ${JSON.stringify(seen)}`);
  assert.ok(seen.mark < seen.h, 'its first mark is on screen');
  assert.ok(seen.status >= 0, 'the status line too');
  await context.close();
});

test('open texts come back after a reload, the same one on screen; closing or switching keeping off forgets', async () => {
  // A context of its own: the shared one starts every page with nothing kept.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ar' });
  const { page, errors } = await openSample(context, env.origin);
  await page.fill('#paste-box', 'زار الوفد حلب ثم دمشق.');
  await page.click('#analyze-paste');
  await page.waitForFunction(() => document.querySelectorAll('#doc-tabs [role="tab"]').length === 2);
  assert.ok(await page.isChecked('#keep-texts'), 'kept by default in the full page');
  // The sample back on screen, then a reload.
  await page.locator('#doc-tabs [role="tab"]').first().click();
  await page.reload();
  await page.waitForFunction(() => /أُعيد فتح/.test(document.getElementById('status').textContent), null, { timeout: 30_000 });
  const tabs = await page.$$eval('#doc-tabs [role="tab"]', (ts) => ts.map((t) => [t.textContent, t.getAttribute('aria-selected')]));
  assert.deepEqual(tabs.map(([name]) => name), ['البيان الختامي لاجتماع منظمة التعاون الإسلامي بشأن حلب', 'النص الملصق']);
  assert.equal(tabs[0][1], 'true', 'the one on screen before the reload');
  assert.match(await page.textContent('#status'), /أُعيد فتح نصين من زيارتك السابقة/);
  assert.ok(await page.locator('#reader mark.ent').count() > 30, 'analyzed again, marks shown');
  // Closing a text forgets it.
  await page.locator('#doc-tabs .doc-close').nth(1).click();
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('#doc-tabs [role="tab"]').length === 1, null, { timeout: 30_000 });
  // A text over the cap is analyzed but not kept, and the status says so.
  const big = 'زار الوفد حلب. '.repeat(190_000);
  await page.evaluate((text) => {
    const box = document.getElementById('paste-box');
    box.dispatchEvent(Object.assign(new Event('paste', { bubbles: true, cancelable: true }), { clipboardData: { getData: () => text } }));
  }, big);
  await page.waitForFunction(() => document.querySelectorAll('#doc-tabs [role="tab"]').length === 2, null, { timeout: 60_000 });
  await page.waitForFunction(() => /لن يُعاد فتحه/.test(document.getElementById('status').textContent), null, { timeout: 30_000 });
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('#doc-tabs [role="tab"]').length === 1 && document.body.dataset.state === 'analyzed', null, { timeout: 30_000 });
  // Keeping off: nothing comes back, and nothing is stored.
  await page.uncheck('#keep-texts');
  assert.equal(await page.evaluate(() => new Promise((done) => {
    const r = indexedDB.open('bayan');
    r.onsuccess = () => r.result.transaction('documents').objectStore('documents').count().onsuccess = (e) => done(e.target.result);
  })), 0, 'the store is empty');
  await page.reload();
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#doc-tabs [role="tab"]').count(), 0, 'nothing reopened');
  assert.equal(await page.isChecked('#keep-texts'), false, 'the choice is remembered');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a frame the page keeps nothing and offers nothing to keep', async () => {
  const context = await env.browser.newContext({ locale: 'ar' });
  const page = await context.newPage();
  // A host page of the same origin framing the explorer.
  await page.route(`${env.origin}/frame-host.html`, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><iframe id="f" src="/" style="width:1200px;height:800px"></iframe>',
  }));
  await page.goto(`${env.origin}/frame-host.html`);
  const frame = await (await page.waitForSelector('#f')).contentFrame();
  await frame.waitForSelector('#load-sample');
  await frame.click('#load-sample');
  await frame.waitForSelector('body[data-state="analyzed"]');
  assert.equal(await frame.isVisible('#keep'), false, 'no keeping offered in a frame');
  const stored = await frame.evaluate(() => new Promise((done) => {
    const r = indexedDB.open('bayan');
    r.onupgradeneeded = () => done('no database');
    r.onsuccess = () => done(r.result.objectStoreNames.contains('documents') ? 'a store' : 'no database');
  }));
  assert.equal(stored, 'no database', 'nothing written to the host\'s storage');
  await context.close();
});
