// <bayan-explorer> and statements: acts are marked in its reader (inside
// the shadow root, letters joined), `bayan-analyzed` carries the
// statements, and a click (or Enter) on an act sends `bayan-statement-click`
// with the statement as `bayan analyze` prints it, in UTF-16 offsets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foreign, shots, root } from './harness.mjs';
import { launchHost } from './embed-host.mjs';

let env;
// Every answer carries a strict Content-Security-Policy, as a careful host site's would.
before(async () => { env = await launchHost(); });
after(async () => { await env.close(); });

const TEXT = 'وأدان الوزير الهجوم على القافلة، ورحب بالاتفاق.\nولم يدن المجلس الحادث.';

test('acts in the element: marked, in bayan-analyzed, and bayan-statement-click with the CLI\'s statement', async () => {
  const file = join(tmpdir(), 'bayan-embed-statements.txt');
  writeFileSync(file, TEXT);
  // The CLI counts chars; this text has no character outside the BMP, so they are UTF-16 units too.
  const cli = JSON.parse(execFileSync(join(root, 'target/release/bayan'), ['analyze', file], { encoding: 'utf8' })).statements;
  assert.ok(cli.length >= 3, `statements: ${cli.length}`);

  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.events = [];
    for (const type of ['bayan-analyzed', 'bayan-statement-click', 'bayan-entity-click']) {
      document.addEventListener(type, (e) => window.events.push({ type, target: e.target.id, detail: e.detail }));
    }
  });
  await page.goto(`${env.origin}/fixtures/host.html`);
  await page.evaluate((text) => {
    const el = document.createElement('bayan-explorer');
    el.id = 'st';
    el.setAttribute('text', text);
    document.body.prepend(el);
  }, TEXT);
  await page.waitForFunction(() => window.events.some((e) => e.type === 'bayan-analyzed' && e.target === 'st' && e.detail.wide));
  const analyzed = await page.evaluate(() => window.events.findLast((e) => e.type === 'bayan-analyzed' && e.target === 'st').detail);
  assert.deepEqual(analyzed.statements, cli, 'bayan-analyzed carries the statements as the CLI prints them');

  const el = page.locator('#st');
  const acts = await el.evaluate((x) => [...x.shadowRoot.querySelectorAll('.act')].map((a) => [a.textContent, a.dataset.act, a.classList.contains('act-negated')]));
  assert.deepEqual(acts, cli.map((s, i) => [s.act.text, String(i), s.negated]));
  const look = await el.evaluate((x) => getComputedStyle(x.shadowRoot.querySelector('.act')).boxShadow);
  assert.match(look, /inset/, 'the act has its line inside the shadow root');

  // A click on an act: the statement, as the CLI prints it, with its index.
  await el.locator('.act', { hasText: 'أدان' }).click();
  await page.waitForFunction(() => window.events.some((e) => e.type === 'bayan-statement-click'));
  let click = await page.evaluate(() => window.events.find((e) => e.type === 'bayan-statement-click'));
  assert.equal(click.target, 'st', 'composed, retargeted to the element');
  const { index, ...statement } = click.detail;
  assert.equal(index, 0);
  assert.deepEqual(statement, cli[0]);
  // Its tooltip shows the object, which is highlighted.
  const tip = await el.evaluate((x) => x.shadowRoot.getElementById('ent-tip')?.textContent ?? '');
  assert.ok(tip.includes(cli[0].object.text), `tooltip: ${tip}`);

  // Enter on a focused act, the negated one.
  await el.evaluate((x) => x.shadowRoot.querySelector('.act.act-negated').focus());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.events.filter((e) => e.type === 'bayan-statement-click').length === 2);
  click = await page.evaluate(() => window.events.filter((e) => e.type === 'bayan-statement-click')[1]);
  assert.equal(click.detail.negated, true);
  assert.equal(click.detail.act.text, 'يدن');
  await el.screenshot({ path: join(shots, 'embed-statements.png') });
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign(env.requests, env.origin), []);
  await page.close();
});
