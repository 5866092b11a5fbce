#!/usr/bin/env python3
"""Runs `pressa batch` on every partition of a JSONL corpus in Apache Spark and checks that the
result equals a single-process run.

pressa is not reimplemented here: each Spark partition is piped through the `pressa batch -`
command (RDD.pipe), which reads {"id", "text", "date"?} lines on stdin and writes one analysis per
line in the same order. Not part of CI.

Local mode (Java 17 and `pip install pyspark`):

    cargo build --release
    python3 examples/spark_batch.py corpus.jsonl --partitions 4

On a cluster, ship the binary with the job and write the result to storage instead of comparing:

    spark-submit --master yarn --files target/release/pressa \
        examples/spark_batch.py hdfs:///news/in.jsonl --binary ./pressa --output hdfs:///news/out
"""
import argparse
import os
import subprocess
import sys

from pyspark import SparkContext, SparkFiles


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSONL file or directory (any Hadoop path)")
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "pressa"))
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default=None, help="Spark master (default: local[2] unless spark-submit sets one)")
    ap.add_argument("--output", default=None, help="write the analyses here instead of comparing")
    args = ap.parse_args()

    sc = SparkContext(master=args.master or os.environ.get("SPARK_MASTER", "local[2]"), appName="pressa-batch")
    binary = args.binary
    if not os.path.exists(binary):
        # Shipped with --files: each executor has its own copy.
        binary = SparkFiles.get(os.path.basename(binary))
    lines = sc.textFile(args.input, minPartitions=args.partitions)
    # One `pressa batch` process per partition; order within a partition is kept.
    analyses = lines.pipe(f"{binary} batch --threads 1 -")
    if args.output:
        analyses.saveAsTextFile(args.output)
        sc.stop()
        return 0
    spark_result = analyses.collect()
    sc.stop()

    single = subprocess.run([args.binary, "batch", args.input], capture_output=True, check=False)
    single_result = single.stdout.decode("utf-8").splitlines()
    same = spark_result == single_result
    print(f"{len(spark_result)} analyses from {args.partitions} partitions; "
          f"single process: {len(single_result)}; identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
