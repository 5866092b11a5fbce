"""Tests of the pressa Python package (the installed wheel).

`analyze` must give exactly the `pressa` command's JSON; the batch and streaming forms must give
exactly what `analyze` gives, document by document; bad arguments raise TypeError or ValueError;
a 10 MB text goes through; and a batch releases the GIL. The command is `$PRESSA_BIN` (default
`target/release/pressa`; a relative path is taken from the repository root).
"""

import datetime
import json
import math
import os
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import pressa

REPO = Path(__file__).resolve().parents[2]
CORPUS = sorted((REPO / "corpus").glob("*.txt"))

SHORT_TEXTS = [
    "",
    " \n\t ",
    "a",
    "😀",
    "👩🏽‍💻 🇷🇺 ok",
    "\u0301",
    "\x00 NUL and \u00a0 nbsp",
    "Ёлка стоит. Ok.",
    "Мэр Москвы Сергей Собянин встретился с CEO Apple Тимом Куком в Tokyo 東京 🗼.",
    "Верховна Рада ухвалила закон про державний бюджет.",
    "Рост ВВП составил 8,1%, а выручка — 1 000 000 ₽.",
    "The central bank kept its key rate at 16% on Friday, Reuters reported.",
]


def read(path):
    """A corpus file exactly as the command reads it: UTF-8, line ends untouched."""
    return path.read_bytes().decode("utf-8")


def pressa_bin():
    """The command to compare against; skips when the default one was never built."""
    given = os.environ.get("PRESSA_BIN")
    path = Path(given or "target/release/pressa")
    if not path.is_absolute():
        path = REPO / path
    if not path.exists():
        if given:
            pytest.fail(f"PRESSA_BIN={given}: no such file")
        pytest.skip(f"{path} not built (cargo build --release -p pressa-cli)")
    return path


def command_json(path, pub_date=None):
    """The command's analysis of `path`, its "id" dropped."""
    args = [str(pressa_bin()), "analyze", "--format", "json", str(path)]
    if pub_date is not None:
        args += ["--pub-date", pub_date]
    out = subprocess.run(args, capture_output=True, check=True, cwd=REPO).stdout
    doc = json.loads(out.decode("utf-8"))
    assert doc.pop("id") == str(path)
    return doc


@pytest.fixture(scope="module")
def analyzer():
    return pressa.Analyzer()


def test_corpus_is_there():
    assert len(CORPUS) >= 2


@pytest.mark.parametrize("pub_date", [None, "2024-03-05"])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_analyze_equals_the_command(analyzer, path, pub_date):
    assert analyzer.analyze(read(path), pub_date=pub_date) == command_json(path, pub_date)


def test_pub_date_as_date(analyzer):
    text = read(CORPUS[0])
    expected = analyzer.analyze(text, "2024-03-05")
    assert analyzer.analyze(text, datetime.date(2024, 3, 5)) == expected
    assert analyzer.analyze(text, datetime.datetime(2024, 3, 5, 12, 30)) == expected


def spans(doc):
    """Every item of an analysis that has character offsets and a text."""
    for key in ("entities", "dates", "money", "percents"):
        yield from doc[key]
    for sector in doc["sectors"]:
        yield from sector["mentions"]
    for official in doc["officials"]:
        yield from (p for p in (official["person"], official["position"], official["org"]) if p)


ALL_TEXTS = SHORT_TEXTS + [read(p) for p in CORPUS]


@pytest.mark.parametrize("text", ALL_TEXTS, ids=[f"text{i}" for i in range(len(ALL_TEXTS))])
def test_character_offsets_index_the_python_string(analyzer, text):
    doc = analyzer.analyze(text)
    for item in spans(doc):
        assert text[item["char_start"]:item["char_end"]] == item["text"]
        assert len(text[: item["char_start"]].encode("utf-8")) == item["start"]
    for s in doc["sentences"]:
        assert 0 <= s["char_start"] <= s["char_end"] <= len(text)


@pytest.mark.parametrize("threads", [None, 1, 2, 7])
def test_analyze_many_equals_analyze(analyzer, threads):
    texts = ALL_TEXTS
    assert analyzer.analyze_many(texts, threads) == [analyzer.analyze(t) for t in texts]


def test_analyze_many_with_pub_date_and_any_iterable(analyzer):
    texts = ALL_TEXTS
    expected = [analyzer.analyze(t, "2024-03-05") for t in texts]
    assert analyzer.analyze_many(iter(texts), 2, pub_date="2024-03-05") == expected
    assert analyzer.analyze_many(tuple(texts), pub_date=datetime.date(2024, 3, 5)) == expected
    assert analyzer.analyze_many([]) == []


@pytest.mark.parametrize("chunk_size", [None, 1, 3, 1000])
def test_iter_analyze_equals_analyze(analyzer, chunk_size):
    texts = ALL_TEXTS * 3
    stream = analyzer.iter_analyze((t for t in texts), 2, chunk_size=chunk_size)
    assert list(stream) == [analyzer.analyze(t) for t in texts]
    assert list(analyzer.iter_analyze([])) == []


def test_tokenize():
    text = "Рост ВВП составил 8,1%. 😀 ok"
    tokens = pressa.tokenize(text)
    assert [t["text"] for t in tokens] == ["Рост", "ВВП", "составил", "8,1", "%", ".", "😀", "ok"]
    assert tokens[3]["kind"] == "number"
    assert tokens[0]["script"] == "cyrillic" and tokens[-1]["script"] == "latin"
    assert tokens[6] == {"text": "😀", "start": 24, "end": 25, "kind": "emoji", "script": "other"}
    for t in tokens:
        assert text[t["start"]:t["end"]] == t["text"]
    assert pressa.tokenize("") == []


def test_detect_language():
    assert pressa.detect_language("Центральный банк сохранил ключевую ставку на уровне 16% годовых.") == "ru"
    assert pressa.detect_language("The central bank kept its key rate unchanged on Friday.") == "en"
    assert pressa.detect_language("Верховна Рада ухвалила закон про державний бюджет на наступний рік.") == "uk"
    assert pressa.detect_language("2024 — 15:30") is None
    assert pressa.detect_language("") is None


@pytest.mark.parametrize("bad", [None, b"text", 5, ["text"]])
def test_type_errors(analyzer, bad):
    with pytest.raises(TypeError):
        analyzer.analyze(bad)
    with pytest.raises(TypeError):
        analyzer.analyze_many(["ok", bad])
    with pytest.raises(TypeError):
        list(analyzer.iter_analyze(["ok", bad], chunk_size=1))
    with pytest.raises(TypeError):
        pressa.tokenize(bad)
    with pytest.raises(TypeError):
        pressa.detect_language(bad)


def test_more_type_errors(analyzer):
    for texts in ("a single string", b"bytes", None, 5):
        with pytest.raises(TypeError):
            analyzer.analyze_many(texts)
        with pytest.raises(TypeError):
            analyzer.iter_analyze(texts)
    with pytest.raises(TypeError):
        analyzer.analyze("text", pub_date=20240305)
    with pytest.raises(TypeError):
        analyzer.analyze_many(["text"], threads="2")
    with pytest.raises(TypeError):
        analyzer.iter_analyze(["text"], chunk_size=2.5)


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "yesterday", "", "05.03.2024", "2024-03"])
def test_value_errors_for_pub_date(analyzer, bad):
    with pytest.raises(ValueError, match="pub_date"):
        analyzer.analyze("Вчера в Москве открылся форум.", pub_date=bad)
    with pytest.raises(ValueError, match="pub_date"):
        analyzer.analyze_many(["text"], pub_date=bad)
    with pytest.raises(ValueError, match="pub_date"):
        analyzer.iter_analyze(["text"], pub_date=bad)


def test_other_value_errors(analyzer):
    with pytest.raises(ValueError):
        analyzer.analyze_many(["text"], threads=0)
    with pytest.raises(ValueError):
        analyzer.iter_analyze(["text"], chunk_size=0)
    # A lone surrogate is no Unicode text: UnicodeEncodeError, a ValueError.
    with pytest.raises(ValueError):
        analyzer.analyze("broken \ud800 text")
    with pytest.raises(ValueError):
        analyzer.analyze_many(["ok", "\udfff"])


def test_analyzer_still_works_after_errors(analyzer):
    expected = [analyzer.analyze(t) for t in SHORT_TEXTS]
    for bad in (None, "\ud800"):
        with pytest.raises((TypeError, ValueError)):
            analyzer.analyze_many(SHORT_TEXTS + [bad])
    assert analyzer.analyze_many(SHORT_TEXTS) == expected


def test_one_analyzer_shared_by_python_threads(analyzer):
    texts = ALL_TEXTS * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(analyzer.analyze, texts))
    assert results == analyzer.analyze_many(texts)


def test_ten_megabytes(analyzer):
    article = read(next(p for p in CORPUS if p.name.startswith("ru_")))
    copies = math.ceil(10_000_000 / len(article.encode("utf-8")))
    text = "\n\n".join([article] * copies)
    assert len(text.encode("utf-8")) >= 10_000_000
    doc = analyzer.analyze(text)
    assert doc["lang"] == "ru"
    assert len(doc["sentences"]) >= copies
    assert doc["sentences"][-1]["char_end"] <= len(text)
    last = doc["entities"][-1]
    assert text[last["char_start"]:last["char_end"]] == last["text"]


class Spinner:
    """A Python thread that counts as fast as the GIL lets it, and notes its longest stall."""

    def __init__(self):
        self.count, self.longest_gap = 0, 0.0
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._spin, daemon=True)

    def _spin(self):
        last = time.perf_counter()
        self._started.set()
        while not self._stop.is_set():
            now = time.perf_counter()
            self.longest_gap = max(self.longest_gap, now - last)
            last = now
            self.count += 1

    def __enter__(self):
        self._thread.start()
        self._started.wait()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def test_analyze_many_releases_the_gil(analyzer):
    pair = [read(p) for p in CORPUS]
    start = time.perf_counter()
    analyzer.analyze_many(pair * 20, threads=1)
    per_copy = (time.perf_counter() - start) / 20
    # About two seconds of work on one worker thread, leaving a core to the spinner.
    texts = pair * max(20, min(20_000, int(2.0 / per_copy)))
    with Spinner() as alone:
        time.sleep(0.3)
    rate = alone.count / 0.3
    with Spinner() as spinner:
        start = time.perf_counter()
        analyzer.analyze_many(texts, threads=1)
        took = time.perf_counter() - start
    # With the GIL held through the call, the spinner would stall for nearly all of it and
    # count only while the results are decoded.
    assert spinner.longest_gap < took / 4, (spinner.longest_gap, took)
    assert spinner.count > 0.2 * rate * took, (spinner.count, rate, took)
