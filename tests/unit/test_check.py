"""The checker: precision, tolerance intervals, matching, currency and verdicts."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest

from pipeline.check import (
    CHECK_COLUMNS,
    ClaimsError,
    EcbRates,
    FigureIndex,
    FxRate,
    Tolerance,
    Verdict,
    agreeing_groups,
    assume_period,
    check_claim,
    check_claims,
    checked_row,
    claim_from_row,
    format_number,
    output_columns,
    parse_numeral,
    period_matches,
    read_claim_rows,
    same_rate,
    stated_precision,
    summarise,
    tolerance_interval,
)
from pipeline.financials import load_financials
from pipeline.financials.records import ReportedFigure
from pipeline.io import write_table
from pipeline.records import CLAIM_COLUMNS, Claim

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "financials"


# --------------------------------------------------------------------------- numbers as written


@pytest.mark.parametrize("text, expected", [
    ("1,46 miljard dollar", (1.46, 2)),
    ("107 miljoen dollar", (107.0, 0)),
    ("€ 4,2 mrd", (4.2, 1)),
    ("$500 miljard", (500.0, 0)),
    ("1.250.000 euro", (1_250_000.0, 0)),
    ("1.250,5 miljoen euro", (1250.5, 1)),
    ("1,250,000 dollar", (1_250_000.0, 0)),
    pytest.param("1.5 miljard", (1.5, 1), id="english-decimal-point"),
    pytest.param("1.500 miljoen", (1500.0, 0), id="dutch-thousands-dot"),
    ("1,20 miljard", (1.2, 2)),
    ("15 tot 16 miljard dollar", (15.0, 0)),
    ("anderhalf miljard", None),
    ("", None),
])
def test_parse_numeral(text, expected):
    assert parse_numeral(text) == expected


@pytest.mark.parametrize("money_text, value, unit", [
    ("1,46 miljard dollar", 1.46e9, 1e7),
    ("1,46 miljard dollar", -1.46e9, 1e7),
    ("107 miljoen dollar", 107e6, 1e6),
    ("8 miljard dollar", 8e9, 1e9),
    ("€ 4,2 mrd", 4.2e9, 1e8),
    pytest.param("$500 miljard", 500e9, 1e11, id="trailing-zeros-not-significant"),
    ("120 miljoen euro", 120e6, 1e7),
    pytest.param("1,20 miljard", 1.2e9, 1e7, id="decimal-zero-is-significant"),
    ("1.250.000 euro", 1.25e6, 1e4),
    ("15 tot 16 miljard dollar", 15e9, 1e9),
    ("anderhalf miljard", 1.5e9, None),
    pytest.param("2 miljard", 3e9, None, id="digits-do-not-give-the-value"),
])
def test_stated_precision(money_text, value, unit):
    result = stated_precision(money_text, value)
    assert result == (None if unit is None else pytest.approx(unit))


# --------------------------------------------------------------------------- tolerance intervals


@pytest.mark.parametrize("value, value_max, qualifier, money_text, low, high", [
    pytest.param(1.46e9, None, "exact", "1,46 miljard dollar", 1.455e9, 1.465e9,
                 id="exact-two-decimals"),
    pytest.param(107e6, None, "exact", "107 miljoen dollar", 106.5e6, 107.5e6, id="exact-whole"),
    pytest.param(57e9, None, "exact", "57 miljard dollar", 56.5e9, 57.5e9, id="exact-57"),
    pytest.param(8e9, None, "exact", "8 miljard dollar", 7.5e9, 8.5e9, id="exact-one-digit"),
    pytest.param(100e6, None, "exact", "100 miljoen euro", 90e6, 110e6, id="exact-round-capped"),
    pytest.param(1.5e9, None, "exact", "anderhalf miljard", 1.35e9, 1.65e9, id="exact-in-words"),
    pytest.param(-1.46e9, None, "exact", "1,46 miljard dollar", -1.465e9, -1.455e9,
                 id="exact-loss"),
    pytest.param(8e9, None, "approx", "8 miljard dollar", 7.2e9, 8.8e9, id="approx"),
    pytest.param(100e6, None, "lower_bound", "100 miljoen", 100e6, 125e6, id="lower-bound"),
    pytest.param(8e9, None, "upper_bound", "8 miljard dollar", 6.4e9, 8e9, id="upper-bound"),
    pytest.param(-1.5e9, None, "upper_bound", "1,5 miljard", -1.5e9, -1.2e9, id="upper-bound-loss"),
    pytest.param(15e9, 16e9, "range", "15 tot 16 miljard dollar", 15e9, 16e9, id="range"),
    pytest.param(15e9, None, "range", "15 miljard", 14.5e9, 15.5e9,
                 id="range-without-max-is-exact"),
    pytest.param(8e9, None, "", "8 miljard", 7.5e9, 8.5e9, id="no-qualifier-is-exact"),
])
def test_tolerance_interval(value, value_max, qualifier, money_text, low, high):
    interval = tolerance_interval(value, value_max, qualifier, money_text)
    assert (interval.low, interval.high) == (pytest.approx(low), pytest.approx(high))
    assert interval.rule


def test_bijna_8_miljard_covers_7_8_but_not_6():
    interval = tolerance_interval(8e9, None, "upper_bound", "8 miljard dollar")
    assert interval.contains(7.8e9)
    assert not interval.contains(6e9)
    assert not interval.contains(8.2e9)


def test_tolerance_is_configurable():
    narrow = Tolerance(approx=0.05, bound=0.10)
    approx = tolerance_interval(8e9, None, "approx", "8 miljard", tolerance=narrow)
    assert (approx.low, approx.high) == (pytest.approx(7.6e9), pytest.approx(8.4e9))
    lower = tolerance_interval(100e6, None, "lower_bound", "100 miljoen", tolerance=narrow)
    assert lower.high == pytest.approx(110e6)


def test_interval_widened_for_currency_conversion():
    interval = tolerance_interval(8e9, None, "approx", "8 miljard")
    widened = interval.widened_for_conversion(0.03)
    assert widened.low == pytest.approx(7.2e9 * 0.97)
    assert widened.high == pytest.approx(8.8e9 * 1.03)
    assert "currency" in widened.rule


@pytest.mark.parametrize("value, text", [
    (1.46e9, "1.46 bn"), (-1.46e9, "-1.46 bn"), (107e6, "107 m"), (1.25e12, "1.25 tn"),
    (500e3, "500 k"), (12.5, "12.5"),
])
def test_format_number(value, text):
    assert format_number(value) == text


# --------------------------------------------------------------------------- matching


def _figure(**fields) -> ReportedFigure:
    defaults = dict(company="X", metric="revenue", period="2025", value=1.0, currency="EUR")
    return ReportedFigure(**{**defaults, **fields})


@pytest.mark.parametrize("claim_per, claim_period, figure_per, figure_period, same", [
    ("", "2025", "", "2025", True),
    ("year", "2025", "", "2025", True),
    ("quarter", "2025-Q3", "", "2025-Q3", True),
    ("month", "", "month", "2025", True),
    ("month", "2025-9M", "", "2025-9M", False),
    ("", "2025", "month", "2025", False),
    ("", "2025", "year", "2025", True),
    ("week", "", "month", "2025", False),
])
def test_same_rate(claim_per, claim_period, figure_per, figure_period, same):
    figure = _figure(per=figure_per, period=figure_period)
    assert same_rate(claim_per, claim_period, figure) is same


@pytest.mark.parametrize("claim_period, figure_period, instant, matches", [
    ("2025-Q3", "2025-Q3", False, True),
    ("2025", "2025-Q4", False, False),
    pytest.param("2025", "2025-Q4", True, True, id="balance-at-year-end"),
    pytest.param("2025-9M", "2025-Q3", True, True, id="balance-after-nine-months"),
    ("2025-H1", "2025-Q3", True, False),
])
def test_period_matches(claim_period, figure_period, instant, matches):
    assert period_matches(claim_period, _figure(period=figure_period, instant=instant)) is matches


@pytest.mark.parametrize("labels, published, point_in_time, chosen, why", [
    pytest.param({"2025", "2025-Q3", "2025-Q4", "2026"}, date(2026, 2, 3), False, "2025",
                 "complete before publication", id="flow-year-beats-its-last-quarter"),
    pytest.param({"2025", "2025-Q3"}, date(2025, 11, 1), False, "2025-Q3",
                 "complete before publication", id="flow-latest-complete"),
    pytest.param({"2025"}, date(2025, 3, 1), False, "2025", "not yet complete",
                 id="flow-running-year"),
    pytest.param({"2024", "2026"}, None, False, "2026", "no publication date", id="flow-no-date"),
    pytest.param({"2025", "2026"}, date(2026, 2, 3), True, "2026", "begun by publication",
                 id="valuation-latest-begun"),
    pytest.param({"2026"}, date(2025, 6, 1), True, None, "after publication", id="only-later"),
    pytest.param({""}, None, False, None, "neither", id="no-labels"),
])
def test_assume_period(labels, published, point_in_time, chosen, why):
    label, reason = assume_period(labels, published=published, point_in_time=point_in_time)
    assert label == chosen
    assert why in reason


def test_agreeing_groups_split_disagreeing_sources():
    figures = [_figure(value=v, source=s) for v, s in ((300e6, "a"), (450e6, "b"), (302e6, "c"))]
    groups = agreeing_groups(figures, agree=0.01)
    assert sorted(len(g) for g in groups) == [1, 2]
    in_two_currencies = [_figure(value=1.0, currency="EUR"), _figure(value=1.0, currency="USD")]
    assert len(agreeing_groups(in_two_currencies, agree=0.01)) == 2


def test_figure_index_matches_by_name_and_identifier():
    filing = _figure(company="ACME WIDGETS CORP", company_ids=("CIK0009999001",))
    press = _figure(company="Acme Widgets")
    index = FigureIndex([filing, press])
    assert index.for_company("Acme Widgets Inc.") == [filing, press]
    assert index.for_company("Acme", "cik0009999001") == [filing]
    assert index.for_company("Acme") == []


# --------------------------------------------------------------------------- currency


class FixedRates:
    """A rate source with one rate, recording what it was asked."""

    def __init__(self, rate: float) -> None:
        self.fixed = rate
        self.calls: list[tuple] = []

    def rate(self, source, target, start, end):
        self.calls.append((source, target, start, end))
        return FxRate(self.fixed, "a fixed test rate")


class FakeConverter:
    """The part of currency_converter.CurrencyConverter that EcbRates uses."""

    currencies = frozenset({"EUR", "USD"})

    class _Bounds:
        first_date, last_date = date(2025, 1, 1), date(2025, 12, 31)

    bounds: ClassVar[dict] = {"USD": _Bounds(), "EUR": _Bounds()}

    def convert(self, amount, source, target, date):
        per_day = 0.8 if date.month < 7 else 0.9  # USD -> EUR
        return amount * (per_day if (source, target) == ("USD", "EUR") else 1 / per_day)


@pytest.mark.parametrize("start, end, rate, basis", [
    pytest.param(date(2025, 7, 1), date(2025, 9, 30), 0.9, "mean over 2025-07-01..2025-09-30",
                 id="quarter"),
    pytest.param(date(2025, 6, 1), date(2025, 7, 30), (30 * 0.8 + 30 * 0.9) / 60, "mean over",
                 id="mean"),
    pytest.param(None, date(2025, 3, 31), 0.8, "rate of 2025-03-31", id="instant"),
    pytest.param(date(2026, 1, 1), date(2026, 3, 31), 0.9, "beyond the shipped ECB file",
                 id="clamped"),
    pytest.param(None, None, 0.9, "no date known", id="no-date"),
])
def test_ecb_rates_mean_over_period(start, end, rate, basis):
    fx = EcbRates(FakeConverter()).rate("USD", "EUR", start, end)
    assert fx.rate == pytest.approx(rate)
    assert basis in fx.basis


def test_ecb_rates_unknown_currency():
    assert EcbRates(FakeConverter()).rate("XYZ", "EUR", None, date(2025, 3, 1)) is None


def test_ecb_rates_from_shipped_file_without_network():
    """The real rates the currencyconverter package ships: EUR per USD in 2025-Q3."""
    fx = EcbRates().rate("USD", "EUR", date(2025, 7, 1), date(2025, 9, 30))
    assert 0.8 < fx.rate < 0.95
    assert fx.basis.startswith("ECB reference rate, mean over 2025-07-01..2025-09-30")
    gbp = EcbRates().rate("GBP", "EUR", None, date(2022, 3, 31))
    assert 1.1 < gbp.rate < 1.25


# --------------------------------------------------------------------------- verdicts


@pytest.fixture(scope="module")
def index():
    return FigureIndex(load_financials([FIXTURES]))


def _claim(**fields) -> Claim:
    defaults = dict(doc_id="t.txt", start=0, end=0, money_text="", value=math.nan, value_max=None,
                    currency="USD", qualifier="exact", per=None)
    return Claim(**{**defaults, **fields})


def _check(index, rates=None, **fields) -> Verdict:
    return check_claim(_claim(**fields), index, rates=rates or FixedRates(1.0))


@pytest.mark.parametrize("fields, code, reason", [
    pytest.param(dict(company="ACME Widgets", metric="net_income", value=-5e9, period="2025-Q3",
                      modality="forecast"), "forecast", "forecast", id="forecast-never-judged"),
    pytest.param(dict(company="", metric="revenue", value=1e9), "incomplete_claim", "no company",
                 id="no-company"),
    pytest.param(dict(company="Zeilmaker", metric="", value=1e9), "incomplete_claim", "no metric",
                 id="no-metric"),
    pytest.param(dict(company="Zeilmaker", metric="other", value=1e9), "incomplete_claim",
                 "'other'", id="metric-other"),
    pytest.param(dict(company="Zeilmaker", metric="revenue"), "incomplete_claim", "no value",
                 id="no-value"),
    pytest.param(dict(company="Nobody", metric="revenue", value=1e9), "unknown_company",
                 "no reported figures for Nobody", id="unknown-company"),
    pytest.param(dict(company="Zeilmaker", metric="revenue", value=4e8, period="2025-Q3",
                      currency="EUR"), "no_figure_for_period", "reported for 2025-H1, 2024",
                 id="no-figure-for-period"),
    pytest.param(dict(company="Zeilmaker", metric="cash_burn", value=1e7, per="week",
                      currency="EUR"), "no_figure_for_per", "per week", id="rate-mismatch"),
    pytest.param(dict(company="Zeilmaker", metric="dividend", value=1e7, currency="EUR"),
                 "no_figure_for_metric", "reported: cash_burn, ebitda", id="no-metric-no-related"),
])
def test_unverifiable_with_reason(index, fields, code, reason):
    verdict = _check(index, **fields)
    assert (verdict.verdict, verdict.reason_code) == ("unverifiable", code)
    assert reason in verdict.reason


def test_exact_claim_against_derived_fourth_quarter(index):
    verdict = _check(index, company="ACME Widgets", metric="revenue", value=1.3e9,
                     money_text="1,3 miljard dollar", period="2025-Q4")
    assert verdict.verdict == "supported"
    assert verdict.reported_span == "2025-10-27..2026-01-25"
    assert "derived" in verdict.reason
    assert verdict.deviation == pytest.approx(0.0)


def test_company_matched_by_identifier_when_names_differ(index):
    by_id = _check(index, company="Acme", company_id="CIK0009999001", metric="revenue",
                   value=1.2e9, money_text="1,2 miljard dollar", period="2025-Q3")
    assert by_id.verdict == "supported"
    assert by_id.reported_company == "ACME WIDGETS CORP"
    assert _check(index, company="Acme", metric="revenue", value=1.2e9,
                  period="2025-Q3").reason_code == "unknown_company"


def test_profit_claimed_where_a_loss_was_reported(index):
    verdict = _check(index, company="ACME Widgets", metric="net_income", value=150e6,
                     money_text="150 miljoen dollar", period="2025-Q3")
    assert verdict.verdict == "contradicted"
    assert "the figure reported is a loss" in verdict.reason
    assert "the claim is 200% above it" in verdict.reason
    assert verdict.deviation == pytest.approx(2.0)


def test_balance_for_a_year_is_the_year_end_balance(index):
    verdict = _check(index, company="ACME Widgets", metric="cash", value=2.5e9,
                     money_text="2,5 miljard dollar", period="2025")
    assert (verdict.verdict, verdict.reported_value, verdict.reported_period) == (
        "supported", 2.5e9, "2025-Q4")


def test_claim_in_another_currency_is_converted(index):
    rates = FixedRates(0.9)
    verdict = _check(index, rates=rates, company="ACME Widgets", metric="revenue", value=1.08e9,
                     money_text="1,08 miljard euro", currency="EUR", period="2025-Q3")
    assert verdict.verdict == "supported"
    assert verdict.fx_rate == 0.9
    assert verdict.compared_value == pytest.approx(1.08e9)
    assert (verdict.reported_value, verdict.reported_currency) == (1.2e9, "USD")
    assert verdict.interval_low == pytest.approx(1.075e9 * 0.97)
    assert "= 1.08 bn EUR at 0.9000 EUR per USD (a fixed test rate)" in verdict.reason
    assert rates.calls == [("USD", "EUR", date(2025, 7, 28), date(2025, 10, 26))]


def test_conversion_uses_ecb_rate_by_default():
    figures = load_financials([FIXTURES / "acme_companyfacts.json"])
    [verdict] = check_claims([_claim(company="ACME Widgets", metric="revenue", value=1.05e9,
                                     money_text="1,05 miljard euro", currency="EUR",
                                     period="2025-Q3")], figures)
    assert 0.8 < verdict.fx_rate < 0.95
    assert "ECB reference rate, mean over 2025-07-28..2025-10-26" in verdict.reason


def test_sources_disagree_verdict_follows_most_sources(index):
    supported = _check(index, company="Zeilmaker", metric="cash_burn", value=300e6,
                       money_text="300 miljoen euro", qualifier="lower_bound", currency="EUR",
                       period="2025-9M")
    assert supported.verdict == "supported"
    assert "2 sources agree" in supported.reason
    assert ("sources disagree: 450 m EUR for 2025-9M (other.example.net), which would not fit"
            in supported.reason)
    assert supported.source == "https://news.example.com/a | https://news.example.net/c"

    contradicted = _check(index, company="Zeilmaker", metric="cash_burn", value=450e6,
                          money_text="450 miljoen euro", currency="EUR", period="2025-9M")
    assert contradicted.verdict == "contradicted"
    assert contradicted.reported_value == 300e6
    assert "450 m EUR for 2025-9M (other.example.net), which would fit" in contradicted.reason


def test_a_filing_cited_twice_is_one_source_and_beats_the_press_on_a_tie():
    url = "https://data.sec.gov/api/xbrl/companyfacts/CIK0009999001.json"
    filing = _figure(company="Acme", metric="net_income", period="2025-Q3", value=31.9e9,
                     currency="USD", concept="us-gaap:NetIncomeLoss",
                     source=f"{url} us-gaap:NetIncomeLoss (10-Q)")
    cited = _figure(company="Acme", metric="net_income", period="2025-Q3", value=31.9e9,
                    currency="USD", source=url)
    press = _figure(company="Acme", metric="net_income", period="2025-Q3", value=20e9,
                    currency="USD", source="https://news.example.com/acme")
    verdict = check_claim(_claim(company="Acme", metric="net_income", value=20e9,
                                 money_text="20 miljard dollar", period="2025-Q3"),
                          FigureIndex([press, cited, filing]), rates=FixedRates(1.0))
    assert verdict.verdict == "contradicted"
    assert verdict.reported_value == 31.9e9
    assert "sources agree" not in verdict.reason
    assert "20 bn USD for 2025-Q3 (news.example.com), which would fit" in verdict.reason


def test_rate_per_month_without_period(index):
    verdict = _check(index, company="Zeilmaker", metric="cash_burn", value=40e6, per="month",
                     money_text="40 miljoen euro", qualifier="approx", currency="EUR")
    assert verdict.verdict == "supported"
    assert "the claim names no period" in verdict.reason


def test_related_metric_is_named_not_judged(index):
    verdict = _check(index, company="Zeilmaker", metric="operating_income", value=-20e6,
                     money_text="20 miljoen euro", currency="EUR", period="2025-H1")
    assert (verdict.verdict, verdict.reason_code) == ("unverifiable", "related_metric_only")
    assert (verdict.reported_metric, verdict.reported_value) == ("ebitda", -20e6)
    assert "no reported operating_income for Zeilmaker" in verdict.reason
    assert "would fit" in verdict.reason


@pytest.mark.parametrize("value, money_text, verdict_expected, extra", [
    (420e6, "420 miljoen euro", "supported", "taken as 2025-H1"),
    (790e6, "790 miljoen euro", "contradicted", "would fit the figure reported for 2024"),
])
def test_claim_without_period_takes_latest_complete_period(index, value, money_text,
                                                          verdict_expected, extra):
    verdict = _check(index, company="Zeilmaker", metric="revenue", value=value,
                     money_text=money_text, currency="EUR", published="2025-08-15")
    assert verdict.verdict == verdict_expected
    assert verdict.reported_period == "2025-H1"
    assert extra in verdict.reason


def test_figure_without_period_is_compared_and_said(index):
    verdict = _check(index, company="Zeilmaker", metric="funding_raised", value=1.2e9,
                     money_text="1,2 miljard euro", currency="EUR")
    assert verdict.verdict == "supported"
    assert "neither the claim nor the reported figure" in verdict.reason


def test_valuation_without_period_is_latest_begun(index):
    rates = FixedRates(0.85)
    verdict = _check(index, rates=rates, company="Zeilmaker", metric="valuation",
                     value=4.25e9, money_text="4,25 miljard euro", currency="EUR",
                     published="2025-12-01")
    assert (verdict.verdict, verdict.reported_period) == ("supported", "2025")
    assert verdict.fx_rate == 0.85
    # a figure with a label but no dates is converted at the rate of its label's period
    assert rates.calls == [("USD", "EUR", date(2025, 1, 1), date(2025, 12, 31))]


def test_figure_without_dates_is_converted_at_publication(index):
    rates = FixedRates(1.2)
    verdict = _check(index, rates=rates, company="Zeilmaker", metric="funding_raised",
                     value=1.44e9, money_text="1,44 miljard dollar", currency="USD",
                     published="2026-01-15")
    assert verdict.verdict == "supported"
    assert rates.calls == [("EUR", "USD", None, date(2026, 1, 15))]


def test_reported_rounding_counts(index):
    # 812,4 miljoen reported to decimals -5 (±50 000): "812,5 miljoen" touches it
    verdict = _check(index, company="Voorbeeld", metric="revenue", value=812.5e6,
                     money_text="812,5 miljoen euro", currency="EUR", period="2024")
    assert verdict.verdict == "supported"
    assert _check(index, company="Voorbeeld", metric="revenue", value=812.6e6,
                  money_text="812,6 miljoen euro", currency="EUR",
                  period="2024").verdict == "contradicted"


def test_claim_without_currency_is_compared_as_reported(index):
    verdict = _check(index, company="Voorbeeld", metric="revenue", value=812e6,
                     money_text="812 miljoen", currency=None, period="2024")
    assert verdict.verdict == "supported"
    assert "the claim names no currency; compared in EUR" in verdict.reason


def test_summarise_counts_every_verdict():
    verdicts = [Verdict("supported", "r", "c"), Verdict("supported", "r", "c"),
                Verdict("unverifiable", "r", "c")]
    assert summarise(verdicts) == {"supported": 2, "contradicted": 0, "unverifiable": 1, "total": 3}


def test_verdict_row_has_the_check_columns():
    assert set(Verdict("supported", "r", "c").to_row()) == set(CHECK_COLUMNS)


# --------------------------------------------------------------------------- claims tables


def test_claim_from_row_parses_strings():
    claim = claim_from_row({"company": "xAI", "metric": "net_income", "value": "-1460000000",
                            "value_max": "", "currency": "usd", "qualifier": "", "start": "12",
                            "confidence": "0.8"})
    assert (claim.value, claim.value_max, claim.currency, claim.qualifier, claim.start,
            claim.confidence) == (-1.46e9, None, "USD", "exact", 12, 0.8)
    assert math.isnan(claim_from_row({"company": "x", "metric": "revenue", "value": ""}).value)


def test_claim_from_row_rejects_non_numbers():
    with pytest.raises(ClaimsError, match="row 3: value 'veel'"):
        claim_from_row({"value": "veel"}, where="claims.csv, row 3")


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_read_claim_rows_in_every_table_format(tmp_path, suffix):
    path = tmp_path / f"claims.{suffix}"
    row = {"company": "xAI", "metric": "revenue", "value": 107e6,
           "money_text": "107 miljoen dollar", "currency": "USD", "period": "2025-Q3"}
    write_table(path, [row], CLAIM_COLUMNS)
    rows, columns = read_claim_rows(path)
    assert columns[:len(CLAIM_COLUMNS)] == CLAIM_COLUMNS
    claim = claim_from_row(rows[0])
    assert (claim.company, claim.value, claim.period) == ("xAI", 107e6, "2025-Q3")


@pytest.mark.parametrize("content, message", [
    ("company,metric\nxAI,revenue\n", "missing column(s) value"),
    ("", "missing column(s) company, metric, value"),
])
def test_read_claim_rows_errors(tmp_path, content, message):
    path = tmp_path / "claims.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ClaimsError) as caught:
        read_claim_rows(path)
    assert message in str(caught.value)


def test_read_claim_rows_missing_or_broken_file(tmp_path):
    with pytest.raises(ClaimsError, match="cannot read"):
        read_claim_rows(tmp_path / "absent.csv")
    broken = tmp_path / "claims.parquet"
    broken.write_bytes(b"not parquet")
    with pytest.raises(ClaimsError, match="cannot read"):
        read_claim_rows(broken)


def test_output_columns_keep_extra_input_columns_before_the_verdict():
    columns = output_columns(["company", "metric", "value", "note", "verdict"])
    assert columns[:len(CLAIM_COLUMNS)] == CLAIM_COLUMNS
    assert columns[len(CLAIM_COLUMNS)] == "note"
    assert columns[len(CLAIM_COLUMNS) + 1:] == CHECK_COLUMNS
    row = checked_row({"company": "x", "verdict": "old", "value": "1.46e9", "start": "12",
                       "value_max": "", "confidence": "hoog"}, Verdict("supported", "r", "c"))
    assert row["verdict"] == "supported" and row["company"] == "x"
    assert (row["value"], row["start"], row["value_max"], row["confidence"]) == (
        1.46e9, 12, None, "hoog")


@pytest.mark.parametrize("value, money_text, words", [
    (-150e6, "150 miljoen dollar", None),
    (-100e6, "100 miljoen dollar", "the claimed loss is 33% smaller than the reported loss"),
    (-200e6, "200 miljoen dollar", "the claimed loss is 33% larger than the reported loss"),
])
def test_a_loss_is_compared_as_a_loss(index, value, money_text, words):
    verdict = _check(index, company="ACME Widgets", metric="net_income", value=value,
                     money_text=money_text, period="2025-Q3")
    assert verdict.verdict == ("supported" if words is None else "contradicted")
    if words:
        assert words in verdict.reason
