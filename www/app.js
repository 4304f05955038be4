// The page: loads text (file, drop, paste or the sample), asks the worker
// to analyze it, and shows the result.
import { Messenger } from './messenger.js';
import { renderReader } from './render.js';
import { renderLegend } from './legend.js';
import { mountUserGazetteer } from './user-gazetteer.js';
import './offline.js';

const $ = (id) => document.getElementById(id);
const worker = new Messenger(new URL('./worker.js', import.meta.url));
const status = $('status');
const workspace = document.querySelector('.workspace');

const userGazetteer = mountUserGazetteer(document.querySelector('.loader'), { onChange: () => last && show(...last) });
let last = null; // the text shown, to analyze again when the user's names change

/** The largest file read whole; bigger ones are refused with a message. */
const MAX_BYTES = 100 * 1024 * 1024;

function say(message, kind = 'info') {
  status.textContent = message;
  status.dataset.kind = kind;
}

async function show(text, name) {
  if (!text.trim()) {
    say('النص فارغ: لا شيء لتحليله.', 'error');
    return;
  }
  last = [text, name];
  say(`جارٍ تحليل «${name}»…`);
  const started = performance.now();
  try {
    const analysis = await worker.request('analyze', { text, options: userGazetteer.options() });
    renderReader($('reader'), text, analysis.entities);
    renderLegend($('legend'), $('reader'), analysis.entities);
    workspace.hidden = false;
    const ms = Math.round(performance.now() - started);
    say(`«${name}»: ${analysis.tokens.starts.length} رمزًا، ${analysis.entities.length} كيانًا (${ms} م.ث).`);
    document.body.dataset.state = 'analyzed';
  } catch (e) {
    say(`تعذّر التحليل: ${e.message}`, 'error');
  }
}

/** Decodes a file's bytes as UTF-8 (with or without BOM) or UTF-16 (BOM). */
function decode(bytes) {
  const b = new Uint8Array(bytes);
  const encoding = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: true }).decode(b);
}

async function loadFile(file) {
  if (file.size > MAX_BYTES) {
    say(`الملف «${file.name}» أكبر من الحد (${MAX_BYTES / 1048576} م.ب).`, 'error');
    return;
  }
  try {
    await show(decode(await file.arrayBuffer()), file.name);
  } catch {
    say(`الملف «${file.name}» ليس نصًا بترميز UTF-8 أو UTF-16؛ لم يُحمَّل شيء منه.`, 'error');
  }
}

$('file-input').addEventListener('change', (e) => {
  const [file] = e.target.files;
  if (file) loadFile(file);
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
  const [file] = e.dataTransfer.files;
  if (file) loadFile(file);
});
drop.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    $('file-input').click();
  }
});

$('analyze-paste').addEventListener('click', () => show($('paste-box').value, 'النص الملصق'));

$('load-sample').addEventListener('click', async () => {
  const response = await fetch(new URL('./samples/oic-aleppo-statement.txt', import.meta.url));
  show(await response.text(), 'البيان الختامي لاجتماع منظمة التعاون الإسلامي بشأن حلب');
});
