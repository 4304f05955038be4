// The service worker: Bayan works with no network once it has loaded once.
// Every asset is cached at install under a name carrying a hash of them all
// (pkg/precache.js, generated at build time); requests are answered from
// that cache first. A new build makes a new cache: it waits until the page
// asks it to take over (the update prompt), then deletes the old caches.
importScripts('pkg/precache.js');

const { version, assets } = self.BAYAN_PRECACHE;
const PREFIX = 'bayan-';
const CACHE = PREFIX + version;

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so a new version never caches a stale file.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(assets.map((a) => new Request(a, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    // The first visit's page becomes controlled at once, so it works offline
    // without a second load.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
  if (event.data?.type === 'version') event.source?.postMessage({ type: 'version', version });
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = (await cache.match(request, { ignoreSearch: true })) ??
      (request.mode === 'navigate' ? await cache.match('./') : undefined);
    return hit ?? fetch(request);
  })());
});
