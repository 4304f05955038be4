// Talks to the analysis worker: each request gets an id, and the promise it
// returns settles with the matching answer.
export class Messenger {
  #worker;
  #next = 1;
  #pending = new Map();

  constructor(url) {
    this.#worker = new Worker(url, { type: 'module' });
    this.#worker.onmessage = ({ data: { id, result, error } }) => {
      const p = this.#pending.get(id);
      if (!p) return;
      this.#pending.delete(id);
      if (error !== undefined) p.reject(new Error(error));
      else p.resolve(result);
    };
    this.#worker.onerror = (e) => {
      e.preventDefault();
      const error = new Error(`the analysis worker failed: ${e.message || 'could not load'}`);
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    };
  }

  /** Sends `action` with `payload`; resolves to the worker's result. */
  request(action, payload) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, action, payload });
    });
  }
}
