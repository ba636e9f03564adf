#!/usr/bin/env bash
# Builds everything: the native core, CLI, tests and bench (build/), ICU and the
# core for WebAssembly (build-wasm/), and the static page (build/web/).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # Emscripten's optimizer needs acorn
jobs=$(nproc)

bash tools/setup.sh

# First: the native build embeds the same ICU data as the WebAssembly one.
echo "== ICU for WebAssembly (cached in ${ANNOTATOR_CACHE:-$HOME/.cache/annotator})" >&2
icu_prefix=$(bash tools/build-icu-wasm.sh | tail -n1)

echo "== native build" >&2
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DICU_SHARED_DATA="$icu_prefix/lib/icudt72l.dat" >/dev/null
cmake --build build -j"$jobs"

echo "== WebAssembly build" >&2
emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release -DICU_WASM_PREFIX="$icu_prefix" >/dev/null
cmake --build build-wasm -j"$jobs"

echo "== static page" >&2
bash tools/build-web.sh
