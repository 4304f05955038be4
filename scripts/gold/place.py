#!/usr/bin/env python3
"""Places and checks the mentions of the entity gold, so no offset is typed by hand.

    python3 scripts/gold/place.py [--data ../shared/data] [--gold tests/gold/entities] [--check]
    python3 scripts/gold/place.py --show SOURCE DOC_ID     # the text, one line a sentence
    python3 scripts/gold/place.py --render SOURCE DOC_ID   # the text with its mentions marked

A mention row is `doc_id<TAB>start<TAB>end<TAB>level<TAB>TYPE<TAB>surface`. Write a
new row with `-` for start and end (or `+K` for start: the K-th match) and this
script finds the surface: a level-0 row after the previous level-0 mention of
its document (rows in text order), a level-1 row inside the level-0 mention
before it, after its previous level-1 sibling. A match must start a word (or
follow proclitics و ف ب ل ك) and end one; when none does, the first bare
match is taken and a warning printed. Every row is then checked (surface equals
the text at its offsets, top-level rows never overlap, a level-1 row lies in a
TITLE/EVENT/LAW/QUOTE), rows are sorted, and each file is rewritten unless --check.
"""

import argparse
import os
import re
import sys

import texts

TYPES = ["PERSON", "ORG", "LOC", "DATE", "NUMBER", "EVENT", "LAW", "TITLE", "QUOTE"]
CONTAINERS = {"TITLE", "EVENT", "LAW", "QUOTE"}
NESTED = {"PERSON", "ORG", "LOC", "DATE"}
PROCLITICS = set("وفبلك")


def is_word_char(c):
    return c.isalnum() or "\u0610" <= c <= "\u061a" or "\u064b" <= c <= "\u065f" or c == "\u0640"


def starts_word(text, i):
    j = i
    while j > 0 and text[j - 1] in PROCLITICS and i - j < 3:
        j -= 1
        if j == 0 or not is_word_char(text[j - 1]):
            return True
    return i == 0 or not is_word_char(text[i - 1])


def ends_word(text, i):
    return i == len(text) or not is_word_char(text[i])


def find(text, surface, lo, hi, nth):
    """The nth (1-based) word-bounded match of surface in text[lo:hi], else (first bare match, True)."""
    bare, seen, at = None, 0, lo
    while True:
        i = text.find(surface, at, hi)
        if i < 0 or i + len(surface) > hi:
            break
        if bare is None:
            bare = i
        if starts_word(text, i) and ends_word(text, i + len(surface)):
            seen += 1
            if seen == nth:
                return i, False
        at = i + 1
    return bare, True


MARKS = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}


def find_unmarked(text, surface, lo, hi):
    """(start, end) of surface in text[lo:hi] with diacritics and tatweel ignored on both sides."""
    keep = [i for i in range(lo, hi) if text[i] not in MARKS]
    bare = "".join(text[i] for i in keep)
    want = "".join(c for c in surface if c not in MARKS)
    k = bare.find(want)
    while k >= 0 and not (starts_word(text, keep[k]) and ends_word(text, keep[k + len(want) - 1] + 1)):
        k = bare.find(want, k + 1)
    if k < 0 or not want:
        return None
    end = keep[k + len(want) - 1] + 1
    while end < hi and text[end] in MARKS:
        end += 1
    return keep[k], end


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f.read().split("\n"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 6:
                sys.exit(f"{path}:{n}: expected 6 tab-separated columns, got {len(cols)}: {line!r}")
            rows.append([n] + cols)
    return rows


def read_documents(gold):
    docs = []
    with open(os.path.join(gold, "documents.tsv"), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.strip() and not line.startswith("#"):
                source, doc_id, half = line.split("\t")
                docs.append((source, doc_id, half))
    return docs


def place_file(path, source, texts_, order, check_only):
    rows = read_rows(path)
    errors, warnings = [], []
    by_doc = {}
    for row in rows:
        by_doc.setdefault(row[1], []).append(row)
    for doc_id in by_doc:
        if (source, doc_id) not in order:
            errors.append(f"{path}: document {doc_id} is not listed in documents.tsv")
    placed = []
    for doc_id, doc_rows in by_doc.items():
        try:
            text = texts_.get(source, doc_id)
        except (KeyError, IndexError, OSError, ValueError) as e:
            errors.append(f"{path}: document {doc_id}: cannot rebuild its text ({e})")
            continue
        cursor, container, inner_cursor = 0, None, 0
        for n, _, start, end, level, kind, surface in doc_rows:
            where = f"{path}:{n} ({doc_id} {kind} {surface!r})"
            if level not in ("0", "1") or kind not in TYPES:
                errors.append(f"{where}: bad level {level!r} or type {kind!r}")
                continue
            if start == "-" or start.startswith("+"):
                nth = int(start[1:]) if start.startswith("+") else 1
                lo, hi = (cursor, len(text)) if level == "0" else (inner_cursor, container[1] if container else 0)
                i, loose = find(text, surface, lo, hi, nth)
                if i is None and nth == 1 and find_unmarked(text, surface, lo, hi):
                    i, j = find_unmarked(text, surface, lo, hi)
                    warnings.append(f"{where}: taken as {text[i:j]!r} (diacritics differ)")
                    surface, loose = text[i:j], False
                if i is None:
                    errors.append(f"{where}: not found after offset {lo}")
                    continue
                if loose:
                    warnings.append(f"{where}: matched inside a word at {i}: …{text[max(0, i - 15):i + len(surface) + 15]}…")
                start, end = i, i + len(surface)
            else:
                start, end = int(start), int(end)
            if text[start:end] != surface:
                errors.append(f"{where}: text at {start}-{end} is {text[start:end]!r}")
            if level == "0":
                cursor, container, inner_cursor = end, (start, end, kind), start
            else:
                if container is None or not (container[0] <= start and end <= container[1]):
                    errors.append(f"{where}: a level-1 mention outside the level-0 mention before it")
                elif container[2] not in CONTAINERS:
                    errors.append(f"{where}: nested in a {container[2]}, which holds no mentions")
                elif kind not in NESTED and container[2] != "QUOTE":
                    errors.append(f"{where}: a {kind} is not nested (only names and dates, or a quoted name)")
                inner_cursor = end
            placed.append((doc_id, start, end, level, kind, surface))
    # Sort by document order, then start, containers before what they hold.
    rank = {d: k for k, d in enumerate(d for s, d in order if s == source)}
    placed.sort(key=lambda r: (rank.get(r[0], 1 << 30), r[1], r[3], -r[2]))
    last_top = {}
    seen = set()
    for doc_id, start, end, level, kind, surface in placed:
        if (doc_id, start, end, level, kind) in seen:
            errors.append(f"{path}: duplicate row {doc_id} {start} {end} {level} {kind} {surface!r}")
        seen.add((doc_id, start, end, level, kind))
        if level == "0":
            prev = last_top.get(doc_id)
            if prev and start < prev[1]:
                errors.append(f"{path}: {doc_id}: top-level {surface!r} at {start} overlaps {prev[2]!r}")
            last_top[doc_id] = (start, end, surface)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if errors:
        return errors
    if not check_only:
        with open(path, encoding="utf-8") as f:
            header = [l for l in f.read().split("\n") if l.startswith("#")]
        with open(path, "w", encoding="utf-8") as f:
            for h in header:
                f.write(h + "\n")
            for r in placed:
                f.write("\t".join(str(x) for x in r) + "\n")
    return []


def render(text, rows):
    """The text with level-0 mentions as [TYPE …] and level-1 ones as {TYPE …}."""
    marks = []
    for _, start, end, level, kind, _ in rows:
        o, c = ("[", "]") if level == "0" else ("{", "}")
        marks.append((int(start), 0 if level == "0" else 1, f"{o}{kind} "))
        marks.append((int(end), -1 if level == "0" else -2, c))
    out, at = "", 0
    for pos, _, m in sorted(marks, key=lambda x: (x[0], x[1] if x[2] in "]}" else 2 + x[1])):
        out += text[at:pos] + m
        at = pos
    return out + text[at:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--gold", default="tests/gold/entities")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", nargs=2, metavar=("SOURCE", "DOC_ID"))
    ap.add_argument("--render", nargs=2, metavar=("SOURCE", "DOC_ID"))
    args = ap.parse_args()
    texts_ = texts.Texts(args.data, args.gold)
    if args.show:
        for k, line in enumerate(texts_.get(*args.show).split("\n")):
            print(f"{k}\t{line}")
        return
    if args.render:
        source, doc_id = args.render
        rows = [r[1:] for r in read_rows(os.path.join(args.gold, source + ".tsv")) if r[1] == doc_id]
        print(render(texts_.get(source, doc_id), rows))
        return
    order = [(s, d) for s, d, _ in read_documents(args.gold)]
    errors = []
    for source in sorted(set(s for s, _ in order)):
        path = os.path.join(args.gold, source + ".tsv")
        if os.path.exists(path):
            errors += place_file(path, source, texts_, order, args.check)
    for e in errors:
        print("error:", e, file=sys.stderr)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
