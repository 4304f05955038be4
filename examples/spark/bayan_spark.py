"""Bayan over many documents with Apache Spark: the Dask job's tables
(examples/dask/) from a pandas UDF over the `bayan` package.

    pip install pyspark pyarrow        # and a JDK 17 (Spark 4) on the machine
    python examples/spark/bayan_spark.py docs.jsonl out/
    spark-submit --master spark://host:7077 examples/spark/bayan_spark.py \\
        hdfs:///docs/*.jsonl hdfs:///out/  # a real cluster: bayan on every executor

Reads JSON Lines of {"id", "text"}; writes out/mentions/ and
out/statements/ as TSV with a header, the same columns and rows as the Dask
job, in Spark's part files. Not run in CI: it needs a JDK.
"""

import argparse
import os
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tables import FIELDS, MENTION_COLUMNS, STATEMENT_COLUMNS, mention_rows, statement_rows  # noqa: E402

MENTION_SCHEMA = (
    "id string, start long, end long, type string, text string, entity string, gloss string, level int"
)
STATEMENT_SCHEMA = (
    "id string, start long, end long, class string, negated string, act string, speaker string, "
    "speaker_start string, speaker_end string, implicit string, object string, targets string, "
    "lexicon string, speaker_rule string"
)


def analyze_batches(batches, which):
    """A pandas function over (id, text) batches: one row a mention
    (`which` = 0) or a statement (1). Runs on the executors."""
    import bayan

    analyzer = bayan.Analyzer()
    columns = (MENTION_COLUMNS, STATEMENT_COLUMNS)[which]
    for batch in batches:
        rows = []
        for doc_id, text in zip(batch["id"], batch["text"]):
            result = analyzer.analyze(text, fields=FIELDS)
            if which == 0:
                rows += mention_rows(doc_id, result["entities"])
            else:
                rows += statement_rows(doc_id, result["statements"])
        frame = pd.DataFrame(rows, columns=columns)
        if which == 1:
            # Text as the Dask job writes it (False, not Spark's false), and
            # the speaker's cells, empty without one, as text.
            for c in ("negated", "speaker_start", "speaker_end", "implicit"):
                frame[c] = frame[c].astype(str)
        yield frame


def run(spark, source, output):
    docs = spark.read.json(source).selectExpr("cast(id as string) as id", "text")
    mentions = docs.mapInPandas(lambda b: analyze_batches(b, 0), MENTION_SCHEMA)
    statements = docs.mapInPandas(lambda b: analyze_batches(b, 1), STATEMENT_SCHEMA)
    for frame, name in ((mentions, "mentions"), (statements, "statements")):
        # Cells are clean already (no tab, no line break): no quoting, and
        # an empty cell stays empty rather than "".
        writer = frame.write.mode("overwrite").option("header", True).option("sep", "\t")
        writer.option("quote", "").option("emptyValue", "").csv(f"{output}/{name}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="JSON Lines of {\"id\", \"text\"}: a path, a glob or a URL")
    parser.add_argument("output", help="a directory (or URL) for mentions/ and statements/")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    # Local runs: the workers use this Python (its environment has bayan);
    # on a cluster, PYSPARK_PYTHON names the executors' own.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.appName("bayan").getOrCreate()
    spark.sparkContext.addPyFile(str(Path(__file__).resolve().parents[1] / "tables.py"))
    try:
        run(spark, args.source, args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
