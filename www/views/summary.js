// Summary: sentences, words, distinct forms, entities per type and reading
// time; the dates found, laid out on a small timeline (right to left in the
// Arabic interface, as Arabic timelines run).
import { wordStats } from '../document.js';
import { typeName, typeOrder } from '../entity-types.js';
import { t, num, currentLang } from '../i18n-views.js';
import { DIACRITIC_CLASS } from '../core-facts.js';
import { CLASS_NAMES, classIcon, classLabel } from '../statement-badges.js';
import { countStatements } from './statements.js';

/** Words a minute for reading Arabic prose aloud in class, roughly. */
const WPM = 150;
const NS = 'http://www.w3.org/2000/svg';

// Month names, Gregorian and Levantine, folded like the core's search form
// (أ إ آ → ا). The year is read from the digits next to the mention: the core
// marks the DATE span; placing it on a line is this view's job.
const MONTHS = [
  ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'اذار'], ['ابريل', 'نيسان'], ['مايو', 'ايار'],
  ['يونيو', 'حزيران'], ['يوليو', 'تموز'], ['اغسطس', 'اب'], ['سبتمبر', 'ايلول'], ['اكتوبر', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الاول'],
];

const DIACRITICS = new RegExp(`[${DIACRITIC_CLASS}]`, 'g');
const fold = (s) => s.replace(/[أإآ]/g, 'ا').replace(DIACRITICS, '')
  .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));

/** {year, month, label, start} for a DATE mention whose year is known. */
export function placeDate(text, e) {
  const near = fold(text.slice(e.start, Math.min(text.length, e.end + 12)));
  const inside = fold(text.slice(e.start, e.end));
  const year = /(?:^|\D)(1[5-9]\d\d|2[01]\d\d)(?!\d)/.exec(near)?.[1];
  if (!year) return null;
  let month = 0;
  MONTHS.forEach((names, i) => {
    if (!month && names.some((n) => inside.includes(n))) month = i + 1;
  });
  const label = text.slice(e.start, e.end) + (inside.includes(year) ? '' : ` ${year}`);
  return { year: Number(year), month, label, start: e.start, end: e.end };
}

export function createSummaryView(root, ctx) {
  let doc = null;

  function render() {
    const head = document.createElement('h2');
    head.textContent = t('viewSummary');
    root.replaceChildren(head);
    if (!doc) return;
    const { words, distinct } = wordStats(doc);
    const counts = new Map();
    for (const e of doc.analysis.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    const dl = document.createElement('dl');
    dl.className = 'summary-stats';
    const stat = (label, value, key) => {
      const div = document.createElement('div');
      div.className = 'stat';
      if (key) div.dataset.key = key;
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value;
      div.append(dt, dd);
      dl.append(div);
    };
    stat(t('sentences'), num(doc.analysis.sentences.length / 2), 'sentences');
    stat(t('tokensCount'), num(words), 'words');
    stat(t('distinctForms'), num(distinct), 'distinct');
    stat(t('readingTime'), t('minutes', num(Math.max(1, Math.round(words / WPM)))), 'reading');
    for (const type of [...counts.keys()].sort((a, b) => typeOrder(a) - typeOrder(b))) {
      stat(typeName(type), num(counts.get(type)), `type-${type}`);
    }
    const h3 = document.createElement('h3');
    h3.textContent = t('timeline');
    root.append(dl, ...statementCounts(), h3, timeline());
  }

  /** Statements per class and per speaker (the ten most frequent). */
  function statementCounts() {
    const all = doc.analysis.statements;
    const head = document.createElement('h3');
    head.textContent = `${t('statements')}: ${t('stCount', all.length)}`;
    if (!all.length) return [head];
    const { byClass, bySpeaker } = countStatements(all);
    const list = (label, entries, className) => {
      const dl = document.createElement('dl');
      dl.className = `summary-stats ${className}`;
      dl.setAttribute('aria-label', label);
      for (const [name, n, key, lang] of entries) {
        const div = document.createElement('div');
        div.className = 'stat';
        div.dataset.key = key;
        const dt = document.createElement('dt');
        dt.textContent = name;
        if (lang) {
          dt.lang = lang;
          dt.dir = 'auto';
        }
        const dd = document.createElement('dd');
        dd.textContent = num(n);
        div.append(dt, dd);
        dl.append(div);
      }
      return dl;
    };
    const lang = currentLang();
    const classes = CLASS_NAMES.filter((c) => byClass.has(c)).map((c) => [`${classIcon(c)} ${classLabel(c, lang)}`, byClass.get(c), `class-${c}`]);
    const speakers = [...bySpeaker].sort((a, b) => b[1] - a[1]).slice(0, 10)
      .map(([k, n]) => [k || t('stNoSpeaker'), n, 'speaker', k ? 'ar' : null]);
    const h4 = document.createElement('h4');
    h4.textContent = t('stBySpeaker');
    return [head, list(t('stByClass'), classes, 'st-classes'), h4, list(t('stBySpeaker'), speakers, 'st-speakers')];
  }

  function timeline() {
    const dates = doc.analysis.entities.filter((e) => e.type === 'DATE').map((e) => placeDate(doc.text, e)).filter(Boolean);
    if (!dates.length) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = t('noDates');
      return p;
    }
    // One point per distinct month; mentions of the same month share it.
    const points = new Map();
    for (const d of dates) {
      const key = d.year * 12 + Math.max(0, d.month - 1);
      if (!points.has(key)) points.set(key, d);
    }
    const keys = [...points.keys()].sort((a, b) => a - b);
    const lo = keys[0];
    const hi = keys[keys.length - 1];
    const W = 640;
    const pad = 70;
    const rtl = currentLang() === 'ar';
    const H = 60 + 26 * Math.min(keys.length, 6);
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('class', 'timeline');
    svg.setAttribute('role', 'list');
    const line = document.createElementNS(NS, 'line');
    line.setAttribute('x1', String(pad));
    line.setAttribute('x2', String(W - pad));
    line.setAttribute('y1', '30');
    line.setAttribute('y2', '30');
    line.setAttribute('class', 'axis');
    svg.append(line);
    keys.forEach((k, i) => {
      const d = points.get(k);
      const f = hi === lo ? 0.5 : (k - lo) / (hi - lo);
      const x = rtl ? W - pad - f * (W - 2 * pad) : pad + f * (W - 2 * pad);
      const g = document.createElementNS(NS, 'g');
      g.setAttribute('role', 'listitem');
      g.setAttribute('class', 'tick');
      g.setAttribute('tabindex', '0');
      const dot = document.createElementNS(NS, 'circle');
      dot.setAttribute('cx', String(x));
      dot.setAttribute('cy', '30');
      dot.setAttribute('r', '7');
      const y = 56 + 26 * (i % 6);
      const stem = document.createElementNS(NS, 'line');
      stem.setAttribute('x1', String(x));
      stem.setAttribute('x2', String(x));
      stem.setAttribute('y1', '37');
      stem.setAttribute('y2', String(y - 12));
      const label = document.createElementNS(NS, 'text');
      label.setAttribute('x', String(x));
      label.setAttribute('y', String(y));
      label.setAttribute('text-anchor', 'middle');
      label.setAttribute('direction', 'rtl');
      label.textContent = d.label;
      g.append(stem, dot, label);
      const go = () => ctx.goto(d.start, d.end);
      g.addEventListener('click', go);
      g.addEventListener('keydown', (e) => e.key === 'Enter' && go());
      svg.append(g);
    });
    return svg;
  }

  return {
    update(next) {
      doc = next;
      render();
    },
    refresh: render,
  };
}
