// <bayan-explorer>: the explorer as a custom element other sites embed.
//
// Everything it makes stays in its shadow root: the reader, its tooltip, the
// control markers' stylesheet and the live status line. The host page's CSS
// cannot reach in, and the element adds no node, id or stylesheet to the
// host document. The reader is the page's (render.js): paragraphs in chunks
// with `content-visibility`, rendered between frames, controls shown as
// markers and never obeyed.
//
// The text is `src` (fetched from the same origin and decoded as the page
// decodes a file), else `text`, else the element's own content. That content
// is what a reader without JavaScript sees: it stays shown until the
// analysis replaces it, and stays if the analysis fails.
//
// Analysis runs in one module worker shared by every element of the page
// (lib/worker.js). Importing this module twice, even under two URLs,
// defines the element once.
//
// The wide name lists (pkg/wide/) load into that worker after the first
// highlight; the elements analyzed before they came analyze again, so
// they find the names the CLI finds. `BayanExplorer.wideLists = false`,
// set before the first element analyzes, leaves them out for the page.
import { Messenger } from './messenger.js';
import { renderReader } from './render.js';
import { renderLegend } from './legend.js';
import { ENTITY_TYPES } from './entity-types.js';
import { mentionMaker, withObjects, statementMaker } from './lib/objects.js';
import { actsOf, classLabel } from './statement-classes.js';
import { domText } from './extract-html.js';
import { finish } from './report.js';
import { pause } from './pause.js';
import { num } from './i18n.js';

const KNOWN_TYPES = new Set(ENTITY_TYPES.map((t) => t.type));
/** Mentions made into objects per task: about 10 ms. */
const MENTIONS_PER_STEP = 50_000;
const PRESETS = ['display', 'light', 'search', 'strict'];

/** The element's own words in each `lang`; `n` formats a number in that language. */
const UI = {
  ar: {
    dir: 'rtl',
    loading: () => 'جارٍ التحليل…',
    empty: () => 'لا نص لتحليله.',
    done: (n, tokens, entities) => `${n(tokens)} رمزًا، ${n(entities)} كيانًا.`,
    legacy: (n, encoding) => `قُرئ بترميز ${encoding}.`,
    invalid: (n, count) => `${n(count)} من تسلسلات البايتات غير صالح، يظهر بالعلامة �.`,
    controls: (n, count) => `${n(count)} من المحارف الخفية أو محارف الاتجاه، تظهر بعلامات ⟨…⟩ ولا يُعمل بها.`,
    analysis: () => 'تعذّر تحليل النص.',
    failedShown: () => 'تعذّر تحليل النص؛ يظهر دون تمييز الكيانات.',
    wide: () => 'تعذّر تحميل قوائم الأسماء الموسّعة؛ تُعرف الأسماء من القوائم المدمجة وحدها.',
    origin: (n, origin, own) => `يقرأ العنصر من ${own} وحده، و${origin} مصدر آخر.`,
    http: (n, path, status) => `تعذّر تحميل ${path} (HTTP ${status}).`,
    network: (n, path) => `تعذّر تحميل ${path}.`,
    unsupported: (n, message) => message,
    legend: 'أنواع الكيانات',
    reader: 'النص',
    gloss: 'بالإنجليزية',
    speaker: 'المتكلم',
    object: 'المضمون',
    negated: 'منفي',
    implicit: 'ضمني',
    unknown: 'غير معروف',
  },
  en: {
    dir: 'ltr',
    loading: () => 'Analyzing…',
    empty: () => 'No text to analyze.',
    done: (n, tokens, entities) => `${n(tokens)} token${tokens === 1 ? '' : 's'}, ${n(entities)} entit${entities === 1 ? 'y' : 'ies'}.`,
    legacy: (n, encoding) => `Read as ${encoding}.`,
    invalid: (n, count) => `${n(count)} invalid byte sequence${count === 1 ? '' : 's'}, shown as �.`,
    controls: (n, count) => `${n(count)} invisible or bidi control character${count === 1 ? '' : 's'}, shown as ⟨…⟩ markers and not obeyed.`,
    analysis: () => 'The text could not be analyzed.',
    failedShown: () => 'The text could not be analyzed; it is shown without highlights.',
    wide: () => 'The wider name lists could not be loaded; names come from the built-in lists only.',
    origin: (n, origin, own) => `The element reads only from ${own}; ${origin} is another origin.`,
    http: (n, path, status) => `Could not load ${path} (HTTP ${status}).`,
    network: (n, path) => `Could not load ${path}.`,
    unsupported: (n, message) => message,
    legend: 'Entity types',
    reader: 'Text',
    gloss: 'English',
    speaker: 'Speaker',
    object: 'Object',
    negated: 'Negated',
    implicit: 'implicit',
    unknown: 'unknown',
  },
};

/**
 * Why there is no analysis: `kind` is `bayan-error`'s (and the UI key of the
 * status line, with `args`); the message is the technical cause.
 */
class Failure extends Error {
  constructor(kind, cause, args = []) {
    super(cause);
    this.kind = kind;
    this.args = args;
  }
}

let shared = null;
/** The one worker every element uses, started by the first that needs it. */
function worker() {
  shared ??= new Messenger(new URL(`./lib/worker.js${BayanExplorer.wideLists ? '' : '?wide=off'}`, import.meta.url));
  return shared;
}

/** The wide lists in the shared worker: asked for once. */
let wide = null;
/** Whether they are in (analyses from now on have them), and whether one failed. */
let wideIn = false;
let wideFailed = false;
function wideLists() {
  wide ??= worker().request('wideLists', {}).then(
    (r) => {
      wideIn = true;
      wideFailed = r.failed.length > 0;
      return r.loaded.length > 0;
    },
    () => {
      wideIn = true;
      wideFailed = true;
      return false;
    });
  return wide;
}

export class BayanExplorer extends HTMLElement {
  static observedAttributes = ['text', 'src', 'types', 'preset', 'lang', 'mode'];
  /** Whether the elements of the page load the wide name lists (read when the shared worker starts). */
  static wideLists = true;

  #root;
  #status;
  #legend;
  #reader;
  #fallback;
  #view = null;
  #text = '';
  #columns = null;
  #objects = null;
  #entities = [];
  #shown = [];
  /** The statements of the last analysis (the CLI's objects, UTF-16 offsets) and their acts as the reader marks them. */
  #statements = [];
  #acts = [];
  #report = null;
  #source = null;
  /** What the status line says (`#say`'s arguments), said again on a `lang` switch. */
  #said = null;
  /** Whether the last analysis is shown (`#done`) or failed (`#failed`). */
  #done = false;
  #failed = false;
  #pending = false;
  /** The next analysis only adds the wide lists: what is shown stays until it is done. */
  #refresh = false;
  #generation = 0;
  #content = new MutationObserver(() => !this.src && !this.hasAttribute('text') && this.#schedule());

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const sheet = (href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      return link;
    };
    this.#root = part('div', 'root');
    this.#status = part('p', 'status');
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    this.#legend = part('ul', 'legend');
    this.#reader = part('article', 'reader');
    this.#reader.lang = 'ar';
    this.#reader.dir = 'rtl';
    // The element's own content, shown until the analysis replaces it.
    this.#fallback = part('div', 'fallback');
    this.#fallback.append(document.createElement('slot'));
    const body = part('div', 'body');
    body.append(this.#legend, this.#reader, this.#fallback);
    this.#root.append(this.#status, body);
    shadow.append(
      sheet(new URL('./entities.css', import.meta.url).href),
      sheet(new URL('./bayan-explorer.css', import.meta.url).href),
      this.#root,
    );
    this.#reader.addEventListener('click', (e) => this.#activate(e.target));
    this.#reader.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && this.#activate(e.target));
  }

  connectedCallback() {
    this.#content.observe(this, { childList: true, subtree: true, characterData: true });
    this.#chrome();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#content.disconnect();
    this.#generation++;
    this.#view?.destroy();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'text' || name === 'src') this.#schedule();
    else if (name === 'types') this.#render();
    else if (name === 'lang' && this.#failed) this.#schedule();
    else if (name === 'lang' || name === 'mode') this.#chrome();
  }

  /** A same-origin URL of the text to analyze; wins over `text` and the content. */
  get src() { return this.getAttribute('src') ?? ''; }
  set src(v) { this.setAttribute('src', v); }
  /** The text to analyze, when there is no `src`; wins over the element's content. */
  get text() { return this.getAttribute('text') ?? ''; }
  set text(v) { this.setAttribute('text', v); }
  /** Comma-separated entity types to show (all when empty). */
  get types() { return this.getAttribute('types') ?? ''; }
  set types(v) { this.setAttribute('types', v); }
  /** The normalization preset of `normalized` in `bayan-entity-click`. */
  get preset() { return PRESETS.includes(this.getAttribute('preset')) ? this.getAttribute('preset') : 'search'; }
  set preset(v) { this.setAttribute('preset', v); }
  /** The interface language: `ar` (default) or `en`. */
  get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'ar'; }
  set lang(v) { this.setAttribute('lang', v); }
  /** `full` (legend, status and text; default) or `reader` (the text only). */
  get mode() { return this.getAttribute('mode') === 'reader' ? 'reader' : 'full'; }
  set mode(v) { this.setAttribute('mode', v); }

  /**
   * The last analysis (all entities, before the `types` filter), or null.
   * Made into objects when first read: the element itself needs only the
   * entities, and a long text's forms are many.
   */
  get analysis() {
    this.#objects ??= this.#columns && withObjects(this.#columns, this.#text);
    return this.#objects;
  }

  #chrome() {
    const ui = UI[this.lang];
    this.#root.dir = ui.dir;
    this.#root.lang = this.lang;
    this.#root.dataset.mode = this.mode;
    this.#legend.setAttribute('aria-label', ui.legend);
    this.#reader.setAttribute('aria-label', ui.reader);
    if (this.#done && this.#columns) renderLegend(this.#legend, this.#reader, this.#shown, this.lang);
    if (this.#said) this.#say(...this.#said);
  }

  /** Coalesces attribute changes made together into one analysis. */
  #schedule(refresh = false) {
    // A change of input coalesced with a refresh makes it a full analysis.
    this.#refresh = this.#pending ? this.#refresh && refresh : refresh;
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#analyze();
    });
  }

  async #analyze() {
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation;
    const lang = this.lang;
    const refresh = this.#refresh && this.#done;
    this.#refresh = false;
    this.#failed = false;
    this.#root.setAttribute('aria-busy', 'true');
    if (!refresh) this.#say('info', 'loading');
    const withWide = wideIn;
    try {
      const { text, source, report } = await this.#input(lang, refresh);
      if (stale()) return;
      const columns = text.trim() ? await worker().request('analyzeColumns', { text }) : null;
      if (stale()) return;
      // Mentions and statements become objects a step at a time (a long
      // text has hundreds of thousands), and the reader is set up in a task
      // of its own.
      const mentions = mentionMaker(columns?.entities ?? { starts: [] }, columns?.entityTypes, columns?.entityRefs);
      do {
        mentions.step(MENTIONS_PER_STEP);
        await pause();
        if (stale()) return;
      } while (!mentions.done);
      const statements = statementMaker(columns ?? {}, text);
      while (!statements.done) {
        statements.step(MENTIONS_PER_STEP);
        await pause();
        if (stale()) return;
      }
      this.#text = text;
      this.#columns = columns;
      this.#objects = null;
      this.#entities = mentions.top;
      this.#statements = statements.all;
      this.#acts = actsOf(this.#statements);
      this.#report = report;
      this.#source = source;
      this.#done = true;
      this.#render();
      this.#root.removeAttribute('aria-busy');
      // Analyzed without the wide lists: once they are in, again with them.
      if (columns && !withWide && BayanExplorer.wideLists) {
        wideLists().then((loaded) => {
          if (generation !== this.#generation || !this.isConnected) return;
          if (loaded) this.#schedule(true);
          else if (wideFailed) this.#summarize();
        });
      }
      this.#emit('bayan-analyzed', {
        source,
        length: text.length,
        tokens: columns?.tokens.starts.length ?? 0,
        entities: this.#shown,
        statements: this.#statements,
        encoding: report.encoding,
        invalid: report.invalid,
        controls: report.controls,
        warnings: report.warnings,
        wide: withWide,
      });
    } catch (e) {
      if (stale()) return;
      const { kind, message, args } = e instanceof Failure ? e : new Failure('analysis', e.message);
      this.#failed = true;
      this.#root.removeAttribute('aria-busy');
      // The content stays shown: without highlights, but readable.
      const key = kind === 'analysis' && this.#hasContent() ? 'failedShown' : kind;
      this.#say('error', key, ...args);
      this.#emit('bayan-error', { kind, message: this.#status.textContent, cause: message });
    }
  }

  /** The text to analyze and its decoding report, from `src`, `text` or the content. */
  async #input(lang, refresh) {
    if (refresh && this.#report) return { source: this.#source, text: this.#text, report: this.#report };
    this.#view?.destroy();
    this.#reader.replaceChildren();
    this.#legend.replaceChildren();
    this.#fallback.hidden = false;
    this.#done = false;
    this.#columns = null;
    if (this.src) return { source: 'src', ...(await this.#load(this.src, lang)) };
    const [source, text] = this.hasAttribute('text') ? ['text', this.text] : ['content', domText(this).text];
    const report = await finish({ text, encoding: null, bom: false, invalid: { count: 0, first: null }, format: source, warnings: [] }, lang);
    return { source, text, report };
  }

  /** Fetches `src` (same origin only) and decodes it as the page decodes a file. */
  async #load(src, lang) {
    const url = new URL(src, document.baseURI);
    if (url.origin !== location.origin) {
      throw new Failure('origin', `${url.origin} is another origin; src must be on ${location.origin}`, [url.origin, location.origin]);
    }
    let response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch (e) {
      throw new Failure('network', e.message, [url.pathname]);
    }
    if (!response.ok) {
      throw new Failure('http', `${url.pathname}: HTTP ${response.status}`, [url.pathname, response.status]);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const { decodeBytes } = await import('./decode.js');
    try {
      const report = await decodeBytes(bytes, decodeURIComponent(url.pathname.split('/').pop()), { lang });
      return { text: report.text, report };
    } catch (e) {
      if (e.name !== 'UnsupportedFile') throw e;
      throw new Failure('unsupported', e.message, [e.message]);
    }
  }

  #hasContent() {
    return this.childNodes.length > 0 && /\S/.test(this.textContent);
  }

  /** Shows the entities of the types asked for, the legend and the summary. */
  #render() {
    if (!this.#done) return;
    const wanted = this.types.split(',').map((t) => t.trim().toUpperCase()).filter((t) => KNOWN_TYPES.has(t));
    this.#shown = wanted.length ? this.#entities.filter((e) => wanted.includes(e.type)) : this.#entities;
    this.#fallback.hidden = true;
    if (!this.#columns) {
      this.#view?.destroy();
      this.#reader.replaceChildren();
      this.#legend.replaceChildren();
      this.#say('info', 'empty');
      return;
    }
    const shown = this.#shown;
    this.#view = renderReader(this.#reader, this.#text, shown, {
      tipParent: this.#root,
      describe: (i) => ({ gloss: shown[i]?.gloss, glossLabel: UI[this.lang].gloss }),
      acts: this.#acts,
      describeAct: (i) => this.#describeAct(i),
    });
    renderLegend(this.#legend, this.#reader, shown, this.lang);
    this.#summarize();
  }

  /** The status line after an analysis: counts, then what the decoding noticed. */
  #summarize() {
    const { encoding, invalid, controls } = this.#report;
    const notes = [['done', this.#columns.tokens.starts.length, this.#shown.length]];
    if (encoding && !/^utf-/.test(encoding)) notes.push(['legacy', encoding.toUpperCase()]);
    if (invalid.count) notes.push(['invalid', invalid.count]);
    if (controls) notes.push(['controls', controls]);
    if (wideFailed) notes.push(['wide']);
    this.#say('info', notes);
  }

  /**
   * Says `what` in the status line, in the element's language: a UI key
   * and its arguments, or a list of them said one after the other.
   */
  #say(kind, what, ...args) {
    this.#said = [kind, what, ...args];
    const ui = UI[this.lang];
    const n = (x) => num(x, this.lang);
    const lines = Array.isArray(what) ? what : [[what, ...args]];
    this.#status.textContent = lines.map(([key, ...a]) => ui[key](n, ...a)).join(' ');
    this.#status.dataset.kind = kind;
  }

  /** The tooltip of statement `i`'s act, in the element's language. */
  #describeAct(i) {
    const s = this.#statements[i];
    if (!s) return null;
    const ui = UI[this.lang];
    const rows = [[ui.speaker, s.speaker ? s.speaker.text + (s.speaker.implicit ? ` (${ui.implicit})` : '') : ui.unknown]];
    if (s.object) rows.push([ui.object, s.object.text]);
    if (s.negated) rows.push([ui.negated, '✓']);
    return { head: [classLabel(s.class, 'ar'), classLabel(s.class, 'en')], rows, object: s.object };
  }

  /**
   * A click, Enter or Space on a highlight: `bayan-statement-click` with the
   * statement when it is an act, `bayan-entity-click` with the entity's
   * forms when it is (or lies in) an entity.
   */
  async #activate(target) {
    const act = target instanceof Element ? target.closest('.act') : null;
    const statement = act && this.#statements[Number(act.dataset.act)];
    if (statement) this.#emit('bayan-statement-click', { ...statement, index: Number(act.dataset.act) });
    const mark = target instanceof Element ? target.closest('mark.ent') : null;
    const entity = mark && this.#shown[Number(mark.dataset.i)];
    if (!entity) return;
    const surface = this.#text.slice(entity.start, entity.end);
    const preset = this.preset;
    let normalized = surface;
    try {
      normalized = (await worker().request('normalize', { text: surface, preset })).text;
    } catch {
      // The surface form stands in; the event still arrives.
    }
    this.#emit('bayan-entity-click', { ...entity, text: surface, normalized, preset });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }
}

/** An element carrying `part` and a class of the same name. */
function part(tag, name) {
  const el = document.createElement(tag);
  el.className = name;
  el.setAttribute('part', name);
  return el;
}

if (!customElements.get('bayan-explorer')) customElements.define('bayan-explorer', BayanExplorer);
