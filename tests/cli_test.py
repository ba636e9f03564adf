#!/usr/bin/env python3
"""The CLI end to end: 10,000 mixed Italian/English JSON Lines round-trip with every id
kept and offsets that select the token text; bad lines give error results, not crashes."""
import json
import subprocess
import sys

CLI = sys.argv[1]

SENTENCES = [
    "La Russia ha chiesto alla Corea del Nord di vendere munizioni dell’artiglieria.",
    "L'allarme è scattato a Kiev: “droni in arrivo” 🚀.",
    "Russia's defence ministry said HIMARS strikes hit Kherson.",
    "North Korean troops were seen near Kursk, officials said.",
    "Il ministro della Difesa è arrivato a Mosca. Poi è ripartito.",
    "Москва и Пхеньян подписали договор.",
]


def utf16_slice(text, start, end):
    data = text.encode("utf-16-le")
    return data[2 * start:2 * end].decode("utf-16-le")


def check_offsets(text, result):
    raw = text.encode("utf-8")
    for tok in result["tokens"]:
        by_bytes = raw[tok["byteStart"]:tok["byteEnd"]].decode("utf-8")
        assert by_bytes == utf16_slice(text, tok["start"], tok["end"]), (text, tok)


def run(args, data):
    p = subprocess.run([CLI] + args, input=data, capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout.decode("utf-8")


def test_roundtrip():
    lines = []
    for i in range(10000):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3))
        lines.append(json.dumps({"id": f"doc-{i}", "text": text}, ensure_ascii=i % 2 == 0))
    out = run(["--jsonl", "--tokens"], ("\n".join(lines) + "\n").encode()).splitlines()
    assert len(out) == 10000, len(out)
    for i, line in enumerate(out):
        result = json.loads(line)
        assert result["id"] == f"doc-{i}", result.get("id")
        if i % 97 == 0:
            check_offsets(json.loads(lines[i])["text"], result)
    langs = {json.loads(out[i])["lang"] for i in range(6)}
    assert langs == {"it", "en"}, langs


def test_bad_lines():
    data = b'not json\n{"id": "a"}\n{"id": 7, "text": "ok"}\n\n{"id":"b","text":"x\\u0000y"}\n'
    out = [json.loads(l) for l in run(["--jsonl"], data).splitlines()]
    assert len(out) == 4, out
    assert "error" in out[0] and out[1]["id"] == "a" and "error" in out[1]
    assert out[2]["id"] == "7" and out[2]["mentions"] == []
    assert out[3]["id"] == "b"


def test_plain_text_and_invalid_utf8():
    result = json.loads(run(["--tokens"], b"Kiev \xff\xfe e Mosca"))
    assert result["invalidUtf8"] == 2
    assert result["tokens"][-1]["start"] == len("Kiev \ufffd\ufffd e ")


def test_terms_file():
    import tempfile, os
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump([{"text": "Zorglub Force", "category": "actor", "type": "group"}], f)
    try:
        result = json.loads(run(["--terms", f.name], "Zorglub Force ha colpito il villaggio.".encode()))
        found = [(m["text"], m["type"]) for m in result["mentions"]]
        assert ("Zorglub Force", "group") in found, found
        with open(f.name, "w") as g:
            g.write('{"not": "a list"}')
        p = subprocess.run([CLI, "--terms", f.name], input=b"x", capture_output=True, timeout=60)
        assert p.returncode == 2 and b"expected a JSON array" in p.stderr, p.stderr
    finally:
        os.unlink(f.name)


def main():
    tests = [test_roundtrip, test_bad_lines, test_plain_text_and_invalid_utf8, test_terms_file]
    failed = 0
    for t in tests:
        try:
            t()
            print(f"ok {t.__name__}")
        except AssertionError as e:
            failed += 1
            print(f"FAIL {t.__name__}: {e}")
    print(f"{len(tests) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
