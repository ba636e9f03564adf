#!/usr/bin/env bash
# The C++ tests and the CLI tests under AddressSanitizer and UndefinedBehaviorSanitizer
# (clang, build-asan/), then a short libFuzzer run of each fuzz target in tests/fuzz
# (annotate, a --jsonl line, the lexicon and tagger-model loaders). Called by
# tools/check.sh; FUZZ_SECONDS (default 30) per target, FUZZ_TARGETS which ones.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
seconds=${FUZZ_SECONDS:-30}
targets=${FUZZ_TARGETS:-annotate jsonl loaders}
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -fsanitize=fuzzer-no-link"

echo "== ASan/UBSan build (build-asan)" >&2
icu_prefix=$(bash tools/build-icu-wasm.sh | tail -n1)
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Sanitize -DANNOTATOR_FUZZ=ON \
  -DICU_SHARED_DATA="$icu_prefix/lib/icudt72l.dat" \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build build-asan -j"$(nproc)" --target core_tests annotate fuzz_annotate fuzz_jsonl fuzz_loaders

echo "== CTest under ASan/UBSan" >&2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -E batch_dask

echo "== libFuzzer, ${seconds} s per target" >&2
seeds=build-asan/fuzz-seeds
rm -rf "$seeds" && mkdir -p "$seeds"/annotate "$seeds"/jsonl "$seeds"/loaders
node -e '
  const { writeFileSync } = require("fs");
  const { TEXTS } = require("./tests/fuzz/seeds.json");
  TEXTS.forEach((t, i) => {
    writeFileSync(`${process.argv[1]}/annotate/${i}`, "\x00" + t);
    writeFileSync(`${process.argv[1]}/jsonl/${i}`, JSON.stringify({ id: `s${i}`, text: t, lang: i % 2 ? "en" : "it" }));
  });' "$seeds"
head -c 4096 build-asan/data/lexicon.bin > "$seeds"/loaders/lexicon
head -c 4096 data/models/tagger-it.bin > "$seeds"/loaders/tagger
for target in $targets; do
  corpus=build-asan/fuzz-corpus/$target
  mkdir -p "$corpus"
  max_len=4096
  [ "$target" = loaders ] && max_len=16384
  build-asan/bin/fuzz_$target -max_total_time="$seconds" -max_len=$max_len -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 "$corpus" "$seeds/$target" 2>build-asan/fuzz-$target.log \
    || { tail -n 60 build-asan/fuzz-$target.log; echo "fuzz_$target: failed (input saved in ./crash-*)" >&2; exit 1; }
  grep -h "stat::number_of_executed_units" build-asan/fuzz-$target.log | sed "s/^/fuzz_$target: /" >&2
done
