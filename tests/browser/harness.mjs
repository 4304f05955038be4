// Shared set-up for the browser tests: serves www/ on loopback, launches
// Debian's Chromium through playwright-core, and records every request so a
// test can assert that nothing left the served origin.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const shots = join(here, 'out');
mkdirSync(shots, { recursive: true });

/** Debian's Chromium, headless, with nothing of its own on the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The page's uncaught errors and console errors, as they come. */
export function pageErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

/**
 * Starts the server and the browser; returns handles and a `close()`.
 * `onResponse` learns of every answer the server gives, `headers(path)`
 * adds headers to it, `files` adds files from memory (scripts/serve.mjs);
 * `dir` is what is served (www/).
 */
export async function launch({ onResponse, headers, files, dir = join(root, 'www') } = {}) {
  const server = await serve(dir, 0, { onResponse, headers, files });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const requests = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  context.on('request', (r) => requests.push(r.url()));
  // The page reopens the texts kept from the last visit (www/saved.js):
  // tests that share this context each start with none. The test of
  // keeping (views-keyboard.test.mjs) uses a context of its own.
  await context.addInitScript(() => {
    try {
      indexedDB.deleteDatabase('bayan');
    } catch {
      // No storage (a file: page): nothing kept either.
    }
  });
  const close = async () => {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  };
  return { server, origin, browser, context, requests, close };
}

/** Requests that went anywhere but `origin` (data: and blob: URLs are local). */
export function foreign(requests, origin) {
  return requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u));
}

/** Opens the page with the sample analyzed. */
export async function openSample(context, origin) {
  const page = await context.newPage();
  const errors = pageErrors(page);
  await page.goto(origin + '/');
  await page.click('#load-sample');
  await page.waitForSelector('body[data-state="analyzed"]');
  // The wide name lists come after the first highlight, and the text is
  // analyzed again with them: wait for that analysis, the one that stays.
  await page.waitForSelector('body[data-wide]');
  // Progressive rendering and the offline indicator move things for a
  // moment: wait until the page is still before anyone clicks by position.
  await page.waitForFunction(() => !document.body.dataset.rendering);
  return { page, errors };
}

/** Gives the page a file of `mb` megabytes: the sample statement over and over. */
export async function loadLong(page, mb) {
  await page.evaluate(async (size) => {
    const sample = await (await fetch('samples/oic-aleppo-statement.txt')).text();
    const text = Array.from({ length: Math.ceil((size * 1e6) / (2 * sample.length)) }, () => sample).join('\n');
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'long.txt', { type: 'text/plain' }));
    const input = document.getElementById('file-input');
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
  }, mb);
}
