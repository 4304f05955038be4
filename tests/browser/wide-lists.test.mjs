// The wide name lists (src/data/wide/, served from pkg/wide/) load after
// the first highlight: a name only they hold is marked once they arrive, and
// the JSON export then equals the CLI's, which embeds them. So do the rare
// clitic stems (pkg/wide/clitics-stems.tsv): الختامي is split as the CLI
// splits it. A list that cannot be fetched leaves the built-in names and
// says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, foreign, root } from './harness.mjs';

/** Aarhus is in src/data/wide/cities.tsv and in no built-in list. */
const CITY = 'آرهوس';
const TEXT = `وصل الوفد إلى ${CITY} صباح الأحد لحضور الاجتماع الختامي.`;

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function paste(page, text, origin = env.origin) {
  await page.goto(origin + '/');
  await page.fill('#paste-box', text);
  await page.click('#analyze-paste');
  await page.waitForSelector('body[data-state="analyzed"]');
}

test('a name only a wide list holds is highlighted, and the JSON export equals the CLI', async () => {
  assert.equal(readFileSync(join(root, 'src/data/places.tsv'), 'utf8').includes(CITY), false, 'not a built-in name');
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await paste(page, TEXT);
  const mark = page.locator('#reader mark.ent', { hasText: CITY });
  await mark.waitFor({ timeout: 30_000 });
  await page.waitForSelector('body[data-wide="loaded"]');
  assert.equal(await mark.getAttribute('data-type'), 'LOC');
  await page.waitForFunction(() => !document.body.dataset.rendering);
  await page.click('#tab-export');
  await page.locator('#export-json').waitFor({ state: 'visible' });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click('#export-json')]);
  const exported = readFileSync(await file.path(), 'utf8');
  const input = join(mkdtempSync(join(tmpdir(), 'bayan-wide-')), 'text.txt');
  writeFileSync(input, TEXT);
  const cli = execFileSync(join(root, 'target/release/bayan'), ['analyze', '--offsets', 'utf16', input], { encoding: 'utf8' });
  assert.ok(JSON.parse(cli).entities.some((e) => e.text === CITY), 'the CLI finds the name');
  assert.equal(exported, cli);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});

test('a wide list that cannot be fetched: the built-in names stay, and the status line says so', async () => {
  // The page served without pkg/wide/cities.tsv, in a browser of its own
  // (no service worker that cached it).
  const dir = join(mkdtempSync(join(tmpdir(), 'bayan-www-')), 'www');
  cpSync(join(root, 'www'), dir, { recursive: true, filter: (f) => !f.endsWith(join('wide', 'cities.tsv')) });
  const missing = await launch({ dir });
  try {
    const page = await missing.context.newPage();
    // Every error notice the status line shows, recorded as it is shown.
    await page.addInitScript(() => {
      window.notices = [];
      new MutationObserver(() => {
        const status = document.getElementById('status');
        if (status?.dataset.kind === 'error') window.notices.push(status.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await paste(page, TEXT, missing.origin);
    await page.waitForSelector('body[data-wide="failed"]', { timeout: 30_000 });
    await page.waitForFunction(() => window.notices.some((n) => /cities\.tsv/.test(n)), null, { timeout: 30_000 });
    assert.equal(await page.locator('#reader mark.ent', { hasText: 'الأحد' }).count(), 1, 'the page keeps working');
    assert.equal(await page.locator('#reader mark.ent', { hasText: CITY }).count(), 0);
    // The next analysis still says that the names are incomplete.
    await page.fill('#paste-box', 'اجتمع الوفد في جدة.');
    await page.click('#analyze-paste');
    await page.locator('#reader mark.ent', { hasText: 'جدة' }).waitFor();
    await page.waitForFunction(() => document.getElementById('status').dataset.kind !== 'info');
    assert.match(await page.locator('#status').textContent(), /cities\.tsv/);
  } finally {
    // Closed on failure too: a browser left open keeps the test run alive.
    await missing.close();
  }
});
