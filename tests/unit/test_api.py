"""The package imports without side effects; the public API works."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module, absent", [
    ("pipeline", ["spacy", "transformers", "torch", "pandas"]),
    ("pipeline.cli.app", ["transformers", "torch"]),
    ("pipeline.amounts", ["spacy", "transformers"]),
])
def test_import_has_no_heavy_side_effects(module, absent):
    code = (f"import sys, {module}; "
            f"print([name for name in {absent!r} if name in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_api_extract_and_check(tmp_path, shared_dir):
    import pipeline

    article = tmp_path / "2026-01-10_xai.txt"
    article.write_text("In het derde kwartaal van 2025 boekte xAI een omzet van 107 miljoen dollar.", encoding="utf-8")
    summary = pipeline.extract_claims([article], tmp_path / "claims.csv")
    assert (summary.articles, summary.claims, summary.failures) == (1, 1, 0)

    from pipeline.check import claim_from_row, read_claim_rows

    rows, _ = read_claim_rows(tmp_path / "claims.csv")
    (verdict,) = pipeline.check_claims([claim_from_row(rows[0])], [shared_dir / "financials" / "seed_reference.csv"])
    assert verdict.verdict == "supported"
