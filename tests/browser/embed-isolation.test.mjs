// <bayan-explorer> leaves its host page alone: on a page with hostile CSS and
// a strict CSP header, no node, id or stylesheet is added to the host
// document in any state — idle, loading, analyzed, a text with controls,
// hover, focus, error, after a `lang` switch — and the host's own .ctl keeps
// its look. Inside, bidi overrides are shown as markers and never obeyed
// (Trojan Source: `gnp.exe` stays `gnp.exe`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { foreign, shots } from './harness.mjs';
import { launchHost, openHost, fired, details, addElement, settled, heldFile } from './embed-host.mjs';
import { CONTROL_NAMES } from '../../www/core-facts.js';

const TROJAN = 'user \u202Egnp.exe\u202C file';
const CONTROLS = '\u200F\u2067\u200B\u200D\u2069\uFEFF';
const STATEMENT = `اجتمع وفد منظمة التعاون الإسلامي في جدة لبحث الوضع في حلب.\nاسم الملف ${TROJAN}، وفيه${CONTROLS} محارف خفية.\n`;

/** The slow text's answer waits for `slow.release()`. */
const slow = heldFile(STATEMENT);

let env;
before(async () => {
  env = await launchHost({
    files: {
      'slow.txt': slow.route,
      'binary.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    },
  });
});
after(async () => {
  assert.deepEqual(foreign(env.requests, env.origin), [], 'no request left 127.0.0.1');
  await env.close();
});

test('no node, id or stylesheet is added to the host document, in any state', async () => {
  const { page, errors } = await openHost(env, 'embed-hostile.html');
  const base = await page.evaluate(() => window.hostState());
  const unchanged = async (state) => assert.deepEqual(await page.evaluate(() => window.hostState()), base, `host document after: ${state}`);
  const shadow = (fn, arg) => page.evaluate(fn, arg);

  await addElement(page, 'idle');
  await fired(page, 'idle', 'bayan-analyzed');
  assert.deepEqual(await details(page, 'idle', 'bayan-analyzed'),
    [{ source: 'content', length: 0, tokens: 0, entities: [], statements: [], encoding: null, invalid: { count: 0, first: null }, controls: 0, warnings: [], wide: false }]);
  await unchanged('idle (nothing to analyze)');

  await addElement(page, 'el', { src: '/fixtures/slow.txt' }, '<p id="fallback">النص قبل التحليل</p>');
  await page.waitForFunction(() => document.getElementById('el').shadowRoot.querySelector('.status').textContent === 'جارٍ التحليل…');
  await unchanged('loading');
  slow.release();
  await settled(page, 'el');
  await unchanged('analyzed, a text with controls');
  assert.ok(await shadow(() => document.getElementById('el').shadowRoot.querySelectorAll('.ctl').length) >= 8, 'the controls are markers');

  const mark = page.locator('#el mark.ent').first();
  await mark.hover();
  const tip = await shadow(() => {
    const root = document.getElementById('el').shadowRoot;
    const box = root.getElementById('ent-tip');
    const m = root.querySelector('mark.ent').getBoundingClientRect();
    const r = box.getBoundingClientRect();
    return { hidden: box.hidden, inRoot: box.parentElement.classList.contains('root'), gap: r.top - m.bottom, above: m.top - r.bottom, text: box.textContent, size: getComputedStyle(box).fontSize };
  });
  assert.equal(tip.hidden, false, 'hovering shows the tooltip');
  assert.ok(tip.inRoot, 'the tooltip is inside the shadow root');
  // Above the mark when there is room (render.js), else below it.
  assert.ok(Math.abs(tip.gap - 6) < 2 || Math.abs(tip.above - 6) < 2, `the tooltip is just below or above the highlight (${tip.gap}px, ${tip.above}px)`);
  assert.match(tip.text, /منظمة · Organisation/);
  assert.equal(tip.size, '15px');
  await page.screenshot({ path: join(shots, 'embed-hostile-tooltip.png') });
  await unchanged('hover');

  await page.mouse.move(0, 0);
  await mark.focus();
  assert.equal(await shadow(() => document.getElementById('el').shadowRoot.activeElement?.localName), 'mark');
  assert.equal(await shadow(() => document.getElementById('el').shadowRoot.getElementById('ent-tip').hidden), false, 'focus shows the tooltip');
  await page.keyboard.press('ArrowLeft');
  await unchanged('focus, keyboard');

  await page.evaluate(() => (document.getElementById('el').lang = 'en'));
  await page.waitForFunction(() => document.getElementById('el').shadowRoot.querySelector('.legend .swatch').textContent === 'Organisations');
  await unchanged('lang switch');

  await addElement(page, 'bad', { src: '/fixtures/binary.txt', lang: 'en' });
  await fired(page, 'bad', 'bayan-error');
  await unchanged('error');

  assert.equal(await page.$eval('#host-ctl', (s) => getComputedStyle(s).fontSize), '48px', "the host's .ctl keeps its size");
  assert.equal(await page.evaluate(() => document.getElementById('ent-tip')), null);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Trojan Source: every control is a marker, and an override is never obeyed', async () => {
  const { page, errors } = await openHost(env, 'embed-hostile.html');
  const text = `الملف ${TROJAN} في حلب${CONTROLS}`;
  await page.evaluate((t) => {
    const el = document.createElement('bayan-explorer');
    el.id = 'el';
    el.lang = 'en';
    el.text = t;
    document.getElementById('slot').append(el);
  }, text);
  await fired(page, 'el', 'bayan-analyzed');
  const seen = await page.evaluate(() => {
    const root = document.getElementById('el').shadowRoot;
    const para = root.querySelector('.para');
    const markers = [...para.querySelectorAll('.ctl')].map((s) => ({
      name: s.dataset.ctl,
      content: getComputedStyle(s, '::before').content,
      size: getComputedStyle(s, '::before').fontSize,
    }));
    // Where each letter of gnp.exe is drawn, left to right.
    const walk = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    let node = walk.nextNode();
    while (node && !node.data.includes('gnp.exe')) node = walk.nextNode();
    const at = node.data.indexOf('gnp.exe');
    const range = document.createRange();
    const xs = [...'gnp.exe'].map((_, k) => {
      range.setStart(node, at + k);
      range.setEnd(node, at + k + 1);
      return range.getBoundingClientRect().left;
    });
    return { markers, xs, copied: para.textContent, status: root.querySelector('.status').textContent };
  });
  const names = new Map(CONTROL_NAMES);
  const expected = [...TROJAN, ...CONTROLS].filter((c) => names.has(c.codePointAt(0))).map((c) => names.get(c.codePointAt(0)));
  assert.deepEqual(seen.markers.map((m) => m.name), expected);
  for (const m of seen.markers) {
    assert.equal(m.content, `"⟨${m.name}⟩"`, "the marker is drawn, not the host's \"HOST\"");
    assert.equal(m.size, '11px', "the marker's size is the element's, not the host's rem or custom property");
  }
  assert.ok(seen.xs.every((x, i) => i === 0 || x > seen.xs[i - 1]), `gnp.exe is drawn left to right, as stored: ${seen.xs}`);
  assert.equal(seen.copied, text, 'copying gives back the exact input');
  assert.match(seen.status, /8 invisible or bidi control characters, shown as ⟨…⟩ markers/);
  await page.locator('#el').screenshot({ path: join(shots, 'embed-trojan-source.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
