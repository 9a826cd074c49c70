"""The extract and evaluate commands, through typer's CliRunner."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app

runner = CliRunner()


def rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture()
def mixed_folder(tmp_path, seed_text):
    """The seed, a binary file, an empty file and a cp1252 article."""
    seed_path, _ = seed_text
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_path, folder / seed_path.name)
    (folder / "kapot.txt").write_bytes(b"\x00\x01\x02\x03PNG\x00\x00" * 50)
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "oud.txt").write_bytes(
        "Het café-concern Koffiebrander B.V. haalde vorig jaar € 12 miljoen op bij beleggers.".encode("cp1252"))
    (folder / "plaatje.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_extract_mixed_folder(tmp_path, mixed_folder, seed_text):
    _, gold = seed_text
    out, companies, errors = tmp_path / "claims.csv", tmp_path / "companies.csv", tmp_path / "errors.csv"
    result = runner.invoke(app, ["extract", str(mixed_folder), "-o", str(out), "--companies", str(companies),
                                 "--errors", str(errors), "--quiet"])
    assert result.exit_code == 1, result.output
    claims = rows(out)
    seed_rows = [r for r in claims if r["doc_id"].startswith("000_")]
    assert len(seed_rows) == len(gold["money"])
    cp1252 = [r for r in claims if r["doc_id"] == "oud.txt"]
    assert [(r["money_text"], float(r["value"]), r["currency"]) for r in cp1252] == [("€ 12 miljoen", 12e6, "EUR")]
    failed = {r["doc_id"]: r["reason"] for r in rows(errors)}
    assert set(failed) == {"kapot.txt", "leeg.txt"}
    assert "binary" in failed["kapot.txt"] and "empty" in failed["leeg.txt"]
    assert "plaatje.png" not in failed
    assert len([r for r in rows(companies) if r["doc_id"].startswith("000_")]) == len(gold["companies"])


def test_claims_columns_follow_the_spec(tmp_path, mixed_folder):
    out = tmp_path / "claims.csv"
    runner.invoke(app, ["extract", str(mixed_folder), "-o", str(out), "--quiet"])
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:14] == ["doc_id", "start", "end", "money_text", "value", "value_max", "currency", "qualifier",
                           "per", "company", "company_text", "metric", "period", "sentence"]


def test_offsets_point_into_dumped_text(tmp_path, mixed_folder):
    out, dump = tmp_path / "claims.csv", tmp_path / "text"
    runner.invoke(app, ["extract", str(mixed_folder), "-o", str(out), "--dump-text", str(dump), "--quiet"])
    for row in rows(out):
        text = (dump / (row["doc_id"] + ".txt")).read_text(encoding="utf-8")
        assert text[int(row["start"]):int(row["end"])] == row["money_text"]


def test_clean_run_exits_zero_and_prints_summary(tmp_path):
    article = tmp_path / "2025-11-03_asml.txt"
    article.write_text("ASML boekte in het derde kwartaal een omzet van 7,5 miljard euro.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "c.csv"), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["articles"], summary["amounts"], summary["claims"], summary["failures"]) == (1, 1, 1, 0)


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_other_formats(tmp_path, fmt):
    article = tmp_path / "a.txt"
    article.write_text("Shell boekte 5 miljard dollar winst.", encoding="utf-8")
    out = tmp_path / f"claims.{fmt}"
    assert runner.invoke(app, ["extract", str(article), "-o", str(out), "--format", fmt, "-q"]).exit_code == 0
    assert out.exists() and out.stat().st_size > 0


@pytest.mark.parametrize("args", [
    ["extract"],
    ["extract", "x.txt", "--format", "xlsx"],
    ["extract", "x.txt", "--workers", "0"],
    ["extract", "x.txt", "--engine", "spark"],
])
def test_usage_errors_exit_2(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_missing_path_is_reported_not_raised(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "c.csv"), "-q",
                                 "--errors", str(tmp_path / "e.csv")])
    assert result.exit_code == 1
    assert rows(tmp_path / "e.csv")[0]["reason"] == "no such file or folder"


def test_resume_skips_done_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Shell boekte 5 miljard dollar winst.", encoding="utf-8")
    out = tmp_path / "claims.csv"
    runner.invoke(app, ["extract", str(folder), "-o", str(out), "-q"])
    (folder / "b.txt").write_text("ING boekte 2 miljard euro winst.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--resume", "--json"])
    assert json.loads(result.stdout)["skipped"] == 1
    assert [r["doc_id"] for r in rows(out)] == ["a.txt", "b.txt"]


def test_workers_give_identical_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text(f"Shell boekte {i + 1} miljard dollar winst. ING haalde {i + 2} miljoen euro op.",
                                             encoding="utf-8")
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    runner.invoke(app, ["extract", str(folder), "-o", str(one), "-q"])
    runner.invoke(app, ["extract", str(folder), "-o", str(two), "-q", "--workers", "2"])
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_evaluate_prints_scores(seed_text):
    seed_path, _ = seed_text
    result = runner.invoke(app, ["evaluate", str(seed_path.parent), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["money"]["f1"] == 1.0
    assert scores["companies"]["mention"]["f1"] == 1.0


def test_evaluate_without_gold_fails(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1 and "no *.gold.json" in result.output
