"""The reported figure a claim is held against, and its calendar period labels.

Claims carry calendar labels (``2025``, ``2025-Q3``, ``2025-H1``, ``2025-9M``);
filings carry dates.  The functions here translate between the two the way
the SEC does for its frames (``CY2025Q3``, ``CY2025``, ``CY2025Q3I``): a
duration goes to the calendar period of its length it overlaps most, an
instant to the nearest calendar quarter end.  So NVIDIA's fiscal Q3 2026
(2025-07-28 .. 2025-10-26) is ``2025-Q3``, and Apple's fiscal year ending
2025-09-27 is ``2025``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.resources import read_tsv

#: A period label of the claims table: a year, optionally a part of it.
PERIOD_LABEL = re.compile(r"^(?P<year>\d{4})(?:-(?P<part>Q[1-4]|H[12]|9M))?$")

#: Calendar parts of a year: label suffix -> (first month, last month).
_PARTS = {
    "": (1, 12),
    "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12),
    "H1": (1, 6), "H2": (7, 12),
    "9M": (1, 9),
}

#: Duration classes by length in days -> the parts a duration of that length
#: may be labelled with.  The SEC frames API allows 91 +/- 30 days for a
#: quarter and 365 +/- 30 for a year; halves and nine months get the same
#: +/- 30 day slack around their own length.
_DURATION_CLASSES = (
    ((61, 121), ("Q1", "Q2", "Q3", "Q4")),
    ((152, 212), ("H1", "H2")),
    ((243, 303), ("9M",)),
    ((335, 395), ("",)),
)


class FinancialsError(ValueError):
    """A financials file that cannot be read; the message names the file."""


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    """One figure a company reported (or a source reported for it)."""

    company: str
    """The company's name as the source gives it (``NVIDIA CORP``)."""
    metric: str
    """A metric of gold-format.md, or an auxiliary one (``operating_cash_flow``)
    that only serves as a related figure."""
    period: str
    """Calendar label (``2025``, ``2025-Q3``, ``2025-H1``, ``2025-9M``); for a
    balance, the calendar quarter whose end it is nearest; empty when unknown."""
    value: float
    """Whole currency units, signed as reported (a loss is negative)."""
    currency: str
    """ISO 4217 code."""
    per: str = ""
    """A rate (``month``, ``year`` ...) as in the claims table; empty for a total."""
    source: str = ""
    """Where the figure comes from: a URL, or the filing and concept."""
    note: str = ""
    """Free text from the source (the tidy CSV's ``note``)."""
    company_ids: tuple[str, ...] = ()
    """Identifiers of the company (SEC CIK, LEI, ticker) for matching claims."""
    concept: str = ""
    """The XBRL concept it was read from (``us-gaap:Revenues``), else empty."""
    start: date | None = None
    """First day of the period (None for a balance, or when only a label is known)."""
    end: date | None = None
    """Last day of the period, inclusive; the balance date of an instant."""
    instant: bool = False
    """True for a balance at one date (cash, debt), False for a flow over a period."""
    filed: date | None = None
    """Date the filing was made, when known."""
    rounding: float = 0.0
    """Half a unit of the precision the source states (xBRL ``decimals``);
    0 when the figure is exact or its rounding is unknown."""
    derived: str = ""
    """How the figure was computed when the source does not state it as such."""

    @property
    def span(self) -> str:
        """The dates the figure covers, ``2025-07-28..2025-10-26``, or ``2025-10-26``."""
        if self.end is None:
            return ""
        if self.instant or self.start is None:
            return self.end.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def period_bounds(label: str) -> tuple[date, date] | None:
    """First and last day of a period label; None for an empty or unknown label.

    >>> period_bounds("2025-Q3")
    (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30))
    """
    match = PERIOD_LABEL.match(label or "")
    if not match:
        return None
    year = int(match["year"])
    first, last = _PARTS[match["part"] or ""]
    return date(year, first, 1), _month_end(year, last)


def period_kind(label: str) -> str:
    """The length a label names: ``year``, ``quarter``, ``half``, ``9M`` or ``""``."""
    match = PERIOD_LABEL.match(label or "")
    if not match:
        return ""
    part = match["part"] or ""
    if not part:
        return "year"
    return {"Q": "quarter", "H": "half"}.get(part[0], part)


def _overlap_days(a_start: date, a_end: date, b_start: date, b_end: date) -> int:
    return max(0, (min(a_end, b_end) - max(a_start, b_start)).days + 1)


def calendar_label(start: date, end: date) -> str:
    """The calendar period a duration from ``start`` to ``end`` (inclusive) stands for.

    Its length picks the kind (quarter, half, nine months, year); among the
    calendar periods of that kind the one it overlaps most wins, provided
    the overlap is more than half the duration.  Other lengths get ``""``.

    >>> calendar_label(date(2025, 7, 28), date(2025, 10, 26))
    '2025-Q3'
    >>> calendar_label(date(2024, 9, 29), date(2025, 9, 27))
    '2025'
    """
    days = (end - start).days + 1
    for (shortest, longest), parts in _DURATION_CLASSES:
        if not shortest <= days <= longest:
            continue
        best_label, best_overlap = "", 0
        for year in range(start.year - 1, end.year + 1):
            for part in parts:
                label = f"{year}-{part}" if part else str(year)
                first, last = period_bounds(label)
                overlap = _overlap_days(start, end, first, last)
                if overlap > best_overlap:
                    best_label, best_overlap = label, overlap
        return best_label if best_overlap * 2 > days else ""
    return ""


def instant_label(day: date) -> str:
    """The calendar quarter whose end is nearest to a balance date.

    >>> instant_label(date(2025, 10, 26))
    '2025-Q3'
    >>> instant_label(date(2026, 1, 25))
    '2025-Q4'
    """
    best_distance, best_label = None, ""
    for year in (day.year - 1, day.year):
        for quarter in range(1, 5):
            distance = abs((day - _month_end(year, quarter * 3)).days)
            # "<=": halfway between two quarter ends (2024-11-15) goes to the
            # later one, as the SEC frames do (CY2024Q4I)
            if best_distance is None or distance <= best_distance:
                best_distance, best_label = distance, f"{year}-Q{quarter}"
    return best_label


def closing_quarter(label: str) -> str:
    """The quarter a period ends with: a balance "for" 2025 is the one at 2025-Q4.

    >>> closing_quarter("2025-9M")
    '2025-Q3'
    """
    bounds = period_bounds(label)
    if bounds is None:
        return ""
    last = bounds[1]
    return f"{last.year}-Q{(last.month - 1) // 3 + 1}"


def sec_frame_label(frame: str) -> tuple[str, bool] | None:
    """Translate an SEC frame to (label, instant): ``CY2025Q3I`` -> (``2025-Q3``, True)."""
    match = re.fullmatch(r"CY(\d{4})(Q[1-4])?(I)?", frame or "")
    if not match:
        return None
    year, quarter, instant = match.groups()
    return (f"{year}-{quarter}" if quarter else year), bool(instant)


@dataclass(frozen=True, slots=True)
class ConceptRule:
    """One row of ``models/financials/concepts.tsv``."""

    metric: str
    priority: int
    """Lower wins when two concepts give the same metric for the same period."""


@lru_cache(maxsize=1)
def concept_rules() -> dict[str, ConceptRule]:
    """``prefix:Concept`` -> rule, from ``models/financials/concepts.tsv``."""
    rules = {}
    for row in read_tsv("financials", "concepts.tsv"):
        key = f"{row['taxonomy']}:{row['concept']}"
        rules[key] = ConceptRule(metric=row["metric"], priority=int(row["priority"] or 1))
    return rules


def keep_preferred_concepts(figures: list[ReportedFigure]) -> list[ReportedFigure]:
    """Of figures for one metric and span from different concepts, keep the preferred.

    A filer may tag the same revenue as ``Revenues`` and as
    ``RevenueFromContractWithCustomerExcludingAssessedTax``; counting both
    would make one filing look like two agreeing sources.
    """
    rules = concept_rules()
    best: dict[tuple, ReportedFigure] = {}
    for figure in figures:
        key = (figure.company, figure.metric, figure.currency, figure.instant,
               figure.start, figure.end)
        current = best.get(key)
        if current is None or rules[figure.concept].priority < rules[current.concept].priority:
            best[key] = figure
    return list(best.values())
