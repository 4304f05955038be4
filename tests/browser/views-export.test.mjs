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

/** Rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

test('CSV, CoNLL and HTML exports carry the entities', async () => {
  const { page } = await openSample(env.context, env.origin);
  await page.click('#tab-export');
  const csv = (await download(page, '#export-entities')).text;
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets');
  const [header, ...rows] = parseCsv(csv.slice(1));
  assert.deepEqual(header, ['start', 'end', 'text', 'type', 'id', 'gloss', 'mention', 'parent', 'context']);
  const col = Object.fromEntries(header.map((h, i) => [h, i]));
  const get = (row, name) => row[col[name]];
  const aleppo = rows.find((r) => get(r, 'text') === 'حلب' && get(r, 'id') === 'city-aleppo');
  assert.ok(aleppo && get(aleppo, 'type') === 'LOC' && get(aleppo, 'gloss') === 'Aleppo', 'Aleppo row');
  assert.ok(get(aleppo, 'context').includes('حلب') && get(aleppo, 'context').length > 20, `context: ${get(aleppo, 'context')}`);
  const sample = readFileSync(join(root, 'www/samples/oic-aleppo-statement.txt'), 'utf8');
  for (const r of rows) {
    assert.equal([...sample].slice(Number(get(r, 'start')), Number(get(r, 'end'))).join(''), get(r, 'text'), 'offsets count Unicode scalar values');
    assert.ok(!/[\r\n]/.test(get(r, 'context')), 'context on one line');
  }
  // Nested mentions: each has its own row after its container, which it names.
  assert.deepEqual(rows.map((r) => Number(get(r, 'mention'))), rows.map((_, i) => i + 1), 'mentions numbered in order');
  const inner = rows.filter((r) => get(r, 'parent') !== '');
  assert.ok(inner.length >= 8, `nested mentions exported: ${inner.length}`);
  for (const r of inner) {
    const parent = rows[Number(get(r, 'parent')) - 1];
    assert.ok(Number(get(parent, 'start')) <= Number(get(r, 'start')) && Number(get(r, 'end')) <= Number(get(parent, 'end')), 'inside its container');
    assert.ok(Number(get(parent, 'mention')) < Number(get(r, 'mention')), 'after its container');
  }
  const law = rows.find((r) => get(r, 'text') === 'قرار مجلس الأمن رقم 2254');
  assert.deepEqual(inner.filter((r) => get(r, 'parent') === get(law, 'mention')).map((r) => [get(r, 'text'), get(r, 'type')]), [['مجلس الأمن', 'ORG']]);
  const freq = (await download(page, '#export-freq')).text;
  assert.match(freq, /^\uFEFFrank,word,normalized,count,spellings\r\n1,/);
  const conll = (await download(page, '#export-conll')).text;
  assert.match(conll, /^# sent_id = 1$/m);
  assert.match(conll, /^منظمة\tB-ORG\nالتعاون\tI-ORG\nالإسلامي\tI-ORG$/m);
  assert.match(conll, /^جدة\tB-LOC$/m);
  const html = (await download(page, '#export-html')).text;
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<mark class="ent ent-LOC" title="LOC — Aleppo — city-aleppo">حلب<\/mark>/);
  assert.doesNotMatch(html, /<script/);
  // Its colour key: one swatch per type found, named in both languages.
  const key = [...html.matchAll(/<li><span class="swatch ent ent-([A-Z]+)"><bdi lang="ar">([^<]+)<\/bdi><\/span> <bdi lang="en">([^<]+)<\/bdi><\/li>/g)].map((m) => [m[1], m[3]]);
  assert.deepEqual(key, [['PERSON', 'Person'], ['ORG', 'Organisation'], ['LOC', 'Place'], ['DATE', 'Date'], ['EVENT', 'Event'], ['LAW', 'Resolution or law'], ['TITLE', 'Title or role'], ['QUOTE', 'Quoted name']]);
  // Print: the stylesheet leaves the text and its colour key.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.side'), false);
  assert.equal(await page.isVisible('#offline'), false, 'the offline indicator does not print');
  assert.equal(await page.isVisible('#reader'), true);
  assert.equal(await page.isVisible('#print-key .colour-key'), true, 'the colour key prints');
  assert.equal(await page.locator('#print-key .swatch').count(), 8);
  await page.screenshot({ path: join(shots, 'print-view.png') });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('#print-key'), false, 'on screen the legend says it');
  await page.close();
});

test('statements: a CSV with speaker, class, act, object, negation and offsets; acts and a table in the HTML', async () => {
  const { page } = await openSample(env.context, env.origin);
  await page.click('#tab-export');
  const cli = JSON.parse(execFileSync(join(root, 'target/release/bayan'), ['analyze', join(root, 'www/samples/oic-aleppo-statement.txt')], { encoding: 'utf8' })).statements;
  const { name, text } = await download(page, '#export-statements');
  assert.match(name, /\.statements\.csv$/);
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark for spreadsheets');
  const [head, ...rows] = parseCsv(text.slice(1)).filter((r) => r.length > 1);
  assert.deepEqual(head, ['statement', 'start', 'end', 'class', 'label_ar', 'label_en', 'speaker', 'speaker_start', 'speaker_end',
    'speaker_implicit', 'act', 'act_start', 'act_end', 'object', 'object_start', 'object_end', 'negated', 'targets', 'speaker_rule', 'lexicon']);
  assert.equal(rows.length, cli.length);
  const col = (r, k) => r[head.indexOf(k)];
  rows.forEach((r, i) => {
    const s = cli[i];
    assert.deepEqual([col(r, 'class'), col(r, 'act'), col(r, 'act_start'), col(r, 'act_end'), col(r, 'negated')],
      [s.class, s.act.text, String(s.act.start), String(s.act.end), String(s.negated)], `row ${i + 1}`);
    assert.equal(col(r, 'speaker'), s.speaker?.text ?? '');
    assert.equal(col(r, 'speaker_start'), s.speaker ? String(s.speaker.start) : '');
    assert.equal(col(r, 'object'), s.object?.text ?? '');
    assert.equal(col(r, 'object_start'), s.object ? String(s.object.start) : '');
    assert.equal(col(r, 'speaker_rule'), s.rules.speaker);
  });
  const html = (await download(page, '#export-html')).text;
  const acts = [...html.matchAll(/<span class="act st-([A-Z]+)[^"]*" title="[^"]*">([^<]+)<\/span>/g)].map((m) => [m[1], m[2]]);
  const whole = cli.map((s) => [s.class, s.act.text]);
  // An act crossing an entity's edge is cut in two pieces there; joined, they give the acts.
  assert.ok(acts.length >= whole.length, `acts marked: ${acts.length}`);
  for (const [cls, act] of whole) assert.ok(acts.some(([c, a]) => c === cls && act.includes(a)), `${cls} ${act} is marked`);
  const table = [...html.matchAll(/<tr><td>([^<]*)<\/td><td><bdi class="st-badge st-([A-Z]+)"/g)].map((m) => m[2]);
  assert.deepEqual(table, cli.map((s) => s.class), 'the statements table, one row each');
  assert.match(html, /\.act\s*\{/, 'the act style travels with the page');
  // The acts' key, in the page and in print: one entry per class found.
  const classes = [...new Set(cli.map((s) => s.class))];
  const key = [...html.matchAll(/<li><span class="act st-([A-Z]+)"><bdi lang="ar">/g)].map((m) => m[1]);
  assert.deepEqual(new Set(key), new Set(classes));
  await page.click('#tab-reader');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#print-key .act-key'), true, 'the acts\' key prints');
  assert.equal(await page.locator('#print-key .act-key li').count(), classes.length);
  await page.screenshot({ path: join(shots, 'print-view-acts.png') });
  await page.emulateMedia({ media: 'screen' });
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
