"""The built wheel, installed into a fresh virtual environment, finds its
model data through importlib.resources and runs the CLI end to end.

Slow (builds a wheel, creates a venv); dependencies come from the running
interpreter's site-packages (``--system-site-packages``) so no download is
needed, while ``pipeline`` itself is imported only from the wheel.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_wheel_runs_from_a_fresh_venv(tmp_path):
    wheel_dir = tmp_path / "wheels"
    # no build isolation: the test extra brings setuptools, so nothing is
    # fetched from a package index while the tests run
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
                    "-w", str(wheel_dir), str(REPO)], check=True, capture_output=True)
    (wheel,) = wheel_dir.glob("cijfercheck-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--force-reinstall", "-q", str(wheel)],
                   check=True, capture_output=True)
    article = tmp_path / "in" / "2025-11-03_asml.txt"
    article.parent.mkdir()
    article.write_text("ASML-topman Christophe Fouquet meldde dat ASML in het derde kwartaal een omzet van "
                       "7,5 miljard euro boekte.", encoding="utf-8")
    out = tmp_path / "claims.csv"
    # run from tmp_path so the repository checkout cannot shadow the wheel
    located = subprocess.run([str(python), "-c", "import pipeline, pipeline.resources as r; "
                              "print(pipeline.__file__); print(r.model_path('money', 'currencies.tsv'))"],
                             cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    assert str(env_dir) in located and str(REPO) not in located
    result = subprocess.run([str(python), "-m", "pipeline", "extract", str(article.parent), "-o", str(out), "-q"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (row,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (row["company"], row["metric"], float(row["value"]), row["period"]) == ("ASML", "revenue", 7.5e9, "2025-Q3")
