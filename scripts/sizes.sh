#!/usr/bin/env bash
# Lists every page asset with its raw and brotli size.
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0 total_br=0
printf '%-40s %10s %10s\n' asset raw brotli
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  br=$(brotli -c -q 11 "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_br=$((total_br + br))
  printf '%-40s %10d %10d\n' "$f" "$raw" "$br"
done < <(find www -type f ! -name '*.d.ts' ! -name 'package.json' | sort)
printf '%-40s %10d %10d\n' total "$total_raw" "$total_br"
