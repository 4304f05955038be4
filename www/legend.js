// The legend: one button per entity type with its count; pressing one hides
// or shows that type's highlights in the reader.
import { ENTITY_TYPES } from './entity-types.js';

export function renderLegend(list, reader, entities) {
  const counts = new Map();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const items = ENTITY_TYPES.filter((t) => counts.has(t.type)).map((t) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `legend-item ent-${t.type}`;
    button.setAttribute('aria-pressed', 'true');
    button.dataset.type = t.type;
    const swatch = document.createElement('span');
    swatch.className = `swatch ent ent-${t.type}`;
    swatch.textContent = t.ar;
    const en = document.createElement('span');
    en.className = 'en';
    en.lang = 'en';
    en.textContent = t.en;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = String(counts.get(t.type));
    button.append(swatch, en, count);
    button.addEventListener('click', () => {
      const shown = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(shown));
      reader.classList.toggle(`hide-${t.type}`, !shown);
    });
    li.append(button);
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = 'لم يُعثر على كيانات.';
    items.push(li);
  }
  list.replaceChildren(...items);
}
