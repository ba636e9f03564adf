#!/usr/bin/env bash
# README command (2): set up, build, and run every test: CTest (C++, the CLI, the
# role sentences, the Dask batch job), Node (the WebAssembly module against the CLI,
# the lexicon self-check), headless Chromium (the page and the embed), then the C++
# and CLI tests again under ASan/UBSan and a short libFuzzer run (tools/sanitize.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh

echo "== CTest" >&2
ctest --test-dir build --output-on-failure -j"$(nproc)"

echo "== Node and Chromium" >&2
node --test --test-reporter=spec tests/js/ tools/lexicon/

echo "== Sanitizers and fuzzing" >&2
bash tools/sanitize.sh
