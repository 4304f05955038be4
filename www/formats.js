// The export formats, as plain functions of a document: the CLI's JSON,
// CSV of entities and of frequencies, CoNLL/IOB2 tokens and a standalone
// annotated HTML page. Each returns an array of string parts for a Blob, so
// a large document never becomes one giant string or one object per token.
import { charCursor } from './document.js';
import { TYPE_LABEL } from './entity-types.js';

const q = JSON.stringify;

/**
 * `bayan analyze` output, byte for byte: compact JSON, keys in the order
 * serde_json writes them (sorted), offsets in Unicode scalar values.
 */
export function cliJson(doc) {
  const { text, analysis: a } = doc;
  const { starts, ends, kinds, formIds } = a.tokens;
  const parts = ['{"entities":['];
  let at = charCursor(text);
  // Offsets in ascending order (start, inner mentions, end): the cursor walks once.
  const entity = (e) => {
    const s = at(e.start);
    const inner = (e.inner ?? []).map(entity).join(',');
    const en = at(e.end);
    return `{"end":${en},"gloss":${q(e.gloss ?? null)},"id":${q(e.id ?? null)},"inner":[${inner}],"start":${s},"text":${q(text.slice(e.start, e.end))},"type":${q(e.type)}}`;
  };
  parts.push(a.entities.map(entity).join(','));
  parts.push('],"sentences":[');
  at = charCursor(text);
  for (let i = 0; i < a.sentences.length; i += 2) {
    const s = at(a.sentences[i]);
    const e = at(a.sentences[i + 1]);
    parts.push(`${i ? ',' : ''}{"end":${e},"start":${s}}`);
  }
  parts.push('],"statements":[');
  parts.push(statementsJson(text, a.statements ?? []));
  parts.push('],"tokens":[');
  at = charCursor(text);
  let line = [];
  for (let i = 0; i < starts.length; i++) {
    const form = a.forms[formIds[i]];
    const s = at(starts[i]);
    const segs = form.segments.map((g) => {
      const gs = at(starts[i] + g.start);
      const ge = at(starts[i] + g.end);
      return `{"end":${ge},"kind":${q(g.kind)},"restored":${q(g.restored)},"start":${gs},"text":${q(text.slice(starts[i] + g.start, starts[i] + g.end))}}`;
    });
    const e = at(ends[i]);
    line.push(`${i ? ',' : ''}{"end":${e},"kind":${q(a.tokenKinds[kinds[i]])},"norm":${q(form.norm)},"segments":[${segs.join(',')}],"start":${s},"text":${q(text.slice(starts[i], ends[i]))}}`);
    if (line.length === 4096) {
      parts.push(line.join(''));
      line = [];
    }
  }
  parts.push(line.join(''), ']}\n');
  return parts;
}

/**
 * The statements of `bayan analyze`, keys sorted like the rest of `cliJson`.
 * Their offsets do not rise (a carried speaker stands before its act), so
 * they are converted to scalar values through one sorted walk.
 */
function statementsJson(text, statements) {
  const offsets = [...new Set(statements.flatMap((s) => [s.start, s.end, s.act.start, s.act.end,
    ...(s.speaker ? [s.speaker.start, s.speaker.end] : []), ...(s.object ? [s.object.start, s.object.end] : [])]))]
    .sort((x, y) => x - y);
  const at = charCursor(text);
  const chars = new Map(offsets.map((o) => [o, at(o)]));
  const span = (x) => `{"end":${chars.get(x.end)},"start":${chars.get(x.start)},"text":${q(x.text)}}`;
  return statements.map((s) => {
    const speaker = s.speaker
      ? `{"end":${chars.get(s.speaker.end)},"entities":[${s.speaker.entities.join(',')}],"implicit":${s.speaker.implicit},"start":${chars.get(s.speaker.start)},"text":${q(s.speaker.text)}}`
      : 'null';
    return `{"act":${span(s.act)},"class":${q(s.class)},"end":${chars.get(s.end)},"negated":${s.negated},"object":${s.object ? span(s.object) : 'null'},"rules":{"lexicon":${q(s.rules.lexicon)},"speaker":${q(s.rules.speaker)}},"speaker":${speaker},"start":${chars.get(s.start)},"targets":[${s.targets.join(',')}]}`;
  }).join(',');
}

function csvField(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields) => `${fields.map(csvField).join(',')}\r\n`;

/** Entities as CSV (offsets in Unicode scalar values, like the JSON). */
export function entitiesCsv(doc) {
  // A byte-order mark so that spreadsheet programs read the Arabic as UTF-8.
  const parts = ['\uFEFF', csvLine(['start', 'end', 'text', 'type', 'id', 'gloss'])];
  const at = charCursor(doc.text);
  for (const e of doc.analysis.entities) {
    const s = at(e.start);
    parts.push(csvLine([s, at(e.end), doc.text.slice(e.start, e.end), e.type, e.id, e.gloss]));
  }
  return parts;
}

/** A frequency list (from the worker) as CSV. */
export function frequenciesCsv(freq) {
  return ['\uFEFF', csvLine(['rank', 'word', 'normalized', 'count', 'spellings']),
    ...freq.words.map((w, i) => csvLine([i + 1, w.example, w.key, w.count, w.spellings]))];
}

/**
 * Tokens in CoNLL style with IOB2 entity tags: one token per line
 * (`token<TAB>tag`), a blank line between sentences. A token an entity
 * touches takes its tag: a mention that starts after a proclitic (بسوريا)
 * tags the whole token.
 */
export function conll(doc) {
  const { text, analysis: a } = doc;
  const { starts, ends } = a.tokens;
  const parts = ['# bayan CoNLL/IOB2: token\ttag\n'];
  let e = 0;
  let s = 0;
  let line = [];
  for (let i = 0; i < starts.length; i++) {
    while (s < a.sentences.length / 2 && a.sentences[2 * s] <= starts[i]) {
      line.push(`${s ? '\n' : ''}# sent_id = ${s + 1}\n`);
      s++;
    }
    while (e < a.entities.length && a.entities[e].end <= starts[i]) e++;
    const ent = a.entities[e];
    let tag = 'O';
    if (ent && ent.start < ends[i]) tag = `${ent.start >= starts[i] ? 'B' : 'I'}-${ent.type}`;
    line.push(`${text.slice(starts[i], ends[i]).replace(/\s/g, '_')}\t${tag}\n`);
    if (line.length > 4096) {
      parts.push(line.join(''));
      line = [];
    }
  }
  parts.push(line.join(''), '\n');
  return parts;
}

/**
 * The exported page's stylesheet. Its entity colours and underline styles
 * come from `css`, the text of entities.css (the one palette): each type's
 * `--T` and `--T-line` colours and its `.ent-T` underline style.
 */
export function htmlStyle(css) {
  const colour = Object.fromEntries([...css.matchAll(/--([A-Z]+(?:-line)?):\s*([^;]+);/g)].map(([, k, v]) => [k, v.trim()]));
  const rules = [...css.matchAll(/\.ent-([A-Z]+) \{[^}]*text-decoration-style: ([a-z]+);/g)]
    .map(([, k, style]) => `.ent-${k}{background:${colour[k]};text-decoration-color:${colour[`${k}-line`]};text-decoration-style:${style}}`);
  return `body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:2.1;font-size:1.25rem;color:#1b1b1f;background:#fff}
p{white-space:pre-wrap;margin:0 0 .8em}mark{color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.35em}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;font-size:1rem;list-style:none;padding:0}.legend li{padding:0 .4rem}
${rules.join('\n')}
@media print{mark{print-color-adjust:exact;-webkit-print-color-adjust:exact}}`;
}

/** The text of entities.css, read when a page is exported. */
export async function paletteCss() {
  const response = await fetch(new URL('./entities.css', import.meta.url));
  if (!response.ok) throw new Error(`entities.css: ${response.status}`);
  return response.text();
}

/**
 * A standalone page: the text with its entities marked, no script at all.
 * `css` is the text of entities.css (`paletteCss()`).
 */
export function annotatedHtml(doc, css) {
  const d = document.implementation.createHTMLDocument(doc.name);
  d.documentElement.lang = 'ar';
  d.documentElement.dir = 'rtl';
  const meta = (attrs) => {
    const m = d.createElement('meta');
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
    d.head.prepend(m);
  };
  meta({ 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" });
  meta({ charset: 'utf-8' });
  const h1 = d.createElement('h1');
  h1.textContent = doc.name;
  const legend = d.createElement('ul');
  legend.className = 'legend';
  for (const type of new Set(doc.analysis.entities.map((e) => e.type))) {
    const li = d.createElement('li');
    li.className = `ent-${type}`;
    li.textContent = TYPE_LABEL[type] ? `${TYPE_LABEL[type].ar} · ${TYPE_LABEL[type].en}` : type;
    legend.append(li);
  }
  const article = d.createElement('article');
  const { text, analysis: { entities } } = doc;
  let e = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const p = d.createElement('p');
    let at = start;
    while (e > 0 && entities[e - 1].end > start) e--;
    for (; e < entities.length && entities[e].start < end; e++) {
      const ent = entities[e];
      const s = Math.max(ent.start, start);
      const t = Math.min(ent.end, end);
      if (s < at) continue;
      p.append(text.slice(at, s));
      const m = d.createElement('mark');
      m.className = `ent-${ent.type}`;
      m.title = [ent.type, ent.gloss, ent.id].filter(Boolean).join(' — ');
      m.textContent = text.slice(s, t);
      p.append(m);
      at = t;
    }
    p.append(text.slice(at, end));
    article.append(p);
    start = end + 1;
  }
  d.body.append(h1, legend, article);
  // The style goes in as text: a <style> element built in this page's DOM
  // would be checked against the page's CSP (no inline styles) and refused.
  const [head, body] = d.documentElement.outerHTML.split('</head>');
  return ['<!doctype html>\n', head, `<style>${htmlStyle(css)}</style></head>`, body, '\n'];
}
