// The visitor's own names: a small panel to paste or import terms (TSV, CSV
// or JSON: surface, type, id, gloss), kept in this browser only
// (localStorage), sent with every analysis as `options.gazetteer`, and
// exported back as TSV. The core checks the terms; its errors (with the
// line) come back through the analysis and are shown by the page. Here the
// terms and the panel's title; its body (user-gazetteer-panel.js) loads
// when the panel is first opened.
import { t } from './i18n.js';

const KEY = 'bayan.userGazetteer';

/**
 * Adds the panel to `parent`. `onChange()` is called when the terms change
 * (to analyze the current text again). Returns `{ options() }`: the
 * `AnalyzeOptions` carrying the terms, `{}` when there are none.
 */
export function mountUserGazetteer(parent, { onChange = () => {} } = {}) {
  let terms = localStorage.getItem(KEY) ?? '';
  const details = document.createElement('details');
  details.className = 'user-gazetteer';
  const summary = document.createElement('summary');
  summary.textContent = t('myNames');
  summary.dataset.i18n = 'myNames';
  details.append(summary);
  let body = null; // the body's import, asked once (again after a failed one)
  details.addEventListener('toggle', () => (body ??= import('./user-gazetteer-panel.js').then((m) => m.fillPanel(details, terms, (next) => {
    terms = next;
    localStorage.setItem(KEY, terms);
    onChange();
  }), () => (body = null))));
  parent.append(details);
  return { options: () => (terms.trim() ? { gazetteer: terms } : {}) };
}
