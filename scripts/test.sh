#!/usr/bin/env bash
# Runs every test: formatting and lints, the Rust tests, the wasm binding in
# Node and the real page in Debian's Chromium. Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

./scripts/build.sh

if [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's Chromium (about a minute)"
  (apt-get update -qq || true) && apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

log "formatting and lints"
node scripts/gazetteer/validate.mjs
cargo fmt --all --check
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features wasm -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -p bayan-regex -- -D warnings

log "Rust tests"
cargo test --release

log "wasm binding and browser tests"
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
node --test tests/wasm/ tests/browser/

log "Python package and the Dask example"
./scripts/python.sh
.venv-python/bin/pytest -q -p no:cacheprovider bindings/python/tests examples
