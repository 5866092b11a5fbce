#!/usr/bin/env python3
"""Turns a pandas column of texts into a DataFrame of persons, officials and dates with pressa.

One row per fact: the document's index, the fact (person, official or date), the text as
written, its base form (persons, officials) or ISO 8601 value (dates), the official's position
and organisation, and the character offsets into the document. The whole column is analysed in
one `analyze_many` call, on every core.

    pip install ./python pandas
    python3 examples/python/pandas_example.py                     # a few built-in texts
    python3 examples/python/pandas_example.py news.csv --column text --pub-date 2024-05-10
"""

import argparse
import sys

import pandas as pd

import pressa

SAMPLE = [
    "Мэр Москвы Сергей Собянин открыл форум 5 июня. Заместитель мэра Москвы Максим Ликсутов "
    "рассказал о новых линиях метро.",
    "Вчера министр финансов Антон Силуанов заявил, что бюджет на 2025 год будет исполнен.",
    "Allard Castelein, chief executive of the Port of Rotterdam Authority, said on March 5, 2024 "
    "that the terminals would be automated by 2027.",
]

COLUMNS = ["doc", "fact", "text", "value", "position", "org", "char_start", "char_end"]


def fact_rows(doc_id, doc):
    """The person, official and date rows of one analysis."""
    for e in doc["entities"]:
        if e["type"] == "PER":
            yield [doc_id, "person", e["text"], e["norm"], None, None, e["char_start"], e["char_end"]]
    for o in doc["officials"]:
        person, org = o["person"], o["org"]
        yield [
            doc_id,
            "official",
            person["text"],
            person["norm"],
            o["position"]["norm"],
            org["norm"] if org else None,
            person["char_start"],
            person["char_end"],
        ]
    for d in doc["dates"]:
        yield [doc_id, "date", d["text"], d["value"], None, None, d["char_start"], d["char_end"]]


def facts(texts, pub_date=None, threads=None):
    """A DataFrame of the persons, officials and dates of a Series of texts (missing texts are
    read as empty ones); `doc` is the Series' index label."""
    analyzer = pressa.Analyzer()
    clean = texts.fillna("").astype(str)
    docs = analyzer.analyze_many(clean.tolist(), threads, pub_date=pub_date)
    rows = [row for doc_id, doc in zip(clean.index, docs) for row in fact_rows(doc_id, doc)]
    return pd.DataFrame(rows, columns=COLUMNS)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", help="a CSV file (default: a few built-in texts)")
    ap.add_argument("--column", default="text", help="the CSV column with the texts (default: text)")
    ap.add_argument("--pub-date", help="publication date YYYY-MM-DD, for relative dates")
    ap.add_argument("--threads", type=int, help="worker threads (default: every core)")
    args = ap.parse_args()

    texts = pd.read_csv(args.csv)[args.column] if args.csv else pd.Series(SAMPLE, name="text")
    table = facts(texts, args.pub_date, args.threads)
    with pd.option_context("display.max_rows", 200, "display.max_columns", None, "display.width", 200):
        print(table)
    print()
    print(table.groupby("fact").size().to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main())
