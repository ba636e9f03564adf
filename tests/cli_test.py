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
    assert len(out) == 5, out  # one line in, one line out: the blank line too
    assert "error" in out[0] and out[1]["id"] == "a" and "error" in out[1]
    assert out[2]["id"] == "7" and out[2]["mentions"] == []
    assert out[3] == {"error": "blank line"}, out[3]
    assert out[4]["id"] == "b"


def test_deep_nesting_is_an_error_line_and_nothing_is_lost():
    deep = '{"id": ' + "[" * 70000 + "]" * 70000 + ', "text": "Mosca"}'
    shallow_id = '{"id": {"a": [1, [2]]}, "text": "Kiev"}'
    deep_meta = '{"id": "m", "meta": ' + "[" * 70000 + "]" * 70000 + ', "text": "Kiev"}'
    lines = ['{"id": "before", "text": "Mosca"}', deep, shallow_id, deep_meta, '{"id": "after", "text": "Kiev"}']
    out = [json.loads(l) for l in run(["--jsonl"], ("\n".join(lines) + "\n").encode()).splitlines()]
    assert len(out) == 5, out
    assert out[0]["id"] == "before" and out[4]["id"] == "after"
    assert "error" in out[1] and "deeper than 64" in out[1]["error"], out[1]
    assert out[2]["id"] == '{"a":[1,[2]]}' and "error" not in out[2], out[2]
    assert out[3]["id"] == "m" and "deeper than 64" in out[3]["error"], out[3]


def test_each_line_is_written_when_answered():
    p = subprocess.Popen([CLI, "--jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        p.stdin.write(b'{"id": "first", "text": "Mosca"}\n')
        p.stdin.flush()
        line = p.stdout.readline()  # before stdin is closed: not held in a buffer
        assert json.loads(line)["id"] == "first", line
    finally:
        p.stdin.close()
        p.wait(timeout=60)


def test_jsonl_decodes_lines_as_a_browser_does():
    # Invalid UTF-8 inside a string and lone surrogate escapes keep the line and its id.
    data = (b'\xef\xbb\xbf{"id": "bom", "text": "Kiev"}\n'
            b'{"id": "bad\xff", "text": "a\xc3 Kiev"}\n'
            b'{"id": "sur", "text": "\\ud800 Kiev \\udc00\\ud83d\\ude80 \\\\ud800"}\n')
    out = [json.loads(l) for l in run(["--jsonl", "--tokens"], data).splitlines()]
    assert len(out) == 3, out
    assert out[0]["id"] == "bom" and out[0]["tokens"][0]["start"] == 0, out[0]
    assert out[1]["id"] == "bad\ufffd", out[1]
    assert out[1]["tokens"][-1] == {"start": 3, "end": 7, "byteStart": 5, "byteEnd": 9}, out[1]
    assert out[2]["id"] == "sur", out[2]
    # "\ufffd Kiev \ufffd🚀 \\ud800": one unit per lone surrogate, as JavaScript counts.
    starts = [t["start"] for t in out[2]["tokens"]]
    assert starts == [0, 2, 7, 8, 11, 12], starts


def test_leading_bom_is_not_text():
    with_bom = json.loads(run(["--tokens"], b"\xef\xbb\xbfLa Russia"))
    without = json.loads(run(["--tokens"], b"La Russia"))
    assert with_bom == without, (with_bom, without)
    assert with_bom["mentions"][0]["start"] == 3


def test_only_wide_spaces_make_no_sentence():
    for text in ["\u00a0\u00a0", "\u3000", " \u2003\n\u00a0"]:
        result = json.loads(run([], text.encode()))
        assert result["sentences"] == [] and result["mentions"] == [], (text, result)
    result = json.loads(run([], "Kiev.\u00a0\u3000".encode()))
    assert result["sentences"] == [{"start": 0, "end": 5, "byteStart": 0, "byteEnd": 5}], result


def test_directory_and_missing_file_are_clear_errors():
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = subprocess.run([CLI, d], capture_output=True, timeout=60)
        assert p.returncode == 1 and b"is a directory" in p.stderr, (p.returncode, p.stderr)
        p = subprocess.run([CLI, d + "/none.txt"], capture_output=True, timeout=60)
        assert p.returncode == 1 and b"cannot open" in p.stderr, (p.returncode, p.stderr)


LIMIT = 16 << 20  # annotator::kMaxTextBytes


def test_text_over_the_limit_is_a_clear_error():
    p = subprocess.run([CLI], input=b"a" * (LIMIT + 1), capture_output=True, timeout=120)
    assert p.returncode == 1 and b"more than the 16777216" in p.stderr and not p.stdout, (p.returncode, p.stderr)
    line = b'{"id": "huge", "text": "' + b"a " * (LIMIT // 2 + 1) + b'"}\n{"id": "next", "text": "Kiev"}\n'
    out = [json.loads(l) for l in run(["--jsonl"], line).splitlines()]
    assert out[0]["id"] == "huge" and "16777216" in out[0]["error"], out[0]
    assert out[1]["id"] == "next" and "error" not in out[1]
    # A line longer than any valid one (6 bytes per escaped character) is skipped unread.
    line = b'{"id": "endless", "text": "' + b"a" * (6 * LIMIT + (1 << 20)) + b'"}\n{"id": "next", "text": "Kiev"}\n'
    out = [json.loads(l) for l in run(["--jsonl"], line).splitlines()]
    assert len(out) == 2 and "line longer than" in out[0]["error"], out[0]
    assert out[1]["id"] == "next" and "error" not in out[1]


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
        with open(f.name, "w") as g:
            json.dump([{"text": "Zorglub", "category": "actor", "type": "missile"}], g)
        p = subprocess.run([CLI, "--terms", f.name], input=b"x", capture_output=True, timeout=60)
        assert p.returncode == 1 and b"not of that category" in p.stderr, p.stderr
    finally:
        os.unlink(f.name)


def test_many_terms_load_in_linear_time():
    import tempfile, os, time
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump([{"text": f"Brigata Zorg {i}", "category": "actor", "type": "group"} for i in range(100000)], f)
    try:
        started = time.monotonic()
        result = json.loads(run(["--terms", f.name], "La Brigata Zorg 99999 ha colpito.".encode()))
        seconds = time.monotonic() - started
        assert ("Brigata Zorg 99999", "group") in [(m["text"], m["type"]) for m in result["mentions"]], result
        assert seconds < 20, seconds  # 3 minutes when each term rebuilt the index
        print(f"   100,000 terms: {seconds:.1f} s")
    finally:
        os.unlink(f.name)


def main():
    tests = [test_roundtrip, test_bad_lines, test_deep_nesting_is_an_error_line_and_nothing_is_lost,
             test_each_line_is_written_when_answered, test_jsonl_decodes_lines_as_a_browser_does,
             test_leading_bom_is_not_text, test_only_wide_spaces_make_no_sentence,
             test_directory_and_missing_file_are_clear_errors, test_text_over_the_limit_is_a_clear_error,
             test_plain_text_and_invalid_utf8, test_terms_file, test_many_terms_load_in_linear_time]
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
