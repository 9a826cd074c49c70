"""Readers of reported financials: calendar labels, SEC companyfacts, xBRL-JSON, tidy CSV."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.financials import FinancialsError, load_financials, load_financials_file
from pipeline.financials.records import (
    calendar_label,
    closing_quarter,
    concept_rules,
    instant_label,
    period_bounds,
    period_kind,
    sec_frame_label,
)
from pipeline.financials.sec import SecFact, derive_fourth_quarters, latest_per_span
from pipeline.financials.tidy_csv import read_tidy_csv
from pipeline.financials.xbrl_json import parse_period
from pipeline.records import METRICS
from pipeline.resources import read_tsv

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "financials"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "financials").is_dir(),
                                  reason=f"shared samples not found at {SHARED}")

#: Metrics read only to be named as related figures, not claimed.
AUXILIARY_METRICS = {"operating_cash_flow"}


# --------------------------------------------------------------------------- period labels


@pytest.mark.parametrize("start, end, label", [
    pytest.param(date(2025, 7, 28), date(2025, 10, 26), "2025-Q3", id="nvidia-fiscal-q3"),
    pytest.param(date(2025, 6, 29), date(2025, 9, 27), "2025-Q3", id="apple-fiscal-q4"),
    pytest.param(date(2025, 9, 28), date(2025, 12, 27), "2025-Q4", id="apple-fiscal-q1"),
    pytest.param(date(2024, 9, 29), date(2025, 9, 27), "2025", id="apple-fiscal-year"),
    pytest.param(date(2025, 1, 27), date(2026, 1, 25), "2025", id="nvidia-fiscal-year"),
    pytest.param(date(2021, 4, 1), date(2022, 3, 31), "2021", id="april-march-year"),
    pytest.param(date(2025, 1, 27), date(2025, 7, 27), "2025-H1", id="half-year"),
    pytest.param(date(2025, 7, 1), date(2025, 12, 31), "2025-H2", id="second-half"),
    pytest.param(date(2025, 1, 27), date(2025, 10, 26), "2025-9M", id="nine-months"),
    pytest.param(date(2025, 1, 1), date(2025, 12, 31), "2025", id="calendar-year"),
    pytest.param(date(2025, 10, 1), date(2025, 10, 31), "", id="one-month"),
    pytest.param(date(2024, 1, 1), date(2025, 12, 31), "", id="two-years"),
])
def test_calendar_label(start, end, label):
    assert calendar_label(start, end) == label


@pytest.mark.parametrize("day, label", [
    (date(2025, 10, 26), "2025-Q3"),
    (date(2026, 1, 25), "2025-Q4"),
    (date(2025, 7, 25), "2025-Q2"),
    (date(2022, 3, 31), "2022-Q1"),
    pytest.param(date(2024, 11, 15), "2024-Q4", id="halfway-goes-to-the-later-quarter"),
])
def test_instant_label(day, label):
    assert instant_label(day) == label


@pytest.mark.parametrize("frame, expected", [
    ("CY2025Q3", ("2025-Q3", False)),
    ("CY2025", ("2025", False)),
    ("CY2025Q3I", ("2025-Q3", True)),
    ("", None),
    ("FY2025", None),
])
def test_sec_frame_label(frame, expected):
    assert sec_frame_label(frame) == expected


@pytest.mark.parametrize("label, bounds, kind, closing", [
    ("2025", (date(2025, 1, 1), date(2025, 12, 31)), "year", "2025-Q4"),
    ("2025-Q3", (date(2025, 7, 1), date(2025, 9, 30)), "quarter", "2025-Q3"),
    ("2024-Q1", (date(2024, 1, 1), date(2024, 3, 31)), "quarter", "2024-Q1"),
    ("2025-H1", (date(2025, 1, 1), date(2025, 6, 30)), "half", "2025-Q2"),
    ("2025-9M", (date(2025, 1, 1), date(2025, 9, 30)), "9M", "2025-Q3"),
    ("", None, "", ""),
    ("2025-Q5", None, "", ""),
])
def test_period_bounds_kind_and_closing_quarter(label, bounds, kind, closing):
    assert period_bounds(label) == bounds
    assert period_kind(label) == kind
    assert closing_quarter(label) == closing


# --------------------------------------------------------------------------- SEC companyfacts


def _fact(start, end, value, *, filed="2025-11-19", accn="a", frame="", concept="us-gaap:Revenues"):
    return SecFact(concept=concept, currency="USD",
                   start=date.fromisoformat(start) if start else None,
                   end=date.fromisoformat(end), value=value, accn=accn, form="10-Q",
                   filed=date.fromisoformat(filed), frame=frame)


@pytest.mark.parametrize("copies, value, frame, note", [
    pytest.param([_fact("2025-01-27", "2025-04-27", 10, filed="2025-05-20"),
                  _fact("2025-01-27", "2025-04-27", 10, filed="2026-05-20", frame="CY2025Q1")],
                 10, "CY2025Q1", "", id="repeated-in-a-later-filing"),
    pytest.param([_fact("2025-01-27", "2025-04-27", 10, filed="2025-05-20", frame="CY2025Q1"),
                  _fact("2025-01-27", "2025-04-27", 11, filed="2026-05-20")],
                 11, "CY2025Q1", "restated; earlier filings gave 10", id="restated-keeps-frame"),
    pytest.param([_fact(None, "2025-10-26", 5, filed="2025-11-19"),
                  _fact(None, "2025-10-26", 5, filed="2026-02-25")],
                 5, "", "", id="instant"),
])
def test_latest_per_span_deduplicates(copies, value, frame, note):
    [kept] = latest_per_span(copies)
    assert (kept.value, kept.frame, kept.note) == (value, frame, note)


@pytest.mark.parametrize("facts, expected", [
    pytest.param([_fact("2025-01-27", "2026-01-25", 46), _fact("2025-01-27", "2025-10-26", 33)],
                 [("2025-10-27", "2026-01-25", 13)], id="year-minus-nine-months"),
    pytest.param([_fact("2024-09-29", "2025-09-27", 416), _fact("2024-09-29", "2025-06-28", 313)],
                 [("2025-06-29", "2025-09-27", 103)], id="fiscal-year-ending-september"),
    pytest.param([_fact("2025-01-27", "2026-01-25", 46), _fact("2025-01-27", "2025-10-26", 33),
                  _fact("2025-10-27", "2026-01-25", 14)], [], id="q4-tagged-is-kept"),
    pytest.param([_fact("2025-01-27", "2026-01-25", 46), _fact("2025-02-03", "2025-10-26", 33)],
                 [], id="nine-months-of-another-year"),
    pytest.param([_fact("2025-01-27", "2026-01-25", 46)], [], id="no-nine-months"),
    pytest.param([_fact(None, "2026-01-25", 46), _fact(None, "2025-10-26", 33)], [],
                 id="balances-are-not-derived"),
])
def test_derive_fourth_quarters(facts, expected):
    derived = derive_fourth_quarters(facts)
    assert [(str(f.start), str(f.end), f.value) for f in derived] == expected
    assert all("minus nine months" in f.derived for f in derived)


@pytest.fixture(scope="module")
def acme():
    return load_financials_file(FIXTURES / "acme_companyfacts.json")


def _one(figures, metric, period):
    found = [f for f in figures if f.metric == metric and f.period == period]
    assert len(found) == 1, found
    return found[0]


def test_companyfacts_keeps_one_figure_per_span(acme):
    q1 = _one(acme, "revenue", "2025-Q1")
    assert q1.value == 1_000_000_000
    assert q1.company == "ACME WIDGETS CORP"
    assert q1.company_ids == ("CIK0009999001", "9999001")
    assert q1.source.startswith(
        "https://data.sec.gov/api/xbrl/companyfacts/CIK0009999001.json us-gaap:Revenues")


def test_companyfacts_prefers_revenues_over_asc606_tag(acme):
    q3 = _one(acme, "revenue", "2025-Q3")
    assert (q3.concept, q3.value) == ("us-gaap:Revenues", 1_200_000_000)


def test_companyfacts_labels_unframed_quarter_and_year(acme):
    assert _one(acme, "revenue", "2025-Q3").span == "2025-07-28..2025-10-26"
    assert _one(acme, "revenue", "2025-9M").value == 3_300_000_000
    assert _one(acme, "revenue", "2025-H1").value == 2_100_000_000
    assert _one(acme, "revenue", "2025").span == "2025-01-27..2026-01-25"


def test_companyfacts_derives_untagged_fourth_quarter(acme):
    revenue_q4 = _one(acme, "revenue", "2025-Q4")
    assert revenue_q4.value == 1_300_000_000
    assert revenue_q4.span == "2025-10-27..2026-01-25"
    assert revenue_q4.derived
    assert _one(acme, "net_income", "2025-Q4").value == -100_000_000
    tagged = _one(acme, "operating_income", "2025-Q4")
    assert (tagged.value, tagged.derived) == (125_000_000, "")


def test_companyfacts_restatement_wins_and_is_noted(acme):
    restated = _one(acme, "revenue", "2024-Q2")
    assert restated.value == 820_000_000
    assert "800,000,000" in restated.note


def test_companyfacts_balances_are_instants(acme):
    cash = _one(acme, "cash", "2025-Q3")
    assert cash.instant and cash.start is None and cash.span == "2025-10-26"
    assert _one(acme, "cash", "2025-Q4").value == 2_500_000_000


def test_companyfacts_skips_shares_and_per_share_units(acme):
    assert {f.currency for f in acme} == {"USD"}
    assert not [f for f in acme if "Shares" in f.concept or "PerShare" in f.concept]


# --------------------------------------------------------------------------- xBRL-JSON


@pytest.mark.parametrize("text, start, end", [
    pytest.param("2021-04-01T00:00:00/2022-04-01T00:00:00", date(2021, 4, 1), date(2022, 3, 31),
                 id="exclusive-end"),
    pytest.param("2024-01-01T00:00:00/2025-01-01T00:00:00", date(2024, 1, 1), date(2024, 12, 31),
                 id="calendar-year"),
    pytest.param("2022-04-01T00:00:00", None, date(2022, 3, 31), id="instant-at-midnight"),
    pytest.param("2022-03-31T23:59:59", None, date(2022, 3, 31), id="instant-within-the-day"),
    pytest.param("2024-01-01/2025-01-01", date(2024, 1, 1), date(2024, 12, 31), id="dates-only"),
])
def test_xbrl_periods_end_exclusively(text, start, end):
    assert parse_period(text) == (start, end)


def test_xbrl_period_unreadable():
    with pytest.raises(FinancialsError):
        parse_period("last year")


@pytest.fixture(scope="module")
def voorbeeld():
    return load_financials_file(FIXTURES / "voorbeeld_xbrl.json")


def test_xbrl_reads_string_values_and_names(voorbeeld):
    revenue = _one(voorbeeld, "revenue", "2024")
    assert revenue.value == 812_400_000
    assert revenue.currency == "EUR"
    assert revenue.company == "Voorbeeld Groep N.V."
    assert "724500VOORBEELD0001" in revenue.company_ids
    assert revenue.rounding == 50_000  # decimals -5
    assert revenue.span == "2024-01-01..2024-12-31"
    assert _one(voorbeeld, "revenue", "2024-H1").value == 401_000_000


def test_xbrl_leaves_out_breakdowns_duplicates_and_nil(voorbeeld):
    revenue_2024 = [f.value for f in voorbeeld if f.metric == "revenue" and f.period == "2024"]
    assert revenue_2024 == [812_400_000]
    net_income = _one(voorbeeld, "net_income", "2024")
    assert net_income.concept == "ifrs-full:ProfitLossAttributableToOwnersOfParent"
    assert not [f for f in voorbeeld if f.metric == "gross_profit"]


def test_xbrl_balance_at_exclusive_instant(voorbeeld):
    cash = _one(voorbeeld, "cash", "2024-Q4")
    assert cash.instant and cash.end == date(2024, 12, 31)


# --------------------------------------------------------------------------- tidy CSV


def test_tidy_csv_reads_rows_with_rates_and_sources():
    figures = load_financials_file(FIXTURES / "tidy.csv")
    assert len(figures) == 11  # the placeholder row without a value is skipped
    monthly = [f for f in figures if f.per == "month"]
    assert [(f.metric, f.period, f.value) for f in monthly] == [("cash_burn", "2025", 40_000_000)]
    undated = [f for f in figures if not f.period]
    assert [(f.metric, f.start, f.end) for f in undated] == [("funding_raised", None, None)]
    h1 = next(f for f in figures if f.metric == "revenue" and f.period == "2025-H1")
    # a label, not dates: no span is made up for it
    assert (h1.start, h1.end, h1.span, h1.source) == (None, None, "",
                                                       "https://example.org/zeilmaker-h1")


@pytest.mark.parametrize("text, message", [
    ("company,metric,period,value,currency\nX,revenue,2025,abc,EUR\n", "line 2: value 'abc'"),
    ("company,metric,period,value,currency\nX,revenue,Q3 2025,1,EUR\n", "period 'Q3 2025'"),
    ("company,metric,period,value,currency\n,revenue,2025,1,EUR\n", "company and metric"),
    ("company,metric,value\nX,revenue,1\n", "missing column(s) currency, period"),
    ("doc_id,money_text,company,metric,period,value,currency\na,1 m,X,revenue,2025,1,EUR\n",
     "a claims table"),
])
def test_tidy_csv_errors_name_the_line(text, message):
    with pytest.raises(FinancialsError) as caught:
        read_tidy_csv(text, origin="t.csv")
    assert message in str(caught.value)


def test_tidy_csv_header_is_case_insensitive():
    [figure] = read_tidy_csv("\ufeffCompany,Metric,Period,Value,Currency,Company_ID\n"
                             "X,revenue,2025,5,eur,LEI123\n")
    assert (figure.currency, figure.company_ids) == ("EUR", ("LEI123",))


# --------------------------------------------------------------------------- dispatch


def test_load_financials_dispatches_by_content_and_walks_folders(tmp_path):
    renamed = tmp_path / "figures.txt"  # the name says nothing; the content does
    renamed.write_text((FIXTURES / "tidy.csv").read_text(encoding="utf-8"), encoding="utf-8")
    assert len(load_financials([renamed])) == 11
    all_fixtures = load_financials([FIXTURES])
    assert {f.company for f in all_fixtures} == {"ACME WIDGETS CORP", "Voorbeeld Groep N.V.",
                                                 "Zeilmaker"}


@pytest.mark.parametrize("content, message", [
    ('{"foo": 1}', "neither SEC companyfacts nor xBRL-JSON"),
    ('{"facts": ', "invalid JSON"),
    ("just some text\n", "not a financials file"),
])
def test_load_financials_rejects_other_files(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FinancialsError) as caught:
        load_financials([path])
    assert message in str(caught.value) and str(path) in str(caught.value)


def test_load_financials_missing_file(tmp_path):
    with pytest.raises(FinancialsError, match="cannot read"):
        load_financials([tmp_path / "absent.csv"])


# --------------------------------------------------------------------------- mapping tables


def test_concept_table_maps_to_known_metrics():
    rules = concept_rules()
    assert rules["us-gaap:Revenues"].metric == "revenue"
    assert rules["us-gaap:SalesRevenueNet"].metric == "revenue"
    assert rules["us-gaap:NetIncomeLoss"].metric == "net_income"
    assert {r.metric for r in rules.values()} <= set(METRICS) | AUXILIARY_METRICS


def test_related_metrics_table_uses_known_metrics():
    rows = read_tsv("financials", "related_metrics.tsv")
    assert rows
    for row in rows:
        assert row["metric"] in METRICS
        assert row["related"] in set(METRICS) | AUXILIARY_METRICS
        assert row["why"]


# --------------------------------------------------------------------------- shared samples


@needs_shared
def test_shared_nvidia_quarter_follows_sec_frame():
    figures = load_financials([SHARED / "financials" / "nvda_companyfacts_trimmed.json"])
    q3 = _one(figures, "revenue", "2025-Q3")
    assert (q3.value, q3.span) == (57_006_000_000, "2025-07-28..2025-10-26")
    assert q3.company == "NVIDIA CORP"


@needs_shared
def test_shared_apple_fiscal_q4_is_derived_into_calendar_q3():
    figures = load_financials([SHARED / "financials" / "aapl_companyfacts_trimmed.json"])
    q3 = _one(figures, "revenue", "2025-Q3")
    assert q3.derived and q3.span == "2025-06-29..2025-09-27"
    assert q3.value == 416_161_000_000 - 313_695_000_000


@needs_shared
def test_shared_sec_frames_agree_with_computed_labels():
    """Every frame the SEC assigned to a mapped fact is the label we would compute."""
    for name in ("nvda_companyfacts_trimmed.json", "aapl_companyfacts_trimmed.json",
                 "goog_companyfacts_trimmed.json", "lpa_companyfacts_ifrs.json"):
        data = json.loads((SHARED / "financials" / name).read_text(encoding="utf-8"))
        for taxonomy, concepts in data["facts"].items():
            for concept, body in concepts.items():
                if f"{taxonomy}:{concept}" not in concept_rules():
                    continue
                for entries in body["units"].values():
                    for entry in entries:
                        if "frame" not in entry:
                            continue
                        end = date.fromisoformat(entry["end"])
                        computed = (calendar_label(date.fromisoformat(entry["start"]), end)
                                    if "start" in entry else instant_label(end))
                        expected = sec_frame_label(entry["frame"])
                        assert (computed, "start" not in entry) == expected, entry


@needs_shared
def test_shared_kainos_xbrl():
    figures = load_financials([SHARED / "financials" / "kainos_2022_xbrl.json"])
    revenue = _one(figures, "revenue", "2021")
    assert (revenue.value, revenue.currency, revenue.span) == (302_632_000, "GBP",
                                                              "2021-04-01..2022-03-31")
    assert revenue.company == "Kainos Group plc"
    assert _one(figures, "cash", "2022-Q1").value == 76_609_000
