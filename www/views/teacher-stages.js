// The stages teacher mode steps through, one entry each: its title and
// one-line explanation (interface strings in i18n.js), what it needs from
// the worker before it can draw (`needs`: romanizations, the sentence's
// normalization report), and `render(s, { worker })`, which returns the
// stage's node for the current sentence — or a promise of it, for a stage
// that asks the worker for more. The stepper, the progress line, the digit
// keys and the browser tests all read this list, so a stage is added by
// adding an entry (the statement layer's «who says what» is the last).
//
// Every stage explains itself to a class that may not read Arabic: words
// carry their romanization and, where known, an English gloss; clitics
// their role in the interface language; entities their type and gloss.
// Arabic runs are lang="ar" dir="rtl", everything quoted inside a sentence
// of the other direction is isolated (<bdi> or a dir attribute).
import { t, num, currentLang } from '../i18n-views.js';
import { typeOne } from '../entity-types.js';
import { cliticRole, wordGloss, mentionGloss } from '../glosses.js';
import { visibleControls } from '../controls.js';
import { partition } from '../search.js';
import { classBadge } from '../statement-badges.js';

/** @typedef {{ doc: object, sentence: number, start: number, end: number, from: number, to: number, entity: number, roman: (s: string) => string, report: object|null }} Stage */

/** @type {{ id: string, title: string, help: string, needs: string[], render: (s: Stage, io: { worker: any }) => Node | Promise<Node> }[]} */
export const STAGES = [
  { id: 'original', title: 'stageOriginal', help: 'stageOriginalHelp', needs: ['roman'], render: original },
  { id: 'normalized', title: 'stageNormalized', help: 'stageNormalizedHelp', needs: ['norm'], render: normalized },
  { id: 'tokens', title: 'stageTokens', help: 'stageTokensHelp', needs: ['roman'], render: tokens },
  { id: 'clitics', title: 'stageClitics', help: 'stageCliticsHelp', needs: ['roman'], render: clitics },
  { id: 'entities', title: 'stageEntities', help: 'stageEntitiesHelp', needs: ['roman'], render: entities },
  { id: 'statements', title: 'stageStatements', help: 'stageStatementsHelp', needs: ['roman'], render: whoSaysWhat },
];

/** The words a stage may ask the romanization of: the sentence, its tokens, their stems and its entities. */
export function romanWords(s) {
  const { text, analysis: { tokens, forms } } = s.doc;
  const words = [text.slice(s.start, s.end)];
  for (let i = s.from; i < s.to; i++) {
    words.push(text.slice(tokens.starts[i], tokens.ends[i]));
    const segs = forms[tokens.formIds[i]].segments;
    if (segs.length > 1) words.push(...segs.filter((g) => g.kind === 'stem').map((g) => g.restored));
  }
  for (const e of sentenceEntities(s)) words.push(text.slice(e.start, e.end));
  for (const st of sentenceStatements(s)) words.push(st.act.text, ...(st.speaker ? [st.speaker.text] : []));
  return words;
}

/**
 * An element with `props` set (`data` as data-* attributes) and `children` appended.
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {(Node | string)[]} [children]
 */
const el = (tag, { data, ...props } = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, data);
  node.append(...children);
  return node;
};
const arabic = (tag, text, className) => el(tag, { className, lang: 'ar', dir: 'rtl', textContent: text });
const latin = (tag, text, className, lang = 'en') => el(tag, { className, lang, dir: 'ltr', textContent: text });
/** A romanization: Arabic in Latin letters (BCP 47 `ar-Latn`). */
const roman = (text) => latin('span', text, 't-roman', 'ar-Latn');

/** The original: its romanization in full, and what it is made of. */
function original(s) {
  const { text } = s.doc;
  const sentence = text.slice(s.start, s.end);
  const box = el('div', { className: 't-original' });
  box.append(latin('p', s.roman(sentence), 't-roman t-roman-line', 'ar-Latn'));
  return box;
}

/** Combining marks shown on a dotted circle, so a lone harakah is visible. */
const shown = (s) => (/^[\u064B-\u065F\u0670\u06D6-\u06ED\u0610-\u061A]/.test(s) ? `\u25CC${s}` : s);

/**
 * Normalization: the sentence before and after, each change marked in
 * place (letters only change or go: no space is ever added), then each
 * operation with its changes (before → after) and their counts.
 */
function normalized(s) {
  const report = s.report;
  const text = s.doc.text.slice(s.start, s.end);
  const box = el('div', { className: 't-norm' });
  if (!report.edits.length) {
    box.append(el('p', { className: 't-note', textContent: t('normNone') }));
    return box;
  }
  const before = arabic('dd', '', 't-before');
  const after = arabic('dd', '', 't-after');
  let at = 0;
  for (const e of report.edits) {
    const same = text.slice(at, e.start);
    before.append(visibleControls(same, () => {}));
    after.append(visibleControls(same, () => {}));
    before.append(el('span', { className: 'chg chg-before', title: t(`op.${e.op}`) }, [visibleControls(text.slice(e.start, e.end), () => {})]));
    if (e.replacement) after.append(el('span', { className: 'chg chg-after', title: t(`op.${e.op}`), textContent: e.replacement }));
    at = e.end;
  }
  before.append(visibleControls(text.slice(at), () => {}));
  after.append(visibleControls(text.slice(at), () => {}));
  const beforeAfter = el('dl', { className: 't-before-after' }, [
    el('dt', { textContent: t('before') }), before,
    el('dt', { textContent: t('after') }), after,
  ]);
  // Per operation: its changes, most frequent first.
  const arrow = document.documentElement.dir === 'rtl' ? '←' : '→';
  const ops = new Map();
  for (const e of report.edits) {
    const pairs = ops.get(e.op) ?? new Map();
    const key = `${text.slice(e.start, e.end)}\u0000${e.replacement}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    ops.set(e.op, pairs);
  }
  const list = el('ul', { className: 't-ops' });
  for (const [op, pairs] of ops) {
    const total = [...pairs.values()].reduce((a, b) => a + b, 0);
    const changes = el('span', { className: 't-pairs' });
    for (const [key, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      const [from, to] = key.split('\u0000');
      changes.append(el('span', { className: 't-pair' }, [
        el('bdi', { lang: 'ar', className: 'chg chg-before' }, [visibleControls(shown(from), () => {})]),
        ` ${arrow} `,
        to ? el('bdi', { lang: 'ar', className: 'chg chg-after', textContent: shown(to) }) : el('bdi', { className: 't-removed', textContent: t('removed') }),
        el('span', { className: 't-times', textContent: ` ×${num(n)}` }),
      ]));
    }
    list.append(el('li', { data: { op } }, [
      el('b', { textContent: t(`op.${op}`) }), ' ', el('bdi', { className: 't-count', textContent: `(${t('changes', total)})` }), ' ', changes,
    ]));
  }
  // The summary first: it fits the screen; the two texts follow.
  box.append(list, beforeAfter);
  return box;
}

/**
 * English for a whole token, when its stem has one: the clitics' meanings
 * around it (وفيها: "and in (her, its)"). A stem without a gloss gets none:
 * the clitics stage shows what its clitics do.
 */
function tokenGloss(form) {
  const stem = wordGloss(form);
  if (!stem || form.segments.length < 2) return stem;
  const words = [];
  for (const seg of form.segments) {
    if (seg.kind === 'stem') words.push(stem);
    else if (seg.kind === 'enclitic') words.push(`(${cliticRole(seg, 'en') ?? seg.restored})`);
    else if (seg.kind !== 'article' || !/^\d/.test(stem)) words.push(cliticRole(seg, 'en') ?? seg.restored);
  }
  return words.join(' ');
}


/** Tokens: a chip each, with romanization and gloss under the word. */
function tokens(s) {
  const { text, analysis: a } = s.doc;
  const { starts, ends, kinds, formIds } = a.tokens;
  const list = el('ol', { className: 't-chips', lang: 'ar', dir: 'rtl' });
  const current = s.entity >= 0 ? a.entities[s.entity] : null;
  const ents = sentenceEntities(s);
  for (let i = s.from; i < s.to; i++) {
    const surface = text.slice(starts[i], ends[i]);
    const kind = a.tokenKinds[kinds[i]];
    // The entity covering the token, for its colour.
    const e = ents.find((m) => m.start < ends[i] && m.end > starts[i]);
    const word = arabic(e ? 'mark' : 'span', surface, e ? `t-ar ent ent-${e.type}` : 't-ar');
    const chip = el('li', { className: `t-chip kind-${kind}` }, [word]);
    if (current && current.start < ends[i] && current.end > starts[i]) chip.classList.add('is-current');
    if (kind !== 'punct' && kind !== 'symbol') {
      const r = s.roman(surface);
      if (r && r !== surface) chip.append(roman(r));
      const gloss = tokenGloss(a.forms[formIds[i]]);
      if (gloss) chip.append(latin('span', gloss, 't-gloss'));
    }
    list.append(chip);
  }
  return list;
}

const ZWJ = '\u200D';

/** Clitics: each word taken apart, every piece with its role. */
function clitics(s) {
  const { text, analysis: a } = s.doc;
  const { starts, ends, kinds, formIds } = a.tokens;
  const lang = currentLang();
  const list = el('ol', { className: 't-chips t-clitics', lang: 'ar', dir: 'rtl' });
  for (let i = s.from; i < s.to; i++) {
    const surface = text.slice(starts[i], ends[i]);
    const form = a.forms[formIds[i]];
    const kind = a.tokenKinds[kinds[i]];
    const chip = el('li', { className: `t-chip kind-${kind}` });
    if (form.segments.length < 2) {
      chip.classList.add('whole');
      chip.append(arabic('span', surface, 't-ar'));
      list.append(chip);
      continue;
    }
    const segs = el('ol', { className: 't-segs' });
    form.segments.forEach((seg, k) => {
      // Zero-width joiners keep each piece in the shape it has in the word.
      const piece = (k > 0 ? ZWJ : '') + surface.slice(seg.start, seg.end) + (k < form.segments.length - 1 ? ZWJ : '');
      const role = seg.kind === 'stem' ? null : cliticRole(seg, lang);
      const li = el('li', { className: `t-seg seg-${seg.kind}` }, [arabic('span', piece, 't-ar')]);
      if (seg.kind === 'stem') {
        const r = s.roman(seg.restored);
        if (r) li.append(roman(r));
        const gloss = wordGloss(form);
        if (gloss) li.append(latin('span', gloss, 't-gloss'));
      } else {
        li.append(el('span', { className: 't-role', textContent: role ?? t(seg.kind), lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }));
      }
      segs.append(li);
    });
    chip.append(segs);
    list.append(chip);
  }
  return list;
}

/** The top-level entities of the sentence (any that overlaps it), found by binary search. */
export function sentenceEntities(s) {
  const all = s.doc.analysis.entities;
  const out = [];
  for (let i = partition(all.length, (k) => all[k].end <= s.start); i < all.length && all[i].start < s.end; i++) out.push(all[i]);
  return out;
}

/** Entities: each with its type, romanization and English, nested ones under their container. */
function entities(s) {
  const { text } = s.doc;
  const top = sentenceEntities(s);
  if (!top.length) return el('p', { className: 't-note', textContent: t('noEntitiesHere') });
  const current = s.entity >= 0 ? s.doc.analysis.entities[s.entity] : null;
  const list = (items) => el('ul', { className: 't-ents' }, items.map((e) => {
    const surface = text.slice(e.start, e.end);
    const row = el('li', { className: 't-ent' }, [
      el('bdi', { className: `ent-tag tag-${e.type}`, textContent: typeOne(e.type) }),
      ' ',
      el('mark', { className: `t-ar ent ent-${e.type}`, lang: 'ar', dir: 'rtl', textContent: surface }),
    ]);
    if (e === current) row.classList.add('is-current');
    // Romanization and English together, left to right, beside the Arabic.
    const english = el('span', { className: 't-latin', dir: 'ltr' });
    const r = s.roman(surface);
    if (r) english.append(roman(r));
    const gloss = mentionGloss(s.doc, e);
    if (gloss) english.append(latin('span', gloss, 't-gloss'));
    row.append(' ', english);
    if (e.inner?.length) row.append(list(e.inner));
    return row;
  }));
  return list(top);
}

/** The statements whose act lies in the sentence, in text order. */
export function sentenceStatements(s) {
  return s.doc.analysis.statements.filter((st) => st.act.start >= s.start && st.act.start < s.end);
}

/**
 * Who says what: each statement of the sentence as speaker → act → object,
 * with its class (colour, icon, label in the interface language) and its
 * negation; the act and the speaker romanized for a class that does not
 * read Arabic. The arrows point the way the interface reads.
 */
function whoSaysWhat(s) {
  const found = sentenceStatements(s);
  if (!found.length) return el('p', { className: 't-note', textContent: t(s.doc.statementsReady === false ? 'stLoading' : 'stNoneHere') });
  const lang = currentLang();
  const arrow = document.documentElement.dir === 'rtl' ? '←' : '→';
  const part = (label, node, extra) => el('div', { className: 't-st-part' }, [
    el('span', { className: 't-st-label', textContent: label }), node, ...(extra ? [extra] : []),
  ]);
  const romanOf = (text) => {
    const r = s.roman(text);
    return r ? roman(r) : null;
  };
  return el('ol', { className: 't-statements' }, found.map((st) => {
    const who = st.speaker
      ? arabic('bdi', st.speaker.text, `t-ar t-st-who${st.speaker.implicit ? ' st-implicit' : ''}`)
      : el('bdi', { className: 't-st-who st-unknown', textContent: t('stNoSpeaker') });
    const act = arabic('bdi', st.act.text, `t-ar act st-${st.class}${st.negated ? ' act-negated' : ''}`);
    const head = el('div', { className: 't-st-head' }, [classBadge(st.class, lang)]);
    if (st.negated) head.append(' ', el('span', { className: 'st-neg', textContent: t('stNegated') }));
    if (st.speaker?.implicit) head.append(' ', el('span', { className: 't-st-implicit', textContent: `${t('stSpeaker')}: ${t('stImplicit')}` }));
    const chain = el('div', { className: 't-st-chain' }, [
      part(t('stSpeaker'), who, st.speaker ? romanOf(st.speaker.text) : null),
      el('span', { className: 't-st-arrow', textContent: arrow, ariaHidden: 'true' }),
      part(t('stAct'), act, romanOf(st.act.text)),
    ]);
    if (st.object) {
      chain.append(
        el('span', { className: 't-st-arrow', textContent: arrow, ariaHidden: 'true' }),
        part(t('stObject'), arabic('bdi', st.object.text, 't-ar t-st-what')),
      );
    }
    const li = el('li', { className: `t-statement st-${st.class}` }, [head, chain]);
    li.dataset.class = st.class;
    return li;
  }));
}
