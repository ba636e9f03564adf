#!/usr/bin/env bash
# Bytes that the page and the embed download (build/web), raw and gzip -9.
#   page:  index.html style.css favicon.svg app.js (app.js carries the worker and the wasm)
#   embed: annotator.js (annotator.mjs is a 300-byte ES module wrapper around it)
set -euo pipefail
cd "$(dirname "$0")/../build/web"
report() {
  local label=$1; shift
  local total_raw=0 total_gz=0 f raw gz
  for f in "$@"; do
    raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
    printf '%-24s %10d %10d\n' "$f" "$raw" "$gz"
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  done
  printf '%-24s %10d %10d\n' "$label total" "$total_raw" "$total_gz"
}
printf '%-24s %10s %10s\n' file raw gzip
report page index.html style.css favicon.svg app.js
report embed annotator.js annotator.mjs
