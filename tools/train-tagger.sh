#!/usr/bin/env bash
# Trains the two name-tagger models committed in data/models (run after a native
# build, which compiles the lexicon the tagger uses as features):
#   Italian: KIND Wikinews train split (CC BY-NC 4.0)
#   English: CoNLL-2003 train (Reuters news: research and non-commercial use),
#            WikiNEuRal (CC BY-NC-SA 4.0) and KIND train (names cross languages)
# Never the dev or evaluation splits. Takes about 2 minutes.
# Settings (2^18 buckets; Italian keeps every feature and weight, English the
# features seen at least 3 times and weights of at least 2, to fit the page's
# size budget; 12 and 10 epochs; the mean of 3 runs with different document
# orders, which moves less with the seed than one run) were chosen with
# train_tagger --dev on the dev splits, which it never learns from.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
train=build/bin/train_tagger
lexicon=build/data/lexicon.bin
$train --out data/models/tagger-it.bin --bits 18 --min-count 1 --prune 0 --epochs 12 --runs 3 --lexicon "$lexicon" \
  "$eval_dir/it/kind-wn-train.jsonl"
$train --out data/models/tagger-en.bin --bits 18 --min-count 3 --prune 2 --epochs 10 --runs 3 --lexicon "$lexicon" \
  "$eval_dir/en/conll03-train.jsonl" "$eval_dir/en/wikineural-en-train.jsonl" "$eval_dir/it/kind-wn-train.jsonl"
