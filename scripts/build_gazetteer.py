#!/usr/bin/env python
"""Rebuild ``models/companies/gazetteer.csv`` from pytickersymbols.

One command (run from the repository root)::

    pip install "cijfercheck[gazetteer]"      # or: pip install pytickersymbols
    python scripts/build_gazetteer.py

pytickersymbols ships the constituents of the major stock indices with their
ISINs, compiled from Wikipedia and Yahoo Finance; a newer release of the
package brings newer index compositions, so upgrading it and running this
script refreshes the list.  The script

* cleans each constituent's name ("Tesla, Inc." -> "Tesla", "Rio Tinto
  (corporation)" -> "Rio Tinto") with the legal forms of
  ``legal_forms.txt``;
* derives a short alias by stripping generic trailing words of
  ``descriptors.txt`` ("Infineon Technologies" -> "Infineon"), unless that
  alias is a first name, a place, a listed ambiguous word or another
  company's alias;
* picks one ISIN as ``id`` (the one issued in the company's own country,
  ADRs last) and keeps all of them in ``isins``;
* marks names that are also common words or names (``ambiguous.tsv``,
  ``first_names.txt``, places in ``non_companies.tsv``) so the matcher
  demands context for them.

Hand-curated companies (private companies, AMX/AScX, preferred short names
such as "Meta" for "Meta Platforms") live in ``curated.csv``, which is merged
at load time; nothing here needs to change to add one.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# The script belongs to the repository, not to the installed package, so it
# locates the data folder next to itself.
REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "models" / "companies"

#: Indices read by default: the markets Dutch and Belgian financial news
#: covers.  Small caps (S&P 600, SDAX) are left out: many of their names are
#: ordinary words and they rarely appear in Dutch reporting.
DEFAULT_INDICES = (
    "AEX", "BEL 20", "CAC_40", "CAC Mid 60", "DAX", "MDAX", "TecDAX",
    "EURO STOXX 50", "FTSE 100", "IBEX 35", "OMX Stockholm 30",
    "OMX Helsinki 25", "Switzerland 20", "NIKKEI 225", "DOW JONES",
    "S&P 100", "S&P 500", "NASDAQ 100",
)

#: ISIN country prefixes of the countries pytickersymbols reports.
COUNTRY_PREFIX = {
    "Netherlands": "NL", "Belgium": "BE", "France": "FR", "Germany": "DE",
    "United Kingdom": "GB", "United States": "US", "Japan": "JP", "Spain": "ES",
    "Sweden": "SE", "Finland": "FI", "Switzerland": "CH", "Italy": "IT",
    "Luxembourg": "LU", "Ireland": "IE", "Denmark": "DK", "Norway": "NO",
    "Austria": "AT", "Portugal": "PT", "Canada": "CA", "Jersey": "JE",
    "Bermuda": "BM", "China": "CN", "Israel": "IL", "Argentina": "AR",
}

#: Shortest alias kept when it was derived, not given (two-letter tickers
#: like "LY" or "M3" collide with ordinary abbreviations).
MIN_DERIVED_ALIAS = 3

COLUMNS = ["name", "id", "isins", "aliases", "ambiguous", "kind", "indices",
           "country", "symbol", "source"]

_PARENTHESES = re.compile(r"\s*\([^)]*\)")
# share class glued to the name: "IndustrivärdenC", "LifcoB"
_SHARE_CLASS = re.compile(r"(?<=[a-zäöüåé])[ABC]$")
_PUNCT = re.compile(r"[^\w\s&]+")


def _key(word: str) -> str:
    """Case-folded word without punctuation, for list look-ups."""
    return _PUNCT.sub("", word.casefold()).strip()


def _read_lines(name: str) -> list[str]:
    return [
        line.strip()
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _read_tsv(name: str) -> list[dict[str, str]]:
    lines = _read_lines(name)
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass
class Lists:
    legal_forms: set[str]
    descriptors: set[str]
    first_names: set[str]
    places: set[str]
    ambiguous: dict[str, str]

    @classmethod
    def load(cls) -> Lists:
        non_companies = _read_tsv("non_companies.tsv")
        return cls(
            legal_forms={_key(f) for f in _read_lines("legal_forms.txt")} - {""},
            descriptors={_key(w) for w in _read_lines("descriptors.txt")},
            first_names={n.casefold() for n in _read_lines("first_names.txt")},
            places={r["phrase"].casefold() for r in non_companies if r["category"] == "place"},
            ambiguous={r["alias"]: r["level"] for r in _read_tsv("ambiguous.tsv")},
        )


@dataclass
class Company:
    name: str
    isins: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    derived: set[str] = field(default_factory=set)
    indices: list[str] = field(default_factory=list)
    country: str = ""
    symbol: str = ""
    ambiguous: str = ""
    short: str = ""

    def add_alias(self, alias: str, *, derived: bool = False) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)
            if derived:
                self.derived.add(alias)


def clean_name(raw: str, lists: Lists) -> str:
    """Drop parentheses, share classes and legal forms at both ends."""
    name = _PARENTHESES.sub("", raw).strip()
    name = _SHARE_CLASS.sub("", name)
    words = name.replace(",", " ").split()
    # "Carnival Corporation & plc", "Eli Lilly and Company": a connector left
    # dangling once the legal form is gone goes too
    connectors = {"&", "and", "en", "et"}
    changed = True
    while changed and len(words) > 1:
        changed = False
        if _key(words[-1]) in lists.legal_forms or words[-1] in connectors:
            words.pop()
            changed = True
        elif words[0].casefold() in {"the"}:
            words.pop(0)
            changed = True
    return " ".join(words)


def short_alias(name: str, lists: Lists) -> str:
    """Strip generic trailing words: "Palantir Technologies" -> "Palantir"."""
    words = name.split()
    while len(words) > 1 and _key(words[-1]) in lists.descriptors:
        words.pop()
    while len(words) > 1 and words[-1] in {"&", "and"}:
        words.pop()
    return " ".join(words)


def case_variants(alias: str) -> list[str]:
    """A shouted word of five letters or more is also written in title case
    ("NVIDIA" -> "Nvidia", "ABN AMRO" -> "ABN Amro"); acronyms stay."""
    words = alias.split(" ")
    titled = [w.title() if (len(w) >= 5 and w.isupper() and w.isalpha()) else w for w in words]
    variants = [alias]
    if titled != words:
        variants.append(" ".join(titled))
    return variants


def is_risky(alias: str, lists: Lists) -> bool:
    """A derived alias that would fire on people, places or ordinary words."""
    folded = alias.casefold()
    return (
        len(alias) < MIN_DERIVED_ALIAS
        or folded in lists.first_names
        or folded in lists.places
        or alias in lists.ambiguous
        or folded.split()[0] in lists.first_names and len(alias.split()) == 1
    )


def choose_isin(isins: list[str], country: str) -> str:
    """The ISIN issued in the company's own country, an ADR (US) last."""
    if not isins:
        return ""
    home = COUNTRY_PREFIX.get(country, "")
    ranked = sorted(
        isins,
        key=lambda isin: (
            isin[:2] != home,
            home != "US" and isin.startswith("US"),
        ),
    )
    return ranked[0]


def collect(indices: tuple[str, ...], lists: Lists) -> list[Company]:
    from pytickersymbols import PyTickerSymbols

    tickers = PyTickerSymbols()
    companies: dict[str, Company] = {}
    for index in indices:
        for stock in tickers.get_stocks_by_index(index):
            name = clean_name(stock["name"], lists)
            key = _key(name)
            company = companies.get(key)
            if company is None:
                company = companies[key] = Company(
                    name=name,
                    country=stock.get("country") or "",
                    symbol=stock.get("symbol") or "",
                )
            for isin in stock.get("isins") or []:
                if isin not in company.isins:
                    company.isins.append(isin)
            if index not in company.indices:
                company.indices.append(index)
    for company in companies.values():
        for variant in case_variants(company.name):
            company.add_alias(variant)
        short = short_alias(company.name, lists)
        if short != company.name and not is_risky(short, lists):
            company.short = short
            for variant in case_variants(short):
                company.add_alias(variant, derived=True)
        if "-" in company.name:
            # "Air France-KLM" is also written "Air France KLM"
            company.add_alias(company.name.replace("-", " "), derived=True)
        single = " " not in company.name
        if company.name in lists.ambiguous:
            company.ambiguous = lists.ambiguous[company.name]
        elif single and (
            company.name.casefold() in lists.first_names
            or company.name.casefold() in lists.places
        ):
            company.ambiguous = "strict"
    return list(companies.values())


def resolve_collisions(companies: list[Company]) -> list[str]:
    """An alias claimed by two companies stays with the one whose name it is;
    a derived alias shared by several is dropped from all of them."""
    owners: dict[str, list[Company]] = defaultdict(list)
    for company in companies:
        for alias in company.aliases:
            owners[alias].append(company)
    report = []
    for alias, claimants in owners.items():
        if len(claimants) < 2:
            continue
        named = [c for c in claimants if alias not in c.derived]
        keep = named[0] if named else None
        for company in claimants:
            if company is not keep:
                company.aliases.remove(alias)
        report.append(
            f"{alias!r}: {', '.join(c.name for c in claimants)} -> "
            f"{keep.name if keep else 'dropped'}"
        )
    return report


def display_name(company: Company) -> str:
    """The name readers use: the derived short name when it survived
    ("NXP" for "NXP Semiconductors"), else the cleaned name.  The longer name
    stays an alias, and a mention of it keeps it as written."""
    return company.short if company.short in company.aliases else company.name


def write(companies: list[Company], output: Path, version: str) -> None:
    rows = []
    for company in sorted(companies, key=lambda c: c.name.casefold()):
        if not company.aliases:
            continue
        isin = choose_isin(company.isins, company.country)
        rows.append({
            "name": display_name(company),
            "id": isin or company.symbol,
            "isins": "|".join(company.isins),
            "aliases": "|".join(company.aliases),
            "ambiguous": company.ambiguous,
            "kind": "listed",
            "indices": "|".join(company.indices),
            "country": company.country,
            "symbol": company.symbol,
            "source": f"pytickersymbols {version}",
        })
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--indices", nargs="+", default=list(DEFAULT_INDICES),
        help="pytickersymbols index names (default: %(default)s)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=DATA / "gazetteer.csv",
        help="where to write the table (default: models/companies/gazetteer.csv)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print the alias collisions resolved",
    )
    args = parser.parse_args(argv)
    try:
        from importlib.metadata import version

        ticker_version = version("pytickersymbols")
    except Exception:  # noqa: BLE001 - the package may be missing entirely
        print("pytickersymbols is not installed: pip install pytickersymbols", file=sys.stderr)
        return 2
    lists = Lists.load()
    companies = collect(tuple(args.indices), lists)
    collisions = resolve_collisions(companies)
    write(companies, args.output, ticker_version)
    if args.verbose:
        for line in collisions:
            print("collision", line)
    print(f"wrote {args.output} ({sum(1 for c in companies if c.aliases)} companies, "
          f"{len(collisions)} alias collisions resolved)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
