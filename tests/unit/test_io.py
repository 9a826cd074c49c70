"""Atomic, streaming table writers."""

from __future__ import annotations

import csv
import json

import pytest

from pipeline.io import TableWriter, write_table

COLUMNS = ["doc_id", "start", "value", "value_max", "currency"]
ROWS = [{"doc_id": "a.txt", "start": 3, "value": 1.46e9, "value_max": None, "currency": "USD"},
        {"doc_id": "b.txt", "start": 0, "value": 0.95, "value_max": 2.5, "currency": "EUR"}]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_round_trip(tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    assert write_table(path, ROWS, COLUMNS, fmt=fmt) == 2
    if fmt == "csv":
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        assert rows[0]["value"] == "1460000000" and rows[0]["value_max"] == "" and rows[1]["value"] == "0.95"
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert rows[1]["value_max"] == 2.5
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        assert table.column("value").to_pylist() == [1.46e9, 0.95]
        assert table.column("start").to_pylist() == [3, 0]


def test_interrupted_write_leaves_no_table(tmp_path):
    path = tmp_path / "claims.csv"
    with pytest.raises(KeyboardInterrupt):
        with TableWriter(path, COLUMNS) as writer:
            writer.write(ROWS[0])
            raise KeyboardInterrupt
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_interrupted_write_keeps_previous_table(tmp_path):
    path = tmp_path / "claims.csv"
    write_table(path, ROWS[:1], COLUMNS)
    before = path.read_text(encoding="utf-8")
    with pytest.raises(RuntimeError):
        with TableWriter(path, COLUMNS) as writer:
            writer.write(ROWS[1])
            raise RuntimeError("kill")
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_append_continues_a_table(tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    write_table(path, ROWS[:1], COLUMNS, fmt=fmt)
    with TableWriter(path, COLUMNS, fmt=fmt, append=True) as writer:
        writer.write(ROWS[1])
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(path).num_rows == 2
    else:
        assert len(path.read_text(encoding="utf-8").strip().splitlines()) == (3 if fmt == "csv" else 2)
