// The worker protocol is typed: tsc checks the messenger, the worker's
// action map and the type-level cases in fixtures/protocol-types.js (wrong
// action names and payloads must not compile). Needs www/pkg (the wasm
// module's type declarations): run ./scripts/build.sh first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './harness.mjs';

test('the worker protocol type-checks, and wrong requests do not', () => {
  const tsc = join(root, 'tests/browser/node_modules/.bin/tsc');
  const files = ['www/messenger.js', 'www/worker.js', 'www/worker-protocol.js', 'tests/browser/fixtures/protocol-types.js'];
  let out = '';
  try {
    execFileSync(tsc, ['--noEmit', '--allowJs', '--checkJs', '--skipLibCheck', '--strict', '--target', 'es2022',
      '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', ...files], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    out = `${e.stdout}${e.stderr}`;
  }
  assert.equal(out, '', 'tsc reports no error');
});
