// A static file server for www/: loopback only, the right MIME types (the
// browser refuses to stream-compile wasm served as anything but
// application/wasm), no directory listings, nothing outside the root.
// Used by scripts/serve.sh and by the browser tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to the
 * server. `onResponse({ path, status, body, time })`, when given, learns of
 * every answer (`time`: when the request arrived, in epoch milliseconds).
 */
export function serve(root, port = 0, { onResponse } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const time = Date.now();
    const path = new URL(req.url, 'http://x').pathname;
    try {
      let file = normalize(join(base, decodeURIComponent(path)));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
      onResponse?.({ path, status: 200, body, time });
    } catch (e) {
      const status = e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500;
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(e.code === 'ENOENT' ? 'not found' : 'error');
      onResponse?.({ path, status, body: Buffer.alloc(0), time });
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'www', port = '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`Bayan is served at http://127.0.0.1:${server.address().port}/ (Ctrl-C to stop)`);
}
