"""What the tests share: the repository, its sample, the UN documents of
../shared/data."""

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
UN = ROOT.parent / "shared" / "data" / "un_parallel_corpus_ar" / "UNv1.0_ar_docs_80pct.txt"
SAMPLE = ROOT / "www" / "samples" / "oic-aleppo-statement.txt"


def un_documents(path=UN):
    """(id, text) for each document of the UN file: `# doc_id = …`, its
    sentences one a line, a blank line."""
    docs, doc_id, lines = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# doc_id = "):
            doc_id = line[len("# doc_id = "):]
        elif line.startswith("# "):
            continue
        elif line.strip():
            lines.append(line)
        elif doc_id is not None:
            docs.append((doc_id, "\n".join(lines)))
            doc_id, lines = None, []
    return docs


def need_data(path):
    """The shared data, or a skip outside CI and a failure in it."""
    if path.exists():
        return path
    message = f"{path} is missing (the shared data sets sit beside the repository)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def cli_json(cli, text, offsets="char"):
    """`bayan analyze --offsets OFFSETS` on `text`, parsed."""
    return json.loads(cli("analyze", "--offsets", offsets, input=text.encode()))
