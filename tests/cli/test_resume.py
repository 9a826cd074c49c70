"""Interrupting extract and resuming it gives the rows of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow


def _articles(folder, count):
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:04d}.txt").write_text(
            f"Shell boekte in het derde kwartaal van 2025 een winst van {i + 1},5 miljard dollar. "
            f"ING haalde {i + 2} miljoen euro op bij beleggers. " * 6, encoding="utf-8")


def _extract(folder, out, *extra):
    return [sys.executable, "-m", "pipeline", "extract", str(folder), "-o", str(out),
            "--companies", str(out.with_name("companies.csv")), "-q", *extra]


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGINT])
def test_killed_run_resumes_to_the_same_rows(tmp_path, kill):
    folder = tmp_path / "in"
    _articles(folder, 300)
    reference = tmp_path / "ref" / "claims.csv"
    reference.parent.mkdir()
    subprocess.run(_extract(folder, reference), check=True)

    out = tmp_path / "run" / "claims.csv"
    out.parent.mkdir()
    # Ctrl-C as in a terminal: a child inherits an ignored SIGINT (some earlier
    # tests' libraries leave it ignored in this process), and Python then never
    # raises KeyboardInterrupt; the wrapper restores it before cijfercheck runs
    command = _extract(folder, out)
    interruptible = [sys.executable, "-c",
                     "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
                     "sys.argv = ['cijfercheck'] + sys.argv[1:]; runpy.run_module('pipeline', run_name='__main__')",
                     *command[3:]]
    process = subprocess.Popen(interruptible, start_new_session=True)
    manifest = out.with_name("claims.csv.done.csv.part")
    deadline = time.time() + 120
    while time.time() < deadline:
        if manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") > 30:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be interrupted"
    os.killpg(process.pid, kill)
    process.wait(timeout=60)
    assert not out.exists(), "an interrupted run must not leave a table that looks complete"

    resumed = subprocess.run(_extract(folder, out, "--resume"), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_text(encoding="utf-8") == reference.read_text(encoding="utf-8")
    assert out.with_name("companies.csv").read_text(encoding="utf-8") == \
        reference.with_name("companies.csv").read_text(encoding="utf-8")
