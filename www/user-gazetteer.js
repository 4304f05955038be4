// The visitor's own names: a small panel to paste or import terms (TSV, CSV
// or JSON: surface, type, id, gloss), kept in this browser only
// (localStorage), sent with every analysis as `options.gazetteer`, and
// exported back as TSV. The core checks the terms; its errors (with the
// line) come back through the analysis and are shown by the page.

import { t, said, retell } from './i18n.js';

const KEY = 'bayan.userGazetteer';
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
 * Adds the panel to `parent`. `onChange()` is called when the terms change
 * (to analyze the current text again). Returns `{ options() }`: the
 * `AnalyzeOptions` carrying the terms, `{}` when there are none.
 */
export function mountUserGazetteer(parent, { onChange = () => {} } = {}) {
  let terms = localStorage.getItem(KEY) ?? '';
  const box = el('textarea', { dir: 'auto', rows: 4, placeholder: EXAMPLE, value: terms, id: 'user-gazetteer-terms' });
  const status = el('p', { className: 'status', role: 'status' });
  const file = el('input', { type: 'file', accept: '.tsv,.csv,.json,.txt,text/plain,application/json' });
  const apply = labelled('button', 'applyNames', { type: 'button' });
  const exportButton = labelled('button', 'exportNames', { type: 'button' });
  const count = () => {
    const text = box.value.trim();
    if (!text) return 0;
    if (text.startsWith('[')) {
      try { return JSON.parse(text).length; } catch { return 0; }
    }
    return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).length;
  };
  const save = () => {
    terms = box.value;
    localStorage.setItem(KEY, terms);
    status.textContent = terms.trim() ? said('namesAdded', count()) : said('noNames');
    onChange();
  };

  apply.addEventListener('click', save);
  file.addEventListener('change', async () => {
    const [f] = file.files;
    if (!f) return;
    box.value = await f.text();
    file.value = '';
    save();
  });
  exportButton.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([toTsv(box.value)], { type: 'text/tab-separated-values' }));
    const a = el('a', { href: url, download: 'bayan-names.tsv' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });

  // The status, said in the language of its time, follows a switch.
  document.addEventListener('bayan:lang', () => (status.textContent = retell(status.textContent)));

  parent.append(el('details', { className: 'user-gazetteer' }, [
    labelled('summary', 'myNames'),
    labelled('p', 'myNamesHelp'),
    box,
    el('div', { className: 'buttons' }, [
      el('label', { className: 'file-label' }, [labelled('span', 'importNames'), file]), apply, exportButton,
    ]),
    status,
  ]));

  return { options: () => (terms.trim() ? { gazetteer: terms } : {}) };
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
