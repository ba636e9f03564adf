#!/usr/bin/python3
"""Annotates a folder of JSON Lines (or CSV) files on a Dask cluster.

    batch/annotate_batch.py INPUT_DIR OUTPUT_DIR [--workers N] [--scheduler ADDRESS]

Every *.jsonl file under INPUT_DIR is cut into partitions of about --blocksize bytes
at line ends (dask.bag.read_text); every *.csv file (a header with a "text" column,
"id" and "lang" optional; quoted fields may hold line breaks) is one partition. Each
partition runs through the CLI (`annotate --jsonl`) on a worker, and its results go to
OUTPUT_DIR/part-NNNNN.jsonl: one result line per input record, in input order within a
partition, so every input id appears exactly once (a record the CLI cannot read gets an
{"error", "id"} line; blank lines are no records). A task that fails or whose worker dies
is run again by Dask and rewrites its whole part file.

Without --scheduler, a LocalCluster of --workers processes (one thread each: the CLI
does the work) runs on this machine. With --scheduler tcp://HOST:8786, the job runs on
that cluster: every worker must see INPUT_DIR and OUTPUT_DIR at the same paths (a shared
file system) and have the CLI at --cli (see batch/README.md).

Debian's Python (/usr/bin/python3) with python3-dask and python3-distributed.
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

ROOT = Path(__file__).resolve().parent.parent


def annotate_records(lines, cli, cli_args):
    """The CLI's result line for each record line (the partition's lines, in order)."""
    records = [line.rstrip("\r\n") for line in lines if line.strip()]
    if not records:
        return []
    # read_text decoded with surrogateescape: the CLI gets the file's own bytes back.
    data = ("\n".join(records) + "\n").encode("utf-8", "surrogateescape")
    done = subprocess.run([cli, "--jsonl", *cli_args], input=data, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{cli} exited with {done.returncode}: {done.stderr.decode(errors='replace')[:500]}")
    results = done.stdout.decode("utf-8").splitlines()
    if len(results) != len(records):
        raise RuntimeError(f"{cli} answered {len(results)} lines for {len(records)} records")
    return results


def csv_records(path):
    """The rows of a CSV file as JSON Lines records ({"id", "text", "lang"?})."""
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = csv.DictReader(io.StringIO(text))
    if rows.fieldnames is None or "text" not in rows.fieldnames:
        raise ValueError(f"{path}: a CSV file needs a header with a \"text\" column")
    lines = []
    for number, row in enumerate(rows, start=1):
        record = {"id": row.get("id") or f"{Path(path).name}:{number}", "text": row["text"] or ""}
        if row.get("lang"):
            record["lang"] = row["lang"]
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def input_bag(input_dir, blocksize):
    jsonl = sorted(str(p) for p in Path(input_dir).rglob("*.jsonl"))
    csvs = sorted(str(p) for p in Path(input_dir).rglob("*.csv"))
    if not jsonl and not csvs:
        raise SystemExit(f"annotate_batch: no *.jsonl or *.csv file under {input_dir}")
    bags = []
    if jsonl:
        bags.append(db.read_text(jsonl, blocksize=blocksize, encoding="utf-8", errors="surrogateescape"))
    if csvs:
        bags.append(db.from_delayed([dask.delayed(csv_records)(p) for p in csvs]))
    return db.concat(bags), jsonl + csvs


def run(args):
    cli = str(Path(args.cli).resolve()) if Path(args.cli).exists() else args.cli
    cli_args = ["--lang", args.lang] if args.lang else []
    output = Path(args.output_dir)
    output.mkdir(parents=True, exist_ok=True)
    for old in output.glob("part-*.jsonl"):
        old.unlink()  # parts of an earlier run would mix with this one's
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    with client:
        started = time.monotonic()
        bag, files = input_bag(args.input_dir, args.blocksize)
        results = bag.map_partitions(annotate_records, cli, cli_args)
        results.to_textfiles(str(output / "part-*.jsonl"), name_function=lambda i: f"{i:05d}",
                             encoding="utf-8", last_endline=True)
        seconds = time.monotonic() - started
        if not args.scheduler:
            cluster.close()
    parts = sorted(output.glob("part-*.jsonl"))
    lines = sum(1 for p in parts for line in open(p, encoding="utf-8") if line.strip())
    size = sum(os.path.getsize(f) for f in files)
    print(f"annotate_batch: {len(files)} files, {size:,} bytes, {bag.npartitions} partitions -> {lines:,} results "
          f"in {len(parts)} parts, {seconds:.1f} s ({lines / seconds:,.0f} records/s, {size / seconds / 1e6:.2f} MB/s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input_dir")
    parser.add_argument("output_dir")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="LocalCluster worker processes")
    parser.add_argument("--blocksize", default="4MiB", help="bytes of JSON Lines per partition (default 4MiB)")
    parser.add_argument("--cli", default=str(ROOT / "build" / "bin" / "annotate"), help="the annotate CLI")
    parser.add_argument("--lang", choices=["it", "en"], help="force the language of every record")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
