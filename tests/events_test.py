#!/usr/bin/env python3
"""The event test sentences (tests/data/events-*.jsonl) through the CLI.

An expected event is found when an output event of its type has a trigger that
overlaps the expected trigger word; it passes when its modality matches and every
expected argument (actor, recipient, instrument, location: exact texts) is an
argument of that event with that role (or that argument's mention is those words:
"Hezbollah positions" names Hezbollah; or that argument is those words followed by a
complement: "colonnelli della guardia di Stato" names "colonnelli", or lowercase modifiers before
it: "crowded market" names "market", or an article: "The Netherlands" names "Netherlands"), the dead / injured counts
match, and the source is the expected words (or null: "source": null) when one is given. A
sentence passes when all its expected events pass and no category listed under
"absent" is found.

usage: events_test.py CLI [FILE...] [--all | --min-passing N] [--verbose] [--metrics]
  --all      exit non-zero unless every sentence passes
  --min-passing N   exit non-zero when fewer than N sentences pass (the floor reached
             so far, while the extractor catches up with the sentences; the goal is --all)
  --metrics  also print, per language: the share of expected events whose category
             is found, and of those, the share whose actor is right (the figures the
             held-out evaluation reports)
"""
import json
import pathlib
import subprocess
import sys

DATA = pathlib.Path(__file__).parent / "data"
ROLES = ("actor", "recipient", "instrument", "location")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def trigger_span(text, word, near=0):
    """UTF-16 span of the first occurrence of word at or after character near."""
    at = text.find(word, near)
    if at < 0:
        at = text.find(word)
    start = utf16_len(text[:at])
    return start, start + utf16_len(word)


def annotate(cli, items):
    lines = "".join(json.dumps({"id": it["id"], "text": it["text"], "lang": it["lang"],
                                **({"date": it["date"]} if "date" in it else {})}) + "\n" for it in items)
    out = subprocess.run([cli, "--jsonl"], input=lines.encode(), capture_output=True, check=True)
    results = {r["id"]: r for r in map(json.loads, out.stdout.decode().splitlines())}
    for r in results.values():  # each argument with the text of its mention, when it has one
        for ev in r["events"]:
            for a in ev["arguments"]:
                if "mention" in a:
                    a["mention_text"] = r["mentions"][a["mention"]]["text"]
    return results


def find_event(expected, result, text):
    start, end = trigger_span(text, expected["trigger"])
    for ev in result["events"]:
        t = ev["trigger"]
        if ev["type"] == expected["type"] and t["start"] < end and start < t["end"]:
            return ev
    return None


def argument_texts(ev, role):
    return [a["text"] for a in ev["arguments"] if a["role"] == role]


# Words that open a complement after a head noun ("colonnelli della guardia", "the
# crew of the ship"): an argument that is the expected words plus such a complement
# still names the expected party (its head), as head-match scoring counts it.
COMPLEMENT_OPENERS = {"di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "of"}


def names(argument, want):
    if argument == want:
        return True
    # An article kept in the name ("The Netherlands", as news corpora often annotate it).
    if argument in ("The " + want, "the " + want):
        return True
    # Lowercase modifiers before the same head ("crowded market" names "market").
    if argument.endswith(" " + want) and argument[:-len(want) - 1].islower():
        return True
    if not argument.startswith(want + " "):
        return False
    rest = argument[len(want) + 1:]
    first = rest.split(" ", 1)[0].lower()
    return first in COMPLEMENT_OPENERS or first.startswith("dell'")


def has_argument(ev, role, want):
    return any(names(a["text"], want) or a.get("mention_text") == want
               for a in ev["arguments"] if a["role"] == role)


def check_event(expected, ev):
    problems = []
    if ev["modality"] != expected.get("modality", "asserted"):
        problems.append(f"modality {ev['modality']}, expected {expected.get('modality', 'asserted')}")
    for role in ROLES:
        for want in expected.get(role, []):
            if not has_argument(ev, role, want):
                problems.append(f"{role} {want!r} missing; {role}s: {argument_texts(ev, role)}")
    for count in ("dead", "injured"):
        if count in expected and ev.get(count) != expected[count]:
            problems.append(f"{count} {ev.get(count)}, expected {expected[count]}")
    if "source" in expected:
        got = ev["source"]["text"] if ev.get("source") else None
        want = expected["source"]
        if not (got == want or (got and want and names(got, want))):
            problems.append(f"source {got!r}, expected {want!r}")
    return problems


def check(item, result):
    problems = []
    for expected in item.get("events", []):
        ev = find_event(expected, result, item["text"])
        if ev is None:
            found = [(e["type"], e["trigger"]["text"]) for e in result["events"]]
            problems.append(f"no {expected['type']} at {expected['trigger']!r}; found {found}")
            continue
        problems += [f"{expected['type']} {expected['trigger']!r}: {p}" for p in check_event(expected, ev)]
    for category in item.get("absent", []):
        wrong = [e["trigger"]["text"] for e in result["events"] if e["type"] == category]
        if wrong:
            problems.append(f"{category} should not be found (at {wrong})")
    return problems


def metrics(items, results):
    """Per language: category found, and actor right among those found."""
    out = {}
    for item in items:
        m = out.setdefault(item["lang"], {"events": 0, "found": 0, "with_actor": 0, "actor_right": 0})
        for expected in item.get("events", []):
            m["events"] += 1
            ev = find_event(expected, results[item["id"]], item["text"])
            types = {e["type"] for e in results[item["id"]]["events"]}
            if expected["type"] in types:
                m["found"] += 1
            if expected.get("actor"):
                m["with_actor"] += 1
                if ev and all(has_argument(ev, "actor", a) for a in expected["actor"]):
                    m["actor_right"] += 1
    return out


def main(argv):
    cli = argv[1]
    files = [pathlib.Path(a) for a in argv[2:] if not a.startswith("--") and not a.isdigit()]
    files = files or sorted(DATA.glob("events-*.jsonl"))
    items = [json.loads(line) for f in files for line in f.open(encoding="utf-8") if line.strip()]
    results = annotate(cli, items)
    failed = 0
    for item in items:
        problems = check(item, results[item["id"]])
        if problems:
            failed += 1
            print(f"FAIL {item['id']}: {item['text']}")
            for p in problems:
                print(f"   {p}")
        elif "--verbose" in argv:
            print(f"ok   {item['id']}")
    print(f"{len(items) - failed} passed, {failed} failed")
    if "--metrics" in argv:
        for lang, m in sorted(metrics(items, results).items()):
            print(f"{lang}: category found {m['found']}/{m['events']} = {m['found'] / max(m['events'], 1):.3f}; "
                  f"actor right {m['actor_right']}/{m['with_actor']} = {m['actor_right'] / max(m['with_actor'], 1):.3f}")
    if "--min-passing" in argv:
        floor = int(argv[argv.index("--min-passing") + 1])
        return 1 if len(items) - failed < floor else 0
    return 1 if failed and "--all" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
