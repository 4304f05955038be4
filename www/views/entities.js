// The entities panel: every entity the text names, grouped by canonical
// entity with its number of mentions, sorted by type then frequency.
// Pressing an entry steps through its mentions in the reader.
import { entityGroups } from '../document.js';
import { typeName } from '../entity-types.js';
import { t, num } from '../i18n.js';

export function createEntitiesPanel(root, ctx) {
  let doc = null;
  const step = new Map();

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
    let type = null;
    let list = null;
    for (const g of groups) {
      if (g.type !== type) {
        type = g.type;
        const h = document.createElement('h3');
        h.className = `group-title`;
        h.textContent = typeName(type);
        list = document.createElement('ul');
        list.className = 'entity-list';
        list.setAttribute('aria-label', typeName(type));
        root.append(h, list);
      }
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'entity-item';
      b.dataset.key = g.key;
      b.dataset.type = g.type;
      const name = document.createElement('span');
      name.className = `swatch ent ent-${g.type}`;
      name.lang = 'ar';
      name.textContent = g.label;
      const gloss = document.createElement('span');
      gloss.className = 'en';
      gloss.lang = 'en';
      gloss.textContent = g.gloss ?? '';
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
        ctx.showEntity(g.mentions[k]);
      });
      li.append(b);
      list.append(li);
    }
  }

  return {
    update(next) {
      doc = next;
      step.clear();
      render();
    },
    refresh: render,
  };
}
