// The page inside an iframe (docs/EMBEDDING.md). The embedding page may hand
// it a text with postMessage; only the embedding page itself is heard, and
// only from this page's own origin (a site embeds the copy it serves). It
// is told when the page listens. Texts can also come in the URL fragment
// (`#t=`, as share links carry them), which needs no script on the host.
/** Whether the page is shown inside a frame of another page. */
export const framed = window.self !== window.top;

/**
 * Calls `open(text, name)` for every `{ type: 'bayan:text', text, name? }`
 * the embedding page posts, then posts it `{ type: 'bayan:ready' }`.
 */
export function listenToParent(open) {
  if (!framed || location.origin === 'null') return;
  addEventListener('message', (e) => {
    if (e.source !== window.parent || e.origin !== location.origin) return;
    const { type, text, name } = e.data ?? {};
    if (type === 'bayan:text' && typeof text === 'string') open(text, typeof name === 'string' ? name : undefined);
  });
  // '/' delivers only to a parent of this page's origin.
  window.parent.postMessage({ type: 'bayan:ready' }, '/');
}
