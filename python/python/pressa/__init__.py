"""pressa: fast structured facts from Russian and English press texts.

An :class:`Analyzer` turns a text into a dict with exactly the structure of the ``pressa analyze
--format json`` command's output (less its ``"id"``): the document language, the sentences, the
entities (persons, organisations, places, positions) with their base forms and clusters, the
officials (a person with a position and an organisation), dates with ISO 8601 values, money,
percentages and industry sectors. Every span has byte offsets into the UTF-8 text (``start``,
``end``) and character offsets into the Python string (``char_start``, ``char_end``, end
exclusive), so ``text[item["char_start"]:item["char_end"]] == item["text"]``.

The analysis runs in Rust with the GIL released; :meth:`Analyzer.analyze_many` and
:meth:`Analyzer.iter_analyze` spread a batch over every core and keep the input order.
Everything the analyzer needs is inside the package: nothing is downloaded, ever.

>>> import pressa
>>> analyzer = pressa.Analyzer()
>>> doc = analyzer.analyze("Мэр Москвы Сергей Собянин открыл форум 5 июня.", pub_date="2024-05-10")
>>> doc["dates"][0]["value"]
'2024-06-05'
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Union

from . import _pressa

__all__ = ["Analyzer", "detect_language", "tokenize", "__version__"]

__version__: str = _pressa.__version__

# Documents per worker thread in one chunk of `Analyzer.iter_analyze`.
_CHUNK_PER_THREAD = 256

PubDate = Union[str, datetime.date, None]


def _check_text(text: object, what: str = "text") -> None:
    """Raises TypeError unless ``text`` is a ``str``."""
    if not isinstance(text, str):
        raise TypeError(f"{what} must be str, not {type(text).__name__}")


def _date_arg(pub_date: object) -> Optional[str]:
    """``pub_date`` as the ``YYYY-MM-DD`` string the Rust core parses (None stays None)."""
    if pub_date is None or isinstance(pub_date, str):
        return pub_date
    if isinstance(pub_date, datetime.datetime):
        pub_date = pub_date.date()
    if isinstance(pub_date, datetime.date):
        return pub_date.isoformat()
    raise TypeError(f"pub_date must be str, datetime.date or None, not {type(pub_date).__name__}")


def _threads_arg(threads: object) -> Optional[int]:
    """``threads`` checked: None (every core) or an int of at least 1."""
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(f"threads must be int or None, not {type(threads).__name__}")
    if threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    return threads


def _text_list(texts: Any, offset: int = 0) -> List[str]:
    """``texts`` as a list of ``str``, or TypeError naming the first item that is not one."""
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"texts must be an iterable of str, not a single {type(texts).__name__}")
    out = texts if isinstance(texts, list) else list(texts)
    for i, text in enumerate(out):
        _check_text(text, f"texts[{offset + i}]")
    return out


class Analyzer:
    """pressa's analyzer: build one and use it for every text, from any number of threads.

    Building it takes a fraction of a second (the lexicons and models are embedded and built
    once per process); analysing is thread-safe and releases the GIL.
    """

    __slots__ = ("_core",)

    def __init__(self) -> None:
        self._core = _pressa.Analyzer()

    def analyze(self, text: str, pub_date: PubDate = None) -> Dict[str, Any]:
        """Analyses one text.

        ``pub_date`` (a ``"YYYY-MM-DD"`` string or a ``datetime.date``) is the publication date,
        against which relative dates («вчера», «last Monday») and dates without a year are
        resolved. Returns the command's JSON object as a dict (see the module docstring).

        Raises TypeError when ``text`` is not a ``str``, ValueError when ``pub_date`` is not a
        valid date (and UnicodeEncodeError, a ValueError, for a string with lone surrogates).
        """
        _check_text(text)
        doc: Dict[str, Any] = json.loads(self._core.analyze_json(text, _date_arg(pub_date)))
        return doc

    def analyze_many(
        self, texts: Iterable[str], threads: Optional[int] = None, *, pub_date: PubDate = None
    ) -> List[Dict[str, Any]]:
        """Analyses many texts on ``threads`` threads (default: every core), GIL released.

        Returns one dict per text, in input order, each equal to ``analyze(text, pub_date)``.
        Raises TypeError when ``texts`` is a single string or holds anything but ``str``,
        ValueError for a bad ``pub_date`` or ``threads < 1``.
        """
        checked = _text_list(texts)
        date, n = _date_arg(pub_date), _threads_arg(threads)
        return [json.loads(doc) for doc in self._core.iter_json(checked, date, n)]

    def iter_analyze(
        self,
        iterable: Iterable[str],
        threads: Optional[int] = None,
        *,
        pub_date: PubDate = None,
        chunk_size: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Streams analyses: takes texts from ``iterable`` in chunks, analyses each chunk on
        ``threads`` threads (default: every core) with the GIL released, and yields one dict per
        text in input order.

        A chunk holds ``chunk_size`` texts (default: 256 per thread), so memory stays bounded
        however long the iterable is. The arguments are checked at once; a text that is not a
        ``str`` raises TypeError when its chunk is reached.
        """
        date, n = _date_arg(pub_date), _threads_arg(threads)
        if chunk_size is None:
            chunk_size = _CHUNK_PER_THREAD * (n or os.cpu_count() or 1)
        elif isinstance(chunk_size, bool) or not isinstance(chunk_size, int):
            raise TypeError(f"chunk_size must be int or None, not {type(chunk_size).__name__}")
        elif chunk_size < 1:
            raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
        if isinstance(iterable, (str, bytes)):
            raise TypeError(f"iterable must yield str, not be a single {type(iterable).__name__}")
        # An empty batch checks pub_date now rather than at the first chunk.
        self._core.iter_json([], date, 1)
        return self._stream(iter(iterable), date, n, chunk_size)

    def _stream(
        self, texts: Iterator[str], date: Optional[str], threads: Optional[int], chunk_size: int
    ) -> Iterator[Dict[str, Any]]:
        """The generator behind :meth:`iter_analyze`."""
        done = 0
        while True:
            chunk = _text_list(list(itertools.islice(texts, chunk_size)), done)
            if not chunk:
                return
            for doc in self._core.iter_json(chunk, date, threads):
                yield json.loads(doc)
            done += len(chunk)

    def __repr__(self) -> str:
        return "pressa.Analyzer()"


def tokenize(text: str) -> List[Dict[str, Any]]:
    """The tokens of ``text``, the analyzer's first stage on its own (fast).

    Each token is a dict ``{"text", "start", "end", "kind", "script"}`` with character offsets
    (``text[start:end] == token["text"]``); ``kind`` is one of ``word``, ``number``, ``punct``,
    ``symbol``, ``url``, ``email``, ``hashtag``, ``mention``, ``emoji``, and ``script`` one of
    ``cyrillic``, ``latin``, ``mixed``, ``other``. Raises TypeError unless ``text`` is a ``str``.
    """
    _check_text(text)
    tokens: List[Dict[str, Any]] = json.loads(_pressa.tokenize_json(text))
    return tokens


def detect_language(text: str) -> Optional[str]:
    """The language of ``text`` as an ISO 639-1 code (``"ru"``, ``"en"``, ``"uk"``, …), or None
    when it has too few letters to tell. Raises TypeError unless ``text`` is a ``str``.
    """
    _check_text(text)
    return _pressa.detect_language(text)
