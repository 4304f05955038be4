// Several documents side by side: which entities each statement mentions,
// so that two statements on the same event can be compared at a glance.
import { entityGroups } from '../document.js';
import { typeName, typeOrder } from '../entity-types.js';
import { t, num, currentLang } from '../i18n-views.js';
import { classBadge } from '../statement-badges.js';
import { speakerKey } from './statements.js';

/** The classes that take a position, compared across documents (STATE and AFFIRM say, they do not take sides). */
const POSITIONS = ['CONDEMN', 'REJECT', 'CONCERN', 'DEMAND', 'CALL', 'WELCOME', 'SUPPORT', 'DECIDE'];
/** Objects shown per cell, and characters per object. */
const OBJECTS = 3;
const OBJECT_CHARS = 80;

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
    const { table, tbody } = headedTable('compare', [t('entity'), t('type'), ...docs.map((d) => d.name)]);
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
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.append(table);
    root.append(wrap, ...positions(docs));
  }

  /**
   * Who condemns, welcomes, demands… what, across the documents: one row
   * per speaker and class, in each document's column the objects of those
   * acts (a negated act marked), rows found in more documents first.
   */
  function positions(docs) {
    const h3 = document.createElement('h3');
    h3.textContent = t('compareStatements');
    const rows = new Map();
    docs.forEach((d, col) => {
      for (const s of d.analysis.statements) {
        if (!POSITIONS.includes(s.class)) continue;
        const who = speakerKey(s);
        const key = `${s.class}\u0000${who}`;
        let r = rows.get(key);
        if (!r) {
          r = { class: s.class, who, cells: docs.map(() => []) };
          rows.set(key, r);
        }
        r.cells[col].push(s);
      }
    });
    if (!rows.size) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = t('compareNoPositions');
      return [h3, p];
    }
    const seen = (r) => r.cells.filter((c) => c.length).length;
    const sorted = [...rows.values()].sort((a, b) => seen(b) - seen(a) || POSITIONS.indexOf(a.class) - POSITIONS.indexOf(b.class)
      || b.cells.flat().length - a.cells.flat().length);
    const { table, tbody } = headedTable('compare compare-positions', [t('stSpeaker'), t('stPosition'), ...docs.map((d) => d.name)]);
    const lang = currentLang();
    for (const r of sorted) {
      const tr = document.createElement('tr');
      tr.dataset.class = r.class;
      if (seen(r) === docs.length && docs.length > 1) tr.className = 'shared';
      const who = document.createElement('th');
      who.scope = 'row';
      who.lang = 'ar';
      who.dir = 'rtl';
      who.textContent = r.who || t('stNoSpeaker');
      const cls = document.createElement('td');
      cls.append(classBadge(r.class, lang));
      tr.append(who, cls);
      for (const found of r.cells) {
        const td = document.createElement('td');
        td.className = found.length ? 'objects' : 'num no';
        if (!found.length) td.textContent = '—';
        for (const s of found.slice(0, OBJECTS)) {
          const p = document.createElement('p');
          p.lang = 'ar';
          p.dir = 'rtl';
          const text = s.object?.text ?? s.act.text;
          p.textContent = text.length > OBJECT_CHARS ? `${text.slice(0, OBJECT_CHARS)}…` : text;
          if (s.negated) {
            const neg = document.createElement('span');
            neg.className = 'st-neg';
            neg.textContent = t('stNegated');
            p.prepend(neg, ' ');
          }
          td.append(p);
        }
        if (found.length > OBJECTS) {
          const more = document.createElement('p');
          more.className = 'hint';
          more.textContent = `+${num(found.length - OBJECTS)}`;
          td.append(more);
        }
        tr.append(td);
      }
      tbody.append(tr);
    }
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.append(table);
    return [h3, wrap];
  }
  return { update: render, refresh: render };
}

/** A table of class `className` with a header row of `labels` and an empty body, both in place. */
function headedTable(className, labels) {
  const table = document.createElement('table');
  table.className = className;
  const thead = document.createElement('thead');
  const hr = document.createElement('tr');
  for (const label of labels) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.dir = 'auto';
    th.textContent = label;
    hr.append(th);
  }
  thead.append(hr);
  const tbody = document.createElement('tbody');
  table.append(thead, tbody);
  return { table, tbody };
}
