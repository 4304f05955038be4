// The analysis worker: loads the wasm core once and answers requests
// `{id, action, payload}` with `{id, result}` or `{id, error}`. The page's
// main thread never runs a long task.
import init, { analyze, version } from './pkg/bayan.js';

const ready = init();

const ACTIONS = {
  analyze: ({ text, options }) => analyze(text, options),
  version: () => version(),
};

self.onmessage = async ({ data: { id, action, payload } }) => {
  try {
    await ready;
    const run = ACTIONS[action];
    if (!run) throw new Error(`unknown action ${action}`);
    const result = run(payload ?? {});
    self.postMessage({ id, result }, transferables(result));
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};

/** The typed-array buffers of a result, moved rather than copied. */
function transferables(result) {
  const out = [];
  const visit = (v) => {
    if (ArrayBuffer.isView(v)) out.push(v.buffer);
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(visit);
  };
  visit(result);
  return out;
}
