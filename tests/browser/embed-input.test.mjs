// Where <bayan-explorer>'s text comes from and what it tells its host:
// `src` first (decoded as the page decodes files: a legacy encoding is
// detected, a binary file refused), then `text`, then its own content, which
// is also the fallback without JavaScript — shown until the analysis replaces
// it, and kept, with the error in the element's language, when the analysis
// fails (here: a CSP without 'wasm-unsafe-eval'). An empty text is analyzed
// too; `lang` switches every label; Enter and Space on a highlight fire
// `bayan-entity-click` as a click does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchHost, openHost, fired, details, addElement, settled, heldFile } from './embed-host.mjs';

const TEXT = 'اجتمع وفد منظمة التعاون الإسلامي في جدة لبحث الوضع في حلب.';

/** `text` in Windows-1256, as an old Arabic file would be. */
function windows1256(text) {
  const decoded = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byte = new Map([...decoded].map((c, i) => [c, i]));
  return Buffer.from([...text].map((c) => byte.get(c)));
}

/** The slow text's answer waits for `slow.release()`. */
const slow = heldFile(TEXT);

let env;
before(async () => {
  env = await launchHost({
    files: {
      'statement.txt': 'زار الوفد مدينة حلب.',
      'old-arabic.txt': windows1256(`${TEXT}\nوقال البيان إن الوفد زار دمشق.`),
      'photo.txt': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]),
      'missing.txt': (route) => route.fulfill({ status: 404, body: 'not found' }),
      'slow.txt': slow.route,
    },
  });
});
after(async () => { await env.close(); });

const shadow = (page, id, fn) => page.$eval(`#${id}`, (el, f) => new Function('root', `return (${f})(root)`)(el.shadowRoot), fn.toString());
const marks = (page, id) => page.locator(`#${id} mark.ent`).evaluateAll((ms) => ms.map((m) => m.textContent));

test('src, then text, then the content; the content is shown until the analysis replaces it', async () => {
  const { page, errors } = await openHost(env, 'embed-hostile.html');
  await addElement(page, 'el', { src: '/fixtures/slow.txt', text: 'زار الوفد دمشق.' }, '<p id="fallback">نص من <b>محتوى</b> العنصر في بيروت.</p><p>سطر ثان.</p>');
  const visible = () => page.$eval('#fallback', (p) => p.getClientRects().length > 0);
  assert.equal(await visible(), true, 'the content shows while the text loads');
  slow.release();
  // Analyzed once before the wide name lists, once after them.
  await settled(page, 'el');
  assert.equal(await visible(), false, 'the analysis replaces it');
  assert.deepEqual(await marks(page, 'el'), ['منظمة التعاون الإسلامي', 'جدة', 'حلب']);
  await page.evaluate(() => document.getElementById('el').removeAttribute('src'));
  await fired(page, 'el', 'bayan-analyzed', 3);
  assert.deepEqual(await marks(page, 'el'), ['دمشق']);
  await page.evaluate(() => document.getElementById('el').removeAttribute('text'));
  await fired(page, 'el', 'bayan-analyzed', 4);
  assert.deepEqual(await marks(page, 'el'), ['بيروت']);
  assert.equal(await shadow(page, 'el', (root) => root.querySelector('.reader').textContent), 'نص من محتوى العنصر في بيروت.سطر ثان.',
    'the content read as lines of text');
  // The content is watched: a change is analyzed again.
  await page.evaluate(() => document.querySelector('#el p:last-child').append(' في عمّان'));
  await fired(page, 'el', 'bayan-analyzed', 5);
  assert.deepEqual(await marks(page, 'el'), ['بيروت', 'عمّان']);
  assert.deepEqual((await details(page, 'el', 'bayan-analyzed')).map((d) => `${d.source} ${d.wide}`),
    ['src false', 'src true', 'text true', 'content true', 'content true']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('src is decoded as the page decodes a file: a legacy encoding is read, a binary or missing file refused', async () => {
  const { page, errors } = await openHost(env, 'embed-hostile.html');
  await addElement(page, 'old', { src: '/fixtures/old-arabic.txt', lang: 'en' });
  await addElement(page, 'photo', { src: '/fixtures/photo.txt', lang: 'en' }, '<p id="kept">نص بديل</p>');
  await addElement(page, 'lost', { src: '/fixtures/missing.txt' });
  // The status after the analysis with the wide lists, the element's last.
  await settled(page, 'old');
  const [old] = await details(page, 'old', 'bayan-analyzed');
  assert.equal(old.encoding, 'windows-1256');
  assert.equal(old.invalid.count, 0);
  assert.match(old.warnings[0], /not UTF-8; it was read as windows-1256/, 'the decoder\'s warning, in the element\'s language');
  assert.deepEqual(await marks(page, 'old'), ['منظمة التعاون الإسلامي', 'جدة', 'حلب', 'دمشق']);
  assert.match(await shadow(page, 'old', (root) => root.querySelector('.status').textContent), /Read as WINDOWS-1256\.$/);

  await fired(page, 'photo', 'bayan-error');
  const [photo] = await details(page, 'photo', 'bayan-error');
  assert.equal(photo.kind, 'unsupported');
  assert.match(photo.message, /photo\.txt.*PNG image/, 'said in the element\'s language');
  assert.equal(await page.$eval('#kept', (p) => p.getClientRects().length > 0), true, 'the content stays');
  assert.equal(await shadow(page, 'photo', (root) => root.querySelector('.status').dataset.kind), 'error');
  assert.equal(await shadow(page, 'photo', (root) => root.querySelector('.reader').textContent), '', 'nothing of the file is shown');

  await fired(page, 'lost', 'bayan-error');
  const [lost] = await details(page, 'lost', 'bayan-error');
  assert.deepEqual([lost.kind, lost.message, lost.cause], ['http', 'تعذّر تحميل /fixtures/missing.txt (HTTP 404).', '/fixtures/missing.txt: HTTP 404']);
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await page.close();
});

test('an empty text is analyzed too, with empty results', async () => {
  const { page } = await openHost(env, 'embed-hostile.html');
  await addElement(page, 'none');
  await addElement(page, 'blank', { text: '  \n ' });
  await addElement(page, 'cleared', { text: 'حلب' });
  await fired(page, 'cleared', 'bayan-analyzed');
  await page.evaluate(() => (document.getElementById('cleared').text = ''));
  await fired(page, 'cleared', 'bayan-analyzed', 2);
  await fired(page, 'none', 'bayan-analyzed');
  await fired(page, 'blank', 'bayan-analyzed');
  for (const [id, source, length] of [['none', 'content', 0], ['blank', 'text', 4], ['cleared', 'text', 0]]) {
    const all = await details(page, id, 'bayan-analyzed');
    const last = all[all.length - 1];
    assert.deepEqual([last.source, last.length, last.tokens, last.entities], [source, length, 0, []], id);
    assert.equal(await shadow(page, id, (root) => root.querySelector('.status').textContent), 'لا نص لتحليله.');
    assert.equal(await page.evaluate((i) => document.getElementById(i).analysis, id), null);
  }
  assert.deepEqual(await marks(page, 'cleared'), [], 'the old text is gone');
  await page.close();
});

test('lang switches every label, the legend included; Enter and Space fire bayan-entity-click', async () => {
  const { page, errors } = await openHost(env, 'embed-hostile.html');
  await addElement(page, 'el', { text: TEXT, lang: 'en', preset: 'light' });
  await settled(page, 'el');
  const analyses = (await details(page, 'el', 'bayan-analyzed')).length;
  const labels = () => shadow(page, 'el', (root) => ({
    legend: [...root.querySelectorAll('.legend .swatch')].map((s) => s.textContent),
    counts: [...root.querySelectorAll('.legend .count')].map((s) => s.textContent),
    aria: [root.querySelector('.legend').getAttribute('aria-label'), root.querySelector('.reader').getAttribute('aria-label')],
    status: root.querySelector('.status').textContent,
    dir: root.querySelector('.root').dir,
  }));
  assert.deepEqual(await labels(), {
    legend: ['Organisations', 'Places'], counts: ['1', '2'], aria: ['Entity types', 'Text'], status: '12 tokens, 3 entities.', dir: 'ltr',
  });
  await page.evaluate(() => (document.getElementById('el').lang = 'ar'));
  assert.deepEqual(await labels(), {
    legend: ['منظمات', 'أماكن'], counts: ['١', '٢'], aria: ['أنواع الكيانات', 'النص'], status: '١٢ رمزًا، ٣ كيانًا.', dir: 'rtl',
  });
  assert.equal((await details(page, 'el', 'bayan-analyzed')).length, analyses, 'a language switch is no new analysis');

  const mark = page.locator('#el mark.ent', { hasText: 'منظمة التعاون الإسلامي' });
  await mark.focus();
  await page.keyboard.press('Enter');
  await fired(page, 'el', 'bayan-entity-click');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press(' ');
  await fired(page, 'el', 'bayan-entity-click', 2);
  const clicks = await details(page, 'el', 'bayan-entity-click');
  assert.deepEqual(clicks.map((c) => [c.text, c.type, c.normalized, c.preset]),
    [['منظمة التعاون الإسلامي', 'ORG', 'منظمة التعاون الإسلامي', 'light'], ['جدة', 'LOC', 'جدة', 'light']]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a CSP without 'wasm-unsafe-eval': the content stays, the error is in the element's language", async () => {
  const strict = await launchHost({ csp: "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'" });
  try {
    const { page } = await openHost(strict, 'embed-hostile.html');
    await addElement(page, 'el', {}, '<p id="kept">اجتمع الوفد في حلب.</p>');
    await fired(page, 'el', 'bayan-error');
    const [error] = await details(page, 'el', 'bayan-error');
    assert.equal(error.kind, 'analysis');
    assert.equal(error.message, 'تعذّر تحليل النص؛ يظهر دون تمييز الكيانات.');
    assert.match(error.cause, /wasm-unsafe-eval/, `the cause says what to allow: ${error.cause}`);
    assert.equal(await page.$eval('#kept', (p) => p.getClientRects().length > 0), true, 'the statement is still there to read');
    // A language switch says it again, in English.
    await page.evaluate(() => (document.getElementById('el').lang = 'en'));
    await fired(page, 'el', 'bayan-error', 2);
    assert.equal(await shadow(page, 'el', (root) => root.querySelector('.status').textContent),
      'The text could not be analyzed; it is shown without highlights.');
    await page.close();
  } finally {
    await strict.close();
  }
});
