#!/usr/bin/env python3
"""Prints the documents of a source in the gold's draw order, one id a line.

    python3 scripts/gold/draw.py --seed 13 [--source un|wikinewsmax] [--data ../shared/data]

The order is the ids sorted by SHA-256 of "SEED:ID" (hex), so any language can
redo it. UN ids are the corpus' document symbols; WikiNewsMax ids are articles
`S:A-B` (see texts.wnm_articles). The gold annotates documents in this order,
each whole, none skipped (tests/gold/README.md says how far it went).
"""

import argparse
import hashlib
import signal
import sys

import texts


def draw_order(ids, seed):
    return sorted(ids, key=lambda i: hashlib.sha256(f"{seed}:{i}".encode("utf-8")).hexdigest())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--source", choices=["un", "wikinewsmax"], default="un")
    ap.add_argument("--data", default="../shared/data")
    args = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is not an error
    try:
        if args.source == "un":
            ids = list(texts.un_documents(args.data))
        else:
            ids = texts.wnm_articles(texts.wnm_sections(args.data))
    except OSError as e:
        sys.exit(f"draw.py: {e} (point --data at the shared data folder)")
    for i in draw_order(ids, args.seed):
        print(i)


if __name__ == "__main__":
    main()
