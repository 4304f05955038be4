// A module worker around the library, for pages that want the analysis off
// the main thread without writing their own: it answers `{id, action,
// payload}` with `{id, result}` or `{id, error}` (see www/messenger.js).
import * as bayan from './index.js';

const ready = bayan.init();

const ACTIONS = {
  analyze: ({ text, options }) => bayan.analyze(text, options),
  normalize: ({ text, preset }) => bayan.normalize(text, preset),
  tokenize: ({ text }) => bayan.tokenize(text),
  loadGazetteer: ({ tsv, source, replace }) => bayan.loadGazetteer(tsv, { source, replace }),
  resetGazetteer: () => bayan.resetGazetteer(),
  version: () => bayan.version(),
};

self.onmessage = async ({ data: { id, action, payload } }) => {
  try {
    await ready;
    const run = ACTIONS[action];
    if (!run) throw new Error(`unknown action ${action}`);
    const result = run(payload ?? {});
    self.postMessage({ id, result }, buffers(result));
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};

/** The typed-array buffers of a result, moved rather than copied. */
function buffers(result) {
  const out = [];
  const visit = (v) => {
    if (ArrayBuffer.isView(v)) out.push(v.buffer);
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(visit);
  };
  visit(result);
  return out;
}
