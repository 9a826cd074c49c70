"""The built wheel, installed into a fresh virtual environment, finds its
model data through importlib.resources and runs the CLI end to end.

Slow (builds a wheel, creates a venv); dependencies come from the running
interpreter's site-packages (listed in a ``.pth`` file of the new venv, so
it works whether the tests run in a venv or not, and nothing is
downloaded), while ``pipeline`` itself is imported only from the wheel.
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
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # --system-site-packages would give the base interpreter's packages, not
    # those of the venv the tests run in; a plain path line in a .pth file
    # adds the running interpreter's site-packages after the venv's own,
    # without running their .pth files (so an editable install of this
    # repository stays out)
    env_site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              check=True, capture_output=True, text=True).stdout.strip()
    host_sites = [p for p in sys.path if p.endswith(("site-packages", "dist-packages")) and Path(p).is_dir()]
    (Path(env_site) / "_host_site_packages.pth").write_text("\n".join(host_sites) + "\n", encoding="utf-8")
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
