// The ten statement classes' icons, badges and key, as the panels, views
// and exports draw them (loaded after the first highlight; the reader needs
// only statement-classes.js). An icon each — a shape of its own, so a class
// is told apart without its colour (entities.css gives the colours,
// `.st-CLASS`). Icons stand beside text, never inside a word.
import { STATEMENT_CLASSES } from './core-facts.js';
import { classLabel } from './statement-classes.js';

export { classLabel };

/** One shape per class, in the core's order. */
const ICONS = { STATE: '●', AFFIRM: '■', CONDEMN: '✖', DEMAND: '▲', CALL: '✱', WELCOME: '✔', REJECT: '⊘', CONCERN: '◆', SUPPORT: '✚', DECIDE: '★' };

export const CLASS_NAMES = STATEMENT_CLASSES.map((c) => c.name);

/** The icon of class `name`. */
export const classIcon = (name) => ICONS[name] ?? '•';

/**
 * The key of the acts for print and export: each class found in
 * `statements`, its label marked as an act is in the text, its icon, and its
 * English name (a list like legend.js's `colourKey`, made in document `doc`).
 */
export function actKey(doc, statements) {
  const found = new Set(statements.map((s) => s.class));
  const list = doc.createElement('ul');
  list.className = 'colour-key act-key';
  for (const name of CLASS_NAMES.filter((c) => found.has(c))) {
    const li = doc.createElement('li');
    const act = doc.createElement('span');
    act.className = `act st-${name}`;
    const ar = doc.createElement('bdi');
    ar.lang = 'ar';
    ar.textContent = classLabel(name, 'ar');
    act.append(ar);
    const en = doc.createElement('bdi');
    en.lang = 'en';
    en.textContent = `${classIcon(name)} ${classLabel(name, 'en')}`;
    li.append(act, ' ', en);
    list.append(li);
  }
  return list;
}

/**
 * A badge for class `name`: its icon (hidden from screen readers, the label
 * says it) and its label in `lang`, in the class's colour, isolated.
 */
export function classBadge(name, lang, doc = document) {
  const badge = doc.createElement('bdi');
  badge.className = `st-badge st-${name}`;
  badge.dataset.class = name;
  const icon = doc.createElement('span');
  icon.className = 'st-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = classIcon(name);
  badge.append(icon, ' ', classLabel(name, lang));
  return badge;
}
