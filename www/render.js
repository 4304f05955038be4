// Builds the reader: the original text, paragraph by paragraph, with each
// entity wrapped in a <mark>. Text only ever enters the DOM as text nodes;
// nothing the user supplied is parsed as HTML.
import { TYPE_LABEL } from './entity-types.js';
import { showControls } from './controls.js';

/**
 * Renders `text` into `container` with `entities` (UTF-16 offsets, sorted,
 * non-overlapping) highlighted.
 */
export function renderReader(container, text, entities) {
  const fragment = document.createDocumentFragment();
  let e = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const para = document.createElement('p');
    para.className = 'para';
    para.dir = 'auto';
    // An entity may run past the line's end (a name broken across lines):
    // it is then shown in each line it touches.
    while (e > 0 && entities[e - 1].end > start) e--;
    let at = start;
    for (; e < entities.length && entities[e].start < end; e++) {
      const ent = entities[e];
      const s = Math.max(ent.start, start);
      const t = Math.min(ent.end, end);
      if (s > at) para.append(text.slice(at, s));
      para.append(mark(text.slice(s, t), ent));
      at = t;
    }
    if (end > at) para.append(text.slice(at, end));
    fragment.append(para);
    start = end + 1;
  }
  showControls(fragment);
  container.replaceChildren(fragment);
}

function mark(content, ent) {
  const m = document.createElement('mark');
  m.className = `ent ent-${ent.type}`;
  m.dataset.type = ent.type;
  if (ent.id) m.dataset.id = ent.id;
  m.textContent = content;
  const label = TYPE_LABEL[ent.type];
  m.title = [label ? `${label.ar} · ${label.en}` : ent.type, ent.gloss, ent.id && `(${ent.id})`]
    .filter(Boolean)
    .join(' — ');
  return m;
}
