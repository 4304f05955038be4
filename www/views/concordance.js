// The concordance (key word in context): a search that matches across
// diacritics, alef/ya variants and clitics, with results aligned right to
// left around the match. The matching runs in the core.
import { t, num } from '../i18n-views.js';

export function createConcordanceView(root, ctx) {
  let doc = null;
  let result = null;
  let error = null;

  const head = document.createElement('h2');
  const form = document.createElement('form');
  form.className = 'search';
  form.setAttribute('role', 'search');
  const label = document.createElement('label');
  label.htmlFor = 'kwic-query';
  const input = document.createElement('input');
  input.id = 'kwic-query';
  input.type = 'search';
  input.dir = 'rtl';
  input.lang = 'ar';
  input.autocomplete = 'off';
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'primary';
  const opt = (id, on) => {
    const l = document.createElement('label');
    const c = document.createElement('input');
    c.type = 'checkbox';
    c.id = id;
    c.checked = on;
    c.addEventListener('change', () => input.value && run());
    l.append(c, ' ', document.createElement('span'));
    return /** @type {[HTMLLabelElement, HTMLInputElement]} */ ([l, c]);
  };
  const [regexLabel, regex] = opt('kwic-regex', false);
  const [cliticsLabel, clitics] = opt('kwic-clitics', true);
  form.append(label, input, submit, regexLabel, cliticsLabel);
  const status = document.createElement('p');
  status.className = 'hint';
  status.setAttribute('role', 'status');
  const table = document.createElement('table');
  table.className = 'kwic';
  table.dir = 'rtl';
  root.append(head, form, status, table);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });

  async function run() {
    if (!doc || !input.value.trim()) return;
    const mine = doc;
    try {
      result = await ctx.worker.request('concordance', {
        docId: doc.docId,
        query: input.value,
        options: { regex: regex.checked, clitics: clitics.checked, limit: 500, context: 50 },
      });
      error = null;
    } catch (e) {
      result = null;
      error = e.message;
    }
    if (mine === doc) render();
  }

  function render() {
    head.textContent = t('viewConcordance');
    label.textContent = t('searchLabel');
    submit.textContent = t('search');
    regexLabel.querySelector('span').textContent = t('regex');
    cliticsLabel.querySelector('span').textContent = t('matchClitics');
    status.dataset.kind = error ? 'error' : '';
    if (error) {
      status.textContent = error;
      table.replaceChildren();
      return;
    }
    if (!result) {
      status.textContent = '';
      table.replaceChildren();
      return;
    }
    status.textContent = result.total === 0 ? t('noHits')
      : result.total > result.hits.length ? t('hitsShown', t('hits', result.total), num(result.hits.length))
        : t('hits', result.total);
    const thead = document.createElement('thead');
    const hr = document.createElement('tr');
    for (const k of ['before', 'match', 'after']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.className = k;
      th.textContent = t(k);
      hr.append(th);
    }
    thead.append(hr);
    const tbody = document.createElement('tbody');
    for (const h of result.hits) {
      const tr = document.createElement('tr');
      const cell = (cls, text) => {
        const td = document.createElement('td');
        td.className = cls;
        td.lang = 'ar';
        td.dir = cls === 'before' ? 'ltr' : 'rtl';
        const run = document.createElement('bdi');
        run.dir = 'rtl';
        run.textContent = text;
        td.append(run);
        return td;
      };
      const m = cell('match', '');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.textContent = h.match;
      b.addEventListener('click', () => ctx.goto(h.start, h.end));
      m.append(b);
      tr.append(cell('before', h.left), m, cell('after', h.right));
      tbody.append(tr);
    }
    table.replaceChildren(thead, tbody);
  }

  return {
    update(next) {
      doc = next;
      result = null;
      error = null;
      render();
      if (input.value) run();
    },
    search(query) {
      input.value = query;
      run();
    },
    refresh: render,
  };
}
