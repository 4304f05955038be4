"""What the tests share: the repository, its sample, the UN documents of
../shared/data."""

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# The examples' reader of the UN file, shared with the tests.
sys.path.insert(0, str(ROOT / "examples"))
from un_jsonl import un_documents  # noqa: E402,F401

UN = ROOT.parent / "shared" / "data" / "un_parallel_corpus_ar" / "UNv1.0_ar_docs_80pct.txt"
SAMPLE = ROOT / "www" / "samples" / "oic-aleppo-statement.txt"


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
