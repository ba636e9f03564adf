#!/usr/bin/env bash
# Builds ICU 72 for WebAssembly from Debian's own source package and caches it
# outside the repository. Prints the install prefix on its last line.
#
# Result (in $prefix): include/unicode/*.h, lib/libicuuc.a (wasm32, built from the
# source with tools/icu/*.patch applied, see below) and
# lib/libicudata-min.a: the data items listed in ICU_DATA_ITEMS, cut from the full
# 31 MB archive with icupkg and embedded with genccode under the symbol icudt72_dat;
# lib/icudt72l.dat: the same items as one file, which the native build embeds too, so
# that native and WebAssembly segment every text alike. Its brkitr/root.res lists no
# dictionaries: Thai, Lao, Khmer, Burmese, Chinese and Japanese runs are one token each
# in both builds (the 2+ MB dictionaries do not fit the page's budget).
#
# The data holds only what the core reads: the word and sentence rules (opened
# directly, core/src/segmenter.cpp) and the NFKC_Casefold table (NFD is built
# into ICU's code). tools/icu/no-break-engines.patch (on with
# -DANNOTATOR_NO_BREAK_ENGINES=1) keeps the break iterators from asking for
# dictionary engines, of which this data has none: the boundaries are those of
# the rules, as before, and the engines, Unicode-set patterns and property tables
# they would link stay out of the WebAssembly core (about 150 KB gzip). The
# native build runs the system's ICU, unpatched, on the same data: same tokens.
#
# The key of the cache is the ICU version, the configure and compiler flags, the
# patches and the item list, so a second run on the same machine only checks
# that the result is there.
set -euo pipefail
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

ICU_VERSION=72
ICU_DATA_ITEMS="brkitr/root.res brkitr/res_index.res brkitr/word.brk brkitr/sent.brk nfkc_cf.nrm"
CONFIGURE_FLAGS="--enable-static --disable-shared --disable-tools --disable-tests --disable-samples --disable-extras --disable-icuio --disable-layoutex --disable-dyload"
CXXFLAGS_WASM="-O2 -DU_DISABLE_RENAMING=0 -DUCONFIG_NO_FILE_IO=0 -DANNOTATOR_NO_BREAK_ENGINES=1"
PATCHES=$(cd "$(dirname "$0")/icu" && pwd)

cache_root=${ANNOTATOR_CACHE:-$HOME/.cache/annotator}
BRKITR_ROOT='root{
    boundaries{
        sentence:process(dependency){"sent.brk"}
        word:process(dependency){"word.brk"}
    }
}'
key=$( (printf '%s|%s|%s|%s|%s' "$ICU_VERSION" "$CONFIGURE_FLAGS" "$CXXFLAGS_WASM" "$ICU_DATA_ITEMS" "$BRKITR_ROOT";
        cat "$PATCHES"/*.patch) | sha256sum | cut -c1-12)
prefix="$cache_root/icu-wasm-$ICU_VERSION-$key"

if [ -f "$prefix/lib/libicuuc.a" ] && [ -f "$prefix/lib/libicudata-min.a" ]; then
  echo "$prefix"; exit 0
fi

work="$cache_root/icu-work-$ICU_VERSION"
mkdir -p "$work"
cd "$work"

fetch_source() {
  if [ ! -d src ]; then
    rm -rf download && mkdir download
    (cd download && apt-get source -qq "icu=$(dpkg-query -W -f='${Version}' libicu-dev)" >&2 \
       || (cd download && apt-get source -qq icu >&2))
    local dir
    dir=$(find download -maxdepth 1 -type d -name 'icu-*' | head -n1)
    mv "$dir" src
  fi
}

build_native_tools() {
  if [ ! -x native/bin/icupkg ]; then
    rm -rf native && mkdir native
    (cd native && ../src/source/configure --disable-tests --disable-samples --disable-extras \
        --disable-icuio --disable-layoutex >&2 && make -j"$(nproc)" >&2)
  fi
}

# The patched source: src with hard links, each patched file a copy of its own
# (src itself stays as Debian ships it).
patched_source() {
  rm -rf "src-$key" && cp -al src "src-$key"
  local patch file
  for patch in "$PATCHES"/*.patch; do
    for file in $(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$patch"); do
      cp --remove-destination "src/$file" "src-$key/$file"
    done
    patch -s -d "src-$key" -p1 < "$patch" >&2
  done
}

build_wasm_library() {
  patched_source
  rm -rf "wasm-$key" && mkdir "wasm-$key"
  (cd "wasm-$key" && CXXFLAGS="$CXXFLAGS_WASM" CFLAGS="-O2" emconfigure "../src-$key/source/configure" \
    --host=wasm32-unknown-linux --with-cross-build="$work/native" $CONFIGURE_FLAGS \
    --prefix="$prefix" >&2)
  mkdir -p "wasm-$key/lib"
  (cd "wasm-$key/common" && emmake make -j"$(nproc)" >&2)
  mkdir -p "$prefix/lib" "$prefix/include/unicode"
  cp "wasm-$key/lib/libicuuc.a" "$prefix/lib/"
  cp "src-$key/source/common/unicode/"*.h "$prefix/include/unicode/"
  rm -rf "wasm-$key" "src-$key"
}

build_min_data() {
  local full items_dir
  full=$(find src/source/data/in -name "icudt${ICU_VERSION}l.dat" | head -n1)
  rm -rf data-min && mkdir -p data-min/items
  printf '%s\n' $ICU_DATA_ITEMS > data-min/items.txt
  LD_LIBRARY_PATH=native/lib native/bin/icupkg -d data-min/items -x data-min/items.txt "$full" >&2
  # The break iterators' root bundle without its "dictionaries" table (see the top).
  printf '%s\n' "$BRKITR_ROOT" > data-min/root.txt
  LD_LIBRARY_PATH=native/lib native/bin/genrb -q -d data-min/items/brkitr data-min/root.txt >&2
  LD_LIBRARY_PATH=native/lib native/bin/icupkg --ignore-deps -s data-min/items -a data-min/items.txt \
      new "data-min/icudt${ICU_VERSION}l.dat" >&2
  LD_LIBRARY_PATH=native/lib native/bin/genccode -d data-min \
      "data-min/icudt${ICU_VERSION}l.dat" >&2
  # genccode names the array after the file (icudt72l_dat); ICU looks up icudt72_dat.
  emcc -O2 -I"$prefix/include" "-Dicudt${ICU_VERSION}l_dat=icudt${ICU_VERSION}_dat" \
      -c "data-min/icudt${ICU_VERSION}l_dat.c" -o data-min/icudata.o
  emar rcs "$prefix/lib/libicudata-min.a" data-min/icudata.o
  cp "data-min/icudt${ICU_VERSION}l.dat" "$prefix/lib/"
}

fetch_source
build_native_tools
build_wasm_library
build_min_data
echo "$prefix"
