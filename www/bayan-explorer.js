// <bayan-explorer>: the explorer as a custom element other sites embed.
// Everything it shows lives in a shadow root, so the host page's CSS cannot
// reach in and its own cannot leak out. Analysis runs in one module worker
// shared by every element on the page. Importing this module twice (even
// under two URLs) defines the element once.
import { Messenger } from './messenger.js';
import { renderReader } from './render.js';
import { renderLegend } from './legend.js';
import { ENTITY_TYPES } from './entity-types.js';

const KNOWN_TYPES = new Set(ENTITY_TYPES.map((t) => t.type));
const PRESETS = ['display', 'search', 'strict'];

const UI = {
  ar: {
    dir: 'rtl',
    loading: 'جارٍ التحليل…',
    empty: 'لا نص لتحليله.',
    done: (tokens, entities) => `${tokens} رمزًا، ${entities} كيانًا`,
    failed: (m) => `تعذّر التحليل: ${m}`,
    legend: 'أنواع الكيانات',
    reader: 'النص',
  },
  en: {
    dir: 'ltr',
    loading: 'Analyzing…',
    empty: 'No text to analyze.',
    done: (tokens, entities) => `${tokens} tokens, ${entities} entities`,
    failed: (m) => `Could not analyze: ${m}`,
    legend: 'Entity types',
    reader: 'Text',
  },
};

let shared = null;
/** The one worker every element uses, started by the first that needs it. */
function worker() {
  shared ??= new Messenger(new URL('./lib/worker.js', import.meta.url));
  return shared;
}

export class BayanExplorer extends HTMLElement {
  static observedAttributes = ['text', 'src', 'types', 'preset', 'lang', 'mode'];

  #root;
  #status;
  #legend;
  #reader;
  #text = '';
  #analysis = null;
  #shown = [];
  #pending = false;
  #generation = 0;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const [palette, style] = ['./entities.css', './bayan-explorer.css'].map((file) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(file, import.meta.url).href;
      return link;
    });
    this.#root = part('div', 'root');
    this.#status = part('p', 'status');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    this.#legend = part('ul', 'legend');
    this.#reader = part('article', 'reader');
    this.#reader.lang = 'ar';
    this.#reader.dir = 'auto';
    const body = part('div', 'body');
    body.append(this.#legend, this.#reader);
    this.#root.append(this.#status, body);
    shadow.append(palette, style, this.#root);
    this.#reader.addEventListener('click', (e) => this.#clicked(e));
  }

  connectedCallback() {
    this.#chrome();
    this.#schedule();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'lang' || name === 'mode') this.#chrome();
    else if (name === 'types') this.#render();
    else this.#schedule();
  }

  /** The text to analyze; wins over `src`. */
  get text() { return this.getAttribute('text') ?? ''; }
  set text(v) { this.setAttribute('text', v); }
  /** A same-origin URL of a UTF-8 text to analyze. */
  get src() { return this.getAttribute('src') ?? ''; }
  set src(v) { this.setAttribute('src', v); }
  /** Comma-separated entity types to show (all when empty). */
  get types() { return this.getAttribute('types') ?? ''; }
  set types(v) { this.setAttribute('types', v); }
  /** The normalization preset of the forms in `bayan-entity-click`. */
  get preset() { return PRESETS.includes(this.getAttribute('preset')) ? this.getAttribute('preset') : 'search'; }
  set preset(v) { this.setAttribute('preset', v); }
  /** The interface language: `ar` (default) or `en`. */
  get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'ar'; }
  set lang(v) { this.setAttribute('lang', v); }
  /** `full` (legend, status and text; default) or `reader` (the text only). */
  get mode() { return this.getAttribute('mode') === 'reader' ? 'reader' : 'full'; }
  set mode(v) { this.setAttribute('mode', v); }

  /** The last analysis (all entities, before the `types` filter), or null. */
  get analysis() { return this.#analysis; }

  #chrome() {
    const ui = UI[this.lang];
    this.#root.dir = ui.dir;
    this.#root.lang = this.lang;
    this.#root.dataset.mode = this.mode;
    this.#legend.setAttribute('aria-label', ui.legend);
    this.#reader.setAttribute('aria-label', ui.reader);
    if (this.#analysis) this.#say(ui.done(this.#analysis.tokens.starts.length, this.#shown.length));
  }

  /** Coalesces attribute changes made together into one analysis. */
  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#analyze();
    });
  }

  async #analyze() {
    const generation = ++this.#generation;
    const ui = UI[this.lang];
    this.#say(ui.loading, 'busy');
    try {
      const text = this.hasAttribute('text') ? this.text : this.src ? await load(this.src) : '';
      if (generation !== this.#generation) return;
      if (!text.trim()) {
        this.#analysis = null;
        this.#text = '';
        this.#reader.replaceChildren();
        this.#legend.replaceChildren();
        this.#say(ui.empty);
        return;
      }
      const analysis = await worker().request('analyze', { text });
      if (generation !== this.#generation) return;
      this.#text = text;
      this.#analysis = analysis;
      this.#render();
      this.dispatchEvent(new CustomEvent('bayan-analyzed', {
        bubbles: true,
        composed: true,
        detail: { length: text.length, tokens: analysis.tokens.starts.length, entities: this.#shown },
      }));
    } catch (e) {
      if (generation !== this.#generation) return;
      this.#say(UI[this.lang].failed(e.message), 'error');
      this.dispatchEvent(new CustomEvent('bayan-error', { bubbles: true, composed: true, detail: { message: e.message } }));
    }
  }

  #render() {
    if (!this.#analysis) return;
    const wanted = this.types.split(',').map((t) => t.trim().toUpperCase()).filter((t) => KNOWN_TYPES.has(t));
    this.#shown = wanted.length ? this.#analysis.entities.filter((e) => wanted.includes(e.type)) : this.#analysis.entities;
    renderReader(this.#reader, this.#text, this.#shown);
    renderLegend(this.#legend, this.#reader, this.#shown);
    this.#chrome();
  }

  async #clicked(event) {
    const mark = event.target instanceof Element && event.target.closest('mark');
    if (!mark || !this.#analysis) return;
    const at = offsetOf(this.#reader, this.#text, mark);
    const entity = this.#shown.find((e) => e.start <= at && at < e.end);
    if (!entity) return;
    const surface = this.#text.slice(entity.start, entity.end);
    let normalized = surface;
    try {
      normalized = (await worker().request('normalize', { text: surface, preset: this.preset })).text;
    } catch {
      // The surface form stands in; the event still arrives.
    }
    this.dispatchEvent(new CustomEvent('bayan-entity-click', {
      bubbles: true,
      composed: true,
      detail: { ...entity, text: surface, normalized, preset: this.preset },
    }));
  }

  #say(message, kind = 'info') {
    this.#status.textContent = message;
    this.#status.dataset.kind = kind;
  }
}

/** An element carrying `part` and a class of the same name. */
function part(tag, name) {
  const el = document.createElement(tag);
  el.className = name;
  el.setAttribute('part', name);
  return el;
}

/** The text at a same-origin URL; any other origin is refused unrequested. */
async function load(src) {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) throw new Error(`${url.origin} is another origin; src must be on ${location.origin}`);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Where `mark` starts in `text`: the reader shows one paragraph per line, so
 * the line's start plus the length of what precedes the mark in it.
 */
function offsetOf(reader, text, mark) {
  const para = mark.closest('.para');
  const index = [...reader.querySelectorAll('.para')].indexOf(para);
  let lineStart = 0;
  for (let i = 0; i < index; i++) lineStart = text.indexOf('\n', lineStart) + 1;
  const range = document.createRange();
  range.setStart(para, 0);
  range.setEnd(mark, 0);
  return lineStart + range.toString().length;
}

if (!customElements.get('bayan-explorer')) customElements.define('bayan-explorer', BayanExplorer);
