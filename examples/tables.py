"""Rows of the two tables the Dask and Spark jobs write: one mention a
row and one statement a row, from `bayan.analyze(text, fields=["entities",
"statements"])`.

The mention table is `bayan analyze --jsonl --format tsv`'s, column for
column: a container (TITLE, EVENT, LAW, QUOTE) then the names inside it at
level 1; tabs and line breaks in a text become spaces.
"""

import json

MENTION_COLUMNS = ["id", "start", "end", "type", "text", "entity", "gloss", "level"]
STATEMENT_COLUMNS = [
    "id", "start", "end", "class", "negated", "act", "speaker", "speaker_start", "speaker_end",
    "implicit", "object", "targets", "lexicon", "speaker_rule",
]
FIELDS = ["entities", "statements"]


def clean(value):
    """A cell: text on one line, no tab; None is empty."""
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def show_id(doc_id):
    """An id as the CLI shows it: a string as it is, anything else as JSON."""
    return doc_id if isinstance(doc_id, str) else json.dumps(doc_id)


def mention_rows(doc_id, entities, level=0):
    for e in entities:
        yield [show_id(doc_id), e["start"], e["end"], e["type"], clean(e["text"]), clean(e["id"]),
               clean(e["gloss"]), level]
        yield from mention_rows(doc_id, e["inner"], level + 1)


def statement_rows(doc_id, statements):
    for s in statements:
        speaker = s["speaker"] or {}
        yield [
            show_id(doc_id), s["start"], s["end"], s["class"], s["negated"], clean(s["act"]["text"]),
            clean(speaker.get("text")), speaker.get("start", ""), speaker.get("end", ""),
            speaker.get("implicit", ""), clean((s["object"] or {}).get("text")),
            ",".join(map(str, s["targets"])), s["rules"]["lexicon"], s["rules"]["speaker"],
        ]


def tsv(row):
    return "\t".join(map(str, row))
