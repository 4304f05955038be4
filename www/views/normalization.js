// The normalization view: what the chosen preset changed — each edit marked
// in the original (with the CSS Custom Highlight API, so marks never split a
// word's letters), counts per operation, and every invisible or bidi
// control found, shown as a visible badge. The report comes from the core.
import { t, num } from '../i18n-views.js';

/** The view shows the start of a long text; the counts cover all of it. */
const SHOWN = 20000;
const PRESETS = ['display', 'light', 'search', 'strict'];

export function createNormalizationView(root, ctx) {
  let doc = null;
  let preset = 'search';
  let report = null;
  let error = null;

  async function load() {
    if (!doc) return;
    const mine = doc;
    try {
      report = await ctx.worker.request('normalizeReport', { docId: doc.docId, preset });
      error = null;
    } catch (e) {
      report = null;
      error = e.message;
    }
    if (mine === doc) render();
  }

  function render() {
    const head = document.createElement('h2');
    head.textContent = t('normTitle');
    const label = document.createElement('label');
    label.textContent = `${t('normPreset')} `;
    const select = document.createElement('select');
    select.id = 'norm-preset';
    for (const p of PRESETS) {
      const o = document.createElement('option');
      o.value = p;
      o.textContent = p;
      o.selected = p === preset;
      select.append(o);
    }
    select.addEventListener('change', () => {
      preset = select.value;
      load();
    });
    label.append(select);
    root.replaceChildren(head, label);
    if (error || !report) {
      const p = document.createElement('p');
      p.className = 'hint';
      if (error) p.dataset.kind = 'error';
      p.textContent = error ?? '';
      root.append(p);
      return;
    }
    const total = document.createElement('p');
    total.className = 'norm-total';
    total.textContent = t('normEdits', report.edits.length);
    const counts = document.createElement('ul');
    counts.className = 'norm-counts';
    for (const [op, n] of Object.entries(report.counts)) {
      const li = document.createElement('li');
      li.dataset.op = op;
      const code = document.createElement('code');
      code.textContent = op;
      li.append(code, ` ${num(n)}`);
      counts.append(li);
    }
    const ctlHead = document.createElement('h3');
    ctlHead.textContent = t('normControls');
    const ctl = document.createElement('p');
    ctl.className = 'norm-controls';
    if (!report.controls.length) ctl.textContent = t('normNoControls');
    const names = new Map();
    for (const c of report.controls) names.set(c.name, (names.get(c.name) ?? 0) + 1);
    for (const [name, n] of names) {
      const b = document.createElement('span');
      b.className = 'ctl-badge';
      b.textContent = `${name} × ${num(n)}`;
      ctl.append(b, ' ');
    }
    const text = document.createElement('div');
    text.className = 'norm-text';
    // It scrolls: a stop of its own, so the keyboard can scroll it too.
    text.tabIndex = 0;
    text.setAttribute('aria-label', t('normTitle'));
    text.dir = 'rtl';
    text.lang = 'ar';
    const end = Math.min(doc.text.length, SHOWN);
    const controls = report.controls.filter((c) => c.start < end);
    let at = 0;
    /** @type {[Text, number][]} */
    const nodes = [];
    for (const c of controls) {
      const node = document.createTextNode(doc.text.slice(at, c.end));
      nodes.push([node, at]);
      const badge = document.createElement('span');
      badge.className = 'ctl-badge';
      badge.textContent = c.name;
      text.append(node, badge);
      at = c.end;
    }
    const last = document.createTextNode(doc.text.slice(at, end));
    nodes.push([last, at]);
    text.append(last);
    root.append(total, counts, ctlHead, ctl, text);
    if (end < doc.text.length) {
      const more = document.createElement('p');
      more.className = 'hint';
      more.textContent = t('tooLongForView', SHOWN);
      root.append(more);
    }
    if (globalThis.CSS?.highlights) {
      const hl = new Highlight();
      let k = 0;
      for (const e of report.edits) {
        if (e.start >= end) break;
        while (k + 1 < nodes.length && nodes[k + 1][1] <= e.start) k++;
        const [node, base] = nodes[k];
        const r = new Range();
        r.setStart(node, Math.min(node.length, e.start - base));
        r.setEnd(node, Math.min(node.length, Math.max(e.end, e.start + 1) - base));
        hl.add(r);
      }
      CSS.highlights.set('norm-edit', hl);
    }
  }

  return {
    update(next) {
      doc = next;
      report = null;
      load();
    },
    refresh: render,
  };
}
