#!/usr/bin/env bash
# Assembles the static page in build/web from web/ and the WebAssembly module.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/web
rm -rf "$out" && mkdir -p "$out"
cp web/*.html web/*.css web/*.mjs "$out/"
cp build-wasm/bin/annotator.mjs build-wasm/bin/annotator-core.mjs build-wasm/bin/annotator-wasm.mjs "$out/"
echo "page: $out ($(du -sb "$out" | cut -f1) bytes)" >&2
