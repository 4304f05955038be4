// A module worker around the library, for pages that want the analysis off
// the main thread without writing their own: it answers `{id, action,
// payload}` with `{id, result}` or `{id, error}` (see www/messenger.js).
import * as bayan from './index.js';
import { serve } from '../worker-protocol.js';

const ready = bayan.init();

const ACTIONS = {
  analyze: ({ text, options }) => bayan.analyze(text, options),
  normalize: ({ text, preset }) => bayan.normalize(text, preset),
  tokenize: ({ text }) => bayan.tokenize(text),
  loadGazetteer: ({ tsv, source, replace }) => bayan.loadGazetteer(tsv, { source, replace }),
  resetGazetteer: () => bayan.resetGazetteer(),
  version: () => bayan.version(),
};

serve(ACTIONS, ready);
