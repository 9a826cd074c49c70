"""Regression cases for money parsing, driven by JSON files.

``money_cases.json`` holds cases for fixed bugs; ``heldout_money.json``
200 sentences written by someone who had not seen the parser;
``../shared/spec/money-cases.tsv`` (when
present) holds the project's 40 reference sentences.  Each case is a
``pytest.param`` with an id; ids listed under ``known_failures`` are xfail.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from pipeline.amounts import find_amounts

HERE = Path(__file__).resolve().parent
SHARED_CASES = HERE.parents[1].parent / "shared" / "spec" / "money-cases.tsv"


CASE_FILES = ("money_cases.json", "heldout_money.json")


def _own_cases():
    for name in CASE_FILES:
        data = json.loads((HERE / name).read_text(encoding="utf-8"))
        known = set(data.get("known_failures", []))
        for case in data["cases"]:
            marks = [pytest.mark.xfail(reason="known failure", strict=True)] if case["id"] in known else []
            yield pytest.param(case["text"], case["money"], id=case["id"], marks=marks)


@pytest.mark.parametrize("text, expected", list(_own_cases()))
def test_money_case(text, expected):
    found = find_amounts(text)
    assert len(found) == len(expected), [m.text for m in found]
    for mention, want in zip(found, expected):
        amount = mention.amount
        assert amount.value == pytest.approx(want["value"], rel=0.005)
        assert amount.value_max == (pytest.approx(want["value_max"], rel=0.005) if want.get("value_max") else None)
        assert amount.currency == want.get("currency")
        assert amount.qualifier == want.get("qualifier", "exact")
        assert amount.per == want.get("per")


def _shared_cases():
    if not SHARED_CASES.exists():
        return [pytest.param("", [], id="shared-cases-absent",
                             marks=pytest.mark.skip(reason="../shared/spec/money-cases.tsv not present"))]
    with open(SHARED_CASES, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [pytest.param(row["sentence"], json.loads(row["amounts"]), id=f"shared-{i:02d}")
            for i, row in enumerate(rows, start=1)]


@pytest.mark.parametrize("sentence, amounts", _shared_cases())
def test_shared_money_case(sentence, amounts):
    # the shared file lists a range as its two ends
    got = []
    for mention in find_amounts(sentence):
        got.append((mention.amount.value, mention.amount.currency))
        if mention.amount.value_max is not None:
            got.append((mention.amount.value_max, mention.amount.currency))
    want = sorted(((float(a["value"]), a["currency"]) for a in amounts), key=lambda a: (a[0], a[1] or ""))
    got.sort(key=lambda a: (a[0], a[1] or ""))
    assert [(pytest.approx(v, rel=0.005), c) for v, c in want] == got
