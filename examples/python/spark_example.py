#!/usr/bin/env python3
"""Runs the pressa Python package inside Apache Spark: each partition of a JSONL corpus builds one
Analyzer and streams its documents through `iter_analyze`, and the result is checked against a
single-process `analyze_many`.

Unlike examples/spark_batch.py, which pipes each partition through the `pressa` command, this
imports the package on the executors: install the wheel on every worker (or ship it with
`--py-files`). Input lines are {"id", "text"} objects (blank lines are skipped); each output line
is an analysis with its "id" first, like those of `pressa batch`. Not part of CI.

Local mode (Java 17):

    pip install ./python pyspark
    python3 examples/python/spark_example.py corpus.jsonl --partitions 4

On a cluster, write the result to storage instead of comparing:

    spark-submit --master yarn examples/python/spark_example.py hdfs:///news/in.jsonl \\
        --output hdfs:///news/out
"""

import argparse
import collections
import json
import os
import sys

from pyspark import SparkContext


def analyze_partition(lines, threads, pub_date):
    """One partition: its JSONL lines in, one JSON analysis per line out, in the same order.

    The Analyzer is built here, on the executor, once per partition; `iter_analyze` reads the
    texts in chunks, so the partition is never held in memory whole."""
    import pressa  # on the executor

    analyzer = pressa.Analyzer()
    ids = collections.deque()

    def texts():
        for line in lines:
            record = json.loads(line)
            ids.append(record.get("id"))
            yield record["text"]

    for doc in analyzer.iter_analyze(texts(), threads, pub_date=pub_date):
        yield json.dumps({"id": ids.popleft(), **doc}, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSONL file or directory (any Hadoop path; a local file to compare)")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--threads", type=int, default=1, help="pressa threads per Spark task (default: 1)")
    ap.add_argument("--pub-date", help="publication date YYYY-MM-DD of every document")
    ap.add_argument("--master", default=None, help="Spark master (default: local[2] unless spark-submit sets one)")
    ap.add_argument("--output", default=None, help="write the analyses here instead of comparing")
    args = ap.parse_args()

    sc = SparkContext(master=args.master or os.environ.get("SPARK_MASTER", "local[2]"), appName="pressa-python")
    threads, pub_date = args.threads, args.pub_date
    lines = sc.textFile(args.input, minPartitions=args.partitions).filter(lambda line: line.strip())
    analyses = lines.mapPartitions(lambda part: analyze_partition(part, threads, pub_date))
    if args.output:
        analyses.saveAsTextFile(args.output)
        sc.stop()
        return 0
    spark_result = analyses.collect()
    sc.stop()

    import pressa

    with open(args.input, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    docs = pressa.Analyzer().analyze_many([r["text"] for r in records], pub_date=pub_date)
    single = [json.dumps({"id": r.get("id"), **d}, ensure_ascii=False) for r, d in zip(records, docs)]
    same = spark_result == single
    print(f"{len(spark_result)} analyses from {args.partitions} partitions; "
          f"single process: {len(single)}; identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
