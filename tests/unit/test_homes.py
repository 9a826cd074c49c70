"""Where companies are at home, and the words that point at a home."""

from __future__ import annotations

import pytest

from pipeline.homes import CITY, COUNTRY, Home, home_of, place_words


@pytest.mark.parametrize("name, country, city", [
    ("Ahold Delhaize", "NL", "Zaandam"),   # homes.tsv
    ("SAP", "DE", "Walldorf"),
    ("Ericsson", "SE", "Stockholm"),
    ("Keurig Dr Pepper", "US", "Burlington"),
    ("Unilever", "GB", "Londen"),
])
def test_homes_listed(name, country, city):
    assert home_of(name) == Home(country, city)


def test_a_country_from_the_gazetteer_or_an_isin():
    # not in homes.tsv: gazetteer.csv says Germany, 1&1's ISIN starts with DE
    assert home_of("1&1").country == "DE"


def test_no_home_for_a_company_nobody_listed():
    assert home_of("Tegelpay") is None


@pytest.mark.parametrize("word, place", [
    ("zweedse", (COUNTRY, "SE")),
    ("zweden", (COUNTRY, "SE")),        # "De Zweden boekten …"
    ("zwitsers", (COUNTRY, "CH")),      # adjective and people alike
    ("chinese", (COUNTRY, "CN")),
    ("zaandamse", (CITY, "Zaandam")),
    ("walldorf", (CITY, "Walldorf")),   # "het concern uit Walldorf"
    ("berlijners", (CITY, "Berlijn")),
    ("haagse", (CITY, "Den Haag")),
])
def test_place_words(word, place):
    assert place_words()[word] == place


def test_a_home_matches_its_country_and_its_town_only():
    home = Home("NL", "Zaandam")
    assert home.matches((COUNTRY, "NL")) and home.matches((CITY, "Zaandam"))
    assert not home.matches((COUNTRY, "DE")) and not home.matches((CITY, "Veghel"))
    assert not Home("NL").matches((CITY, ""))
