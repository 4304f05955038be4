// Types of the library's worker (www/lib/worker.js): the protocol a page
// speaks to it, described in docs/EMBEDDING.md.
import type { Analysis, AnalysisColumns, AnalyzeOptions, Normalized, Preset, Tokens, WideResult } from './index.js';

/**
 * What the worker does: each action is a function of a request's `payload`,
 * and the reply's `result` is what it returns. `www/messenger.js` is a typed
 * client: `new Messenger<WorkerActions>(url).request('analyze', { text })`.
 */
export type WorkerActions = {
  /** Tokens, forms, sentences and entities; forms and entities as objects (the library's `analyze`). */
  analyze(payload: { text: string; options?: AnalyzeOptions }): Promise<Analysis>;
  /** The same as the core's columns: far less to build and copy for long texts (`analyzeColumns`). */
  analyzeColumns(payload: { text: string; options?: AnalyzeOptions }): Promise<AnalysisColumns>;
  /** `text` normalized with a preset (default `search`), with the map back to the original. */
  normalize(payload: { text: string; preset?: Preset }): Normalized;
  /** The token columns only. */
  tokenize(payload: { text: string }): Tokens;
  /** Adds a TSV list of names to the worker's gazetteer; returns how many it had. */
  loadGazetteer(payload: { tsv: string; source?: string; replace?: boolean }): number;
  /** Goes back to the built-in gazetteer. */
  resetGazetteer(payload?: {}): void;
  /**
   * Loads the wide name lists (`pkg/wide/`), once: the worker starts this
   * itself after answering its first analysis unless started as
   * `worker.js?wide=off`; analyses asked for meanwhile wait for it.
   */
  wideLists(payload?: {}): Promise<WideResult>;
  /** How many names the worker's analyses know. */
  gazetteerSize(payload?: {}): number;
  /** The core's version. */
  version(payload?: {}): string;
};

/** The name of an action. */
export type WorkerAction = keyof WorkerActions;

/** A message to the worker: `id` is the caller's, echoed in the reply. */
export type WorkerRequest<K extends WorkerAction = WorkerAction> = {
  [A in K]: { id: number; action: A; payload: Parameters<WorkerActions[A]>[0] };
}[K];

/** A message from the worker: the action's result, or the message of the error it threw. */
export type WorkerReply<K extends WorkerAction = WorkerAction> =
  | { id: number; result: Awaited<ReturnType<WorkerActions[K]>>; error?: undefined }
  | { id: number; error: string; result?: undefined };

/** The worker's actions (a module worker exports them only for their types). */
export declare const ACTIONS: WorkerActions;
