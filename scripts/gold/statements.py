#!/usr/bin/env python3
"""The statement dev gold's helper: draw documents, show one, fill offsets, check rows.

    python3 scripts/gold/statements.py draw [--seed 1616] [--limit N]   # UN doc ids in draw order
    python3 scripts/gold/statements.py show DOC_ID...        # a document with line offsets
    python3 scripts/gold/statements.py fill FILE.tsv...      # compute offsets from surfaces, in place
    python3 scripts/gold/statements.py check FILE.tsv...     # verify every row against its text

Texts (tests/gold/statements/README.md says the same):
- a UN document (doc id with a slash): its sentence lines joined with "\\n", comment
  lines excluded, from ../shared/data/un_parallel_corpus_ar/ (BAYAN_SHARED_DATA overrides
  ../shared/data);
- `oic-aleppo-statement`: www/samples/oic-aleppo-statement.txt as it is;
- any other id: tests/gold/statements/press/ID.txt as it is.
Offsets are code points (Python string indices), half-open.

`fill` never types an offset by hand: an empty act_start means "the next whole-word
occurrence of the act after the previous act of the same document", `@N` the N-th in the
document, `+N` the N-th after the previous act. An empty speaker_start finds the speaker
in the act's own line (nearest to the act) when explicit (implicit 0) and the nearest
occurrence before the act when carried (implicit 1); `@N` picks the N-th occurrence. An
empty object_start is the first token that starts object_prefix after the act (after the
speaker when the speaker follows the act); `@N` the N-th occurrence. Rows with numbers
are verified and kept.

`draw` shuffles the UN doc ids, in the order the file lists them, with Python's
random.Random(seed).shuffle; the gold annotates the first documents of that order
(tests/gold/statements/un-docs.txt).
"""
import os
import random
import sys
import unicodedata

SEED = 1616
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SAMPLE_ID = "oic-aleppo-statement"
CLASSES = {"STATE", "AFFIRM", "CONDEMN", "DEMAND", "CALL", "WELCOME", "REJECT", "CONCERN", "SUPPORT", "DECIDE"}
COLUMNS = [
    "doc_id", "act_start", "act_end", "act", "class", "speaker", "object_prefix", "negated",
    "speaker_start", "speaker_end", "implicit", "object_start", "note",
]
# Letters that may stand before a word inside its token (conjunctions, prepositions, the
# future and emphatic particles), at most three of them: وبال... is و + ب, the article inside.
PROCLITICS = "وفبلكس"


def shared_data():
    return os.environ.get("BAYAN_SHARED_DATA") or os.path.join(ROOT, "..", "shared", "data")


_UN = None


def un_docs():
    global _UN
    if _UN is None:
        path = os.path.join(shared_data(), "un_parallel_corpus_ar", "UNv1.0_ar_docs_80pct.txt")
        docs, cur, lines = {}, None, []
        with open(path, encoding="utf-8") as f:
            for raw in f.read().split("\n"):
                if raw.startswith("# doc_id ="):
                    if cur is not None:
                        docs[cur] = "\n".join(lines)
                    cur, lines = raw.split("=", 1)[1].strip(), []
                elif raw.startswith("#") or raw == "":
                    continue
                else:
                    lines.append(raw)
        if cur is not None:
            docs[cur] = "\n".join(lines)
        _UN = docs
    return _UN


def doc_text(doc_id):
    if "/" in doc_id:
        docs = un_docs()
        if doc_id not in docs:
            raise KeyError(f"no UN document {doc_id!r}")
        return docs[doc_id]
    if doc_id == SAMPLE_ID:
        path = os.path.join(ROOT, "www", "samples", SAMPLE_ID + ".txt")
    else:
        path = os.path.join(ROOT, "tests", "gold", "statements", "press", doc_id + ".txt")
    with open(path, encoding="utf-8") as f:
        return f.read()


def is_word(ch):
    return unicodedata.category(ch)[0] in "LMN"


def token_start(text, i):
    while i > 0 and is_word(text[i - 1]):
        i -= 1
    return i


def whole_word_at(text, start, end):
    """A span is a whole word (or words) when it ends at a token end and starts at a token
    start or after at most three proclitic letters of its token."""
    if end < len(text) and is_word(text[end]):
        return False
    ts = token_start(text, start)
    head = text[ts:start]
    return len(head) <= 3 and all(c in PROCLITICS for c in head)


def occurrences(text, surface):
    out, i = [], text.find(surface)
    while i >= 0:
        if whole_word_at(text, i, i + len(surface)):
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def token_occurrences(text, prefix):
    """Where the object prefix starts a token exactly (objects start at a token, as written)."""
    return [i for i in occurrences(text, prefix) if token_start(text, i) == i]


def line_bounds(text, i):
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, (len(text) if e < 0 else e)


def pick(hint, occ, what, default):
    if hint.startswith("@"):
        n = int(hint[1:])
        if not 1 <= n <= len(occ):
            raise ValueError(f"{what}: {hint} but {len(occ)} occurrence(s)")
        return occ[n - 1]
    return default()


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != COLUMNS:
        raise ValueError(f"{path}: the first line must be the header {COLUMNS}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != len(COLUMNS):
            raise ValueError(f"{path}:{n}: {len(f)} columns, want {len(COLUMNS)}: {line!r}")
        rows.append((n, dict(zip(COLUMNS, f))))
    return lines[0], rows


def fill_row(r, text, prev_act):
    act = r["act"]
    occ = occurrences(text, act)
    if not occ:
        raise ValueError(f"act {act!r} not found as a whole word")
    h = r["act_start"]
    if h.isdigit():
        a = int(h)
    elif h.startswith("+"):
        after = [o for o in occ if o > prev_act]
        n = int(h[1:])
        if not 1 <= n <= len(after):
            raise ValueError(f"act {act!r}: {h} but {len(after)} occurrence(s) after the previous act")
        a = after[n - 1]
    else:
        def nxt():
            after = [o for o in occ if o > prev_act]
            if not after:
                raise ValueError(f"act {act!r}: no occurrence after the previous act")
            return after[0]
        a = pick(h, occ, f"act {act!r}", nxt)
    r["act_start"], r["act_end"] = str(a), str(a + len(act))
    ae = a + len(act)

    sp = r["speaker"]
    if sp == "?":
        r["speaker_start"] = r["speaker_end"] = ""
    else:
        socc = occurrences(text, sp)
        if not socc:
            raise ValueError(f"speaker {sp!r} not found as a whole word")
        h = r["speaker_start"]
        if h.isdigit():
            s = int(h)
        else:
            def near():
                if r["implicit"] == "1":
                    before = [o for o in socc if o < a]
                    if not before:
                        raise ValueError(f"carried speaker {sp!r}: no mention before the act")
                    return before[-1]
                ls, le = line_bounds(text, a)
                inline = [o for o in socc if ls <= o < le]
                if not inline:
                    raise ValueError(f"explicit speaker {sp!r} is not in the act's line; give @N")
                return min(inline, key=lambda o: (abs(o - a), o < a))
            s = pick(h, socc, f"speaker {sp!r}", near)
        r["speaker_start"], r["speaker_end"] = str(s), str(s + len(sp))

    op = r["object_prefix"]
    if op == "":
        r["object_start"] = ""
    else:
        oocc = token_occurrences(text, op)
        h = r["object_start"]
        if h.isdigit():
            o = int(h)
        else:
            def first_after():
                floor = ae
                if r["implicit"] == "0" and r["speaker_start"] and int(r["speaker_start"]) >= a:
                    floor = max(floor, int(r["speaker_end"]))
                after = [x for x in oocc if x >= floor]
                if not after:
                    raise ValueError(f"object {op!r}: no token occurrence after the act")
                return after[0]
            o = pick(h, oocc, f"object {op!r}", first_after)
        r["object_start"] = str(o)
    return a


def check_row(r, text):
    """Problems with one filled row, as sentences."""
    bad = []
    cls = r["class"]
    if cls not in CLASSES:
        bad.append(f"class {cls!r} is not one of the ten")
    for col in ("negated", "implicit"):
        if r[col] not in ("0", "1"):
            bad.append(f"{col} must be 0 or 1, is {r[col]!r}")
    try:
        a, ae = int(r["act_start"]), int(r["act_end"])
    except ValueError:
        return bad + ["act offsets are not numbers"]
    if not (0 <= a < ae <= len(text)) or text[a:ae] != r["act"]:
        bad.append(f"act {r['act']!r} is not at {a}..{ae} (text there: {text[a:ae]!r})")
    elif not whole_word_at(text, a, ae):
        bad.append(f"act {r['act']!r} at {a} is not a whole word")
    if r["speaker"] == "?":
        if r["speaker_start"] or r["speaker_end"]:
            bad.append("speaker ? has offsets")
        if r["implicit"] != "1":
            bad.append("speaker ? must be implicit (1)")
    else:
        try:
            s, se = int(r["speaker_start"]), int(r["speaker_end"])
        except ValueError:
            return bad + ["speaker offsets are not numbers"]
        if not (0 <= s < se <= len(text)) or text[s:se] != r["speaker"]:
            bad.append(f"speaker {r['speaker']!r} is not at {s}..{se}")
        elif not whole_word_at(text, s, se):
            bad.append(f"speaker {r['speaker']!r} at {s} is not a whole word")
        elif r["implicit"] == "1" and s >= a:
            bad.append("a carried speaker must point at a mention before the act")
        elif r["implicit"] == "0" and "\n" in text[min(s, a):max(se, ae)]:
            bad.append("an explicit speaker stands in the act's line")
    if r["object_prefix"] == "":
        if r["object_start"]:
            bad.append("object_start without object_prefix")
    else:
        words = r["object_prefix"].split(" ")
        if len(words) > 2 or "" in words:
            bad.append(f"object_prefix {r['object_prefix']!r} must be one or two words")
        try:
            o = int(r["object_start"])
        except ValueError:
            return bad + ["object_start is not a number"]
        op = r["object_prefix"]
        if text[o:o + len(op)] != op or token_start(text, o) != o or not whole_word_at(text, o, o + len(op)):
            bad.append(f"object_prefix {op!r} does not start a token at {o}")
        elif o < ae:
            bad.append("the object starts before the act ends")
        elif "\n" in text[ae:o]:
            bad.append("the object starts in another line than the act")
    if "\n" in text[a:ae]:
        bad.append("the act crosses a line")
    return bad


def process(path, fill):
    header, rows = read_rows(path)
    problems, texts, prev = [], {}, {}
    out = [header]
    last = {}
    for n, r in rows:
        d = r["doc_id"]
        try:
            if d not in texts:
                texts[d] = doc_text(d)
            text = texts[d]
            if fill:
                prev[d] = fill_row(r, text, prev.get(d, -1))
            for b in check_row(r, text):
                problems.append(f"{path}:{n}: {d}: {b}")
            a = int(r["act_start"]) if r["act_start"].isdigit() else -1
            if a <= last.get(d, -1):
                problems.append(f"{path}:{n}: {d}: rows are not in text order (act at {a})")
            last[d] = a
        except (KeyError, ValueError, OSError) as e:
            problems.append(f"{path}:{n}: {d}: {e}")
        out.append("\t".join(r[c] for c in COLUMNS))
    if fill and not problems:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    return problems, len(rows)


def draw(args):
    seed, limit = SEED, 0
    while args:
        flag, value, args = args[0], args[1] if len(args) > 1 else "", args[2:]
        if flag == "--seed" and value.lstrip("-").isdigit():
            seed = int(value)
        elif flag == "--limit" and value.isdigit():
            limit = int(value)
        else:
            sys.exit(f"draw: unknown option {flag} {value}".strip())
    ids = list(un_docs())  # dicts keep the file's order
    random.Random(seed).shuffle(ids)
    for i in ids[: limit or None]:
        print(i)


def show(doc_id):
    text = doc_text(doc_id)
    print(f"## {doc_id} ({len(text)} chars)")
    pos = 0
    for i, line in enumerate(text.split("\n"), start=1):
        print(f"[{i} @{pos}] {line}")
        pos += len(line) + 1


def main(argv):
    if not argv or argv[0] not in ("draw", "show", "fill", "check") or (argv[0] != "draw" and len(argv) < 2):
        sys.exit(__doc__)
    cmd, args = argv[0], argv[1:]
    if cmd == "draw":
        try:
            return draw(args)
        except OSError as e:
            sys.exit(f"draw: cannot read the UN documents ({e}); set BAYAN_SHARED_DATA")
    if cmd == "show":
        for d in args:
            show(d)
        return
    total, problems = 0, []
    for path in args:
        p, n = process(path, fill=(cmd == "fill"))
        problems += p
        total += n
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        sys.exit(f"{len(problems)} problem(s) in {total} rows" + ("; nothing written" if cmd == "fill" else ""))
    print(f"{total} rows {'filled and ' if cmd == 'fill' else ''}checked")


if __name__ == "__main__":
    main(sys.argv[1:])
