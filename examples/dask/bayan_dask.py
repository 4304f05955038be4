"""Bayan over many documents with Dask: JSON Lines of {"id", "text"} in,
two tables out, one mention a row and one statement a row (TSV, one file a
partition, each with its header).

    python examples/dask/bayan_dask.py docs.jsonl out/            # a local cluster
    python examples/dask/bayan_dask.py 's3://bucket/docs/*.jsonl' s3://bucket/out/ \\
        --scheduler tcp://scheduler:8786                             # a running one

Every worker needs the `bayan` package (the same wheel everywhere); see
bindings/python/README.md.
"""

import argparse
import json
import sys
from pathlib import Path

import cloudpickle
import dask
import dask.bag as db

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import tables  # noqa: E402
from tables import FIELDS, MENTION_COLUMNS, STATEMENT_COLUMNS, mention_rows, statement_rows, tsv  # noqa: E402

# The workers have the `bayan` package but not these files: the functions
# travel with the tasks.
cloudpickle.register_pickle_by_value(tables)
if __name__ != "__main__":
    cloudpickle.register_pickle_by_value(sys.modules[__name__])


def analyze_partition(docs, gazetteer=None):
    """(id, mention rows, statement rows) for each document; the names of
    `gazetteer` (a file every worker can read) on top of the built-in ones."""
    import bayan

    a = bayan.load_gazetteer(gazetteer) if gazetteer else bayan.Analyzer()
    out = []
    for doc in docs:
        result = a.analyze(doc["text"], fields=FIELDS)
        out.append((doc["id"], list(mention_rows(doc["id"], result["entities"])),
                    list(statement_rows(doc["id"], result["statements"]))))
    return out


def table(analyzed, which, columns):
    """A partition's lines of one table, its header first."""
    return analyzed.map_partitions(
        lambda part: [tsv(columns)] + [tsv(row) for doc in part for row in doc[which]]
    )


def run(source, output, blocksize="16MiB", gazetteer=None):
    """Reads `source` (a path or glob of JSON Lines), writes
    `output`/mentions/NNNNN.tsv and `output`/statements/NNNNN.tsv in input
    order, and returns the numbers of documents, mentions and statements."""
    docs = db.read_text(source, blocksize=blocksize).filter(str.strip).map(json.loads)
    analyzed = docs.map_partitions(analyze_partition, gazetteer=gazetteer)
    name = "{:05d}".format
    writes = [
        table(analyzed, 1, MENTION_COLUMNS).to_textfiles(f"{output}/mentions/*.tsv", name_function=name,
                                                         last_endline=True, compute=False),
        table(analyzed, 2, STATEMENT_COLUMNS).to_textfiles(f"{output}/statements/*.tsv", name_function=name,
                                                           last_endline=True, compute=False),
        analyzed.map(lambda d: (1, len(d[1]), len(d[2]))).fold(
            lambda a, b: tuple(x + y for x, y in zip(a, b)), initial=(0, 0, 0)),
    ]
    *_, counts = dask.compute(*writes)
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="JSON Lines of {\"id\", \"text\"}: a path, a glob or a URL")
    parser.add_argument("output", help="a directory (or URL) for mentions/ and statements/")
    parser.add_argument("--scheduler", help="a running Dask scheduler's address (default: a local cluster)")
    parser.add_argument("--workers", type=int, default=2, help="local cluster: worker processes (default 2)")
    parser.add_argument("--blocksize", default="16MiB", help="bytes of input a partition (default 16MiB)")
    parser.add_argument("--gazetteer", help="a TSV or CSV of names every worker can read")
    args = parser.parse_args(argv)

    from distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1))
    with client:
        docs, mentions, statements = run(args.source, args.output, args.blocksize, args.gazetteer)
    print(f"{docs} documents: {mentions} mentions, {statements} statements in {args.output}")


if __name__ == "__main__":
    main()
