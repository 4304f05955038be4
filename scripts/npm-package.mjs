#!/usr/bin/env node
// Builds the npm package `bayan-arabic` from www/ (after ./scripts/build.sh):
//
//   node scripts/npm-package.mjs            # → dist/bayan-arabic-VERSION.tgz
//
// The package holds exactly what its entry points need: starting from the
// files www/package.json exports, every module they import (statically or
// with import()), every file they open with `new URL('…', import.meta.url)`
// (the worker, the stylesheets, the wasm module, the entity model), and the
// type declarations beside them — found by reading the files, so a new
// import cannot be left out. Then NOTICE, the licences, docs/EMBEDDING.md
// as its README, and www/package.json. tests/browser/package.test.mjs
// installs the tarball and checks that every import resolves inside it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const www = join(root, 'www');
const stage = join(root, 'dist', 'npm');

/**
 * The files a module or stylesheet refers to, as written: import and export
 * sources, import(), `new URL('…', import.meta.url)`, and in CSS url() and
 * @import. Type declarations: their import and `import('…')` sources.
 */
export function references(path, source) {
  const found = [];
  const scan = (re, url) => {
    for (const m of source.matchAll(re)) {
      // A URL without a scheme is relative (`bayan_bg.wasm`); an import
      // specifier without ./ names a package.
      found.push(url && !/^([a-z][a-z0-9+.-]*:|[./#])/i.test(m[1]) ? `./${m[1]}` : m[1]);
    }
  };
  if (path.endsWith('.css')) {
    scan(/@import\s+['"]([^'"]+)['"]/g, true);
    scan(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g, true);
  } else {
    scan(/\b(?:import|export)\s*[\w*${}\s,]+?\s*from\s*['"]([^'"]+)['"]/g, false);
    scan(/\bimport\s*['"]([^'"]+)['"]/g, false);
    scan(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, false);
    scan(/\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g, true);
  }
  return found.filter((ref) => !/^(data:|#)/.test(ref));
}

/** Every file of www/ that `entries` need, as paths relative to www/. */
export function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    if (!existsSync(join(www, file))) throw new Error(`npm-package: ${file} is needed but missing (run ./scripts/build.sh first?)`);
    // A folder (`new URL('../pkg/wide/', import.meta.url)`): every file in it.
    if (file.endsWith('/')) {
      for (const f of readdirSync(join(www, file)).sort()) queue.push(posix.join(file, f));
      continue;
    }
    seen.add(file);
    // A module's declarations travel with it.
    const types = file.replace(/\.js$/, '.d.ts');
    if (types !== file && existsSync(join(www, types))) queue.push(types);
    if (!/\.(m?js|d\.ts|css)$/.test(file)) continue;
    for (const ref of references(file, readFileSync(join(www, file), 'utf8'))) {
      if (!ref.startsWith('.')) throw new Error(`npm-package: ${file} imports ${ref}, which is not a file of the package`);
      let target = posix.normalize(posix.join(posix.dirname(file), ref));
      if (target.startsWith('..')) throw new Error(`npm-package: ${file} refers to ${ref}, outside www/`);
      // A declaration's `./x.js` means x.d.ts (or x.js, which brings it).
      if (file.endsWith('.d.ts') && target.endsWith('.js') && existsSync(join(www, target.replace(/\.js$/, '.d.ts')))) {
        target = target.replace(/\.js$/, '.d.ts');
      }
      queue.push(target);
    }
  }
  return [...seen].sort();
}

/** The files package.json's `exports` name, relative to www/. */
function exported(manifest) {
  const out = [];
  const visit = (v) => (typeof v === 'string' ? out.push(v.replace(/^\.\//, '')) : Object.values(v).forEach(visit));
  visit(manifest.exports);
  return out;
}

function build() {
  const manifest = JSON.parse(readFileSync(join(www, 'package.json'), 'utf8'));
  const files = closure(exported(manifest).filter((f) => f !== 'package.json'));
  rmSync(stage, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    copyFileSync(join(www, file), join(stage, file));
  }
  // wasm-bindgen's declarations use Symbol.dispose, which a project's lib
  // (es2022, say) may not declare: they name the lib that does.
  for (const glue of [join(stage, 'pkg', 'bayan.d.ts'), join(stage, 'pkg', 'regex', 'bayan_regex.d.ts')]) {
    writeFileSync(glue, `/// <reference lib="esnext.disposable" />\n${readFileSync(glue, 'utf8')}`);
  }
  for (const file of ['NOTICE', 'LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(root, file), join(stage, file));
  copyFileSync(join(root, 'docs', 'EMBEDDING.md'), join(stage, 'README.md'));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', join(root, 'dist')], {
    cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  }));
  const tarball = join(root, 'dist', packed.filename);
  console.error(`npm-package: ${posix.join('dist', packed.filename)} (${packed.entryCount} files, ${packed.size} bytes)`);
  return tarball;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(build());
export { build };
