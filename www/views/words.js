// Words: the frequency list over normalized forms (optionally with clitics
// stripped), with the Arabic stopword list on or off, and a word cloud
// drawn as SVG by our own layout. Counting runs in the core (worker).
import { t, num } from '../i18n-views.js';
import { drawCloud } from './cloud.js';

const LIST = 200;

export function createWordsView(root, ctx) {
  let doc = null;
  let data = null;
  const options = { stripClitics: false, skipStopwords: true };

  const head = document.createElement('h2');
  const tools = document.createElement('div');
  tools.className = 'view-tools';
  const box = (key, prop) => {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `words-${prop}`;
    input.checked = options[prop];
    input.addEventListener('change', () => {
      options[prop] = input.checked;
      load();
    });
    const span = document.createElement('span');
    label.append(input, ' ', span);
    label.dataset.key = key;
    return label;
  };
  tools.append(box('stripClitics', 'stripClitics'), box('stopwords', 'skipStopwords'));
  const summary = document.createElement('p');
  summary.className = 'hint';
  const layout = document.createElement('div');
  layout.className = 'words-layout';
  const cloudBox = document.createElement('figure');
  cloudBox.className = 'cloud';
  const cloudCaption = document.createElement('figcaption');
  const table = document.createElement('table');
  table.className = 'freq';
  layout.append(cloudBox, table);
  root.append(head, tools, summary, layout);

  async function load() {
    if (!doc) return;
    const mine = doc;
    data = await ctx.worker.request('frequencies', { docId: doc.docId, options: { ...options, limit: LIST } });
    if (mine === doc) render();
  }

  function render() {
    head.textContent = t('words');
    for (const label of tools.querySelectorAll('label')) label.querySelector('span').textContent = t(label.dataset.key);
    if (!data) return;
    summary.textContent = t('wordsTotal', t('wordCount', data.total), t('formCount', data.distinct));
    const cap = document.createElement('caption');
    cap.textContent = t('words');
    const thead = document.createElement('thead');
    const hr = document.createElement('tr');
    for (const k of ['#', t('word'), t('count')]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = k;
      hr.append(th);
    }
    thead.append(hr);
    const tbody = document.createElement('tbody');
    const max = data.words[0]?.count ?? 1;
    data.words.forEach((w, i) => {
      const tr = document.createElement('tr');
      const rank = document.createElement('td');
      rank.textContent = num(i + 1);
      const word = document.createElement('td');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.lang = 'ar';
      b.textContent = w.example;
      b.title = w.key;
      b.addEventListener('click', () => ctx.search(w.key));
      word.append(b);
      const count = document.createElement('td');
      count.className = 'num';
      const bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.inlineSize = `${Math.max(2, (100 * w.count) / max)}%`;
      count.append(bar, num(w.count));
      tr.append(rank, word, count);
      tbody.append(tr);
    });
    table.replaceChildren(cap, thead, tbody);
    cloudCaption.textContent = t('cloud');
    cloudBox.replaceChildren(cloudCaption);
    drawCloud(cloudBox, data.words.slice(0, 60), (w) => ctx.search(w.key));
  }

  return {
    update(next) {
      doc = next;
      data = null;
      load();
    },
    refresh: render,
  };
}
