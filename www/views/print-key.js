// The colour key of the print view: each entity type found in the text, its
// mark drawn as in the reader (entities.css) and its name in Arabic and
// English. Hidden on screen, where the legend says the same; style.css's
// print stylesheet shows it above the text, since a printed page has no
// legend to hover.
import { colourKey } from '../legend.js';
import { t } from '../i18n-views.js';
import { actKey } from '../statement-badges.js';

export function createPrintKey(root) {
  let doc = null;

  function render() {
    root.replaceChildren();
    if (!doc) return;
    if (doc.analysis.entities.length) {
      const title = document.createElement('h2');
      title.textContent = t('colourKey');
      root.append(title, colourKey(document, doc.analysis.entities));
    }
    // The acts' key: a printed page has no panel to say what the lines over words mean.
    if (doc.analysis.statements.length) {
      const title = document.createElement('h2');
      title.textContent = t('statements');
      root.append(title, actKey(document, doc.analysis.statements));
    }
  }

  return {
    update(next) {
      doc = next;
      render();
    },
    refresh: render,
  };
}
