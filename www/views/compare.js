// Several documents side by side: which entities each statement mentions,
// so that two statements on the same event can be compared at a glance.
import { entityGroups } from '../document.js';
import { typeName, typeOrder } from '../entity-types.js';
import { t, num } from '../i18n.js';

export function createCompareView(root, ctx) {
  function render() {
    const docs = ctx.docs();
    const head = document.createElement('h2');
    head.textContent = t('compareTitle');
    root.replaceChildren(head);
    if (docs.length < 2) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = t('compareHint');
      root.append(p);
      if (docs.length === 0) return;
    }
    // key → {group, counts per document}
    const rows = new Map();
    docs.forEach((d, col) => {
      for (const g of entityGroups(d)) {
        let r = rows.get(g.key);
        if (!r) {
          r = { g, counts: new Array(docs.length).fill(0) };
          rows.set(g.key, r);
        }
        r.counts[col] = g.count;
      }
    });
    const total = (r) => r.counts.reduce((x, y) => x + y, 0);
    const sorted = [...rows.values()].map((r) => ({ ...r, docs: r.counts.filter(Boolean).length }))
      .sort((a, b) => b.docs - a.docs || typeOrder(a.g.type) - typeOrder(b.g.type) || total(b) - total(a));
    const table = document.createElement('table');
    table.className = 'compare';
    const thead = document.createElement('thead');
    const hr = document.createElement('tr');
    for (const label of [t('entity'), t('type'), ...docs.map((d) => d.name)]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.dir = 'auto';
      th.textContent = label;
      hr.append(th);
    }
    thead.append(hr);
    const tbody = document.createElement('tbody');
    for (const r of sorted) {
      const tr = document.createElement('tr');
      if (r.docs === docs.length && docs.length > 1) tr.className = 'shared';
      const name = document.createElement('th');
      name.scope = 'row';
      const sw = document.createElement('span');
      sw.className = `swatch ent ent-${r.g.type}`;
      sw.lang = 'ar';
      sw.dir = 'rtl';
      sw.textContent = r.g.label;
      name.append(sw);
      if (r.g.gloss) {
        // Each language isolated: the gloss never reorders the name.
        const en = document.createElement('span');
        en.className = 'en';
        en.lang = 'en';
        en.dir = 'ltr';
        en.textContent = r.g.gloss;
        name.append(' ', en);
      }
      const type = document.createElement('td');
      type.textContent = typeName(r.g.type);
      tr.append(name, type);
      for (const c of r.counts) {
        const td = document.createElement('td');
        td.className = c ? 'num yes' : 'num no';
        td.textContent = c ? num(c) : '—';
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(thead, tbody);
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.append(table);
    root.append(wrap);
  }
  return { update: render, refresh: render };
}
