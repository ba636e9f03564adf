#!/usr/bin/python3
"""The Dask batch job on a LocalCluster of 2 workers, on small data cut into many
partitions: every input id comes out exactly once, with the CLI's own result.

    tests/batch_test.py CLI
"""
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CLI = sys.argv[1]
BATCH = Path(__file__).resolve().parent.parent / "batch" / "annotate_batch.py"

SENTENCES = [
    "La Russia ha chiesto alla Corea del Nord di vendere munizioni dell’artiglieria.",
    "Russia's defence ministry said HIMARS strikes hit Kherson.",
    "L'allarme è scattato a Kiev: “droni in arrivo” 🚀.",
    "North Korean troops were seen near Kursk, officials said.",
]


def write_inputs(folder):
    """Input files; returns the ids the output must hold, each once."""
    ids = []
    with open(folder / "a.jsonl", "wb") as f:
        f.write(b"\xef\xbb\xbf")  # a byte-order mark before the first record
        for i in range(300):
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3))
            f.write(json.dumps({"id": f"a-{i}", "text": text}, ensure_ascii=i % 2 == 0).encode() + b"\n")
            ids.append(f"a-{i}")
            if i == 100:
                f.write(b"\n")  # blank: no record
            if i == 150:
                f.write(b'{"id": "bad-utf8", "text": "Kiev \xff Mosca"}\n')
                ids.append("bad-utf8")
            if i == 200:
                f.write(b"not json at all\n")  # a record without an id: an error line
    (folder / "sub").mkdir()
    with open(folder / "sub" / "b.jsonl", "w", encoding="utf-8") as f:
        for i in range(200):
            f.write(json.dumps({"id": i, "text": SENTENCES[i % len(SENTENCES)], "lang": "en"}) + "\n")
            ids.append(str(i))
    with open(folder / "sub" / "c.csv", "w", encoding="utf-8", newline="") as f:
        f.write('id,text,lang\n')
        for i in range(20):
            f.write(f'c-{i},"{SENTENCES[i % len(SENTENCES)]}\nSecond line, with a comma.",it\n')
            ids.append(f"c-{i}")
    return ids


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs, output = tmp / "in", tmp / "out"
        inputs.mkdir()
        expected_ids = write_inputs(inputs)
        run = subprocess.run([sys.executable, str(BATCH), str(inputs), str(output), "--workers", "2",
                              "--blocksize", "4KiB", "--cli", CLI], capture_output=True, text=True, timeout=600)
        print(run.stdout.strip())
        assert run.returncode == 0, run.stderr[-3000:]
        results = [json.loads(line) for p in sorted(output.glob("part-*.jsonl")) for line in open(p, encoding="utf-8")]
        assert len(list(output.glob("part-*.jsonl"))) > 5, "the data was meant to make many partitions"
        ids = collections.Counter(r.get("id") for r in results)
        assert ids.pop(None) == 1, "the one record without an id"
        assert ids == collections.Counter(expected_ids), set(ids) ^ set(expected_ids)
        # The same result as the CLI gives for the same lines.
        direct = subprocess.run([CLI, "--jsonl"], input=(inputs / "a.jsonl").read_bytes(), capture_output=True,
                                check=True).stdout.decode().splitlines()
        by_id = {json.loads(line).get("id"): line for line in direct}
        batch = {r.get("id"): json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in results}
        for key in ["a-0", "a-150", "bad-utf8", "a-299"]:
            assert json.loads(by_id[key]) == json.loads(batch[key]), key
        csv_result = next(r for r in results if r.get("id") == "c-1")
        assert csv_result["lang"] == "it" and len(csv_result["sentences"]) == 2, csv_result
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main()
