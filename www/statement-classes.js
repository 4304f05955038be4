// The ten statement classes as the reader shows them: the acts it marks and
// the core's labels (core-facts.js, generated from `Class::label_ar`/
// `label_en`). Their icons, badges and key, which only the panels, views
// and exports draw, are in statement-badges.js.
import { STATEMENT_CLASSES } from './core-facts.js';

/**
 * The acts of `statements` as the reader marks them: `{start, end, i,
 * class, negated}` (i indexes `statements`), sorted by start; an act
 * overlapping an earlier one is left out (one mark per span).
 */
export function actsOf(statements) {
  const all = statements.map((s, i) => ({ start: s.act.start, end: s.act.end, i, class: s.class, negated: s.negated }));
  all.sort((a, b) => a.start - b.start || a.i - b.i);
  const acts = [];
  for (const a of all) if (!acts.length || a.start >= acts[acts.length - 1].end) acts.push(a);
  return acts;
}

/** The label of class `name` in `lang` (`ar` or `en`); the name itself for a class the page does not know. */
export function classLabel(name, lang) {
  const c = STATEMENT_CLASSES.find((x) => x.name === name);
  return c ? c[lang === 'en' ? 'en' : 'ar'] : name;
}
