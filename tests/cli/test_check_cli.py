"""``cijfercheck check`` from the command line, through typer's CliRunner."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pipeline.check import CHECK_COLUMNS
from pipeline.io import write_table
from pipeline.records import CLAIM_COLUMNS

try:
    from pipeline.cli.app import app
except ImportError:  # a sibling command not written yet: test ours on an app of its own
    from pipeline.cli.check import check

    app = typer.Typer()
    app.command("check")(check)

    @app.callback()
    def _group() -> None:
        """Keep 'check' a subcommand, as in the real app."""

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "financials"
SHARED = TESTS.parent.parent / "shared"
CASES = json.loads((TESTS / "regression" / "check_cases.json").read_text(encoding="utf-8"))["cases"]

runner = CliRunner()


def _write_claims(path: Path, rows: list[dict]) -> Path:
    write_table(path, rows, CLAIM_COLUMNS)
    return path


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


FIXTURE_CLAIMS = [
    {"doc_id": "a.txt", "company": "ACME Widgets", "metric": "revenue", "value": 1.3e9,
     "money_text": "1,3 miljard dollar", "currency": "USD", "qualifier": "exact",
     "period": "2025-Q4",
     "modality": "reported"},
    {"doc_id": "a.txt", "company": "ACME Widgets", "metric": "net_income", "value": 150e6,
     "money_text": "150 miljoen dollar", "currency": "USD", "qualifier": "exact",
     "period": "2025-Q3",
     "modality": "reported"},
    {"doc_id": "a.txt", "company": "Zeilmaker", "metric": "operating_income", "value": -20e6,
     "money_text": "20 miljoen euro", "currency": "EUR", "qualifier": "exact", "period": "2025-H1",
     "modality": "reported"},
    {"doc_id": "a.txt", "company": "Zeilmaker", "metric": "revenue", "value": 1e9,
     "money_text": "1 miljard euro", "currency": "EUR", "qualifier": "approx", "period": "2026",
     "modality": "forecast"},
]


@pytest.fixture
def claims_csv(tmp_path) -> Path:
    return _write_claims(tmp_path / "claims.csv", FIXTURE_CLAIMS)


def test_check_writes_claims_columns_then_verdicts(tmp_path, claims_csv):
    output = tmp_path / "checked.csv"
    result = runner.invoke(app, ["check", str(claims_csv), "--financials", str(FIXTURES),
                                 "-o", str(output)])
    assert result.exit_code == 0, result.output
    with open(output, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == CLAIM_COLUMNS + CHECK_COLUMNS
    rows = _read_csv(output)
    assert [r["verdict"] for r in rows] == ["supported", "contradicted", "unverifiable",
                                            "unverifiable"]
    assert rows[2]["reported_metric"] == "ebitda"
    assert "forecast" in rows[3]["reason"]
    assert "supported" in result.output and "contradicted" in result.output


def test_check_json_summary_on_stdout(tmp_path, claims_csv):
    result = runner.invoke(app, ["check", str(claims_csv), "--financials", str(FIXTURES),
                                 "-o", str(tmp_path / "checked.csv"), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["summary"] == {"supported": 1, "contradicted": 1, "unverifiable": 2, "total": 4}
    assert [v["verdict"] for v in payload["verdicts"]][:2] == ["supported", "contradicted"]
    assert payload["verdicts"][0]["deviation"] == pytest.approx(0.0)


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_check_other_output_formats(tmp_path, claims_csv, fmt):
    output = tmp_path / "checked.out"
    result = runner.invoke(app, ["check", str(claims_csv), "--financials", str(FIXTURES),
                                 "-o", str(output), "--format", fmt, "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.output == ""
    if fmt == "jsonl":
        rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(output).to_pylist()
    assert [r["verdict"] for r in rows][:2] == ["supported", "contradicted"]
    assert rows[0]["reported_value"] == 1.3e9


def test_financials_may_follow_one_flag(tmp_path, claims_csv):
    output = tmp_path / "checked.csv"
    result = runner.invoke(app, ["check", str(claims_csv), "--financials",
                                 str(FIXTURES / "acme_companyfacts.json"),
                                 str(FIXTURES / "tidy.csv"), "-o", str(output), "-q"])
    assert result.exit_code == 0, result.output
    assert [r["verdict"] for r in _read_csv(output)][:3] == ["supported", "contradicted",
                                                            "unverifiable"]


@pytest.mark.parametrize("make_args, message", [
    pytest.param(lambda tmp, claims: [str(tmp / "absent.csv"), "--financials", str(FIXTURES)],
                 "cannot read", id="claims-missing"),
    pytest.param(lambda tmp, claims: [str(claims), "--financials", str(tmp / "absent.json")],
                 "cannot read", id="financials-missing"),
    pytest.param(lambda tmp, claims: [str(claims), "--financials", str(claims)],
                 "a claims table", id="claims-given-as-financials"),
    pytest.param(lambda tmp, claims: [str(claims), "--financials", str(FIXTURES / "README.md")],
                 "not a financials file", id="financials-unrecognised"),
])
def test_unreadable_input_exits_1_with_one_error(tmp_path, claims_csv, make_args, message):
    output = tmp_path / "checked.csv"
    result = runner.invoke(app, ["check", *make_args(tmp_path, claims_csv), "-o", str(output)])
    assert result.exit_code == 1
    # the console may wrap a long path: compare with whitespace collapsed
    assert message in " ".join(result.output.split())
    assert result.output.count("error:") == 1
    assert "Traceback" not in result.output
    assert not output.exists()


@pytest.mark.parametrize("args", [
    pytest.param([], id="no-financials"),
    pytest.param(["--financials", str(FIXTURES), "--format", "xlsx"], id="unknown-format"),
])
def test_usage_errors_exit_2(claims_csv, args):
    result = runner.invoke(app, ["check", str(claims_csv), *args])
    assert result.exit_code == 2


@pytest.mark.skipif(not (SHARED / "financials").is_dir(),
                    reason=f"shared samples not found at {SHARED}")
def test_seven_known_cases_from_the_command_line(tmp_path):
    claims = _write_claims(tmp_path / "claims.csv", [case["claim"] for case in CASES])
    output = tmp_path / "checked.csv"
    financials = sorted({name for case in CASES for name in case["financials"]})
    args = ["check", str(claims), "-o", str(output)]
    for name in financials:
        args += ["--financials", str(SHARED / name)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = _read_csv(output)
    assert [r["verdict"] for r in rows] == [case["expected"]["verdict"] for case in CASES]
    for row, case in zip(rows, CASES, strict=True):
        if "reported_value" in case["expected"]:
            expected = case["expected"]["reported_value"]
            assert float(row["reported_value"]) == pytest.approx(expected), case["id"]
