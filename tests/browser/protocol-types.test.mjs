// The worker protocols are typed: tsc checks the messenger, the page's and
// the library's workers' action maps (www/worker.js; www/lib/worker.js
// against WorkerActions in www/lib/worker.d.ts) and the type-level cases in
// fixtures/protocol-types.js (wrong action names and payloads must not compile). Needs www/pkg (the wasm
// module's type declarations): run ./scripts/build.sh first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './harness.mjs';

test('the worker protocol type-checks, and wrong requests do not', () => {
  const tsc = join(root, 'tests/browser/node_modules/.bin/tsc');
  const files = ['www/messenger.js', 'www/worker.js', 'www/worker-protocol.js', 'www/lib/worker.js', 'tests/browser/fixtures/protocol-types.js'];
  let out = '';
  try {
    execFileSync(tsc, ['--noEmit', '--allowJs', '--checkJs', '--skipLibCheck', '--strict', '--target', 'es2022',
      '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', ...files], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    out = `${e.stdout}${e.stderr}`;
  }
  assert.equal(out, '', 'tsc reports no error');
});

test('the panels and views type-check (tsc --checkJs, not strict)', () => {
  // views/index.js and everything it imports: the views, the glosses, the
  // exports' formats, i18n, the reader's helpers. Not --strict: the views
  // are written without null checks on elements they made themselves.
  const tsc = join(root, 'tests/browser/node_modules/.bin/tsc');
  let out = '';
  try {
    execFileSync(tsc, ['--noEmit', '--allowJs', '--checkJs', '--skipLibCheck', '--target', 'es2022',
      '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', 'www/views/index.js'], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    out = `${e.stdout}${e.stderr}`;
  }
  assert.equal(out, '', 'tsc reports no error');
});
