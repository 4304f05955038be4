// The npm package as a site gets it: built by scripts/npm-package.mjs,
// installed from its tarball into a project of its own, then
//   - every module, stylesheet and declaration in it refers only to files
//     inside it, and it ships NOTICE with a licence expression covering every
//     licence NOTICE names;
//   - its declarations compile under `tsc --strict`, with no skipLibCheck;
//   - in Node, init() reads the wasm and the model from the package's own
//     files (the model finds names the lists and rules alone miss) and says
//     what failed when it cannot; the raw binding's concordance searches by
//     regex with the package's regex module;
//   - in a page under a strict CSP header, the element, the library and the
//     library's worker work from the installed copy.
// Needs www/pkg (./scripts/build.sh) and the typescript package of tests/browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, sep } from 'node:path';
import { launch, foreign, root, pageErrors } from './harness.mjs';
import { build, references } from '../../scripts/npm-package.mjs';
import { CSP } from './embed-host.mjs';

/** A statement in which the model finds a name (سامر الخطيب) that the lists and rules miss. */
const NEWS = 'وقال المتحدث باسم الحكومة سامر الخطيب إن الوزير التقى رئيس الشركة فادي الحلبي في عمّان. ' +
  'وأكدت الناشطة ريم العلي أن جمعية النور الخيرية ستواصل عملها في قرية المزرعة.';
const PERSONS = ['سامر الخطيب', 'فادي الحلبي', 'ريم العلي'];

let project;
let pkg;
before(() => {
  const tarball = build();
  project = mkdtempSync(join(tmpdir(), 'bayan-package-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, stdio: 'inherit' });
  pkg = join(project, 'node_modules', 'bayan-arabic');
});
after(() => rmSync(project, { recursive: true, force: true }));

const walk = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [relative(pkg, join(dir, e.name)).split(sep).join('/')]));

test('every import, worker, stylesheet, wasm and model file resolves inside the installed package', () => {
  const files = new Set(walk(pkg));
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const missing = [];
  for (const file of files) {
    if (!/\.(js|css|d\.ts)$/.test(file)) continue;
    for (const ref of references(file, readFileSync(join(pkg, file), 'utf8'))) {
      assert.ok(ref.startsWith('.'), `${file} imports ${ref}, not a file of the package`);
      const target = posix.normalize(posix.join(posix.dirname(file), ref));
      const typed = file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target;
      // A folder (`new URL('../pkg/wide/', import.meta.url)`) is there when files are in it.
      const folder = ref.endsWith('/') && [...files].some((f) => f.startsWith(target));
      if (!files.has(target) && !files.has(typed) && !folder) missing.push(`${file} → ${ref}`);
    }
  }
  assert.deepEqual(missing, []);
  const exported = [];
  const visit = (v) => (typeof v === 'string' ? exported.push(v.slice(2)) : Object.values(v).forEach(visit));
  visit(manifest.exports);
  for (const f of exported) assert.ok(files.has(f), `${f} is exported but not in the package`);
  for (const f of ['bayan-explorer.js', 'i18n.js', 'controls.js', 'decode.js', 'lib/worker.js', 'pkg/bayan_bg.wasm', 'pkg/ner.model.bin', 'pkg/regex/bayan_regex_bg.wasm', 'wide.js', 'pkg/wide/cities.tsv', 'pkg/wide/leaders.tsv', 'NOTICE']) {
    assert.ok(files.has(f), `${f} is in the package`);
  }
  assert.ok(![...files].some((f) => f === 'index.html' || f.startsWith('examples/') || f.startsWith('views/') || f === 'app.js'), 'not the page');
});

test('the licence expression covers every licence NOTICE names', () => {
  const { license } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const notice = readFileSync(join(pkg, 'NOTICE'), 'utf8');
  const spdx = [[/MIT licence|Apache License 2\.0/, 'MIT OR Apache-2.0'], [/CC BY-SA 3\.0/, 'CC-BY-SA-3.0'], [/CC BY-SA 4\.0/, 'CC-BY-SA-4.0'],
    [/CC BY 4\.0/, 'CC-BY-4.0'], [/CC BY 3\.0/, 'CC-BY-3.0'], [/Unicode License v3/, 'Unicode-3.0'], [/CC0/, 'CC0-1.0']];
  const named = spdx.filter(([re]) => re.test(notice)).map(([, id]) => id);
  assert.ok(named.length >= 4, `NOTICE names ${named}`);
  for (const id of named) assert.ok(license.includes(id), `${id} is in "${license}"`);
  assert.match(license, /^\(MIT OR Apache-2\.0\)( AND [A-Za-z0-9.-]+)+$/, 'an SPDX expression');
});

test('the declarations compile under tsc --strict in a project that uses them', () => {
  writeFileSync(join(project, 'site.ts'), `
import { init, analyze, analyzeColumns, normalize, PRESETS, type Analysis, type AnalysisColumns, type Preset } from 'bayan-arabic';
import type { WorkerActions, WorkerRequest, WorkerReply } from 'bayan-arabic/worker';
import type { BayanAnalyzedDetail, BayanEntityClickDetail, BayanErrorDetail, BayanStatementClickDetail } from 'bayan-arabic/element';
import 'bayan-arabic/element';
import initWasm, { analyze as analyzeRaw, TextDocument, type Concordance } from 'bayan-arabic/wasm';
import initRegex, { compile } from 'bayan-arabic/regex';

const light: Preset = 'light';
export const presets: readonly Preset[] = PRESETS;
export async function run(text: string): Promise<number> {
  await init(undefined, { model: false });
  const columns: AnalysisColumns = analyzeColumns(text);
  const objects: Analysis = analyze(text, {});
  normalize(text, light);
  return columns.entities.starts.length + objects.entities.length;
}
export const request: WorkerRequest<'analyzeColumns'> = { id: 1, action: 'analyzeColumns', payload: { text: 'حلب' } };
export function read(reply: WorkerReply<'analyzeColumns'>): number {
  return reply.error === undefined ? reply.result.tokens.starts.length : -1;
}
export type Actions = keyof WorkerActions;
const el = document.createElement('bayan-explorer');
el.preset = 'light';
el.addEventListener('bayan-analyzed', (e) => { const d: BayanAnalyzedDetail = e.detail; console.log(d.entities.length, d.source); });
el.addEventListener('bayan-entity-click', (e) => { const d: BayanEntityClickDetail = e.detail; console.log(d.normalized); });
el.addEventListener('bayan-statement-click', (e) => { const d: BayanStatementClickDetail = e.detail; console.log(d.index, d.class, d.act.text, d.speaker?.text, d.object?.end, d.negated); });
el.addEventListener('bayan-analyzed', (e) => { console.log(e.detail.statements.map((s) => s.rules.speaker)); });
el.addEventListener('bayan-error', (e) => { const d: BayanErrorDetail = e.detail; console.log(d.kind, d.message); });
export const raw = () => initWasm().then(() => analyzeRaw('حلب', {}));
export async function kwic(text: string): Promise<Concordance> {
  await Promise.all([initWasm(), initRegex()]);
  return new TextDocument(text, undefined).concordance('^سوري', { regex: true }, compile);
}
`);
  const tsc = join(root, 'tests/browser/node_modules/.bin/tsc');
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['node16', 'node16']]) {
    // No skipLibCheck: the package's own declarations are checked too.
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], module, moduleResolution },
      files: ['site.ts'],
    }));
    let out = '';
    try {
      execFileSync(tsc, ['-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    } catch (e) {
      out = `${e.stdout}${e.stderr}`;
    }
    assert.equal(out, '', `tsc --strict, --moduleResolution ${moduleResolution}`);
  }
});

/** Runs `code` as a module in the project, in Node; resolves to what it prints. */
const node = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' }).trim();

test('in Node, init() reads the wasm and the model from the package; a file it cannot read is named', () => {
  const persons = (options) => node(`
    import { init, analyze } from 'bayan-arabic';
    await init(undefined, ${options});
    console.log(analyze(${JSON.stringify(NEWS)}).entities.filter((e) => e.type === 'PERSON').length);`);
  assert.equal(persons('{}'), '3', 'with the model');
  assert.equal(persons('{ model: false }'), '2', 'without it, explicitly');
  const failed = (args) => node(`
    import { init } from 'bayan-arabic';
    await init(${args}).then(() => console.log('loaded'), (e) => console.log(e.message));`);
  assert.match(failed("undefined, { model: new URL('file:///nowhere/ner.model.bin') }"),
    /^bayan: could not read the entity model from file:\/\/\/nowhere\/ner\.model\.bin: ENOENT/);
  assert.match(failed("new URL('file:///nowhere/bayan_bg.wasm')"), /^bayan: could not read the wasm core from file:\/\/\/nowhere\/bayan_bg\.wasm: ENOENT/);
});

test('in Node, init() loads the wide name lists from the package unless told not to', () => {
  // Aarhus is only in the wide list of cities (src/data/wide/cities.tsv).
  const text = 'وصل الوفد إلى آرهوس صباح الأحد.';
  const places = (options) => node(`
    import { init, analyze } from 'bayan-arabic';
    await init(undefined, ${options}).then(() => console.log(analyze(${JSON.stringify(text)}).entities.map((e) => e.id).join(' ')), (e) => console.log(e.message));`);
  assert.equal(places('{}'), 'city-aarhus weekday-sun', 'with the lists, as the CLI');
  assert.equal(places('{ wide: false }'), 'weekday-sun', 'without them, explicitly');
  assert.match(places("{ wide: new URL('file:///nowhere/') }"),
    /^bayan: could not load the wide name lists \(cities\.tsv: bayan: could not read the wide name list cities\.tsv from file:\/\/\/nowhere\/cities\.tsv: ENOENT/);
});

test("in Node, the raw binding's concordance searches by regex with the package's regex module", () => {
  const found = node(`
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    import { initSync, TextDocument } from 'bayan-arabic/wasm';
    import { initSync as initRegex, compile } from 'bayan-arabic/regex';
    const file = (name) => readFileSync(createRequire(import.meta.url).resolve(name));
    initSync({ module: file('bayan-arabic/bayan_bg.wasm') });
    initRegex({ module: file('bayan-arabic/regex_bg.wasm') });
    const doc = new TextDocument(${JSON.stringify(NEWS)}, undefined);
    const { total, hits } = doc.concordance('^ال.*ي$', { regex: true }, compile);
    let refused;
    try { doc.concordance('(', { regex: true }, compile); } catch (e) { refused = e.message; }
    console.log(JSON.stringify({ total, hits: hits.map((h) => h.match), refused }));`);
  const { total, hits, refused } = JSON.parse(found);
  assert.equal(total, hits.length);
  // The search is over normalized words: التقى's final ى is read as ي.
  assert.deepEqual(hits, ['التقى', 'الحلبي', 'العلي'], 'words that start with ال and end with ي');
  assert.match(refused, /unclosed group/);
});

test('in a page under a strict CSP: the element, the library and its worker from the installed copy', async () => {
  const files = {
    '/element.html': `<!doctype html><meta charset="utf-8"><title>element</title>
      <script type="module" src="/element-events.js"></script>
      <script type="module" src="/node_modules/bayan-arabic/bayan-explorer.js"></script>
      <bayan-explorer id="el" lang="en" text="${NEWS}"></bayan-explorer>`,
    // The analysis that stays: the one with the wide name lists.
    '/element-events.js': `document.addEventListener('bayan-analyzed', (e) => e.detail.wide && (window.settled = true));`,
    '/library.html': '<!doctype html><meta charset="utf-8"><title>library</title><script type="module" src="/library.js"></script>',
    '/library.js': `import { init, analyze } from '/node_modules/bayan-arabic/lib/index.js';
      await init();
      window.persons = analyze(${JSON.stringify(NEWS)}).entities.filter((e) => e.type === 'PERSON').length;`,
    '/worker.html': '<!doctype html><meta charset="utf-8"><title>worker</title><script type="module" src="/worker-client.js"></script>',
    '/worker-client.js': `const worker = new Worker('/node_modules/bayan-arabic/lib/worker.js', { type: 'module' });
      worker.onmessage = ({ data }) => (window.reply = data);
      worker.postMessage({ id: 7, action: 'analyzeColumns', payload: { text: ${JSON.stringify(NEWS)} } });`,
    '/favicon.ico': '',
  };
  const env = await launch({ dir: project, files, headers: () => ({ 'content-security-policy': CSP }) });
  try {
    const page = await env.context.newPage();
    const errors = pageErrors(page);

    await page.goto(`${env.origin}/element.html`);
    await page.waitForFunction(() => window.settled && document.getElementById('el').analysis);
    assert.deepEqual(await page.locator('#el mark.ent-PERSON').evaluateAll((ms) => ms.map((m) => m.textContent)), PERSONS, 'the model is loaded');
    assert.equal(await page.$eval('#el', (el) => getComputedStyle(el.shadowRoot.querySelector('.legend')).display), 'flex', 'its stylesheets load');

    await page.goto(`${env.origin}/library.html`);
    await page.waitForFunction(() => window.persons !== undefined);
    assert.equal(await page.evaluate(() => window.persons), 3);

    await page.goto(`${env.origin}/worker.html`);
    await page.waitForFunction(() => window.reply);
    const reply = await page.evaluate(() => {
      const { id, error, result } = window.reply;
      return { id, error, persons: [...result.entities.types].filter((t) => result.entityTypes[t] === 'PERSON').length };
    });
    assert.deepEqual(reply, { id: 7, error: undefined, persons: 3 });
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign(env.requests, env.origin), []);
    assert.ok(existsSync(join(pkg, 'pkg/ner.model.bin')));
    assert.ok(env.requests.some((u) => u.endsWith('/node_modules/bayan-arabic/pkg/ner.model.bin')), 'the model was loaded');
  } finally {
    await env.close();
  }
});
