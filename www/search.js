// Binary search over sorted columns, for every "which token/sentence/entity
// is at this offset" question the page asks.

/**
 * The first index in [0, n) for which `before(i)` is false, given that it
 * is true for a prefix and false after it (as Rust's `partition_point`).
 */
export function partition(n, before) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
