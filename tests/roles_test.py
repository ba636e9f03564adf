#!/usr/bin/env python3
"""The hand-annotated role sentences (tests/data/roles-*.jsonl) through the CLI.

A sentence passes when every expected mention is found with its exact span,
category and type; when the entity's canonical name matches for countries and
persons (the names the lexicons and the person grouping give), and for any
mention that gives an `entity_name`; when every `same_as` pair shares an entity
and no `not_same_as` pair does; and when no `absent` string is a mention.

usage: roles_test.py CLI [--min-passing N] [--verbose]
Prints each failing sentence with its reasons, then 'N passed, M failed'. It exits
non-zero when fewer than N sentences pass: N is the floor reached so far, raised
as the recogniser improves (the goal is all of them).
"""
import json
import pathlib
import subprocess
import sys

DATA = pathlib.Path(__file__).parent / "data"
NAMED_TYPES = {"country", "person"}


def occurrence_start(text, needle, n):
    start = -1
    for _ in range(n):
        start = text.find(needle, start + 1 if start >= 0 else 0)
        if start < 0:
            return -1
    return start


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def check(sentence, result):
    text = sentence["text"]
    mentions = {(m["start"], m["end"]): m for m in result["mentions"]}
    entities = {e["id"]: e for e in result["entities"]}
    problems, entity_of_text = [], {}
    for exp in sentence["expect"]:
        at = occurrence_start(text, exp["text"], exp.get("occurrence", 1))
        start = utf16_len(text[:at])
        span = (start, start + utf16_len(exp["text"]))
        m = mentions.get(span)
        if m is None:
            near = [x["text"] for x in result["mentions"] if x["start"] < span[1] and span[0] < x["end"]]
            problems.append(f"missing {exp['text']!r} ({exp['category']}/{exp['type']}); found {near}")
            continue
        if (m["category"], m["type"]) != (exp["category"], exp["type"]):
            problems.append(f"{exp['text']!r}: {m['category']}/{m['type']}, expected {exp['category']}/{exp['type']}")
        entity = entities.get(m.get("entity"))
        entity_of_text.setdefault(exp["text"], m.get("entity"))
        if "name" in exp and exp["type"] in NAMED_TYPES and entity and entity["name"] != exp["name"]:
            problems.append(f"{exp['text']!r}: entity name {entity['name']!r}, expected {exp['name']!r}")
        if "same_as" in exp and entity_of_text.get(exp["same_as"]) != m.get("entity"):
            problems.append(f"{exp['text']!r} not grouped with {exp['same_as']!r}")
        if "entity_name" in exp and (not entity or entity["name"] != exp["entity_name"]):
            problems.append(f"{exp['text']!r}: entity name {entity and entity['name']!r}, expected {exp['entity_name']!r}")
        if "not_same_as" in exp and entity_of_text.get(exp["not_same_as"]) == m.get("entity"):
            problems.append(f"{exp['text']!r} grouped with {exp['not_same_as']!r}")
    for absent in sentence.get("absent", []):
        if any(m["text"] == absent for m in result["mentions"]):
            problems.append(f"{absent!r} should not be a mention")
    return problems


def main():
    cli = sys.argv[1]
    sentences = [json.loads(l) for f in sorted(DATA.glob("roles-*.jsonl")) for l in f.open(encoding="utf-8")]
    # --all: every sentence must pass; --min-passing N: at least N (to track progress).
    if "--all" in sys.argv:
        floor = len(sentences)
    else:
        floor = int(sys.argv[sys.argv.index("--min-passing") + 1]) if "--min-passing" in sys.argv else 0
    lines = "".join(json.dumps({"id": s["id"], "text": s["text"], "lang": s["lang"]}) + "\n" for s in sentences)
    out = subprocess.run([cli, "--jsonl"], input=lines.encode(), capture_output=True, check=True).stdout
    results = [json.loads(l) for l in out.decode().splitlines()]
    passed = 0
    for s, r in zip(sentences, results):
        problems = check(s, r)
        if problems:
            print(f"FAIL {s['id']}: " + "; ".join(problems))
        else:
            passed += 1
    failed = len(sentences) - passed
    print(f"role sentences: {passed} of {len(sentences)} pass (floor {floor})")
    print(f"{passed} passed, {failed} failed")
    sys.exit(0 if passed >= floor else 1)


if __name__ == "__main__":
    main()
