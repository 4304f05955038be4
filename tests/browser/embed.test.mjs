// <bayan-explorer> on a host page with hostile CSS, and the library example
// page: the element renders as it should, its events cross the shadow
// boundary, its attributes reflect, and nothing leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foreign, root, shots, pageErrors } from './harness.mjs';
import { launchHost, openHost, settled } from './embed-host.mjs';

let env;
// The host page sets its own CSP in a meta element: no header here.
before(async () => { env = await launchHost({ csp: '' }); });
after(async () => { await env.close(); });

/** The hostile host page, once both its elements have analyzed with the wide lists. */
async function host() {
  const opened = await openHost(env);
  await Promise.all(['full', 'reader'].map((id) => settled(opened.page, id)));
  return opened;
}

test('the element renders inside hostile CSS, and its events reach the host document', async () => {
  const { page, errors } = await host();
  const full = page.locator('#full');
  const marks = await full.locator('mark.ent').evaluateAll((ms) => ms.map((m) => [m.textContent, m.dataset.type]));
  assert.deepEqual(marks, [['منظمة التعاون الإسلامي', 'ORG'], ['جدة', 'LOC'], ['الأمم المتحدة', 'ORG'], ['حلب', 'LOC']]);
  const look = await full.evaluate((el) => {
    const root = el.shadowRoot.querySelector('.root');
    const mark = el.shadowRoot.querySelector('mark.ent-ORG');
    const s = (n) => getComputedStyle(n);
    return {
      rootDirection: s(root).direction, rootSize: s(root).fontSize, rootColor: s(root).color,
      markSize: parseFloat(s(mark).fontSize), markBackground: s(mark).backgroundColor, markColor: s(mark).color,
      legendDisplay: s(el.shadowRoot.querySelector('.legend')).display, hostDisplay: s(el).display,
      paraDisplay: s(el.shadowRoot.querySelector('.para')).display,
    };
  });
  assert.equal(look.rootDirection, 'rtl', 'the host\'s direction: ltr does not get in');
  assert.equal(look.rootSize, '16px', 'the host\'s 3px does not get in');
  assert.ok(look.markSize >= 18, `reader text is readable (${look.markSize}px)`);
  assert.equal(look.markBackground, 'rgb(156, 218, 253)', 'ORG keeps its highlight (--ORG of entities.css)');
  assert.equal(look.markColor, 'rgb(27, 27, 31)', 'the host\'s red does not get in');
  assert.equal(look.legendDisplay, 'flex');
  assert.equal(look.paraDisplay, 'block');
  assert.equal(look.hostDisplay, 'block');
  // Nor does the element's CSS get out: the host's own .para is still unset.
  assert.equal(await page.$eval('#host-para', (p) => getComputedStyle(p).fontSize), '3px');
  assert.equal(await page.$eval('#host-para', (p) => getComputedStyle(p).display), 'inline');
  await full.screenshot({ path: join(shots, 'embed-hostile-full.png') });
  await page.screenshot({ path: join(shots, 'embed-hostile-page.png'), fullPage: true });

  const analyzed = await page.evaluate(() => window.events.find((e) => e.target === 'full').detail);
  assert.equal(analyzed.entities.length, 4);
  assert.ok(analyzed.tokens > 10);

  await full.locator('mark.ent-ORG', { hasText: 'الأمم المتحدة' }).click();
  await page.waitForFunction(() => window.events.some((e) => e.type === 'bayan-entity-click'));
  const click = await page.evaluate(() => window.events.find((e) => e.type === 'bayan-entity-click'));
  assert.equal(click.target, 'full', 'a composed event is retargeted to the element');
  assert.equal(click.detail.text, 'الأمم المتحدة');
  assert.equal(click.detail.type, 'ORG');
  assert.equal(click.detail.normalized, 'الامم المتحدة', 'the search preset folds the hamza and keeps ة');
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});

test('reader mode, English UI and src: the sample loads from the same origin', async () => {
  const { page } = await host();
  const reader = page.locator('#reader');
  assert.equal(await reader.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.legend')).display), 'none');
  assert.equal(await reader.evaluate((el) => el.shadowRoot.querySelector('.root').dir), 'ltr');
  const shown = await reader.evaluate((el) => [...el.shadowRoot.querySelectorAll('.para')].map((p) => p.textContent).join('\n'));
  const sample = await (await fetch(`${env.origin}/samples/oic-aleppo-statement.txt`)).text();
  assert.equal(shown, sample);
  await reader.screenshot({ path: join(shots, 'embed-hostile-reader.png') });
  await page.close();
});

test('attributes reflect as properties; types filters; another origin in src is refused unrequested', async () => {
  const { page } = await host();
  const full = page.locator('#full');
  const reflected = await full.evaluate((el) => {
    el.types = 'LOC';
    el.preset = 'strict';
    return [el.getAttribute('types'), el.getAttribute('preset'), el.mode, el.lang];
  });
  assert.deepEqual(reflected, ['LOC', 'strict', 'full', 'ar']);
  assert.deepEqual(await full.locator('mark.ent').evaluateAll((ms) => ms.map((m) => m.textContent)), ['جدة', 'حلب']);
  const before = env.requests.length;
  await page.evaluate(() => {
    const el = document.createElement('bayan-explorer');
    el.id = 'remote';
    el.src = 'https://example.com/statement.txt';
    document.body.append(el);
  });
  await page.waitForFunction(() => window.events.some((e) => e.type === 'bayan-error' && e.target === 'remote'));
  const error = await page.evaluate(() => window.events.find((e) => e.type === 'bayan-error').detail);
  assert.equal(error.kind, 'origin');
  assert.match(error.cause, /another origin/);
  assert.match(error.message, /^يقرأ العنصر من http:\/\/127\.0\.0\.1:\d+ وحده، وhttps:\/\/example\.com مصدر آخر\.$/, "said in the element's language");
  assert.deepEqual(foreign(env.requests.slice(before), env.origin), []);
  assert.deepEqual(await page.evaluate(() => customElements.get('bayan-explorer').name), 'BayanExplorer');
  await page.close();
});

test('the library example page analyzes, normalizes and loads a gazetteer with no UI module', async () => {
  const page = await env.context.newPage();
  const errors = pageErrors(page);
  const start = env.requests.length;
  await page.goto(`${env.origin}/examples/library.html`);
  await page.waitForSelector('body[data-state="ready"]');
  await page.fill('#text', 'زار وفد دار الأصدقاء مدينة حلب.');
  await page.click('#run');
  await page.waitForSelector('#entities li');
  assert.deepEqual(await page.$$eval('#entities li', (li) => li.map((l) => l.dataset.type)), ['LOC']);
  assert.equal(await page.textContent('#normalized'), 'زار وفد دار الاصدقاء مدينة حلب.');
  await page.fill('#gazetteer', 'دار الأصدقاء\tORG\tfriends\tFriends Society');
  await page.click('#load');
  await page.waitForFunction(() => document.querySelectorAll('#entities li').length === 2);
  assert.deepEqual(await page.$$eval('#entities li', (li) => li.map((l) => l.dataset.type)), ['ORG', 'LOC']);
  await page.selectOption('#preset', 'strict');
  await page.waitForFunction(() => document.querySelector('#normalized').textContent.includes('مدينه'));
  const modules = env.requests.slice(start).filter((u) => /\.js$/.test(u)).map((u) => new URL(u).pathname);
  assert.ok(!modules.some((p) => /render|legend|app|bayan-explorer/.test(p)), `only the library is loaded: ${modules}`);
  await page.screenshot({ path: join(shots, 'library-example.png'), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});

test('screenshots: the element on an ordinary and on a hostile host page, in both languages', async () => {
  const text = readFileSync(join(root, 'www/samples/oic-aleppo-statement.txt'), 'utf8').split('\n').slice(0, 6).join('\n');
  for (const [fixture, look] of [['embed-plain.html', 'plain'], ['embed-hostile.html', 'hostile']]) {
    const page = await env.context.newPage();
    await page.goto(`${env.origin}/fixtures/${fixture}`);
    for (const lang of ['ar', 'en']) {
      await page.evaluate(([t, l]) => new Promise((ok) => {
        const el = document.createElement('bayan-explorer');
        el.id = `el-${l}`;
        el.lang = l;
        el.text = t;
        el.addEventListener('bayan-analyzed', ok, { once: true });
        document.getElementById('slot').append(el);
      }), [text, lang]);
      await page.locator(`#el-${lang}`).screenshot({ path: join(shots, `embed-${look}-${lang}.png`) });
    }
    await page.screenshot({ path: join(shots, `embed-${look}-page.png`), fullPage: true });
    await page.close();
  }
});
