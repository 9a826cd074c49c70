"""Hold claims against reported figures: supported, contradicted or unverifiable, and why.

For each claim (one row of claims.csv) the checker

1. turns its wording into an interval of values it allows
   (:func:`tolerance_interval`: exact to the last digit written, ±10 % for
   approximate, one-sided with a margin for bounds, a range as written);
2. finds the figures reported for the same company (normalised name or
   identifier), metric, rate (``per``) and period; a claim without a period
   is compared with the period it most plausibly means, and the reason says
   which;
3. groups figures that agree, follows the group most sources give, converts
   it into the claim's currency at the ECB reference rate of its period, and
   says whether it lies in the interval.

Where no figure for the metric exists but one for a related metric does
(net income claimed, EBITDA reported), the claim is unverifiable and the
reason points at that figure.  Forecasts are never judged.

Everything here is a function of its arguments except :class:`EcbRates`,
which reads the ECB file the ``currencyconverter`` package ships (no
network), and :func:`read_claim_rows`, which reads a claims table.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import urlparse

from pipeline.amounts import numeral_decimals
from pipeline.amounts import parse_numeral as read_numeral
from pipeline.financials.records import (
    ReportedFigure,
    closing_quarter,
    period_bounds,
    period_kind,
)
from pipeline.io import NUMERIC_COLUMNS, format_for
from pipeline.names import normalise_name
from pipeline.records import CLAIM_COLUMNS, Claim
from pipeline.resources import read_tsv

VERDICTS = ("supported", "contradicted", "unverifiable")

#: Columns the checker adds after the claim's own columns in checked.csv.
CHECK_COLUMNS = [
    "verdict", "reported_value", "reported_currency", "reported_metric", "reported_period",
    "source", "deviation", "interval_low", "interval_high", "fx_rate", "reason",
    "reason_code", "compared_value", "reported_span", "reported_company",
]

#: Metrics that are a value at a moment (a balance, a price, a round) rather
#: than a flow over a period: a claim without a period means the latest one
#: known at publication, not the latest complete year.
POINT_IN_TIME_METRICS = frozenset({
    "cash", "debt", "market_cap", "valuation", "acquisition_price", "funding_raised",
})

#: Columns a claims table must have for anything to be checked.
REQUIRED_CLAIM_COLUMNS = ("company", "metric", "value")


class ClaimsError(ValueError):
    """A claims table that cannot be read; the message is one line."""


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far a reported figure may lie from the claimed one."""

    approx: float = 0.10
    """± for ``approx``; also the widest an ``exact`` round number is read."""
    bound: float = 0.25
    """Margin of a one-sided bound: ``lower_bound`` v allows v .. v*1.25,
    ``upper_bound`` v allows v/1.25 .. v ("bijna 8 miljard": 6.4 .. 8 bn)."""
    fx: float = 0.03
    """Extra ± when the claim's currency differs from the figure's: the
    writer converted at some day's rate, the checker at the period's mean."""
    agree: float = 0.01
    """Two reported figures agree when within this of each other."""


DEFAULT_TOLERANCE = Tolerance()


@dataclass(frozen=True, slots=True)
class Interval:
    """The values a claim's wording allows, in the claim's currency."""

    low: float
    high: float
    rule: str
    """How the wording was read, for the reason: ``approximate: ±10 %``."""

    def contains(self, value: float, *, slack: float = 0.0) -> bool:
        return self.low - slack <= value <= self.high + slack

    def widened_for_conversion(self, fraction: float) -> Interval:
        """The interval grown by ``fraction`` of its ends on both sides."""
        low = self.low - abs(self.low) * fraction
        high = self.high + abs(self.high) * fraction
        return Interval(low, high, f"{self.rule}, ±{fraction:.0%} for the currency conversion")


@dataclass(frozen=True, slots=True)
class FxRate:
    """A conversion rate and where it comes from."""

    rate: float
    """Units of the target currency per unit of the source currency."""
    basis: str
    """``ECB reference rate, mean over 2025-07-01..2025-09-30``."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of holding one claim against the reported figures."""

    verdict: str
    """One of :data:`VERDICTS`."""
    reason: str
    """What was found, in a sentence a person can check."""
    reason_code: str
    """A stable code for the kind of outcome (``within_interval``,
    ``outside_interval``, ``related_metric_only``, ``forecast`` …)."""
    reported_value: float | None = None
    """The figure followed, in its own currency."""
    reported_currency: str = ""
    reported_metric: str = ""
    """The figure's metric: differs from the claim's when a related figure is named."""
    reported_period: str = ""
    reported_span: str = ""
    """The dates the figure covers (fiscal periods differ from the label)."""
    reported_company: str = ""
    """The company as the source names it."""
    source: str = ""
    """The sources of the figure followed, `` | ``-separated."""
    deviation: float | None = None
    """(claimed - reported) / |reported|, in the claim's currency; a range
    is represented by its midpoint."""
    interval_low: float | None = None
    interval_high: float | None = None
    fx_rate: float | None = None
    """Claim currency per unit of the reported currency, when converted."""
    compared_value: float | None = None
    """The reported figure in the claim's currency: what the interval was held against."""

    def to_row(self) -> dict:
        return asdict(self)


class RateSource(Protocol):
    def rate(self, source: str, target: str, start: date | None, end: date | None) -> FxRate | None:
        """Rate from ``source`` to ``target`` currency over a period, or None if unknown."""


# --------------------------------------------------------------------------- numbers


_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def parse_numeral(text: str) -> tuple[float, int] | None:
    """The first number written in ``text``: (value, decimals written), read
    by the money parser's own rules (:func:`pipeline.amounts.parse_numeral`).

    >>> parse_numeral("1,46 miljard dollar")
    (1.46, 2)
    >>> parse_numeral("€ 1.250.000")
    (1250000.0, 0)
    """
    match = _NUMERAL.search(text or "")
    if not match:
        return None
    value = read_numeral(match.group())
    if value is None:
        return None
    return value, numeral_decimals(match.group())


def stated_precision(money_text: str, value: float) -> float | None:
    """The place value of the last digit written, in whole currency units.

    "1,46 miljard" for 1.46e9 -> 1e7; "107 miljoen" -> 1e6; trailing zeros
    of a whole number are not taken as digits of precision: "500 miljard"
    -> 1e11.  The scale word is not read: it is the ratio of ``value`` to the
    number written, which must be a power of ten.  None when no digits are
    written ("anderhalf miljard") or they do not reproduce ``value``.

    >>> stated_precision("1,46 miljard dollar", 1.46e9)
    10000000.0
    """
    parsed = parse_numeral(money_text)
    magnitude = abs(value)
    if parsed is None or parsed[0] == 0 or magnitude == 0:
        return None
    number, decimals = parsed
    scale_exponent = round(math.log10(magnitude / number))
    if not math.isclose(number * 10.0 ** scale_exponent, magnitude, rel_tol=1e-6):
        return None
    if decimals:
        digit_exponent = -decimals
    else:
        whole = int(number)
        digit_exponent = len(str(whole)) - len(str(whole).rstrip("0"))
    return 10.0 ** (scale_exponent + digit_exponent)


def tolerance_interval(value: float, value_max: float | None = None, qualifier: str = "exact",
                       money_text: str = "", *,
                       tolerance: Tolerance = DEFAULT_TOLERANCE) -> Interval:
    """The interval of values the wording of a claim allows.

    - ``exact``: half a unit of the last digit written ("1,46 miljard":
      1.455 .. 1.465 bn), but never wider than ±``tolerance.approx``: a round
      "100 miljoen" is read as approximate.  Without digits, ±approx.
    - ``approx``: ±``tolerance.approx``.
    - ``lower_bound``: v .. v * (1 + bound); ``upper_bound``: v / (1 + bound) .. v.
    - ``range``: value .. value_max.

    A negative value (a loss) gets the interval of its magnitude, negated:
    "bijna 1,5 miljard verlies" allows -1.5 bn .. -1.2 bn.
    """
    sign = -1.0 if value < 0 else 1.0
    magnitude = abs(value)
    if qualifier == "range" and value_max is not None and not _is_nan(value_max):
        low, high = sorted((magnitude, abs(value_max)))
        rule = "a range, as written"
    elif qualifier == "approx":
        low, high = magnitude * (1 - tolerance.approx), magnitude * (1 + tolerance.approx)
        rule = f"approximate: ±{tolerance.approx:.0%}"
    elif qualifier == "lower_bound":
        low, high = magnitude, magnitude * (1 + tolerance.bound)
        rule = f"a lower bound: up to {tolerance.bound:.0%} above it"
    elif qualifier == "upper_bound":
        low, high = magnitude / (1 + tolerance.bound), magnitude
        rule = f"an upper bound: down to {1 - 1 / (1 + tolerance.bound):.0%} below it"
    else:
        widest = magnitude * tolerance.approx
        unit = stated_precision(money_text, magnitude)
        if unit is None:
            half, rule = widest, f"no digits to read a precision from: ±{tolerance.approx:.0%}"
        elif unit / 2 >= widest:
            half, rule = widest, f"a round number: ±{tolerance.approx:.0%}"
        else:
            half = unit / 2
            rule = f"exact to the last digit written: ±{format_number(half)}"
        low, high = magnitude - half, magnitude + half
    if sign < 0:
        low, high = -high, -low
    return Interval(low, high, rule)


def _is_nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


def format_number(value: float) -> str:
    """A value as a reader takes it in: ``1.46 bn``, ``107 m``, ``-2.4 bn``."""
    magnitude = abs(value)
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if magnitude >= size:
            return f"{value / size:.5g} {word}"
    return f"{value:.5g}"


def format_amount(value: float, currency: str) -> str:
    return f"{format_number(value)} {currency}".strip()


# --------------------------------------------------------------------------- currency


class EcbRates:
    """ECB euro reference rates from the file ``currencyconverter`` ships.

    No network: the package's bundled ``eurofxref-hist.zip`` is read once,
    when the first conversion is asked for.  A period's rate is the mean of
    its daily rates (weekends and holidays interpolated), the way income
    statements are translated; a date beyond the file is clamped to its last
    day, and the basis says so.
    """

    def __init__(self, converter=None) -> None:
        self._converter = converter
        self._cache: dict[tuple, FxRate | None] = {}

    def _get_converter(self):
        if self._converter is None:
            from currency_converter import CurrencyConverter

            self._converter = CurrencyConverter(
                fallback_on_missing_rate=True, fallback_on_wrong_date=True)
        return self._converter

    def rate(self, source: str, target: str, start: date | None, end: date | None) -> FxRate | None:
        key = (source, target, start, end)
        if key not in self._cache:
            self._cache[key] = self._rate(source, target, start, end)
        return self._cache[key]

    def _rate(self, source: str, target: str, start: date | None,
              end: date | None) -> FxRate | None:
        converter = self._get_converter()
        if source not in converter.currencies or target not in converter.currencies:
            return None
        first, last = _common_bounds(converter, source, target)
        notes = []
        if end is None:
            start = end = last
            notes.append("no date known: the latest rate the shipped ECB file holds")
        start = start or end
        if end > last or start < first:
            clamped_start, clamped_end = min(max(start, first), last), min(max(end, first), last)
            notes.append(f"{start}..{end} lies beyond the shipped ECB file "
                         f"({first}..{last}): its rate of {clamped_end} is used"
                         if clamped_start == clamped_end else
                         f"clamped to the shipped ECB file's {first}..{last}")
            start, end = clamped_start, clamped_end
        days = (end - start).days + 1
        rates = [converter.convert(1.0, source, target, date=start + timedelta(days=i))
                 for i in range(days)]
        rate = sum(rates) / len(rates)
        basis = (f"ECB reference rate of {end}" if days == 1
                 else f"ECB reference rate, mean over {start}..{end}")
        if notes:
            basis += " (" + "; ".join(notes) + ")"
        return FxRate(rate=rate, basis=basis)


def _common_bounds(converter, source: str, target: str) -> tuple[date, date]:
    bounds = [converter.bounds[c] for c in (source, target) if c in converter.bounds]
    return max(b.first_date for b in bounds), min(b.last_date for b in bounds)


# --------------------------------------------------------------------------- matching


class FigureIndex:
    """Reported figures by normalised company name and by identifier."""

    def __init__(self, figures: Iterable[ReportedFigure]) -> None:
        self._by_name: dict[str, list[ReportedFigure]] = defaultdict(list)
        self._by_id: dict[str, list[ReportedFigure]] = defaultdict(list)
        for figure in figures:
            self._by_name[normalise_name(figure.company)].append(figure)
            for company_id in figure.company_ids:
                self._by_id[company_id.casefold()].append(figure)

    def for_company(self, name: str, company_id: str = "") -> list[ReportedFigure]:
        """Figures of the company by identifier or name; both, if both match."""
        found = list(self._by_id.get(company_id.strip().casefold(), ())) if company_id else []
        seen = {id(f) for f in found}
        found.extend(f for f in self._by_name.get(normalise_name(name), ()) if id(f) not in seen)
        return found


def same_rate(claim_per: str, claim_period: str, figure: ReportedFigure) -> bool:
    """Whether a claim's rate and a figure's are the same kind of amount.

    A total over a year and an amount "per year" for that year are the same;
    a total over nine months and an amount per month are not.
    """
    if (claim_per or "") == (figure.per or ""):
        return True
    if claim_per and not figure.per:
        return period_kind(figure.period) == claim_per
    if figure.per and not claim_per:
        return period_kind(claim_period) == figure.per
    return False


def period_matches(claim_period: str, figure: ReportedFigure) -> bool:
    """A figure for the claim's period; a balance at the period's closing quarter."""
    if figure.period == claim_period:
        return True
    return figure.instant and figure.period == closing_quarter(claim_period)


def _label_bounds(label: str) -> tuple[date, date]:
    return period_bounds(label) or (date.min, date.max)


def assume_period(labels: Iterable[str], *, published: date | None,
                  point_in_time: bool) -> tuple[str | None, str]:
    """For a claim without a period: the reported period it most plausibly means.

    Returns (label, why).  A flow (revenue, profit) means the latest period
    complete before publication, the year rather than the quarter that ends
    on the same day; a value at a moment (valuation, cash) means the latest
    period begun by publication.  Without a publication date: the latest
    period reported.  The label is None when no reported period is plausible.
    """
    labels = sorted({label for label in labels if period_bounds(label)})
    if not labels:
        return None, "neither the claim nor the reported figure names a period"

    def recency(label: str):
        first, last = _label_bounds(label)
        return (first, last) if point_in_time else (last, last - first)

    if published is None:
        chosen = max(labels, key=recency)
        return chosen, (f"the claim names no period and has no publication date; "
                        f"taken as {chosen}, the latest period reported")
    if point_in_time:
        begun = [label for label in labels if _label_bounds(label)[0] <= published]
        if not begun:
            return None, f"every reported period begins after publication ({published})"
        chosen = max(begun, key=recency)
        return chosen, (f"the claim names no period; taken as {chosen}, the latest period "
                        f"begun by publication ({published})")
    complete = [label for label in labels if _label_bounds(label)[1] < published]
    if complete:
        chosen = max(complete, key=recency)
        return chosen, (f"the claim names no period; taken as {chosen}, the latest period "
                        f"complete before publication ({published})")
    begun = [label for label in labels if _label_bounds(label)[0] <= published]
    if not begun:
        return None, f"every reported period begins after publication ({published})"
    chosen = max(begun, key=recency)
    return chosen, (f"the claim names no period; taken as {chosen}, which was not yet "
                    f"complete at publication ({published})")


def agreeing_groups(figures: Sequence[ReportedFigure], *,
                    agree: float) -> list[list[ReportedFigure]]:
    """Figures in groups that agree (same currency, values within ``agree``)."""
    groups: list[list[ReportedFigure]] = []
    for figure in sorted(figures, key=lambda f: (f.currency, f.value)):
        for group in groups:
            first = group[0]
            if (first.currency == figure.currency
                    and math.isclose(first.value, figure.value, rel_tol=agree)):
                group.append(figure)
                break
        else:
            groups.append([figure])
    return groups


def _representative(group: Sequence[ReportedFigure]) -> ReportedFigure:
    """The figure a group is compared by: a filing's over a secondary source."""
    return sorted(group, key=lambda f: (not f.concept, f.derived != ""))[0]


def _sources(group: Sequence[ReportedFigure]) -> list[str]:
    return list(dict.fromkeys(f.source for f in group if f.source))


def _source_count(group: Sequence[ReportedFigure]) -> int:
    """Independent sources: a filing cited by its URL in a CSV is still one source."""
    return len({source.split(" ", 1)[0] for source in _sources(group)})


def _short_source(figure: ReportedFigure) -> str:
    """The source named in a reason: a host name, or the filing and concept."""
    url = figure.source.split(" ", 1)[0]
    host = urlparse(url).netloc.removeprefix("www.") if "://" in url else ""
    if figure.concept:
        where = host or url
        return f"{figure.concept}, {where}" + (", derived" if figure.derived else "")
    return host or figure.source or "no source given"


@lru_cache(maxsize=1)
def related_metrics() -> dict[str, tuple[tuple[str, str], ...]]:
    """metric -> ((related metric, why), ...) from ``models/financials/related_metrics.tsv``."""
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in read_tsv("financials", "related_metrics.tsv"):
        table[row["metric"]].append((row["related"], row["why"]))
    return {metric: tuple(pairs) for metric, pairs in table.items()}


# --------------------------------------------------------------------------- comparing


@dataclass(frozen=True, slots=True)
class _Setting:
    """What every comparison made for one claim shares."""

    claim: Claim
    interval: Interval
    rates: RateSource
    tolerance: Tolerance
    published: date | None


@dataclass(frozen=True, slots=True)
class _Comparison:
    """One group of agreeing figures held against a claim's interval."""

    group: tuple[ReportedFigure, ...]
    figure: ReportedFigure
    compared: float
    interval: Interval
    fits: bool
    fx: FxRate | None
    currency_note: str
    """Why the figure was compared unconverted though currencies may differ, else empty."""
    currency: str
    """The currency of ``compared`` and of the interval."""


def _compare(group: Sequence[ReportedFigure], setting: _Setting) -> _Comparison | None:
    """Convert a group's figure into the claim's currency and hold it against the interval."""
    figure = _representative(group)
    interval = setting.interval
    target = (setting.claim.currency or "").upper()
    fx, note = None, ""
    compared, slack = figure.value, figure.rounding
    if not target:
        note = f"the claim names no currency; compared in {figure.currency}"
    elif not figure.currency:
        note = f"the reported figure names no currency; compared as {target}"
    elif figure.currency != target:
        # the period's own dates, else its label's, else the day of publication
        start, end = figure.start, figure.end
        if end is None:
            start, end = period_bounds(figure.period) or (None, setting.published)
        fx = setting.rates.rate(figure.currency, target, None if figure.instant else start, end)
        if fx is None:
            return None
        compared, slack = figure.value * fx.rate, figure.rounding * fx.rate
        interval = interval.widened_for_conversion(setting.tolerance.fx)
    fits = interval.contains(compared, slack=slack)
    return _Comparison(tuple(group), figure, compared, interval, fits, fx, note,
                       currency=target or figure.currency)


def _claim_point(claim: Claim) -> float:
    if claim.qualifier == "range" and claim.value_max is not None and not _is_nan(claim.value_max):
        sign = -1.0 if claim.value < 0 else 1.0
        return sign * (abs(claim.value) + abs(claim.value_max)) / 2
    return claim.value


def _deviation(claim: Claim, compared: float) -> float | None:
    if compared == 0:
        return None
    return (_claim_point(claim) - compared) / abs(compared)


def _best(comparisons: list[_Comparison]) -> _Comparison:
    """The group to follow: most sources, then a filing, then the one the claim fits.

    The last rule only breaks ties between equally supported figures; the
    reason always names the figures not followed.
    """
    def rank(c: _Comparison):
        return (_source_count(c.group), any(f.concept for f in c.group), c.fits,
                max((f.filed or date.min) for f in c.group))
    return max(comparisons, key=rank)


def _describe(c: _Comparison) -> str:
    """The figure as a reader checks it: amount, period, dates, source, conversion."""
    figure = c.figure
    text = f"{format_amount(figure.value, figure.currency)}"
    period = figure.period or "no period"
    span = f", {figure.span}" if figure.span and figure.concept else ""
    text += f" for {period}{span} ({_short_source(figure)}"
    if _source_count(c.group) > 1:
        text += f"; {_source_count(c.group)} sources agree"
    text += ")"
    if c.fx is not None:
        text += (f" = {format_amount(c.compared, c.currency)} at {c.fx.rate:.4f} {c.currency} "
                 f"per {figure.currency} ({c.fx.basis})")
    return text


def _figure_notes(figure: ReportedFigure) -> str:
    """How a figure was derived and what its source notes about it."""
    notes = [figure.derived, f"source note: {figure.note}" if figure.note else ""]
    return "".join(f"; {note}" for note in notes if note)


def _how_far(claim: Claim, compared: float) -> str:
    """How far off a claim is, in words; losses are compared as losses."""
    deviation = _deviation(claim, compared)
    if deviation is None:
        return ""
    if claim.value < 0 and compared < 0:
        # -19.4 m against -29.3 m is a loss a third smaller, not a figure "above" it
        larger = abs(_claim_point(claim)) > abs(compared)
        return (f"; the claimed loss is {abs(deviation):.0%} "
                f"{'larger' if larger else 'smaller'} than the reported loss")
    return f"; the claim is {abs(deviation):.0%} {'above' if deviation > 0 else 'below'} it"


def _sign_note(claim: Claim, c: _Comparison) -> str:
    if c.fits or claim.value == 0 or c.compared == 0:
        return ""
    if (claim.value < 0) != (c.compared < 0) and c.interval.contains(-c.compared):
        kind = "a loss" if c.compared < 0 else "a profit"
        return f"; the amount matches, but the figure reported is {kind}"
    return ""


def _verdict_from(claim: Claim, best: _Comparison, others: list[_Comparison], *,
                  period_note: str = "", alternatives: str = "") -> Verdict:
    claimed = f"'{claim.money_text}'" if claim.money_text else format_number(claim.value)
    where = "within" if best.fits else "outside"
    reason = (f"reported {_describe(best)} lies {where} {_interval_text(best)}, "
              f"the claim {claimed} read as {best.interval.rule}")
    if best.currency_note:
        reason += f"; {best.currency_note}"
    if not best.fits:
        reason += _how_far(claim, best.compared)
    reason += _sign_note(claim, best)
    if others:
        reason += "; sources disagree: " + ", ".join(
            f"{_describe(o)}, which " + ("would fit" if o.fits else "would not fit")
            for o in others)
    reason += _figure_notes(best.figure)
    if period_note:
        reason = f"{period_note}; {reason}"
    if alternatives:
        reason += f"; {alternatives}"
    return Verdict(
        verdict="supported" if best.fits else "contradicted",
        reason=reason,
        reason_code="within_interval" if best.fits else "outside_interval",
        **_reported_fields(claim, best),
    )


def _interval_text(c: _Comparison) -> str:
    return f"{format_number(c.interval.low)} .. {format_amount(c.interval.high, c.currency)}"


def _reported_fields(claim: Claim, c: _Comparison) -> dict:
    figure = c.figure
    return dict(
        reported_value=figure.value, reported_currency=figure.currency,
        reported_metric=figure.metric, reported_period=figure.period,
        reported_span=figure.span, reported_company=figure.company,
        source=" | ".join(_sources(c.group)), deviation=_deviation(claim, c.compared),
        interval_low=c.interval.low, interval_high=c.interval.high,
        fx_rate=c.fx.rate if c.fx else None, compared_value=c.compared,
    )


def _unverifiable(reason: str, code: str) -> Verdict:
    return Verdict(verdict="unverifiable", reason=reason, reason_code=code)


# --------------------------------------------------------------------------- checking


def check_claim(claim: Claim, index: FigureIndex, *, rates: RateSource,
                tolerance: Tolerance = DEFAULT_TOLERANCE) -> Verdict:
    """Hold one claim against the reported figures of ``index``."""
    if claim.modality == "forecast":
        return _unverifiable("a forecast: not judged against reported figures", "forecast")
    if not claim.company:
        return _unverifiable("the claim has no company", "incomplete_claim")
    if not claim.metric:
        return _unverifiable("the claim has no metric", "incomplete_claim")
    if claim.metric == "other":
        return _unverifiable("metric 'other': no reported figure to hold it against",
                             "incomplete_claim")
    if claim.value is None or _is_nan(claim.value):
        return _unverifiable("the claim has no value", "incomplete_claim")

    company_figures = index.for_company(claim.company, claim.company_id)
    if not company_figures:
        return _unverifiable(f"no reported figures for {claim.company} in the financials given",
                             "unknown_company")
    published = _parse_date(claim.published)
    interval = tolerance_interval(claim.value, claim.value_max, claim.qualifier,
                                  claim.money_text, tolerance=tolerance)
    setting = _Setting(claim, interval, rates, tolerance, published)

    of_metric = [f for f in company_figures if f.metric == claim.metric]
    if not of_metric:
        return _related_or_missing(company_figures, setting)
    same_kind = [f for f in of_metric if same_rate(claim.per, claim.period, f)]
    if not same_kind:
        rates_seen = sorted({f"per {f.per}" if f.per else "totals" for f in of_metric})
        claimed_rate = f"per {claim.per}" if claim.per else "a total"
        return _unverifiable(
            f"{claim.company}'s {claim.metric} is reported only as {', '.join(rates_seen)}, "
            f"the claim is {claimed_rate}", "no_figure_for_per")

    period_note = ""
    if claim.period:
        matched = [f for f in same_kind if period_matches(claim.period, f)]
        if not matched:
            periods = sorted({f.period or "no period" for f in same_kind}, reverse=True)
            return _unverifiable(
                f"no reported {claim.metric} for {claim.company} for {claim.period}; "
                f"reported for {_list(periods, limit=6)}", "no_figure_for_period")
    else:
        label, period_note = assume_period(
            (f.period for f in same_kind), published=published,
            point_in_time=claim.metric in POINT_IN_TIME_METRICS)
        if label is None and any(not f.period for f in same_kind):
            # a figure reported without a period (a cumulative total) is the
            # only one left to compare with; say so
            label = ""
            period_note = ("neither the claim nor the reported figure it is compared with "
                           "names a period")
        if label is None:
            return _unverifiable(f"no plausible period for the claim: {period_note}",
                                 "no_figure_for_period")
        matched = [f for f in same_kind if f.period == label]

    comparisons = _comparisons(matched, setting)
    if not comparisons:
        currencies = sorted({f.currency for f in matched})
        return _unverifiable(f"no exchange rate from {', '.join(currencies)} to {claim.currency}",
                             "no_exchange_rate")
    best = _best(comparisons)
    others = [c for c in comparisons if c is not best]
    alternatives = ""
    if not claim.period and not best.fits:
        alternatives = _other_periods_that_fit(same_kind, best.figure.period, setting)
    return _verdict_from(claim, best, others, period_note=period_note, alternatives=alternatives)


def _comparisons(figures: Sequence[ReportedFigure], setting: _Setting) -> list[_Comparison]:
    """Each group of agreeing figures held against the claim (groups without a rate dropped)."""
    found = []
    for group in agreeing_groups(figures, agree=setting.tolerance.agree):
        comparison = _compare(group, setting)
        if comparison is not None:
            found.append(comparison)
    return found


def _other_periods_that_fit(figures: Sequence[ReportedFigure], chosen: str,
                            setting: _Setting) -> str:
    """For an undated claim that does not fit: the periods whose figure it would fit."""
    fitting = []
    labels = {f.period for f in figures if f.period and f.period != chosen}
    for label in sorted(labels, reverse=True):
        comparisons = _comparisons([f for f in figures if f.period == label], setting)
        if any(c.fits for c in comparisons):
            fitting.append(label)
    if not fitting:
        return ""
    return f"the claim would fit the figure reported for {_list(fitting[:3])}"


def _related_or_missing(company_figures: Sequence[ReportedFigure], setting: _Setting) -> Verdict:
    """No figure for the claim's metric: name a related one if there is one."""
    claim = setting.claim
    missing = f"no reported {claim.metric} for {claim.company}"
    for related, why in related_metrics().get(claim.metric, ()):
        candidates = [f for f in company_figures if f.metric == related
                      and same_rate(claim.per, claim.period, f)]
        period_note = ""
        if claim.period:
            candidates = [f for f in candidates if period_matches(claim.period, f)]
        else:
            label, period_note = assume_period(
                (f.period for f in candidates), published=setting.published,
                point_in_time=related in POINT_IN_TIME_METRICS)
            candidates = [f for f in candidates if f.period == (label or "")]
        comparisons = _comparisons(candidates, setting)
        if not comparisons:
            continue
        best = _best(comparisons)
        fit = "would fit" if best.fits else "would not fit either"
        reason = (f"{missing}; a related figure is reported: {related} {_describe(best)}, "
                  f"which the claim's interval {_interval_text(best)} {fit} ({why})")
        if best.currency_note:
            reason += f"; {best.currency_note}"
        reason += _figure_notes(best.figure)
        if period_note:
            reason += f"; {period_note}"
        return Verdict(verdict="unverifiable", reason=reason, reason_code="related_metric_only",
                       **_reported_fields(claim, best))
    reported = sorted({f.metric for f in company_figures})
    return _unverifiable(f"{missing}; reported: {_list(reported)}", "no_figure_for_metric")


def _list(items: Sequence[str], *, limit: int | None = None) -> str:
    if not items:
        return "nothing"
    shown = list(items[:limit]) if limit else list(items)
    more = len(items) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _parse_date(text) -> date | None:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text or "")[:10])
    except ValueError:
        return None


def check_claims(claims: Iterable[Claim], figures: Iterable[ReportedFigure], *,
                 rates: RateSource | None = None,
                 tolerance: Tolerance = DEFAULT_TOLERANCE) -> list[Verdict]:
    """One verdict per claim, in order.

    ``rates`` defaults to :class:`EcbRates`, which reads its file only when
    a claim needs a conversion.
    """
    index = FigureIndex(figures)
    rates = rates if rates is not None else EcbRates()
    return [check_claim(claim, index, rates=rates, tolerance=tolerance) for claim in claims]


def summarise(verdicts: Iterable[Verdict]) -> dict[str, int]:
    """Counts per verdict, every verdict present, and the total."""
    counts = dict.fromkeys(VERDICTS, 0)
    for verdict in verdicts:
        counts[verdict.verdict] += 1
    counts["total"] = sum(counts.values())
    return counts


# --------------------------------------------------------------------------- claims table


def _number(text, *, column: str, where: str) -> float | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, (int, float)):
        return None if _is_nan(float(text)) else float(text)
    try:
        return float(text)
    except ValueError:
        raise ClaimsError(f"{where}: {column} {text!r} is not a number") from None


def claim_from_row(row: dict, *, where: str = "claims") -> Claim:
    """A claims-table row (strings, or typed values from JSONL/Parquet) as a :class:`Claim`."""
    def text(column: str) -> str:
        value = row.get(column)
        return "" if value is None or _is_nan(value) else str(value).strip()

    value = _number(row.get("value"), column="value", where=where)
    return Claim(
        doc_id=text("doc_id"),
        start=int(_number(row.get("start"), column="start", where=where) or 0),
        end=int(_number(row.get("end"), column="end", where=where) or 0),
        money_text=text("money_text"),
        value=math.nan if value is None else value,
        value_max=_number(row.get("value_max"), column="value_max", where=where),
        currency=text("currency").upper() or None,
        qualifier=text("qualifier") or "exact",
        per=text("per") or None,
        company=text("company"),
        company_text=text("company_text"),
        metric=text("metric"),
        period=text("period"),
        sentence=text("sentence"),
        modality=text("modality") or "reported",
        claim_group=text("claim_group"),
        published=text("published"),
        confidence=_number(row.get("confidence"), column="confidence", where=where) or 0.0,
        company_id=text("company_id"),
    )


def read_claim_rows(path: Path | str) -> tuple[list[dict], list[str]]:
    """The rows of a claims table (CSV, JSONL or Parquet) and its column names.

    Raises :class:`ClaimsError` with a one-line message when the file cannot
    be read or lacks the columns checking needs.
    """
    path = Path(path)
    fmt = format_for(path)
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            table = pq.read_table(path)
            rows, columns = table.to_pylist(), list(table.column_names)
        elif fmt == "jsonl":
            rows = []
            with open(path, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        record = json.loads(line)
                        if not isinstance(record, dict):
                            raise ClaimsError(f"{path}, line {number}: not a JSON object")
                        rows.append(record)
            columns = list(dict.fromkeys(k for r in rows for k in r))
        else:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                rows = [dict(r) for r in reader]
                columns = list(reader.fieldnames or [])
    except ClaimsError:
        raise
    # a broken Parquet file raises pyarrow's ArrowInvalid, a ValueError
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise ClaimsError(f"{path}: cannot read ({reason})") from err
    missing = [c for c in REQUIRED_CLAIM_COLUMNS if c not in columns]
    if missing:
        raise ClaimsError(f"{path}: missing column(s) {', '.join(missing)}")
    return rows, columns


def output_columns(input_columns: Sequence[str]) -> list[str]:
    """Claims columns (the standard ones first, then any others), then the check's."""
    extra = [c for c in input_columns if c not in CLAIM_COLUMNS and c not in CHECK_COLUMNS]
    return list(CLAIM_COLUMNS) + extra + list(CHECK_COLUMNS)


def checked_row(row: dict, verdict: Verdict) -> dict:
    """The claims row with the verdict's columns added.

    Numeric claim columns read from CSV as text become numbers, so JSONL,
    Parquet and ``--json`` carry one type per column; other cells stay as read.
    """
    typed = dict(row)
    for column, kind in NUMERIC_COLUMNS.items():
        cell = typed.get(column)
        if isinstance(cell, str):
            try:
                number = float(cell) if cell.strip() else None
            except ValueError:
                continue  # not a number: left as written
            if number is not None and kind == "int64" and number.is_integer():
                number = int(number)
            typed[column] = number
    return {**typed, **verdict.to_row()}
