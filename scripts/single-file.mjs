// Builds dist/bayan.html: the explorer in one file that works when opened
// from file:// with no server — to carry on a USB stick or send by mail.
//
// A page with origin null can fetch nothing, not even its own folder, and
// cannot have a service worker. So everything goes inside the HTML:
//   * the page's modules, bundled into one inline module script;
//   * the analysis worker, bundled with the wasm as base64 and started from
//     a Blob URL as a classic script (a tiny shim maps `new Worker('…/worker.js')`
//     to it: Chromium refuses module workers from blob: when the origin is null);
//   * the stylesheets as <style> (views.css too, which the served page adds
//     after its first highlight), the icon as a data: URL, and the files the
//     page fetches (www/samples/, entities.css) served from memory by a `fetch` shim.
// The CSP stays strict: no remote origin at all, and the inline script and
// styles are allowed by their SHA-256 hashes, not by 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(new URL('./single-file/package.json', import.meta.url));
const esbuild = require('esbuild');
const root = fileURLToPath(new URL('..', import.meta.url));
const www = join(root, 'www');
const out = join(root, 'dist', 'bayan.html');

/** Files the page fetches at run time, answered from memory: the sample
 * texts, and the palette the HTML export reads. */
const INLINED = () => [...walk('samples'), 'entities.css'];
/** Stylesheets the served page adds after its first highlight (app.js's
 * `viewStyles`), inlined here right after the one they follow. */
const LATER_STYLES = { 'style.css': ['views.css'] };
const TYPES = { '.txt': 'text/plain; charset=utf-8', '.tsv': 'text/tab-separated-values; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

const read = (path) => readFileSync(join(www, path));
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const dataUrl = (path) => `data:${TYPES[extname(path)] ?? 'application/octet-stream'};base64,${read(path).toString('base64')}`;
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

function walk(dir) {
  return readdirSync(join(www, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name).split(sep).join('/')]);
}

/** Replaces `import … from '…/pkg/bayan.js'` (and the regex module,
 * `pkg/regex/bayan_regex.js`, which the worker imports on its first regex
 * search) with the same module whose default export initializes from
 * bytes inlined as base64. */
const inlineWasm = {
  name: 'inline-wasm',
  setup(build) {
    build.onResolve({ filter: /pkg\/(bayan|regex\/bayan_regex)\.js$/ }, (args) =>
      args.namespace === 'inline-wasm' ? undefined : { path: join(args.resolveDir, args.path), namespace: 'inline-wasm' });
    build.onLoad({ filter: /.*/, namespace: 'inline-wasm' }, (args) => ({
      resolveDir: dirname(args.path),
      contents: `
        import init from ${JSON.stringify(args.path)};
        export * from ${JSON.stringify(args.path)};
        const WASM = ${JSON.stringify(read(relative(www, args.path).replace(/\.js$/, '_bg.wasm')).toString('base64'))};
        export default function initInline() {
          const raw = atob(WASM);
          const bytes = new Uint8Array(raw.length);
          for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
          return init({ module_or_path: bytes });
        }`,
    }));
  },
};

/** Replaces www/model.js (the tagger's model, fetched) with the bytes inlined. */
const inlineModel = {
  name: 'inline-model',
  setup(build) {
    build.onResolve({ filter: /\/model\.js$/ }, () => ({ path: 'model', namespace: 'inline-model' }));
    build.onLoad({ filter: /.*/, namespace: 'inline-model' }, () => ({
      contents: `
        const MODEL = ${JSON.stringify(read('pkg/ner.model.bin').toString('base64'))};
        export async function modelBytes() {
          return Uint8Array.from(atob(MODEL), (c) => c.charCodeAt(0));
        }`,
    }));
  },
};

/** Replaces www/wide-files.js (the wide name lists, fetched) with their texts inlined. */
const inlineWide = {
  name: 'inline-wide',
  setup(build) {
    build.onResolve({ filter: /\/wide-files\.js$/ }, () => ({ path: 'wide', namespace: 'inline-wide' }));
    build.onLoad({ filter: /.*/, namespace: 'inline-wide' }, () => ({
      contents: `
        const LISTS = ${JSON.stringify(Object.fromEntries(readdirSync(join(www, 'pkg', 'wide')).map((f) => [f, read(`pkg/wide/${f}`).toString('utf8')])))};
        export async function wideText(name) {
          if (!(name in LISTS)) throw new Error('not in this file');
          return LISTS[name];
        }`,
    }));
  },
};

const bundleOptions = { bundle: true, format: 'esm', minify: true, charset: 'utf8', target: 'es2022', write: false, logLevel: 'warning', legalComments: 'none' };

/** The worker as a classic script: Chromium refuses a module worker from a
 * blob: URL when the page's origin is null (file://). */
async function bundleWorker() {
  const result = await esbuild.build({
    ...bundleOptions, format: 'iife', entryPoints: [join(www, 'worker.js')], plugins: [inlineWasm, inlineModel, inlineWide],
    // Only the default wasm URL uses import.meta, and the inlined bytes replace it.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return result.outputFiles[0].text;
}

/** The page's module scripts with the shim evaluated first. */
async function bundlePage(entries, workerSource) {
  const files = Object.fromEntries(INLINED().map((f) => [f, { type: TYPES[extname(f)] ?? 'application/octet-stream', body: read(f).toString('base64') }]));
  const shim = `
    // Single-file runtime: the worker and fetched files come from memory.
    const base = new URL('.', document.baseURI).href;
    const local = (input) => { const href = new URL(input instanceof Request ? input.url : String(input), base).href; return href.startsWith(base) ? href.slice(base.length).split(/[?#]/)[0] : null; };
    const workers = { 'worker.js': URL.createObjectURL(new Blob([${JSON.stringify(workerSource)}], { type: 'text/javascript' })) };
    const NativeWorker = globalThis.Worker;
    globalThis.Worker = class extends NativeWorker {
      constructor(url, options) {
        const inlined = workers[local(url)];
        super(inlined ?? url, inlined ? { ...options, type: 'classic' } : options);
      }
    };
    const FILES = ${JSON.stringify(files)};
    const nativeFetch = globalThis.fetch.bind(globalThis);
    globalThis.fetch = async (input, init) => {
      const file = FILES[local(input)];
      if (!file) return nativeFetch(input, init);
      const bytes = Uint8Array.from(atob(file.body), (c) => c.charCodeAt(0));
      return new Response(bytes, { headers: { 'content-type': file.type } });
    };`;
  const result = await esbuild.build({
    ...bundleOptions,
    stdin: { contents: ['./__single-file-shim.js', ...entries].map((e) => `import ${JSON.stringify(e)};`).join('\n'), resolveDir: www, sourcefile: 'single-file-entry.js' },
    plugins: [inlineWasm, {
      name: 'shim',
      setup(build) {
        build.onResolve({ filter: /__single-file-shim\.js$/ }, () => ({ path: 'shim', namespace: 'shim' }));
        build.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({ contents: shim }));
      },
    }],
  });
  return result.outputFiles[0].text;
}

/** A stylesheet with its url(…) references inlined as data: URLs. */
function inlineCss(path) {
  return read(path).toString('utf8').replace(/url\((['"]?)([^'")]+)\1\)/g, (m, q, url) =>
    /^(data:|#)/.test(url) ? m : `url(${dataUrl(join(dirname(path), url))})`);
}

let html = read('index.html').toString('utf8');
const entries = [];
const styles = [];
html = html.replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>\s*/g, (tag) => {
  if (attr(tag, 'type') !== 'module') throw new Error(`single-file: only module scripts can be bundled: ${tag}`);
  entries.push('./' + attr(tag, 'src'));
  return '';
});
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  const rel = attr(tag, 'rel');
  const href = attr(tag, 'href');
  if (rel === 'stylesheet') {
    return [href, ...(LATER_STYLES[href] ?? [])].map((path) => {
      const css = inlineCss(path);
      styles.push(css);
      return `<style>${css}</style>`;
    }).join('\n  ');
  }
  if (rel === 'icon' || rel === 'apple-touch-icon') return tag.replace(`href="${href}"`, `href="${dataUrl(href)}"`);
  if (rel === 'manifest') return ''; // An app install needs a server; the file is the app.
  throw new Error(`single-file: do not know how to inline ${tag}`);
});

const script = await bundlePage(entries, await bundleWorker());
if (/<\/script/i.test(script) || styles.some((s) => /<\/style/i.test(s))) throw new Error('single-file: a bundle contains a closing tag');
const csp = [
  "default-src 'none'",
  `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
  `style-src ${[...new Set(styles.map(sha256))].join(' ')}`,
  'img-src data: blob:',
  'worker-src blob:',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

html = html
  .replace(/<html\b/, '<html data-build="single-file"')
  .replace(/(<meta http-equiv="Content-Security-Policy"\s+content=")[^"]*"/, (m, start) => `${start}${csp}"`)
  // A function, not a string: minified code may contain `$&` or `$'`, which a
  // replacement string would expand (and the script would no longer match
  // its CSP hash).
  .replace('</head>', () => `<script type="module">${script}</script>\n</head>`);
if (!html.includes(csp)) throw new Error('single-file: index.html has no CSP meta tag to replace');
const leftover = html.match(/\s(?:src|href)="(?!data:)[^"#]+"/);
if (leftover) throw new Error(`single-file: a reference was not inlined: ${leftover[0]}`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.error(`single-file: ${relative(root, out)} (${html.length} characters)`);
