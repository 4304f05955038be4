// The entities panel: every entity the text names, grouped by canonical
// entity with its number of mentions, sorted by type then frequency.
// Pressing an entry steps through its mentions in the reader.
//
// The whole list is one composite widget, a vertical toolbar with a roving
// tab stop: one Tab reaches it, the arrow keys (and Home, End, Page Up and
// Page Down, a type group at a time) move inside, Enter or Space presses.
// A text naming seventy entities is then one stop on the way to the
// reader, not seventy.
import { entityGroups } from '../document.js';
import { typeName } from '../entity-types.js';
import { t, num } from '../i18n-views.js';
import { mentionGloss } from '../glosses.js';

export function createEntitiesPanel(root, ctx) {
  let doc = null;
  const step = new Map();
  /** The key of the group holding the tab stop, kept across re-renders. */
  let stop = null;

  function render() {
    const title = document.createElement('h2');
    title.id = 'entities-title';
    title.textContent = t('entities');
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = t('entitiesHint');
    root.replaceChildren(title, hint);
    if (!doc) return;
    const hidden = ctx.hiddenTypes();
    const groups = entityGroups(doc).filter((g) => !hidden.has(g.type));
    const bar = document.createElement('div');
    bar.className = 'entity-groups';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-orientation', 'vertical');
    bar.setAttribute('aria-labelledby', title.id);
    bar.addEventListener('keydown', move);
    let type = null;
    let list = null;
    for (const g of groups) {
      if (g.type !== type) {
        type = g.type;
        const h = document.createElement('h3');
        h.className = 'group-title';
        h.id = `entity-group-${type}`;
        h.textContent = typeName(type);
        list = document.createElement('ul');
        list.className = 'entity-list';
        list.setAttribute('aria-labelledby', h.id);
        bar.append(h, list);
      }
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'entity-item';
      b.dataset.key = g.key;
      b.dataset.type = g.type;
      b.tabIndex = -1;
      const name = document.createElement('span');
      name.className = `swatch ent ent-${g.type}`;
      name.lang = 'ar';
      name.dir = 'rtl';
      name.textContent = g.label;
      const gloss = document.createElement('span');
      gloss.className = 'en';
      gloss.lang = 'en';
      gloss.dir = 'ltr';
      gloss.textContent = g.gloss ?? mentionGloss(doc, doc.analysis.entities[g.mentions[0]]) ?? '';
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = num(g.count);
      const where = document.createElement('span');
      where.className = 'where';
      where.setAttribute('aria-live', 'polite');
      b.append(name, gloss, count, where);
      b.addEventListener('click', () => {
        const k = ((step.get(g.key) ?? -1) + 1) % g.count;
        step.set(g.key, k);
        where.textContent = t('mentionOf', num(k + 1), num(g.count));
        rove(b, false);
        ctx.showEntity(g.mentions[k]);
      });
      li.append(b);
      list.append(li);
    }
    if (!groups.length) return;
    root.append(bar);
    const items = buttons();
    rove(items.find((b) => b.dataset.key === stop) ?? items[0], false);
  }

  const buttons = () => [...root.querySelectorAll('.entity-item')];

  /** Makes `b` the one tab stop of the list, and focuses it if asked. */
  function rove(b, focus = true) {
    for (const other of root.querySelectorAll('.entity-item[tabindex="0"]')) other.tabIndex = -1;
    b.tabIndex = 0;
    stop = b.dataset.key;
    if (focus) b.focus();
  }

  function move(e) {
    const items = buttons();
    const i = items.indexOf(e.target.closest?.('.entity-item'));
    if (i < 0) return;
    const group = (from, dir) => {
      // The first item of the next (dir 1) or this/previous (dir -1) type.
      const type = items[from].dataset.type;
      let k = from;
      if (dir > 0) {
        while (k < items.length && items[k].dataset.type === type) k++;
        return Math.min(k, items.length - 1);
      }
      while (k > 0 && items[k - 1].dataset.type === type) k--;
      if (k === from && k > 0) {
        const prev = items[k - 1].dataset.type;
        while (k > 0 && items[k - 1].dataset.type === prev) k--;
      }
      return k;
    };
    const to = {
      ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1,
      PageDown: group(i, 1), PageUp: group(i, -1),
    }[e.key];
    if (to === undefined || !items[to]) return;
    e.preventDefault();
    rove(items[to]);
  }

  return {
    update(next) {
      doc = next;
      step.clear();
      stop = null;
      render();
    },
    refresh: render,
  };
}
