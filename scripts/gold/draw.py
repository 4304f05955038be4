#!/usr/bin/env python3
"""Draw UN documents for a dev gold: prints doc ids in draw order, one a line.

The order is Python's random.Random(seed).shuffle over the doc ids as they
appear in the file, so a gold that annotates "the first k drawn documents"
can be redone exactly. Each gold uses its own seed (see its README).

    python3 scripts/gold/draw.py --seed 1616 --for statements [--data PATH] [--limit N]
"""
import argparse
import os
import random
import sys

DEFAULT_DATA = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..", "..", "..", "shared", "data", "un_parallel_corpus_ar", "UNv1.0_ar_docs_80pct.txt",
)


def doc_ids(path):
    with open(path, encoding="utf-8") as f:
        return [line.split("=", 1)[1].strip() for line in f if line.startswith("# doc_id =")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--for", dest="gold", default="", help="which gold the draw is for (a label only)")
    ap.add_argument("--data", default=DEFAULT_DATA, help="the UN documents file")
    ap.add_argument("--limit", type=int, default=0, help="print only the first N ids")
    args = ap.parse_args()
    try:
        ids = doc_ids(args.data)
    except OSError as e:
        sys.exit(f"draw.py: cannot read the UN documents ({e}); pass --data PATH")
    if len(set(ids)) != len(ids):
        sys.exit("draw.py: duplicate doc ids in the data file")
    random.Random(args.seed).shuffle(ids)
    for i in ids[: args.limit or None]:
        print(i)


if __name__ == "__main__":
    main()
