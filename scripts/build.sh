#!/usr/bin/env bash
# Builds the explorer into www/pkg (and the native CLI), installing what is
# missing first. Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Debian packages the build needs (brotli, for the size report).
if ! command -v brotli >/dev/null; then
  log "installing brotli"
  (apt-get update -qq || true) && apt-get install -y -qq brotli >/dev/null
fi

# The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli at exactly the version Cargo.lock resolved for the crate:
# the two must match to the patch level. Cargo.lock exists once a build has
# run; generate it if this is a fresh clone without one.
[ -f Cargo.lock ] || cargo generate-lockfile
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  # No --locked: the CLI's own lockfile pins a crate this registry mirror
  # does not serve. Takes about 6–7 minutes once.
  log "installing wasm-bindgen-cli $want (found: ${have:-none})"
  cargo install wasm-bindgen-cli --version "$want"
fi

log "building the wasm module"
# The binding alone: no CLI, no embedded model (the worker fetches it), no
# regex engine (the page's regex search loads one of its own).
# The `wasm` profile (opt-level 2, Cargo.toml): the module is most of what
# the page fetches before its first highlight, which it fits since the rare
# clitic stems (pkg/wide/ below) and the views' CSS and strings come after it
# (docs/PERFORMANCE.md, "Rare stems after the first highlight", "Opt-level 3
# in the first download" and "The module at this round's end").
cargo build --lib --profile wasm --target wasm32-unknown-unknown --no-default-features --features wasm
wasm-bindgen --target web --remove-name-section --remove-producers-section \
  --out-dir www/pkg target/wasm32-unknown-unknown/wasm/bayan.wasm
# The generated glue carries every doc comment of the Rust API; bayan.d.ts
# keeps them for readers, and the page gets the glue minified (5.6 → 3.6 KB
# of brotli). Only generated code is minified: www/ is served as written.
[ -d scripts/single-file/node_modules/esbuild ] || npm ci --prefix scripts/single-file --no-audit --no-fund --loglevel=error
scripts/single-file/node_modules/.bin/esbuild www/pkg/bayan.js --minify --format=esm --log-level=warning \
  --outfile=www/pkg/bayan.js --allow-overwrite
log "building the regex module (the worker loads it on the first regex search)"
# The regex crate as the CLI runs it (bindings/regex/), built for size.
cargo build --lib --profile wasm-small --target wasm32-unknown-unknown -p bayan-regex
wasm-bindgen --target web --remove-name-section --remove-producers-section \
  --out-dir www/pkg/regex target/wasm32-unknown-unknown/wasm-small/bayan_regex.wasm
scripts/single-file/node_modules/.bin/esbuild www/pkg/regex/bayan_regex.js --minify --format=esm --log-level=warning \
  --outfile=www/pkg/regex/bayan_regex.js --allow-overwrite
# The entity tagger's model ships beside the module, not inside it (see
# src/wasm/model.rs); the worker fetches it.
cp src/data/ner-model.bin www/pkg/ner.model.bin
# So do the wide name lists (src/data/wide/, entities::wide::FILES), which
# the page loads after its first highlight (www/wide.js), and the rare clitic
# stems: the header of clitics-stems.tsv and its lines from "# rare stems" on
# (the module embeds the ones before, build.rs).
mkdir -p www/pkg/wide
cp src/data/wide/{cities,regions,organizations,movements,leaders}.tsv www/pkg/wide/
awk '/^# rare stems/ { rare = 1 } rare || (!body && /^#/) { print } !/^#/ { body = 1 }' \
  src/data/clitics-stems.tsv > www/pkg/wide/clitics-stems.tsv
node scripts/precache.mjs  # the service worker's asset list and version

log "building the native CLI"
cargo build --release --bin bayan

log "building the single-file page dist/bayan.html"
node scripts/single-file.mjs

./scripts/sizes.sh
