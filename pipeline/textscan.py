"""Fast scanning helpers shared by the rule modules.

Two facts about Python's ``re`` engine drive these helpers (measured on the
corpus, see the README's speed section):

* a case-insensitive pattern is 2-3x slower than the same pattern run on a
  lower-cased copy of the text without ``re.IGNORECASE``;
* a search only skips ahead quickly when the pattern starts with a literal
  or a character set; ``\\b(?:vorig jaar|dit jaar|…)`` is tried at every
  position of the text, ``(?:v…|d…)`` jumps from candidate letter to
  candidate letter.

:func:`lowered` gives the lower-cased copy with every offset kept, so a
match on it is a match on the original; :func:`phrase_alternation` builds an
alternation of phrases that starts with a character set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets carry over.

    ``str.lower`` turns a few characters into two ("İ" -> "i̇"); those are
    kept as they are (they never start a Dutch cue word).
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def phrase_alternation(phrases: Iterable[str], *, word_start: bool = True, not_after: str = r"\w") -> str:
    """A non-capturing alternation of lower-case ``phrases``, longest first,
    with any run of white space between their words.

    The alternatives are grouped by their first character, so the compiled
    pattern begins with a character set and ``re`` can skip ahead.  With
    ``word_start`` a phrase that begins with a word character must not
    follow a character of the class ``not_after`` (the default says what a
    leading ``\\b`` would say; ``r"[\\w-]"`` also keeps out "…-omzet").
    """
    by_first: dict[str, list[str]] = {}
    for phrase in sorted({p.lower() for p in phrases if p}, key=len, reverse=True):
        by_first.setdefault(phrase[0], []).append(phrase)
    branches = []
    for first, group in by_first.items():
        # after the first character: "not (word character, any character)"
        # behind us is "no word character before the first one"
        guard = rf"(?<!{not_after}.)" if word_start and re.match(r"\w", first) else ""
        rests = [re.escape(p[1:]).replace(r"\ ", r"\s+") for p in group]
        rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        branches.append(f"{re.escape(first)}{guard}{rest}")
    return "(?:" + "|".join(branches) + ")"


def literal_alternation(literals: Iterable[str]) -> str:
    """A non-capturing alternation of ``literals`` as they are (case and
    spaces kept), longest first, grouped by first character like
    :func:`phrase_alternation`: at a position only one group is tried."""
    by_first: dict[str, list[str]] = {}
    for literal in sorted({x for x in literals if x}, key=len, reverse=True):
        by_first.setdefault(literal[0], []).append(literal)
    branches = []
    for first, group in by_first.items():
        rests = [re.escape(x[1:]) for x in group]
        rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        branches.append(f"{re.escape(first)}{rest}")
    return "(?:" + "|".join(branches) + ")"
