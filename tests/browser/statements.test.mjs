// The statements panel and the acts in the reader: one row per statement
// of the CLI's, filters by class and speaker, a row pressed (or Enter)
// focuses its act in the reader with its object shown; acts are marked
// without breaking letter joining (an act after a joining clitic keeps the
// word's width); "loading" and "none" are two states; a text with
// thousands of statements draws its rows a page at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openSample, shots, root } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const cli = (file) => JSON.parse(execFileSync(join(root, 'target/release/bayan'), ['analyze', file], { encoding: 'utf8', maxBuffer: 1 << 28 })).statements;

/** The page with the panel scrolled to the top of the side column (a sticky, scrolling box). */
async function shotPanel(page, name) {
  await page.evaluate(() => {
    const side = document.querySelector('.side');
    side.scrollTop = document.getElementById('statements-panel').offsetTop - side.offsetTop;
    window.scrollTo(0, document.querySelector('.workspace').offsetTop);
  });
  await page.screenshot({ path: join(shots, name) });
}

async function paste(page, text) {
  await page.fill('#paste-box', text);
  await page.click('#analyze-paste');
  await page.waitForSelector('body[data-state="analyzed"]');
  // The wide name lists come after the first highlight, and the text is analyzed again with them.
  await page.waitForSelector('body[data-wide]');
  await page.waitForFunction(() => !document.body.dataset.rendering);
}

test('the panel lists the sample\'s statements as the CLI finds them, with a summary by class and speaker', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  await page.waitForSelector('#statements-panel[data-state="ready"]');
  const expected = cli(join(root, 'www/samples/oic-aleppo-statement.txt'));
  assert.ok(expected.length >= 5, `the sample has statements: ${expected.length}`);
  const rows = await page.$$eval('#statements-panel .st-row', (bs) => bs.map((b) => ({
    class: b.querySelector('.st-badge').dataset.class,
    act: b.querySelector('.st-act').textContent,
    icon: b.querySelector('.st-icon').textContent,
    colour: getComputedStyle(b.querySelector('.st-badge')).color,
  })));
  assert.deepEqual(rows.map((r) => [r.class, r.act]), expected.map((s) => [s.class, s.act.text]));
  // Each class its own icon and colour.
  const byClass = new Map(rows.map((r) => [r.class, r]));
  assert.equal(new Set([...byClass.values()].map((r) => r.icon)).size, byClass.size, 'one icon per class');
  assert.equal(new Set([...byClass.values()].map((r) => r.colour)).size, byClass.size, 'one colour per class');
  // The summary counts per class and per speaker.
  const counts = await page.$$eval('#statements-panel .st-by-class li', (lis) => lis.map((li) => [li.dataset.class, li.querySelector('.count').textContent]));
  const want = new Map();
  for (const s of expected) want.set(s.class, (want.get(s.class) ?? 0) + 1);
  assert.deepEqual(new Map(counts.map(([c, n]) => [c, Number(n.replace(/[٠-٩]/g, (d) => d.charCodeAt(0) - 0x660))])), want);
  assert.ok(await page.locator('#statements-panel .st-by-speaker li').count() >= 1);
  await shotPanel(page, 'statements-panel-ar.png');

  // Filter by class, then by speaker.
  const cls = expected[0].class;
  await page.selectOption('#st-filter-class', cls);
  let shown = await page.$$eval('#statements-panel .st-row .st-badge', (bs) => bs.map((b) => b.dataset.class));
  assert.deepEqual(shown, expected.filter((s) => s.class === cls).map((s) => s.class));
  await page.selectOption('#st-filter-class', '');
  const who = expected.find((s) => s.speaker)?.speaker.text.replace(/\s+/g, ' ').trim();
  await page.selectOption('#st-filter-speaker', who);
  shown = await page.$$eval('#statements-panel .st-row .st-act', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(shown, expected.filter((s) => s.speaker?.text.replace(/\s+/g, ' ').trim() === who).map((s) => s.act.text));
  await page.selectOption('#st-filter-speaker', '\u0000');

  // A row pressed: its act is focused in the reader, its object highlighted, the tooltip tells both.
  const k = expected.findIndex((s) => s.object);
  await page.locator('#statements-panel .st-row').nth(k).click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('act'));
  const focused = await page.evaluate(() => ({
    act: Number(document.activeElement.dataset.act),
    tip: document.getElementById('ent-tip')?.textContent ?? '',
    object: CSS.highlights.get('bayan-object') ? [...CSS.highlights.get('bayan-object')][0].toString() : null,
  }));
  assert.equal(focused.act, k);
  assert.equal(focused.object, expected[k].object.text);
  assert.ok(focused.tip.includes(expected[k].object.text.slice(0, 20)), `the tooltip shows the object: ${focused.tip}`);
  await page.screenshot({ path: join(shots, 'statements-jump-ar.png') });

  // Keyboard: one tab stop, arrows move, Enter goes to the act.
  await page.locator('#statements-panel .st-row[tabindex="0"]').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.act === '1');
  assert.equal(await page.locator('#statements-panel .st-row[tabindex="0"]').count(), 1);

  // English interface: class labels in English.
  await page.click('#lang-switch');
  const label = await page.locator('#statements-panel .st-row .st-badge').first().textContent();
  assert.match(label, /[A-Za-z]/);
  await shotPanel(page, 'statements-panel-en.png');
  await page.click('#lang-switch');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an act after a joining clitic keeps the word joined; a negated act is marked apart', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  const text = 'وأكد الوزير تأييده لدعوة الأمين العام إلى الحوار.\nولم يدن المجلس الهجوم.';
  await paste(page, text);
  await page.waitForSelector('#reader .act');
  const acts = await page.$$eval('#reader .act', (spans) => spans.map((s) => s.textContent));
  assert.ok(acts.includes('دعوة'), `the act inside لدعوة is marked: ${acts}`);
  // The word's width in the reader (ل, then the act's span) against the same word in one text node.
  const widths = await page.evaluate(() => {
    const span = [...document.querySelectorAll('#reader .act')].find((s) => s.textContent === 'دعوة');
    const before = span.previousSibling;
    const r = document.createRange();
    r.setStart(before, before.data.length - 1);
    r.setEnd(span.firstChild, span.firstChild.data.length);
    const probe = document.createElement('span');
    probe.textContent = 'لدعوة';
    span.closest('p').append(probe);
    const w = [r.getBoundingClientRect().width, probe.getBoundingClientRect().width];
    probe.remove();
    return w;
  });
  assert.ok(Math.abs(widths[0] - widths[1]) < 1.5, `لدعوة is as wide marked as plain (${widths}): its letters stay joined`);
  const negated = await page.$$eval('#reader .act.act-negated', (s) => s.map((x) => x.textContent));
  assert.deepEqual(negated, ['يدن']);
  // The keyboard reaches acts among the marks: the tooltip tells the object; Enter marks the act's row in the panel.
  await page.locator('#reader [tabindex="0"]').focus();
  let focused = null;
  for (let k = 0; k < 6 && focused?.act !== 'تأييده'; k++) {
    await page.keyboard.press('ArrowLeft');
    focused = await page.evaluate(() => ({ act: document.activeElement.closest('.act')?.textContent, i: document.activeElement.dataset.act }));
  }
  assert.equal(focused.act, 'تأييده', 'an arrow reaches the act');
  assert.match(await page.textContent('#ent-tip'), /لدعوة الأمين العام/, 'its tooltip shows the object');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#statements-panel .st-row[aria-current][data-statement="${focused.i}"]`);
  await page.locator('#reader').screenshot({ path: join(shots, 'statements-joined.png') });
  await page.close();
});

test('"loading" until there is an analysis, "none" for a text without statements', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  assert.equal(await page.getAttribute('#statements-panel', 'data-state'), 'loading');
  await paste(page, 'الطقس اليوم معتدل في دمشق.');
  await page.waitForSelector('#statements-panel[data-state="none"]');
  const said = await page.locator('#statements-panel .st-state').textContent();
  assert.match(said, /لا بيانات/);
  await page.close();
});

test('a text with thousands of statements draws its rows a page at a time and stays responsive', async () => {
  const line = 'وأدان الوزير الهجوم على القافلة، ورحب المجلس بالاتفاق.\n';
  const text = line.repeat(10000);
  const file = join(tmpdir(), 'bayan-many-statements.txt');
  writeFileSync(file, text);
  const expected = cli(file).length;
  assert.ok(expected >= 20000, `statements: ${expected}`);
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  // As a file: a text box lays out every line it is filled with.
  await page.setInputFiles('#file-input', { name: 'many.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.waitForSelector('body[data-state="analyzed"]');
  await page.waitForSelector('body[data-wide]');
  await page.waitForFunction(() => !document.body.dataset.rendering);
  await page.waitForSelector('#statements-panel[data-state="ready"]');
  const drawn = await page.locator('#statements-panel .st-row').count();
  assert.ok(drawn > 0 && drawn <= 200, `rows drawn at first: ${drawn}`);
  assert.match(await page.locator('#statements-panel .st-shown').textContent(), new RegExp(expected.toLocaleString('ar-u-nu-arab')));
  // End goes to the last row, drawing what it needs; a filter stays quick.
  await page.locator('#statements-panel .st-row[tabindex="0"]').focus();
  let started = Date.now();
  await page.keyboard.press('End');
  await page.waitForFunction((n) => document.activeElement?.dataset.statement === String(n - 1), expected);
  const end = Date.now() - started;
  // The window moved to the end: scrolling up draws the page before it, the rows in view stay in view.
  const atEnd = await page.locator('#statements-panel .st-row').count();
  assert.ok(atEnd <= 200, `rows drawn after End: ${atEnd}`);
  const firstRow = await page.locator('#statements-panel .st-row').first().getAttribute('data-row');
  await page.locator('#statements-panel .st-scroll').evaluate((el) => { el.scrollTop = 0; });
  await page.waitForFunction((r) => document.querySelector('#statements-panel .st-row').dataset.row !== r, firstRow);
  started = Date.now();
  await page.selectOption('#st-filter-class', 'WELCOME');
  const filter = Date.now() - started;
  assert.ok(end < 3000 && filter < 2000, `End took ${end} ms, a filter ${filter} ms`);
  assert.ok(await page.locator('#statements-panel .st-row').count() <= 200);
  // Scrolling the list draws the next page.
  const before = await page.locator('#statements-panel .st-row').count();
  await page.locator('#statements-panel .st-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction((n) => document.querySelectorAll('#statements-panel .st-row').length > n, before);
  await page.close();
});
