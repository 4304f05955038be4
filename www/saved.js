// The texts open in the page, kept in this browser (IndexedDB) so that a
// reload reopens them. Only in the full page: never when the page is
// framed (an iframe shares the storage of the site that frames it, and
// that site did not ask for it), and the embedded element never loads this
// module. A text longer than MAX_KEPT is not kept; the visitor can turn
// keeping off, which forgets every kept text at once. Nothing here ever
// throws at the page: storage that is blocked, full or broken means the
// texts are simply not kept, and the caller is told why.

const DB = 'bayan';
const STORE = 'documents';
const PREF = 'bayan.keepTexts';
const CURRENT = 'bayan.currentText';

/** The longest text kept, in UTF-16 code units: 5 MB as the browser stores it. */
export const MAX_KEPT = (5 * 1024 * 1024) / 2;

/** Whether this page is inside a frame (a cross-origin parent counts). */
export function framed() {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/** Whether texts can be kept here at all: the full page, with IndexedDB. */
export function available() {
  return !framed() && typeof indexedDB !== 'undefined';
}

/** Whether texts are kept: available, and not turned off by the visitor. */
export function keeping() {
  if (!available()) return false;
  try {
    return localStorage.getItem(PREF) !== 'off';
  } catch {
    return false;
  }
}

/** Turns keeping on or off; off forgets every kept text. */
export async function setKeeping(on) {
  try {
    localStorage.setItem(PREF, on ? 'on' : 'off');
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
  if (!on) await forgetAll();
}

let opening = null;

function db() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => {
      const d = request.result;
      // Another tab deleting or upgrading the database must not wait for this one.
      d.onversionchange = () => {
        d.close();
        opening = null;
      };
      resolve(d);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('storage blocked by another tab'));
  }).catch((e) => {
    opening = null;
    throw e;
  });
  return opening;
}

/** Runs `work(store)` in one transaction; resolves to its request's result. */
async function run(mode, work) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request?.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/** A new key for a text to keep. */
export const newKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Keeps text `text` named `name` under `key`. Resolves to true when kept,
 * false when too long; rejects when the storage refuses (full, blocked).
 */
export async function keep({ key, name, text }) {
  if (text.length > MAX_KEPT) return false;
  await run('readwrite', (store) => store.put({ key, name, text, at: Date.now() }));
  return true;
}

/** The kept texts, oldest first, and the key of the one that was on screen. */
export async function kept() {
  if (!keeping()) return { texts: [], current: null };
  const texts = (await run('readonly', (store) => store.getAll())) ?? [];
  texts.sort((a, b) => a.at - b.at);
  let current = null;
  try {
    current = localStorage.getItem(CURRENT);
  } catch {
    // No memory of which was on screen: the last one opens.
  }
  return { texts, current };
}

/** Remembers which kept text is on screen. */
export function showing(key) {
  try {
    if (key) localStorage.setItem(CURRENT, key);
    else localStorage.removeItem(CURRENT);
  } catch {
    // Not remembered.
  }
}

/** Forgets one kept text. */
export async function forget(key) {
  if (key) await run('readwrite', (store) => store.delete(key));
}

/** Forgets every kept text. */
export async function forgetAll() {
  showing(null);
  if (typeof indexedDB === 'undefined') return;
  await run('readwrite', (store) => store.clear());
}
