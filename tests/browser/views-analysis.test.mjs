// Words and cloud, concordance, summary with timeline, several documents
// and their comparison: each view exercised on the sample.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, foreign, openSample, shots } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const western = (s) => s.replace(/[٠-٩]/g, (d) => d.charCodeAt(0) - 0x660).replace(/٬/g, '');

test('words: frequency list without stopwords, and a word cloud', async () => {
  const { page, errors } = await openSample(env.context, env.origin);
  await page.click('#tab-words');
  await page.waitForSelector('#view-words table.freq tbody tr');
  const words = await page.$$eval('#view-words .freq tbody tr', (rs) => rs.map((r) => r.cells[1].textContent));
  assert.ok(!words.includes('في') && !words.includes('على'), 'stopwords left out');
  assert.ok(words.slice(0, 10).includes('الاجتماع'), `top words: ${words.slice(0, 10)}`);
  assert.ok(await page.locator('#view-words .cloud-word').count() >= 20, 'cloud drawn');
  await page.screenshot({ path: join(shots, 'view-words.png') });
  await page.uncheck('#words-skipStopwords');
  await page.waitForFunction(() => document.querySelector('#view-words .freq tbody tr').cells[1].textContent === 'في');
  // A word of the cloud opens the concordance for it.
  await page.locator('#view-words .cloud-word').first().click();
  await page.waitForSelector('#view-concordance table.kwic tbody tr');
  assert.deepEqual(errors, []);
  await page.close();
});

test('concordance: مجلس finds لمجلس and والمجلس, aligned around the match; regex works', async () => {
  const { page } = await openSample(env.context, env.origin);
  await page.click('#tab-concordance');
  await page.fill('#kwic-query', 'مجلس');
  await page.press('#kwic-query', 'Enter');
  await page.waitForSelector('#view-concordance table.kwic tbody tr');
  const matches = await page.$$eval('#view-concordance td.match', (ts) => ts.map((t) => t.textContent));
  assert.ok(matches.includes('مجلس') && matches.includes('لمجلس'), `matches: ${matches}`);
  assert.ok(matches.includes('المجلس'), 'with the article');
  // The match column is the middle, the before-context to its right.
  const [b, m, a] = await page.$eval('#view-concordance tbody tr', (r) => [...r.cells].map((c) => c.getBoundingClientRect().left));
  assert.ok(b > m && m > a, 'before | match | after run right to left');
  await page.screenshot({ path: join(shots, 'view-concordance.png') });
  await page.check('#kwic-regex');
  await page.fill('#kwic-query', 'سوري(ا|ة)');
  await page.press('#kwic-query', 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#view-concordance td.match')].some((t) => t.textContent === 'السورية'));
  await page.fill('#kwic-query', '(');
  await page.press('#kwic-query', 'Enter');
  await page.waitForSelector('#view-concordance [data-kind="error"]');
  assert.equal(await page.textContent('#view-concordance [role="status"]'), 'invalid regular expression: unclosed group');
  // \w is any letter, as in the CLI (the regex crate, from the regex module).
  await page.fill('#kwic-query', '\\w+ية');
  await page.press('#kwic-query', 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#view-concordance td.match')].some((t) => t.textContent === 'الإسلامية'));
  // A hit takes the reader to the place.
  await page.fill('#kwic-query', 'جدة');
  await page.uncheck('#kwic-regex');
  await page.press('#kwic-query', 'Enter');
  await page.locator('#view-concordance td.match button').first().click();
  assert.equal(await page.isVisible('#reader'), true);
  assert.equal(await page.textContent('#inspector .inspected'), 'جدة');
  await page.close();
});

test('summary: counts, reading time and a timeline of the dates', async () => {
  const { page } = await openSample(env.context, env.origin);
  await page.click('#tab-summary');
  const stat = async (key) => Number(western(await page.textContent(`#view-summary .stat[data-key="${key}"] dd`)));
  assert.ok((await stat('sentences')) >= 8);
  assert.ok((await stat('words')) > 350);
  assert.ok((await stat('distinct')) < (await stat('words')));
  assert.ok((await stat('type-LOC')) > 10);
  // Statements per class and per speaker.
  const classes = await page.$$eval('#view-summary .st-classes .stat', (ss) => ss.map((s) => [s.dataset.key, s.querySelector('dd').textContent]));
  const shown = await page.$$eval('#statements-panel .st-by-class li', (lis) => lis.map((li) => [`class-${li.dataset.class}`, li.querySelector('.count').textContent]));
  assert.ok(classes.length >= 3, `classes: ${JSON.stringify(classes)}`);
  assert.deepEqual(classes, shown, 'the summary counts as the panel does');
  assert.ok(await page.locator('#view-summary .st-speakers .stat').count() >= 1);
  const labels = await page.$$eval('#view-summary .timeline text', (ts) => ts.map((t) => t.textContent));
  assert.ok(labels.some((l) => l.includes('2016')) && labels.some((l) => l.includes('2015')), `dates: ${labels}`);
  // Right to left: 2015 is right of 2016.
  const x = await page.$$eval('#view-summary .timeline text', (ts) => Object.fromEntries(ts.map((t) => [t.textContent, Number(t.getAttribute('x'))])));
  const k15 = Object.keys(x).find((l) => l.includes('2015'));
  const k16 = Object.keys(x).find((l) => l.includes('2016'));
  assert.ok(x[k15] > x[k16], 'earlier dates to the right');
  await page.screenshot({ path: join(shots, 'view-summary.png') });
  await page.close();
});

test('several documents: switch between them and compare their entities', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.setInputFiles('#file-input', [
    { name: 'first.txt', mimeType: 'text/plain', buffer: Buffer.from('أدانت منظمة التعاون الإسلامي القصف في حلب وطالبت مجلس الأمن بالتحرك.') },
    { name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('دعت الأمم المتحدة إلى هدنة في حلب، وأيدت السعودية البيان.') },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('#doc-tabs .doc-tab').length === 2);
  assert.equal(await page.textContent('#doc-tabs [aria-selected="true"]'), 'second.txt');
  await page.click('#doc-tabs .doc-tab >> text=first.txt');
  assert.match(await page.textContent('#reader'), /أدانت/);
  await page.click('#tab-compare');
  const rows = await page.$$eval('#view-compare table:not(.compare-positions) tbody tr', (rs) => rs.map((r) => [r.cells[0].textContent.trim(), r.className, [...r.cells].slice(2).map((c) => c.textContent)]));
  assert.equal(rows[0][0].split(' ')[0], 'حلب', `shared entity first: ${JSON.stringify(rows)}`);
  assert.equal(rows[0][1], 'shared');
  const un = rows.find(([name]) => name.startsWith('الأمم المتحدة'));
  assert.deepEqual(un[2], ['—', '١']);
  // Who condemns, welcomes or demands what, across them.
  const positions = await page.$$eval('#view-compare .compare-positions tbody tr', (rs) => rs.map((r) => [r.cells[0].textContent, r.dataset.class, [...r.cells].slice(2).map((c) => c.textContent)]));
  const condemn = positions.find(([, c]) => c === 'CONDEMN');
  assert.ok(condemn && /القصف في حلب/.test(condemn[2][0]) && condemn[2][1] === '—', `who condemns what: ${JSON.stringify(positions)}`);
  const call = positions.find(([, c]) => c === 'CALL');
  assert.ok(call && call[2][0] === '—' && /هدنة/.test(call[2][1]), `who calls for what: ${JSON.stringify(positions)}`);
  assert.ok(positions.some(([, c]) => c === 'DEMAND'), 'the demand is there');
  await page.locator('#view-compare .compare-positions').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'view-compare.png'), fullPage: true });
  await page.click('#doc-tabs .doc-close >> nth=0');
  assert.equal(await page.locator('#doc-tabs .doc-tab').count(), 1);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});

test('normalization: edits marked, counts per operation, invisible controls shown', async () => {
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.fill('#paste-box', 'قالَ الأمينُ العامّ\u200F إنّ الاجتماعَ في جدة.');
  await page.click('#analyze-paste');
  await page.waitForSelector('body[data-state="analyzed"]');
  await page.click('#tab-normalization');
  await page.waitForSelector('#view-normalization .norm-counts li');
  const ops = await page.$$eval('#view-normalization .norm-counts li', (ls) => ls.map((l) => l.dataset.op));
  assert.ok(ops.includes('diacritics') && ops.includes('alef') && ops.includes('controls'), `ops: ${ops}`);
  assert.match(await page.textContent('#view-normalization .norm-controls'), /RLM/);
  assert.ok(await page.locator('#view-normalization .norm-text .ctl-badge').count() === 1, 'the control is shown where it is');
  // The reader's control markers (controls.js) style .ctl; the view's badges are not those.
  assert.notEqual(await page.$eval('#view-normalization .norm-controls .ctl-badge', (b) => getComputedStyle(b).fontSize), '0px', 'the badges stay readable');
  assert.ok(await page.evaluate(() => CSS.highlights.get('norm-edit').size) >= 6, 'edits marked in the original');
  await page.selectOption('#norm-preset', 'display');
  await page.waitForFunction(() => ![...document.querySelectorAll('#view-normalization .norm-counts li')].some((l) => l.dataset.op === 'diacritics'));
  await page.selectOption('#norm-preset', 'search');
  await page.waitForSelector('#view-normalization .norm-counts li[data-op="diacritics"]');
  await page.screenshot({ path: join(shots, 'view-normalization.png') });
  // The inspector transliterates the word.
  await page.click('#tab-reader');
  // Playwright waits until the mark stands still, then clicks its centre.
  await page.locator('#reader mark.ent', { hasText: 'جدة' }).click();
  await page.waitForFunction(() => !document.querySelector('#inspector .facts').textContent.includes('…'));
  assert.match(await page.textContent('#inspector .facts'), /jd[a-z]*/i);
  await page.close();
});
