#!/usr/bin/env bash
# Assembles the static page and the embed in build/web from web/ and the
# WebAssembly module in build-wasm/bin (see web/tools/build.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/web
rm -rf "$out" && mkdir -p "$out"
node web/tools/build.mjs
echo "page: $out ($(du -sb "$out" | cut -f1) bytes)" >&2
