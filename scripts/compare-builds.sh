#!/usr/bin/env bash
# Compares what two builds of the CLI say about the same texts: the sample
# statement, the UN corpus in ../shared/data, every file in tests/hostile/,
# and the clitic segmentation that eval-seg scores on UD PUD and NewsFANE.
# For changes that must leave outputs alone (a refactor): any difference is
# printed and the exit status is 1.
#
#   scripts/compare-builds.sh BASE [HEAD]     # commits; HEAD defaults to the work tree
#
# JSON is compared with its keys sorted, so a change of key order alone is
# not a difference (the CLI's key order is documented separately).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: scripts/compare-builds.sh BASE [HEAD]}
head=${2:-}
out=$(mktemp -d)
trap 'rm -rf "$out"; for w in "$out".base "$out".head; do git worktree remove --force "$w" 2>/dev/null || true; done' EXIT

# Builds the CLI of a commit in a worktree of its own (sharing nothing with
# this tree's target/, so neither build invalidates the other).
build() {
  local rev=$1 dir=$2
  git worktree add --detach --quiet "$dir" "$rev"
  (cd "$dir" && cargo build --release --quiet --bin bayan)
  echo "$dir/target/release/bayan"
}

base_bin=$(build "$base" "$out.base")
if [ -n "$head" ]; then
  head_bin=$(build "$head" "$out.head")
else
  cargo build --release --quiet --bin bayan
  head_bin=target/release/bayan
fi

inputs=(www/samples/oic-aleppo-statement.txt tests/hostile/*)
un=../shared/data/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt
[ -f "$un" ] && inputs+=("$un") || echo "note: $un is missing; compared without it" >&2

canonical() { python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True, ensure_ascii=False, indent=0))'; }

status=0
compare() {
  local name=$1; shift
  if ! diff -q <("$base_bin" "$@" 2>&1 | canonical 2>/dev/null || "$base_bin" "$@" 2>&1) \
               <("$head_bin" "$@" 2>&1 | canonical 2>/dev/null || "$head_bin" "$@" 2>&1) >/dev/null; then
    echo "DIFFERENT: $name ($*)"
    status=1
  fi
}

for f in "${inputs[@]}"; do
  for unit in char utf16 byte; do compare "analyze $unit" analyze "$f" --offsets "$unit"; done
  for preset in display light search strict; do compare "normalize $preset" normalize "$f" --preset "$preset" --report; done
done
# eval-seg's error lines name the rule that decided each word and the
# runner-up reading after the word, the gold and the segmentation; these
# three and the scores are what must not change (a refactor of the rules may
# rename a rule).
compare_segmentation() {
  local name=$1; shift
  if ! diff -q <("$base_bin" "$@" 2>&1 | cut -f1-3) <("$head_bin" "$@" 2>&1 | cut -f1-3) >/dev/null; then
    echo "DIFFERENT: $name ($*)"
    status=1
  fi
}
pud=../shared/data/ud_arabic_pud/ar_pud-ud-devsplit.conllu
newsfane=../shared/data/newsfane_gold/NewsFANE_Gold_2014_train.txt
[ -f "$pud" ] && compare_segmentation "eval-seg" eval-seg "$pud" --errors 1000
[ -f "$newsfane" ] && compare_segmentation "eval-seg newsfane" eval-seg --format newsfane "$newsfane" --errors 1000

[ $status -eq 0 ] && echo "same output: ${#inputs[@]} inputs × (3 offset units, 4 normalize reports) and eval-seg on PUD and NewsFANE"
exit $status
