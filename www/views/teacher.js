// Teacher mode: the analysis of one sentence at a time, projected. It is a
// layer of its own (a modal <dialog>, in the browser's top layer, sized to
// the viewport), never the page scrolled: the current sentence sits at the
// top, the active stage below it, and each scrolls inside its own box when
// it is long, so no key ever moves either off the screen. The type is large
// throughout, for the back of a room.
//
// Keys, for a keyboard or a presenter's clicker (which sends PageDown and
// PageUp): Space, PageDown or the forward arrow (← in the Arabic interface,
// → in the English one) go to the next stage and on to the next sentence;
// Shift+Space, PageUp or the other arrow go back; ↓ and ↑ change sentence;
// Home and End go to the first and last; n and p step through the
// sentence's entities and on into the next or previous sentence that has
// one; the digits go to a stage; Esc leaves. Letters are read by their
// physical key (KeyN), so an Arabic keyboard layout works too. The buttons
// at the foot say the same, with their keys, in the interface language.
import { sentenceAt, sentenceTokens, statementActs } from '../document.js';
import { typeOne } from '../entity-types.js';
import { mentionGloss } from '../glosses.js';
import { visibleControls } from '../controls.js';
import { partition } from '../search.js';
import { t, num, setLang, currentLang } from '../i18n-views.js';
import { STAGES, romanWords } from './teacher-stages.js';

export function createTeacherMode(dialog, ctx) {
  let doc = null;
  let sentence = 0;
  let stage = 0;
  /** The entity n/p last went to (an index into analysis.entities), or -1. */
  let entity = -1;
  /** Romanizations and normalization reports already asked for, per document. */
  let roman = new Map();
  let reports = new Map();
  let ticket = 0;

  const el = (tag, props = {}, children = []) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  // The layer's frame, built once; its texts follow the language.
  const title = el('h2', { id: 'teacher-title' });
  const where = el('p', { id: 'teacher-where', className: 'teacher-where' });
  const langButton = el('button', { type: 'button', className: 'teacher-lang' });
  const leave = el('button', { type: 'button', id: 'teacher-leave', className: 'teacher-leave' });
  const top = el('header', { className: 'teacher-top' }, [title, where, langButton, leave]);
  const steps = el('ol', { className: 'teacher-steps' });
  const stepsNav = el('nav', { className: 'teacher-steps-nav' }, [steps]);
  // n/p share the stages' row, so the keys below fit on one line and the stage gets the room.
  const entityKeys = el('div', { className: 'teacher-keys teacher-entity-keys' });
  const bar = el('div', { className: 'teacher-bar' }, [stepsNav, entityKeys]);
  const sentenceEl = el('p', { id: 'teacher-sentence', className: 'teacher-sentence', lang: 'ar', dir: 'rtl', tabIndex: -1 });
  const sentenceBox = el('div', { className: 'teacher-sentence-box', tabIndex: 0 }, [sentenceEl]);
  const caption = el('p', { id: 'teacher-entity', className: 'teacher-entity' });
  const sentenceSection = el('section', { className: 'teacher-current', id: 'teacher-current' }, [sentenceBox, caption]);
  const stageTitle = el('h3', { id: 'teacher-stage-title', className: 'teacher-stage-title' });
  const stageHelp = el('p', { className: 'teacher-stage-help' });
  // The body scrolls under a title that stays (focusable, so keys can scroll it too).
  const stageBody = el('div', { className: 'teacher-stage-body', tabIndex: 0 });
  const stageSection = el('section', { id: 'teacher-stage', className: 'teacher-stage' }, [stageTitle, stageHelp, stageBody]);
  const keys = el('div', { className: 'teacher-keys' });
  const empty = el('p', { className: 'teacher-empty' });
  dialog.append(top, bar, sentenceSection, stageSection, keys, empty);
  dialog.setAttribute('aria-labelledby', 'teacher-title');
  dialog.className = 'teacher-layer';

  const count = () => (doc ? doc.analysis.sentences.length / 2 : 0);
  const rtl = () => document.documentElement.dir === 'rtl';

  /** The current sentence as the stages read it. */
  function current() {
    const s = doc.analysis.sentences;
    const [from, to] = sentenceTokens(doc, sentence);
    return {
      doc, sentence, from, to, entity,
      start: s[2 * sentence], end: s[2 * sentence + 1],
      roman: (w) => roman.get(w) ?? '',
      report: reports.get(sentence) ?? null,
    };
  }

  // ---- navigation ----

  function goSentence(n, { atStage = 0, focus = true } = {}) {
    if (!doc || !count()) return;
    const next = Math.max(0, Math.min(count() - 1, n));
    const moved = next !== sentence;
    sentence = next;
    stage = atStage;
    if (moved) entity = -1;
    renderSentence();
    renderStage();
    if (focus) sentenceEl.focus({ preventScroll: true });
  }

  function goStage(j) {
    if (!doc) return;
    if (j >= STAGES.length) {
      if (sentence + 1 < count()) goSentence(sentence + 1, { focus: false });
      return;
    }
    if (j < 0) {
      if (sentence > 0) goSentence(sentence - 1, { atStage: STAGES.length - 1, focus: false });
      return;
    }
    stage = j;
    renderStage();
  }

  /** n/p: the next (delta 1) or previous (-1) entity, into the next sentence that has one. */
  function stepEntity(delta) {
    const ents = doc?.analysis.entities;
    if (!ents?.length) return;
    const s = doc.analysis.sentences;
    let i;
    if (entity >= 0 && sentenceAt(doc, ents[entity].start) === sentence) i = entity + delta;
    else if (delta > 0) i = partition(ents.length, (k) => ents[k].start < s[2 * sentence]);
    else i = partition(ents.length, (k) => ents[k].start < s[2 * sentence + 1]) - 1;
    entity = (i + ents.length) % ents.length;
    const at = sentenceAt(doc, ents[entity].start);
    if (at !== sentence) {
      sentence = at;
      renderSentence();
    } else markCurrent();
    renderStage();
    const mark = sentenceEl.querySelector(`mark[data-i="${entity}"]`);
    if (mark) {
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  // ---- drawing ----

  /**
   * Scrolls the stage's body, and only it, so the row or chip of the entity
   * n/p is on is in view: stepping through a long sentence's entities
   * keeps the stage showing the one the class looks at.
   */
  function revealCurrent() {
    const item = stageBody.querySelector('.is-current');
    if (!item) return;
    const box = stageBody.getBoundingClientRect();
    const r = item.getBoundingClientRect();
    if (r.top < box.top) stageBody.scrollTop -= box.top - r.top;
    else if (r.bottom > box.bottom) stageBody.scrollTop += Math.min(r.bottom - box.bottom, r.top - box.top);
  }

  function renderFrame() {
    title.textContent = t('teacher');
    langButton.textContent = t('language');
    langButton.setAttribute('aria-label', t('languageLabel'));
    leave.replaceChildren(t('leaveTeacher'), ' ', kbd('Esc'));
    leave.setAttribute('aria-keyshortcuts', 'Escape');
    stepsNav.setAttribute('aria-label', t('stagesLabel'));
    sentenceSection.setAttribute('aria-label', t('currentSentence'));
    sentenceBox.setAttribute('aria-label', t('currentSentence'));
    stageSection.setAttribute('aria-labelledby', stageTitle.id);
    stageBody.setAttribute('role', 'group');
    stageBody.setAttribute('aria-labelledby', stageTitle.id);
    const has = Boolean(doc && count());
    for (const part of [bar, sentenceSection, stageSection, keys, where]) part.hidden = !has;
    empty.hidden = has;
    empty.textContent = t('teacherNoText');
    steps.replaceChildren(...STAGES.map((st, j) => {
      const b = el('button', { type: 'button', className: 'teacher-step' }, [
        el('span', { className: 'step-no', textContent: num(j + 1) }), ' ', t(st.title),
      ]);
      b.dataset.stage = st.id;
      b.setAttribute('aria-keyshortcuts', String(j + 1));
      b.addEventListener('click', () => goStage(j));
      return el('li', {}, [b]);
    }));
    renderKeys();
  }

  /** The buttons at the foot: each says what it does and its keys, in the interface's direction. */
  function renderKeys() {
    const forward = rtl() ? '←' : '→';
    const back = rtl() ? '→' : '←';
    const shift = `${t('keyShift')}+${t('keySpace')}`;
    /** @type {[string, string, string[], string, () => void][]} */
    const buttons = [
      ['teacher-prev-sentence', 'prevSentence', ['↑'], 'ArrowUp', () => goSentence(sentence - 1, { focus: false })],
      ['teacher-prev-stage', 'prevStage', [back, 'PageUp', shift], `${rtl() ? 'ArrowRight' : 'ArrowLeft'} PageUp Shift+Space`, () => goStage(stage - 1)],
      ['teacher-next-stage', 'nextStage', [forward, 'PageDown', t('keySpace')], `${rtl() ? 'ArrowLeft' : 'ArrowRight'} PageDown Space`, () => goStage(stage + 1)],
      ['teacher-next-sentence', 'nextSentence', ['↓'], 'ArrowDown', () => goSentence(sentence + 1, { focus: false })],
      ['teacher-prev-entity', 'prevEntity', ['p'], 'P', () => stepEntity(-1)],
      ['teacher-next-entity', 'nextEntity', ['n'], 'N', () => stepEntity(1)],
    ];
    const made = buttons.map(([id, label, names, shortcut, run]) => {
      const b = el('button', { type: 'button', id, className: 'teacher-key' }, [
        el('span', { className: 'key-label', textContent: t(label) }), ' ',
        ...names.flatMap((n, k) => (k ? [' ', kbd(n)] : [kbd(n)])),
      ]);
      b.setAttribute('aria-keyshortcuts', shortcut);
      b.addEventListener('click', run);
      return b;
    });
    keys.replaceChildren(...made.slice(0, 4));
    entityKeys.replaceChildren(...made.slice(4));
    keys.setAttribute('role', 'group');
    keys.setAttribute('aria-label', t('keysLabel'));
    entityKeys.setAttribute('role', 'group');
    entityKeys.setAttribute('aria-label', t('entityKeysLabel'));
  }

  const kbd = (name) => el('kbd', { textContent: name });

  function renderProgress() {
    where.replaceChildren(
      el('span', { className: 'where-sentence', textContent: t('sentenceOf', num(sentence + 1), num(count())) }),
      t('listSeparator'),
      el('span', { className: 'where-stage', textContent: t('stageOf', num(stage + 1), num(STAGES.length)) }),
    );
    steps.querySelectorAll('button').forEach((b, j) => {
      if (j === stage) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
  }

  /** The text from `from` to `to`, each statement act in it marked as the reader marks it. */
  function acted(from, to) {
    const acts = statementActs(doc);
    const out = document.createDocumentFragment();
    let at = from;
    for (let k = partition(acts.length, (x) => acts[x].end <= from); k < acts.length && acts[k].start < to; k++) {
      const a = acts[k];
      const start = Math.max(a.start, at);
      const end = Math.min(a.end, to);
      out.append(visibleControls(doc.text.slice(at, start), () => {}));
      out.append(el('span', { className: `act st-${a.class}${a.negated ? ' act-negated' : ''}` }, [visibleControls(doc.text.slice(start, end), () => {})]));
      at = end;
    }
    out.append(visibleControls(doc.text.slice(at, to), () => {}));
    return out;
  }

  /** The sentence, each entity in its colour and mark (acts too), each mark a stop for n/p. */
  function renderSentence() {
    const { analysis: a } = doc;
    const s = a.sentences;
    const start = s[2 * sentence];
    const end = s[2 * sentence + 1];
    sentenceEl.replaceChildren();
    let at = start;
    let i = partition(a.entities.length, (k) => a.entities[k].end <= start);
    for (; i < a.entities.length && a.entities[i].start < end; i++) {
      const e = a.entities[i];
      const from = Math.max(e.start, start);
      const to = Math.min(e.end, end);
      sentenceEl.append(acted(at, from));
      const m = el('mark', { className: `ent ent-${e.type}`, tabIndex: -1 }, [acted(from, to)]);
      m.dataset.i = i;
      m.dataset.type = e.type;
      sentenceEl.append(m);
      at = to;
    }
    sentenceEl.append(acted(at, end));
    sentenceBox.scrollTop = 0;
    markCurrent();
  }

  /** The entity n/p is on: outlined in the sentence, told in the caption. */
  function markCurrent() {
    for (const m of sentenceEl.querySelectorAll('mark[aria-describedby]')) m.removeAttribute('aria-describedby');
    const mark = entity >= 0 ? sentenceEl.querySelector(`mark[data-i="${entity}"]`) : null;
    caption.replaceChildren();
    if (!mark) return;
    const e = doc.analysis.entities[entity];
    const marks = [...sentenceEl.querySelectorAll('mark')];
    const surface = doc.text.slice(e.start, e.end);
    caption.append(
      el('span', { className: 'where-entity', textContent: t('entityInSentence', num(marks.indexOf(mark) + 1), num(marks.length)) }),
      ': ',
      el('bdi', { className: `ent-tag tag-${e.type}`, textContent: typeOne(e.type) }),
      ' ',
      el('mark', { className: `ent ent-${e.type}`, lang: 'ar', dir: 'rtl', textContent: surface }),
    );
    const r = roman.get(surface);
    if (r) caption.append(' ', el('span', { className: 't-roman', lang: 'ar-Latn', dir: 'ltr', textContent: r }));
    const gloss = mentionGloss(doc, e);
    if (gloss) caption.append(' ', el('span', { className: 't-gloss', lang: 'en', dir: 'ltr', textContent: gloss }));
    mark.setAttribute('aria-describedby', caption.id);
  }

  /** The active stage: its title and help at once, its body once the worker has answered. */
  async function renderStage() {
    renderProgress();
    const st = STAGES[stage];
    stageTitle.replaceChildren(el('span', { className: 'step-no', textContent: num(stage + 1) }), ' ', t(st.title));
    stageHelp.textContent = t(st.help);
    stageSection.dataset.stage = st.id;
    stageBody.scrollTop = 0;
    const mine = ++ticket;
    const s = current();
    try {
      await fetchNeeds(st, s);
    } catch (e) {
      if (mine === ticket) stageBody.replaceChildren(el('p', { className: 't-note', textContent: t('failed', e.message) }));
      return;
    }
    if (mine !== ticket || !dialog.open) return;
    // A stage may draw at once or ask the worker first (it gets the worker).
    let node;
    try {
      node = await st.render(current(), { worker: ctx.worker });
    } catch (e) {
      node = el('p', { className: 't-note', textContent: t('failed', e.message) });
    }
    if (mine !== ticket || !dialog.open) return;
    stageBody.replaceChildren(node);
    markCurrent();
    revealCurrent();
  }

  /** Asks the worker for what stage `st` needs about sentence `s`, once per document. */
  async function fetchNeeds(st, s) {
    const asked = [];
    if (st.needs?.includes('roman')) {
      const words = [...new Set(romanWords(s))].filter((w) => !roman.has(w));
      if (words.length) {
        const forDoc = roman;
        asked.push(ctx.worker.request('transliterate', { words, scheme: 'readable' })
          .then((out) => words.forEach((w, k) => forDoc.set(w, out[k]))));
      }
    }
    if (st.needs?.includes('norm') && !reports.has(s.sentence)) {
      const forDoc = reports;
      asked.push(ctx.worker.request('normalizeText', { text: doc.text.slice(s.start, s.end), preset: 'search' })
        .then((r) => forDoc.set(s.sentence, r)));
    }
    await Promise.all(asked);
  }

  function render() {
    renderFrame();
    if (!doc || !count()) return;
    renderSentence();
    renderStage();
  }

  // ---- keys ----

  document.addEventListener('keydown', (e) => {
    if (!dialog.open || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof Element && e.target.closest('button') && (e.key === ' ' || e.key === 'Enter')) return;
    const forward = rtl() ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl() ? 'ArrowRight' : 'ArrowLeft';
    const digit = /^Digit([1-9])$/.exec(e.code);
    let act = null;
    if (e.key === ' ') act = () => goStage(stage + (e.shiftKey ? -1 : 1));
    else if (e.key === 'PageDown' || e.key === forward) act = () => goStage(stage + 1);
    else if (e.key === 'PageUp' || e.key === back) act = () => goStage(stage - 1);
    else if (e.key === 'ArrowDown') act = () => goSentence(sentence + 1);
    else if (e.key === 'ArrowUp') act = () => goSentence(sentence - 1);
    else if (e.key === 'Home') act = () => goSentence(0);
    else if (e.key === 'End') act = () => goSentence(count() - 1);
    else if (e.code === 'KeyN' && !e.shiftKey) act = () => stepEntity(1);
    else if (e.code === 'KeyP' && !e.shiftKey) act = () => stepEntity(-1);
    else if (digit && Number(digit[1]) <= STAGES.length) act = () => goStage(Number(digit[1]) - 1);
    if (!act || !doc || !count()) return;
    e.preventDefault();
    act();
  });

  // A click on one of the layer's buttons leaves the focus where it was, so
  // Space and the clicker's keys go on stepping after it (a keyboard user
  // who tabs to a button still presses it with Space or Enter).
  dialog.addEventListener('mousedown', (e) => {
    if (e.target.closest?.('button')) e.preventDefault();
  });
  langButton.addEventListener('click', () => setLang(currentLang() === 'ar' ? 'en' : 'ar'));
  leave.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    ctx.onTeacherClose?.(doc && count() ? { start: doc.analysis.sentences[2 * sentence], end: doc.analysis.sentences[2 * sentence + 1] } : null);
  });
  renderFrame();

  return {
    /** Opens the layer on the current sentence. */
    open() {
      render();
      if (!dialog.open) dialog.showModal();
      (doc && count() ? sentenceEl : leave).focus({ preventScroll: true });
    },
    update(next) {
      doc = next;
      sentence = 0;
      stage = 0;
      entity = -1;
      roman = new Map();
      reports = new Map();
      if (dialog.open) render();
      else renderFrame();
    },
    refresh() {
      if (dialog.open) {
        const focused = document.activeElement;
        render();
        if (!dialog.contains(focused)) langButton.focus({ preventScroll: true });
      } else renderFrame();
    },
  };
}
