// The page: loads texts (files, drop, paste, the sample or a share link),
// asks the worker to analyze them, and wires the views together. Each view
// lives in its own file under views/; this file only routes between them.
//
// What the first highlight needs is imported here; the rest — the panels
// and views (views/index.js), the file decoders (decode.js) and the service
// worker — loads once the reader's first marks are painted, or when the page
// has sat idle with no text, so a visitor sees the text marked sooner.
import { Messenger } from './messenger.js';
import { renderReader } from './render.js';
import { renderLegend } from './legend.js';
import { t, tNodes, said, retell, num, setLang, currentLang, applyLang } from './i18n.js';
import { makeDocument, tokenAt, groupOf, statementActs } from './document.js';
import { classLabel } from './statement-classes.js';
import { createDocumentTabs } from './views/documents.js';
import { mountUserGazetteer } from './user-gazetteer.js';
import { describe as describeReport, textReport } from './report.js';
import { pause } from './pause.js';
import * as saved from './saved.js';
import { listenToParent } from './framed.js';

const $ = (id) => document.getElementById(id);
/** @type {Messenger<typeof import('./worker.js').ACTIONS>} */
const worker = new Messenger(new URL('./worker.js', import.meta.url), { onRestart: reopen });
const status = $('status');
const progress = $('progress');
const workspace = document.querySelector('.workspace');
const readerEl = $('reader');

// The user's own names apply to every document; when they change, the
// document on screen is analyzed again in place.
const userGazetteer = mountUserGazetteer(document.querySelector('.loader'), { onChange: () => current && reanalyze(current) });

/** The largest file read whole; bigger ones are refused with a message. */
const MAX_BYTES = 100 * 1024 * 1024;

const docs = [];
let current = null;
let reader = null;
/** The worker's id for the next document: the page names documents, so a new worker can open them again under the same ids. */
let nextDocId = 1;
/** The analyses under way, each stoppable with the Stop button. */
const running = new Set();
const stopButton = $('stop');
stopButton.addEventListener('click', () => {
  for (const control of running) control.abort();
});

/** What the status line says now: a function giving its nodes, redrawn on a language switch. */
let told = null;

/**
 * Puts a message on the status line. `message` is a function returning
 * nodes and strings (tNodes), called again after a language switch, or a
 * string said by `said` (which `retell` can say again).
 */
function say(message, kind = 'info') {
  told = { message, kind };
  tell();
}

function tell() {
  if (!told) return;
  const { message, kind } = told;
  status.replaceChildren(...(typeof message === 'function' ? message() : [retell(message)]));
  status.dataset.kind = kind;
}

function busy(value, max) {
  progress.hidden = value === null;
  if (value === undefined) progress.removeAttribute('value');
  else if (value !== null) {
    progress.max = max;
    progress.value = value;
  }
}

const hiddenTypes = () => new Set([...readerEl.classList].filter((c) => c.startsWith('hide-')).map((c) => c.slice(5)));

/** The panels and views, once views/index.js is loaded (see `loadParts`). */
let parts = null;
let partsLoading = null;

/** Adds views.css after style.css; resolves once it applies or failed. The single-file build has it inline. */
function viewStyles() {
  if (document.documentElement.dataset.build === 'single-file') return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./views.css', import.meta.url).href;
  const applied = new Promise((done) => (link.onload = link.onerror = done));
  document.head.append(link);
  return applied;
}

/** Loads and creates the panels and views (their styles first), once; resolves to them. */
function loadParts() {
  partsLoading ??= Promise.all([import('./views/index.js'), viewStyles()]).then(([m]) => {
    parts = m.createParts(ctx);
    for (const name of Object.keys(parts.views)) stale.add(name);
    return parts;
  });
  return partsLoading;
}

/** Offline support (offline.js): at once on a page the service worker controls, else after the first highlight. */
function startOffline() {
  import('./offline.js').then((m) => m.startOffline(), () => {}); // not loaded: the page works without it
}
if (navigator.serviceWorker?.controller) startOffline();

/** Everything not needed for the first highlight, started once. */
let deferred = false;
function loadDeferred() {
  if (deferred) return;
  deferred = true;
  loadParts();
  import('./decode.js');
  startOffline();
  loadWide();
}

/**
 * The worker's id for the first document opened after the wide name lists
 * were asked for (null: not asked yet). The worker analyzes nothing while
 * they load, so documents from this id on have every name.
 * @type {number | null}
 */
let wideFrom = null;

/** Why the wide name lists failed, said again after every analysis (null: they did not fail). */
let wideFailure = null;

/**
 * Asks the worker for the wide name lists (www/wide.js), then analyzes
 * again the documents opened before, so highlights, panels and exports
 * match the CLI. A list that fails leaves the built-in names, and the
 * status line says so.
 */
async function loadWide() {
  wideFrom = nextDocId;
  let failed;
  let loaded = 0;
  try {
    const result = await worker.request('wideLists', {});
    failed = result.failed.map((f) => `${f.name}: ${f.error}`);
    loaded = result.loaded.length;
  } catch (e) {
    failed = [e instanceof Error ? e.message : String(e)];
  }
  // The texts kept from the last visit come back first: they are the ones to analyze again.
  await restoring;
  if (loaded) for (const doc of docs.filter((d) => d.docId < wideFrom)) await reanalyze(doc);
  if (failed.length) {
    wideFailure = failed.join('; ');
    say(() => tNodes('wideFailed', wideFailure), 'error');
  }
  // What the page's documents have now: every name, or the built-in ones after a failure.
  document.body.dataset.wide = failed.length ? 'failed' : 'loaded';
}

/** Resolves once what is on screen now has been painted. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const ctx = {
  worker,
  docs: () => docs,
  reader: () => reader,
  hiddenTypes,
  inspect(i) {
    if (!current || i < 0 || i >= current.analysis.tokens.starts.length) return;
    if (parts) parts.inspector.show(i);
    else loadParts().then((p) => p.inspector.show(i));
    const { starts, ends } = current.analysis.tokens;
    reader?.highlight('token', starts[i], ends[i]);
  },
  showEntity(i) {
    openView('reader');
    const m = reader?.markOf(i);
    if (m) reader.focusMark(m);
    const e = current.analysis.entities[i];
    reader?.highlight('step', e.start, e.end);
  },
  /** Shows statement `i` in the reader: its act focused (the tooltip gives speaker and object), scrolled into view. */
  showStatement(i) {
    openView('reader');
    const s = current?.analysis.statements[i];
    if (!s || !reader) return;
    reader.highlight('step', s.act.start, s.act.end);
    const span = reader.actOf(i);
    if (span) reader.focusMark(span);
    else reader.highlight('step', s.act.start, s.act.end, true);
  },
  goto(start, end) {
    openView('reader');
    reader?.highlight('step', start, end, true);
    ctx.inspect(tokenAt(current, start));
  },
  search(query) {
    openView('concordance');
    loadParts().then((p) => p.views.concordance.search(query));
  },
  select: (d) => select(d),
  close: (d) => closeDoc(d),
};

const tabs = createDocumentTabs($('documents'), $('doc-tabs'), ctx);
const VIEW_KEYS = { reader: 'viewReader', words: 'viewWords', concordance: 'viewConcordance', summary: 'viewSummary', normalization: 'viewNormalization', compare: 'viewCompare', export: 'viewExport' };
let active = 'reader';
/** Views whose content is older than the current document. */
const stale = new Set();

function renderViewTabs() {
  const list = $('view-tabs');
  const names = Object.keys(VIEW_KEYS);
  list.replaceChildren(...names.map((name, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = `tab-${name}`;
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-controls', `view-${name}`);
    b.setAttribute('aria-selected', String(name === active));
    b.tabIndex = name === active ? 0 : -1;
    b.textContent = t(VIEW_KEYS[name]);
    b.addEventListener('click', () => openView(name));
    b.addEventListener('keydown', (e) => {
      const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
      const to = { [forward]: i + 1, [back]: i - 1, Home: 0, End: names.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      openView(names[(to + names.length) % names.length]);
      $(`tab-${active}`).focus();
    });
    $(`view-${name}`).setAttribute('aria-labelledby', b.id);
    return b;
  }));
}

function openView(name) {
  active = name;
  for (const n of Object.keys(VIEW_KEYS)) {
    $(`view-${n}`).hidden = n !== name;
    const tab = $(`tab-${n}`);
    tab.setAttribute('aria-selected', String(n === name));
    tab.tabIndex = n === name ? 0 : -1;
  }
  if (name === 'reader') return;
  if (!parts) {
    // Opened before the views were loaded: load them, then show this one.
    loadParts().then(() => active === name && openView(name));
    return;
  }
  if (stale.has(name) && current) {
    stale.delete(name);
    parts.views[name].update(current);
  } else if (name === 'words') parts.views.words.refresh();
}

/** What the tooltip of statement `i`'s act says: class, speaker, object, negation and the rules behind them. */
function describeAct(i) {
  const s = current?.analysis.statements[i];
  if (!s) return null;
  const rows = [[t('stSpeaker'), s.speaker ? s.speaker.text + (s.speaker.implicit ? ` (${t('stImplicit')})` : '') : t('stNoSpeaker')]];
  if (s.object) rows.push([t('stObject'), s.object.text]);
  if (s.negated) rows.push([t('stNegated'), '✓']);
  rows.push([t('stWhy'), [s.rules.lexicon, s.rules.speaker]]);
  return { head: [classLabel(s.class, 'ar'), classLabel(s.class, 'en')], rows, object: s.object };
}

/** What the tooltip of entity `i` says: the name it is grouped under and its English (no internal id). */
function describe(i) {
  const g = groupOf(current, i);
  const gloss = g?.gloss ?? parts?.mentionGloss(current, current.analysis.entities[i]) ?? null;
  return { canonical: g?.label, canonicalLabel: t('canonical'), gloss, glossLabel: t('gloss') };
}

async function select(doc) {
  current = doc;
  tabs.render(docs, current);
  if (saved.keeping()) saved.showing(doc?.kept);
  if (!doc) {
    workspace.hidden = true;
    parts?.teacher.update(null);
    parts?.statementsPanel.update(null);
    return;
  }
  reader = renderReader(readerEl, doc.text, doc.analysis.entities, {
    sentences: doc.analysis.sentences,
    diacritics: $('toggle-diacritics').checked,
    describe,
    acts: statementActs(doc),
    describeAct,
    onProgress(done, total) {
      if (done < total) {
        busy(done, total);
        document.body.dataset.rendering = 'true';
      } else {
        busy(null);
        delete document.body.dataset.rendering;
      }
    },
  });
  reader.setSentenceNumbers($('toggle-sentences').checked);
  renderLegend($('legend'), readerEl, doc.analysis.entities);
  workspace.hidden = false;
  // The first highlight is on screen: now the rest of the page loads.
  await afterPaint();
  loadDeferred();
  const { entitiesPanel, statementsPanel, inspector, teacher, printKey, views } = await loadParts();
  // The panels follow, each a task of its own: for a long text (786,000
  // mentions at 95 MB) they held the main thread for half a second after
  // the reader's set-up when done in one piece.
  for (const update of [statementsPanel.update, entitiesPanel.update, inspector.update, teacher.update, printKey.update]) {
    await pause();
    if (current !== doc) return;
    update(doc);
  }
  for (const name of Object.keys(views)) stale.add(name);
  if (views[active]) {
    stale.delete(active);
    views[active].update(doc);
  }
}

function closeDoc(doc) {
  const i = docs.indexOf(doc);
  if (i < 0) return;
  docs.splice(i, 1);
  worker.request('close', { docId: doc.docId });
  if (doc.kept) saved.forget(doc.kept).catch(() => {});
  if (current === doc) select(docs[Math.min(i, docs.length - 1)] ?? null);
  else tabs.render(docs, current);
  stale.add('compare');
  if (active === 'compare') parts?.views.compare.update(current);
}

/**
 * Analyzes `text` as a new document in the worker; resolves to what
 * makeDocument needs. The Stop button stops it (an AbortError).
 */
async function analyze(text, options) {
  const control = new AbortController();
  running.add(control);
  stopButton.hidden = false;
  try {
    const docId = nextDocId++;
    const { analysis } = await worker.request('open', { docId, text, options }, { signal: control.signal });
    return { docId, analysis, options };
  } finally {
    running.delete(control);
    stopButton.hidden = running.size === 0;
  }
}

/** After a stop the worker is new: the open documents are opened in it again, under their ids. */
function reopen() {
  // The new worker has no wide lists yet: it loads them before it opens anything.
  if (wideFrom !== null) worker.request('wideLists', {}).catch(() => {});
  for (const d of docs) {
    worker.request('open', { docId: d.docId, text: d.text, options: d.options, analysis: false })
      .catch((e) => say(() => tNodes('failed', e.message), 'error'));
  }
}

/** Analyzes `doc`'s text again (the user's names changed) and shows it in its place. */
async function reanalyze(doc) {
  busy(undefined);
  try {
    const opened = await analyze(doc.text, userGazetteer.options());
    const i = docs.indexOf(doc);
    if (i < 0) {
      // Closed while it was analyzed: the new analysis is dropped.
      worker.request('close', { docId: opened.docId });
      return;
    }
    const fresh = makeDocument({ name: doc.name, text: doc.text, ...opened });
    fresh.kept = doc.kept;
    docs[i] = fresh;
    worker.request('close', { docId: doc.docId });
    await pause();
    if (current === doc) await select(fresh);
    else tabs.render(docs, current);
  } catch (e) {
    if (e.name === 'AbortError') say(() => tNodes('stopped', doc.name));
    else say(() => tNodes('failed', e.message), 'error');
  } finally {
    if (reader?.complete !== false) busy(null);
  }
}

/**
 * Analyzes `text` and shows it as a new document; resolves to it (or null).
 * `kept` is its key in the browser's storage when it comes back after a
 * reload; a text opened now is kept under a new key, if keeping is on.
 */
async function show(text, name, report, { kept = null } = {}) {
  if (!text.trim()) {
    say(() => tNodes('empty'), 'error');
    return null;
  }
  report ??= await textReport(text);
  say(() => tNodes('analyzing', name));
  busy(undefined);
  const started = performance.now();
  try {
    const opened = await analyze(text, userGazetteer.options());
    const doc = makeDocument({ name, text, ...opened });
    const { analysis } = doc;
    const tooLong = !kept && saved.keeping() && text.length > saved.MAX_KEPT;
    doc.kept = kept ?? (saved.keeping() && !tooLong ? saved.newKey() : null);
    docs.push(doc);
    await pause();
    await select(doc);
    const ms = Math.round(performance.now() - started);
    let note = tooLong ? () => tNodes('notKept', name, (saved.MAX_KEPT * 2) / 1048576) : null;
    if (doc.kept && !kept) {
      try {
        await saved.keep({ key: doc.kept, name, text });
      } catch (e) {
        doc.kept = null;
        note = () => tNodes('keepFailed', e.message);
      }
    }
    say(() => {
      const about = describeReport(report);
      return [
        ...tNodes('analyzed', name, t('tokens', analysis.tokens.starts.length), t('entityCount', analysis.entities.length), num(ms)),
        ...(about ? [' ', about] : []),
        ...(note ? [' ', ...note()] : []),
        ...(wideFailure ? [' ', ...tNodes('wideFailed', wideFailure)] : []),
      ];
    }, report.warnings.length || note || wideFailure ? 'warning' : 'info');
    document.body.dataset.state = 'analyzed';
    if (!kept) reveal();
    return doc;
  } catch (e) {
    if (e.name === 'AbortError') say(() => tNodes('stopped', name));
    else say(() => tNodes('failed', e.message), 'error');
    return null;
  } finally {
    if (reader?.complete !== false) busy(null);
  }
}

/**
 * Brings a new result into view: on a laptop screen or a projector
 * (1280×720) the loader fills the top, and the text would start below the
 * fold. The status line goes to the top, the reader follows it.
 */
function reveal() {
  if (readerEl.getBoundingClientRect().top < innerHeight * 0.4) return;
  document.querySelector('.status-line').scrollIntoView({ block: 'start', behavior: 'instant' });
}

async function loadFile(file) {
  if (file.size > MAX_BYTES) {
    say(() => tNodes('tooBig', file.name, MAX_BYTES / 1048576), 'error');
    return;
  }
  let report;
  try {
    const { decodeFile } = await import('./decode.js');
    report = await decodeFile(file);
  } catch (e) {
    if (e.name === 'UnsupportedFile') say(e.message, 'error');
    else say(() => tNodes('failed', e.message), 'error');
    return;
  }
  await show(report.text, file.name, report);
}

async function loadFiles(files) {
  for (const f of files) await loadFile(f);
}

$('file-input').addEventListener('change', (e) => {
  loadFiles([...e.target.files]);
  e.target.value = '';
});

const drop = $('drop-zone');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  loadFiles([...e.dataTransfer.files]);
});
// The drop zone is one button: a click, Enter or Space opens the file chooser.
drop.addEventListener('click', () => $('file-input').click());
drop.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    $('file-input').click();
  }
});

// The skip link goes past the loader and the panels to the text: to its
// entity marks' tab stop when there is one, else to the text itself, else
// (no text yet) to the drop zone.
$('skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  const to = workspace.hidden ? drop : readerEl.querySelector('mark.ent[tabindex="0"], .act[tabindex="0"]') ?? readerEl;
  openView('reader');
  to.focus();
});

$('analyze-paste').addEventListener('click', () => show($('paste-box').value, t('pastedName')));

// A text box lays out every line it holds: Chromium takes seconds for
// 20,000 lines and minutes for a million, freezing the page. A paste that
// long goes straight to the analysis, whole, and the box stays as it was.
const PASTE_BOX_MAX = 100_000;
$('paste-box').addEventListener('paste', (e) => {
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= PASTE_BOX_MAX) return;
  e.preventDefault();
  textReport(text).then((report) => {
    report.warnings.unshift(said('pastedDirect', text.length));
    show(text, t('pastedName'), report);
  });
});

$('load-sample').addEventListener('click', async () => {
  const response = await fetch(new URL('./samples/oic-aleppo-statement.txt', import.meta.url));
  show(await response.text(), t('sampleName'));
});

$('toggle-sentences').addEventListener('change', (e) => reader?.setSentenceNumbers(e.target.checked));
$('toggle-diacritics').addEventListener('change', (e) => reader?.setDiacritics(e.target.checked));

readerEl.addEventListener('reader:select', (e) => current && ctx.inspect(tokenAt(current, e.detail.offset)));
readerEl.addEventListener('legend:change', () => parts?.entitiesPanel.refresh());
readerEl.addEventListener('reader:act', (e) => parts?.statementsPanel.reveal(e.detail.statement));

$('lang-switch').addEventListener('click', () => setLang(currentLang() === 'ar' ? 'en' : 'ar'));
document.addEventListener('bayan:lang', () => {
  renderViewTabs();
  openView(active);
  chromeTexts();
  tell();
  if (!current) return;
  renderLegend($('legend'), readerEl, current.analysis.entities);
  tabs.render(docs, current);
  if (!parts) return;
  parts.entitiesPanel.refresh();
  parts.statementsPanel.refresh();
  parts.inspector.refresh();
  parts.teacher.refresh();
  parts.printKey.refresh();
  for (const v of Object.values(parts.views)) v.refresh();
});

/** The page's own texts that carry a number. */
function chromeTexts() {
  $('limit-help').textContent = t('limit', MAX_BYTES / 1048576);
  $('keep-label').textContent = t('keepTexts', num((saved.MAX_KEPT * 2) / 1048576));
}

// Teacher mode is a layer over the page; leaving it shows its last sentence in the reader.
$('teacher-switch').addEventListener('click', () => loadParts().then((p) => p.teacher.open()));
ctx.onTeacherClose = (span) => {
  if (!span || !reader || active !== 'reader') return;
  reader.range(span.start, span.end)?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
};

// Keeping texts across a reload: only in the full page, never in a frame.
const keepBox = $('keep-texts');
$('keep').hidden = !saved.available();
keepBox.checked = saved.keeping();
keepBox.addEventListener('change', async () => {
  await saved.setKeeping(keepBox.checked).catch(() => {});
  for (const d of docs) d.kept = null;
  if (!keepBox.checked) return;
  for (const d of docs) {
    if (d.text.length > saved.MAX_KEPT) continue;
    d.kept = saved.newKey();
    await saved.keep({ key: d.kept, name: d.name, text: d.text }).catch(() => (d.kept = null));
  }
  saved.showing(current?.kept);
});

/** Reopens the texts kept from the last visit, the one on screen then on screen again. */
async function restore() {
  let found;
  try {
    found = await saved.kept();
  } catch {
    return;
  }
  let shown = null;
  let count = 0;
  for (const k of found.texts) {
    const doc = await show(k.text, k.name, undefined, { kept: k.key });
    if (!doc) continue;
    count++;
    if (k.key === found.current) shown = doc;
  }
  if (shown && shown !== current) await select(shown);
  if (count) {
    const previous = told;
    say(() => [...(typeof previous?.message === 'function' ? previous.message() : []), ' ', ...tNodes('reopened', count)], previous?.kind);
  }
}

applyLang();
renderViewTabs();
chromeTexts();

// Texts kept from the last visit come back first; then a share link's text,
// which carries its text in the fragment: #t=<base64url deflate-raw>. A page
// that frames this one may change the fragment, or post a text.
function openLink() {
  if (!location.hash.startsWith('#t=')) return;
  import('./views/export.js').then(({ inflate }) => inflate(location.hash.slice(3)))
    .then((text) => show(text, t('sharedName')), () => say(() => tNodes('badLink'), 'error'));
}
const restoring = restore();
restoring.then(openLink);
addEventListener('hashchange', openLink);
listenToParent((text, name) => show(text, name ?? t('sharedName')));

// A visitor who opens no text still gets the rest of the page (and the
// offline copy) once the worker is ready and the page has been idle.
worker.request('version', {})
  .then(() => new Promise((resolve) => setTimeout(resolve, 1000)))
  .then(() => running.size === 0 && docs.length === 0 && loadDeferred(), () => loadDeferred());
