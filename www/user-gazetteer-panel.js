// The body of the visitor's names panel (user-gazetteer.js): the box to
// paste or type terms, a file to import, apply, and export back as TSV.
// Loaded when the panel is first opened.
import { t, said, retell } from './i18n-views.js';

const EXAMPLE = 'نور الهدى\tORG\tnur-al-huda\tNur al-Huda\nحمود بن عبدالله\tPERSON';

function el(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** An element whose text is the interface string `key`, kept in step with a language switch. */
function labelled(tag, key, props = {}) {
  const node = el(tag, { ...props, textContent: t(key) });
  node.dataset.i18n = key;
  return node;
}

/**
 * Fills the panel `details` (its summary there already) with the box of
 * `terms`, their import, apply and export; `save(terms)` keeps new terms.
 */
export function fillPanel(details, terms, save) {
  const box = el('textarea', { dir: 'auto', rows: 4, placeholder: EXAMPLE, value: terms, id: 'user-gazetteer-terms' });
  const status = el('p', { className: 'status', role: 'status' });
  const file = el('input', { type: 'file', accept: '.tsv,.csv,.json,.txt,text/plain,application/json' });
  const applyButton = labelled('button', 'applyNames', { type: 'button' });
  const exportButton = labelled('button', 'exportNames', { type: 'button' });
  const count = () => {
    const text = box.value.trim();
    if (!text) return 0;
    if (text.startsWith('[')) {
      try { return JSON.parse(text).length; } catch { return 0; }
    }
    return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).length;
  };
  const apply = () => {
    status.textContent = box.value.trim() ? said('namesAdded', count()) : said('noNames');
    save(box.value);
  };

  applyButton.addEventListener('click', apply);
  file.addEventListener('change', async () => {
    const [f] = file.files;
    if (!f) return;
    box.value = await f.text();
    file.value = '';
    apply();
  });
  exportButton.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([toTsv(box.value)], { type: 'text/tab-separated-values' }));
    const a = el('a', { href: url, download: 'bayan-names.tsv' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });

  // The status, said in the language of its time, follows a switch.
  document.addEventListener('bayan:lang', () => (status.textContent = retell(status.textContent)));

  details.append(
    labelled('p', 'myNamesHelp'),
    box,
    el('div', { className: 'buttons' }, [
      el('label', { className: 'file-label' }, [labelled('span', 'importNames'), file]), applyButton, exportButton,
    ]),
    status,
  );
}

/** The terms as TSV whatever they were typed in (JSON arrays are converted). */
function toTsv(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed).map((t) => [t.surface, t.type, t.id ?? '', t.gloss ?? ''].join('\t')).join('\n') + '\n';
    } catch { /* not JSON after all: export as typed */ }
  }
  return trimmed ? `${trimmed}\n` : '';
}
