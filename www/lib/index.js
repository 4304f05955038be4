// Bayan as a library: the language core without the page. Works in a page,
// a module worker or Node. Load the wasm once with `init()`, then every
// function is synchronous: call them from a worker for long texts so the
// page's main thread never blocks.
import wasmInit, * as core from '../pkg/bayan.js';
import { withObjects } from './objects.js';
import { WIDE_LISTS, loadWideLists as loadLists } from '../wide.js';

/** Statement classes in the core's order with their Arabic and English labels (generated from the core). */
export { STATEMENT_CLASSES } from '../core-facts.js';

/** The normalization presets, lightest first. */
export const PRESETS = Object.freeze(['display', 'light', 'search', 'strict']);

/** Where the core and the model are by default: this package's own files. */
const WASM_URL = new URL('../pkg/bayan_bg.wasm', import.meta.url);
const MODEL_URL = new URL('../pkg/ner.model.bin', import.meta.url);
const WIDE_URL = new URL('../pkg/wide/', import.meta.url);

let loading = null;
let ready = false;

/**
 * Loads the wasm core, the entity tagger's model and the wide name lists,
 * once (after a failure the next call tries again). By default all come
 * from this package's own files, `pkg/bayan_bg.wasm`, `pkg/ner.model.bin`
 * and `pkg/wide/*.tsv`: fetched in a page or worker (same origin), read from
 * disk in Node. `wasm` may instead be bytes, a `WebAssembly.Module`, a
 * `Response` or a URL — bytes are how a page opened from `file://` does it;
 * `options.model` bytes, a `Response` or a URL, or `false` to analyze
 * without the model (the lists and rules alone find fewer names);
 * `options.wide` the URL of a folder holding the wide lists, or `false` to
 * leave them out (fewer names than the CLI finds; `loadWideLists` adds them
 * later). What cannot be loaded rejects with an error naming it.
 */
export function init(wasm, { model, wide } = {}) {
  const core = startOnce(wasm, model);
  return wide === false ? core : core.then(() => wideOrThrow(wide));
}

/** The wasm core and the model, once. */
function startOnce(wasm, model) {
  loading ??= Promise.all([startCore(wasm), model === false ? null : bytesOf(model ?? MODEL_URL, 'entity model')])
    .then(([, bytes]) => {
      ready = true;
      if (bytes) core.loadModel(bytes);
    })
    .catch((e) => {
      loading = null;
      throw e;
    });
  return loading;
}

/** The wide lists for `init`: a list that cannot be loaded rejects, naming it. */
async function wideOrThrow(base) {
  const { failed } = await loadWideLists(base);
  if (failed.length) {
    const why = failed.map((f) => `${f.name}: ${f.error}`).join('; ');
    throw new Error(`bayan: could not load the wide name lists (${why}); init(…, { wide: false }) leaves them out`);
  }
}

/** The wide lists loaded so far. */
const wideLoaded = new Set();

/**
 * Adds the wide name lists (`pkg/wide/*.tsv`, or the ones in the folder at
 * `base`) to the names `analyze` finds, as the CLI has them; lists loaded
 * already are skipped. Resolves to `{ names, loaded, failed }`: a list that
 * could not be fetched or read is in `failed` with why, and the others work.
 */
export function loadWideLists(base = WIDE_URL) {
  need('loadWideLists');
  wideLoading ??= loadMissing(base).finally(() => (wideLoading = null));
  return wideLoading;
}

/** A `loadWideLists` under way, which a second call joins. */
let wideLoading = null;

async function loadMissing(base) {
  const names = WIDE_LISTS.filter((n) => !wideLoaded.has(n));
  const read = async (/** @type {string} */ name) => {
    const body = await fetched(new URL(name, base), `wide name list ${name}`);
    return body instanceof Uint8Array ? new TextDecoder().decode(body) : body.text();
  };
  const result = await loadLists(read, core.loadWideList, names);
  for (const name of result.loaded) wideLoaded.add(name);
  return result;
}

/** Compiles and starts the wasm core from `wasm` (see `init`). */
async function startCore(wasm) {
  const source = wasm === undefined || typeof wasm === 'string' || wasm instanceof URL
    ? await fetched(wasm ?? WASM_URL, 'wasm core')
    : wasm;
  try {
    await wasmInit({ module_or_path: source });
  } catch (e) {
    const csp = /Content Security Policy|wasm-unsafe-eval|wasm-eval/i.test(e.message)
      ? " (the page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src)"
      : '';
    throw new Error(`bayan: could not start the wasm core: ${e.message}${csp}`);
  }
}

/** Bytes as they are; a `Response` or URL read whole. */
async function bytesOf(source, what) {
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  const response = source instanceof Response ? source : await fetched(source, what);
  return response instanceof Uint8Array ? response : new Uint8Array(await response.arrayBuffer());
}

/**
 * A checked `Response` for `url` — or, for a `file:` URL in Node, whose
 * `fetch` cannot read files, the file's bytes. Errors say what failed where.
 */
async function fetched(url, what) {
  const href = new URL(url, globalThis.location?.href).href;
  if (href.startsWith('file:') && typeof process === 'object' && process.versions?.node) {
    const fs = 'node:fs/promises'; // a variable, so that bundlers for the browser leave it alone
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fs);
    try {
      return new Uint8Array(await readFile(new URL(href)));
    } catch (e) {
      throw new Error(`bayan: could not read the ${what} from ${href}: ${e.message}`);
    }
  }
  let response;
  try {
    response = await fetch(href);
  } catch (e) {
    throw new Error(`bayan: could not fetch the ${what} from ${href}: ${e.message}`);
  }
  if (!response.ok) throw new Error(`bayan: could not fetch the ${what} from ${href}: HTTP ${response.status}`);
  return response;
}

/** Installs the entity tagger's model (`pkg/ner.model.bin`) from bytes. */
export function loadModel(bytes) {
  need('loadModel');
  core.loadModel(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}

/** Loads the wasm core synchronously from bytes or a compiled module. */
export function initSync(wasm) {
  if (!ready) core.initSync({ module: wasm });
  ready = true;
  loading ??= Promise.resolve();
}

function need(name) {
  if (!ready) throw new Error(`bayan: ${name}() was called before the core was loaded; await init() first`);
}

/**
 * Tokens, forms, sentences and entities of `text`; offsets are UTF-16 indexes.
 * Forms and entities are objects here; `analyzeColumns` leaves them as the core's columns.
 */
export function analyze(text, options) {
  return withObjects(analyzeColumns(text, options), text);
}

/** `analyze` with forms and entities as columns (`Analysis` of `bayan-arabic/wasm`): far less memory for long texts. */
export function analyzeColumns(text, options) {
  need('analyze');
  return core.analyze(text, options);
}

/**
 * `text` normalized with `preset` ('display', 'search' or 'strict'), with a
 * map back to the original: `map[i]` is where unit `i` of the result came
 * from, `map[result.length]` is `text.length`.
 */
export function normalize(text, preset = 'search') {
  need('normalize');
  return core.normalizeText(text, preset);
}

/** The token columns of `text` only: cheaper than `analyze` when that is all you need. */
export function tokenize(text) {
  need('tokenize');
  return core.tokenizeText(text);
}

/**
 * Adds the names of a gazetteer list (UTF-8 TSV: `surface<TAB>TYPE<TAB>id<TAB>gloss`,
 * `#` comments) to the ones `analyze` finds; `replace: true` drops every other
 * name first, built-in ones included. Returns how many names the list had.
 * A bad line throws `source:line: what is wrong` and changes nothing.
 */
export function loadGazetteer(tsv, { source = 'gazetteer.tsv', replace = false } = {}) {
  need('loadGazetteer');
  return core.loadGazetteer(source, tsv, replace);
}

/**
 * Fetches a gazetteer list from a same-origin URL and loads it. Another
 * origin is refused before any request is made: Bayan never talks to one.
 */
export async function fetchGazetteer(url, options = {}) {
  const base = globalThis.location?.href;
  const target = new URL(url, base);
  if (base && target.origin !== new URL(base).origin) {
    throw new Error(`bayan: ${target.href} is on another origin; gazetteers load only from ${new URL(base).origin}`);
  }
  const response = await fetch(target);
  if (!response.ok) throw new Error(`bayan: could not load ${target.href} (HTTP ${response.status})`);
  await init();
  return loadGazetteer(await response.text(), { source: target.pathname.split('/').pop(), ...options });
}

/** Goes back to the built-in gazetteer. */
export function resetGazetteer() {
  need('resetGazetteer');
  core.resetGazetteer();
}

/** How many names `analyze` knows. */
export function gazetteerSize() {
  need('gazetteerSize');
  return core.gazetteerSize();
}

/** The core's version. */
export function version() {
  need('version');
  return core.version();
}
