// Offline support for the page: registers the service worker (www/sw.js),
// says when the page is ready to work offline, and offers to update when a
// new version has been cached. app.js imports this module and calls
// `startOffline` after the first highlight, or at once on a page the service
// worker controls already.
// A page opened from file:// (the single-file build) cannot have a service
// worker and needs none: everything is already inside it. A page in a frame
// registers none unless the embedding site asks for it with `?offline` in
// the frame's URL: the install fetches every asset again, on the host's
// origin, for a frame that is not an app.
import { t } from './i18n-views.js';
import { framed } from './framed.js';

const slot = document.getElementById('offline');
/** Set once the visitor accepts an update: the next controller change reloads. */
let updating = false;

/** Shows interface string `key` (kept in step with a language switch). */
function show(state, key, action, ...args) {
  if (!slot) return;
  slot.dataset.state = state;
  const label = document.createElement('span');
  label.textContent = t(key, ...args);
  if (!args.length) label.dataset.i18n = key;
  slot.replaceChildren(label, ...(action ? [action] : []));
  slot.hidden = false;
}

function ready() {
  if (navigator.onLine) show('ready', 'offlineReady');
  else show('offline', 'offlineNow');
}

/** Offers the waiting worker's new version; taking it reloads the page once. */
function offer(waiting) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'update';
  button.textContent = t('updateNow');
  button.dataset.i18n = 'updateNow';
  button.addEventListener('click', () => {
    button.disabled = true;
    updating = true;
    waiting.postMessage({ type: 'skip-waiting' });
  });
  show('update', 'updateReady', button);
}

async function start() {
  const registration = await navigator.serviceWorker.register(new URL('./sw.js', import.meta.url));
  // The first install claims this page (a controller appears, no reload
  // needed); an accepted update reloads it into the new version.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) location.reload();
    else ready();
  });
  const watch = (worker) => worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
  });
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  if (navigator.serviceWorker.controller && !registration.waiting) ready();
  addEventListener('online', () => slot?.dataset.state !== 'update' && ready());
  addEventListener('offline', () => slot?.dataset.state !== 'update' && ready());
}

let started = false;

/**
 * Registers the service worker, once. Its first install fetches every
 * asset, so a page it does not control yet calls this after the first
 * highlight (or when idle), not at load; a page it controls already (a
 * later visit) at once, to show the offline state and offer updates.
 */
export function startOffline() {
  if (started) return;
  started = true;
  const served = location.protocol === 'http:' || location.protocol === 'https:';
  const wanted = !framed || new URLSearchParams(location.search).has('offline');
  if (served && wanted && 'serviceWorker' in navigator && document.documentElement.dataset.build !== 'single-file') {
    start().catch((e) => show('error', 'offlineFailed', null, e.message));
  }
}
