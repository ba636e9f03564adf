#!/usr/bin/env bash
# Bytes of everything the page downloads (build/web), raw and gzip -9.
set -euo pipefail
cd "$(dirname "$0")/../build/web"
total_raw=0 total_gz=0
for f in *; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
  printf '%-24s %10d %10d\n' "$f" "$raw" "$gz"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done
printf '%-24s %10d %10d\n' "total" "$total_raw" "$total_gz"
