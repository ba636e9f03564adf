#!/usr/bin/env bash
# Scores the CLI on a gold file with the shared scorer.
#   tools/eval.sh GOLD.jsonl [OUT_PRED.jsonl]
# Runs build/bin/annotate --jsonl over the gold texts (with their language), then
# ../shared/eval/score.py GOLD PRED. Prints the scorer's report and words/second.
set -euo pipefail
cd "$(dirname "$0")/.."
gold=$1
pred=${2:-$(mktemp)}
scorer=${SCORER:-../shared/eval/score.py}
words=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1])))' "$gold")
start=$(date +%s.%N)
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    g = json.loads(line)
    print(json.dumps({"id": g["id"], "text": g["text"], "lang": g.get("lang", "")}))
' "$gold" | build/bin/annotate --jsonl > "$pred"
end=$(date +%s.%N)
python3 "$scorer" "$gold" "$pred"
python3 -c "import sys; w=$words; s=$end-$start; print(f'CLI: {w} words in {s:.3f} s, {w/s:,.0f} words/s (process start and JSON I/O included)')"
