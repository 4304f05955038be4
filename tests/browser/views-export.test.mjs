// Export: the JSON is the CLI's output byte for byte; CSV, CoNLL/IOB2 and
// the standalone HTML carry the entities; the share link round-trips the
// text through its fragment. And the newcomer test: from the page alone,
// find the sample's entities and export them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, foreign, openSample, shots, root } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function download(page, selector) {
  // The first download of a fresh browser can be slow on a loaded machine.
  await page.locator(selector).waitFor({ state: 'visible' });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click(selector)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('JSON export equals `bayan analyze` on the same text, byte for byte', async () => {
  const { page } = await openSample(env.context, env.origin);
  await page.click('#tab-export');
  const { name, text } = await download(page, '#export-json');
  assert.match(name, /\.json$/);
  const cli = execFileSync(join(root, 'target/release/bayan'), ['analyze', join(root, 'www/samples/oic-aleppo-statement.txt')], { encoding: 'utf8' });
  assert.equal(text, cli);
  await page.close();
});

test('CSV, CoNLL and HTML exports carry the entities', async () => {
  const { page } = await openSample(env.context, env.origin);
  await page.click('#tab-export');
  const csv = (await download(page, '#export-entities')).text;
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], 'start,end,text,type,id,gloss');
  assert.ok(lines.includes(lines.find((l) => /,حلب,LOC,city-aleppo,Aleppo$/.test(l))), 'Aleppo row');
  const sample = readFileSync(join(root, 'www/samples/oic-aleppo-statement.txt'), 'utf8');
  const [s, e, txt] = lines.find((l) => l.includes(',LOC,')).split(',');
  assert.equal([...sample].slice(Number(s), Number(e)).join(''), txt, 'offsets count Unicode scalar values');
  const freq = (await download(page, '#export-freq')).text;
  assert.match(freq, /^\uFEFFrank,word,normalized,count,spellings\r\n1,/);
  const conll = (await download(page, '#export-conll')).text;
  assert.match(conll, /^# sent_id = 1$/m);
  assert.match(conll, /^منظمة\tB-ORG\nالتعاون\tI-ORG\nالإسلامي\tI-ORG$/m);
  assert.match(conll, /^جدة\tB-LOC$/m);
  const html = (await download(page, '#export-html')).text;
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<mark class="ent-LOC" title="LOC — Aleppo — city-aleppo">حلب<\/mark>/);
  assert.doesNotMatch(html, /<script/);
  // Print: the stylesheet leaves only the text.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.side'), false);
  assert.equal(await page.isVisible('#reader'), true);
  await page.close();
});

test('a share link carries the text in its fragment and opens it', async () => {
  const { page } = await openSample(env.context, env.origin);
  await page.click('#tab-export');
  await page.click('#share-button');
  await page.waitForSelector('#share-link:not([hidden])');
  const link = await page.inputValue('#share-link');
  assert.match(link, new RegExp(`^${env.origin}/#t=[A-Za-z0-9_-]+$`));
  assert.ok(link.length < 4000, `compressed: ${link.length} characters`);
  await page.screenshot({ path: join(shots, 'view-export.png') });
  const other = await env.context.newPage();
  await other.goto(link);
  await other.waitForSelector('body[data-state="analyzed"]');
  const sample = readFileSync(join(root, 'www/samples/oic-aleppo-statement.txt'), 'utf8');
  assert.equal(await other.$eval('#reader', (r) => [...r.querySelectorAll('.para')].map((p) => p.textContent).join('\n')), sample);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await other.close();
  await page.close();
});

test('newcomer: from the page alone, find the sample\'s entities and export them', async () => {
  // Only what a first-time visitor sees: visible labels, no selectors.
  const page = await env.context.newPage();
  await page.goto(env.origin + '/');
  await page.getByRole('button', { name: 'جرّب البيان النموذجي' }).click();
  const panel = page.getByRole('heading', { name: 'الكيانات', exact: true });
  await panel.waitFor();
  assert.ok(await page.getByRole('button', { name: /حلب/ }).first().isVisible(), 'entities listed by name');
  await page.getByRole('tab', { name: 'التصدير' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'الكيانات CSV' }).click()]);
  const csv = readFileSync(await file.path(), 'utf8');
  assert.ok(csv.split('\r\n').length > 30, 'every entity exported');
  await page.close();
});
