// The open documents as tabs: switch between them, close one. The tab list
// holds tabs only: each tab's × is for the pointer (out of the tab order and
// hidden from assistive technology), and the keyboard closes the focused
// tab with Delete, as a browser's own tabs do.
import { t } from '../i18n.js';

export function createDocumentTabs(nav, list, ctx) {
  function render(docs, current) {
    nav.hidden = docs.length === 0;
    list.setAttribute('aria-label', t('documents'));
    list.replaceChildren(...docs.map((d, i) => {
      const wrap = document.createElement('span');
      wrap.className = 'doc-tab-wrap';
      wrap.setAttribute('role', 'presentation');
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'doc-tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(d === current));
      tab.tabIndex = d === current ? 0 : -1;
      tab.dir = 'auto';
      tab.textContent = d.name;
      tab.addEventListener('click', () => ctx.select(d));
      tab.setAttribute('aria-keyshortcuts', 'Delete');
      tab.addEventListener('keydown', (e) => {
        if (e.key === 'Delete') {
          e.preventDefault();
          ctx.close(d);
          list.querySelector('[aria-selected="true"]')?.focus();
          return;
        }
        const step = { ArrowLeft: 1, ArrowRight: -1 }[e.key] * (document.documentElement.dir === 'rtl' ? 1 : -1);
        if (!step) return;
        const next = docs[(i + step + docs.length) % docs.length];
        ctx.select(next);
        list.querySelector('[aria-selected="true"]')?.focus();
      });
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'doc-close';
      close.textContent = '×';
      close.title = `${t('close')}: ${d.name}`;
      close.tabIndex = -1;
      close.setAttribute('aria-hidden', 'true');
      close.addEventListener('click', () => ctx.close(d));
      wrap.append(tab, close);
      return wrap;
    }));
  }
  return { render };
}
