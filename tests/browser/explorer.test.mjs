// The explorer end to end: the sample is analyzed in the worker and shown
// with its entities highlighted, and nothing leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, foreign, openSample, shots } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('the sample shows OIC as ORG and Aleppo as LOC, with no foreign request', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  const marks = await page.$$eval('#reader mark.ent', (ms) => ms.map((m) => [m.textContent, m.dataset.type]));
  assert.ok(marks.some(([t, ty]) => t === 'منظمة التعاون الإسلامي' && ty === 'ORG'), 'OIC highlighted as ORG');
  assert.ok(marks.some(([t, ty]) => t === 'حلب' && ty === 'LOC'), 'Aleppo highlighted as LOC');
  const shown = await page.$eval('#reader', (r) => [...r.querySelectorAll('.para')].map((p) => p.textContent).join('\n'));
  const sample = await (await fetch(env.origin + '/samples/oic-aleppo-statement.txt')).text();
  assert.equal(shown, sample, 'the reader shows the text exactly');
  await page.screenshot({ path: join(shots, 'explorer-sample.png'), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});

test("the views' stylesheet (views.css) applies to the panels, after style.css", async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  await page.waitForSelector('#entities-panel .entity-list');
  await page.waitForSelector('#statements-panel .st-list');
  const look = await page.evaluate(() => ({
    sheets: [...document.styleSheets].map((s) => new URL(s.href).pathname),
    entities: getComputedStyle(document.querySelector('#entities-panel .entity-list')).display,
    statements: getComputedStyle(document.querySelector('#statements-panel .st-list')).listStyleType,
    scroll: getComputedStyle(document.querySelector('#statements-panel .st-scroll')).overflowY,
  }));
  assert.deepEqual(look.sheets, ['/offline.css', '/entities.css', '/style.css', '/views.css'], 'views.css comes last, after style.css');
  assert.deepEqual([look.entities, look.statements, look.scroll], ['flex', 'none', 'auto']);
  await page.screenshot({ path: join(shots, 'explorer-panels.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the legend hides and shows a type', async () => {
  const { page } = await openSample(env.context, env.origin);
  const loc = page.locator('.legend-item[data-type="LOC"]');
  await loc.click();
  assert.equal(await loc.getAttribute('aria-pressed'), 'false');
  const bg = await page.$eval('#reader mark.ent-LOC', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, 'rgba(0, 0, 0, 0)', 'hidden type has no highlight');
  await loc.click();
  assert.notEqual(await page.$eval('#reader mark.ent-LOC', (m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  await page.close();
});

test('a pasted text is analyzed; a PDF is refused with a message naming it', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.fill('#paste-box', 'زار وفد من الأمم المتحدة مدينة حلب.');
  await page.click('#analyze-paste');
  await page.waitForSelector('body[data-state="analyzed"]');
  // Once the wide name lists are in, the text is analyzed again: «مدينة حلب», as the CLI has it.
  await page.waitForSelector('body[data-wide="loaded"]');
  assert.deepEqual(await page.$$eval('#reader mark.ent', (ms) => ms.map((m) => m.textContent)), ['الأمم المتحدة', 'مدينة حلب']);
  await page.setInputFiles('#file-input', { name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1') });
  await page.waitForSelector('#status[data-kind="error"]');
  assert.match(await page.textContent('#status'), /old\.txt.*PDF/);
  await page.close();
});

test('letter joining survives a highlight: لسوريا is as wide with and without one', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  const widths = await page.evaluate(() => {
    const box = document.createElement('p');
    box.className = 'para';
    box.style.fontSize = '40px';
    box.style.display = 'inline-block';
    document.querySelector('.reader').append(box);
    document.querySelector('.workspace').hidden = false;
    box.textContent = 'لسوريا';
    const plain = box.getBoundingClientRect().width;
    const m = document.createElement('mark');
    m.className = 'ent ent-LOC';
    m.textContent = 'سوريا';
    box.replaceChildren('ل', m);
    return [plain, box.getBoundingClientRect().width];
  });
  assert.ok(Math.abs(widths[0] - widths[1]) < 0.5, `widths differ: ${widths}`);
  await page.close();
});
