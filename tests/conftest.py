"""Shared fixtures: paths to ../shared and the corpus, one pipeline per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never reach a model hub: the backends load tiny models the tests
# build in tmp_path, and these make any accidental hub call fail fast.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DIR = SHARED / "seeds"
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir) -> tuple[Path, dict]:
    import json

    texts = sorted(SEED_DIR.glob("*.txt"))
    if not texts:
        pytest.skip("no seed article in ../shared/seeds")
    gold = json.loads(texts[0].with_suffix(".gold.json").read_text(encoding="utf-8"))
    return texts[0], gold


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()
