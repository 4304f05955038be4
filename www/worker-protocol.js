// @ts-check
// The worker side of the messenger protocol (www/messenger.js): answers
// `{id, action, payload}` with `{id, result}` or `{id, error}`, once `ready`
// has settled. Typed arrays in a result are moved, not copied.

/**
 * A request as it crosses to the worker.
 * @typedef {{ id: number, action: string, payload?: unknown }} Request
 */
/**
 * An answer as it crosses back: a result, or an error's message.
 * @typedef {{ id: number, result?: unknown, error?: string }} Reply
 */

/**
 * Serves `actions` (name → function of the payload) in this worker.
 * @param {Record<string, (payload: any) => unknown>} actions
 * @param {Promise<unknown>} ready
 */
export function serve(actions, ready) {
  const scope = /** @type {{ onmessage: unknown, postMessage(m: Reply, t?: Transferable[]): void }} */ (/** @type {unknown} */ (self));
  scope.onmessage = async (/** @type {MessageEvent<Request>} */ { data: { id, action, payload } }) => {
    try {
      await ready;
      const run = actions[action];
      if (!run) throw new Error(`unknown action ${action}`);
      const result = await run(payload ?? {});
      scope.postMessage({ id, result }, transferables(result));
    } catch (e) {
      scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  };
}

/**
 * The typed-array buffers of a result.
 * @param {unknown} result
 * @returns {Transferable[]}
 */
function transferables(result) {
  /** @type {Transferable[]} */
  const out = [];
  /** @param {unknown} v */
  const visit = (v) => {
    if (ArrayBuffer.isView(v)) out.push(v.buffer);
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(visit);
  };
  visit(result);
  return out;
}
