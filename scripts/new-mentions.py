#!/usr/bin/env python3
"""The mentions one build finds in a text and another does not.

    bayan analyze TEXT --format json > before.json   # with the old build
    bayan analyze TEXT --format json > after.json    # with the new one
    python3 scripts/new-mentions.py TEXT before.json after.json [--sample N] [--seed S] [--gone]

Counts the mentions (top level and nested, by span and type) of after.json
that before.json lacks, by type and by canonical id, and prints a random
sample of N of them (seed S, default 2026) in context, to be read by a
person: is each right by ../shared/ENTITIES.md? With --gone, the same for
the mentions the new build no longer finds. Offsets are the CLI's default
(characters).
"""
import argparse
import collections
import json
import random


def mentions(path):
    """(start, end, type) → mention, for every mention and nested one."""
    out = {}
    for entity in json.load(open(path, encoding="utf-8"))["entities"]:
        for m in [entity, *entity["inner"]]:
            out[(m["start"], m["end"], m["type"])] = m
    return out


def main():
    args = argparse.ArgumentParser()
    args.add_argument("text")
    args.add_argument("before")
    args.add_argument("after")
    args.add_argument("--sample", type=int, default=0)
    args.add_argument("--seed", type=int, default=2026)
    args.add_argument("--gone", action="store_true")
    a = args.parse_args()
    text = open(a.text, encoding="utf-8").read()
    before, after = mentions(a.before), mentions(a.after)
    if a.gone:
        before, after = after, before
    new = sorted(k for k in after if k not in before)
    print(f"mentions before {len(before)}, after {len(after)}; {'gone' if a.gone else 'new'} {len(new)}")
    print("by type:", dict(collections.Counter(k[2] for k in new).most_common()))
    print("by id:", collections.Counter(after[k]["id"] or "-" for k in new).most_common(30))
    random.seed(a.seed)
    for n, (start, end, kind) in enumerate(sorted(random.sample(new, min(a.sample, len(new)))), 1):
        context = f"{text[max(0, start - 50):start]}⟦{text[start:end]}⟧{text[end:end + 40]}".replace("\n", " / ")
        print(f"{n:3d} {kind}\t{after[(start, end, kind)]['id'] or '-'}\t…{context}…")


if __name__ == "__main__":
    main()
