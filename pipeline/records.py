"""Typed records that travel between the stages.

Plain frozen dataclasses: cheap to create per document, picklable for worker
processes, and free of spaCy so the pure functions can use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Qualifier vocabulary of gold-format.md.
QUALIFIERS = ("exact", "approx", "lower_bound", "upper_bound", "range")
#: Rate vocabulary of gold-format.md (``per``).
PERS = ("month", "quarter", "year", "day", "week")
#: Metric vocabulary of gold-format.md.
METRICS = (
    "revenue", "net_income", "operating_income", "ebitda", "gross_profit",
    "cash_burn", "free_cash_flow", "valuation", "market_cap", "funding_raised",
    "investment", "acquisition_price", "debt", "cash", "dividend", "buyback",
    "costs", "other",
)
#: Metrics whose value is signed (a loss is negative).  Free cash flow and
#: ebitda go below zero too, and annotators write them so ("een vrije
#: kasstroom van min 1,9 miljard dollar"); they are signed only where the
#: text says negative (see pipeline.claims), never by a loss word nearby.
SIGNED_METRICS = ("net_income", "operating_income", "free_cash_flow", "ebitda")
#: Of those, the ones a loss word ("verlies") makes negative.
LOSS_METRICS = ("net_income", "operating_income")
#: Modality vocabulary of the claims table.
MODALITIES = ("reported", "forecast", "estimate")


@dataclass(frozen=True, slots=True)
class Amount:
    """A parsed monetary amount, value always positive."""

    value: float
    """Whole currency units; the low end of a range."""
    value_max: float | None = None
    """High end of a range, else None."""
    currency: str | None = None
    """ISO 4217 code, or None when the text gives none."""
    qualifier: str = "exact"
    """One of :data:`QUALIFIERS`."""
    per: str | None = None
    """One of :data:`PERS` for a rate, else None."""


@dataclass(frozen=True, slots=True)
class MoneyMention:
    """An amount found in a text, with its character offsets."""

    start: int
    end: int
    text: str
    amount: Amount


@dataclass(frozen=True, slots=True)
class CompanyMention:
    """A company mention found in a text."""

    start: int
    end: int
    text: str
    """The mention as written (``Nvidia`` inside ``Nvidia-chips``)."""
    name: str
    """Canonical name without legal form."""
    id: str = ""
    """ISIN, LEI, ticker or Wikidata id where known."""
    source: str = ""
    """Which rule or model found it (``gazetteer``, ``cue:apposition``, ``spacy``, ``hf``...)."""


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A reporting-period expression resolved to a label like ``2025-Q3``."""

    start: int
    end: int
    text: str
    label: str
    ends: date | None = None
    """The last day of a fiscal year that does not end in December
    ("boekjaar 2025/26, dat eind maart werd afgesloten"); else None."""
    kind: str = ""
    """``balance`` for the date of a balance ("per 30 juni", "eind september"),
    which dates stocks (debt, cash) rather than naming a period reported on."""


@dataclass(slots=True)
class Article:
    """One article as read from disk, before cleaning."""

    doc_id: str
    raw: str
    published: date | None = None
    title: str = ""
    path: str = ""
    """The file it came from (absolute or as given)."""


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A file or article that could not be processed."""

    doc_id: str
    stage: str
    reason: str


@dataclass(slots=True)
class Claim:
    """One row of claims.csv: an amount tied to a company, metric and period."""

    doc_id: str
    start: int
    end: int
    money_text: str
    value: float
    value_max: float | None
    currency: str | None
    qualifier: str
    per: str | None
    company: str = ""
    company_text: str = ""
    metric: str = ""
    period: str = ""
    sentence: str = ""
    modality: str = "reported"
    claim_group: str = ""
    published: str = ""
    confidence: float = 0.0
    company_id: str = ""

    def to_row(self) -> dict:
        # a flat record: a dict of its fields (dataclasses.asdict deep-copies
        # every value and was a hot spot of the writer)
        return {name: getattr(self, name) for name in CLAIM_COLUMNS}


CLAIM_COLUMNS = [
    "doc_id", "start", "end", "money_text", "value", "value_max", "currency",
    "qualifier", "per", "company", "company_text", "metric", "period", "sentence",
    "modality", "claim_group", "published", "confidence", "company_id",
]
COMPANY_COLUMNS = ["doc_id", "start", "end", "text", "name", "id", "source"]
ERROR_COLUMNS = ["doc_id", "stage", "reason"]


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article: what the batch runner writes."""

    doc_id: str
    claims: list[Claim] = field(default_factory=list)
    companies: list[dict] = field(default_factory=list)
    money: list[MoneyMention] = field(default_factory=list)
    text: str = ""
    words: int = 0
    published: str = ""
