// @ts-check
// Talks to the analysis worker: each request gets an id, and the promise it
// returns settles with the matching answer (www/worker-protocol.js).
//
// A request can be stopped with an AbortSignal. A cancel message would not
// stop anything: the worker runs one wasm call at a time and cannot be
// interrupted mid-call, so a message only arrives once the long call is
// over. Stopping therefore ends the worker and starts a new one; the
// requests still waiting are sent to it again, after whatever `onRestart`
// sends first (the page opens its documents again there).

/**
 * The actions a worker serves: name → function of the payload.
 * @typedef {Record<string, (payload: any) => unknown>} ActionMap
 */

/** @template {ActionMap} Actions */
export class Messenger {
  /** @type {URL} */
  #url;
  /** @type {Worker} */
  #worker;
  #next = 1;
  /** @type {Map<number, { action: string, payload: unknown, resolve: (v: any) => void, reject: (e: Error) => void }>} */
  #pending = new Map();
  /** @type {(() => void) | undefined} */
  #onRestart;

  /**
   * @param {URL} url the worker module
   * @param {{ onRestart?: () => void }} [options] `onRestart` runs when a
   *   stopped request has ended the worker and a new one has started.
   */
  constructor(url, { onRestart } = {}) {
    this.#url = url;
    this.#onRestart = onRestart;
    this.#worker = this.#start();
  }

  #start() {
    const worker = new Worker(this.#url, { type: 'module' });
    worker.onmessage = ({ data: { id, result, error } }) => {
      const p = this.#pending.get(id);
      if (!p) return;
      this.#pending.delete(id);
      if (error !== undefined) p.reject(new Error(error));
      else p.resolve(result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const error = new Error(`the analysis worker failed: ${e.message || 'could not load'}`);
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    };
    return worker;
  }

  /**
   * Sends `action` with `payload`; resolves to the worker's result. When
   * `signal` aborts first, rejects with an AbortError and stops the work.
   * @template {keyof Actions & string} K
   * @param {K} action
   * @param {Parameters<Actions[K]>[0]} payload
   * @param {{ signal?: AbortSignal }} [options]
   * @returns {Promise<Awaited<ReturnType<Actions[K]>>>}
   */
  request(action, payload, { signal } = {}) {
    if (signal?.aborted) return Promise.reject(aborted());
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { action, payload, resolve, reject });
      this.#worker.postMessage({ id, action, payload });
      signal?.addEventListener('abort', () => this.#stop(id), { once: true });
    });
  }

  /**
   * Stops request `id` if it is still waiting: a new worker takes over.
   * @param {number} id
   */
  #stop(id) {
    const p = this.#pending.get(id);
    if (!p) return;
    this.#pending.delete(id);
    p.reject(aborted());
    const waiting = [...this.#pending];
    this.#worker.terminate();
    this.#worker = this.#start();
    this.#onRestart?.();
    for (const [other, q] of waiting) this.#worker.postMessage({ id: other, action: q.action, payload: q.payload });
  }
}

const aborted = () => new DOMException('the analysis was stopped', 'AbortError');
