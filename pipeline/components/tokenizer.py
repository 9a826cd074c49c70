"""Tokenizer adjustments for Dutch financial prose.

spaCy's Dutch tokenizer keeps ``Nvidia-chips`` and ``ASML’s`` as one token;
we split hyphens between letters and the possessive ``’s`` so a company
mention can be a span of its own.  ``€4,2mrd`` is split into sign, number and
scale for the same reason.
"""

from __future__ import annotations

from spacy.util import compile_infix_regex, compile_suffix_regex


# hyphen or en dash between two letters: Nvidia-chips, Air France-KLM
_HYPHEN_INFIX = r"(?<=[A-Za-zÀ-ÿ])[-–](?=[A-Za-zÀ-ÿ])"
# a number glued to a scale word or currency sign: 4,2mrd, 500k, 12€
_NUMBER_SCALE_INFIX = r"(?<=[0-9])(?=(?:mln|mld|mrd|mio|bn|k|M|€|\$|£)\b)"
# possessive 's after a capitalised name: ASML's, ASML’s
_POSSESSIVE_SUFFIX = r"(?<=[A-Z0-9])['’]s$"


def customise_tokenizer(nlp) -> None:
    """Add our infix and suffix rules to ``nlp.tokenizer`` in place."""
    infixes = list(nlp.Defaults.infixes or []) + [_HYPHEN_INFIX, _NUMBER_SCALE_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = [_POSSESSIVE_SUFFIX] + list(nlp.Defaults.suffixes or [])
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
