//! One sort for the core's sorts on small keys.
//!
//! Every `sort_unstable` on a type of its own, and every `sort_by` with a
//! closure of its own, is a monomorphized quicksort and small-sort family:
//! 3–11 KB of wasm each, a few KB of brotli in the page's first download.
//! The callers here pack what they sort into one key type, ties broken by
//! an index, so one copy serves them all and the order is the one a stable
//! sort would give.

/// A sort key: compared field by field, the last usually the index that
/// breaks ties.
pub(crate) type Key = (u64, u64, u64);

/// Sorts `keys` ascending. Never inlined, so every caller shares one copy.
#[inline(never)]
pub(crate) fn sort_keys(keys: &mut [Key]) {
    keys.sort_unstable();
}
