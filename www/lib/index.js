// Bayan as a library: the language core without the page. Works in a page,
// a module worker or Node. Load the wasm once with `init()`, then every
// function is synchronous: call them from a worker for long texts so the
// page's main thread never blocks.
import wasmInit, * as core from '../pkg/bayan.js';
import { withObjects } from './objects.js';

/** Statement classes in the core's order with their Arabic and English labels (generated from the core). */
export { STATEMENT_CLASSES } from '../core-facts.js';

/** The normalization presets, lightest first. */
export const PRESETS = Object.freeze(['display', 'search', 'strict']);

let loading = null;
let ready = false;

/**
 * Loads the wasm core; safe to call many times (it loads once). `wasm` is
 * optional: by default `bayan_bg.wasm` is fetched from beside `pkg/bayan.js`
 * (same origin). Pass bytes, a `WebAssembly.Module`, a `Response` or a URL to
 * load it from elsewhere — bytes are how a page opened from `file://` does it.
 */
export function init(wasm, { model } = {}) {
  loading ??= Promise.all([
    wasmInit(wasm === undefined ? undefined : { module_or_path: wasm }),
    modelBytes(model ?? (wasm === undefined ? new URL('../pkg/ner.model.bin', import.meta.url) : null)),
  ]).then(([, bytes]) => {
    ready = true;
    if (bytes) core.loadModel(bytes);
  });
  return loading;
}

/**
 * The entity tagger's model: bytes as they are, a URL fetched (same
 * origin). Without one — or if it cannot be read — the rules decide alone.
 */
async function modelBytes(model) {
  if (!model) return null;
  if (model instanceof Uint8Array) return model;
  if (model instanceof ArrayBuffer) return new Uint8Array(model);
  const response = await fetch(model).catch(() => null);
  return response?.ok ? new Uint8Array(await response.arrayBuffer()) : null;
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
