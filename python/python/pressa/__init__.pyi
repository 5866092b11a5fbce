"""Type stubs of pressa: fast structured facts from Russian and English press texts.

The TypedDicts below describe the dicts pressa returns; they exist for type checkers only
(import them under ``typing.TYPE_CHECKING``). An analysis has exactly the structure of the
``pressa analyze --format json`` command's output, less its ``"id"``. Every span carries byte
offsets into the UTF-8 text (``start``, ``end``) and character (code point) offsets into the
Python string (``char_start``, ``char_end``), end exclusive.
"""

import datetime
from typing import Iterable, Iterator, List, Optional, TypedDict, Union

__all__ = ["Analyzer", "detect_language", "tokenize", "__version__"]

__version__: str

PubDate = Union[str, datetime.date, None]

class Token(TypedDict):
    """A token from :func:`tokenize`; ``start`` and ``end`` are character offsets."""

    text: str
    start: int
    end: int
    kind: str  # word, number, punct, symbol, url, email, hashtag, mention, emoji
    script: str  # cyrillic, latin, mixed, other

class Span(TypedDict):
    """A stretch of the text: byte offsets, then character offsets."""

    start: int
    end: int
    char_start: int
    char_end: int

class TextSpan(Span):
    """A span with its text."""

    text: str

class Sentence(Span):
    """A sentence and its language (an ISO 639-1 code, or None when it cannot be told)."""

    lang: Optional[str]

class Entity(TextSpan):
    """A named entity; ``type`` is PER, ORG, LOC or POSITION, ``norm`` its base form and
    ``cluster`` the index of the thing it names in ``Analysis["clusters"]``."""

    type: str
    norm: str
    cluster: int

class Part(TextSpan):
    """A person, position or organisation of an official, with its base form."""

    norm: str

class OfficialMention(TypedDict):
    """One place where the text pairs the official's person with the position."""

    person: TextSpan
    position: TextSpan

class Official(TypedDict):
    """A person with a position and, where the text names it, an organisation."""

    person: Part
    position: Part
    org: Optional[Part]
    cluster: Optional[int]
    mentions: List[OfficialMention]

class DateMention(TextSpan):
    """A date expression; ``kind`` is date, range, relative or duration and ``value`` its ISO
    8601 / TIMEX3 value, when it could be determined."""

    kind: str
    value: Optional[str]

class MoneyMention(TextSpan):
    """An amount of money; ``currency`` is an ISO 4217 code, ``qualifier`` one of about,
    more_than, less_than, nearly, up_to, at_least, only."""

    amount: Optional[float]
    amount_max: Optional[float]
    currency: str
    qualifier: Optional[str]

class PercentMention(TextSpan):
    """A percentage, or percentage points when ``points`` is true."""

    value: Optional[float]
    value_max: Optional[float]
    points: bool
    qualifier: Optional[str]

class SectorMention(TypedDict):
    """An industry sector (ОКВЭД 2 / NACE Rev. 2 ``code``) and where the text mentions it."""

    code: str
    label_ru: str
    label_en: str
    count: int
    mentions: List[TextSpan]

class Cluster(TypedDict):
    """One thing the entities name: the indices of its mentions in ``Analysis["entities"]``."""

    id: int
    type: str
    name: str
    mentions: List[int]
    count: int

class Analysis(TypedDict):
    """What pressa found in one text: the command's JSON object."""

    lang: Optional[str]
    sentences: List[Sentence]
    entities: List[Entity]
    officials: List[Official]
    dates: List[DateMention]
    money: List[MoneyMention]
    percents: List[PercentMention]
    sectors: List[SectorMention]
    clusters: List[Cluster]

class Analyzer:
    """pressa's analyzer: build one and use it for every text, from any number of threads."""

    def __init__(self) -> None: ...
    def analyze(self, text: str, pub_date: PubDate = None) -> Analysis:
        """Analyses one text; relative dates are resolved against ``pub_date``.

        Raises TypeError for a non-``str`` text, ValueError for a malformed ``pub_date``.
        """
    def analyze_many(
        self, texts: Iterable[str], threads: Optional[int] = None, *, pub_date: PubDate = None
    ) -> List[Analysis]:
        """Analyses many texts on ``threads`` threads (default: every core) with the GIL
        released; one analysis per text, in input order."""
    def iter_analyze(
        self,
        iterable: Iterable[str],
        threads: Optional[int] = None,
        *,
        pub_date: PubDate = None,
        chunk_size: Optional[int] = None,
    ) -> Iterator[Analysis]:
        """Streams analyses in input order, ``chunk_size`` texts (default: 256 per thread) at a
        time, each chunk on ``threads`` threads with the GIL released."""

def tokenize(text: str) -> List[Token]:
    """The tokens of ``text``, with character offsets: ``text[t["start"]:t["end"]] == t["text"]``."""

def detect_language(text: str) -> Optional[str]:
    """The ISO 639-1 code of the language of ``text``, or None when it cannot be told."""
