// @ts-check
// Where the page's worker reads the wide name lists (www/wide.js): files
// beside the wasm module, which scripts/build.sh copies to pkg/wide/. The
// single-file build replaces this module with one that has them inlined.

/**
 * The text of wide list `name` (`cities.tsv`, …); rejects with why not.
 * @param {string} name
 */
export async function wideText(name) {
  const response = await fetch(new URL(`./pkg/wide/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
