#!/usr/bin/env bash
# Builds the explorer and serves www/ on http://127.0.0.1:PORT (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8080}
./scripts/build.sh
exec node scripts/serve.mjs www "$port"
