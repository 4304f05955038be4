"""Offsets are Python string indices, outside the Basic Multilingual
Plane too (an emoji is one code point, two UTF-16 units, four bytes)."""

import bayan


TEXT = "😀😀 قال الأمين العام أنطونيو غوتيريش في نيويورك 🇸🇦 إن وللمجلس قرارَه."


def spans(result):
    for t in result["tokens"]:
        yield t
        yield from t["segments"]
    stack = list(result["entities"])
    while stack:
        e = stack.pop()
        yield e
        stack.extend(e["inner"])
    for s in result["statements"]:
        yield s["act"]
        for part in (s["speaker"], s["object"]):
            if part is not None and "text" in part:
                yield part


def test_every_span_indexes_the_python_string():
    result = bayan.analyze(TEXT)
    checked = 0
    for record in spans(result):
        # A speaker's text may be rebuilt (an implicit one); the rest is the slice.
        if "implicit" not in record:
            assert TEXT[record["start"] : record["end"]] == record["text"], record
            checked += 1
    assert checked > 20
    place = next(e for e in result["entities"] if e["text"] == "نيويورك")
    assert place["start"] == TEXT.index("نيويورك")


def test_units_differ_after_an_emoji():
    word = "قال"
    by = {u: bayan.analyze(TEXT, offsets=u)["tokens"] for u in ("codepoint", "utf16", "byte")}
    first = {u: next(t for t in tokens if t["text"] == word)["start"] for u, tokens in by.items()}
    assert first == {"codepoint": 3, "utf16": 5, "byte": 9}


def test_segments_lie_in_their_token():
    for t in bayan.tokenize(TEXT):
        for s in t["segments"]:
            assert t["start"] <= s["start"] < s["end"] <= t["end"]
    word = next(t for t in bayan.tokenize(TEXT) if t["text"] == "وللمجلس")
    assert [(s["text"], s["kind"], s["restored"]) for s in word["segments"]] == [
        ("و", "proclitic", "و"),
        ("ل", "proclitic", "ل"),
        ("ل", "article", "ال"),
        ("مجلس", "stem", "مجلس"),
    ]
