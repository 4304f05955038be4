// The legend: one button per entity type with its count; pressing one hides
// or shows that type's highlights in the reader. It is the type filter of
// the reader, so every view that lists entities respects the same choice.
import { ENTITY_TYPES, typeName, typeOrder } from './entity-types.js';
import { tIn, num, currentLang } from './i18n.js';

/**
 * Fills `list` with the types found in `entities`. `reader` is the reader's
 * container element; hidden types are remembered on it as hide-TYPE classes,
 * so a re-render of the legend (a language switch) keeps the choice. `lang`
 * is the page's interface language unless given (an element's own).
 */
export function renderLegend(list, reader, entities, lang = currentLang()) {
  const counts = new Map();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const known = new Set(ENTITY_TYPES.map((x) => x.type));
  const types = [...ENTITY_TYPES.map((x) => x.type).filter((ty) => counts.has(ty)),
    ...[...counts.keys()].filter((ty) => !known.has(ty)).sort()];
  types.sort((a, b) => typeOrder(a) - typeOrder(b));
  const items = types.map((type) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `legend-item ent-${type}`;
    const shown = !reader.classList.contains(`hide-${type}`);
    button.setAttribute('aria-pressed', String(shown));
    button.dataset.type = type;
    const swatch = document.createElement('span');
    swatch.className = `swatch ent ent-${type}`;
    swatch.textContent = typeName(type, lang);
    const code = document.createElement('span');
    code.className = 'en';
    code.lang = 'en';
    code.textContent = type;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = num(counts.get(type), lang);
    button.append(swatch, code, count);
    button.addEventListener('click', () => {
      const show = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(show));
      reader.classList.toggle(`hide-${type}`, !show);
      reader.dispatchEvent(new CustomEvent('legend:change', { bubbles: true, detail: { type, show } }));
    });
    li.append(button);
    return li;
  });
  if (items.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = tIn(lang, 'noEntities');
    items.push(li);
  }
  list.replaceChildren(...items);
}
