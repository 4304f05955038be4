// The benchmark text: the UN Parallel Corpus sample in ../shared/data (not
// part of the repository), repeated to a size in megabytes of UTF-8.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const FILE = 'shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt';
/** Beside the repository (../shared, as CI lays it), or one level up from a worktree. */
export const CORPUS = ['../', '../../'].map((up) => fileURLToPath(new URL(`../../${up}${FILE}`, import.meta.url)))
  .find((p) => existsSync(p)) ?? fileURLToPath(new URL(`../../../${FILE}`, import.meta.url));

/** The corpus text, or null (with a message) when it is absent. */
export function corpus() {
  if (!existsSync(CORPUS)) {
    console.error(`skipping: ${CORPUS} is absent (see shared/data/README.md)`);
    return null;
  }
  return readFileSync(CORPUS, 'utf8');
}

/** `base` repeated to `mb` MB of UTF-8 (cut on a code point). */
export function textOf(base, mb) {
  const want = mb * 1048576;
  const perChar = Buffer.byteLength(base) / base.length;
  let text = base.repeat(Math.ceil(want / Buffer.byteLength(base)) + 1).slice(0, Math.floor(want / perChar));
  if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
  return text;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Peak and current resident memory of this process, in bytes (Linux). */
export function memory() {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))[1]) * 1024;
  return { peak: kb('VmHWM'), rss: kb('VmRSS') };
}

/** Resets the peak-RSS counter (Linux ≥ 4.0), so a peak is measured per phase. */
export function resetPeak() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not permitted here: the peak then covers the whole process.
  }
}
