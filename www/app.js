// The page: loads text (file, drop, paste or the sample), asks the worker
// to analyze it, and shows the result.
import { Messenger } from './messenger.js';
import { renderReader } from './render.js';
import { renderLegend } from './legend.js';
import { decodeFile, describe, textReport } from './decode.js';
import './offline.js';

const $ = (id) => document.getElementById(id);
const worker = new Messenger(new URL('./worker.js', import.meta.url));
const status = $('status');
const workspace = document.querySelector('.workspace');

/** The largest file read whole; bigger ones are refused with a message. */
const MAX_BYTES = 100 * 1024 * 1024;

function say(message, kind = 'info') {
  status.textContent = message;
  status.dataset.kind = kind;
}

async function show(text, name, report = textReport(text)) {
  if (!text.trim()) {
    say('النص فارغ: لا شيء لتحليله.', 'error');
    return;
  }
  say(`جارٍ تحليل «${name}»…`);
  const started = performance.now();
  try {
    const analysis = await worker.request('analyze', { text });
    renderReader($('reader'), text, analysis.entities);
    renderLegend($('legend'), $('reader'), analysis.entities);
    workspace.hidden = false;
    const ms = Math.round(performance.now() - started);
    const about = describe(report);
    say(
      `«${name}»: ${analysis.tokens.starts.length} رمزًا، ${analysis.entities.length} كيانًا (${ms} م.ث).${about ? ` ${about}` : ''}`,
      report.warnings.length ? 'warning' : 'info',
    );
    document.body.dataset.state = 'analyzed';
  } catch (e) {
    say(`تعذّر التحليل: ${e.message}`, 'error');
  }
}

async function loadFile(file) {
  if (file.size > MAX_BYTES) {
    say(`الملف «${file.name}» أكبر من الحد (${MAX_BYTES / 1048576} م.ب).`, 'error');
    return;
  }
  let report;
  try {
    report = await decodeFile(file);
  } catch (e) {
    say(e.name === 'UnsupportedFile' ? e.message : `تعذّرت قراءة «${file.name}»: ${e.message}`, 'error');
    return;
  }
  await show(report.text, file.name, report);
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
