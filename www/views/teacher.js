// Teacher mode: large type and high contrast for projection, a step-through
// of the pipeline on the current sentence (original → normalized → tokens
// → clitics → entities) and keyboard navigation that a presenter's clicker
// can drive (PageDown/PageUp and the arrow keys).
import { sentenceAt, sentenceTokens } from '../document.js';
import { typeOne } from '../entity-types.js';
import { t, num } from '../i18n.js';

const STAGES = ['stageOriginal', 'stageNormalized', 'stageTokens', 'stageClitics', 'stageEntities'];

export function createTeacherMode(panel, ctx) {
  let doc = null;
  let sentence = 0;
  let stage = STAGES.length;
  let entity = -1;
  let on = false;

  function count() {
    return doc ? doc.analysis.sentences.length / 2 : 0;
  }

  function goSentence(n, { fromStart = true } = {}) {
    if (!doc || count() === 0) return;
    sentence = Math.max(0, Math.min(count() - 1, n));
    stage = fromStart ? 1 : STAGES.length;
    const s = doc.analysis.sentences;
    ctx.reader()?.highlight('sentence', s[2 * sentence], s[2 * sentence + 1], true);
    render();
  }

  function goEntity(delta) {
    if (!doc || !doc.analysis.entities.length) return;
    const n = doc.analysis.entities.length;
    entity = (entity + delta + n) % n;
    ctx.showEntity(entity);
    const at = sentenceAt(doc, doc.analysis.entities[entity].start);
    if (at !== sentence) {
      sentence = at;
      stage = STAGES.length;
      render();
    }
  }

  function chips(items, cls) {
    const ol = document.createElement('ol');
    ol.className = `chips ${cls}`;
    ol.lang = 'ar';
    for (const it of items) {
      const li = document.createElement('li');
      if (it instanceof Node) li.append(it);
      else li.textContent = it;
      ol.append(li);
    }
    return ol;
  }

  function stageContent(key, from, to) {
    const { text, analysis: a } = doc;
    const { starts, ends, formIds } = a.tokens;
    const s = a.sentences;
    const range = [...Array(to - from).keys()].map((k) => k + from);
    switch (key) {
      case 'stageOriginal': {
        const p = document.createElement('p');
        p.textContent = text.slice(s[2 * sentence], s[2 * sentence + 1]);
        return p;
      }
      case 'stageNormalized': {
        const p = document.createElement('p');
        p.textContent = range.map((i) => a.forms[formIds[i]].norm).join(' ');
        return p;
      }
      case 'stageTokens':
        return chips(range.map((i) => text.slice(starts[i], ends[i])), 'tokens');
      case 'stageClitics':
        return chips(range.map((i) => {
          const f = a.forms[formIds[i]];
          return f.segments.length > 1 ? f.segments.map((g) => g.restored).join(' + ') : text.slice(starts[i], ends[i]);
        }), 'clitics');
      default: {
        const p = document.createElement('p');
        let at = s[2 * sentence];
        const end = s[2 * sentence + 1];
        for (const e of a.entities) {
          if (e.end <= at || e.start >= end) continue;
          p.append(text.slice(at, e.start));
          const m = document.createElement('mark');
          m.className = `ent ent-${e.type}`;
          m.textContent = text.slice(e.start, e.end);
          const tag = document.createElement('small');
          tag.className = 'ent-tag';
          tag.textContent = typeOne(e.type);
          p.append(m, tag);
          at = e.end;
        }
        p.append(text.slice(at, end));
        return p;
      }
    }
  }

  function render() {
    panel.hidden = !on || !doc;
    if (panel.hidden) return;
    const head = document.createElement('div');
    head.className = 'teacher-head';
    const h2 = document.createElement('h2');
    h2.textContent = t('pipeline');
    const where = document.createElement('span');
    where.className = 'where';
    where.id = 'teacher-where';
    where.textContent = t('sentenceOf', num(sentence + 1), num(count()));
    const nav = document.createElement('div');
    nav.className = 'buttons';
    for (const [key, run, id] of [['prevSentence', () => goSentence(sentence - 1), 'teacher-prev'],
      ['nextSentence', () => goSentence(sentence + 1), 'teacher-next'],
      ['nextStep', () => nextStage(), 'teacher-step']]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.id = id;
      b.textContent = t(key);
      b.addEventListener('click', run);
      nav.append(b);
    }
    head.append(h2, where, nav);
    const keys = document.createElement('p');
    keys.className = 'hint';
    keys.textContent = t('teacherKeys');
    const [from, to] = sentenceTokens(doc, sentence);
    const ol = document.createElement('ol');
    ol.className = 'stages';
    STAGES.slice(0, stage).forEach((key) => {
      const li = document.createElement('li');
      li.className = `stage ${key}`;
      const h = document.createElement('h3');
      h.textContent = t(key);
      const body = stageContent(key, from, to);
      body.dir = 'rtl';
      body.lang = 'ar';
      li.append(h, body);
      ol.append(li);
    });
    panel.replaceChildren(head, keys, ol);
  }

  function nextStage() {
    if (stage < STAGES.length) {
      stage++;
      render();
    } else goSentence(sentence + 1);
  }

  document.addEventListener('keydown', (e) => {
    if (!on || !doc || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest?.('input, textarea, select, [role="tab"], mark.ent')) return;
    const act = {
      PageDown: () => goSentence(sentence + 1),
      PageUp: () => goSentence(sentence - 1),
      ArrowLeft: () => goSentence(sentence + 1),
      ArrowRight: () => goSentence(sentence - 1),
      n: () => goEntity(1),
      p: () => goEntity(-1),
      ' ': () => nextStage(),
    }[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  });

  return {
    setOn(value) {
      on = value;
      document.body.classList.toggle('teacher', on);
      if (on && doc) goSentence(sentence, { fromStart: true });
      else {
        ctx.reader()?.highlight('sentence', null);
        render();
      }
    },
    update(next) {
      doc = next;
      sentence = 0;
      entity = -1;
      if (on) goSentence(0);
      else render();
    },
    refresh: render,
  };
}
