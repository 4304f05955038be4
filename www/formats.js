// The export formats, as plain functions of a document: the CLI's JSON,
// CSV of entities and of frequencies, CoNLL/IOB2 tokens and a standalone
// annotated HTML page. Each returns an array of string parts for a Blob, so
// a large document never becomes one giant string or one object per token.
import { charCursor, sentenceAt, statementActs } from './document.js';
import { colourKey } from './legend.js';
import { actKey, classBadge, classLabel } from './statement-badges.js';
import { partition } from './search.js';

const q = JSON.stringify;

/**
 * `bayan analyze` output, byte for byte: compact JSON, keys in the CLI's
 * documented order (tokens, sentences, entities, statements; start, end, text, kind
 * first in each record), offsets in Unicode scalar values.
 */
export function cliJson(doc) {
  const { text, analysis: a } = doc;
  const { starts, ends, kinds, formIds } = a.tokens;
  const parts = ['{"tokens":['];
  // Each section's offsets are asked in ascending order: the cursor walks once.
  let at = charCursor(text);
  let line = [];
  for (let i = 0; i < starts.length; i++) {
    const form = a.forms[formIds[i]];
    const s = at(starts[i]);
    const segs = form.segments.map((g) => {
      const gs = at(starts[i] + g.start);
      const ge = at(starts[i] + g.end);
      return `{"start":${gs},"end":${ge},"text":${q(text.slice(starts[i] + g.start, starts[i] + g.end))},"kind":${q(g.kind)},"restored":${q(g.restored)}}`;
    });
    const e = at(ends[i]);
    line.push(`${i ? ',' : ''}{"start":${s},"end":${e},"text":${q(text.slice(starts[i], ends[i]))},"kind":${q(a.tokenKinds[kinds[i]])},"norm":${q(form.norm)},"segments":[${segs.join(',')}]}`);
    if (line.length === 4096) {
      parts.push(line.join(''));
      line = [];
    }
  }
  parts.push(line.join(''), '],"sentences":[');
  at = charCursor(text);
  for (let i = 0; i < a.sentences.length; i += 2) {
    const s = at(a.sentences[i]);
    const e = at(a.sentences[i + 1]);
    parts.push(`${i ? ',' : ''}{"start":${s},"end":${e}}`);
  }
  parts.push('],"entities":[');
  at = charCursor(text);
  // A mention's start, then its inner mentions', then its end.
  const entity = (e) => {
    const s = at(e.start);
    const inner = (e.inner ?? []).map(entity).join(',');
    const en = at(e.end);
    return `{"start":${s},"end":${en},"text":${q(text.slice(e.start, e.end))},"type":${q(e.type)},"id":${q(e.id ?? null)},"gloss":${q(e.gloss ?? null)},"inner":[${inner}]}`;
  };
  parts.push(a.entities.map(entity).join(','));
  parts.push('],"statements":[', statementsJson(text, a.statements ?? []), ']}\n');
  return parts;
}

/**
 * The statements of `bayan analyze`, keys in the CLI's order like the rest of `cliJson`.
 * Their offsets do not rise (a carried speaker stands before its act), so
 * they are converted to scalar values through one sorted walk.
 */
function statementsJson(text, statements) {
  const chars = statementChars(text, statements);
  const span = (x) => `{"start":${chars.get(x.start)},"end":${chars.get(x.end)},"text":${q(x.text)}}`;
  return statements.map((s) => {
    const speaker = s.speaker
      ? `{"start":${chars.get(s.speaker.start)},"end":${chars.get(s.speaker.end)},"text":${q(s.speaker.text)},"implicit":${s.speaker.implicit},"entities":[${s.speaker.entities.join(',')}]}`
      : 'null';
    return `{"start":${chars.get(s.start)},"end":${chars.get(s.end)},"class":${q(s.class)},"act":${span(s.act)},"speaker":${speaker},"object":${s.object ? span(s.object) : 'null'},"targets":[${s.targets.join(',')}],"negated":${s.negated},"rules":{"lexicon":${q(s.rules.lexicon)},"speaker":${q(s.rules.speaker)}}}`;
  }).join(',');
}

/** Every offset of `statements` (UTF-16) mapped to Unicode scalar values, through one sorted walk. */
function statementChars(text, statements) {
  const offsets = [...new Set(statements.flatMap((s) => [s.start, s.end, s.act.start, s.act.end,
    ...(s.speaker ? [s.speaker.start, s.speaker.end] : []), ...(s.object ? [s.object.start, s.object.end] : [])]))]
    .sort((x, y) => x - y);
  const at = charCursor(text);
  return new Map(offsets.map((o) => [o, at(o)]));
}

function csvField(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (fields) => `${fields.map(csvField).join(',')}\r\n`;

/**
 * Entities as CSV (offsets in Unicode scalar values, like the JSON), nested
 * mentions included: each row has its number (`mention`), the number of
 * the mention it lies inside (`parent`, empty at the top level; a container
 * comes before what it holds) and its `context`, the text around it.
 */
export function entitiesCsv(doc) {
  // A byte-order mark so that spreadsheet programs read the Arabic as UTF-8.
  const parts = ['\uFEFF', csvLine(['start', 'end', 'text', 'type', 'id', 'gloss', 'mention', 'parent', 'context'])];
  const at = charCursor(doc.text);
  let n = 0;
  // Offsets in ascending order (start, inner mentions, end): the cursor walks once.
  const rows = (e, parent) => {
    const mention = ++n;
    const s = at(e.start);
    const inner = (e.inner ?? []).flatMap((i) => rows(i, mention));
    const row = csvLine([s, at(e.end), doc.text.slice(e.start, e.end), e.type, e.id, e.gloss, mention, parent, context(doc, e)]);
    return [row, ...inner];
  };
  for (const e of doc.analysis.entities) parts.push(...rows(e, ''));
  return parts;
}

/**
 * Statements as CSV, one row each in text order (offsets in Unicode scalar
 * values, like the JSON; a speaker carried from an earlier sentence has its
 * own offsets there): the statement's number, span and class (with its
 * labels), speaker, act and object with their offsets, negation, the
 * targets (mention numbers as in the JSON, space-separated) and the rules
 * that found it.
 */
export function statementsCsv(doc) {
  const statements = doc.analysis.statements;
  const chars = statementChars(doc.text, statements);
  const c = (o) => (o === undefined ? '' : chars.get(o));
  const parts = ['\uFEFF', csvLine(['statement', 'start', 'end', 'class', 'label_ar', 'label_en', 'speaker', 'speaker_start', 'speaker_end',
    'speaker_implicit', 'act', 'act_start', 'act_end', 'object', 'object_start', 'object_end', 'negated', 'targets', 'speaker_rule', 'lexicon'])];
  statements.forEach((s, i) => {
    parts.push(csvLine([i + 1, c(s.start), c(s.end), s.class, classLabel(s.class, 'ar'), classLabel(s.class, 'en'),
      s.speaker?.text, c(s.speaker?.start), c(s.speaker?.end), s.speaker ? s.speaker.implicit : '',
      s.act.text, c(s.act.start), c(s.act.end), s.object?.text, c(s.object?.start), c(s.object?.end),
      s.negated, s.targets.join(' '), s.rules.speaker, s.rules.lexicon]));
  });
  return parts;
}

/** Characters of context on each side of a mention in the CSV. */
const CONTEXT = 60;

/** The text around mention `e`, within its sentence, cut at a space, on one line. */
function context(doc, e) {
  const { text, analysis: { sentences } } = doc;
  const k = sentenceAt(doc, e.start);
  const first = Math.min(sentences[2 * k] ?? 0, e.start);
  const last = Math.max(sentences[2 * k + 1] ?? text.length, e.end);
  let from = Math.max(first, e.start - CONTEXT);
  let to = Math.min(last, e.end + CONTEXT);
  if (from > first) from = text.indexOf(' ', from) + 1 || from;
  if (to < last) to = Math.max(e.end, text.lastIndexOf(' ', to));
  if (from > e.start) from = e.start;
  return `${from > first ? '…' : ''}${text.slice(from, to)}${to < last ? '…' : ''}`.replace(/\s+/g, ' ').trim();
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
 * The exported page's stylesheet: its own layout, then `css`, the text of
 * entities.css (the one palette: colours, marks, the rule that keeps
 * letters joined), whole, so the page and the export cannot differ.
 */
export function htmlStyle(css) {
  return `body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:2.1;font-size:1.25rem;color:#1b1b1f;background:#fff}
p{white-space:pre-wrap;margin:0 0 .8em}bdi{unicode-bidi:isolate}
.statements table{border-collapse:collapse;font-size:1rem;line-height:1.6}.statements th,.statements td{border:1px solid #d9d6cf;padding:.2rem .5rem;vertical-align:top;text-align:start}
.key h2{font-size:1rem;margin:0}.colour-key{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:1rem;list-style:none;padding:0;margin:.25rem 0 1.5rem}.colour-key .swatch{padding:0 .3rem}
${css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n{2,}/g, '\n').trim()}`;
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
  // The colour key: each type's mark and its name in Arabic and English.
  const key = d.createElement('section');
  key.className = 'key';
  const keyTitle = d.createElement('h2');
  keyTitle.append(bdi(d, 'مفتاح الألوان', 'ar'), ' · ', bdi(d, 'Colour key', 'en'));
  key.append(keyTitle, colourKey(d, doc.analysis.entities));
  if (doc.analysis.statements.length) key.append(actKey(d, doc.analysis.statements));
  const article = d.createElement('article');
  const { text, analysis: { entities, statements } } = doc;
  // Acts as the reader marks them: a span of their own inside the text or the mark.
  const acts = statementActs(doc);
  const acted = (parent, from, to) => {
    let k = partition(acts.length, (x) => acts[x].end <= from);
    let at = from;
    for (; k < acts.length && acts[k].start < to; k++) {
      const a = acts[k];
      const s = Math.max(a.start, at);
      const t = Math.min(a.end, to);
      parent.append(text.slice(at, s));
      const span = d.createElement('span');
      span.className = `act st-${a.class}${a.negated ? ' act-negated' : ''}`;
      span.title = actTitle(statements[a.i]);
      span.textContent = text.slice(s, t);
      parent.append(span);
      at = t;
    }
    parent.append(text.slice(at, to));
  };
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
      acted(p, at, s);
      const m = d.createElement('mark');
      m.className = `ent ent-${ent.type}`;
      m.title = [ent.type, ent.gloss, ent.id].filter(Boolean).join(' — ');
      acted(m, s, t);
      p.append(m);
      at = t;
    }
    acted(p, at, end);
    article.append(p);
    start = end + 1;
  }
  d.body.append(h1, key, article);
  if (statements.length) d.body.append(statementsTable(d, statements));
  // The style goes in as text: a <style> element built in this page's DOM
  // would be checked against the page's CSP (no inline styles) and refused.
  const [head, body] = d.documentElement.outerHTML.split('</head>');
  return ['<!doctype html>\n', head, `<style>${htmlStyle(css)}</style></head>`, body, '\n'];
}

function bdi(d, text, lang) {
  const b = d.createElement('bdi');
  b.lang = lang;
  b.textContent = text;
  return b;
}

/** An act's title in the exported page: class in both languages, speaker, object. */
function actTitle(s) {
  return [`${classLabel(s.class, 'ar')} · ${classLabel(s.class, 'en')}${s.negated ? ' (منفي · negated)' : ''}`,
    s.speaker && `المتكلم · Speaker: ${s.speaker.text}`, s.object && `المضمون · Object: ${s.object.text}`].filter(Boolean).join('\n');
}

/** The statements of the exported page as a table: speaker, class, act, object. */
function statementsTable(d, statements) {
  const section = d.createElement('section');
  section.className = 'statements';
  const h2 = d.createElement('h2');
  h2.append(bdi(d, 'البيانات والمواقف', 'ar'), ' · ', bdi(d, 'Statements', 'en'));
  const table = d.createElement('table');
  const row = (cells, tag) => {
    const tr = d.createElement('tr');
    for (const c of cells) {
      const cell = d.createElement(tag);
      cell.append(c);
      tr.append(cell);
    }
    return tr;
  };
  const head = d.createElement('thead');
  head.append(row(['المتكلم · Speaker', 'الصنف · Class', 'الفعل · Act', 'المضمون · Object'].map((x) => bdi(d, x, 'ar')), 'th'));
  const body = d.createElement('tbody');
  for (const s of statements) {
    const badge = classBadge(s.class, 'ar', d);
    badge.append(' · ', classLabel(s.class, 'en'), s.negated ? ' (منفي · negated)' : '');
    body.append(row([s.speaker?.text ?? '—', badge, s.act.text, s.object?.text ?? '—'], 'td'));
  }
  table.append(head, body);
  section.append(h2, table);
  return section;
}
