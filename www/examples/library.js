// The library example: analyze, normalize, tokenize and load a gazetteer,
// using nothing but the library entry point.
import { init, analyze, normalize, tokenize, loadGazetteer, version } from '../lib/index.js';

const $ = (id) => document.getElementById(id);

function run() {
  const text = $('text').value;
  const { entities } = analyze(text);
  $('entities').replaceChildren(...entities.map((e) => {
    const li = document.createElement('li');
    li.dataset.type = e.type;
    li.dir = 'auto';
    li.textContent = `${text.slice(e.start, e.end)} — ${e.type}${e.gloss ? ` (${e.gloss})` : ''} [${e.start}, ${e.end})`;
    return li;
  }));
  $('normalized').textContent = normalize(text, $('preset').value).text;
  const t = tokenize(text);
  $('tokens').textContent = [...t.starts].map((s, i) => `${text.slice(s, t.ends[i])}/${t.tokenKinds[t.kinds[i]]}`).join('  ');
}

function loadNames() {
  try {
    const n = loadGazetteer($('gazetteer').value, { source: 'your list' });
    $('status').textContent = `${n} name(s) loaded.`;
    run();
  } catch (e) {
    $('status').textContent = e.message;
  }
}

await init();
$('status').textContent = `Bayan ${version()} loaded.`;
$('run').addEventListener('click', run);
$('preset').addEventListener('change', run);
$('load').addEventListener('click', loadNames);
document.body.dataset.state = 'ready';
