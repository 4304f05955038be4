// Host pages for the <bayan-explorer> tests. The fixtures are served beside
// www/, as a site serves its own pages beside Bayan's files, and every answer
// — the host page, the element's modules, its worker, the wasm — carries a
// strict Content-Security-Policy header, as a site sends it. Each host page
// records the events the element fires, CSP violations, and every change
// to the host document that is not the test's own (an element added, an
// attribute of one set): the element may change nothing there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, pageErrors } from './harness.mjs';

const fixtures = join(import.meta.dirname, 'fixtures');

/** What an embedding site is told to send (docs/EMBEDDING.md). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "worker-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * The browser and server with `csp` on every answer (or `csp(path)`), the
 * fixtures served under /fixtures/. `files` adds a test's own files there: a body, or a
 * function `(route, headers)` that answers when it decides (a slow text).
 */
export async function launchHost({ csp = CSP, files = {} } = {}) {
  const policy = typeof csp === 'function' ? csp : () => csp;
  const headers = (path) => (policy(path) ? { 'content-security-policy': policy(path) } : {});
  const served = Object.fromEntries(readdirSync(fixtures).map((name) => [`/fixtures/${name}`, readFileSync(join(fixtures, name))]));
  for (const [name, body] of Object.entries(files)) if (typeof body !== 'function') served[`/fixtures/${name}`] = body;
  served['/favicon.ico'] = ''; // asked for by every host page
  const env = await launch({ headers, files: served });
  for (const [name, answer] of Object.entries(files)) {
    if (typeof answer === 'function') await env.context.route(`${env.origin}/fixtures/${name}`, (route) => answer(route, headers(`/fixtures/${name}`)));
  }
  return env;
}

/** Opens `/fixtures/NAME`; resolves to `{ page, errors }` with the records above installed. */
export async function openHost(env, name = 'host.html') {
  const page = await env.context.newPage();
  const errors = pageErrors(page);
  await page.addInitScript(() => {
    window.events = [];
    window.violations = [];
    window.hostChanges = [];
    for (const type of ['bayan-analyzed', 'bayan-entity-click', 'bayan-error']) {
      document.addEventListener(type, (e) => window.events.push({ type, target: e.target.id, detail: e.detail }));
    }
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const ours = (n) => n.nodeName === 'BAYAN-EXPLORER';
    const watch = () => new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && ours(r.target)) continue;
        if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)) continue;
        window.hostChanges.push(`${r.type} on ${r.target.nodeName}#${r.target.id ?? ''} ${r.attributeName ?? ''} ` +
          `+[${[...r.addedNodes].map((n) => n.nodeName)}] -[${[...r.removedNodes].map((n) => n.nodeName)}]`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    // From the end of parsing: what the host page's own markup builds is not the element's doing.
    document.addEventListener('DOMContentLoaded', watch);
    /**
     * What the element may not change in the host document: its sheets, ids
     * and markup, the test's own elements (and the content it gave them) aside.
     */
    window.hostState = () => {
      const copy = document.documentElement.cloneNode(true);
      for (const el of copy.querySelectorAll('bayan-explorer')) el.remove();
      return {
        adopted: document.adoptedStyleSheets.length,
        sheets: document.styleSheets.length,
        ids: [...copy.querySelectorAll('[id]')].map((e) => e.id).sort().join(' '),
        html: copy.outerHTML,
        changes: window.hostChanges.slice(),
      };
    };
  });
  await page.goto(`${env.origin}/fixtures/${name}`);
  await page.waitForFunction(() => customElements.get('bayan-explorer'));
  return { page, errors };
}

/** Resolves once element `id` has fired `type` `count` times in all. */
export function fired(page, id, type, count = 1) {
  return page.waitForFunction(([i, t, n]) => window.events.filter((e) => e.target === i && e.type === t).length >= n,
    [id, type, count], { timeout: 60_000 });
}

/**
 * Resolves once element `id` has shown an analysis with the wide name
 * lists (`bayan-analyzed` with `wide: true`): the first comes before them.
 */
export function settled(page, id) {
  return page.waitForFunction((i) => window.events.some((e) => e.target === i && e.type === 'bayan-analyzed' && e.detail.wide),
    id, { timeout: 60_000 });
}

/** The details of every `type` event element `id` fired, in order. */
export function details(page, id, type) {
  return page.evaluate(([i, t]) => window.events.filter((e) => e.target === i && e.type === t).map((e) => e.detail), [id, type]);
}

/** Adds `<bayan-explorer id=ID>` with `attrs` and `content` (light DOM markup) to the host's `#slot`. */
export function addElement(page, id, attrs = {}, content = '') {
  return page.evaluate(([i, a, c]) => {
    const el = document.createElement('bayan-explorer');
    el.id = i;
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    // Light DOM built before the element is added: one change to the host, the test's own.
    if (c) el.append(document.createRange().createContextualFragment(c));
    document.getElementById('slot').append(el);
  }, [id, attrs, content]);
}

/**
 * A fixture whose answer waits for `release()`: `{ route, release }`, the
 * route for `launchHost`'s `files`, serving `body` as UTF-8 text. The element
 * stays in its loading state until then.
 */
export function heldFile(body) {
  let release;
  const gate = new Promise((ok) => (release = ok));
  const route = async (r, headers) => {
    await gate;
    await r.fulfill({ body, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
  };
  return { route, release };
}
