"""Dutch sentence boundaries as a pure function over a string.

A sentence ends at ``.``, ``!`` or ``?`` followed by space and a capital,
digit or opening quote, and at every line break (the cleaner keeps line
breaks only between sentences and paragraphs).  Abbreviations from
``models/sentences/abbreviations.txt`` do not end a sentence ("ca. 20 mln.
euro"), and a number never splits ("1.234,5", "4.000").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.resources import read_tsv

_CANDIDATE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9ÀÁÉÈÖÜ€$£])|\n+")


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str], int]:
    never, scale = set(), set()
    for row in read_tsv("sentences", "abbreviations.txt"):
        (never if row["kind"] == "never" else scale).add(row["abbreviation"])
    longest = max(len(a) for a in never | scale)
    return frozenset(never), frozenset(scale), longest


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "([\"“":
        start -= 1
    return text[start:end]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of the sentences of ``text``."""
    from pipeline.amounts import grammar  # currencies decide "mln. euro" vs "mln. De"

    never, scale, _ = _abbreviations()
    currencies = grammar().currencies
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        boundary = match.end()
        if match.group().startswith("."):
            word = _word_before(text, match.start() + 1)
            lowered = word[:1].lower() + word[1:]
            if word in never or lowered in never:
                continue
            if re.fullmatch(r"[A-Z]\.", word):  # an initial: "J. Smit"
                continue
            if word in scale or lowered in scale:
                if word[:1].isupper() and text[boundary:boundary + 3].lstrip(" \t")[:1].isdigit():
                    continue  # "In 2021 haalde Tegelpay B.V. 60 miljoen euro op": a legal form before its figure
                if text[boundary:boundary + 3].lstrip(" \t")[:1] == "(":
                    continue  # "€ 7,9 mld. (Intrinsieke waarde)": the bracket goes with the figure
                following = re.match(r"\s+([\w’'$€£]+)", text[boundary:boundary + 40])
                if following and (
                    following.group(1).casefold() in currencies or following.group(1) in currencies
                ):
                    continue
        sentence_text = text[start:boundary]
        if sentence_text.strip():
            left = start + len(sentence_text) - len(sentence_text.lstrip())
            right = start + len(sentence_text.rstrip())
            spans.append((left, right))
        start = boundary
    tail = text[start:]
    if tail.strip():
        spans.append((start + len(tail) - len(tail.lstrip()), start + len(tail.rstrip())))
    return spans
