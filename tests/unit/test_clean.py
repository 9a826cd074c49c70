"""Cleaning: unwrapping, debris, spaces — and offsets stay true."""

from __future__ import annotations

import pytest

from pipeline.amounts import find_amounts
from pipeline.clean import clean_text


@pytest.mark.parametrize("raw, cleaned", [
    ("De omzet van het\nbedrijf steeg.", "De omzet van het bedrijf steeg."),
    ("Eerste zin.\nTweede zin.", "Eerste zin.\nTweede zin."),
    ("Alinea een.\n\nAlinea twee.", "Alinea een.\n\nAlinea twee."),
    ("een verlies van 1,46\nmiljard dollar", "een verlies van 1,46 miljard dollar"),
    ("de AI-\nberekeningen", "de AI-berekeningen"),
    ("Tekst.\n\n.jpg)\n\n", "Tekst."),
    ("Tekst.\n![foto](beeld.png)\nMeer.", "Tekst.\n\nMeer."),
    ("Lees [het verslag](https://example.org/x) hier.", "Lees het verslag hier."),
    ("1,2\u00a0miljard\u202feuro", "1,2 miljard euro"),
    ("zero\u200bwidth", "zerowidth"),
    ("a  b   c", "a b c"),
    ("Tekst &amp; meer <br/> eind.", "Tekst & meer eind."),
    ("Regel\r\nvolgende", "Regel volgende"),
    ("- punt een\n- punt twee", "- punt een\n- punt twee"),
])
def test_clean_text(raw, cleaned):
    assert clean_text(raw) == cleaned


def test_offsets_refer_to_cleaned_text():
    raw = "Het bedrijf verbrandt maandelijks circa 1\nmiljard dollar.\n\n.jpg)"
    text = clean_text(raw)
    (mention,) = find_amounts(text)
    assert text[mention.start:mention.end] == mention.text == "1 miljard dollar"


def test_seed_is_unwrapped(seed_text):
    path, _ = seed_text
    text = clean_text(path.read_text(encoding="utf-8"))
    assert "1,46 miljard dollar" in text
    assert "In de eerste negen maanden van 2025 verbruikte" in text
    assert ".jpg)" not in text


def test_header_fields_keep_their_own_lines():
    raw = "Van: De Beurswekker\nOnderwerp: Toyota en een Utrechtse scale-up\nDatum: vrijdag 8 mei 2026\n\nGoedemorgen,"
    assert clean_text(raw).split("\n")[:3] == [
        "Van: De Beurswekker", "Onderwerp: Toyota en een Utrechtse scale-up", "Datum: vrijdag 8 mei 2026"]


def test_a_somewhat_short_first_line_before_a_capital_is_a_title():
    body = ("Vraag een luchtvaartbestuurder naar zijn grootste kostenpost en hij zal het\n"
            "personeel noemen. Vraag hem naar zijn grootste onzekerheid en het antwoord\n"
            "is kerosine. De prijs van een vat olie bepaalt of er winst overblijft aan\n"
            "het eind van het jaar.")
    text = clean_text("Kerosine: de grootste gok van elke luchtvaartmaatschappij\n" + body)
    assert text.split("\n")[0] == "Kerosine: de grootste gok van elke luchtvaartmaatschappij"
    # a full-width first line is wrapped text, joined
    assert clean_text(body).count("\n") == 0


def test_a_short_line_with_a_sentence_ending_inside_is_no_heading():
    raw = ("Nederlandse winkelketens zijn allang geen saai defensief verhaal meer, en wie wil meeprofiteren moet kijken.\n"
           "Begin bij de grootste. Ahold\n"
           "Delhaize N.V., het moederbedrijf van Albert Heijn en Delhaize, zette over\n"
           "2024 circa 89,4 miljard euro om. De onderliggende operationele marge kwam uit\n"
           "op 4 procent, goed voor een bedrijfsresultaat van 3,6 miljard euro.")
    assert "Begin bij de grootste. Ahold Delhaize N.V., het moederbedrijf" in clean_text(raw)
