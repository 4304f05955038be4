// @ts-check
// A module worker around the library, for pages that want the analysis off
// the main thread without writing their own, and the worker every
// <bayan-explorer> of a page shares. It answers `{id, action, payload}` with
// `{id, result}` or `{id, error}` (www/worker-protocol.js; www/messenger.js
// is a client); typed arrays in a result are moved, not copied. The actions
// and their types are `WorkerActions` in worker.d.ts, documented in
// docs/EMBEDDING.md. Started as `worker.js?model=off` it loads no entity model.
//
// The wide name lists (pkg/wide/) come after the first analysis has been
// answered, so the first highlight does not wait for them; analyses asked
// for while they load wait, and later ones have every name the CLI has.
// Started as `worker.js?wide=off` it never loads them.
import * as bayan from './index.js';
import { serve } from '../worker-protocol.js';

const params = new URL(import.meta.url).searchParams;
const withModel = params.get('model') !== 'off';
const withWide = params.get('wide') !== 'off';
const ready = bayan.init(undefined, { wide: false, ...(withModel ? {} : { model: false }) });

/** @type {Promise<import('./index.js').WideResult> | null} */
let wide = null;
const wideLists = () => (wide ??= bayan.loadWideLists());

/**
 * Runs an analysis once the wide lists are in, if they are coming; after
 * the first, starts them (a task later: its answer goes out first).
 * @template T
 * @param {() => T} run
 */
async function analysis(run) {
  await wide;
  const result = run();
  if (withWide && !wide) setTimeout(wideLists);
  return result;
}

/** @type {import('./worker.js').WorkerActions} */
export const ACTIONS = {
  analyze: ({ text, options }) => analysis(() => bayan.analyze(text, options)),
  analyzeColumns: ({ text, options }) => analysis(() => bayan.analyzeColumns(text, options)),
  normalize: ({ text, preset }) => bayan.normalize(text, preset),
  tokenize: ({ text }) => bayan.tokenize(text),
  loadGazetteer: ({ tsv, source, replace }) => bayan.loadGazetteer(tsv, { source, replace }),
  resetGazetteer: () => bayan.resetGazetteer(),
  wideLists: () => (withWide ? wideLists() : Promise.resolve({ names: 0, loaded: [], failed: [] })),
  gazetteerSize: () => bayan.gazetteerSize(),
  version: () => bayan.version(),
};

serve(ACTIONS, ready);
