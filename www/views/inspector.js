// The token inspector: the word under the pointer (or the keyboard) taken
// apart — original, normalized form, clitic segments with their roles and
// restored forms, and its transliteration.
import { t } from '../i18n-views.js';

const ZWJ = '\u200D';

export function createInspector(root, ctx) {
  let doc = null;
  let index = -1;
  let ticket = 0;

  function row(list, label, value, opts = {}) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    if (value instanceof Node) dd.append(value);
    else dd.textContent = value;
    if (opts.lang) dd.lang = opts.lang;
    dd.dir = opts.dir ?? 'auto';
    if (opts.className) dd.className = opts.className;
    list.append(dt, dd);
    return dd;
  }

  function render() {
    const title = document.createElement('h2');
    title.id = 'inspector-title';
    title.textContent = t('inspector');
    root.replaceChildren(title);
    if (!doc || index < 0) {
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = t('inspectorHint');
      root.append(hint);
      return;
    }
    const { starts, ends, kinds, formIds } = doc.analysis.tokens;
    const surface = doc.text.slice(starts[index], ends[index]);
    const form = doc.analysis.forms[formIds[index]];
    const kind = doc.analysis.tokenKinds[kinds[index]];
    const word = document.createElement('p');
    word.className = 'inspected';
    word.lang = 'ar';
    word.dir = 'rtl';
    word.textContent = surface;
    const dl = document.createElement('dl');
    dl.className = 'facts';
    row(dl, t('normalized'), form.norm, { lang: 'ar' });
    row(dl, t('kind'), kind, { lang: 'en' });
    if (form.segments.length) row(dl, t('segments'), segments(surface, form.segments));
    const translit = row(dl, t('buckwalter'), '…', { lang: 'en', dir: 'ltr' });
    const roman = row(dl, t('romanization'), '…', { lang: 'en', dir: 'ltr' });
    const nav = document.createElement('div');
    nav.className = 'buttons';
    for (const [key, delta] of /** @type {[string, number][]} */ ([['prevWord', -1], ['nextWord', 1]])) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = `step-${delta > 0 ? 'next' : 'prev'}`;
      b.textContent = t(key);
      b.disabled = index + delta < 0 || index + delta >= starts.length;
      b.addEventListener('click', () => {
        ctx.inspect(index + delta);
        root.querySelector(`.step-${delta > 0 ? 'next' : 'prev'}`)?.focus();
      });
      nav.append(b);
    }
    root.append(word, dl, nav);
    const mine = ++ticket;
    Promise.all([
      ctx.worker.request('transliterate', { words: [surface], scheme: 'buckwalter' }),
      ctx.worker.request('transliterate', { words: [surface], scheme: 'readable' }),
    ]).then(([[bw], [rd]]) => {
      if (mine !== ticket) return;
      translit.textContent = bw;
      roman.textContent = rd;
    }, (e) => {
      if (mine !== ticket) return;
      translit.textContent = roman.textContent = e.message;
    });
  }

  /** The segments as chips; zero-width joiners keep each piece's letter shapes. */
  function segments(surface, segs) {
    const box = document.createElement('ol');
    box.className = 'segments';
    box.lang = 'ar';
    segs.forEach((s, i) => {
      const li = document.createElement('li');
      li.className = `seg seg-${s.kind}`;
      const piece = document.createElement('span');
      piece.className = 'piece';
      piece.textContent = (i > 0 ? ZWJ : '') + surface.slice(s.start, s.end) + (i < segs.length - 1 ? ZWJ : '');
      const role = document.createElement('span');
      role.className = 'role';
      role.textContent = t(s.kind);
      const restored = document.createElement('span');
      restored.className = 'restored';
      restored.textContent = s.restored;
      li.append(piece, role, restored);
      box.append(li);
    });
    return box;
  }

  return {
    update(next) {
      doc = next;
      index = -1;
      render();
    },
    show(i) {
      index = i;
      render();
    },
    get index() {
      return index;
    },
    refresh: render,
  };
}
