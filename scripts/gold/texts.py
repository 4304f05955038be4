"""The documents of the statement-domain entity gold, rebuilt from ../shared/data.

The gold (tests/gold/entities/) refers to shared documents by id and offsets;
this module rebuilds their text exactly as `bayan eval-gold` does
(src/bin/bayan/eval_gold.rs), so offsets computed here are offsets there.
Offsets count code points. tests/gold/README.md states the rules in prose.
"""

import os

UN_FILE = "un_parallel_corpus_ar/UNv1.0_ar_docs_80pct.txt"
WNM_FILE = "wikinewsmax/WikiNewsMax_80pct.tsv"

# WikiNewsMax tokens written against the word before them / after them.
CLOSERS = {".", "،", ",", ":", "؛", ";", "!", "؟", "?", ")"}
OPENERS = {"("}


def un_documents(data):
    """UN documents: doc_id -> its sentence lines joined by "\\n"."""
    path = os.path.join(data, UN_FILE)
    docs, doc_id, lines = {}, None, []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# doc_id = "):
                doc_id, lines = line[len("# doc_id = "):], []
            elif line.startswith("# "):
                continue
            elif line == "":
                if doc_id is not None:
                    docs[doc_id] = "\n".join(lines)
                doc_id = None
            else:
                lines.append(line)
    if doc_id is not None:
        docs[doc_id] = "\n".join(lines)
    return docs


def wnm_sections(data):
    """WikiNewsMax: sections (split at `#` rows) of units (split at blank rows) of words."""
    path = os.path.join(data, WNM_FILE)
    sections, unit = [], []
    with open(path, encoding="utf-8") as f:
        rows = f.read().split("\n")[1:]  # header first
    for row in rows:
        word = row.split("\t")[0]
        if word == "#":
            if unit and sections:
                sections[-1].append(unit)
            sections.append([])
            unit = []
        elif word == "":
            if unit and sections:
                sections[-1].append(unit)
            unit = []
        else:
            unit.append(word)
    if unit and sections:
        sections[-1].append(unit)
    return sections


def join_unit(words):
    """One unit's words as text: single spaces, except that . ، : ؛ ! ؟ ) and a
    closing " lean on the word before and ( and an opening " on the word after;
    the " of a unit alternate opening, closing, opening…"""
    out, glue_next, quote_open = "", True, False
    for w in words:
        if w == '"':
            quote_open = not quote_open
            lean_left, lean_right = not quote_open, quote_open
        else:
            lean_left, lean_right = w in CLOSERS, w in OPENERS
        if out and not lean_left and not glue_next:
            out += " "
        out += w
        glue_next = lean_right
    return out


def wnm_text(sections, doc_id):
    """The text of WikiNewsMax document `S:A-B`: units A..B of section S joined by "\\n"."""
    section, units = doc_id.split(":")
    first, last = (int(x) for x in units.split("-"))
    return "\n".join(join_unit(u) for u in sections[int(section)][first:last + 1])


def wnm_articles(sections):
    """Article ids `S:A-B`: a headline (a unit of at most 20 words not ending in
    . ! ؟ : or ") through the unit before the next headline; unit 0 of a
    section is its name and belongs to no article."""
    out = []
    for s, units in enumerate(sections):
        heads = [i for i, u in enumerate(units) if i > 0 and len(u) <= 20 and u[-1] not in {".", "!", "؟", ":", '"'}]
        for k, h in enumerate(heads):
            end = heads[k + 1] - 1 if k + 1 < len(heads) else len(units) - 1
            out.append(f"{s}:{h}-{end}")
    return out


def statement_text(gold_dir, doc_id):
    with open(os.path.join(gold_dir, "statements", doc_id + ".txt"), encoding="utf-8") as f:
        return f.read()


class Texts:
    """Every source's text by (source, doc_id)."""

    def __init__(self, data, gold_dir):
        self.data, self.gold_dir = data, gold_dir
        self._un = self._wnm = None

    def get(self, source, doc_id):
        if source == "un":
            if self._un is None:
                self._un = un_documents(self.data)
            return self._un[doc_id]
        if source == "wikinewsmax":
            if self._wnm is None:
                self._wnm = wnm_sections(self.data)
            return wnm_text(self._wnm, doc_id)
        if source == "statements":
            return statement_text(self.gold_dir, doc_id)
        raise ValueError(f"unknown source {source!r}")
