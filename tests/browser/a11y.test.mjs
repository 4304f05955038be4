// Accessibility, measured: an axe-core pass (the npm package, a test-only
// dependency injected into the page, never shipped) over the main views and
// every stage of teacher mode, in both interface languages, with no serious
// or critical violation; and in the English interface, no run of Arabic and
// Latin text left to the bidi algorithm in one piece outside the text
// itself: every type tag, status line and quoted name is isolated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, openSample } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

/** Puts the interface in `lang` (the choice is remembered across the context's pages). */
async function setLanguage(page, lang) {
  if ((await page.getAttribute('html', 'lang')) !== lang) await page.click('#lang-switch');
  assert.equal(await page.getAttribute('html', 'lang'), lang);
}

/** Serious and critical violations on the page as it is now. */
async function axe(page, where) {
  // Evaluated through the DevTools protocol, not a <script>: the page's CSP
  // (script-src 'self') stays as it ships.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
  return violations.map((v) => `${where}: ${v}`);
}

/** Every view of the page, and teacher mode's stages, each handed to `visit(where)`. */
async function everyView(page, visit) {
  await visit('reader');
  await page.locator('#reader mark.ent[data-id="city-aleppo"]').first().hover();
  await page.waitForSelector('#ent-tip:not([hidden])');
  await visit('reader with a tooltip');
  await page.locator('#reader .act').first().hover();
  await page.waitForFunction(() => !document.getElementById('ent-tip').hidden && CSS.highlights.has('bayan-object'));
  await visit('reader with an act\'s tooltip');
  await page.locator('#reader mark.ent', { hasText: /^جدة$/ }).first().click();
  await page.waitForSelector('#inspector .facts');
  await visit('token inspector');
  for (const name of ['words', 'concordance', 'summary', 'normalization', 'compare', 'export']) {
    await page.click(`#tab-${name}`);
    await page.waitForFunction((n) => document.getElementById(`view-${n}`).childElementCount > 0, name);
    if (name === 'concordance') {
      await page.fill('#view-concordance input[type="search"]', 'مجلس');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#view-concordance .kwic tbody tr');
    }
    if (name === 'normalization') await page.waitForSelector('#view-normalization .norm-counts');
    await visit(`view ${name}`);
  }
  await page.click('#tab-reader');
  await page.click('#teacher-switch');
  await page.waitForSelector('#teacher[open] .teacher-stage-body > *');
  const stages = await page.locator('#teacher .teacher-step').count();
  for (let j = 0; j < stages; j++) {
    if (j) await page.keyboard.press('Space');
    await page.waitForFunction((k) => document.querySelector('#teacher [aria-current="step"]') === document.querySelectorAll('#teacher .teacher-step')[k]
      && document.querySelector('#teacher .teacher-stage-body > *'), j);
    if (j === stages - 1) await page.keyboard.press('n');
    await visit(`teacher stage ${j + 1}`);
  }
  await page.keyboard.press('Escape');
}

for (const lang of ['ar', 'en']) {
  test(`axe: no serious or critical violation on the main views and teacher mode (${lang})`, async () => {
    const { page, errors } = await openSample(env.context, env.origin);
    await setLanguage(page, lang);
    const found = [];
    await everyView(page, async (where) => found.push(...await axe(page, where)));
    assert.deepEqual(found, []);
    // The page before any text, too.
    const fresh = await env.context.newPage();
    await fresh.goto(env.origin + '/');
    await fresh.waitForSelector('#load-sample');
    assert.deepEqual(await axe(fresh, 'empty page'), []);
    await fresh.close();
    assert.deepEqual(errors, []);
    await page.close();
  });
}

/**
 * Elements of the chrome whose own inline text (not counting isolated or
 * block descendants) mixes Arabic and Latin letters: the bidi algorithm
 * would reorder such a run as a whole. The text itself (the reader, the
 * concordance and normalization views, text boxes) is Arabic prose and may
 * quote Latin words; it is left out.
 */
function unisolated(page) {
  return page.evaluate(() => {
    const TEXT = '#reader, .norm-text, .kwic, textarea, select, script, style, #teacher-sentence, .t-before-after, .t-roman-line';
    const isolates = (el) => el.localName === 'bdi' || el.hasAttribute('dir') || ['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(el).unicodeBidi);
    const block = (el) => !getComputedStyle(el).display.startsWith('inline') || el === document.body;
    const bad = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.closest(TEXT) || el.closest('[hidden]') || !el.getClientRects().length) continue;
        if (!(block(el) || isolates(el))) continue;
        // The element's own runs: text reached without entering another block or isolate.
        let own = '';
        const collect = (n) => {
          for (const c of n.childNodes) {
            if (c.nodeType === Node.TEXT_NODE) own += c.data;
            else if (c.nodeType === Node.ELEMENT_NODE && !block(c) && !isolates(c)) collect(c);
          }
        };
        collect(el);
        if (/\p{Script=Arabic}/u.test(own) && /\p{Script=Latin}/u.test(own)) bad.push(`${el.localName}${el.id ? `#${el.id}` : ''}.${el.className}: ${own.trim().slice(0, 80)}`);
      }
    };
    walk(document);
    return bad;
  });
}

test('the English interface has no unisolated mixed run in tags, status lines or panels', async () => {
  const { page } = await openSample(env.context, env.origin);
  await setLanguage(page, 'en');
  const found = [];
  await everyView(page, async (where) => found.push(...(await unisolated(page)).map((b) => `${where}: ${b}`)));
  assert.deepEqual([...new Set(found)], []);
  // And the case the issue names: a date and its tag, «سبتمبر 2014» then "Date".
  await page.fill('#paste-box', 'وفي 14 أيلول/سبتمبر 2014 اجتمع الوفد في أفريقيا.');
  await page.click('#analyze-paste');
  await page.waitForFunction(() => /Pasted text/.test(document.getElementById('status').textContent));
  await page.click('#teacher-switch');
  await page.keyboard.press(String(await page.$$eval('#teacher .teacher-step', (bs) => bs.findIndex((b) => b.dataset.stage === 'entities') + 1)));
  await page.waitForSelector('#teacher-stage .t-ents');
  const date = await page.$$eval('#teacher-stage .t-ent', (rows) => rows.map((r) => {
    const m = r.querySelector('mark');
    const mark = m.getBoundingClientRect();
    const tag = r.querySelector('.ent-tag');
    const t = tag.getBoundingClientRect();
    return { text: m.textContent, tag: tag.tagName, pieces: m.getClientRects().length, apart: t.right <= mark.left + 0.5 || t.left >= mark.right - 0.5 };
  }).find((r) => /2014/.test(r.text)));
  assert.equal(date.tag, 'BDI');
  assert.equal(date.pieces, 1, 'the date is drawn in one piece');
  assert.ok(date.apart, 'its tag stands beside it, not inside it');
  assert.deepEqual(await unisolated(page), []);
  await page.close();
});
