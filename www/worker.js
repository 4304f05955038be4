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
/**
 * The wide name lists (www/wide.js), once the page has asked for them after
 * its first highlight; analyses asked for meanwhile wait for them, so a
 * document opened from then on has every name.
 * @type {Promise<import('./wide.js').WideResult> | null}
 */
let wide = null;

/**
 * Open document `docId`. While the wide lists load, an `open` waits for
 * them, so what asks about documents waits too and comes after it.
 * @param {number} docId
 */
async function doc(docId) {
  await wide;
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
  analyze: async ({ text, options }) => {
    await wide;
    return bayan.analyze(text, options);
  },
  version: () => bayan.version(),
  /**
   * Analyzes `text` and keeps it as document `docId` (replacing one open
   * under that id); returns its analysis unless `analysis` is false.
   * @param {{ docId: number, text: string, options?: AnalyzeOptions, analysis?: boolean }} p
   */
  open: async ({ docId, text, options, analysis = true }) => {
    await wide;
    const d = new bayan.TextDocument(text, options);
    docs.get(docId)?.free();
    docs.set(docId, d);
    return { docId, analysis: analysis ? d.analysis() : null };
  },
  /**
   * Fetches the wide name lists and adds them to the analyzer, once (a
   * second call answers the first's result). Documents open already keep
   * their analysis: the page analyzes them again.
   * @param {{}} [_payload]
   */
  wideLists: (_payload) => (wide ??= loadWide()),
  /** @param {{ docId: number }} p */
  close: async ({ docId }) => {
    await wide;
    docs.get(docId)?.free();
    docs.delete(docId);
    return true;
  },
  /** The ids of the open documents. */
  documents: async () => {
    await wide;
    return [...docs.keys()];
  },
  /** @param {{ docId: number, options?: import('./pkg/bayan.js').FrequencyOptions }} p */
  frequencies: async ({ docId, options }) => (await doc(docId)).frequencies(options),
  /** @param {{ docId: number, query: string, options?: import('./pkg/bayan.js').ConcordanceOptions }} p */
  concordance: async ({ docId, query, options }) =>
    (await doc(docId)).concordance(query, options, options?.regex ? await (regexEngine ??= loadRegex()) : undefined),
  /** @param {{ words: string[], scheme: string }} p */
  transliterate: ({ words, scheme }) => words.map((w) => bayan.transliterate(w, scheme)),
  /** @param {{ docId: number, preset: string }} p */
  normalizeReport: async ({ docId, preset }) => (await doc(docId)).normalizeReport(preset),
  /**
   * What `preset` changes in `text` alone (teacher mode asks it of one
   * sentence): the report `normalizeReport` gives for a whole document.
   * @param {{ text: string, preset: string }} p
   */
  normalizeText: ({ text, preset }) => bayan.normalizeTextReport(text, preset),
};

/**
 * Reads and adds the wide lists, their loaders imported only now (after the
 * first highlight). Never rejects: every action waits for it.
 * @returns {Promise<import('./wide.js').WideResult>}
 */
async function loadWide() {
  try {
    const [{ loadWideLists }, { wideText }] = await Promise.all([import('./wide.js'), import('./wide-files.js')]);
    return await loadWideLists(wideText, bayan.loadWideList);
  } catch (e) {
    return { names: 0, loaded: [], failed: [{ name: 'wide.js', error: e instanceof Error ? e.message : String(e) }] };
  }
}

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
