#!/usr/bin/env bash
# README command (1): set up, build, and serve the page on 127.0.0.1.
# The CLI is built too: build/bin/annotate.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
echo "CLI: build/bin/annotate --help   (echo 'La Russia vuole droni.' | build/bin/annotate)"
echo "Page (Ctrl-C to stop):"
exec node tools/serve.mjs build/web "${PORT:-8080}"
