// @ts-check
// The analysis worker: loads the wasm core once and answers the page's
// requests (www/messenger.js) with the actions below. The page's main
// thread never runs a long task.
//
// Open documents stay here, analyzed once, as wasm TextDocuments under ids
// the page gives them: the views ask for frequencies or a concordance by
// document id, and the text is neither sent nor analyzed again. When the
// page stops a long analysis it ends this worker and starts another, then
// opens its documents again under the same ids (a wasm call cannot be
// interrupted: see Messenger).
import init, * as bayan from './pkg/bayan.js';
import { modelBytes } from './model.js';
import { serve } from './worker-protocol.js';

/** @typedef {import('./pkg/bayan.js').AnalyzeOptions} AnalyzeOptions */

// The entity tagger's model is a file of its own; the first analysis waits for it.
const ready = Promise.all([init(), modelBytes()]).then(([, model]) => model && bayan.loadModel(model));
// The regex engine is a wasm module of its own (pkg/regex/, the regex crate
// as the CLI runs it), loaded on the first regex search.
/** @type {Promise<typeof import('./pkg/regex/bayan_regex.js').compile> | null} */
let regexEngine = null;
/** @type {Map<number, bayan.TextDocument>} */
const docs = new Map();

/** @param {number} docId */
function doc(docId) {
  const d = docs.get(docId);
  if (!d) throw new Error(`no open document ${docId}`);
  return d;
}

/**
 * What the page may ask, each a function of its payload: the typed action
 * map (`Messenger<typeof ACTIONS>` in app.js).
 */
export const ACTIONS = {
  /** @param {{ text: string, options?: AnalyzeOptions }} p */
  analyze: ({ text, options }) => bayan.analyze(text, options),
  version: () => bayan.version(),
  /**
   * Analyzes `text` and keeps it as document `docId` (replacing one open
   * under that id); returns its analysis unless `analysis` is false.
   * @param {{ docId: number, text: string, options?: AnalyzeOptions, analysis?: boolean }} p
   */
  open: ({ docId, text, options, analysis = true }) => {
    const d = new bayan.TextDocument(text, options);
    docs.get(docId)?.free();
    docs.set(docId, d);
    return { docId, analysis: analysis ? d.analysis() : null };
  },
  /** @param {{ docId: number }} p */
  close: ({ docId }) => {
    docs.get(docId)?.free();
    docs.delete(docId);
    return true;
  },
  /** The ids of the open documents. */
  documents: () => [...docs.keys()],
  /** @param {{ docId: number, options?: import('./pkg/bayan.js').FrequencyOptions }} p */
  frequencies: ({ docId, options }) => doc(docId).frequencies(options),
  /** @param {{ docId: number, query: string, options?: import('./pkg/bayan.js').ConcordanceOptions }} p */
  concordance: async ({ docId, query, options }) =>
    doc(docId).concordance(query, options, options?.regex ? await (regexEngine ??= loadRegex()) : undefined),
  /** @param {{ words: string[], scheme: string }} p */
  transliterate: ({ words, scheme }) => words.map((w) => bayan.transliterate(w, scheme)),
  /** @param {{ docId: number, preset: string }} p */
  normalizeReport: ({ docId, preset }) => doc(docId).normalizeReport(preset),
};

/** The regex module's `compile`; a failed load is retried on the next search. */
async function loadRegex() {
  try {
    const regex = await import('./pkg/regex/bayan_regex.js');
    await regex.default();
    return regex.compile;
  } catch (e) {
    regexEngine = null;
    throw new Error(`the regular expression engine could not be loaded (${e instanceof Error ? e.message : e})`);
  }
}

serve(ACTIONS, ready);
