#!/usr/bin/env bash
# Installs everything the project needs from Debian and npm. Idempotent: a second
# run checks, finds everything present and returns in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(cmake g++ make pkg-config python3 libicu-dev nlohmann-json3-dev
  libgtest-dev emscripten chromium dpkg-dev gzip patch python3-dask python3-distributed clang)
# Node.js may come from elsewhere (the machine image has one); Debian's if it is absent.
command -v node >/dev/null && command -v npm >/dev/null || DEBIAN_PACKAGES+=(nodejs npm)

missing_packages() {
  local p
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The source packages (ICU, Snowball) need a deb-src entry. It is derived from the
# machine's own Debian entries: each deb822 stanza (or one-line "deb" entry) that
# names the Debian archive key or a Debian suite is repeated as "deb-src", so sources
# come from wherever this machine already gets its binary packages.
deb822_src_entries() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         /Types:[^\n]*deb/ && !/Types:[^\n]*deb-src/ && /debian-archive-keyring/ { sub(/Types:[^\n]*/, "Types: deb-src"); print }' "$f"
  done
}

one_line_src_entries() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -n 's/^[[:space:]]*deb[[:space:]]\(.*\(bookworm\|bullseye\|trixie\|stable\).*\)/deb-src \1/p' "$f"
  done
}

ensure_deb_src() {
  grep -rqs "^[[:space:]]*\(deb-src\|Types:.*deb-src\)" /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
  local stanzas lines
  stanzas=$(deb822_src_entries)
  lines=$(one_line_src_entries)
  if [ -z "$stanzas" ] && [ -z "$lines" ]; then
    echo "setup: no Debian entry in /etc/apt to derive a deb-src entry from" >&2
    return 1
  fi
  [ -z "$stanzas" ] || printf '%s\n' "$stanzas" | as_root tee /etc/apt/sources.list.d/annotator-deb-src.sources >/dev/null
  [ -z "$lines" ] || printf '%s\n' "$lines" | as_root tee /etc/apt/sources.list.d/annotator-deb-src.list >/dev/null
  rm -f "${ANNOTATOR_CACHE:-$HOME/.cache/annotator}/apt-updated"
}

install_debian_packages() {
  local todo
  todo=$(missing_packages)
  local stamp="${ANNOTATOR_CACHE:-$HOME/.cache/annotator}/apt-updated"
  if [ -n "$todo" ] || [ ! -f "$stamp" ]; then
    as_root apt-get update -qq
    mkdir -p "$(dirname "$stamp")" && touch "$stamp"
  fi
  if [ -n "$todo" ]; then
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $todo
  fi
}

install_npm_packages() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_deb_src
install_debian_packages
install_npm_packages
echo "setup: all dependencies present"
