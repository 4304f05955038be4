// @ts-check
// The wide name lists (src/data/wide/: thousands of cities, regions,
// organizations, movements and leaders) and the rare clitic stems (the end
// of src/data/clitics-stems.tsv), which the native CLI embeds. The wasm
// module does not, to keep the first highlight small: scripts/build.sh
// copies them to pkg/wide/, and the page's worker, the library and the
// embedded element load them with `loadWideList` once the core is running.
// The names are `entities::wide::FILES` (src/entities/wide.rs), then the
// stems (src/wasm/gazetteer.rs).

/** The rare clitic stems' file. */
const RARE_STEMS = 'clitics-stems.tsv';

/** The lists, in the order the CLI adds them, then the rare stems. */
export const WIDE_LISTS = ['cities.tsv', 'regions.tsv', 'organizations.tsv', 'movements.tsv', 'leaders.tsv', RARE_STEMS];

/**
 * What loading the lists did: how many names came, which lists, and the
 * ones that could not be read or loaded, with why.
 * @typedef {{ names: number, loaded: string[], failed: { name: string, error: string }[] }} WideResult
 */

/**
 * Reads every list with `read` (all at once) and adds each with `load`, in
 * order. A list that fails is reported in the result, never thrown: the
 * analysis keeps working with the names it has.
 * @param {(name: string) => Promise<string>} read
 * @param {(name: string, text: string) => number} load
 * @param {string[]} [names] the lists to load (default: all)
 * @returns {Promise<WideResult>}
 */
export async function loadWideLists(read, load, names = WIDE_LISTS) {
  const texts = await Promise.allSettled(names.map(read));
  /** @type {WideResult} */
  const result = { names: 0, loaded: [], failed: [] };
  texts.forEach((text, i) => {
    const name = names[i];
    try {
      if (text.status === 'rejected') throw text.reason;
      const count = load(name, text.value);
      if (name !== RARE_STEMS) result.names += count; // stems are no names
      result.loaded.push(name);
    } catch (e) {
      result.failed.push({ name, error: e instanceof Error ? e.message : String(e) });
    }
  });
  return result;
}
