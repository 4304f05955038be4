#!/usr/bin/env bash
# Native CLI benchmarks: `bayan analyze` and `bayan analyze --jsonl`
# throughput and peak memory on the UN corpus sample repeated to each size,
# and --jsonl with --jobs 1 and 2. Medians of RUNS runs (default 3) of
# /usr/bin/time -v; MB = 2^20 bytes of UTF-8 input; "cpu MB/s" divides by
# user + system time, "wall MB/s" by the elapsed time; output goes to
# /dev/null. Usage: scripts/bench-cli.sh [SIZES_MB (default "10 100")];
# BINS="/tmp/bayan-before target/release/bayan" times several builds (an
# earlier one kept with `cp target/release/bayan /tmp/bayan-before`) on the
# same inputs, each row's builds one after another, so that they share the
# machine's moods.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"10 100"}
runs=${RUNS:-3}
corpus=${BAYAN_SHARED_DATA:-../shared/data}/un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt
[ -f "$corpus" ] || { echo "bench-cli: $corpus is absent" >&2; exit 1; }
bins=${BINS:-target/release/bayan}
[ -n "${BINS:-}" ] || cargo build --release --bin bayan >&2
work=target/bench-cli
mkdir -p "$work"

# The corpus repeated to N MB: as one text (cut at a line end) and as JSON
# Lines of its documents (the "# doc_id" blocks), ids numbered on.
make_inputs() {
  python3 - "$corpus" "$1" "$work" <<'PY'
import json, sys
corpus, mb, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
size = mb << 20
docs, cur = [], None
for line in open(corpus, encoding="utf-8"):
    if line.startswith("# doc_id = "):
        cur = [line[11:].strip(), []]; docs.append(cur); continue
    if line.startswith("# "):
        continue
    cur[1].append(line)
texts = [(i, "".join(ls)) for i, ls in docs]
with open(f"{work}/{mb}mb.txt", "w", encoding="utf-8") as t, open(f"{work}/{mb}mb.jsonl", "w", encoding="utf-8") as j:
    done, k = 0, 0
    while done < size:
        for i, text in texts:
            t.write(text); j.write(json.dumps({"id": f"{k}:{i}", "text": text}, ensure_ascii=False) + "\n")
            done += len(text.encode()); 
            if done >= size: break
        k += 1
PY
}

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# bench LABEL MB ARGS...: prints the medians
bench() {
  local label=$1 mb=$2; shift 2
  local bytes; bytes=$(stat -c %s "${@: -1}")
  : > "$work/runs"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" "$@" > /dev/null 2> "$work/stderr" || true
    cat "$work/time" >> "$work/runs"
  done
  local wall cpu rss
  wall=$(awk '{print $1}' "$work/runs" | median)
  cpu=$(awk '{print $2 + $3}' "$work/runs" | median)
  rss=$(awk '{print $4}' "$work/runs" | median)
  awk -v l="$label" -v b="$bytes" -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN {
    mb = b / 1048576
    printf "%-40s %7.1f MB  wall %6.2f s %6.1f MB/s  cpu %6.2f s %6.1f MB/s  peak %7.1f MB (%.2fx)\n", l, mb, w, mb / w, c, mb / c, r / 1024, r / 1024 / mb
  }'
}

# row LABEL MB ARGS...: the row for each build
row() {
  local label=$1; shift
  for bin in $bins; do
    bench "$label$([ "$bins" = "${bins%% *}" ] || echo " [${bin##*/}]")" "$@"
  done
}

for mb in $sizes; do
  [ -f "$work/${mb}mb.jsonl" ] || make_inputs "$mb"
  row "analyze" "$mb" analyze "$work/${mb}mb.txt"
  row "analyze --jsonl --jobs 1" "$mb" analyze --jsonl --jobs 1 "$work/${mb}mb.jsonl"
  row "analyze --jsonl --jobs 2" "$mb" analyze --jsonl --jobs 2 "$work/${mb}mb.jsonl"
done
