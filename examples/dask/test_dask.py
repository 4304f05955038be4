"""The Dask job on a local cluster over a few hundred UN documents: its
tables equal what `bayan analyze --jsonl` gives for the same documents."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UN = ROOT.parent / "shared" / "data" / "un_parallel_corpus_ar" / "UNv1.0_ar_docs_80pct.txt"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bayan_dask  # noqa: E402
from tables import MENTION_COLUMNS, STATEMENT_COLUMNS, statement_rows, tsv  # noqa: E402
from un_jsonl import un_documents  # noqa: E402

DOCS = 300


@pytest.fixture(scope="module")
def docs_jsonl(tmp_path_factory):
    if not UN.exists():
        message = f"{UN} is missing (the shared data sets sit beside the repository)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    docs = un_documents(UN)[:DOCS]
    assert len(docs) == DOCS
    path = tmp_path_factory.mktemp("dask") / "docs.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for doc_id, text in docs:
            f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return path


def cli(*args):
    path = Path(os.environ.get("BAYAN_CLI", ROOT / "target" / "release" / "bayan"))
    assert path.exists(), f"{path} is missing: build it with `cargo build --release --bin bayan`"
    done = subprocess.run([str(path), *args], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


def read_table(directory, columns):
    """The partitions' lines in order, each file's header checked and dropped."""
    files = sorted(directory.glob("*.tsv"))
    lines = []
    for f in files:
        header, *rows = f.read_text(encoding="utf-8").splitlines()
        assert header == tsv(columns)
        lines += rows
    return files, lines


def test_dask_job_equals_cli(docs_jsonl, tmp_path):
    from distributed import Client, LocalCluster

    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster):
        # Small blocks: several partitions, so order across them is checked.
        counts = bayan_dask.run(str(docs_jsonl), str(out), blocksize="64KiB")

    files, mentions = read_table(out / "mentions", MENTION_COLUMNS)
    assert len(files) > 2
    expected = cli("analyze", "--jsonl", "--format", "tsv", str(docs_jsonl)).splitlines()
    assert expected[0] == tsv(MENTION_COLUMNS)
    assert mentions == expected[1:]

    _, statements = read_table(out / "statements", STATEMENT_COLUMNS)
    lines = cli("analyze", "--jsonl", "--fields", "statements", str(docs_jsonl)).splitlines()
    records = [json.loads(line) for line in lines]
    expected = [tsv(row) for r in records for row in statement_rows(r["id"], r["statements"])]
    assert statements == expected
    assert counts == (DOCS, len(mentions), len(statements))
    assert len(mentions) > 1000 and len(statements) > 20
