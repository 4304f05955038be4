// The one entity palette (www/entities.css), measured where it is drawn:
// text on every highlight ≥ 4.5:1 (WCAG 1.4.3), every mark's line ≥ 3:1
// against the page and against its own highlight (WCAG 1.4.11); nine
// different marks, so no type is told by colour alone; backgrounds that
// differ in lightness as well as hue; and the same palette in the reader,
// the legend, the entities panel, teacher mode, the print view, the
// standalone export and the embedded element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, openSample, shots } from './harness.mjs';
import { ENTITY_TYPE_CODES } from '../../www/core-facts.js';

const fixtures = join(import.meta.dirname, 'fixtures');
let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
const linear = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
/** CIE L* and hue angle (CIELAB, D65) of an sRGB colour. */
function lab(c) {
  const [r, g, b] = c.map(linear);
  const f = (t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  const [L, A, B] = [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  return { L, C: Math.hypot(A, B), h: ((Math.atan2(B, A) * 180) / Math.PI + 360) % 360 };
}

/** Each type's mark as drawn inside `selector` (a probe <mark class="ent ent-T">), and what is behind it. */
function marksIn(page, selector) {
  return page.evaluate(({ selector, types }) => {
    const host = document.querySelector(selector);
    const behind = (el) => {
      for (let n = el; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    return types.map((type) => {
      const m = document.createElement('mark');
      m.className = `ent ent-${type}`;
      m.textContent = 'حلب';
      host.append(m);
      const s = getComputedStyle(m);
      const out = {
        type, text: s.color, background: s.backgroundColor, line: s.textDecorationColor, style: s.textDecorationStyle,
        lines: s.textDecorationLine, thickness: parseFloat(s.textDecorationThickness) / parseFloat(s.fontSize), page: behind(host),
      };
      m.remove();
      return out;
    });
  }, { selector, types: ENTITY_TYPE_CODES });
}

test('contrast: text on every highlight ≥ 4.5:1, every line ≥ 3:1 on the page and on its highlight', async () => {
  const { page } = await openSample(env.context, env.origin);
  const places = { reader: '#reader .para', page: 'body', legend: '#legend' };
  const lowest = { text: [Infinity], line: [Infinity] };
  const note = (kind, value, what) => value < lowest[kind][0] && (lowest[kind] = [value, what]);
  for (const [where, selector] of Object.entries(places)) {
    for (const m of await marksIn(page, selector)) {
      const text = contrast(rgb(m.text), rgb(m.background));
      note('text', text, `${m.type} in the ${where}`);
      assert.ok(text >= 4.5, `${where} ${m.type}: text ${m.text} on ${m.background} is ${text.toFixed(2)}:1`);
      for (const [name, behind] of [['the page', m.page], ['its highlight', m.background]]) {
        const line = contrast(rgb(m.line), rgb(behind));
        note('line', line, `${m.type}'s line on ${name} in the ${where}`);
        assert.ok(line >= 3, `${where} ${m.type}: line ${m.line} on ${name} (${behind}) is ${line.toFixed(2)}:1`);
      }
    }
  }
  console.log(`# lowest contrast: text ${lowest.text[0].toFixed(2)}:1 (${lowest.text[1]}), line ${lowest.line[0].toFixed(2)}:1 (${lowest.line[1]})`);
  // Teacher mode: black text on white, the same palette.
  await page.click('#teacher-switch');
  await page.waitForSelector('#teacher[open] .teacher-stage-body > *');
  for (const m of await marksIn(page, '#teacher-sentence')) {
    assert.ok(contrast(rgb(m.text), rgb(m.background)) >= 4.5, `teacher ${m.type}: text`);
    assert.ok(contrast(rgb(m.line), rgb(m.page)) >= 3 && contrast(rgb(m.line), rgb(m.background)) >= 3, `teacher ${m.type}: line`);
  }
  await page.close();
});

test('nine different marks, colours apart in lightness as well as hue', async () => {
  const { page } = await openSample(env.context, env.origin);
  const marks = await marksIn(page, '#reader .para');
  const signature = (m) => `${m.lines} ${m.style}`;
  const signatures = new Set(marks.map(signature));
  assert.equal(signatures.size, ENTITY_TYPE_CODES.length, `each type its own lines and style: ${marks.map((m) => `${m.type}=${signature(m)}`).join(', ')}`);
  for (const m of marks) assert.ok(m.thickness >= 0.05, `${m.type}: a line of ${m.thickness.toFixed(2)}em is seen`);
  const colours = marks.map((m) => ({ type: m.type, ...lab(rgb(m.background)) }));
  for (const [i, a] of colours.entries()) {
    for (const b of colours.slice(i + 1)) {
      const dL = Math.abs(a.L - b.L);
      const dE = Math.hypot(dL, a.C * Math.cos((a.h * Math.PI) / 180) - b.C * Math.cos((b.h * Math.PI) / 180),
        a.C * Math.sin((a.h * Math.PI) / 180) - b.C * Math.sin((b.h * Math.PI) / 180));
      const pair = `${a.type} and ${b.type}`;
      assert.ok(dL >= 2.5, `${pair} differ in lightness: ΔL* ${dL.toFixed(1)}`);
      assert.ok(dE >= 15, `${pair} are different colours: ΔE ${dE.toFixed(1)}`);
      // Two colours of close hue must be far apart in lightness (a grey has no hue to be close to).
      const dh = Math.min(Math.abs(a.h - b.h), 360 - Math.abs(a.h - b.h));
      if (dh < 60 && a.C >= 10 && b.C >= 10) assert.ok(dL >= 5, `${pair} are close in hue (${dh.toFixed(0)}°) and ΔL* only ${dL.toFixed(1)}`);
    }
  }
  console.log(`# backgrounds L*: ${colours.map((c) => `${c.type} ${c.L.toFixed(0)}`).join(', ')}`);
  await page.close();
});

test('one palette: the reader, legend, entities panel, teacher mode, print key, export and embedded element draw each type alike', async () => {
  const { page } = await openSample(env.context, env.origin);
  const look = (sel) => page.$$eval(sel, (els) => els.map((e) => {
    const s = getComputedStyle(e);
    return [e.className.match(/ent-([A-Z]+)/)[1], s.backgroundColor, s.textDecorationColor, s.textDecorationStyle, s.textDecorationLine];
  }));
  const reference = new Map((await look('#reader mark.ent')).map((r) => [r[0], r.join('|')]));
  const check = async (sel, where) => {
    const found = await look(sel);
    assert.ok(found.length > 0, `${where}: marks found`);
    for (const r of found) assert.equal(r.join('|'), reference.get(r[0]), `${where}: ${r[0]}`);
  };
  await check('#legend .swatch.ent', 'legend');
  await check('#entities-panel .swatch.ent', 'entities panel');
  await page.emulateMedia({ media: 'print' });
  await check('#print-key .swatch.ent', 'print key');
  await page.emulateMedia({ media: 'screen' });
  await page.click('#teacher-switch');
  await page.waitForSelector('#teacher[open] .teacher-stage-body > *');
  await check('#teacher-sentence mark.ent', 'teacher mode');
  await page.keyboard.press('Escape');
  // The standalone export, opened as the file it is.
  await page.click('#tab-export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
  const file = join(mkdtempSync(join(tmpdir(), 'bayan-export-')), 'export.html');
  await download.saveAs(file);
  const fileContext = await env.browser.newContext();
  const exported = await fileContext.newPage();
  await exported.goto(`file://${file}`);
  const inExport = await exported.$$eval('mark.ent, .swatch.ent', (els) => els.map((e) => {
    const s = getComputedStyle(e);
    return [e.className.match(/ent-([A-Z]+)/)[1], s.backgroundColor, s.textDecorationColor, s.textDecorationStyle, s.textDecorationLine].join('|');
  }));
  assert.ok(inExport.length > 40);
  for (const r of inExport) assert.equal(r, reference.get(r.split('|')[0]), `export: ${r}`);
  await exported.screenshot({ path: join(shots, 'export-colour-key.png') });
  await fileContext.close();
  // The embedded element, in its shadow root on a hostile host page (in a
  // context of its own: the page's service worker, installed above, would
  // answer for the host page, which is not one of its files).
  const hostContext = await env.browser.newContext();
  await hostContext.route(`${env.origin}/fixtures/**`, (route) =>
    route.fulfill({ path: join(fixtures, new URL(route.request().url()).pathname.split('/').pop()) }));
  const host = await hostContext.newPage();
  await host.goto(`${env.origin}/fixtures/host.html`);
  await host.waitForFunction(() => document.getElementById('full').shadowRoot?.querySelector('mark.ent'));
  const inElement = await host.$eval('#full', (el) => [...el.shadowRoot.querySelectorAll('mark.ent, .swatch.ent')].map((e) => {
    const s = getComputedStyle(e);
    return [e.className.match(/ent-([A-Z]+)/)[1], s.backgroundColor, s.textDecorationColor, s.textDecorationStyle, s.textDecorationLine].join('|');
  }));
  assert.ok(inElement.length >= 4);
  for (const r of inElement) assert.equal(r, reference.get(r.split('|')[0]), `element: ${r}`);
  await hostContext.close();
  await page.close();
});

test('the legend at a glance: every type\'s mark, for the record', async () => {
  // A page of the nine marks, as the eye sees them (tests/screenshots/palette.png).
  const page = await env.context.newPage();
  await page.goto(`${env.origin}/`);
  await page.evaluate((types) => {
    const list = document.createElement('div');
    list.id = 'palette';
    list.className = 'reader';
    list.lang = 'ar';
    list.dir = 'rtl';
    for (const type of types) {
      const p = document.createElement('p');
      p.className = 'para';
      const m = document.createElement('mark');
      m.className = `ent ent-${type}`;
      m.textContent = 'الجمهورية العربية السورية';
      p.append(m, ` ${type}`);
      list.append(p);
    }
    list.style.inlineSize = 'max-content';
    document.body.prepend(list);
  }, ENTITY_TYPE_CODES);
  await page.locator('#palette').screenshot({ path: join(shots, 'palette.png') });
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await page.evaluate(() => (document.getElementById('palette').style.filter = 'grayscale(1)'));
  await page.locator('#palette').screenshot({ path: join(shots, 'palette-grey.png') });
  await page.close();
});
