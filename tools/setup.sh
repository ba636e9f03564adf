#!/usr/bin/env bash
# Installs everything the project needs from Debian and npm. Idempotent: a second
# run checks, finds everything present and returns in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(cmake g++ make pkg-config python3 libicu-dev nlohmann-json3-dev
  libgtest-dev emscripten chromium dpkg-dev gzip)
# Node.js may come from elsewhere (the machine image has one); Debian's if it is absent.
command -v node >/dev/null && command -v npm >/dev/null || DEBIAN_PACKAGES+=(nodejs npm)

missing_packages() {
  local p
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The ICU source package needs a deb-src entry next to the machine's deb entry.
ensure_deb_src() {
  if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    as_root tee /etc/apt/sources.list.d/annotator-deb-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    rm -f "${ANNOTATOR_CACHE:-$HOME/.cache/annotator}/apt-updated"
  fi
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
