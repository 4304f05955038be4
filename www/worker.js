// The analysis worker: loads the wasm core once and answers requests
// `{id, action, payload}` with `{id, result}` or `{id, error}`. The page's
// main thread never runs a long task.
//
// Open documents stay here, analyzed once, as wasm TextDocuments: the views
// ask for frequencies or a concordance by document id, and the text is
// neither sent nor analyzed again.
import init, * as bayan from './pkg/bayan.js';
import { modelBytes } from './model.js';
import { serve } from './worker-protocol.js';

// The entity tagger's model is a file of its own; the first analysis waits for it.
const ready = Promise.all([init(), modelBytes()]).then(([, model]) => model && bayan.loadModel(model));
// The regex engine is a wasm module of its own (pkg/regex/, the regex crate
// as the CLI runs it), loaded on the first regex search.
let regexEngine = null;
const docs = new Map();
let nextDoc = 1;

function doc(docId) {
  const d = docs.get(docId);
  if (!d) throw new Error(`no open document ${docId}`);
  return d;
}

/** A binding the core may not have yet (it grows by branch). */
function optional(name) {
  const f = bayan[name];
  if (typeof f !== 'function') throw new Error(`${name} is not available in this build`);
  return f;
}

const ACTIONS = {
  analyze: ({ text, options }) => bayan.analyze(text, options),
  version: () => bayan.version(),
  open: ({ text, options }) => {
    const d = new bayan.TextDocument(text, options);
    const docId = nextDoc++;
    docs.set(docId, d);
    return { docId, analysis: d.analysis() };
  },
  close: ({ docId }) => {
    docs.get(docId)?.free();
    docs.delete(docId);
    return true;
  },
  frequencies: ({ docId, options }) => doc(docId).frequencies(options),
  concordance: async ({ docId, query, options }) =>
    doc(docId).concordance(query, options, options?.regex ? await (regexEngine ??= loadRegex()) : undefined),
  transliterate: ({ words, scheme }) => words.map((w) => optional('transliterate')(w, scheme)),
  normalizeReport: ({ docId, preset }) => {
    const d = doc(docId);
    if (typeof d.normalizeReport !== 'function') throw new Error('normalizeReport is not available in this build');
    return d.normalizeReport(preset);
  },
};

/** The regex module's `compile`; a failed load is retried on the next search. */
async function loadRegex() {
  try {
    const regex = await import('./pkg/regex/bayan_regex.js');
    await regex.default();
    return regex.compile;
  } catch (e) {
    regexEngine = null;
    throw new Error(`the regular expression engine could not be loaded (${e.message})`);
  }
}

serve(ACTIONS, ready);
