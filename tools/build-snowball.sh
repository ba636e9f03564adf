#!/usr/bin/env bash
# Generates the C sources of the Snowball stemmers the core uses (Italian and
# English, UTF-8) from Debian's own source package, and caches them outside the
# repository. Prints the directory on its last line; CMake compiles its files
# into the core, natively and for WebAssembly alike.
#
# Result (in $out): runtime/{api.c,api.h,header.h,utilities.c} and
# src_c/stem_UTF_8_{italian,english}.{c,h}. The key of the cache is the Snowball
# version and the list of languages.
set -euo pipefail

LANGUAGES="italian english"
cache_root=${ANNOTATOR_CACHE:-$HOME/.cache/annotator}
version=$(apt-cache policy libstemmer0d 2>/dev/null | awk '/Candidate:/ { print $2 }')
[ "$version" != "(none)" ] || version=""
work="$cache_root/snowball-work"

fetch_source() {
  rm -rf "$work" && mkdir -p "$work/download"
  (cd "$work/download" && { [ -n "$version" ] && apt-get source -qq "snowball=$version" >&2 \
     || apt-get source -qq snowball >&2; })
  local dir
  dir=$(find "$work/download" -maxdepth 1 -type d -name 'snowball-*' | head -n1)
  [ -n "$dir" ] || { echo "build-snowball: apt-get source snowball gave no source tree" >&2; exit 1; }
  mv "$dir" "$work/src"
}

# The Snowball compiler is built natively, only to turn the .sbl algorithms into C.
generate_c() {
  local src="$work/src" out=$1 lang
  (cd "$src" && cc -O2 -o snowball compiler/*.c >&2)
  mkdir -p "$out/src_c" "$out/runtime"
  for lang in $LANGUAGES; do
    (cd "$src" && ./snowball "algorithms/$lang.sbl" -o "$out/src_c/stem_UTF_8_$lang" \
        -eprefix "${lang}_UTF_8_" -r ../runtime -u >&2)
  done
  cp "$src"/runtime/api.c "$src"/runtime/api.h "$src"/runtime/header.h "$src"/runtime/utilities.c "$out/runtime/"
  cp "$src/COPYING" "$out/"
}

mkdir -p "$cache_root"
source_version=${version:-unknown}
key=$(printf '%s|%s' "$source_version" "$LANGUAGES" | sha256sum | cut -c1-12)
out="$cache_root/snowball-${source_version%%-*}-$key"
if [ -f "$out/src_c/stem_UTF_8_english.c" ] && [ -f "$out/runtime/api.c" ]; then
  echo "$out"; exit 0
fi
fetch_source
rm -rf "$out.tmp"
generate_c "$out.tmp"
rm -rf "$out" && mv "$out.tmp" "$out"
rm -rf "$work"
echo "$out"
