"""Company-name normalisation shared by evaluation, linking and checking.

gold-format.md matches company names "case-folded, legal forms and
punctuation dropped"; the same key joins a claim's company to a filing's
entity name ("NVIDIA CORP" and "Nvidia" are one company).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.resources import read_lines

_PUNCTUATION = re.compile(r"[^\w\s]+", re.UNICODE)  # "&" too: "Rothschild & Co" is "rothschild"
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _legal_form_words() -> frozenset[str]:
    forms = set()
    for form in read_lines("companies", "legal_forms.txt"):
        key = _SPACES.sub(" ", _PUNCTUATION.sub("", form.casefold())).strip()
        if key:
            forms.add(key)
    return frozenset(forms)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Case-fold, drop punctuation, accents and legal forms.

    >>> normalise_name("Koninklijke Philips N.V.")
    'philips'
    >>> normalise_name("NVIDIA CORP")
    'nvidia'
    """
    if not name:
        return ""
    # drop dots inside abbreviations first so "N.V." becomes the word "nv"
    text = _strip_accents(name.casefold()).replace("’", "'")
    text = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", text)
    # and the slash of "A/S" (Danish and Norwegian companies), as the list's key "as"
    text = re.sub(r"(?<=\b\w)/(?=\w\b)", "", text)
    text = _PUNCTUATION.sub(" ", text)
    words = _SPACES.sub(" ", text).strip().split(" ")
    forms = _legal_form_words()
    # strip legal forms from both ends; never strip a name down to nothing
    while len(words) > 1 and words[-1] in forms:
        words.pop()
    while len(words) > 1 and words[0] in forms:
        words.pop(0)
    return " ".join(w for w in words if w)
