// Offline support for the page: registers the service worker (www/sw.js),
// says when the page is ready to work offline, and offers to update when a
// new version has been cached. Imported once by app.js for its effects.
// A page opened from file:// (the single-file build) cannot have a service
// worker and needs none: everything is already inside it.

const slot = document.getElementById('offline');
/** Set once the visitor accepts an update: the next controller change reloads. */
let updating = false;

function show(state, text, action) {
  if (!slot) return;
  slot.dataset.state = state;
  const label = document.createElement('span');
  label.textContent = text;
  slot.replaceChildren(label, ...(action ? [action] : []));
  slot.hidden = false;
}

function ready() {
  show(navigator.onLine ? 'ready' : 'offline',
    navigator.onLine ? '✓ جاهز للعمل دون اتصال' : '✓ دون اتصال: يعمل من النسخة المحفوظة');
}

/** Offers the waiting worker's new version; taking it reloads the page once. */
function offer(waiting) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'update';
  button.textContent = 'حدِّث الآن';
  button.addEventListener('click', () => {
    button.disabled = true;
    updating = true;
    waiting.postMessage({ type: 'skip-waiting' });
  });
  show('update', 'نسخة جديدة من بيان جاهزة.', button);
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

const served = location.protocol === 'http:' || location.protocol === 'https:';
if (served && 'serviceWorker' in navigator && document.documentElement.dataset.build !== 'single-file') {
  start().catch((e) => show('error', `تعذّر تفعيل العمل دون اتصال: ${e.message}`));
}
