#!/usr/bin/env bash
# Trains the two name-tagger models committed in data/models (run after a native
# build, which compiles the lexicon the tagger uses as features):
#   Italian: KIND Wikinews train split (CC BY-NC 4.0)
#   English: WikiNEuRal (CC BY-NC-SA 4.0) plus KIND train (names cross languages)
# Never the dev or evaluation splits. Takes about 20 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
train=build/bin/train_tagger
lexicon=build/data/lexicon.bin
$train --out data/models/tagger-it.bin --bits 16 --prune 2 --epochs 10 --lexicon "$lexicon" \
  "$eval_dir/it/kind-wn-train.jsonl"
$train --out data/models/tagger-en.bin --bits 16 --prune 4 --epochs 10 --lexicon "$lexicon" \
  "$eval_dir/en/wikineural-en-train.jsonl" "$eval_dir/it/kind-wn-train.jsonl"
