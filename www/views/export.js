// Export: the document in the formats other tools read, a print button
// (style.css has the print stylesheet), and a share link whose fragment
// carries the text itself, deflated — so sharing needs no server and the
// text never leaves the visitor's machine except in the link they copy.
import { cliJson, entitiesCsv, statementsCsv, frequenciesCsv, conll, annotatedHtml, paletteCss } from '../formats.js';
import { t, said, retell } from '../i18n-views.js';

/** Longest link we offer; browsers and chat apps cut longer ones. */
const MAX_LINK = 2 * 1024 * 1024;

export function createExportView(root, ctx) {
  let doc = null;

  const base = () => (doc?.name ?? 'bayan').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60) || 'bayan';

  function download(parts, type, ext) {
    const url = URL.createObjectURL(new Blob(parts, { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${base()}.${ext}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** @type {[string, string, () => void][]} */
  const ACTIONS = [
    ['export-json', 'exportJson', () => download(cliJson(doc), 'application/json', 'json')],
    ['export-entities', 'exportEntitiesCsv', () => download(entitiesCsv(doc), 'text/csv;charset=utf-8', 'entities.csv')],
    ['export-statements', 'exportStatementsCsv', () => download(statementsCsv(doc), 'text/csv;charset=utf-8', 'statements.csv')],
    ['export-freq', 'exportFreqCsv', async () => {
      const f = await ctx.worker.request('frequencies', { docId: doc.docId, options: { skipStopwords: false } });
      download(frequenciesCsv(f), 'text/csv;charset=utf-8', 'frequencies.csv');
    }],
    ['export-conll', 'exportConll', () => download(conll(doc), 'text/plain;charset=utf-8', 'conll')],
    ['export-html', 'exportHtml', async () => download(annotatedHtml(doc, await paletteCss()), 'text/html;charset=utf-8', 'html')],
    ['export-print', 'print', () => window.print()],
  ];

  const share = document.createElement('input');
  share.id = 'share-link';
  share.readOnly = true;
  share.dir = 'ltr';
  share.hidden = true;
  const shareNote = document.createElement('p');
  shareNote.className = 'hint';
  shareNote.setAttribute('role', 'status');

  async function makeLink() {
    const packed = await deflate(doc.text);
    if (packed.length > MAX_LINK) {
      shareNote.textContent = said('linkTooLong', Math.round(packed.length / 1024));
      return;
    }
    share.value = `${location.origin}${location.pathname}#t=${packed}`;
    share.hidden = false;
    share.select();
    try {
      await navigator.clipboard.writeText(share.value);
      shareNote.textContent = said('copied');
    } catch {
      shareNote.textContent = said('linkReady');
    }
  }

  function render() {
    const head = document.createElement('h2');
    head.textContent = t('exportTitle');
    const grid = document.createElement('div');
    grid.className = 'export-grid';
    for (const [id, key, run] of ACTIONS) {
      const b = document.createElement('button');
      b.type = 'button';
      b.id = id;
      b.textContent = t(key);
      b.addEventListener('click', () => doc && run());
      grid.append(b);
    }
    const shareBox = document.createElement('div');
    shareBox.className = 'share';
    const sb = document.createElement('button');
    sb.type = 'button';
    sb.id = 'share-button';
    sb.className = 'primary';
    sb.textContent = t('shareLink');
    sb.addEventListener('click', () => doc && makeLink());
    const help = document.createElement('p');
    help.className = 'hint';
    help.textContent = t('shareHelp');
    // The note, said in the language of its time, is said again in the new one.
    shareNote.textContent = retell(shareNote.textContent);
    shareBox.append(sb, help, share, shareNote);
    root.replaceChildren(head, grid, shareBox);
  }
  render();

  return {
    update(next) {
      doc = next;
      share.hidden = true;
      shareNote.textContent = '';
    },
    refresh: render,
  };
}

/** base64url of the deflate-raw compressed UTF-8 text. */
export async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text carried by a share link's fragment (`#t=…`), or null. */
export async function inflate(fragment) {
  const b64 = fragment.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(await new Response(stream).arrayBuffer());
}
