// The worker side of the messenger protocol (www/messenger.js): answers
// `{id, action, payload}` with `{id, result}` or `{id, error}`, once `ready`
// has settled. Typed arrays in a result are moved, not copied.
export function serve(actions, ready) {
  self.onmessage = async ({ data: { id, action, payload } }) => {
    try {
      await ready;
      const run = actions[action];
      if (!run) throw new Error(`unknown action ${action}`);
      const result = await run(payload ?? {});
      self.postMessage({ id, result }, transferables(result));
    } catch (e) {
      self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  };
}

/** The typed-array buffers of a result. */
function transferables(result) {
  const out = [];
  const visit = (v) => {
    if (ArrayBuffer.isView(v)) out.push(v.buffer);
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(visit);
  };
  visit(result);
  return out;
}
