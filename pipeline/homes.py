"""Where companies are at home, and the words that point at a home.

Dutch business writing refers back to a company by its home town or country
as often as by its name: "het Zaandamse concern" is Ahold Delhaize, "het
concern uit Walldorf" SAP, "De Zweden boekten …" Ericsson.  This module
answers two questions from the data under ``models/companies/``:

* :func:`company_homes` — the home country (ISO code) and town of each
  company, by normalised name: ``homes.tsv`` first, else the country column
  of ``gazetteer.csv``, else the first two letters of an ISIN;
* :func:`place_words` — what a case-folded adjective, demonym or town name
  points at: ``("country", "SE")`` for "zweedse" and "zweden",
  ``("city", "Zaandam")`` for "zaandamse" and "zaandam".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipeline.names import normalise_name
from pipeline.resources import read_csv, read_tsv

COUNTRY = "country"
CITY = "city"


@dataclass(frozen=True, slots=True)
class Home:
    country: str = ""
    """ISO 3166 code; empty when unknown."""
    city: str = ""
    """The home town as Dutch writes it; empty when unknown."""

    def matches(self, place: tuple[str, str]) -> bool:
        kind, value = place
        return bool(value) and (self.country == value if kind == COUNTRY else self.city == value)


def _split(cell: str | None) -> list[str]:
    return [part.strip().casefold() for part in (cell or "").split("|") if part.strip()]


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], frozenset[str]]:
    """Country as gazetteer.csv writes it -> ISO code; and every ISO code."""
    rows = read_tsv("companies", "countries.tsv")
    return {row["country"]: row["iso"] for row in rows}, frozenset(row["iso"] for row in rows)


def _isin_country(identifier: str) -> str:
    # an ISIN starts with its issuer's country ("SE0000108649" is Ericsson's);
    # tickers and empty ids give nothing
    _, codes = _countries()
    if len(identifier) == 12 and identifier[:2] in codes and identifier[2:].isalnum():
        return identifier[:2]
    return ""


@lru_cache(maxsize=1)
def company_homes() -> dict[str, Home]:
    """Normalised company name -> its :class:`Home`."""
    by_country, _ = _countries()
    homes: dict[str, Home] = {}
    for row in read_csv("companies", "gazetteer.csv"):
        country = by_country.get(row.get("country") or "") or _isin_country(row.get("id") or "")
        if country:
            homes[normalise_name(row["name"])] = Home(country)
    for row in read_csv("companies", "curated.csv"):
        country = _isin_country(row.get("id") or "")
        key = normalise_name(row["name"])
        if country and key not in homes:
            homes[key] = Home(country)
    for row in read_tsv("companies", "homes.tsv"):
        homes[normalise_name(row["name"])] = Home(row["country"], row.get("city") or "")
    return homes


@lru_cache(maxsize=1)
def place_words() -> dict[str, tuple[str, str]]:
    """Case-folded adjective, demonym or town -> ``(COUNTRY, iso)`` or ``(CITY, town)``."""
    words: dict[str, tuple[str, str]] = {}
    for row in read_tsv("companies", "countries.tsv"):
        for word in _split(row["adjectives"]) + _split(row["people"]):
            words[word] = (COUNTRY, row["iso"])
    for row in read_tsv("companies", "homes.tsv"):
        city = row.get("city") or ""
        if not city:
            continue
        for word in [city.casefold()] + _split(row.get("adjectives")) + _split(row.get("people")):
            words.setdefault(word, (CITY, city))
    return words


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Plural demonyms of countries and towns ("zweden", "berlijners")."""
    names = [word for row in read_tsv("companies", "countries.tsv") for word in _split(row["people"])]
    names += [word for row in read_tsv("companies", "homes.tsv") for word in _split(row.get("people"))]
    return frozenset(names)


def home_of(name: str) -> Home | None:
    return company_homes().get(normalise_name(name))
