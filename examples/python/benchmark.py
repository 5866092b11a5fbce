#!/usr/bin/env python3
"""Times pressa's `analyze_many` and, when it can be imported, natasha's full pipeline on the same
texts, and prints characters per second and the ratio.

natasha's pipeline is the one its documentation gives for news: Segmenter, NewsMorphTagger and
NewsNERTagger over NewsEmbedding, then every span normalised with MorphVocab. It runs on one
thread, so pressa is timed both on `--threads` threads and on one. The texts come from a JSONL
file (a "text" field on each line) or a folder of .txt files (all below it, sorted).

    pip install ./python natasha
    python3 examples/python/benchmark.py news.jsonl --limit 1000
    python3 examples/python/benchmark.py corpus/ --threads 2
    python3 examples/python/benchmark.py ../shared/corpora/NEREL/NEREL-v1.1/dev --batch target/release/pressa

With `--batch PRESSA` it also times the command's `batch` on the same texts (written to a
temporary JSONL file; one thread and `--threads`), the yardstick of the package's overhead.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pressa


def jsonl_texts(path):
    """The "text" fields of a JSONL file, read lazily."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["text"]


def load_texts(path, limit):
    """The non-empty texts of a JSONL file or a folder of .txt files, at most `limit` of them."""
    p = Path(path)
    if p.is_dir():
        texts = (f.read_text(encoding="utf-8") for f in sorted(p.rglob("*.txt")))
    else:
        texts = jsonl_texts(p)
    out = []
    for text in texts:
        if limit is not None and len(out) >= limit:
            break
        if text.strip():
            out.append(text)
    return out


def best_of(repeat, run):
    """The fastest of `repeat` runs of `run()` (which returns seconds and a count)."""
    return min((run() for _ in range(repeat)), key=lambda r: r[0])


def time_pressa(texts, threads):
    """Seconds for one `analyze_many` over `texts` (after a warm-up), and the persons found."""
    analyzer = pressa.Analyzer()
    analyzer.analyze_many(texts[:10], threads)
    start = time.perf_counter()
    docs = analyzer.analyze_many(texts, threads)
    elapsed = time.perf_counter() - start
    return elapsed, sum(e["type"] == "PER" for doc in docs for e in doc["entities"])


def time_batch(binary, texts, threads):
    """Wall seconds of `pressa batch` over `texts` on `threads` threads (process start included)."""
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for i, text in enumerate(texts):
                f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
        cmd = [binary, "batch", str(src), "-o", str(dst), "--threads", str(threads)]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        persons = sum(
            e["type"] == "PER" for line in dst.open(encoding="utf-8") for e in json.loads(line)["entities"]
        )
    return elapsed, persons


def natasha_pipeline():
    """natasha's news pipeline, doing what pressa does, as a function of a text (and the seconds
    its models took to load), or None when natasha is not installed: segmentation, morphology,
    NER, every span normalised, persons split into name parts (NamesExtractor), and dates and
    money with their values (DatesExtractor, MoneyExtractor), as natasha's README shows them."""
    start = time.perf_counter()
    try:
        from natasha import (
            DatesExtractor,
            Doc,
            MoneyExtractor,
            MorphVocab,
            NamesExtractor,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )
    except ImportError:
        return None
    segmenter, morph_vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph_tagger, ner_tagger = NewsMorphTagger(emb), NewsNERTagger(emb)
    names, dates, money = NamesExtractor(morph_vocab), DatesExtractor(morph_vocab), MoneyExtractor(morph_vocab)

    def run(text):
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph_tagger)
        doc.tag_ner(ner_tagger)
        for span in doc.spans:
            span.normalize(morph_vocab)
            if span.type == "PER":
                span.extract_fact(names)
        doc.facts = (list(dates(text)), list(money(text)))
        return doc

    return run, time.perf_counter() - start


def time_natasha(run, texts):
    """Seconds for natasha over `texts` (after a warm-up), and the persons found."""
    run(texts[0])
    start, persons = time.perf_counter(), 0
    for text in texts:
        persons += sum(span.type == "PER" for span in run(text).spans)
    return time.perf_counter() - start, persons


def report(name, chars, elapsed, persons):
    """Prints one timing line and returns the speed in characters per second."""
    speed = chars / elapsed
    print(f"{name:<24} {elapsed:8.2f} s {speed / 1e6:8.3f} M chars/s {persons:8} persons")
    return speed


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help='a JSONL file with a "text" field, or a folder of .txt files')
    ap.add_argument("--threads", type=int, default=None, help="pressa's threads (default: every core)")
    ap.add_argument("--limit", type=int, default=None, help="at most this many texts")
    ap.add_argument("--batch", metavar="PRESSA", help="also time this `pressa` binary's batch command")
    ap.add_argument("--repeat", type=int, default=3, help="pressa's timings: the best of this many runs")
    args = ap.parse_args()

    texts = load_texts(args.input, args.limit)
    if not texts:
        print(f"{args.input}: no texts", file=sys.stderr)
        return 1
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} texts, {chars:,} characters")
    threads = args.threads or "all"
    r = args.repeat
    fast = report(f"pressa, threads={threads}", chars, *best_of(r, lambda: time_pressa(texts, args.threads)))
    one = report("pressa, threads=1", chars, *best_of(r, lambda: time_pressa(texts, 1)))
    if args.batch:
        n = args.threads or os.cpu_count() or 1
        batch_fast = report(f"pressa batch, threads={n}", chars, *best_of(r, lambda: time_batch(args.batch, texts, n)))
        batch_one = report("pressa batch, threads=1", chars, *best_of(r, lambda: time_batch(args.batch, texts, 1)))
        print(f"Python / command time, one thread: {batch_one / one:.2f}×; threads={n}: {batch_fast / fast:.2f}×")
        print(f"threads={threads} / threads=1 speed-up in Python: {fast / one:.2f}×")
    start = time.perf_counter()
    pressa.Analyzer()
    pressa_start = time.perf_counter() - start
    loaded = natasha_pipeline()
    if loaded is None:
        print("natasha is not importable (pip install natasha): no comparison")
        return 0
    run, natasha_start = loaded
    slow = report("natasha (one thread)", chars, *time_natasha(run, texts))
    print(f"pressa / natasha: {fast / slow:.1f}× (pressa threads={threads}), {one / slow:.1f}× (one thread each)")
    # What a user waits for: start-up (models loaded) plus the texts, one thread each.
    wall_pressa, wall_natasha = pressa_start + chars / one, natasha_start + chars / slow
    print(
        f"start-up: pressa {pressa_start:.2f} s, natasha {natasha_start:.2f} s; "
        f"start-up + texts, one thread each: {wall_natasha / wall_pressa:.1f}×"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
