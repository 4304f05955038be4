#!/usr/bin/env bash
# The Python package, bindings/python/, in a virtual environment of its own
# (.venv-python/; Debian's pip refuses system installs): maturin, pytest,
# Dask and pandas, then the package itself, built from this checkout in
# release mode and installed into the environment. Safe to run again: what
# is there is kept, and the package is rebuilt only if its sources changed.
#
#   scripts/python.sh                 # then: .venv-python/bin/python -c 'import bayan'
#   .venv-python/bin/pytest bindings/python/tests examples
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

VENV=.venv-python
if [ ! -x "$VENV/bin/python" ]; then
  log "making $VENV"
  python3 -m venv "$VENV"
fi
# What the build and the tests need; pinned below a major version so a
# fresh machine gets what this was tested with.
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
  'maturin>=1.9,<2' 'pytest>=8,<10' 'dask[distributed]>=2024.8' 'pandas>=2,<4'

log "building the Python package (release)"
# `maturin develop` builds the extension with cargo (incrementally: an
# unchanged core is not rebuilt) and installs it into the environment.
VIRTUAL_ENV="$PWD/$VENV" PATH="$PWD/$VENV/bin:$PATH" \
  "$VENV/bin/maturin" develop --release --quiet -m bindings/python/Cargo.toml
