"""The scanning helpers: lowered text keeps offsets; grouped alternations
match exactly what the plain alternation they replace matched."""

from __future__ import annotations

import re

import pytest

from pipeline.textscan import literal_alternation, lowered, phrase_alternation


@pytest.mark.parametrize("text", ["Vorig Jaar", "İstanbul en Ölüdeniz", "ÀÉÎÕÜ", "ß straße", ""])
def test_lowered_keeps_every_offset(text):
    low = lowered(text)
    assert len(low) == len(text)
    assert all(a.lower() == b or len(a.lower()) != 1 for a, b in zip(text, low))


PHRASES = ["vorig jaar", "vorige jaar", "dit jaar", "een jaar eerder", "een kwartaal eerder",
           "het afgelopen jaar", "afgelopen jaar", "volgend jaar"]


@pytest.mark.parametrize("text", [
    "Vorig jaar steeg de omzet; dit  jaar daalt hij.",
    "Een jaar eerder was dat anders, het afgelopen jaar ook.",
    "audit jaar, vorige jaar, volgend jaarverslag",
    "tevorig jaar en -dit jaar",
])
def test_phrase_alternation_matches_like_a_word_bounded_alternation(text):
    plain = re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                           for p in sorted(PHRASES, key=len, reverse=True)) + r")",
                       re.IGNORECASE)
    grouped = re.compile(phrase_alternation(PHRASES))
    assert [m.span() for m in grouped.finditer(lowered(text))] == [m.span() for m in plain.finditer(text)]


def test_phrase_alternation_not_after_keeps_compounds_out():
    pattern = re.compile(phrase_alternation(["omzet"], not_after=r"[\w-]"))
    assert [m.start() for m in pattern.finditer("netto-omzet en omzet")] == [15]


@pytest.mark.parametrize("text", [" N.V. en B.V.", "Holding Holdings", "plc PLC Plc", "&Co. & Co."])
def test_literal_alternation_is_case_sensitive_and_longest_first(text):
    literals = ["N.V.", "B.V.", "Holding", "Holdings", "plc", "PLC", "& Co."]
    plain = re.compile("|".join(re.escape(x) for x in sorted(literals, key=len, reverse=True)))
    grouped = re.compile(literal_alternation(literals))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
