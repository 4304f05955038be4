// The entities of an analysis as objects. The core hands them over as
// columns (src/wasm/mentions.rs): one row per mention, each inner mention
// right after its container with its depth, ids and glosses in a table.
// That keeps the worker's heap small and `postMessage` cheap; views that
// list or group mentions read objects, made here once per analysis.

/**
 * `analysis` with `entities` as mention objects — `{start, end, type, id?,
 * gloss?, inner?}`, top-level ones in text order, inner ones in their
 * container's `inner` — in place of the columns and their two tables.
 */
export function withMentions(analysis) {
  const { entities: columns, entityTypes, entityRefs, ...rest } = analysis;
  const { starts, ends, types, refs, depths } = columns;
  const top = [];
  const open = []; // the last mention at each depth
  for (let i = 0; i < starts.length; i++) {
    const e = { start: starts[i], end: ends[i], type: entityTypes[types[i]] };
    const ref = entityRefs[refs[i]];
    if (ref?.id !== undefined) e.id = ref.id;
    if (ref?.gloss !== undefined) e.gloss = ref.gloss;
    const depth = depths[i];
    if (depth === 0) top.push(e);
    else (open[depth - 1].inner ??= []).push(e);
    open[depth] = e;
  }
  return { ...rest, entities: top };
}
