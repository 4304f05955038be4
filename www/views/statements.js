// The statements panel («البيانات والمواقف»): one row per statement —
// its class (colour, icon and label), speaker, act and object — with a
// summary by class and by speaker, and filters on both. Pressing a row (or
// Enter on it) goes to the act in the reader, where its tooltip shows the
// object. The list is one tab stop (arrows inside, as in the entities
// panel), and only a window of rows is drawn: a page more as the list
// scrolls to either end, and a jump far away (End, a row pressed in the
// reader) draws the page around it instead, so a text with a hundred
// thousand statements never freezes the page.
//
// "Loading" and "none" are two states: a document whose analysis has no
// statement columns yet says it is loading; an empty list says that the
// text has no statement. The section's `data-state` says which
// (`loading`, `none`, `ready`).
import { t, num, currentLang } from '../i18n-views.js';
import { CLASS_NAMES, classBadge, classIcon, classLabel } from '../statement-badges.js';

/** Rows drawn at a time. */
const PAGE = 100;
/** Speakers offered in the filter, most frequent first. */
const MAX_SPEAKERS = 300;

/** The key a statement is grouped under by speaker: its text on one line, or '' when it has none. */
export const speakerKey = (s) => (s.speaker ? s.speaker.text.replace(/\s+/g, ' ').trim() : '');

/** How many acts each class and each speaker (by `speakerKey`) has. */
export function countStatements(all) {
  const byClass = new Map();
  const bySpeaker = new Map();
  for (const s of all) {
    byClass.set(s.class, (byClass.get(s.class) ?? 0) + 1);
    const k = speakerKey(s);
    bySpeaker.set(k, (bySpeaker.get(k) ?? 0) + 1);
  }
  return { byClass, bySpeaker };
}

export function createStatementsPanel(root, ctx) {
  let doc = null;
  /** The class filter ('' for all) and the speaker filter (null for all). */
  let klass = '';
  let speaker = null;
  /** Indices of the statements the filters keep, and the window drawn: rows[first..drawn). */
  let rows = [];
  let first = 0;
  let drawn = 0;
  /** The row holding the tab stop (an index into `rows`). */
  let stop = 0;
  let observer = null;
  let list = null;
  let scroller = null;
  let shown = null;

  const el = (tag, props = {}, children = []) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };
  const arabic = (tag, text, className) => el(tag, { className, lang: 'ar', dir: 'rtl', textContent: text });

  function render() {
    observer?.disconnect();
    const lang = currentLang();
    const title = el('h2', { id: 'statements-title', textContent: t('statements') });
    root.replaceChildren(title);
    if (!doc || !doc.statementsReady) {
      root.append(el('p', { className: 'hint st-state', textContent: t('stLoading') }));
      root.dataset.state = 'loading';
      return;
    }
    const all = doc.analysis.statements;
    if (!all.length) {
      root.append(el('p', { className: 'hint st-state', textContent: t('stNone') }));
      root.dataset.state = 'none';
      return;
    }
    root.append(summary(all, lang), filters(all, lang));
    shown = el('p', { className: 'hint st-shown' });
    shown.setAttribute('aria-live', 'polite');
    list = el('ol', { className: 'st-list' });
    list.setAttribute('aria-label', t('stList'));
    list.addEventListener('keydown', move);
    scroller = el('div', { className: 'st-scroll' }, [list]);
    root.append(el('p', { className: 'hint', textContent: t('stHint') }), shown, scroller);
    root.dataset.state = 'ready';
    filter();
  }

  /** Counts by class (each with its badge) and the most frequent speakers. */
  function summary(all, lang) {
    const { byClass, bySpeaker } = countStatements(all);
    const classes = el('ul', { className: 'st-counts st-by-class' });
    classes.setAttribute('aria-label', t('stByClass'));
    for (const name of CLASS_NAMES) {
      if (!byClass.has(name)) continue;
      const li = el('li', {}, [classBadge(name, lang), ' ', el('span', { className: 'count', textContent: num(byClass.get(name)) })]);
      li.dataset.class = name;
      classes.append(li);
    }
    const speakers = el('ul', { className: 'st-counts st-by-speaker' });
    speakers.setAttribute('aria-label', t('stBySpeaker'));
    for (const [k, n] of [...bySpeaker].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
      speakers.append(el('li', {}, [k ? arabic('bdi', k, 'st-who') : el('bdi', { className: 'st-who st-unknown', textContent: t('stNoSpeaker') }), ' ', el('span', { className: 'count', textContent: num(n) })]));
    }
    return el('div', { className: 'st-summary' }, [
      el('p', { className: 'st-total', textContent: t('stCount', all.length) }),
      el('h3', { className: 'group-title', textContent: t('stByClass') }), classes,
      el('h3', { className: 'group-title', textContent: t('stBySpeaker') }), speakers,
    ]);
  }

  /** The class and speaker filters, each a labelled select. */
  function filters(all, lang) {
    const { byClass: counts, bySpeaker } = countStatements(all);
    const option = (value, label) => el('option', { value, textContent: label });
    const classSelect = el('select', { id: 'st-filter-class' }, [
      option('', t('stAllClasses')),
      ...CLASS_NAMES.filter((c) => counts.has(c)).map((c) => option(c, `${classIcon(c)} ${classLabel(c, lang)} (${num(counts.get(c))})`)),
    ]);
    classSelect.value = counts.has(klass) ? klass : '';
    classSelect.addEventListener('change', () => {
      klass = classSelect.value;
      filter();
    });
    const speakers = [...bySpeaker].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ar')).slice(0, MAX_SPEAKERS);
    const speakerSelect = el('select', { id: 'st-filter-speaker', dir: 'auto' }, [
      option('\u0000', t('stAllSpeakers')),
      ...speakers.map(([k, n]) => option(k, `${k || t('stNoSpeaker')} (${num(n)})`)),
    ]);
    speakerSelect.value = speaker !== null && bySpeaker.has(speaker) ? speaker : '\u0000';
    speakerSelect.addEventListener('change', () => {
      speaker = speakerSelect.value === '\u0000' ? null : speakerSelect.value;
      filter();
    });
    const label = (text, control) => el('label', { className: 'st-filter' }, [el('span', { textContent: text }), control]);
    return el('div', { className: 'st-filters' }, [label(t('stFilterClass'), classSelect), label(t('stFilterSpeaker'), speakerSelect)]);
  }

  /** Applies the filters and draws the first page of rows. */
  function filter() {
    const all = doc.analysis.statements;
    rows = [];
    for (let i = 0; i < all.length; i++) {
      if (klass && all[i].class !== klass) continue;
      if (speaker !== null && speakerKey(all[i]) !== speaker) continue;
      rows.push(i);
    }
    shown.textContent = t('stShown', num(rows.length), num(all.length));
    stop = 0;
    draw(0);
  }

  /** Draws the page of rows from `from` alone (the list scrolled to its top). */
  function draw(from) {
    list.replaceChildren();
    first = drawn = Math.max(0, Math.min(from, rows.length - 1));
    scroller.scrollTop = 0;
    more();
  }

  /** Draws the next page of rows at the end. */
  function more() {
    const lang = currentLang();
    const all = doc.analysis.statements;
    const end = Math.min(rows.length, drawn + PAGE);
    const fragment = document.createDocumentFragment();
    for (; drawn < end; drawn++) fragment.append(row(all[rows[drawn]], rows[drawn], drawn, lang));
    list.append(fragment);
    watch();
  }

  /** Draws the page of rows before the first drawn (the scroll stays on the rows it showed). */
  function earlier() {
    const lang = currentLang();
    const all = doc.analysis.statements;
    const from = Math.max(0, first - PAGE);
    const fragment = document.createDocumentFragment();
    for (let k = from; k < first; k++) fragment.append(row(all[rows[k]], rows[k], k, lang));
    const anchor = list.firstElementChild;
    const before = anchor?.getBoundingClientRect().top ?? 0;
    list.prepend(fragment);
    first = from;
    if (anchor) scroller.scrollTop += anchor.getBoundingClientRect().top - before;
    watch();
  }

  /** Watches the first and last rows drawn, to draw a page more when either comes near the view. */
  function watch() {
    observer?.disconnect();
    if (!('IntersectionObserver' in window) || (first === 0 && drawn >= rows.length)) return;
    const top = first > 0 ? list.firstElementChild : null;
    const bottom = drawn < rows.length ? list.lastElementChild : null;
    observer = new IntersectionObserver((seen) => {
      const near = seen.filter((e) => e.isIntersecting).map((e) => e.target);
      if (bottom && near.includes(bottom)) more();
      else if (top && near.includes(top)) earlier();
    }, { root: scroller, rootMargin: '400px 0px' });
    if (top) observer.observe(top);
    if (bottom) observer.observe(bottom);
  }

  /** The button of row `k` (an index into `rows`), drawing its page first if it is not drawn. */
  function rowButton(k) {
    if (k >= drawn && k < drawn + PAGE) more();
    else if (k < first && k >= first - PAGE) earlier();
    else if (k < first || k >= drawn) draw(k - (k % PAGE));
    return list.children[k - first]?.querySelector('.st-row') ?? null;
  }

  function row(s, i, k, lang) {
    const b = el('button', { type: 'button', className: `st-row st-${s.class}`, tabIndex: k === stop ? 0 : -1 });
    b.dataset.statement = i;
    b.dataset.row = k;
    const head = el('span', { className: 'st-head' }, [classBadge(s.class, lang)]);
    if (s.negated) head.append(' ', el('span', { className: 'st-neg', textContent: t('stNegated') }));
    const who = s.speaker
      ? arabic('span', s.speaker.text, `st-who${s.speaker.implicit ? ' st-implicit' : ''}`)
      : el('span', { className: 'st-who st-unknown', textContent: t('stNoSpeaker') });
    if (s.speaker?.implicit) who.title = t('stImplicit');
    const body = el('span', { className: 'st-body', lang: 'ar', dir: 'rtl' }, [who, ' ', arabic('b', s.act.text, 'st-act')]);
    if (s.object) body.append(' ', arabic('span', s.object.text, 'st-what'));
    b.append(head, body);
    b.addEventListener('click', () => {
      rove(b, false);
      current(b);
      ctx.showStatement(i);
    });
    return el('li', {}, [b]);
  }

  function rove(b, focus = true) {
    for (const other of list.querySelectorAll('.st-row[tabindex="0"]')) other.tabIndex = -1;
    b.tabIndex = 0;
    stop = Number(b.dataset.row);
    if (focus) b.focus();
  }

  /** Marks `b` as the row of the statement shown in the reader. */
  function current(b) {
    for (const other of list.querySelectorAll('.st-row[aria-current]')) other.removeAttribute('aria-current');
    b.setAttribute('aria-current', 'true');
  }

  function move(e) {
    const b = e.target.closest?.('.st-row');
    if (!b) return;
    const i = Number(b.dataset.row);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: rows.length - 1, PageDown: i + 10, PageUp: i - 10 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = rowButton(Math.max(0, Math.min(rows.length - 1, to)));
    if (next) rove(next);
  }

  return {
    update(next) {
      doc = next;
      klass = '';
      speaker = null;
      render();
    },
    refresh() {
      if (!doc?.statementsReady || !doc.analysis.statements.length || !list) {
        render();
        return;
      }
      // A language switch: the row holding the tab stop stays drawn.
      const keep = stop;
      render();
      const b = rowButton(Math.min(keep, rows.length - 1));
      if (b) rove(b, false);
    },
    /** Shows statement `i`'s row (an act was pressed in the reader), without moving the focus. */
    reveal(i) {
      if (!doc || !list) return;
      let k = rows.indexOf(i);
      if (k < 0) {
        klass = '';
        speaker = null;
        render();
        k = rows.indexOf(i);
      }
      if (k < 0) return;
      const b = rowButton(k);
      if (!b) return;
      rove(b, false);
      current(b);
      const box = scroller.getBoundingClientRect();
      const r = b.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) scroller.scrollTop += r.top - box.top - box.height / 3;
    },
  };
}
