// The forms and entities of an analysis as objects. The core hands them
// over as columns (src/wasm/forms.rs, src/wasm/mentions.rs), which keeps the
// worker's heap small and `postMessage` cheap; views that show a form or
// list mentions read objects, made here once per analysis.

/**
 * `analysis` with `forms` as `{norm, segments: [{start, end, kind, restored}]}`,
 * `entities` as `{start, end, type, id?, gloss?, inner?}` (top-level
 * mentions in text order, inner ones in their container's `inner`) and
 * `statements` as `bayan analyze` prints them (`{start, end, class, act,
 * speaker, object, targets, negated, rules}`, texts sliced from `text`), in
 * place of the columns and their tables.
 */
export function withObjects(columns, text) {
  const { tokens, tokenKinds, forms, segments, segmentKinds, sentences, entities, entityTypes, entityRefs } = columns;
  return {
    tokens,
    tokenKinds,
    forms: formObjects(forms, segments, segmentKinds),
    sentences,
    entities: mentionObjects(entities, entityTypes, entityRefs),
    statements: statementsOf(columns, text),
  };
}

/** The statements of an analysis's columns as objects (`withObjects`' `statements`), without the forms and entities. */
export function statementsOf(columns, text) {
  const maker = statementMaker(columns, text);
  maker.step(Infinity);
  return maker.all;
}

/**
 * Makes the statements of `columns` a step at a time, as `mentionMaker`
 * makes mentions: a long text has tens of thousands, and a page that must
 * not freeze builds them between its own tasks. `all` fills as `step(n)`
 * makes the next `n`.
 */
export function statementMaker({ statements, statementClasses, statementSpeakerRules, statementLexicon }, text) {
  const count = statements ? statements.starts.length : 0;
  const all = new Array(count);
  let i = 0;
  return {
    all,
    get done() {
      return i >= count;
    },
    step(n) {
      const end = Math.min(count, i + n);
      statementObjects(statements, statementClasses, statementSpeakerRules, statementLexicon, text ?? '', all, i, end);
      i = end;
    },
  };
}

const NEGATED = 1;
const HAS_SPEAKER = 2;
const IMPLICIT = 4;
const HAS_OBJECT = 8;

/** Statements `from` to `end` of columns `c`, written into `out`. */
function statementObjects(c, classes, rules, lexicon, text, out, from, end) {
  const span = (start, end) => ({ start, end, text: text.slice(start, end) });
  for (let i = from; i < end; i++) {
    const flags = c.flags[i];
    const rows = (ends, values) => Array.from(values.subarray(i ? ends[i - 1] : 0, ends[i]));
    out[i] = {
      start: c.starts[i],
      end: c.ends[i],
      class: classes[c.classes[i]],
      act: span(c.actStarts[i], c.actEnds[i]),
      speaker: flags & HAS_SPEAKER
        ? {
            start: c.speakerStarts[i],
            end: c.speakerEnds[i],
            text: c.speakerTexts.slice(i ? c.speakerTextEnds[i - 1] : 0, c.speakerTextEnds[i]),
            implicit: Boolean(flags & IMPLICIT),
            entities: rows(c.speakerMentionEnds, c.speakerMentions),
          }
        : null,
      object: flags & HAS_OBJECT ? span(c.objectStarts[i], c.objectEnds[i]) : null,
      targets: rows(c.targetEnds, c.targets),
      negated: Boolean(flags & NEGATED),
      rules: { lexicon: lexicon[c.lexicon[i]], speaker: rules[c.speakerRules[i]] },
    };
  }
}

function formObjects({ norms, normEnds, segmentEnds }, segments, kinds) {
  const { starts, ends, kinds: kindIds, restored, restoredEnds } = segments;
  const out = new Array(normEnds.length);
  let norm = 0;
  let row = 0;
  for (let i = 0; i < normEnds.length; i++) {
    const list = [];
    for (; row < segmentEnds[i]; row++) {
      list.push({
        start: starts[row],
        end: ends[row],
        kind: kinds[kindIds[row]],
        restored: restored.slice(row ? restoredEnds[row - 1] : 0, restoredEnds[row]),
      });
    }
    out[i] = { norm: norms.slice(norm, normEnds[i]), segments: list };
    norm = normEnds[i];
  }
  return out;
}

/** The mention columns as objects: top-level mentions, inner ones in their container's `inner`. */
function mentionObjects(columns, typeNames, table) {
  const maker = mentionMaker(columns, typeNames, table);
  maker.step(Infinity);
  return maker.top;
}

/**
 * `mentionObjects` a step at a time, for a caller that pauses between steps
 * (a long text has hundreds of thousands of mentions): `step(n)` makes the
 * next `n` rows; `top` is whole once `done`.
 */
export function mentionMaker({ starts, ends, types, refs, depths }, typeNames, table) {
  const top = [];
  const open = []; // the last mention at each depth
  let i = 0;
  return {
    top,
    get done() {
      return i >= starts.length;
    },
    step(n) {
      for (const end = Math.min(starts.length, i + n); i < end; i++) {
        const e = { start: starts[i], end: ends[i], type: typeNames[types[i]] };
        const ref = table[refs[i]];
        if (ref?.id !== undefined) e.id = ref.id;
        if (ref?.gloss !== undefined) e.gloss = ref.gloss;
        const depth = depths[i];
        if (depth === 0) top.push(e);
        else (open[depth - 1].inner ??= []).push(e);
        open[depth] = e;
      }
    },
  };
}
