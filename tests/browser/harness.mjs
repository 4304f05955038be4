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

/**
 * Starts the server and the browser; returns handles and a `close()`.
 * `onResponse` learns of every answer the server gives (scripts/serve.mjs).
 */
export async function launch({ onResponse } = {}) {
  const server = await serve(join(root, 'www'), 0, { onResponse });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const requests = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
  context.on('request', (r) => requests.push(r.url()));
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
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(origin + '/');
  await page.click('#load-sample');
  await page.waitForSelector('body[data-state="analyzed"]');
  // Progressive rendering and the offline indicator move things for a
  // moment: wait until the page is still before anyone clicks by position.
  await page.waitForFunction(() => !document.body.dataset.rendering);
  return { page, errors };
}
