// @ts-check
// A module worker around the library, for pages that want the analysis off
// the main thread without writing their own, and the worker every
// <bayan-explorer> of a page shares. It answers `{id, action, payload}` with
// `{id, result}` or `{id, error}` (www/worker-protocol.js; www/messenger.js
// is a client); typed arrays in a result are moved, not copied. The actions
// and their types are `WorkerActions` in worker.d.ts, documented in
// docs/EMBEDDING.md. Started as `worker.js?model=off` it loads no entity model.
import * as bayan from './index.js';
import { serve } from '../worker-protocol.js';

const withModel = new URL(import.meta.url).searchParams.get('model') !== 'off';
const ready = bayan.init(undefined, withModel ? {} : { model: false });

/** @type {import('./worker.js').WorkerActions} */
export const ACTIONS = {
  analyze: ({ text, options }) => bayan.analyze(text, options),
  analyzeColumns: ({ text, options }) => bayan.analyzeColumns(text, options),
  normalize: ({ text, preset }) => bayan.normalize(text, preset),
  tokenize: ({ text }) => bayan.tokenize(text),
  loadGazetteer: ({ tsv, source, replace }) => bayan.loadGazetteer(tsv, { source, replace }),
  resetGazetteer: () => bayan.resetGazetteer(),
  gazetteerSize: () => bayan.gazetteerSize(),
  version: () => bayan.version(),
};

serve(ACTIONS, ready);
