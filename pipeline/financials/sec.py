"""Read SEC EDGAR companyfacts JSON (``data.sec.gov/api/xbrl/companyfacts/CIK….json``).

A companyfacts file holds every fact a filer ever tagged, per concept and
unit, each with its dates, the filing (``accn``, ``form``, ``filed``) and, on
one of the copies, the calendar ``frame`` the SEC assigned.  Three things
need care:

- The same fact appears once per filing that shows it (a quarter reappears
  as the comparative column a year later): one figure per span is kept, the
  latest filed, so a restatement wins and two filings do not count as two
  sources.
- Fiscal periods are matched to calendar periods through the SEC's frame
  where a copy carries one, else by the same rule the SEC applies
  (:func:`~pipeline.financials.records.calendar_label`).
- Fourth quarters are rarely tagged: the 10-K gives the year and the Q3
  10-Q the first nine months, so Q4 is derived as year minus nine months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.financials.records import (
    FinancialsError,
    ReportedFigure,
    calendar_label,
    concept_rules,
    instant_label,
    keep_preferred_concepts,
    sec_frame_label,
)

#: Units that are currencies (``USD``, ``EUR``); ``shares``, ``pure`` and
#: ``USD/shares`` are not money totals.
_CURRENCY_UNIT = re.compile(r"^[A-Z]{3}$")

#: Lengths in days of a fiscal year and of its first nine months, with the
#: slack the SEC frames allow (52/53-week years, calendar quirks).
_YEAR_DAYS = range(335, 396)
_NINE_MONTH_DAYS = range(243, 304)

_COMPANYFACTS_URL = "https://data.sec.gov/api/xbrl/companyfacts/{cik}.json"


@dataclass(frozen=True, slots=True)
class SecFact:
    """One fact of a companyfacts file, reduced to what the checker uses."""

    concept: str
    currency: str
    start: date | None
    """None for an instant (a balance)."""
    end: date
    value: float
    accn: str = ""
    form: str = ""
    filed: date | None = None
    frame: str = ""
    note: str = ""
    derived: str = ""

    @property
    def days(self) -> int:
        return 0 if self.start is None else (self.end - self.start).days + 1


def is_companyfacts(data: object) -> bool:
    """True for the JSON of the SEC companyfacts API."""
    return (isinstance(data, dict) and isinstance(data.get("facts"), dict)
            and ("cik" in data or "entityName" in data))


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def parse_fact(concept: str, currency: str, entry: dict) -> SecFact:
    """One entry of ``facts[taxonomy][concept]["units"][currency]``."""
    try:
        return SecFact(
            concept=concept, currency=currency,
            start=_date(entry.get("start")), end=date.fromisoformat(entry["end"]),
            value=float(entry["val"]), accn=entry.get("accn") or "",
            form=entry.get("form") or "", filed=_date(entry.get("filed")),
            frame=entry.get("frame") or "",
        )
    except (KeyError, TypeError, ValueError) as err:
        raise FinancialsError(f"companyfacts {concept}: unreadable fact {entry!r} ({err})") from err


def latest_per_span(facts: list[SecFact]) -> list[SecFact]:
    """One fact per (concept, currency, span): the latest filed, with any frame kept.

    The SEC puts the ``frame`` on one copy only, not always the latest, so
    the frame is carried over from whichever copy has it.
    """
    groups: dict[tuple, list[SecFact]] = {}
    for fact in facts:
        groups.setdefault((fact.concept, fact.currency, fact.start, fact.end), []).append(fact)
    kept = []
    for copies in groups.values():
        copies.sort(key=lambda f: (f.filed or date.min, f.accn))
        latest = copies[-1]
        frame = next((f.frame for f in reversed(copies) if f.frame), "")
        earlier_values = sorted({f.value for f in copies[:-1]} - {latest.value})
        note = ""
        if earlier_values:
            earlier = ", ".join(f"{v:,.0f}" for v in earlier_values)
            note = f"restated; earlier filings gave {earlier}"
        kept.append(replace(latest, frame=frame, note=note))
    return kept


def derive_fourth_quarters(facts: list[SecFact]) -> list[SecFact]:
    """Fourth quarters as fiscal year minus its first nine months, where untagged.

    Only spans no fact already covers are derived, so a filer that does tag
    Q4 keeps its own figure.
    """
    spans = {(f.concept, f.currency, f.start, f.end) for f in facts}
    years = [f for f in facts if f.start is not None and f.days in _YEAR_DAYS]
    nine_months = {}
    for fact in facts:
        if fact.start is not None and fact.days in _NINE_MONTH_DAYS:
            nine_months[(fact.concept, fact.currency, fact.start)] = fact
    derived = []
    for year in years:
        first_nine = nine_months.get((year.concept, year.currency, year.start))
        if first_nine is None or first_nine.end >= year.end:
            continue
        q4_start = first_nine.end + timedelta(days=1)
        if (year.concept, year.currency, q4_start, year.end) in spans:
            continue
        derived.append(SecFact(
            concept=year.concept, currency=year.currency, start=q4_start, end=year.end,
            value=year.value - first_nine.value, accn=year.accn, form=year.form,
            filed=year.filed,
            derived=(f"fourth quarter = fiscal year {year.start}..{year.end} ({year.form} "
                     f"{year.accn}) minus nine months to {first_nine.end} "
                     f"({first_nine.form} {first_nine.accn})"),
        ))
    return derived


def read_companyfacts(data: dict) -> list[ReportedFigure]:
    """The figures of a companyfacts document whose concepts map to a metric."""
    if not is_companyfacts(data):
        raise FinancialsError("not an SEC companyfacts document (no 'facts' and 'cik')")
    company = str(data.get("entityName") or "")
    ids: tuple[str, ...] = ()
    cik_text = str(data.get("cik") or "").strip()
    if cik_text.isdigit():
        cik = f"CIK{int(cik_text):010d}"
        ids = (cik, str(int(cik_text)))
        url = _COMPANYFACTS_URL.format(cik=cik)
    else:
        url = "SEC companyfacts"
    rules = concept_rules()

    facts = []
    for taxonomy, concepts in data["facts"].items():
        for name, body in (concepts or {}).items():
            concept = f"{taxonomy}:{name}"
            if concept not in rules:
                continue
            for unit, entries in (body.get("units") or {}).items():
                if _CURRENCY_UNIT.match(unit):
                    facts.extend(parse_fact(concept, unit, entry) for entry in entries)
    facts = latest_per_span(facts)
    facts.extend(derive_fourth_quarters(facts))

    figures = [_figure(fact, company=company, ids=ids, url=url,
                       metric=rules[fact.concept].metric) for fact in facts]
    return keep_preferred_concepts(figures)


def _figure(fact: SecFact, *, company: str, ids: tuple[str, ...], url: str,
            metric: str) -> ReportedFigure:
    instant = fact.start is None
    framed = sec_frame_label(fact.frame)
    if framed is not None and framed[1] == instant:
        period = framed[0]
    elif instant:
        period = instant_label(fact.end)
    else:
        period = calendar_label(fact.start, fact.end)
    if fact.derived:
        source = f"{url} {fact.concept}, derived"
    else:
        filed = f", filed {fact.filed}" if fact.filed else ""
        source = f"{url} {fact.concept} ({fact.form} {fact.accn}{filed})"
    return ReportedFigure(
        company=company, metric=metric, period=period, value=fact.value,
        currency=fact.currency, source=source, note=fact.note, company_ids=ids,
        concept=fact.concept, start=fact.start, end=fact.end, instant=instant,
        filed=fact.filed, derived=fact.derived,
    )
