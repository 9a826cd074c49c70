"""Partitioned output: part files that together hold the rows of one table,
locally and on a Dask LocalCluster."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app

runner = CliRunner()


def _articles(folder, count=11):
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:02d}.txt").write_text(
            f"ING boekte in het tweede kwartaal van 2025 een winst van {i + 1},5 miljard euro.", encoding="utf-8")


def _rows_of_parts(folder, stem):
    rows = []
    for part in sorted(folder.glob(f"{stem}-*.csv")):
        with open(part, encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def _rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("engine", ["local", pytest.param("dask", marks=pytest.mark.slow)])
def test_parts_hold_the_rows_of_one_table(tmp_path, engine):
    if engine == "dask":
        pytest.importorskip("distributed")
    folder = tmp_path / "in"
    _articles(folder)
    single = tmp_path / "claims.csv"
    assert runner.invoke(app, ["extract", str(folder), "-o", str(single), "-q"]).exit_code == 0
    parts = tmp_path / "parts"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(parts), "--companies", str(tmp_path / "comp"),
                                 "--partition-size", "4", "--engine", engine, "--workers", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in sorted(parts.glob("claims-*.csv"))] == [
        "claims-00000.csv", "claims-00001.csv", "claims-00002.csv"]
    assert _rows_of_parts(parts, "claims") == _rows(single)
    assert len(_rows_of_parts(tmp_path / "comp", "companies")) == 11


def test_partitions_and_resume_do_not_mix(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "p"), "--partition-size", "2",
                                 "--resume"])
    assert result.exit_code == 2
