// The open documents as tabs: switch between them, close one.
import { t } from '../i18n.js';

export function createDocumentTabs(nav, list, ctx) {
  function render(docs, current) {
    nav.hidden = docs.length === 0;
    list.setAttribute('aria-label', t('documents'));
    list.replaceChildren(...docs.map((d, i) => {
      const wrap = document.createElement('span');
      wrap.className = 'doc-tab-wrap';
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'doc-tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(d === current));
      tab.tabIndex = d === current ? 0 : -1;
      tab.dir = 'auto';
      tab.textContent = d.name;
      tab.addEventListener('click', () => ctx.select(d));
      tab.addEventListener('keydown', (e) => {
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
      close.setAttribute('aria-label', `${t('close')}: ${d.name}`);
      close.addEventListener('click', () => ctx.close(d));
      wrap.append(tab, close);
      return wrap;
    }));
  }
  return { render };
}
