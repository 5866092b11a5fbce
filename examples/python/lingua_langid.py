"""lingua's figures on the language-ID data pressa's eval reads, for comparison.

    pip install lingua-language-detector    # a few hundred MB of models
    PRESSA_CORPORA=../shared/corpora python examples/python/lingua_langid.py

Prints, like `cargo run --release --example eval -- lang`: on the `langid-ud-dev` lines, the
share right and the share labelled Russian; on the Latin-script Slavic paragraphs (three
consecutive odd lines of the Lingua sentences joined; Serbian in Latin letters from
`langid-ud-dev/sr.txt`), the share right. lingua is built with all its languages and
preloaded models (its most accurate setting).
"""

import os
import sys

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder


def language(code):
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def main():
    corpora = os.environ.get("PRESSA_CORPORA", "../shared/corpora")
    if not os.path.isdir(corpora):
        sys.exit(f"corpora not found at {corpora}")
    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()
    print("langid-ud-dev lines: right % / labelled ru %")
    for code in ["uk", "be", "bg", "sr", "kk"]:
        lines = lines_of(os.path.join(corpora, "langid-ud-dev", f"{code}.txt"))
        if lines and lines[-1] == "":
            lines.pop()
        got = [detector.detect_language_of(line) for line in lines]
        right = sum(g == language(code) for g in got)
        as_ru = sum(g == Language.RUSSIAN for g in got)
        print(f"  {code}: {100 * right / len(lines):.1f} / {100 * as_ru / len(lines):.1f} ({len(lines)} lines)")
    print("Latin-script Slavic paragraphs: right %")
    for code in ["sl", "hr", "bs", "sr", "cs", "sk", "pl"]:
        if code == "sr":
            path = os.path.join(corpora, "langid-ud-dev", "sr.txt")
        else:
            path = os.path.join(corpora, "lingua-langid-testdata", code, "sentences.txt")
        odd = [line for line in lines_of(path) if line.strip()][0::2]
        paragraphs = [" ".join(odd[i : i + 3]) for i in range(0, len(odd) - 2, 3)]
        right = sum(detector.detect_language_of(p) == language(code) for p in paragraphs)
        print(f"  {code}: {100 * right / len(paragraphs):.1f} ({len(paragraphs)} paragraphs)")


if __name__ == "__main__":
    main()
