// The reader: the original text, paragraph by paragraph, with each entity
// wrapped in a <mark>. Text only ever enters the DOM as text nodes; nothing
// the user supplied is parsed as HTML.
//
// Statement acts (`options.acts`) are wrapped in a span.act inside the text
// or the mark they fall in: a channel of their own (entities.css), with no
// change of font or box, so letters stay joined across it.
//
// Long documents render progressively: the text is cut into chunks of whole
// paragraphs; the first chunks render at once, the rest in short slices
// between frames (chunks scrolled into view first), and every chunk has
// `content-visibility: auto`, so a 100 MB text never blocks the page. A
// chunk not yet rendered holds its raw text as one text node, so the page
// has its full height and find-in-page works from the start.

import { TYPE_LABEL } from './entity-types.js';
import { visibleControls } from './controls.js';
import { partition } from './search.js';
import { DIACRITIC_CLASS } from './core-facts.js';

/** Characters per chunk: small enough to render in a few milliseconds. */
const CHUNK = 6000;
/** A paragraph longer than this is cut (at a space) into several. */
const MAX_PARA = 20000;
/** Milliseconds of rendering per slice, so input stays responsive. */
const SLICE_MS = 12;

// The core's chars::is_diacritic, for the display-only "hide diacritics" switch.
const DIACRITICS = new RegExp(`[${DIACRITIC_CLASS}]`, 'g');
const isDiacritic = (ch) => DIACRITICS.test(ch) && ((DIACRITICS.lastIndex = 0), true);

/**
 * Renders `text` into `container` with `entities` (UTF-16 offsets, sorted,
 * non-overlapping) highlighted. Options: `sentences` (Uint32Array of
 * start/end pairs) to number sentences, `diacritics` (default true),
 * `describe(i)` giving {canonical, gloss} for entity i, `acts` (sorted,
 * non-overlapping `{start, end, i, class, negated}`: document.js
 * `statementActs`) and `describeAct(i)` giving `{head: [ar, en], rows:
 * [[label, value]], object: {start, end} | null}` for statement i,
 * `onProgress(done, total)` and `tipParent`, the element the tooltip is
 * put in (default: the page's body; an element in a shadow root passes a
 * positioned element of its own, so nothing enters the host document).
 * Returns the Reader, which the views use to reveal and highlight positions.
 */
export function renderReader(container, text, entities, options = {}) {
  readers.get(container)?.destroy();
  const reader = new Reader(container, text, entities, options);
  readers.set(container, reader);
  return reader;
}

/** The reader shown in each container, so a new one replaces the old. */
const readers = new WeakMap();

export class Reader {
  constructor(container, text, entities, options) {
    this.container = container;
    this.text = text;
    this.entities = entities;
    this.acts = options.acts ?? [];
    this.options = options;
    this.showDiacritics = options.diacritics !== false;
    this.sentenceStarts = sentenceStarts(options.sentences);
    /** Text node → [start, end) in the original. */
    this.spans = new WeakMap();
    this.chunks = cutChunks(text);
    this.chunkStarts = this.chunks.map((c) => c.start);
    this.done = 0;
    this.urgent = new Set();
    this.cancelled = false;
    /** The document or shadow root the reader lives in: its tooltip, marker styles and focus are there. */
    this.scope = container.getRootNode();
    this.tipParent = options.tipParent ?? document.body;
    container.replaceChildren();
    container.classList.add('reader');
    this.#placeholders();
    this.#listen();
    const started = performance.now();
    let i = 0;
    while (i < this.chunks.length && (i === 0 || performance.now() - started < 25)) this.#render(this.chunks[i++]);
    this.#progress();
    if (this.done < this.chunks.length) this.#schedule();
  }

  /** Stops background rendering and drops listeners. */
  destroy() {
    this.cancelled = true;
    this.observer?.disconnect();
    this.abort.abort();
    this.#hideTip();
  }

  /** Whether every chunk is rendered. */
  get complete() {
    return this.done === this.chunks.length;
  }

  #placeholders() {
    const fragment = document.createDocumentFragment();
    for (const c of this.chunks) {
      c.el = document.createElement('div');
      c.el.className = 'chunk';
      c.el.dataset.start = c.start;
      const node = document.createTextNode(this.#display(c.start, c.end));
      this.spans.set(node, [c.start, c.end]);
      c.el.append(node);
      fragment.append(c.el);
    }
    this.container.append(fragment);
    if (this.chunks.length > 1 && 'IntersectionObserver' in window) {
      this.observer = new IntersectionObserver((seen) => {
        for (const s of seen) if (s.isIntersecting) this.urgent.add(this.chunks[Number(s.target.dataset.i)]);
      }, { rootMargin: '1500px 0px' });
      this.chunks.forEach((c, i) => {
        c.el.dataset.i = i;
        this.observer.observe(c.el);
      });
    }
  }

  #schedule() {
    setTimeout(() => {
      if (this.cancelled) return;
      const started = performance.now();
      let next = 0;
      while (performance.now() - started < SLICE_MS && !this.complete) {
        let c = [...this.urgent].find((u) => !u.rendered);
        this.urgent.clear();
        if (!c) {
          while (this.chunks[next].rendered) next++;
          c = this.chunks[next];
        }
        this.#render(c);
      }
      this.#progress();
      if (!this.complete) this.#schedule();
      else this.observer?.disconnect();
    }, 0);
  }

  #progress() {
    this.options.onProgress?.(this.done, this.chunks.length);
  }

  /** Replaces chunk `c`'s raw text with paragraphs, marks and sentence numbers. */
  #render(c) {
    if (c.rendered) return;
    c.rendered = true;
    this.done++;
    const { text, entities } = this;
    const fragment = document.createDocumentFragment();
    let e = firstEnding(entities, c.start);
    let s = lowerBound(this.sentenceStarts, c.start);
    for (const [start, end] of c.paras) {
      const para = document.createElement('p');
      para.className = 'para';
      para.dir = 'rtl';
      para.dataset.start = start;
      // An entity may run past the line's end (a name broken across lines):
      // it is then shown in each line it touches.
      while (e > 0 && entities[e - 1].end > start) e--;
      let at = start;
      const flushTo = (to) => {
        // Plain text up to `to`, with sentence numbers where sentences start.
        while (at < to) {
          while (this.sentenceStarts[s] < at) s++;
          const n = this.sentenceStarts[s];
          const stop = n !== undefined && n >= at && n < to ? n : to;
          if (stop > at) para.append(this.#acted(at, stop));
          at = stop;
          if (stop === n) {
            para.append(sentenceMark(s + 1));
            s++;
          }
        }
      };
      for (; e < entities.length && entities[e].start < end; e++) {
        const ent = entities[e];
        const from = Math.max(ent.start, start);
        const to = Math.min(ent.end, end);
        if (from < at) continue;
        flushTo(from);
        if (this.sentenceStarts[s] === from) para.append(sentenceMark(++s));
        while (this.sentenceStarts[s] !== undefined && this.sentenceStarts[s] < to) s++;
        para.append(this.#mark(from, to, e));
        at = to;
      }
      flushTo(end);
      fragment.append(para);
    }
    c.el.replaceChildren(fragment);
    c.el.classList.add('rendered');
    if (!this.rovingSet) {
      const first = this.container.querySelector('mark.ent') ?? this.container.querySelector('.act');
      if (first) {
        first.tabIndex = 0;
        this.rovingSet = true;
      }
    }
  }

  #display(start, end) {
    const s = this.text.slice(start, end);
    return this.showDiacritics ? s : s.replace(DIACRITICS, '');
  }

  #node(start, end) {
    // Invisible and bidi controls become visible, isolated markers
    // (controls.js); each text piece keeps the original span it shows.
    const shown = this.#display(start, end);
    const at = (k) => {
      if (k === shown.length) return end;
      if (this.showDiacritics) return start + k;
      let o = start;
      for (let seen = 0; o < end && seen < k; o++) if (!isDiacritic(this.text[o])) seen++;
      return o;
    };
    return visibleControls(shown, (node, from, to) => this.spans.set(node, [at(from), at(to)]), this.scope);
  }

  /** The text from `start` to `end` with each act in it wrapped in a span.act (tabindex -1, `data-act`: its statement). */
  #acted(start, end) {
    const acts = this.acts;
    let k = firstEnding(acts, start);
    if (k >= acts.length || acts[k].start >= end) return this.#node(start, end);
    const out = document.createDocumentFragment();
    let at = start;
    for (; k < acts.length && acts[k].start < end; k++) {
      const a = acts[k];
      const from = Math.max(a.start, at);
      const to = Math.min(a.end, end);
      if (from > at) out.append(this.#node(at, from));
      const span = document.createElement('span');
      span.className = `act st-${a.class}${a.negated ? ' act-negated' : ''}`;
      span.dataset.act = a.i;
      span.tabIndex = -1;
      span.append(this.#node(from, to));
      out.append(span);
      at = to;
    }
    if (at < end) out.append(this.#node(at, end));
    return out;
  }

  #mark(start, end, i) {
    const ent = this.entities[i];
    const m = document.createElement('mark');
    m.className = `ent ent-${ent.type}`;
    m.dataset.type = ent.type;
    m.dataset.i = i;
    m.dataset.start = start;
    if (ent.id) m.dataset.id = ent.id;
    m.tabIndex = -1;
    m.append(this.#acted(start, end));
    return m;
  }

  #listen() {
    this.abort = new AbortController();
    const on = (type, f) => this.container.addEventListener(type, f, { signal: this.abort.signal });
    const show = (e) => {
      const m = e.target.closest?.('.act, mark.ent');
      if (m) this.#tip(m);
    };
    on('mouseover', show);
    on('focusin', show);
    // Leaving a mark with the pointer goes back to the focused mark's tip.
    on('mouseout', (e) => {
      if (!e.target.closest?.('.act, mark.ent')) return;
      const focused = this.scope.activeElement?.closest?.('.act, mark.ent');
      if (focused && this.container.contains(focused)) this.#tip(focused);
      else this.#hideTip();
    });
    on('focusout', () => this.#hideTip());
    on('click', (e) => {
      const act = e.target.closest?.('.act');
      if (act) this.#actEvent(act);
      const at = this.offsetFromPoint(e.clientX, e.clientY);
      if (at !== null) this.#select(at);
    });
    // The marks and acts are one roving tab stop: arrows move between them
    // in text order (an act inside a mark comes after it).
    on('keydown', (e) => {
      const m = e.target.closest?.('.act, mark.ent');
      if (!m) return;
      const marks = [...this.container.querySelectorAll('mark.ent, .act')];
      const i = marks.indexOf(m);
      // The reader is right-to-left: the next mark is to the left.
      const to = { ArrowLeft: i + 1, ArrowDown: i + 1, ArrowRight: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 }[e.key];
      if (e.key === 'Escape') this.#hideTip();
      else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (m.classList.contains('act')) this.#actEvent(m);
        else this.#select(Number(m.dataset.start));
      } else if (to !== undefined && marks[to]) {
        e.preventDefault();
        this.focusMark(marks[to]);
      }
    });
  }

  /** `reader:act` with the statement's index: an act was clicked or pressed. */
  #actEvent(span) {
    this.container.dispatchEvent(new CustomEvent('reader:act', { detail: { statement: Number(span.dataset.act) }, bubbles: true }));
  }

  #select(offset) {
    this.container.dispatchEvent(new CustomEvent('reader:select', { detail: { offset }, bubbles: true }));
  }

  /** Moves the roving tab stop to `m` and focuses it. */
  focusMark(m) {
    for (const old of this.container.querySelectorAll('mark.ent[tabindex="0"], .act[tabindex="0"]')) old.tabIndex = -1;
    m.tabIndex = 0;
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: 'center', behavior: 'instant' });
  }

  /** The tooltip of an act: its class, speaker and object, and the object highlighted in the text. */
  #actTip(span) {
    const info = this.options.describeAct?.(Number(span.dataset.act));
    if (!info) return;
    this.#showTip(span, info.head, info.rows);
    if (info.object) this.highlight('bayan-object', info.object.start, info.object.end);
    else this.highlight('bayan-object', null);
  }

  #tip(m) {
    if (m.classList.contains('act')) {
      this.#actTip(m);
      return;
    }
    this.highlight('bayan-object', null);
    const ent = this.entities[Number(m.dataset.i)];
    const info = this.options.describe?.(Number(m.dataset.i)) ?? {};
    const box = this.#tipBox();
    const label = TYPE_LABEL[ent.type];
    const rows = [
      info.canonical && [info.canonicalLabel ?? '', info.canonical],
      (info.gloss ?? ent.gloss) && [info.glossLabel ?? '', info.gloss ?? ent.gloss],
    ].filter(Boolean);
    this.#showTip(m, label ? [label.one.ar, label.one.en] : [ent.type], rows, Boolean(label), box);
  }

  /** Shows the tooltip over `m`: a head of names (Arabic, English) isolated each, then labelled rows. */
  #showTip(m, head, body, bilingual = true, box = this.#tipBox()) {
    const rows = [['', head], ...body];
    box.replaceChildren(...rows.map(([k, v], i) => {
      const line = document.createElement('div');
      line.className = i === 0 ? 'tip-type' : 'tip-row';
      if (i === 0) {
        // Each language's name isolated, so neither reorders the other.
        v.forEach((name, k) => {
          const bdi = document.createElement('bdi');
          bdi.lang = k === 0 && bilingual ? 'ar' : 'en';
          bdi.textContent = name;
          line.append(...(k ? [' · ', bdi] : [bdi]));
        });
      } else {
        const b = document.createElement('b');
        b.textContent = k;
        // A value of several parts (an Arabic word and an English name) has each isolated.
        const parts = [v].flat().map((text) => {
          const span = document.createElement('span');
          span.dir = 'auto';
          span.textContent = text;
          return span;
        });
        line.append(b, ' ', ...parts.flatMap((p, k) => (k ? [' · ', p] : [p])));
      }
      return line;
    }));
    box.hidden = false;
    // Above the mark, where the line was already read; below it only when
    // there is no room above. Below, it would hide the next line.
    const r = m.getBoundingClientRect();
    const at = tipOrigin(this.tipParent);
    const above = r.top - box.offsetHeight - 6;
    box.style.top = `${(above >= 0 ? above : r.bottom + 6) - at.y}px`;
    const left = Math.min(r.left - at.x, at.right - box.offsetWidth - 8);
    box.style.left = `${Math.max(8, left)}px`;
    m.setAttribute('aria-describedby', box.id);
  }

  /** The reader's tooltip, in its own document or shadow root (one per scope). */
  #tipBox() {
    let box = this.scope.getElementById('ent-tip');
    if (!box) {
      box = document.createElement('div');
      box.id = 'ent-tip';
      box.className = 'ent-tip';
      box.setAttribute('role', 'tooltip');
      box.hidden = true;
      this.tipParent.append(box);
    }
    return box;
  }

  #hideTip() {
    const box = this.scope.getElementById?.('ent-tip');
    if (box) box.hidden = true;
    if (this.acts.length) this.highlight('bayan-object', null);
  }

  /** Redraws the text with or without diacritics (display only). */
  setDiacritics(show) {
    this.showDiacritics = show;
    const walk = document.createTreeWalker(this.container, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const span = this.spans.get(n);
      if (span) n.data = this.#display(span[0], span[1]);
    }
  }

  /** Shows or hides sentence numbers. */
  setSentenceNumbers(show) {
    this.container.classList.toggle('show-sentences', show);
  }

  /** Renders the chunk holding `offset` now. */
  ensure(offset) {
    const c = this.chunks[Math.max(0, upperBound(this.chunkStarts, offset) - 1)];
    if (c) this.#render(c);
    return c;
  }

  /** The mark of entity `i`, rendered if need be. */
  markOf(i) {
    const ent = this.entities[i];
    const c = this.ensure(ent.start);
    return c?.el.querySelector(`mark.ent[data-i="${i}"]`) ?? null;
  }

  /** The span of statement `i`'s act (its first, if a line break cuts it), rendered if need be; null when it is not marked. */
  actOf(i) {
    const a = this.acts.find((x) => x.i === i);
    if (!a) return null;
    return this.ensure(a.start)?.el.querySelector(`.act[data-act="${i}"]`) ?? null;
  }

  /** The text offset under a viewport point, or null. */
  offsetFromPoint(x, y) {
    const pos = document.caretPositionFromPoint?.(x, y);
    const range = pos ? null : document.caretRangeFromPoint?.(x, y);
    const node = pos?.offsetNode ?? range?.startContainer;
    const k = pos?.offset ?? range?.startOffset;
    if (!node || !this.container.contains(node)) return null;
    return this.offsetOf(node, k);
  }

  /** The original offset of position `k` in text node `node`, or null. */
  offsetOf(node, k) {
    const span = this.spans.get(node);
    if (!span) return null;
    if (this.showDiacritics) return span[0] + k;
    // Count k visible characters forward in the original.
    let at = span[0];
    for (let seen = 0; at < span[1] && seen < k; at++) if (!isDiacritic(this.text[at])) seen++;
    return at;
  }

  /** The DOM position of original offset `offset`: [textNode, index]. */
  domPoint(offset) {
    const c = this.ensure(offset);
    if (!c) return null;
    const walk = document.createTreeWalker(c.el, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const span = this.spans.get(n);
      if (!span) continue;
      last = [n, span];
      if (offset >= span[0] && offset <= span[1]) {
        if (this.showDiacritics) return [n, offset - span[0]];
        return [n, this.text.slice(span[0], offset).replace(DIACRITICS, '').length];
      }
    }
    return last && [last[0], last[0].data.length];
  }

  /** A DOM Range over original offsets start..end. */
  range(start, end) {
    const a = this.domPoint(start);
    const b = this.domPoint(end);
    if (!a || !b) return null;
    const r = new Range();
    r.setStart(...a);
    r.setEnd(...b);
    return r;
  }

  /**
   * Highlights start..end under `name` with the CSS Custom Highlight API
   * (no DOM change, so letter joining is untouched); null clears it.
   */
  highlight(name, start, end, scroll = false) {
    if (!globalThis.CSS?.highlights) return;
    if (start === null) {
      CSS.highlights.delete(name);
      return;
    }
    const r = this.range(start, end);
    if (!r) return;
    CSS.highlights.set(name, new Highlight(r));
    if (scroll) r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }
}

/**
 * Where the tooltip's coordinates start, in the viewport's, and how far
 * right it may reach: the page's origin when it is in the body, else the
 * padding box of `parent` (positioned) with its scroll.
 */
function tipOrigin(parent) {
  if (parent === document.body) {
    return { x: -window.scrollX, y: -window.scrollY, right: window.scrollX + document.documentElement.clientWidth };
  }
  const box = parent.getBoundingClientRect();
  return {
    x: box.left + parent.clientLeft - parent.scrollLeft,
    y: box.top + parent.clientTop - parent.scrollTop,
    right: parent.scrollLeft + parent.clientWidth,
  };
}

function sentenceMark(n) {
  const s = document.createElement('span');
  s.className = 'sent-no';
  s.dataset.n = n;
  s.setAttribute('aria-hidden', 'true');
  return s;
}

function sentenceStarts(sentences) {
  if (!sentences) return new Uint32Array(0);
  const out = new Uint32Array(sentences.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = sentences[2 * i];
  return out;
}

/** Paragraph spans grouped into chunks of about CHUNK characters. */
function cutChunks(text) {
  const chunks = [];
  let cur = null;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A very long line is cut at a space, so no chunk is huge.
    for (let s = start; ; ) {
      let e = end;
      if (e - s > MAX_PARA) {
        const cut = text.lastIndexOf(' ', s + MAX_PARA);
        e = cut > s ? cut + 1 : s + MAX_PARA;
        if (isLowSurrogate(text.charCodeAt(e))) e--;
      }
      if (!cur || cur.end - cur.start > CHUNK) {
        cur = { start: s, end: e, paras: [] };
        chunks.push(cur);
      }
      cur.paras.push([s, e]);
      cur.end = e;
      if (e >= end) break;
      s = e;
    }
    // The newline belongs to the chunk (between its paragraphs).
    if (end < text.length) cur.end = end + 1;
    start = end + 1;
  }
  return chunks;
}

const isLowSurrogate = (c) => c >= 0xdc00 && c <= 0xdfff;

/** Index of the first entity ending after `offset`. */
const firstEnding = (entities, offset) => partition(entities.length, (i) => entities[i].end <= offset);
const lowerBound = (a, x) => partition(a.length, (i) => a[i] < x);
const upperBound = (a, x) => partition(a.length, (i) => a[i] <= x);
