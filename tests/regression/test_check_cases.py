"""Claims with known outcomes against the shared reported-financials samples.

Driven by ``check_cases.json``; skipped when ``../shared`` is not there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.check import check_claims, claim_from_row
from pipeline.financials import load_financials

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CASE_FILE = Path(__file__).parent / "check_cases.json"
CASES = json.loads(CASE_FILE.read_text(encoding="utf-8"))["cases"]

pytestmark = pytest.mark.skipif(not (SHARED / "financials").is_dir(),
                                reason=f"shared samples not found at {SHARED}")


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_check_case(case):
    figures = load_financials([SHARED / name for name in case["financials"]])
    [verdict] = check_claims([claim_from_row(case["claim"])], figures)
    expected = case["expected"]

    assert verdict.verdict == expected["verdict"], verdict.reason
    for field in ("reported_metric", "reported_period", "reported_span", "reason_code"):
        if field in expected:
            assert getattr(verdict, field) == expected[field], verdict.reason
    if "reported_value" in expected:
        assert verdict.reported_value == pytest.approx(expected["reported_value"])
    if "interval" in expected:
        low, high = expected["interval"]
        assert verdict.interval_low == pytest.approx(low)
        assert verdict.interval_high == pytest.approx(high)
    for fragment in expected.get("reason_contains", ()):
        assert fragment in verdict.reason
    assert verdict.source, "every verdict that names a figure names its source"
