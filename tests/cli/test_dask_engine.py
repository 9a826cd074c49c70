"""The Dask engine: a LocalCluster on loopback gives the rows of a local run."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow


def test_dask_local_cluster_matches_local_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(16):
        (folder / f"{i:02d}.txt").write_text(
            f"ASML boekte in het derde kwartaal van 2025 een omzet van {i + 5},5 miljard euro. "
            f"De nettowinst kwam uit op {i + 1},2 miljard euro.", encoding="utf-8")
    (folder / "kapot.txt").write_bytes(b"\x00\x01binary\x00")
    runner = CliRunner()
    local, remote = tmp_path / "local.csv", tmp_path / "dask.csv"
    first = runner.invoke(app, ["extract", str(folder), "-o", str(local), "-q"])
    second = runner.invoke(app, ["extract", str(folder), "-o", str(remote), "-q", "--engine", "dask",
                                 "--workers", "2"])
    assert first.exit_code == second.exit_code == 1  # the binary file fails in both
    assert remote.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert local.read_text(encoding="utf-8").count("\n") == 1 + 2 * 16
