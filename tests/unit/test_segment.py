"""The Dutch sentence splitter."""

from __future__ import annotations

import pytest

from pipeline.segment import sentence_spans


def sentences(text):
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("De verbouwing kostte ca. 20 mln. euro. Daarna niet.", ["De verbouwing kostte ca. 20 mln. euro.", "Daarna niet."]),
    ("Het bedrag steeg tot 20 mln. De topman zweeg.", ["Het bedrag steeg tot 20 mln.", "De topman zweeg."]),
    ("Sofina: € 10,6 mld. (Intrinsieke waarde); € 8,1 mld. (Beurswaarde).",
     ["Sofina: € 10,6 mld. (Intrinsieke waarde); € 8,1 mld. (Beurswaarde)."]),
    ("Zij noemde o.a. Shell. En BP.", ["Zij noemde o.a. Shell.", "En BP."]),
    ("Dat is d.w.z. veel. Echt.", ["Dat is d.w.z. veel.", "Echt."]),
    ("Bijv. Philips N.V. meldde 1.234,5 mln. euro winst.", ["Bijv. Philips N.V. meldde 1.234,5 mln. euro winst."]),
    ("Het kost 12,3 mld. euro! Echt? Ja.", ["Het kost 12,3 mld. euro!", "Echt?", "Ja."]),
    ("Volgens J. Smit is het nr. 1 van de markt.", ["Volgens J. Smit is het nr. 1 van de markt."]),
    ("Kop zonder punt\nEerste zin.", ["Kop zonder punt", "Eerste zin."]),
    ("De mrd. euro's en Picnic B.V. vallen samen.", ["De mrd. euro's en Picnic B.V. vallen samen."]),
    # a legal form before the figure of its clause
    ("In 2021 haalde Tegelpay B.V. 60 miljoen euro op.", ["In 2021 haalde Tegelpay B.V. 60 miljoen euro op."]),
    # but a scale abbreviation before a year still ends one
    ("De omzet was 20 mln. 2025 wordt beter.", ["De omzet was 20 mln.", "2025 wordt beter."]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected
