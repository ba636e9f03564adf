#!/usr/bin/env bash
# Bytes downloaded over http (build/web), raw and gzip -9:
#   page:  index.html (its style, the worker's code and the page's script inline), favicon.svg
#   embed: annotator.js annotator.mjs
#   core:  annotator-core.wasm (code and ICU) and the shared pack (lexicon.bin, events.bin)
#   it/en: each language's pack, fetched when a text in that language comes
# A visitor who reads one language downloads page (or embed) + core + one pack.
# app-data.js (everything, for the page opened from file://) is listed apart.
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
  printf '%-24s %10d %10d\n\n' "$label total" "$total_raw" "$total_gz"
}
printf '%-24s %10s %10s\n' file raw gzip
report page index.html favicon.svg
report embed annotator.js annotator.mjs
report core annotator-core.wasm lexicon.bin events.bin
report it tagger-it.bin
report en tagger-en.bin
report file:// app-data.js
